"""Asking Sitrep in conversation: `@Sitrep who controls Tabqa dam?` in a channel, or a direct
message. The question is answered in its thread by the command that fits it (a known actor
gets a profile, a place a timeline, anything else a quote search); later messages in that
thread refine it ("only 2017", "since March", "more"). The thread's question is kept in the
store (slack_threads), so a restart changes nothing.

Answers are made for the conversation they are asked in, as the slash commands' are: an
article posted in a private channel or DM is only ever quoted back there.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bot import blocks, questions
from bot.questions import Question
from bot.runtime import Runtime
from store import articles
from store import slack as slack_store
from text.surrogates import replace_lone_surrogates

if TYPE_CHECKING:
    import sqlite_utils

QUOTE_POOL = 20  # passages kept for paging, as /quote
DATED_QUOTE_POOL = 60  # more, when a date span will leave some out
NAME_MATCH = 88  # how close (rapidfuzz ratio) words must be to a name to be taken for it
HINT = "Reply in this thread to refine: “only 2017”, “since March”, “more”."


@dataclass(frozen=True)
class Answer:
    message: blocks.Message
    chart: tuple[str, list[dict]] | None = None  # (title, dated entries) for a timeline
    state: dict | None = None  # what the thread remembers; None when nothing was answered


def _viewer(team: str, channel: str) -> articles.Viewer:
    return articles.Viewer(team=team, conversation=channel)


def _names_it(subject: object, words: str) -> bool:
    """The words are the subject's name or one of its spellings, not merely near it: "Raqqa"
    is the place, "Raqqa dam attack" is a search."""
    from rapidfuzz import fuzz, utils

    from commands.subjects import Subject, is_named

    assert isinstance(subject, Subject)
    if is_named(subject, words):
        return True
    return any(
        fuzz.ratio(words, name, processor=utils.default_process) >= NAME_MATCH
        for name in (subject.name, *subject.aliases)
    )


def interpret(db: sqlite_utils.Database, text: str, viewer: articles.Viewer) -> Question:
    """The command a question asks for, looked up in the store: an actor it names gets a
    profile (a timeline when a date span is given or the question asks what happened), a place
    a timeline, else a quote search."""
    from commands.subjects import resolve_actor, resolve_place

    said = questions.plain(replace_lone_surrogates(text))
    # A month without its year counts only in a follow-up: in a question, "to march" is a verb.
    dated = questions.find_dates(said, None)
    date_from, date_to, rest = (dated[0], dated[1], dated[3]) if dated else (None, None, said)
    explicit = questions.explicit_command(rest)
    if explicit:
        kind, words = explicit
        return Question(kind, words, date_from, date_to)
    words = questions.subject_words(rest)
    if words:
        if any(_names_it(a, words) for a in resolve_actor(db, words, viewer)):
            kind = "timeline" if dated or questions.asks_for_timeline(rest) else "actor"
            return Question(kind, words, date_from, date_to)
        if any(_names_it(p, words) for p in resolve_place(db, words, viewer)):
            return Question("timeline", words, date_from, date_to)
    return Question("quote", rest or said, date_from, date_to)


def _published_within(result: dict, question: Question) -> bool:
    published = str((result.get("article") or {}).get("published") or "")
    if not published:
        return False
    low, high = question.date_from, question.date_to
    return (not low or published[: len(low)] >= low) and (
        not high or published[: len(high)] <= high
    )


def _span(question: Question) -> str:
    if question.date_from and question.date_to:
        if question.date_from == question.date_to:
            return f" in {question.date_from}"
        return f" from {question.date_from} to {question.date_to}"
    if question.date_from:
        return f" from {question.date_from} on"
    if question.date_to:
        return f" up to {question.date_to}"
    return ""


def _heading(question: Question) -> str:
    what = {"actor": "Profile of", "timeline": "Timeline of", "quote": "Passages for"}
    return f"{what[question.kind]} “{question.text}”{_span(question)}"


def _run(db: sqlite_utils.Database, question: Question, viewer: articles.Viewer) -> dict:
    if question.kind == "actor":
        from commands import actor

        return actor.run(db, question.text, viewer=viewer).to_json()
    if question.kind == "timeline":
        from commands import timeline

        return timeline.run(
            db,
            question.text,
            viewer=viewer,
            date_from=question.date_from,
            date_to=question.date_to,
        ).to_json()
    from commands import quote

    dated = question.date_from or question.date_to
    answer: dict = quote.run(
        db, question.text, limit=DATED_QUOTE_POOL if dated else QUOTE_POOL, viewer=viewer
    ).to_json()
    if dated:
        found: list[dict] = answer.get("results") or []
        results = [r for r in found if _published_within(r, question)]
        answer["results"] = results[:QUOTE_POOL]
    return answer


def _nothing(question: Question, answer: dict) -> blocks.Message | None:
    """The one-line answer when nothing was found, else None."""
    if question.kind == "actor" and answer.get("actor") is None:
        return blocks.did_you_mean("actor", question.text, answer.get("suggestions") or [], "actor")
    if question.kind == "timeline" and not answer.get("entries") and not answer.get("undated"):
        if question.date_from or question.date_to:
            return blocks.notice(
                f"No dated event about “{blocks.escape(question.text)}”{_span(question)}."
            )
        return blocks.did_you_mean(
            "timeline", question.text, answer.get("suggestions") or [], "dated event"
        )
    if question.kind == "quote" and not answer.get("results"):
        return blocks.notice(
            f"No passage matches “{blocks.escape(blocks.clip(question.text, 200))}”"
            f"{_span(question)}. Try fewer or other words."
        )
    return None


def latest_year(answer: dict) -> int | None:
    """The year a month named without one ("since March") is taken to be in."""
    dates = [str(e.get("date") or "") for e in answer.get("entries") or []]
    dates += [
        str((r.get("article") or {}).get("published") or "") for r in answer.get("results") or []
    ]
    years = [int(d[:4]) for d in dates if d[:4].isdigit()]
    return max(years) if years else None


def answer(rt: Runtime, team: str, channel: str, question: Question) -> Answer:
    """The thread's answer to a question, from its offset; the state to remember with it."""
    viewer = _viewer(team, channel)
    with rt.db() as db:
        try:
            found = _run(db, question, viewer)
        except ValueError as exc:  # a date the commands refuse
            return Answer(blocks.notice(blocks.escape(exc)))
        empty = _nothing(question, found)
        if empty is not None:
            return Answer(empty, state={"question": question.to_json(), "next": None})
        total = blocks.total_items(question.kind, found)
        offset = min(question.offset, max(0, total - 1))
        if question.offset and question.offset >= total:
            return Answer(blocks.notice("That was all: there is no more to show."))
        answer_id = slack_store.new_answer_id()
        message = blocks.render(question.kind, found, offset, answer_id)
        if blocks.has_more(message):  # its More button pages privately, as a slash command's
            slack_store.save_answer(
                db, team, channel, {"kind": question.kind, "answer": found}, answer_id
            )
    head = [blocks.context(f"*{blocks.escape(_heading(question))}* · {HINT}")]
    chart = None
    if question.kind == "timeline" and offset == 0:
        dated = [e for e in found.get("entries") or [] if e.get("date")]
        chart = (_heading(question), dated) if dated else None
    state = {
        "question": replace(question, offset=offset).to_json(),
        "next": blocks.next_offset(message),
        "year": latest_year(found),
    }
    return Answer(blocks.Message(message.text, head + message.blocks), chart, state)


def load(rt: Runtime, team: str, channel: str, thread_ts: str) -> dict | None:
    with rt.db() as db:
        return slack_store.load_thread(db, team, channel, thread_ts)


def remember(rt: Runtime, team: str, channel: str, thread_ts: str, state: dict) -> None:
    with rt.db() as db:
        slack_store.save_thread(db, team, channel, thread_ts, state)


def ask(rt: Runtime, team: str, channel: str, text: str) -> Answer:
    """A new question."""
    with rt.db() as db:
        question = interpret(db, text, _viewer(team, channel))
    return answer(rt, team, channel, question)


def refine(rt: Runtime, team: str, channel: str, state: dict, text: str) -> Answer | None:
    """A follow-up to the thread's question; None when the text is not one."""
    previous = Question.from_json(state["question"])
    if questions.asks_more(text):
        if state.get("next") is None:
            return Answer(blocks.notice("That was all: there is no more to show."))
        return answer(rt, team, channel, replace(previous, offset=int(state["next"])))
    year = state.get("year") or dt.date.today().year
    changed = questions.follow_up(previous, text, year_hint=int(year))
    if changed is None:
        return None
    return answer(rt, team, channel, changed)
