"""A live blog's update stamps are set apart at ingest, and the article is marked a live blog
in the store (store/schema/m022_live_blog.py): the timeline reads the mark, not the stamps,
and the mark outlives `reindex` and an edit. Places and texts are invented."""

from commands import article_changes, reindex
from commands.timeline_entries import dated_entries
from store.articles import article_texts, live_blog_marks
from store.events import EventRow
from tests.commands.ingested import add

SATURDAY = "Crews began clearing the square on Saturday morning."
BLOG = (
    "(Update 9:40 a.m. in Qaryat Dulen, 2:40 a.m. ET) Crowds filled the square.\n\n"
    "(Update 4:10 p.m. in Qaryat Dulen, 9:10 a.m. ET) Officials spoke. " + SATURDAY
)
STORY = (
    "Officials of Qaryat Dulen spoke to the crowd in the square on Friday evening.\n\n"
    "(Updated 4:10 p.m. ET) " + SATURDAY
)
WIRE = "Crews cleared the square of Qaryat Dulen on 21 October 2017."


def saturday(article_id: int, text: str) -> EventRow:
    start = text.index(SATURDAY)
    return EventRow(1, article_id, None, start, start + len(SATURDAY), "2017-10-21", "day",
                    "relative", "2017-10-21", SATURDAY, "Saturday")  # fmt: skip


def wire_event(article_id: int) -> EventRow:
    return EventRow(2, article_id, None, 0, len(WIRE), "2017-10-21", "day", "explicit",
                    "2017-10-21", WIRE, "21 October 2017")  # fmt: skip


def told(db, *events: EventRow) -> list[str]:
    return [e.text for e in dated_entries(db, ["2017-10-21"], list(events), {}, {}, 5)]


def test_an_ingested_live_blog_with_its_stamps_set_apart_is_still_told_as_one(db):
    blog = add(db, BLOG, "2017-10-16", "Blog", "blog.txt")
    text = article_texts(db, [blog.id])[blog.id]
    assert "Update" not in text and "pdate" not in text  # the stamps are set apart
    assert live_blog_marks(db, [blog.id]) == {blog.id: True}
    wire = add(db, WIRE, "2017-10-22", "Wire", "wire.txt")
    # its "Saturday" was read against the day the blog opened: no entry, still a source
    assert told(db, saturday(blog.id, text)) == []
    entries = dated_entries(db, ["2017-10-21"], [saturday(blog.id, text), wire_event(wire.id)],
                            {}, {}, 5)  # fmt: skip
    assert [e.text for e in entries] == [WIRE]
    assert {c.id for c, _ in entries[0].sources} == {blog.id, wire.id}


def test_a_story_with_a_single_update_note_is_no_live_blog(db):
    story = add(db, STORY, "2017-10-20", "Paper", "story.txt")
    text = article_texts(db, [story.id])[story.id]
    assert "Updated" not in text
    assert live_blog_marks(db, [story.id]) == {story.id: False}
    assert told(db, saturday(story.id, text)) == [SATURDAY]


def test_an_article_stored_before_the_mark_is_told_by_the_stamps_in_its_text(db):
    blog = add(db, BLOG, "2017-10-16", "Blog", "blog.txt")
    # as a store made before the mark holds it: the stamps in the text, no mark
    db.conn.execute("UPDATE articles SET text = ?, live_blog = NULL, pipeline = 0", (BLOG,))
    assert live_blog_marks(db, [blog.id]) == {blog.id: None}
    assert told(db, saturday(blog.id, BLOG)) == []
    reindex.run(db)  # cleaned again: the stamps set apart, the mark decided from them
    text = article_texts(db, [blog.id])[blog.id]
    assert "Update" not in text and live_blog_marks(db, [blog.id]) == {blog.id: True}


def test_the_mark_outlives_a_reindex_and_an_edit_of_the_cleaned_text(db):
    blog = add(db, BLOG, "2017-10-16", "Blog", "blog.txt")
    story = add(db, STORY, "2017-10-20", "Paper", "story.txt")
    result = reindex.run(db, every=True)
    assert result.reindexed == 2 and result.text_changed == 0
    assert live_blog_marks(db, [blog.id, story.id]) == {blog.id: True, story.id: False}
    changed = article_changes.edit(db, blog.id, "U1", title="Crowds in the square")
    assert changed.new_id is not None
    assert live_blog_marks(db, [changed.new_id]) == {changed.new_id: True}
