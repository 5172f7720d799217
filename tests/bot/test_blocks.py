"""Block Kit rendering from the answers' contract dicts: escaping, limits, paging."""

from __future__ import annotations

import json

import pytest

from bot import blocks
from tests.bot.conftest import literal_texts, text_strings, without_literal_text

CITATION = {
    "id": 3,
    "title": "Dam falls <b>today</b>",
    "source": "Example News",
    "published": "2017-08-07",
    "origin": "https://news.example.org/dam",
}
NASTY = (
    "Residents said <!channel> and <@U123> and <!here> saw <https://evil.example|a link> & more."
)


def texts(message: blocks.Message) -> list[str]:
    """Every text string in the blocks."""
    return text_strings(message.blocks)


def mrkdwn_objects(message: blocks.Message) -> list[dict]:
    found: list[dict] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if node.get("type") == "mrkdwn":
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(message.blocks)
    return found


def within_limits(message: blocks.Message, max_blocks: int = 50) -> None:
    assert message.text
    assert len(message.blocks) <= max_blocks
    assert blocks.block_chars(message.blocks) <= 12_000
    for block in message.blocks:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= 3000
        if block["type"] == "header":
            assert len(block["text"]["text"]) <= 150
        for element in block.get("elements", []) if block["type"] == "actions" else []:
            if element["type"] == "overflow":  # a feedback menu: option values of 150 at most
                assert all(len(o["value"]) <= 150 for o in element["options"])
            else:
                assert len(element["value"]) <= 2000
        if "accessory" in block and block["accessory"]["type"] == "overflow":
            assert all(len(o["value"]) <= 150 for o in block["accessory"]["options"])


def quote_answer(n: int, size: int = 200, text: str | None = None) -> dict:
    return {
        "query": "dam <!here>",
        "results": [
            {
                "text": text or f"Passage {i}: " + "word " * (size // 5),
                "score": 10.0 - i,
                "passage_id": 100 + i,
                "article": CITATION,
            }
            for i in range(n)
        ],
    }


def test_escape_disarms_mentions_and_links() -> None:
    assert blocks.escape("<!channel> & <@U123>") == "&lt;!channel&gt; &amp; &lt;@U123&gt;"


def test_quote_answer_is_a_quote_with_citation_and_nothing_live() -> None:
    message = blocks.quote_message(quote_answer(1, text=NASTY))
    within_limits(message)
    # The passage is shown exactly as written, in a rich-text quote (not mrkdwn)...
    assert literal_texts(message.blocks) == [NASTY.strip()]
    assert message.blocks[2]["type"] == "rich_text"
    # ...and everything read as mrkdwn is escaped.
    joined = "\n".join(text_strings(without_literal_text({"blocks": message.blocks})))
    for raw in ("<!channel>", "<@U123>", "<!here>", "<https://evil"):
        assert raw not in joined
    assert "<!here>" not in message.text
    context = message.blocks[3]["elements"][0]["text"]
    assert context == (
        "*Dam falls &lt;b&gt;today&lt;/b&gt;* · Example News · 7 Aug 2017 · "
        "<https://news.example.org/dam|source>"
    )
    assert all(obj.get("verbatim") is True for obj in mrkdwn_objects(message))
    assert not any(b["type"] == "actions" for b in message.blocks)


def test_long_quote_answer_pages_with_a_more_button() -> None:
    answer = quote_answer(20, size=2500)
    seen: list[int] = []
    starts: list[int] = []
    offset, pages = 0, 0
    message_trail: tuple[int, ...] | None = ()
    while True:
        message = blocks.quote_message(answer, offset, "abc123", message_trail)
        within_limits(message)
        pages += 1
        seen += [
            int(t.split(":")[0].split()[-1])
            for t in literal_texts(message.blocks)
            if t.startswith("Passage")
        ]
        elements = {
            e["action_id"]: e
            for b in message.blocks
            if b["type"] == "actions"
            for e in b["elements"]
        }
        assert (blocks.PREVIOUS_ACTION in elements) == (offset > 0)
        if offset > 0:
            # Previous names the page before, with the starts of those before it: no page
            # is laid out again to find it (the old form, this page's start, still works).
            back = blocks.PageRef.parse(elements[blocks.PREVIOUS_ACTION]["value"])
            assert back == blocks.PageRef("abc123", starts[-1], tuple(starts[:-1]))
            assert blocks.previous_offset("quote", answer, offset) == starts[-1]
        starts.append(offset)
        if blocks.MORE_ACTION not in elements:
            break
        forward = blocks.PageRef.parse(elements[blocks.MORE_ACTION]["value"])
        assert forward is not None and forward.answer_id == "abc123"
        assert forward.offset > offset and forward.trail == tuple(starts)
        offset = forward.offset
        message_trail = forward.trail
    assert seen == list(range(20))
    assert pages >= 4


def test_a_huge_passage_is_split_and_cut_to_fit() -> None:
    message = blocks.quote_message(quote_answer(1, text="Sentence of news. " * 2000))
    within_limits(message)
    pieces = literal_texts(message.blocks)
    assert len(pieces) >= 2 and all(len(p) <= blocks.SPLIT_AT for p in pieces)
    assert "".join(pieces).startswith("Sentence of news. Sentence")  # cut at spaces, kept
    assert pieces[-1].endswith("[cut]")


def test_split_text_never_cuts_an_entity() -> None:
    text = "&amp;" * 1000
    pieces = blocks.split_text(text, 2900)
    assert "".join(pieces) == text
    assert all(p.endswith(";") for p in pieces)


def test_many_small_blocks_stay_under_fifty() -> None:
    entries = [
        {
            "date": f"2017-06-{i % 28 + 1:02d}",
            "precision": "day",
            "date_how": "explicit",
            "text": "x",
            "actors": [],
            "places": [],
            "sources": [],
        }
        for i in range(200)
    ]
    message = blocks.timeline_message(
        {"query": "q", "subject": None, "entries": entries, "undated": [], "suggestions": []},
        0,
        "id1",
    )
    within_limits(message)


TIMELINE = {
    "query": "raqqa",
    "subject": {"kind": "place", "name": "Raqqa", "key": "raqqa", "aliases": []},
    "entries": [
        {
            "date": "2017-07",
            "precision": "month",
            "date_how": "relative",
            "text": "US-backed forces encircled Raqqa last month.",
            "actors": ["SDF"],
            "places": ["Raqqa"],
            "sources": [
                {"article": CITATION, "passage_id": 7},
                {"article": {**CITATION, "id": 4, "title": "Other"}, "passage_id": 9},
            ],
        },
        {
            "date": "2017-08-07",
            "precision": "day",
            "date_how": "explicit",
            "text": "The magazine warned the fight would be <no picnic>.",
            "actors": [],
            "places": ["Raqqa"],
            "sources": [{"article": CITATION, "passage_id": 8}],
        },
    ],
    "undated": [
        {
            "text": "Fighting continued for weeks.",
            "date_text": "",
            "sources": [{"article": CITATION, "passage_id": 10}],
        }
    ],
    "suggestions": [],
}


def test_timeline_rendering() -> None:
    message = blocks.timeline_message(TIMELINE)
    within_limits(message)
    assert message.blocks[0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "Timeline: Raqqa", "emoji": False},
    }
    joined = "\n".join(texts(message))
    assert "*Jul 2017*  _(month, relative)_" in joined and "*7 Aug 2017*" in joined
    quotes = literal_texts(message.blocks)
    assert "US-backed forces encircled Raqqa last month." in quotes
    assert "The magazine warned the fight would be <no picnic>." in quotes
    assert "and 1 more source" in joined
    assert "*Mentioned without a date that can be resolved*" in joined
    assert "2 dated events, oldest first · 1 mention without a date" in joined
    assert message.text == "Timeline for Raqqa: 2 dated events"


ACTOR = {
    "query": "sdf",
    "actor": {
        "id": 1,
        "key": "sdf",
        "name": "Syrian Democratic Forces",
        "kind": "armed group",
        "aliases": ["SDF", "QSD"],
        "description": "a US-backed alliance <@U1>",
        "description_source": CITATION,
        "roles": ["alliance"],
        "mentions": 12,
        "articles": 3,
        "first_reported": "2016-05",
        "last_reported": "2017-10-21",
    },
    "relations": [
        {
            "subject": "Syrian Democratic Forces",
            "predicate": "backed by",
            "object": "United States",
            "evidence": [{"text": "the US-backed SDF", "article": CITATION}],
        }
    ],
    "places": [{"name": "Raqqa", "country": "Syria", "sentences": 5}],
    "timeline": TIMELINE["entries"],
    "quotes": quote_answer(2)["results"],
    "suggestions": [],
}


def test_actor_rendering() -> None:
    message = blocks.actor_message(ACTOR, 0, "id9")
    within_limits(message)
    joined = "\n".join(texts(message))
    assert message.blocks[0]["text"]["text"] == "Syrian Democratic Forces"
    assert "*armed group* · also SDF, QSD" in joined
    assert "“a US-backed alliance &lt;@U1&gt;”" in joined
    assert (
        "Mentioned 12 times in 3 articles · first reported May 2016 · last reported "
        "21 Oct 2017" in joined
    )
    assert "• Syrian Democratic Forces *backed by* United States — “the US-backed SDF”" in joined
    assert "*Where*: Raqqa (Syria) ×5" in joined
    assert "*Dated events*" in joined and "*Quotes*" in joined
    assert message.text == "Actor profile: Syrian Democratic Forces"


def test_actor_second_page_has_a_short_head() -> None:
    message = blocks.actor_message(ACTOR, 2, "id9")
    within_limits(message)
    assert message.blocks[0]["type"] == "context"
    assert "continued" in message.blocks[0]["elements"][0]["text"]


def test_did_you_mean_offers_buttons() -> None:
    message = blocks.did_you_mean("actor", "SFD <!here>", ["SDF", "SAA"], "actor")
    assert message.text == "No actor found for “SFD &lt;!here&gt;”. Did you mean: SDF, SAA?"
    buttons = message.blocks[1]["elements"]
    assert [json.loads(b["value"]) for b in buttons] == [
        {"c": "actor", "q": "SDF"},
        {"c": "actor", "q": "SAA"},
    ]
    assert [b["action_id"] for b in buttons] == ["sitrep_suggest_0", "sitrep_suggest_1"]
    assert blocks.did_you_mean("actor", "zzz", [], "actor").blocks[0]["type"] == "section"


@pytest.mark.parametrize(
    "value, shown",
    [
        ("2017-08-07", "7 Aug 2017"),
        ("2017-08", "Aug 2017"),
        ("2017", "2017"),
        ("2017-W31", "week 31 of 2017"),
        (None, "date unknown"),
        ("", "date unknown"),
    ],
)
def test_human_date(value: str | None, shown: str) -> None:
    assert blocks.human_date(value) == shown


def test_home_view_and_stats() -> None:
    latest = [{"id": 1, "title": "A <b>", "source": None, "published": None, "origin": "x"}]
    view = blocks.home_view({"articles": 4, "passages": 40}, latest)
    assert view["type"] == "home" and len(view["blocks"]) <= 100
    joined = json.dumps(view)
    assert "*4* articles and *40* passages" in joined
    assert "A &lt;b&gt;" in joined and "/timeline Raqqa" in joined
    stats = blocks.stats_message({"articles": 4, "passages": 40}, latest)
    within_limits(stats)
    assert stats.text == "Sitrep corpus: 4 articles"


def test_ingest_confirmation_lines() -> None:
    added = {
        "id": 5,
        "title": "Dam falls",
        "source": "Example News",
        "published": "2017-05-10",
        "published_how": "given",
        "passages": 4,
        "actors": 3,
        "events": 2,
        "duplicate_of": None,
    }
    again = {**added, "duplicate_of": 5}
    near = {**added, "id": 6, "duplicate_of": 5}
    message = blocks.ingest_confirmation(
        [
            {"articles": [added, again, near], "errors": []},
            {"articles": [], "errors": ["https://x.example/: the site answered HTTP 404 <oops>"]},
        ]
    )
    lines = "\n".join(b["text"]["text"] for b in message.blocks if b["type"] == "section")
    # The added article, and only it, gets Remove and Edit buttons, right under its line.
    [buttons] = [b for b in message.blocks if b["type"] == "actions"]
    assert message.blocks.index(buttons) == 1
    assert [(e["action_id"], e["value"]) for e in buttons["elements"]] == [
        (blocks.REMOVE_ACTION, blocks.article_ref(5, "Dam falls")),
        (blocks.EDIT_ACTION, blocks.article_ref(5, "Dam falls")),
    ]
    assert buttons["elements"][0]["confirm"]["confirm"]["text"] == "Remove"
    assert lines.split("\n") == [
        ":white_check_mark: Added *Dam falls* — Example News, 10 May 2017 · 4 passages · "
        "3 actors · 2 dated events",
        ":information_source: Already in Sitrep: *Dam falls* — Example News, 10 May 2017",
        ":information_source: *Dam falls* is a near copy of an article already in Sitrep; kept, "
        "but not indexed twice.",
        ":warning: Not added: https://x.example/: the site answered HTTP 404 &lt;oops&gt;",
    ]
    # The notification text says what the lines say (it used to count all three as added).
    assert message.text == (
        "Sitrep: 1 article added, 1 already in Sitrep, 1 near copy kept, "
        "not indexed twice, 1 not added"
    )
    assert blocks.ingest_confirmation([]).text == "Sitrep: nothing added"
    assert blocks.ingest_confirmation([{"articles": [again]}]).text == "Sitrep: already in Sitrep"
    one = {**added, "passages": 1, "actors": 1, "events": 1}
    assert (
        blocks.ingest_confirmation([{"articles": [one]}])
        .blocks[0]["text"]["text"]
        .endswith("· 1 passage · 1 actor · 1 dated event")
    )


def test_ingest_confirmation_says_when_an_article_met_a_bound() -> None:
    long = {
        "id": 7,
        "title": "Archive dump",
        "source": None,
        "published": None,
        "passages": 900,
        "actors": 40,
        "events": 2000,
        "duplicate_of": None,
        "warnings": ["only the first 2,000 of 9,120 events were kept"],
    }
    message = blocks.ingest_confirmation([{"articles": [long], "errors": []}])
    lines = message.blocks[0]["text"]["text"].split("\n")
    assert lines[1:] == [":information_source: only the first 2,000 of 9,120 events were kept"]
    assert message.text == "Sitrep: 1 article added, 1 only partly read"


def test_verbatim_quotes_stay_literal() -> None:
    """ "*nearly over*" in an article is shown with its asterisks, not in bold."""
    text = "The battle is *nearly over*, an _official_ said, citing `sources` > 3."
    for message in (
        blocks.quote_message(quote_answer(1, text=text)),
        blocks.timeline_message(
            {**TIMELINE, "entries": [{**TIMELINE["entries"][0], "text": text}]}
        ),
    ):
        assert text in literal_texts(message.blocks)
        assert not any(
            "nearly over" in t
            for t in text_strings(without_literal_text({"blocks": message.blocks}))
        )


def test_internal_names_are_shown_as_words() -> None:
    answer = {
        **ACTOR,
        "actor": {**ACTOR["actor"], "kind": "armed_group"},
        "relations": [
            {**ACTOR["relations"][0], "predicate": predicate}
            for predicate in ("member_of", "aligned_with", "newly_found_link")
        ],
    }
    joined = "\n".join(texts(blocks.actor_message(answer, 0, "id9")))
    assert "*armed group* · also" in joined
    assert "*is a member of* United States" in joined and "*is aligned with*" in joined
    assert "*newly found link*" in joined  # a name the labels file does not know yet
    assert not any(name in joined for name in ("armed_group", "member_of", "aligned_with"))


def test_help_has_no_raw_placeholders() -> None:
    """ "<link or pasted text>" in mrkdwn is Slack link markup, not a placeholder."""
    for message in (blocks.help_message(), blocks.help_message("Unknown command.")):
        assert not any("<" in t or ">" in t for t in texts(message))
    shown = "\n".join(texts(blocks.help_message()))
    assert "`/sitrep ingest [LINK_OR_TEXT...] [published:YYYY-MM-DD] [source:NAME]`" in shown
    assert "`/timeline SUBJECT... [from:DATE] [to:DATE] [limit:N] [export:FORMAT]`" in shown
