"""Over the shared conflict articles: nothing a user reads starts with page clutter.

Slow (it ingests the 2,852 conflict articles of ../shared/eval/news-corpus.jsonl, minutes on a
loaded host): runs with SITREP_SLOW=1 and the evaluation data present, else it is skipped.
Every passage of `export`, every timeline entry and every relation's evidence of a few subjects
is checked: none starts with a wire dateline, a byline or publication stamp, a tag list, a
reader comment's signature or a Penn Treebank token, and no bracket token is left anywhere.
"""

import json
import os
import re
from pathlib import Path

import pytest

from commands import actor, export, timeline
from commands.ingest import ingest_jsonl

ROOT = Path(__file__).resolve().parent.parent.parent
NEWS = ROOT.parent / "shared" / "eval" / "news-corpus.jsonl"
TOPICS = ("SyrianCrisis_", "IraqWar_", "LibyaWar_", "EgyptianProtest_")
OUTLETS = r"(?:Reuters|AP|AFP|CNN|Xinhua|Sputnik|SANA|UPI|BBC)"
CLUTTER_START = {
    "dateline": re.compile(
        rf"[A-Z][A-Z.'/ -]{{2,40}}(?:, [\w. ]{{2,30}})? \({OUTLETS}\)"
        rf"|\({OUTLETS}\) ?(?:--|-)|[A-Z]{{3,}}(?: [A-Z]{{3,}})* \| "
    ),
    "byline": re.compile(
        r"By (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
        r"January|February|March|April|May|June|July|August|September|"
        r"October|November|December)\b)[A-Z][a-z]+ [A-Z][a-z]+"
        r"|(?:Posted|Published) on |Date of publication"
    ),
    "tags": re.compile(r"Tags\b"),
    "comment": re.compile(r"\S+(?: \S+)? wrote:|\w+ \d{1,2}, \d{4},? at \d{1,2}:\d\d ?[ap]m \|"),
    "ptb": re.compile(r"-[LR][RSC]B-|``|''|'s\b|n't\b"),
}
BRACKET_TOKEN = re.compile(r"-[LR][RSC]B-")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not NEWS.exists(), reason="evaluation data not present"),
    pytest.mark.skipif(os.environ.get("SITREP_SLOW") != "1", reason="slow: set SITREP_SLOW=1"),
]


def conflict_lines() -> list[str]:
    lines = []
    with NEWS.open(encoding="utf-8") as handle:
        for line in handle:
            r = json.loads(line)
            if r["source"] == "fa-kes" or (
                r["source"] == "t17" and (r.get("topic") or "").startswith(TOPICS)
            ):
                lines.append(
                    json.dumps(
                        {
                            "title": r.get("title"),
                            "text": r["text"],
                            "published": r.get("date"),
                            "source": r["source"],
                            "url": r["id"],
                        }
                    )
                )
    return lines


def texts_in(document: object) -> list[str]:
    """Every "text" value in a JSON document."""
    if isinstance(document, dict):
        return [v for k, v in document.items() if k == "text" and isinstance(v, str)] + [
            t for v in document.values() for t in texts_in(v)
        ]
    if isinstance(document, list):
        return [t for v in document for t in texts_in(v)]
    return []


@pytest.fixture(scope="module")
def read(tmp_path_factory) -> list[str]:
    """What a user reads of the conflict articles: passages, timeline entries, relations."""
    from store.db import connect

    db = connect(tmp_path_factory.mktemp("corpus") / "store.db")
    result = ingest_jsonl(db, conflict_lines(), "corpus")
    assert len(result.articles) > 2500
    read = [p["text"] for article in export.run(db) for p in article["passages"]]
    for subject in ("Syria", "Aleppo", "Libya", "Iraq", "Egypt", "Damascus"):
        read += texts_in(timeline.run(db, subject).to_json())
    for name in ("Assad", "Gaddafi", "NATO", "Islamic State", "Mubarak"):
        read += texts_in(actor.run(db, name).to_json())
    assert len(read) > 10000
    return read


def starting_with(read: list[str], kinds: tuple[str, ...]) -> list[str]:
    return [
        f"{kind}: {text[:80]}"
        for text in read
        for kind in kinds
        if CLUTTER_START[kind].match(text.lstrip("\"“'‘(["))
    ]


def test_nothing_read_starts_with_a_dateline_byline_comment_or_ptb_token(read):
    found = starting_with(read, ("dateline", "byline", "comment", "ptb"))
    found += [f"bracket token: {text[:80]}" for text in read if BRACKET_TOKEN.search(text)]
    assert not found, "\n".join(found)


def test_nothing_read_starts_with_a_tag_list(read):
    found = starting_with(read, ("tags",))
    assert not found, "\n".join(found)
