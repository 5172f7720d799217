"""Answer items and pages: a quote, a dated entry or a mention as blocks, pages cut to fit
Slack's limits, the Previous / More / Share buttons, and each item's feedback menu.

A button's value names a page of a saved answer: `answer id:offset:trail`, where trail is the
starts of the pages before it (comma-separated), so Previous goes straight back instead of
laying out every page again to find where the one before began. Values without a trail
(buttons posted before trails existed) still work: the page before is then worked out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from slack_sdk.models.blocks import ActionsBlock

from bot import labels
from bot.blocks.disagreements import disagreement_blocks
from bot.blocks.kit import (
    FEEDBACK_ACTION,
    ITEM_CHARS,
    MAX_BLOCKS,
    MORE_ACTION,
    PAGE_BLOCKS,
    PAGE_CHARS,
    PREVIOUS_ACTION,
    SHARE_ACTION,
    Message,
    block_chars,
    button,
    citation,
    clip,
    clip_escaped,
    context,
    escape,
    human_date,
    literal_quote,
    mention,
    section,
)

MAX_TRAIL = 300  # characters of page starts kept in a button value (Slack allows 2,000)


@dataclass(frozen=True)
class Item:
    group: str  # heading shown before the first item of its group on a page
    blocks: list[dict]


@dataclass(frozen=True)
class PageRef:
    """A page of a saved answer, as a button value carries it."""

    answer_id: str
    offset: int
    trail: tuple[int, ...] | None  # starts of the pages before; None when not known

    def value(self) -> str:
        trail = ",".join(map(str, self.trail or ()))
        while len(trail) > MAX_TRAIL:  # the oldest starts go; Previous lays those out again
            trail = trail.partition(",")[2]
        return f"{self.answer_id}:{self.offset}:{trail}"

    @staticmethod
    def parse(value: str) -> PageRef | None:
        parts = value.split(":")
        if len(parts) not in (2, 3) or not parts[0] or not parts[1].isdigit():
            return None
        if len(parts) == 2:
            return PageRef(parts[0], int(parts[1]), None)
        starts = [s for s in parts[2].split(",") if s]
        if not all(s.isdigit() for s in starts):
            return None
        return PageRef(parts[0], int(parts[1]), tuple(int(s) for s in starts))


def feedback_menu(value: str) -> dict:
    """ "⋯" with the three kinds of feedback; value is 'answer id:item' (renderers._menu).
    Plain dicts, not slack_sdk's models: every item of an answer gets one, and the models'
    validation made rendering a 20-quote answer twice as slow."""
    return {
        "type": "overflow",
        "action_id": FEEDBACK_ACTION,
        "options": [
            {
                "text": {"type": "plain_text", "text": labels.verdict(v), "emoji": False},
                "value": f"{v}|{value}",
            }
            for v in labels.VERDICTS
        ],
    }


def quote_item(result: dict, group: str = "", feedback: str | None = None) -> Item:
    text = str(result.get("text") or "")
    body = literal_quote(text if len(text) <= ITEM_CHARS else clip(text, ITEM_CHARS) + " [cut]")
    explanation = str(result.get("explanation") or "")
    why = f" · _{clip_escaped(explanation, 300)}_" if explanation else ""
    blocks = [body, context(citation(result.get("article"), why))]
    if feedback is not None:
        blocks.append({"type": "actions", "elements": [feedback_menu(feedback)]})
    return Item(group, blocks)


def entry_item(entry: dict, group: str = "", feedback: str | None = None) -> Item:
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
    head = section(when)
    if feedback is not None:
        head["accessory"] = feedback_menu(feedback)
    body = [head]
    if entry.get("context"):  # the sentence before, which the text leans on
        body.append(context(f"_After:_ {clip_escaped(str(entry['context']), 600)}"))
    body.append(literal_quote(clip(str(entry.get("text") or ""), ITEM_CHARS)))
    sources = entry.get("sources") or []
    first = sources[0].get("article") if sources else None
    more = (
        f" · and {len(sources) - 1} more source{'s' if len(sources) > 2 else ''}"
        if len(sources) > 1
        else ""
    )
    return Item(group, [*body, context(citation(first, more)), *disagreement_blocks(entry)])


def undated_item(mention: dict) -> Item:
    text = str(mention.get("text") or "")
    sources = mention.get("sources") or []
    first = sources[0].get("article") if sources else None
    return Item(
        "*Mentioned without a date that can be resolved*",
        [literal_quote(clip(text, ITEM_CHARS)), context(citation(first))],
    )


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


def more_button(
    answer_id: str | None,
    next_offset: int,
    total: int,
    offset: int = 0,
    trail: tuple[int, ...] | None = (),
) -> list[dict]:
    """Previous (from the second page on) and More (while items are left). trail is the
    starts of the pages before this one, when known."""
    if answer_id is None:
        return []
    elements = []
    if offset > 0:
        if trail:
            back = PageRef(answer_id, trail[-1], trail[:-1]).value()
        else:  # the old form: this page's start, the page before it worked out on click
            back = f"{answer_id}:{offset}"
        elements.append(button("Previous", PREVIOUS_ACTION, back))
    if next_offset < total:
        forward = PageRef(
            answer_id, next_offset, (*(trail or ()), offset) if trail or offset == 0 else None
        )
        elements.append(button(f"More ({total - next_offset} left)", MORE_ACTION, forward.value()))
    return [ActionsBlock(block_id="sitrep_paging", elements=elements).to_dict()] if elements else []


def with_share(message: Message, page: PageRef) -> Message:
    """A private answer (or page) with a "Share to channel" button beside the paging ones."""
    share = button("Share to channel", SHARE_ACTION, page.value()).to_dict()
    blocks = list(message.blocks)
    for i, block in enumerate(blocks):
        if block.get("type") == "actions" and block.get("block_id") == "sitrep_paging":
            blocks[i] = {**block, "elements": [*block["elements"], share]}
            return Message(message.text, blocks)
    if len(blocks) < MAX_BLOCKS:
        blocks.append({"type": "actions", "block_id": "sitrep_paging", "elements": [share]})
    return Message(message.text, blocks)


def shared_by(message: Message, user: str) -> Message:
    """The answer as posted to the channel by someone who shared it: "Shared by @name"."""
    who = mention(user)
    line = context(f"Shared by {who}")
    blocks = list(message.blocks)
    if len(blocks) < MAX_BLOCKS:
        blocks.insert(0, line)
    return Message(f"{message.text} (shared by {who})", blocks)


def asked_by(message: Message, user: str, command: str) -> Message:
    """A public answer the bot posts itself (with chat.postMessage, so that its chart can go
    in its thread): Slack then shows no "/timeline Raqqa" above it, so it says who asked what."""
    said = clip_escaped(command.replace("`", "'"), 200)  # a backtick would end the code span
    line = context(f"{mention(user)} asked `{said}`")
    blocks = list(message.blocks)
    if len(blocks) < MAX_BLOCKS:
        blocks.insert(0, line)
    return Message(message.text, blocks)


def with_footnote(message: Message, mrkdwn: str) -> Message:
    """The message with a context line at its end (our own, already safe text)."""
    if len(message.blocks) >= MAX_BLOCKS:
        return message
    return Message(message.text, [*message.blocks, context(mrkdwn)])


def _paging_values(message: Message, action: str) -> list[str]:
    return [
        str(element.get("value") or "")
        for block in message.blocks
        if block.get("type") == "actions"
        for element in block.get("elements", [])
        if element.get("action_id") == action
    ]


def next_offset(message: Message) -> int | None:
    """Where the page after this one starts (from its More button), None on the last page."""
    for value in _paging_values(message, MORE_ACTION):
        page = PageRef.parse(value)
        if page is not None:
            return page.offset
    return None


def has_more(message: Message) -> bool:
    return bool(_paging_values(message, MORE_ACTION))
