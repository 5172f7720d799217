"""Reports that differ under a timeline or profile entry: one line with each claim and its
outlet and how many independent sources stand behind them, then each claim's sentence."""

from __future__ import annotations

from bot.blocks.kit import clip, clip_escaped, context, escape

SENTENCE_CHARS = 280  # each claim's sentence, clipped: the entry's own text is above it
MRKDWN_CHARS = 2900  # a context element holds at most 3,000 characters


def disagreement_blocks(entry: dict) -> list[dict]:
    """Context blocks for the entry's "disagreements" (none when reports agree)."""
    blocks = []
    for d in entry.get("disagreements") or []:
        counts = (
            f"{d['reports']} report{'s' if d['reports'] != 1 else ''}, "
            f"{d['independent_sources']} independent source"
            f"{'s' if d['independent_sources'] != 1 else ''}"
        )
        line = f":warning: *Reports differ:* {escape(clip(d['summary'], 600))} _({counts})_"
        lines = [line] + [
            f"{escape(clip(c['outlet'], 60))}: “{clip_escaped(c['sentence'], SENTENCE_CHARS)}”"
            for c in d.get("claims") or []
        ]
        blocks.append(context(clip("\n".join(lines), MRKDWN_CHARS)))
    return blocks
