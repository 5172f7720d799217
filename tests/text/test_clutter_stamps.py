"""Live-blog entry stamps: set apart from the text, and the day they state used for the dates
of their entry (text/clutter_stamps.py). Places and people are invented."""

from extract import article
from text.clutter import set_apart
from text.clutter_stamps import dates_by_entry, stamp_day
from text.dates import tag_dates
from text.read import Document
from text.split import split_articles

# 2031-03-11 is a Tuesday; the blog was published on Thursday 2031-03-13.
PUBLISHED = "2031-03-13"
BLOG = (
    "Rebels press on towards the Vornish coast\n\n"
    "7:03 p.m. Monday ET, 1:03 a.m. Tuesday in Vornland\n\n"
    "Rebel fighters said on Monday that they had taken the port of Ostrel after a night of "
    "shelling, and that the garrison had fled north along the coast road.\n\n"
    "9:40 a.m. Thursday ET, 3:40 p.m. Thursday in Vornland\n\n"
    "Commander Idris Harveld told reporters on Monday that his men would hold the bridge at "
    "Kessany until the ceasefire talks begin."
)


def test_a_stamp_states_the_day_of_the_place_it_names():
    # Monday ET is 2031-03-10; it was already Tuesday in the place the entry reports from.
    assert stamp_day("7:03 p.m. Monday ET, 1:03 a.m. Tuesday in Vornland", PUBLISHED) == (
        "2031-03-11"
    )


def test_a_stamp_without_a_place_states_its_first_day():
    assert stamp_day("11:20 p.m. Monday ET, 4:20 a.m. Tuesday GMT", PUBLISHED) == "2031-03-10"
    assert stamp_day("Saturday 8 March 2031 14.02 GMT", PUBLISHED) == "2031-03-08"


def test_a_stamp_without_a_day_states_none():
    assert stamp_day("9.15am", PUBLISHED) is None
    assert stamp_day("7:03 p.m. Monday ET", None) is None  # nothing to place a weekday by


def test_set_apart_notes_where_each_stamped_entry_starts():
    found = set_apart(BLOG)
    assert "p.m." not in found.text and "a.m." not in found.text
    assert [stamp for _, stamp in found.stamps] == [
        "7:03 p.m. Monday ET, 1:03 a.m. Tuesday in Vornland",
        "9:40 a.m. Thursday ET, 3:40 p.m. Thursday in Vornland",
    ]
    starts = [found.text[offset:].split()[:2] for offset, _ in found.stamps]
    assert starts == [["Rebel", "fighters"], ["Commander", "Idris"]]


def test_a_stamp_placed_in_another_week_moves_its_entry():
    blog = BLOG.replace("Thursday ET, 3:40 p.m. Thursday", "Friday ET, 3:40 p.m. Friday")
    found = set_apart(blog)
    dates = dates_by_entry(found.text, tag_dates(found.text, PUBLISHED), found.stamps, PUBLISHED)
    # Friday before the Thursday of publication is 2031-03-07; that entry's Monday is 03-03.
    assert [d.value for d in dates if d.text == "Monday"] == ["2031-03-10", "2031-03-03"]
    # Read against the publication date alone, both were the Monday of the publication week.
    unstamped = tag_dates(found.text, PUBLISHED)
    assert [d.value for d in unstamped if d.text == "Monday"] == ["2031-03-10", "2031-03-10"]


def test_events_of_an_entry_take_the_stamped_day():
    blog = BLOG.replace("Thursday ET, 3:40 p.m. Thursday", "Friday ET, 3:40 p.m. Friday")
    (draft,) = split_articles(Document(text=blog, origin="test", kind="text"))
    assert len(draft.stamps) == 2
    analysis = article.analyse(draft, PUBLISHED, 10_000)
    by_start = {draft.text[e.start : e.end].split()[0]: e.date for e in analysis.found.events}
    assert by_start == {"Rebel": "2031-03-10", "Commander": "2031-03-03"}


def test_text_before_the_first_stamp_keeps_the_publication_date():
    text = "Officials said on Monday the road was shut.\n\nRebels advanced on Monday at dawn."
    stamps = [(text.index("Rebels"), "10:00 a.m. Saturday 8 March 2031")]
    dates = dates_by_entry(text, tag_dates(text, PUBLISHED), stamps, PUBLISHED)
    assert [d.value for d in dates] == ["2031-03-10", "2031-03-03"]


def test_an_update_stamp_before_a_short_story_takes_only_itself():
    # invented: a media page's headline date, its update stamp and the player's "Help" link, then
    # a story of two sentences; the stamp's end-of-page shape cut the story away with it
    text = (
        "9 November 2031 Last updated at 10:48 GMT Help The family of the singer say they want "
        "to know more about his death. The court sat again.\n\nThey spoke on the steps."
    )
    found = set_apart(text)
    assert found.text == (
        "The family of the singer say they want to know more about his death. The court sat "
        "again.\n\nThey spoke on the steps."
    )
    assert [c.text for c in found.clutter] == ["9 November 2031", "Last updated at 10:48 GMT Help"]
    # a headline run into the stamp keeps its story too
    text = (
        "Envoy briefs council on Orsk 16 March 2031 Last updated at 14:51 GMT Help The envoy "
        "is briefing the council on his mission."
    )
    assert set_apart(text).text.endswith("The envoy is briefing the council on his mission.")


# A numbered factbox run into the story (text/clutter_factbox.py) and a photo caption run into
# an entry's first sentence (text/clutter_glued_caption.py): cut after the entries were found,
# so each stamp after a cut must move back by what was cut before it.
BOX = (
    "Talks on the future of the Ostrel harbour 2.\n\n"
    "Ferries to sail on the winter timetable from Kessany 3.\n\n"
    "Harbour crews to be paid for the weeks lost, and rehired by the spring 4.\n\n"
    "Ostrel council to publish the accounts of the quay However, the ferry union said the plan "
    "left the night crews without pay."
)
CAPTION = "Kel Varga was rescued from the rubble after being trapped for two days"
FIRST_ENTRY = (
    "7:03 p.m. Monday ET, 1:03 a.m. Tuesday in Vornland\n\n"
    "Rebel fighters said on Monday that they had taken the port of Ostrel after a night of "
    "shelling, and that the garrison had fled north along the coast road."
)
LATER_ENTRY = (
    "9:40 a.m. Friday ET, 3:40 p.m. Friday in Vornland\n\n"
    "Mr Harveld said on Monday that his men would hold the bridge at Kessany until the "
    "ceasefire talks begin."
)
HEADLINE = "Rebels press on towards the Vornish coast"


def _entry_openings(text: str) -> list[list[str]]:
    found = set_apart(text)
    return [found.text[offset:].split()[:2] for offset, _ in found.stamps]


def test_a_stamp_after_a_factbox_cut_still_opens_its_entry():
    blog = "\n\n".join([HEADLINE, FIRST_ENTRY, BOX, LATER_ENTRY])
    found = set_apart(blog)
    assert "Harbour crews" not in found.text
    assert _entry_openings(blog) == [["Rebel", "fighters"], ["Mr", "Harveld"]]


def test_a_stamp_whose_entry_opens_on_a_cut_caption_opens_what_is_left_of_it():
    # the caption is cut from inside the entry: the entry still starts where it did, on the
    # sentence the caption was run into
    later = LATER_ENTRY.replace("\n\nMr", f"\n\n{CAPTION} Mr")
    blog = "\n\n".join([HEADLINE, FIRST_ENTRY, BOX, later])
    found = set_apart(blog)
    assert CAPTION not in found.text
    assert _entry_openings(blog) == [["Rebel", "fighters"], ["Mr", "Harveld"]]


def test_a_stamp_after_a_copy_a_caption_cut_bared_opens_its_entry():
    # the caption cut leaves the copy of words the first entry prints: the copy goes too
    # (_strip_bared_repeats), and the later stamp moves back by both cuts
    copy = "Mr Marrow said 2,000 tents were on their way to the port of Ostrel by the coast road."
    blog = "\n\n".join([HEADLINE, f"{FIRST_ENTRY} {copy}", f"{CAPTION} {copy}", LATER_ENTRY])
    found = set_apart(blog)
    assert found.labels() == ["timestamp", "timestamp", "caption", "other"]
    assert found.text.count(copy) == 1
    assert _entry_openings(blog) == [["Rebel", "fighters"], ["Mr", "Harveld"]]


def test_a_stamp_whose_entry_was_all_cut_is_dropped():
    # an entry holding nothing but a numbered factbox: its stamp would otherwise open the next
    # entry beside that entry's own stamp, or point past the text's end
    box = BOX.replace(
        " However, the ferry union said the plan left the night crews without pay.", ""
    )
    thursday = "8:15 p.m. Thursday ET, 2:15 a.m. Friday in Vornland"
    blog = "\n\n".join([HEADLINE, FIRST_ENTRY, thursday, box, LATER_ENTRY])
    found = set_apart(blog)
    assert "Harbour crews" not in found.text
    assert [stamp.split()[2] for _, stamp in found.stamps] == ["Monday", "Friday"]
    assert _entry_openings(blog) == [["Rebel", "fighters"], ["Mr", "Harveld"]]


def test_events_of_an_entry_after_a_cut_take_its_stamped_day():
    blog = "\n\n".join([HEADLINE, FIRST_ENTRY, BOX, LATER_ENTRY])
    (draft,) = split_articles(Document(text=blog, origin="test", kind="text"))
    analysis = article.analyse(draft, PUBLISHED, 10_000)
    by_start = {draft.text[e.start : e.end].split()[0]: e.date for e in analysis.found.events}
    # Friday before the Thursday of publication is 2031-03-07; that entry's Monday is 03-03.
    assert by_start["Rebel"] == "2031-03-10"
    assert by_start["Mr"] == "2031-03-03"
