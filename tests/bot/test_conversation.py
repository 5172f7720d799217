"""Questions asked in conversation, against a real store: the command is chosen by what the
store knows (an actor, a place, or neither), follow-ups refine the answer, the thread's
question outlives the connection, and a private article is quoted only where it was posted."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import conversation
from bot.config import Config
from bot.fetch import FetchPolicy
from bot.questions import Question
from bot.runtime import Runtime
from store import articles
from store.db import connect
from tests.bot.conftest import ARTICLE_DAM, ARTICLE_PRIVATE, block_texts, seed

TEAM = "T0CONV"
pytestmark = pytest.mark.slow  # the store's extractors load once, in the fixture


@pytest.fixture(scope="module")
def runtime_with_dam_article(tmp_path_factory: pytest.TempPathFactory) -> Runtime:
    """A store holding the Raqqa article (public) and the fuel article (private to CSECRET)."""
    db = tmp_path_factory.mktemp("conversation") / "sitrep.db"
    seed(db, TEAM, ARTICLE_DAM, "raqqa.txt", published="2017-10-21", source="Example News")
    seed(db, TEAM, ARTICLE_PRIVATE, "fuel.txt", scope="CSECRET", published="2017-05-02")
    return Runtime(Config(db_path=str(db)), FetchPolicy(allow_loopback=False))


def interpret(rt: Runtime, text: str, channel: str = "CPUBLIC") -> Question:
    with rt.db() as db:
        return conversation.interpret(db, text, articles.Viewer(team=TEAM, conversation=channel))


def text_of(answer: conversation.Answer) -> str:
    return block_texts({"blocks": answer.message.blocks})


def test_the_store_decides_the_command(runtime_with_dam_article: Runtime) -> None:
    rt = runtime_with_dam_article
    assert interpret(rt, "Who are the SDF?") == Question("actor", "SDF")
    assert interpret(rt, "what happened in Raqqa?") == Question("timeline", "Raqqa")
    assert interpret(rt, "What happened in Raqqa in 2017?") == Question(
        "timeline", "Raqqa", "2017", "2017"
    )
    assert interpret(rt, "SDF since 2017") == Question("timeline", "SDF", "2017", None)
    assert interpret(rt, "what happened to the SDF?") == Question("timeline", "SDF")
    assert interpret(rt, "who controls Tabqa dam?") == Question("quote", "who controls Tabqa dam")
    # An invented name the store has never seen is searched for, not guessed at.
    assert interpret(rt, "Zarnova Brigade").kind == "quote"
    assert interpret(rt, "timeline Zarnova") == Question("timeline", "Zarnova")


def test_a_question_is_answered_and_refined(runtime_with_dam_article: Runtime) -> None:
    rt = runtime_with_dam_article
    first = conversation.ask(rt, TEAM, "CPUBLIC", "What happened in Raqqa?")
    assert first.state is not None and first.chart is not None
    assert "Timeline of “Raqqa”" in text_of(first)
    assert "Tabqa dam" in text_of(first)
    title, dated = first.chart
    assert title == "Timeline of “Raqqa”" and {e["date"][:4] for e in dated} == {"2017"}

    conversation.remember(rt, TEAM, "CPUBLIC", "1700000000.000100", first.state)
    saved = conversation.load(rt, TEAM, "CPUBLIC", "1700000000.000100")  # a new connection
    assert saved == first.state

    since_june = conversation.refine(rt, TEAM, "CPUBLIC", saved, "since June")
    assert since_june is not None and since_june.state is not None
    assert since_june.state["question"]["date_from"] == "2017-06"  # the answer's year
    assert "Tabqa dam" not in text_of(since_june)  # 10 May 2017
    assert "17 October 2017" in text_of(since_june) or "2017-10-17" in text_of(since_june)

    before = conversation.refine(rt, TEAM, "CPUBLIC", since_june.state, "only 2015")
    assert before is not None
    assert "No dated event about “Raqqa” in 2015" in before.message.text + text_of(before)

    assert conversation.refine(rt, TEAM, "CPUBLIC", saved, "thanks!") is None
    assert conversation.load(rt, TEAM, "CPUBLIC", "1700000000.000999") is None


def test_more_pages_and_says_when_there_is_no_more(runtime_with_dam_article: Runtime) -> None:
    rt = runtime_with_dam_article
    first = conversation.ask(rt, TEAM, "CPUBLIC", "quote Raqqa")
    assert first.state is not None
    state = {**first.state, "next": None}
    done = conversation.refine(rt, TEAM, "CPUBLIC", state, "more")
    assert done is not None and "no more" in done.message.text
    paged = conversation.refine(rt, TEAM, "CPUBLIC", {**first.state, "next": 1}, "more")
    assert paged is not None and paged.state is not None
    assert paged.state["question"]["offset"] == 1


def test_a_private_article_is_quoted_only_where_it_was_posted(
    runtime_with_dam_article: Runtime,
) -> None:
    rt = runtime_with_dam_article
    public = conversation.ask(rt, TEAM, "CPUBLIC", "fuel smugglers desert crossings")
    assert "No passage matches" in text_of(public)
    private = conversation.ask(rt, TEAM, "CSECRET", "fuel smugglers desert crossings")
    assert "smugglers" in text_of(private).lower()


def test_threads_are_kept_per_workspace_and_channel(tmp_path: Path) -> None:
    from store import slack as slack_store

    db = connect(tmp_path / "threads.db")
    try:
        slack_store.save_thread(db, "T1", "C1", "1.1", {"question": {"kind": "quote"}})
        assert slack_store.load_thread(db, "T1", "C1", "1.1") == {"question": {"kind": "quote"}}
        assert slack_store.load_thread(db, "T2", "C1", "1.1") is None
        assert slack_store.load_thread(db, "T1", "C2", "1.1") is None
    finally:
        db.conn.close()
