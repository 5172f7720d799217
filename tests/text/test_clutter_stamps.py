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
