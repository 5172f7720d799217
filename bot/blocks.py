"""Block Kit renderers: answers (as their to_json() contract dicts) become Slack messages.

Everything that came from an article or a user is untrusted: in mrkdwn it is escaped (& < >)
and sent in verbatim text objects, and verbatim passages go in rich-text quotes, which Slack
never reads as markup (see literal_quote), so an article can never ping @channel or a user,
nor smuggle a link.
Messages stay inside Slack's limits (50 blocks, 3,000 characters a section, about 12,000 in
all) by splitting long text and paging long answers behind a "More" button whose value is
only the saved answer's id and an offset.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from slack_sdk.models.blocks import (
    ActionsBlock,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from bot import labels
from text import timex

MAX_BLOCKS = 50
HOME_MAX_BLOCKS = 100
SECTION_CHARS = 3000
HEADER_CHARS = 150
TOTAL_CHARS = 12_000
PAGE_CHARS = 10_000  # answer items per page; the rest of the 12,000 is head and buttons
PAGE_BLOCKS = 44
ITEM_CHARS = 6_000  # one passage longer than this is cut (with a mark) to fit a page
SPLIT_AT = 2_900
CONTEXT_CHARS = 1_000
MORE_ACTION = "sitrep_more"
PREVIOUS_ACTION = "sitrep_previous"
SHARE_ACTION = "sitrep_share"
_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,30}$")
SUGGEST_ACTION = "sitrep_suggest"
PER_PAGE = {"quote": 5, "actor": 8, "timeline": 10}
_SAFE_URL = re.compile(r"^https?://[^\s<>|&\"']+$")


@dataclass(frozen=True)
class Message:
    text: str  # fallback for notifications and screen readers
    blocks: list[dict] = field(default_factory=list)

    def kwargs(self) -> dict[str, object]:
        return {"text": self.text, "blocks": self.blocks}


# --- text helpers ---------------------------------------------------------------------------


def escape(text: object) -> str:
    """Slack's three control characters, so untrusted text is shown, never interpreted."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int) -> str:
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip() + "…"


def _clip_escaped(raw: str, limit: int) -> str:
    """Clip then escape, keeping the escaped form within limit (entities grow the text)."""
    cut = limit
    out = escape(clip(raw, cut))
    while len(out) > limit and cut > 1:
        cut = max(1, cut - max(1, (len(out) - limit) // 2))
        out = escape(clip(raw, cut))
    return out


def human_date(value: object) -> str:
    """A date value as people read it ("7 Aug 2017"; see text.timex.label), escaped for Slack."""
    return escape(timex.label(value))


def literal_quote(text: str) -> dict:
    """Verbatim article text as a quote that Slack shows exactly as written: a rich_text_quote
    holding plain text elements. Rich text is not mrkdwn, so "*nearly over*" stays as typed
    instead of turning bold, and mentions, broadcasts and links are element types of their
    own there, so no "<!channel>" or "<@U…>" in the text can become one. That is also why
    the text is not escaped: "&amp;" would be shown as such. Long text is cut into several
    elements (at spaces, which stay in place) to keep each one small."""
    text = text.strip() or " "
    pieces = []
    while len(text) > SPLIT_AT:
        cut = text.rfind(" ", SPLIT_AT // 2, SPLIT_AT) + 1 or SPLIT_AT
        pieces.append(text[:cut])
        text = text[cut:]
    pieces.append(text)
    return {
        "type": "rich_text",
        "elements": [
            {
                "type": "rich_text_quote",
                "elements": [{"type": "text", "text": piece} for piece in pieces],
            }
        ],
    }


def split_text(text: str, limit: int = SPLIT_AT) -> list[str]:
    """Cut mrkdwn into pieces of at most limit characters, at line or word boundaries, never
    inside an entity; a continued block quote keeps its '>'."""
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = rest.rfind("\n", 0, limit)
        if cut < limit // 2:
            cut = rest.rfind(" ", 0, limit)
        if cut < limit // 2:
            cut = limit
            amp = rest.rfind("&", cut - 6, cut)
            if amp != -1 and ";" not in rest[amp:cut]:
                cut = amp
        piece, rest = rest[:cut].rstrip(), rest[cut:].lstrip(" \n")
        pieces.append(piece)
        if piece.startswith(">") and rest and not rest.startswith(">"):
            rest = "> " + rest
    if rest.strip():
        pieces.append(rest)
    return pieces


# --- block builders -------------------------------------------------------------------------


def section(mrkdwn: str) -> dict:
    return SectionBlock(text=MarkdownTextObject(text=mrkdwn, verbatim=True)).to_dict()


def sections(mrkdwn: str) -> list[dict]:
    return [section(piece) for piece in split_text(mrkdwn)]


def context(mrkdwn: str) -> dict:
    return ContextBlock(elements=[MarkdownTextObject(text=mrkdwn, verbatim=True)]).to_dict()


def header(text: str) -> dict:
    return HeaderBlock(text=PlainTextObject(text=clip(text, HEADER_CHARS), emoji=False)).to_dict()


def divider() -> dict:
    return DividerBlock().to_dict()


def button(label: str, action_id: str, value: str) -> ButtonElement:
    return ButtonElement(
        text=PlainTextObject(text=clip(label, 75), emoji=False), action_id=action_id, value=value
    )


def block_chars(blocks: Sequence[dict]) -> int:
    """Characters of text in blocks, as Slack counts them towards msg_blocks_too_long."""

    def walk(node: object) -> int:
        if isinstance(node, dict):
            return sum(
                len(v) if k == "text" and isinstance(v, str) else walk(v) for k, v in node.items()
            )
        if isinstance(node, list):
            return sum(walk(v) for v in node)
        return 0

    return walk(list(blocks))


def citation(article: dict | None, extra: str = "") -> str:
    """'*Title* · Outlet · 7 Aug 2017 · source' for a context line (escaped)."""
    if not article:
        return "source unknown"
    parts = [
        f"*{_clip_escaped(str(article.get('title') or 'Untitled'), 300)}*",
        _clip_escaped(str(article.get("source") or "outlet unknown"), 120),
        human_date(article.get("published")),
    ]
    origin = str(article.get("origin") or "")
    if _SAFE_URL.match(origin) and len(origin) <= 500:
        parts.append(f"<{origin}|source>")
    elif origin:
        parts.append(_clip_escaped(origin, 200))
    line = " · ".join(parts) + extra
    return line if len(line) <= CONTEXT_CHARS else line[: CONTEXT_CHARS - 1] + "…"


# --- items and pages ------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    group: str  # heading shown before the first item of its group on a page
    blocks: list[dict]


def quote_item(result: dict, group: str = "") -> Item:
    text = str(result.get("text") or "")
    body = literal_quote(text if len(text) <= ITEM_CHARS else clip(text, ITEM_CHARS) + " [cut]")
    return Item(group, [body, context(citation(result.get("article")))])


def entry_item(entry: dict, group: str = "") -> Item:
    how = entry.get("date_how")
    precision = entry.get("precision")
    qualifiers = [
        q
        for q in (
            precision if precision and precision != "day" else None,
            how if how and how != "explicit" else None,
        )
        if q
    ]
    when = f"*{human_date(entry.get('date'))}*"
    if qualifiers:
        when += f"  _({escape(', '.join(qualifiers))})_"
    text = str(entry.get("text") or "")
    body = [section(when), literal_quote(clip(text, ITEM_CHARS))]
    sources = entry.get("sources") or []
    first = sources[0].get("article") if sources else None
    more = (
        f" · and {len(sources) - 1} more source{'s' if len(sources) > 2 else ''}"
        if len(sources) > 1
        else ""
    )
    return Item(group, [*body, context(citation(first, more))])


def paginate(
    items: Sequence[Item],
    offset: int,
    per_page: int,
    room_chars: int = PAGE_CHARS,
    room_blocks: int = PAGE_BLOCKS,
) -> tuple[list[dict], int]:
    """Blocks for the items from offset that fit; returns them and the offset after them.
    At least one item is shown, so paging always advances."""
    blocks: list[dict] = []
    chars = 0
    last_group = None
    end = offset
    for item in items[offset:]:
        extra = []
        if item.group and item.group != last_group:
            extra = [section(item.group)]
        candidate = extra + item.blocks
        size = block_chars(candidate)
        if end > offset and (
            end - offset >= per_page
            or chars + size > room_chars
            or len(blocks) + len(candidate) > room_blocks
        ):
            break
        blocks.extend(candidate)
        chars += size
        last_group = item.group
        end += 1
    return blocks, end


def more_button(answer_id: str | None, next_offset: int, total: int, offset: int = 0) -> list[dict]:
    """Previous (from the second page on) and More (while items are left); their values are
    the saved answer's id and an offset: this page's start for Previous, the next's for More."""
    if answer_id is None:
        return []
    elements = []
    if offset > 0:
        elements.append(button("Previous", PREVIOUS_ACTION, f"{answer_id}:{offset}"))
    if next_offset < total:
        elements.append(
            button(f"More ({total - next_offset} left)", MORE_ACTION, f"{answer_id}:{next_offset}")
        )
    return [ActionsBlock(block_id="sitrep_paging", elements=elements).to_dict()] if elements else []


def with_share(message: Message, answer_id: str, offset: int) -> Message:
    """A private answer (or page) with a "Share to channel" button beside the paging ones."""
    share = button("Share to channel", SHARE_ACTION, f"{answer_id}:{offset}").to_dict()
    blocks = list(message.blocks)
    for i, block in enumerate(blocks):
        if block.get("type") == "actions" and block.get("block_id") == "sitrep_paging":
            blocks[i] = {**block, "elements": [*block["elements"], share]}
            return Message(message.text, blocks)
    if len(blocks) < MAX_BLOCKS:
        blocks.append({"type": "actions", "block_id": "sitrep_paging", "elements": [share]})
    return Message(message.text, blocks)


def mention(user: str) -> str:
    """A Slack user id as a mention; anything else (never sent raw) as "someone"."""
    return f"<@{user}>" if _USER_ID.match(user) else "someone"


def shared_by(message: Message, user: str) -> Message:
    """The answer as posted to the channel by someone who shared it: "Shared by @name"."""
    who = mention(user)
    line = context(f"Shared by {who}")
    blocks = list(message.blocks)
    if len(blocks) < MAX_BLOCKS:
        blocks.insert(0, line)
    return Message(f"{message.text} (shared by {who})", blocks)


def next_offset(message: Message) -> int | None:
    """Where the page after this one starts (from its More button), None on the last page."""
    for block in message.blocks:
        for element in block.get("elements", []) if block.get("type") == "actions" else []:
            if element.get("action_id") == MORE_ACTION:
                return int(str(element["value"]).rpartition(":")[2])
    return None


def previous_offset(kind: str, answer: dict, offset: int) -> int:
    """Where the page before the one starting at offset starts. Pages are cut by size, not
    by a fixed count, so they are laid out again from the first."""
    start = 0
    while True:
        following = next_offset(render(kind, answer, start, "x"))
        if following is None or following >= offset:
            return start
        start = following


def _finish(text: str, blocks: list[dict], limit: int = MAX_BLOCKS) -> Message:
    assert len(blocks) <= limit, "renderer exceeded the block limit"
    assert block_chars(blocks) <= TOTAL_CHARS, "renderer exceeded the text limit"
    return Message(clip(text, 3000), blocks)


# --- answers --------------------------------------------------------------------------------


def quote_message(answer: dict, offset: int = 0, answer_id: str | None = None) -> Message:
    results = answer.get("results") or []
    query = str(answer.get("query") or "")
    items = [quote_item(r) for r in results]
    body, end = paginate(items, offset, PER_PAGE["quote"])
    shown = (
        f"{offset + 1}–{end} of {len(results)}"
        if len(results) > end - offset
        else f"{len(results)}"
    )
    head = [
        section(f"*Quotes for* “{_clip_escaped(query, 500)}”"),
        context(f"{shown} passage{'s' if len(results) != 1 else ''}, best first"),
    ]
    blocks = head + body + more_button(answer_id, end, len(items), offset)
    return _finish(f"Quotes for “{escape(clip(query, 200))}”: {shown}", blocks)


RELATIONS_IN_HEAD = 8  # the strongest; the rest are items behind "More"


def _relation_line(relation: dict) -> str:
    evidence = relation.get("evidence") or []
    support = relation.get("support")
    line = (
        f"• {_clip_escaped(str(relation.get('subject', '')), 100)} "
        f"*{_clip_escaped(labels.predicate(relation.get('predicate')), 60)}* "
        f"{_clip_escaped(str(relation.get('object', '')), 100)}"
    )
    if support:
        line += f" ({support} article{'s' if support != 1 else ''})"
    if evidence:
        said = str(evidence[0].get("text", ""))
        where = str((evidence[0].get("article") or {}).get("title") or "")
        line += f" — “{_clip_escaped(said, 240)}” _{_clip_escaped(where, 100)}_"
    return line


def _actor_items(answer: dict) -> list[Item]:
    items = [
        Item("*More relations*", sections(_relation_line(r)))
        for r in (answer.get("relations") or [])[RELATIONS_IN_HEAD:]
    ]
    items += [entry_item(e, "*Dated events*") for e in answer.get("timeline") or []]
    items += [quote_item(q, "*Quotes*") for q in answer.get("quotes") or []]
    return items


def _actor_head(answer: dict) -> list[dict]:
    actor = answer.get("actor") or {}
    name = str(actor.get("name") or answer.get("query") or "")
    lines = []
    kind = actor.get("kind")
    aliases = [str(a) for a in actor.get("aliases") or []]
    first = f"*{escape(labels.kind(kind or 'unknown'))}*"
    if aliases:
        first += " · also " + _clip_escaped(", ".join(aliases[:12]), 600)
    lines.append(first)
    if actor.get("description"):
        source = actor.get("description_source")
        said = f" — _{_clip_escaped(str(source.get('title') or ''), 150)}_" if source else ""
        lines.append(f"“{_clip_escaped(str(actor['description']), 600)}”{said}")
    roles = [str(r) for r in actor.get("roles") or []]
    if roles:
        lines.append("Roles: " + _clip_escaped(", ".join(roles), 300))
    reach = (
        f"Mentioned {plural(int(actor.get('mentions') or 0), 'time')} in "
        f"{plural(int(actor.get('articles') or 0), 'article')}"
    )
    if actor.get("first_reported"):
        reach += f" · first reported {human_date(actor['first_reported'])}"
    if actor.get("last_reported"):
        reach += f" · last reported {human_date(actor['last_reported'])}"
    lines.append(reach)
    lines.extend(_curation_lines(answer))
    blocks = [header(name), *sections("\n".join(lines))]

    relations = answer.get("relations") or []
    if relations:
        rows = [_relation_line(r) for r in relations[:RELATIONS_IN_HEAD]]
        blocks += sections("*Relations* (strongest first)\n" + "\n".join(rows))
    places = answer.get("places") or []
    if places:
        shown = []
        for place in places[:12]:
            label = _clip_escaped(str(place.get("label") or place.get("name", "")), 80)
            if place.get("country"):
                label += f" ({_clip_escaped(str(place['country']), 40)})"
            if place.get("sentences"):
                label += f" ×{place['sentences']}"
            shown.append(label)
        blocks.append(section("*Where*: " + ", ".join(shown)))
    return blocks


def maker(who: str) -> str:
    """A Slack user as a mention; a terminal user by name."""
    return mention(who) if _USER_ID.match(who) else _clip_escaped(who, 60)


def _curation_lines(answer: dict) -> list[str]:
    """The curations a profile applies, and the actors it may be but is not merged with."""
    lines = [
        f"Curated #{c.get('id')}: {_clip_escaped(str(c.get('subject')), 100)} "
        f"{escape(str(c.get('verb') or '').replace('_', '-'))} "
        f"{_clip_escaped(str(c.get('object')), 100)} by {maker(str(c.get('made_by') or ''))}"
        + (f" — _{_clip_escaped(str(c['why']), 200)}_" if c.get("why") else "")
        for c in answer.get("curations") or []
    ]
    lines += [
        f"Possibly the same as *{_clip_escaped(str(o.get('name')), 100)}* (both are called "
        f"“{_clip_escaped(str(o.get('shared_alias')), 100)}”); not merged"
        for o in answer.get("possibly_same_as") or []
    ]
    return lines


def actor_message(answer: dict, offset: int = 0, answer_id: str | None = None) -> Message:
    name = str((answer.get("actor") or {}).get("name") or answer.get("query") or "")
    items = _actor_items(answer)
    head = (
        _actor_head(answer)
        if offset == 0
        else [context(f"*{_clip_escaped(name, 150)}*, continued")]
    )
    room = TOTAL_CHARS - 1_000 - block_chars(head)
    body, end = paginate(
        items,
        offset,
        PER_PAGE["actor"],
        room_chars=min(PAGE_CHARS, room),
        room_blocks=PAGE_BLOCKS - len(head),
    )
    blocks = head + body + more_button(answer_id, end, len(items), offset)
    return _finish(f"Actor profile: {escape(clip(name, 200))}", blocks)


def undated_item(mention: dict) -> Item:
    text = str(mention.get("text") or "")
    sources = mention.get("sources") or []
    first = sources[0].get("article") if sources else None
    return Item(
        "*Mentioned without a date that can be resolved*",
        [literal_quote(clip(text, ITEM_CHARS)), context(citation(first))],
    )


def _timeline_items(answer: dict) -> list[Item]:
    return [entry_item(e) for e in answer.get("entries") or []] + [
        undated_item(u) for u in answer.get("undated") or []
    ]


def timeline_message(answer: dict, offset: int = 0, answer_id: str | None = None) -> Message:
    entries = answer.get("entries") or []
    undated = answer.get("undated") or []
    subject = answer.get("subject") or {}
    name = str(subject.get("name") or answer.get("query") or "")
    items = _timeline_items(answer)
    body, end = paginate(items, offset, PER_PAGE["timeline"])
    kind = subject.get("kind")
    about = f" ({escape(labels.kind(kind))})" if kind and kind != "keyword" else ""
    note = f"{len(entries)} dated event{'s' if len(entries) != 1 else ''}, oldest first"
    if undated:
        note += (
            f" · {len(undated)} mention{'s' if len(undated) != 1 else ''} without a date "
            "that can be resolved"
        )
    if offset > 0 or end < len(items):
        note += f" · showing {offset + 1}–{end} of {len(items)}"
    head = [header(f"Timeline: {name}"), context(f"*{_clip_escaped(name, 150)}*{about} · {note}")]
    blocks = head + body + more_button(answer_id, end, len(items), offset)
    return _finish(
        f"Timeline for {escape(clip(name, 200))}: {plural(len(entries), 'dated event')}", blocks
    )


def render(kind: str, answer: dict, offset: int = 0, answer_id: str | None = None) -> Message:
    renderers = {"quote": quote_message, "actor": actor_message, "timeline": timeline_message}
    return renderers[kind](answer, offset, answer_id)


def total_items(kind: str, answer: dict) -> int:
    if kind == "quote":
        return len(answer.get("results") or [])
    if kind == "actor":
        return len(_actor_items(answer))
    return len(_timeline_items(answer))


def has_more(message: Message) -> bool:
    return any(
        element.get("action_id") == MORE_ACTION
        for block in message.blocks
        if block.get("type") == "actions"
        for element in block.get("elements", [])
    )


# --- short messages -------------------------------------------------------------------------


def notice(text: str) -> Message:
    """A one-line message whose text is ours (already safe mrkdwn)."""
    return Message(text, [section(text)])


def did_you_mean(command: str, query: str, suggestions: Sequence[str], what: str) -> Message:
    """'Nothing for X' with the suggestions as buttons that run the command again."""
    q = _clip_escaped(query, 200)
    if not suggestions:
        return notice(f"No {what} found for “{q}”. Try another name or spelling.")
    names = ", ".join(_clip_escaped(s, 100) for s in suggestions[:5])
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


HELP = (
    "*Sitrep* keeps the articles posted here and answers from them, verbatim, with sources.\n"
    "• `/quote booby-trapped buildings` — the best passages for some words\n"
    "• `/actor SDF` — who an actor is: aliases, relations, places, dated events, quotes\n"
    "• `/timeline Raqqa` — dated events about a place, actor or keyword, oldest first "
    "(add `from:2017-06 to:2017-09` to narrow)\n"
    "• `/sitrep stats` — what is in the corpus\n"
    "• `/sitrep answers public` or `private` — whether answers in this channel are posted for "
    "all, or shown to the asker first with a *Share to channel* button (the default)\n"
    "• `/sitrep ingest LINK`, or `/sitrep ingest` followed by the pasted text — add an "
    "article\n"
    "*Adding articles*: post a link, upload a PDF/HTML/text file, or paste an article "
    "(120 words or more) in a channel I am in; or use the message shortcut *Add to Sitrep*, or "
    "mention me in a thread under an article. I confirm in a thread.\n"
    "Articles posted in a private channel or a DM are only ever quoted back there."
)


def help_message(prefix: str = "") -> Message:
    text = (prefix + "\n\n" if prefix else "") + HELP
    return Message("Sitrep help", sections(text))


def _latest_lines(latest: Sequence[dict]) -> str:
    lines = []
    for article in latest:
        lines.append(
            f"• *{_clip_escaped(str(article.get('title') or 'Untitled'), 150)}* — "
            f"{_clip_escaped(str(article.get('source') or 'outlet unknown'), 80)}, "
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
    return _finish(f"Sitrep corpus: {plural(articles, 'article')}", blocks)


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
    blocks += sections(HELP)
    assert len(blocks) <= HOME_MAX_BLOCKS
    return {"type": "home", "blocks": blocks}


def ingest_confirmation(results: Sequence[dict]) -> Message:
    """Thread reply after an ingest: what was stored, or the one-line reason it was not."""
    lines = []
    for result in results:
        for article in result.get("articles") or []:
            lines.append(_stored_line(article))
        for error in result.get("errors") or []:
            lines.append(f":warning: Not added: {_clip_escaped(str(error), 400)}")
    if not lines:
        lines.append(":warning: Nothing was added: no article text found.")
    text = "\n".join(lines)
    blocks = sections(text)[:MAX_BLOCKS]
    while block_chars(blocks) > TOTAL_CHARS:
        blocks.pop()
    return Message("Sitrep: " + ingest_summary(results), blocks)


def plural(n: int, singular: str, plural_form: str | None = None) -> str:
    """'1 passage', '2 passages', '0 passages'."""
    return f"{n} {singular if n == 1 else (plural_form or singular + 's')}"


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
    if (added, already, near, failed) == (0, 1, 0, 0):
        return "already in Sitrep"
    parts = []
    if added:
        parts.append(plural(added, "article") + " added")
    if already:
        parts.append(f"{already} already in Sitrep")
    if near:
        parts.append(plural(near, "near copy", "near copies") + " kept, not indexed twice")
    if failed:
        parts.append(f"{failed} not added")
    return ", ".join(parts) if added or already or near else "nothing added"


def _stored_line(article: dict) -> str:
    title = _clip_escaped(str(article.get("title") or "Untitled"), 200)
    source = _clip_escaped(str(article.get("source") or "outlet unknown"), 80)
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
