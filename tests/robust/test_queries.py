"""Queries of any Unicode, any length and any operator soup get a result or a clear message:
from the commands, from the bot's answers (which Slack feeds whatever people type or click),
and from the CLI."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bot import answers
from bot.config import Config
from bot.runtime import runtime_for
from commands import actor, quote, timeline
from commands.ingest import ingest_jsonl
from store.db import connect
from tests.robust.articles import articles
from tests.robust.common import examples
from text.timex import Timex

ROOT = Path(__file__).resolve().parents[2]
SOUP = [
    "AND",
    "OR",
    "NOT",
    "NEAR/3",
    "*",
    "?",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    '"',
    "'",
    "`",
    "-",
    "+",
    "~",
    "^",
    ":",
    "\\",
    "/",
    "|",
    "&",
    "<",
    ">",
    "<!channel>",
    "<@U1>",
    "%s",
    "{0}",
    "$(rm -rf /)",
    "'; DROP TABLE articles; --",
    "\x00",
    "\u202e",
    "\ufeff",
    "ﬁ",
    "Raqqa",
    "SDF",
    "from:2017",
    "to:2016-13-45",
    "from:",
    "to:yesterday",
    '"Raqqa',
    'Raqqa"',
    '""',
    "日本",
    "الرقة",
    "🙂",
    " ",
    "\n",
    "\t",
]
queries = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(SOUP), max_size=40).map(" ".join),
    st.lists(st.sampled_from(SOUP), max_size=40).map("".join),
)


@pytest.fixture(scope="module")
def store_of_40_articles(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("queries") / "store.db"
    db = connect(path)
    ingest_jsonl(db, [json.dumps(r) for r in articles(seed=5, count=40)], "corpus")
    db.conn.close()
    yield path


@pytest.fixture(scope="module")
def db(store_of_40_articles: Path):
    connection = connect(store_of_40_articles)
    yield connection
    connection.conn.close()


def _one_line(message: str | None) -> None:
    assert message is None or (message.strip() and "\n" not in message)


@examples(150)
@given(queries)
def test_commands_answer_any_query(db, text: str) -> None:
    found = quote.run(db, text, limit=5)
    json.dumps(found.to_json())
    assert found.results or found.message
    _one_line(found.message)
    profile = actor.run(db, text)
    json.dumps(profile.to_json())
    try:
        entries = timeline.run(db, text)
    except ValueError as err:  # a bad date bound: the message says which
        _one_line(str(err))
    else:
        json.dumps(entries.to_json())


_CALENDAR_DATE = re.compile(r"\s*\d{4}(?:-\d{2}(?:-\d{2})?)?\s*")


def _is_calendar_date(bound: str) -> bool:
    return bool(_CALENDAR_DATE.fullmatch(bound)) and Timex.parse(bound.strip()) is not None


@examples(60)
@given(queries, queries)
@example("2016", "2017-12")
@example("2017-06", "2017-07-15")
@example("", "2016")
@example("2017-02-30", "")
def test_timeline_date_bounds_are_dates_or_one_line_errors(db, low: str, high: str) -> None:
    """A bound that is a date limits the timeline to it; any other is refused in one line."""
    valid = all(_is_calendar_date(bound) for bound in (low, high) if bound)
    try:
        answer = timeline.run(db, "Raqqa", date_from=low or None, date_to=high or None)
    except ValueError as err:
        _one_line(str(err))
        assert not valid, err
        return
    assert valid
    first = Timex.parse(low.strip()).first_day if low else dt.date.min
    last = Timex.parse(high.strip()).last_day if high else dt.date.max
    for entry in answer.entries:
        assert first <= Timex.parse(entry.date).first_day <= last, (low, high, entry.date)


def test_huge_queries_are_cut_not_choked_on(db) -> None:
    words = " ".join(["Raqqa", "civilians", "trapped"] * 200_000)  # 4.6 MB
    assert quote.run(db, words, limit=3).results
    assert actor.run(db, "SDF " * 500_000).to_json()["query"].startswith("SDF SDF")
    answer = timeline.run(db, "Raqqa " * 500_000)
    assert answer.query.startswith("Raqqa Raqqa") and len(answer.query) <= 200
    assert answer.entries or answer.undated or answer.message
    _one_line(answer.message)
    json.dumps(answer.to_json())


@examples(100)
@given(queries.map(lambda t: t + "\ud800"), st.sampled_from(["quote", "actor", "timeline"]))
def test_the_bot_answers_anything_slack_can_send(
    store_of_40_articles: Path, text: str, kind: str
) -> None:
    """Slack's JSON can carry lone surrogates, from a button value or a mangled paste."""
    rt = runtime_for(Config(db_path=str(store_of_40_articles)))
    reply = getattr(answers, kind)(rt, "", "C1", text)
    kwargs = reply.respond_kwargs()
    json.dumps(kwargs).encode("utf-8")
    assert kwargs["text"]


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cli.main", *args],
        cwd=ROOT,
        capture_output=True,
        timeout=120,
        env={"PATH": "", "LANG": "C.UTF-8"},
    )


def test_the_cli_answers_operator_soup_in_json_or_one_line(store_of_40_articles: Path) -> None:
    soup = " ".join(SOUP).replace("\x00", "")
    done = _cli("--db", str(store_of_40_articles), "quote", soup, "--json")
    assert done.returncode == 0 and json.loads(done.stdout)["query"] == soup
    done = _cli("--db", str(store_of_40_articles), "timeline", "Raqqa", "--from", "soon", "--json")
    assert done.returncode != 0 and done.stdout == b""
    assert len(done.stderr.decode().strip().splitlines()) == 1
