"""Block Kit building blocks: limits, escaping, clipping, verbatim quotes, sections, citations.

Everything that came from an article or a user is untrusted: in mrkdwn it is escaped (& < >)
and sent in verbatim text objects, and verbatim passages go in rich-text quotes, which Slack
never reads as markup (see literal_quote), so an article can never ping @channel or a user,
nor smuggle a link.
Messages stay inside Slack's limits (50 blocks, 3,000 characters a section, about 12,000 in
all) by splitting long text and paging long answers (bot/blocks/paging.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from slack_sdk.models.blocks import (
    ButtonElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

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
FEEDBACK_ACTION = "sitrep_feedback"  # the "⋯" menu of a timeline entry or a quote
RESTORE_ACTION = "sitrep_restore"  # takes feedback back
REMOVE_ACTION = "sitrep_remove"  # on an ingest confirmation
EDIT_ACTION = "sitrep_edit"
EDIT_CALLBACK = "sitrep_edit_article"  # the Edit modal's submission
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


def clip_escaped(raw: str, limit: int) -> str:
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
        f"*{clip_escaped(str(article.get('title') or 'Untitled'), 300)}*",
        clip_escaped(str(article.get("source") or "outlet unknown"), 120),
        human_date(article.get("published")),
    ]
    origin = str(article.get("origin") or "")
    if _SAFE_URL.match(origin) and len(origin) <= 500:
        parts.append(f"<{origin}|source>")
    elif origin:
        parts.append(clip_escaped(origin, 200))
    line = " · ".join(parts) + extra
    return line if len(line) <= CONTEXT_CHARS else line[: CONTEXT_CHARS - 1] + "…"


def mention(user: str) -> str:
    """A Slack user id as a mention; anything else (never sent raw) as "someone"."""
    return f"<@{user}>" if _USER_ID.match(user) else "someone"


def maker(who: str) -> str:
    """A Slack user as a mention; a terminal user by name."""
    return mention(who) if _USER_ID.match(who) else clip_escaped(who, 60)


def plural(n: int, singular: str, plural_form: str | None = None) -> str:
    """'1 passage', '2 passages', '0 passages'."""
    return f"{n} {singular if n == 1 else (plural_form or singular + 's')}"


def notice(text: str) -> Message:
    """A one-line message whose text is ours (already safe mrkdwn)."""
    return Message(text, [section(text)])


def finish(text: str, blocks: list[dict], limit: int = MAX_BLOCKS) -> Message:
    assert len(blocks) <= limit, "renderer exceeded the block limit"
    assert block_chars(blocks) <= TOTAL_CHARS, "renderer exceeded the text limit"
    return Message(clip(text, 3000), blocks)


def actions_block(elements: list[dict], block_id: str | None = None) -> dict:
    block: dict = {"type": "actions", "elements": elements}
    if block_id:
        block["block_id"] = block_id
    return block
