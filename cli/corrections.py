"""The terminal's side of corrections and feedback, and `stats`: run the command, print text
or one JSON document. A bad argument is one line on standard error and changes nothing."""

from __future__ import annotations

import argparse
from collections.abc import Callable

PrintJson = Callable[[object], None]


def _db(args: argparse.Namespace):
    from store.db import connect

    return connect(args.db, create=False)


def stats(args: argparse.Namespace, print_json: PrintJson) -> int:
    from commands import stats as command

    answer = command.run(_db(args))
    if args.json:
        print_json(answer.to_json())
        return 0
    counts = answer.counts
    print(f"{counts.get('articles', 0)} articles, {counts.get('passages', 0)} passages")
    for article in answer.latest:
        print(
            f"  #{article['id']} {article['title']} — {article['source'] or 'outlet unknown'}, "
            f"{article['published'] or 'date unknown'}"
        )
    return 0


def _changed(answer, print_json: PrintJson, json: bool) -> int:
    if json:
        print_json(answer.to_json())
    elif answer.action == "remove":
        copies = f" (and {answer.copies} near copies)" if answer.copies else ""
        print(f"removed #{answer.article_id} {answer.title}{copies}")
    else:
        changes = ", ".join(
            f"{field}: {answer.before.get(field)!r} -> {answer.after.get(field)!r}"
            for field in ("title", "source", "published")
            if answer.before.get(field) != answer.after.get(field)
        )
        print(f"edited #{answer.article_id}, now #{answer.new_id}: {changes}")
    return 0


def forget(args: argparse.Namespace, print_json: PrintJson, usage_error: type[Exception]) -> int:
    from commands import forget as command
    from commands.article_changes import ChangeError

    try:
        answer = command.run(_db(args), " ".join(args.article))
    except ChangeError as exc:
        raise usage_error(str(exc)) from None
    return _changed(answer, print_json, args.json)


def edit(args: argparse.Namespace, print_json: PrintJson, usage_error: type[Exception]) -> int:
    from commands import edit as command
    from commands.article_changes import ChangeError

    if args.title is None and args.source is None and args.published is None:
        raise usage_error("say what to correct: --title, --source or --published")
    try:
        answer = command.run(
            _db(args),
            " ".join(args.article),
            title=args.title,
            source=args.source,
            published=args.published,
        )
    except ChangeError as exc:
        raise usage_error(str(exc)) from None
    return _changed(answer, print_json, args.json)


def corrections(
    args: argparse.Namespace, print_json: PrintJson, usage_error: type[Exception]
) -> int:
    from commands import corrections as command

    try:
        answer = command.run(_db(args), limit=args.limit)
    except ValueError as exc:
        raise usage_error(str(exc)) from None
    if args.json:
        print_json(answer.to_json())
        return 0
    if not answer.corrections:
        print("no corrections yet")
    for c in answer.corrections:
        what = "removed" if c.action == "remove" else f"edited ({_diff(c.before, c.after)})"
        print(f"{c.at} {c.user} {what} #{c.article_id} {c.title}")
    return 0


def _diff(before: dict, after: dict) -> str:
    return ", ".join(
        f"{k}: {before.get(k)!r} -> {after.get(k)!r}"
        for k in sorted(set(before) | set(after))
        if before.get(k) != after.get(k)
    )


def feedback(args: argparse.Namespace, print_json: PrintJson, usage_error: type[Exception]) -> int:
    from commands import feedback as command

    try:
        answer = command.run(_db(args), everything=args.all, restore=args.restore)
    except command.FeedbackError as exc:
        raise usage_error(str(exc)) from None
    if args.json:
        print_json(answer.to_json())
        return 0
    if answer.restored is not None:
        print(f"restored #{answer.restored.id}: {answer.restored.text[:80]}")
    if not answer.feedback:
        print("no feedback" + ("" if args.all else " in force"))
    for f in answer.feedback:
        state = f" (restored by {f.restored_by})" if f.restored_at else ""
        print(
            f"#{f.id} {f.at} {f.user}: {f.verdict.replace('_', ' ')} — {f.command} "
            f"{f.about!r}: {f.text[:80]}{state}"
        )
    return 0
