"""The three answers as Slack messages: /quote, /actor and /timeline, page by page."""

from __future__ import annotations

from bot import labels
from bot.blocks.kit import (
    PAGE_BLOCKS,
    PAGE_CHARS,
    PER_PAGE,
    TOTAL_CHARS,
    Message,
    block_chars,
    clip,
    clip_escaped,
    context,
    escape,
    finish,
    header,
    human_date,
    maker,
    plural,
    section,
    sections,
)
from bot.blocks.paging import (
    Item,
    entry_item,
    more_button,
    next_offset,
    paginate,
    quote_item,
    undated_item,
)

Trail = tuple[int, ...] | None  # starts of the pages before (bot/blocks/paging.py)


def _menu(answer_id: str | None, part: str, n: int) -> str | None:
    """The feedback menu's value for item n of a saved answer ("e" entries, "q" quotes)."""
    return f"{answer_id}:{part}{n}" if answer_id else None


def quote_message(
    answer: dict, offset: int = 0, answer_id: str | None = None, trail: Trail = ()
) -> Message:
    results = answer.get("results") or []
    query = str(answer.get("query") or "")
    items = [quote_item(r, "", _menu(answer_id, "q", n)) for n, r in enumerate(results)]
    body, end = paginate(items, offset, PER_PAGE["quote"])
    shown = (
        f"{offset + 1}–{end} of {len(results)}"
        if len(results) > end - offset
        else f"{len(results)}"
    )
    head = [
        section(f"*Quotes for* “{clip_escaped(query, 500)}”"),
        context(f"{shown} passage{'s' if len(results) != 1 else ''}, best first"),
    ]
    blocks = head + body + more_button(answer_id, end, len(items), offset, trail)
    return finish(f"Quotes for “{escape(clip(query, 200))}”: {shown}", blocks)


RELATIONS_IN_HEAD = 8  # the strongest; the rest are items behind "More"


def _relation_line(relation: dict) -> str:
    evidence = relation.get("evidence") or []
    support = relation.get("support")
    line = (
        f"• {clip_escaped(str(relation.get('subject', '')), 100)} "
        f"*{clip_escaped(labels.predicate(relation.get('predicate')), 60)}* "
        f"{clip_escaped(str(relation.get('object', '')), 100)}"
    )
    if support:
        line += f" ({support} article{'s' if support != 1 else ''})"
    if evidence:
        said = str(evidence[0].get("text", ""))
        where = str((evidence[0].get("article") or {}).get("title") or "")
        line += f" — “{clip_escaped(said, 240)}” _{clip_escaped(where, 100)}_"
    return line


def _actor_items(answer: dict, answer_id: str | None = None) -> list[Item]:
    items = [
        Item("*More relations*", sections(_relation_line(r)))
        for r in (answer.get("relations") or [])[RELATIONS_IN_HEAD:]
    ]
    items += [
        entry_item(e, "*Dated events*", _menu(answer_id, "e", n))
        for n, e in enumerate(answer.get("timeline") or [])
    ]
    items += [
        quote_item(q, "*Quotes*", _menu(answer_id, "q", n))
        for n, q in enumerate(answer.get("quotes") or [])
    ]
    return items


def _curation_lines(answer: dict) -> list[str]:
    """The curations a profile applies, and the actors it may be but is not merged with."""
    lines = [
        f"Curated #{c.get('id')}: {clip_escaped(str(c.get('subject')), 100)} "
        f"{escape(str(c.get('verb') or '').replace('_', '-'))} "
        f"{clip_escaped(str(c.get('object')), 100)} by {maker(str(c.get('made_by') or ''))}"
        + (f" — _{clip_escaped(str(c['why']), 200)}_" if c.get("why") else "")
        for c in answer.get("curations") or []
    ]
    lines += [
        f"Possibly the same as *{clip_escaped(str(o.get('name')), 100)}* (both are called "
        f"“{clip_escaped(str(o.get('shared_alias')), 100)}”); not merged"
        for o in answer.get("possibly_same_as") or []
    ]
    return lines


def _actor_head(answer: dict) -> list[dict]:
    actor = answer.get("actor") or {}
    name = str(actor.get("name") or answer.get("query") or "")
    lines = []
    kind = actor.get("kind")
    aliases = [str(a) for a in actor.get("aliases") or []]
    first = f"*{escape(labels.kind(kind or 'unknown'))}*"
    if aliases:
        first += " · also " + clip_escaped(", ".join(aliases[:12]), 600)
    lines.append(first)
    if actor.get("description"):
        source = actor.get("description_source")
        said = f" — _{clip_escaped(str(source.get('title') or ''), 150)}_" if source else ""
        lines.append(f"“{clip_escaped(str(actor['description']), 600)}”{said}")
    roles = [str(r) for r in actor.get("roles") or []]
    if roles:
        lines.append("Roles: " + clip_escaped(", ".join(roles), 300))
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
            label = clip_escaped(str(place.get("label") or place.get("name", "")), 80)
            if place.get("country"):
                label += f" ({clip_escaped(str(place['country']), 40)})"
            if place.get("sentences"):
                label += f" ×{place['sentences']}"
            shown.append(label)
        blocks.append(section("*Where*: " + ", ".join(shown)))
    return blocks


def actor_message(
    answer: dict, offset: int = 0, answer_id: str | None = None, trail: Trail = ()
) -> Message:
    name = str((answer.get("actor") or {}).get("name") or answer.get("query") or "")
    items = _actor_items(answer, answer_id)
    head = (
        _actor_head(answer) if offset == 0 else [context(f"*{clip_escaped(name, 150)}*, continued")]
    )
    room = TOTAL_CHARS - 1_000 - block_chars(head)
    body, end = paginate(
        items,
        offset,
        PER_PAGE["actor"],
        room_chars=min(PAGE_CHARS, room),
        room_blocks=PAGE_BLOCKS - len(head),
    )
    blocks = head + body + more_button(answer_id, end, len(items), offset, trail)
    return finish(f"Actor profile: {escape(clip(name, 200))}", blocks)


def _timeline_items(answer: dict, answer_id: str | None = None) -> list[Item]:
    entries = answer.get("entries") or []
    return [entry_item(e, "", _menu(answer_id, "e", n)) for n, e in enumerate(entries)] + [
        undated_item(u) for u in answer.get("undated") or []
    ]


def timeline_message(
    answer: dict, offset: int = 0, answer_id: str | None = None, trail: Trail = ()
) -> Message:
    entries = answer.get("entries") or []
    undated = answer.get("undated") or []
    subject = answer.get("subject") or {}
    name = str(subject.get("name") or answer.get("query") or "")
    items = _timeline_items(answer, answer_id)
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
    head = [header(f"Timeline: {name}"), context(f"*{clip_escaped(name, 150)}*{about} · {note}")]
    blocks = head + body + more_button(answer_id, end, len(items), offset, trail)
    return finish(
        f"Timeline for {escape(clip(name, 200))}: {plural(len(entries), 'dated event')}", blocks
    )


def render(
    kind: str, answer: dict, offset: int = 0, answer_id: str | None = None, trail: Trail = ()
) -> Message:
    """A page of an answer; with answer_id, its paging buttons and feedback menus."""
    renderers = {"quote": quote_message, "actor": actor_message, "timeline": timeline_message}
    return renderers[kind](answer, offset, answer_id, trail)


def total_items(kind: str, answer: dict) -> int:
    if kind == "quote":
        return len(answer.get("results") or [])
    if kind == "actor":
        return len(_actor_items(answer))
    return len(_timeline_items(answer))


def previous_offset(kind: str, answer: dict, offset: int) -> int:
    """Where the page before the one starting at offset starts, for a Previous button without
    a trail (posted before trails existed): pages are cut by size, so they are laid out again
    from the first."""
    start = 0
    while True:
        following = next_offset(render(kind, answer, start, "x"))
        if following is None or following >= offset:
            return start
        start = following


def item_at(kind: str, answer: dict, which: str) -> dict | None:
    """The entry ("e3") or quote ("q0") a feedback menu names, from the saved answer."""
    part, number = which[:1], which[1:]
    if not number.isdigit():
        return None
    lists = {
        ("quote", "q"): "results",
        ("timeline", "e"): "entries",
        ("actor", "e"): "timeline",
        ("actor", "q"): "quotes",
    }
    name = lists.get((kind, part))
    items = answer.get(name) or [] if name else []
    n = int(number)
    return items[n] if n < len(items) else None
