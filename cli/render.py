"""Terminal renderings of command results (the JSON renderings live on the results)."""

from __future__ import annotations

import sys
import textwrap

from text import timex

BOLD_YELLOW = "\033[1;33m"
DIM = "\033[2m"
RESET = "\033[0m"


def fail(message: str) -> int:
    """A one-line error on standard error, as argparse words its own; the exit status 1."""
    print(f"sitrep: error: {message}", file=sys.stderr)
    return 1


def outcome(result, as_json: bool, print_json, text: str | None = None) -> int:
    """A change's result: its JSON, else its message (or text); the exit status 0."""
    if as_json:
        print_json(result.to_json())
    else:
        print(result.message if text is None else text)
    return 0


def human_date(value: str | None) -> str:
    """'2017-08-07' -> '7 Aug 2017', '2017-07' -> 'Jul 2017' (see text.timex.label)."""
    return timex.label(value)


def highlight(text: str, spans, color: bool) -> str:
    if not color or not spans:
        return text
    out, cursor = [], 0
    for start, end in spans:
        out += [text[cursor:start], BOLD_YELLOW, text[start:end], RESET]
        cursor = end
    out.append(text[cursor:])
    return "".join(out)


def citation_line(article, color: bool) -> str:
    parts = [article.title]
    if article.source:
        parts.append(article.source)
    parts.append(human_date(article.published))
    parts.append(article.origin)
    line = " — ".join(parts)
    return f"{DIM}{line}{RESET}" if color else line


def disagreement_lines(entry) -> list[str]:
    """Reports that differ under an entry: each claim with its outlet, then its sentence."""
    lines = []
    for d in getattr(entry, "disagreements", None) or []:
        lines.append(f"   ! reports differ: {d.summary()} ({d.counts()})")
        for claim in d.claims:
            lines.append(
                textwrap.fill(
                    f"{claim.outlet}: “{' '.join(claim.sentence.split())}”",
                    width=96,
                    initial_indent="       ",
                    subsequent_indent="         ",
                )
            )
    return lines


def quote_answer(answer, color: bool) -> str:
    if not answer.results:
        return answer.message or "no passage matches"
    blocks = []
    for n, q in enumerate(answer.results, start=1):
        if color:
            # Highlight offsets index the verbatim text; a terminal wraps long lines itself.
            body = "   " + highlight(q.text, q.highlights, True).replace("\n", " ")
        else:
            body = textwrap.fill(
                " ".join(q.text.split()), width=96, initial_indent="   ", subsequent_indent="   "
            )
        block = f"{n}. {citation_line(q.article, color)}\n{body}"
        if q.explanation:  # the passage was found through other words than those typed
            note = f"   ({q.explanation})"
            block += "\n" + (f"{DIM}{note}{RESET}" if color else note)
        blocks.append(block)
    return "\n\n".join(blocks)


def ingest_result(result) -> str:
    lines = []
    for a in result.articles:
        when = f"{human_date(a.published)}" + (f" ({a.published_how})" if a.published else "")
        head = f"#{a.id} {a.title}"
        if a.duplicate_of is not None and a.duplicate_of == a.id:
            lines.append(f"{head}: already stored")
        elif a.duplicate_of is not None:
            lines.append(f"{head}: near duplicate of #{a.duplicate_of}, kept but not indexed again")
        else:
            lines.append(
                f"{head} — {a.source or 'source unknown'}, {when} — "
                f"{a.passages} passages, {a.actors} actors, {a.events} dated events"
            )
    return "\n".join(lines)
