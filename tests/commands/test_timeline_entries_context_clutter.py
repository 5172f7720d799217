"""An entry's context is prose, never a photo's caption or a lead printed twice: a caption
between paragraphs ("The U.S.S. Varna launches a missile.") is passed over for the sentence
before it, and a context whose opening words come back in it is shown from their second copy.
Prose in the present tense ("Orsk blames the strikes on Velm.") stays a context. Names and
texts are invented."""

from commands.timeline_entries import a_caption, dated_entries, without_doubled_lead
from store.articles import article_texts
from store.events import EventRow
from tests.commands.ingested import add

STRIKES = "The allied strikes on the forces of Kel Varga in Orskia began at the weekend."
CAPTION = "The U.S.S. Varna launches a Tomahawk missile."
INSISTED = (
    "But President Ansel Tarn insisted at a news conference on Monday that Velm will soon step "
    "aside and hand the mission to its allies."
)
LEAD = (
    "Orsk loyalists attacked a mainly Velmish town in the north sparking fighting in which 17 "
    "people were killed"
)
DOUBLED = f"{LEAD} {LEAD} a monitor said on Saturday."
ASSAULT = (
    "The assault on the border town of Quell was part of a wider offensive that began on "
    "Friday, a monitor said."
)


def monday(article_id: int, text: str, sentence: str, id: int, day: str = "2031-05-19") -> EventRow:
    start = text.index(sentence)
    return EventRow(id, article_id, None, start, start + len(sentence), day, "day",
                    "relative", day, sentence, "Monday")  # fmt: skip


def test_a_caption_is_a_name_doing_what_the_picture_shows():
    assert a_caption(CAPTION)
    assert a_caption("Varna launches a Tomahawk missile.")
    assert a_caption("Kel Varga signs an order freezing Orsk's assets.")
    assert a_caption("Crowds are shown surrounding the convoy.")
    assert a_caption("Orsk TV's Dana Quell takes a closer look at the damage.")


def test_present_tense_prose_is_no_caption():
    # a state, a report or a stance in the present tense
    assert not a_caption("Orsk blames the strikes on Velm.")
    assert not a_caption("Varga remains in hospital.")
    assert not a_caption("Orsk says the convoy was attacked.")
    # a pronoun, an opener or a contraction for its subject
    assert not a_caption("It launches a review of the strikes.")
    assert not a_caption("Let's take a look at the pictures.")
    # a caption's verb takes no "that"
    assert not a_caption("History shows that the siege will fail.")
    # a comma, a question, or more words than a caption runs
    assert not a_caption("Varna launches a missile, the navy said.")
    assert not a_caption("Varna launches a missile at the coast of Orskia near the port of Quell.")


def test_a_doubled_lead_is_shown_from_its_second_copy():
    assert without_doubled_lead(DOUBLED) == f"{LEAD} a monitor said on Saturday."
    # a phrase of a few words said twice is prose
    twice = "Troops entered the town of Quell on Friday and left the town of Quell on Sunday."
    assert without_doubled_lead(twice) == twice


def test_a_caption_before_an_entry_gives_way_to_the_sentence_before_it(db):
    page = add(db, f"{STRIKES} {CAPTION} {INSISTED}", "2031-05-19", "Orsk News", "page.txt")
    text = article_texts(db, [page.id])[page.id]
    assert CAPTION in text  # the page keeps it: the context chooser is what passes over it
    told = dated_entries(
        db, ["2031-05-19"], [monday(page.id, text, INSISTED, 1)], {}, {}, 5, names=["Ansel Tarn"]
    )
    assert [(e.text, e.context) for e in told] == [(INSISTED, STRIKES)]


def test_prose_in_the_present_tense_stays_the_context(db):
    blames = "Orsk blames the strikes on Velm."
    page = add(db, f"{STRIKES} {blames} {INSISTED}", "2031-05-19", "Orsk News", "page.txt")
    text = article_texts(db, [page.id])[page.id]
    told = dated_entries(
        db, ["2031-05-19"], [monday(page.id, text, INSISTED, 1)], {}, {}, 5, names=["Ansel Tarn"]
    )
    assert [(e.text, e.context) for e in told] == [(INSISTED, blames)]


def test_a_doubled_lead_as_context_is_shown_once(db):
    page = add(db, f"{DOUBLED} {ASSAULT}", "2031-05-17", "Orsk News", "page.txt")
    text = article_texts(db, [page.id])[page.id]
    friday = monday(page.id, text, ASSAULT, 1, "2031-05-16")
    told = dated_entries(db, ["2031-05-16"], [friday], {}, {}, 5, names=["Quell"])
    assert [(e.text, e.context) for e in told] == [(ASSAULT, f"{LEAD} a monitor said on Saturday.")]
