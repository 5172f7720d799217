"""A timeline chart (PNG): how many dated events fall in each month or year.

matplotlib is imported here only, and only when a chart is drawn, so the bot starts fast; the
Agg canvas is used directly (no pyplot), which needs no display and keeps no global state
between listener threads.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Sequence

MIN_ENTRIES = 4  # fewer dated events read better as the list alone
MONTHLY_SPAN = 36  # months; a longer span is drawn per year
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?")


def _parse(value: object) -> tuple[int, int | None] | None:
    match = _DATE.match(str(value or ""))
    if not match:
        return None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) and 1 <= int(match.group(2)) <= 12 else None
    return year, month


def buckets(entries: Sequence[dict]) -> tuple[str, list[tuple[str, int]], int]:
    """(unit, [(label, count)] oldest first with empty buckets kept, entries left out).

    Per month when the dated events span three years or less; a year-only date then has no
    month to go in and is counted as left out rather than placed in January.
    """
    dates = [d for d in (_parse(e.get("date")) for e in entries) if d]
    if not dates:
        return "month", [], 0
    years = [y for y, _ in dates]
    months = [(y, m) for y, m in dates if m is not None]
    span = (max(years) - min(years)) * 12 + 12
    if months and span <= MONTHLY_SPAN:
        counts = Counter(months)
        (y, m), last = min(months), max(months)
        out = []
        while (y, m) <= last:
            out.append((f"{y}-{m:02d}", counts.get((y, m), 0)))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return "month", out, len(dates) - len(months)
    counts_by_year = Counter(years)
    return (
        "year",
        [(str(y), counts_by_year.get(y, 0)) for y in range(min(years), max(years) + 1)],
        0,
    )


def timeline_png(entries: Sequence[dict], title: str) -> bytes | None:
    """The chart as PNG bytes, or None when there are fewer than MIN_ENTRIES dated events."""
    unit, counts, left_out = buckets(entries)
    if sum(c for _, c in counts) + left_out < MIN_ENTRIES or not any(c for _, c in counts):
        return None
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8, 3.2), dpi=120)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    positions = list(range(len(counts)))
    axes.bar(positions, [c for _, c in counts], color="#3b6ea8", width=0.8)
    step = max(1, len(counts) // 12)
    axes.set_xticks(
        positions[::step],
        [label for label, _ in counts][::step],
        rotation=45,
        ha="right",
        fontsize=8,
    )
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.set_ylabel(f"dated events per {unit}")
    axes.set_xlabel(unit)
    axes.set_title(title[:80], fontsize=10)
    axes.spines[["top", "right"]].set_visible(False)
    if left_out:
        axes.text(
            1.0,
            1.02,
            f"{left_out} year-only date{'s' if left_out != 1 else ''} not shown",
            transform=axes.transAxes,
            ha="right",
            fontsize=7,
            color="#666666",
        )
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()


def alt_text(entries: Sequence[dict], title: str) -> str:
    """What the chart shows, in words, for people who cannot see it (Slack's alt text)."""
    unit, counts, left_out = buckets(entries)
    shown = [(label, n) for label, n in counts if n]
    if not shown:
        return f"{title}: no dated events to chart"
    peak = max(shown, key=lambda pair: pair[1])
    total = sum(n for _, n in shown)
    text = (
        f"Bar chart, {title}: {total} dated event{'s' if total != 1 else ''} per {unit} "
        f"from {counts[0][0]} to {counts[-1][0]}; most in {peak[0]} ({peak[1]})"
    )
    if left_out:
        text += f"; {left_out} year-only date{'s' if left_out != 1 else ''} not shown"
    return text[:1000]
