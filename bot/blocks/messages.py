"""Short messages: "did you mean", help (from the command registry), statistics, the App
Home, and ingest confirmations with their Remove and Edit buttons."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from slack_sdk.models.blocks import ActionsBlock

from bot.blocks.kit import (
    EDIT_ACTION,
    HOME_MAX_BLOCKS,
    MAX_BLOCKS,
    REMOVE_ACTION,
    RESTORE_ACTION,
    SUGGEST_ACTION,
    TOTAL_CHARS,
    Message,
    block_chars,
    button,
    clip,
    clip_escaped,
    context,
    divider,
    escape,
    finish,
    header,
    human_date,
    mention,
    notice,
    plural,
    section,
    sections,
)
from commands import registry


def did_you_mean(command: str, query: str, suggestions: Sequence[str], what: str) -> Message:
    """'Nothing for X' with the suggestions as buttons that run the command again."""
    q = clip_escaped(query, 200)
    if not suggestions:
        return notice(f"No {what} found for “{q}”. Try another name or spelling.")
    names = ", ".join(clip_escaped(s, 100) for s in suggestions[:5])
    text = f"No {what} found for “{q}”. Did you mean: {names}?"
    buttons = [
        button(
            clip(s, 75),
            f"{SUGGEST_ACTION}_{n}",
            json.dumps({"c": command, "q": s[:200]}, ensure_ascii=False),
        )
        for n, s in enumerate(suggestions[:5])
    ]
    return Message(text, [section(text), ActionsBlock(elements=buttons).to_dict()])


HELP_INTRO = (
    "*Sitrep* keeps the articles posted here and answers from them, verbatim, with sources."
)
HELP_OUTRO = (
    "*Asking*: mention me with a question (`@Sitrep who controls Tabqa dam?`) or send me a "
    "direct message; I answer in the thread, and a reply there such as `only 2017`, "
    "`since March` or `more` refines the answer.\n"
    "*Adding articles*: with `/sitrep autoingest on`, post a link, upload a PDF/HTML/text file, "
    "or paste an article (120 words or more) in the channel; anywhere, use the message shortcut "
    "*Add to Sitrep*, or say `@Sitrep add this` in a thread under an article. I confirm in a "
    "thread, with *Remove from Sitrep* and *Edit* buttons for the person who added it and for "
    "workspace admins.\n"
    "*Feedback*: the ⋯ menu beside a dated event or a quote says it has the wrong date, the "
    "wrong actor or place, or is not relevant; it is then hidden from this workspace's answers "
    "until someone restores it (`/sitrep feedback`).\n"
    "Articles posted in a private channel or a DM are only ever quoted back there."
)
# Commands answered by a slash command of their own; every other one is `/sitrep NAME`.
OWN_SLASH = ("quote", "actor", "timeline")


def slack_usage(command: registry.Command) -> str:
    """How the command is typed in Slack: `/timeline SUBJECT... [from:DATE]` or
    `/sitrep forget ARTICLE...`."""
    usage = command.usage("slack")
    if command.name in OWN_SLASH:
        return usage
    return "/sitrep " + usage[1:]


def slack_example(command: registry.Command) -> str:
    example = next(iter(command.slack_examples or command.examples), command.name)
    for option in command.options_for("slack"):  # `--from 2016` is `from:2016` in Slack
        example = example.replace(f"--{option.name} ", f"{option.name}:")
    return ("/" if command.name in OWN_SLASH else "/sitrep ") + example


def help_text() -> str:
    """Help in Slack's words, from the command registry (the terminal's help comes from the
    same entries): one line per command, with its usage and an example."""
    lines = [HELP_INTRO]
    ordered = sorted(registry.for_front("slack"), key=lambda c: c.name not in OWN_SLASH)
    for command in ordered:
        summary = command.summary[:1].lower() + command.summary[1:]
        lines.append(
            f"• `{slack_usage(command)}` — {escape(summary)} (e.g. `{slack_example(command)}`)"
        )
    lines.append("• `/sitrep help` — this help")
    return "\n".join(lines) + "\n" + HELP_OUTRO


def help_message(prefix: str = "") -> Message:
    text = (prefix + "\n\n" if prefix else "") + help_text()
    return Message("Sitrep help", sections(text))


def _latest_lines(latest: Sequence[dict]) -> str:
    lines = []
    for article in latest:
        lines.append(
            f"• *{clip_escaped(str(article.get('title') or 'Untitled'), 150)}* — "
            f"{clip_escaped(str(article.get('source') or 'outlet unknown'), 80)}, "
            f"{human_date(article.get('published'))}"
        )
    return "\n".join(lines)


def stats_message(counts: dict, latest: Sequence[dict]) -> Message:
    articles, passages = int(counts.get("articles") or 0), int(counts.get("passages") or 0)
    summary = (
        f"*{articles}* article{'' if articles == 1 else 's'}, *{passages}* "
        f"passage{'' if passages == 1 else 's'} visible here."
    )
    blocks = [section("*Sitrep corpus*\n" + summary)]
    if latest:
        blocks += sections("*Latest*\n" + _latest_lines(latest))
    return finish(f"Sitrep corpus: {plural(articles, 'article')}", blocks)


def home_view(counts: dict, latest: Sequence[dict]) -> dict:
    """The App Home tab: statistics, latest articles, how to use the commands."""
    articles, passages = int(counts.get("articles") or 0), int(counts.get("passages") or 0)
    blocks = [
        header("Sitrep"),
        section(
            f"*{articles}* article{'' if articles == 1 else 's'} and *{passages}* "
            f"passage{'' if passages == 1 else 's'} in this workspace's shared "
            "corpus."
        ),
        divider(),
    ]
    if latest:
        blocks += sections("*Latest articles*\n" + _latest_lines(latest))
        blocks.append(divider())
    blocks += sections(help_text())
    assert len(blocks) <= HOME_MAX_BLOCKS
    return {"type": "home", "blocks": blocks}


def ingest_confirmation(results: Sequence[dict]) -> Message:
    """Thread reply after an ingest: what was stored, or the one-line reason it was not. An
    article added gets Remove and Edit buttons (the listener checks who may use them)."""
    blocks: list[dict] = []
    lines: list[str] = []

    def flush() -> None:
        if lines:
            blocks.extend(sections("\n".join(lines)))
            lines.clear()

    for result in results:
        for article in result.get("articles") or []:
            lines.append(_stored_line(article))
            for warning in article.get("warnings") or []:  # a bound met: stored, partly read
                lines.append(f":information_source: {clip_escaped(str(warning), 400)}")
            if article.get("duplicate_of") is None and article.get("id") is not None:
                flush()
                blocks.append(
                    correction_buttons(int(article["id"]), str(article.get("title") or ""))
                )
        for error in result.get("errors") or []:
            lines.append(f":warning: Not added: {clip_escaped(str(error), 400)}")
    if not blocks and not lines:
        lines.append(":warning: Nothing was added: no article text found.")
    flush()
    blocks = blocks[:MAX_BLOCKS]
    while block_chars(blocks) > TOTAL_CHARS:
        blocks.pop()
    return Message("Sitrep: " + ingest_summary(results), blocks)


def article_ref(article_id: int, title: str) -> str:
    """A button's name for an article: its id and a short key of its title, so that a button
    still names the same article once it was edited (bot/corrections.py follows the edits),
    and never another one that got the id of a removed article."""
    key = hashlib.sha1(" ".join(title.lower().split()).encode("utf-8")).hexdigest()[:10]
    return f"{article_id}:{key}"


def correction_buttons(article_id: int, title: str) -> dict:
    """Remove from Sitrep (with a confirmation dialog) and Edit, for one stored article."""
    ref = article_ref(article_id, title)
    remove = button("Remove from Sitrep", REMOVE_ACTION, ref).to_dict()
    remove["style"] = "danger"
    remove["confirm"] = {
        "title": {"type": "plain_text", "text": "Remove this article?"},
        "text": {
            "type": "mrkdwn",
            "text": "It leaves the search index, the timelines and the profiles, for everyone.",
        },
        "confirm": {"type": "plain_text", "text": "Remove"},
        "deny": {"type": "plain_text", "text": "Keep it"},
        "style": "danger",
    }
    edit = button("Edit", EDIT_ACTION, ref).to_dict()
    return {
        "type": "actions",
        "block_id": f"sitrep_article_{article_id}",
        "elements": [remove, edit],
    }


def ingest_summary(results: Sequence[dict]) -> str:
    """The notification text of an ingest confirmation, saying what its lines say."""
    added = already = near = 0
    for result in results:
        for article in result.get("articles") or []:
            duplicate_of = article.get("duplicate_of")
            if duplicate_of is None:
                added += 1
            elif duplicate_of == article.get("id"):
                already += 1
            else:
                near += 1
    failed = sum(len(r.get("errors") or []) for r in results)
    partial = sum(1 for r in results for a in r.get("articles") or [] if a.get("warnings"))
    if (added, already, near, failed) == (0, 1, 0, 0):
        return "already in Sitrep"
    parts = []
    if added:
        parts.append(plural(added, "article") + " added")
    if already:
        parts.append(f"{already} already in Sitrep")
    if near:
        parts.append(plural(near, "near copy", "near copies") + " kept, not indexed twice")
    if partial:  # past a bound of extract/article.py: stored, not all of it extracted
        parts.append(f"{partial} only partly read")
    if failed:
        parts.append(f"{failed} not added")
    return ", ".join(parts) if added or already or near else "nothing added"


def _stored_line(article: dict) -> str:
    title = clip_escaped(str(article.get("title") or "Untitled"), 200)
    source = clip_escaped(str(article.get("source") or "outlet unknown"), 80)
    when = human_date(article.get("published"))
    if article.get("published") and article.get("published_how") == "inferred":
        when += " (inferred)"
    duplicate_of = article.get("duplicate_of")
    if duplicate_of is not None and duplicate_of == article.get("id"):
        return f":information_source: Already in Sitrep: *{title}* — {source}, {when}"
    if duplicate_of is not None:
        return (
            f":information_source: *{title}* is a near copy of an article already in "
            "Sitrep; kept, but not indexed twice."
        )
    return (
        f":white_check_mark: Added *{title}* — {source}, {when} · "
        f"{plural(int(article.get('passages') or 0), 'passage')} · "
        f"{plural(int(article.get('actors') or 0), 'actor')} · "
        f"{plural(int(article.get('events') or 0), 'dated event')}"
    )


DATES_SHOWN = 40


def dates_message(answer: dict, text: str) -> Message:
    """What `/sitrep dates` found: each expression, its value and how it was resolved."""
    found = answer.get("dates") or []
    against = answer.get("published")
    head = f"*{plural(len(found), 'date expression')}* found" + (
        f", resolved against {human_date(against)}" if against else ""
    )
    lines = [
        f"• “{clip_escaped(str(d.get('text') or ''), 80)}” → "
        f"*{escape(d.get('value') or 'unresolved')}* _({escape(d.get('how') or '')})_"
        for d in found[:DATES_SHOWN]
    ]
    if len(found) > DATES_SHOWN:
        lines.append(f"…and {len(found) - DATES_SHOWN} more")
    if not found:
        lines.append(f"No date in “{clip_escaped(text, 200)}”.")
    return finish(f"Dates: {plural(len(found), 'expression')}", sections("\n".join([head, *lines])))


LISTED = 20  # feedback or corrections listed in one message (each a block or two)


def feedback_list(answer: dict) -> Message:
    """`/sitrep feedback`: what is hidden in this workspace and why, each with Restore."""
    from bot import labels

    items = answer.get("feedback") or []
    blocks: list[dict] = []
    restored = answer.get("restored")
    if restored:
        blocks.append(section(f"Restored feedback #{restored['id']}: it shows in answers again."))
    if not items:
        blocks.append(section("No feedback in force: nothing is hidden from answers here."))
    for f in items[:LISTED]:
        line = (
            f"*{escape(labels.verdict(f['verdict']))}* · {escape(f['command'])} "
            f"“{clip_escaped(str(f['about']), 80)}” · by {mention(str(f['user']))} "
            f"· #{f['id']}\n“{clip_escaped(str(f['text']), 300)}”"
        )
        block = section(line)
        block["accessory"] = button("Restore", RESTORE_ACTION, str(f["id"])).to_dict()
        blocks.append(block)
    if len(items) > LISTED:
        blocks.append(context(f"…and {len(items) - LISTED} more: `sitrep feedback` lists all."))
    return finish(f"Feedback: {plural(len(items), 'item')} hidden", blocks)


def corrections_list(answer: dict) -> Message:
    """`/sitrep corrections`: the latest removals and edits in this workspace."""
    items = answer.get("corrections") or []
    lines = []
    for c in items[:LISTED]:
        what = "removed" if c["action"] == "remove" else "edited"
        changes = ", ".join(
            f"{escape(k)} {clip_escaped(str(c['before'].get(k)), 60)} → "
            f"{clip_escaped(str(c['after'].get(k)), 60)}"
            for k in sorted(c["after"])
            if c["before"].get(k) != c["after"].get(k)
        )
        lines.append(
            f"• {escape(c['at'][:16].replace('T', ' '))} {mention(str(c['user']))} {what} "
            f"*{clip_escaped(str(c['title']), 150)}*" + (f" ({changes})" if changes else "")
        )
    if not lines:
        lines.append("No corrections yet.")
    return finish(
        f"Corrections: {plural(len(items), 'change')}",
        sections("*Corrections* (latest first)\n" + "\n".join(lines)),
    )
