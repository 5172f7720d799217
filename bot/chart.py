"""A timeline chart (PNG): how many dated events fall in each week, month or year, with a
title, labelled axes and alt text that says the same in words.

matplotlib is imported here only, and only when a chart is drawn, so the bot starts fast; the
Agg canvas is used directly (no pyplot), which needs no display and keeps no global state
between listener threads.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import Counter
from collections.abc import Sequence

MIN_ENTRIES = 4  # fewer dated events read better as the list alone
WEEKLY_SPAN = 120  # days; dated events closer together than this are drawn per week
MONTHLY_SPAN = 36  # months; a longer span is drawn per year
AXIS_LABELS = {"week": "week starting (Monday)", "month": "month", "year": "year"}
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})\b")  # "2017-W31", "2017-W31-WE"


def _parse(value: object) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) at the precision the date has; a week ("2017-W31") is drawn on its
    Monday, the day that labels its bar, rather than left out as a bare year."""
    week = _WEEK.match(str(value or ""))
    if week:
        try:
            monday = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        except ValueError:
            return None
        return monday.year, monday.month, monday.day
    match = _DATE.match(str(value or ""))
    if not match:
        return None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) and 1 <= int(match.group(2)) <= 12 else None
    day = None
    if month and match.group(3):
        try:
            day = dt.date(year, month, int(match.group(3))).day
        except ValueError:
            day = None
    return year, month, day


def _weekly(days: list[dt.date]) -> list[tuple[str, int]]:
    """Counts per week, each labelled with its Monday, empty weeks kept."""
    counts = Counter(d - dt.timedelta(days=d.weekday()) for d in days)
    week, last = min(counts), max(counts)
    out = []
    while week <= last:
        out.append((week.isoformat(), counts.get(week, 0)))
        week += dt.timedelta(days=7)
    return out


def buckets(entries: Sequence[dict]) -> tuple[str, list[tuple[str, int]], int]:
    """(unit, [(label, count)] oldest first with empty buckets kept, entries left out).

    The bucket follows the span of the dates: per week when the dated events fall within
    WEEKLY_SPAN days (and most have a day), per month within three years, else per year. A
    date less precise than the bucket (a month in a weekly chart, a year in a monthly one) has
    no bucket to go in and is counted as left out rather than placed at the period's start.
    """
    dates = [d for d in (_parse(e.get("date")) for e in entries) if d]
    if not dates:
        return "month", [], 0
    years = [y for y, _, _ in dates]
    months = [(y, m) for y, m, _ in dates if m is not None]
    days = [dt.date(y, m, d) for y, m, d in dates if m is not None and d is not None]
    if (
        len(days) >= MIN_ENTRIES
        and len(days) * 2 > len(dates)
        and (max(days) - min(days)).days <= WEEKLY_SPAN
        and all(min(days).replace(day=1) <= dt.date(y, m, 1) <= max(days) for y, m in months)
    ):
        return "week", _weekly(days), len(dates) - len(days)
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


def drawable(entries: Sequence[dict]) -> bool:
    """Whether timeline_png makes a chart of these entries (MIN_ENTRIES dated events, some in
    a bucket), known without drawing it: a public answer is posted so that its chart can
    follow in its thread only when there will be one."""
    _, counts, left_out = buckets(entries)
    return sum(c for _, c in counts) + left_out >= MIN_ENTRIES and any(c for _, c in counts)


def timeline_png(entries: Sequence[dict], title: str) -> bytes | None:
    """The chart as PNG bytes, or None when there are fewer than MIN_ENTRIES dated events."""
    if not drawable(entries):
        return None
    unit, counts, left_out = buckets(entries)
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
    axes.set_xlabel(AXIS_LABELS[unit])
    axes.set_title(f"{title[:80]}: dated events per {unit}", fontsize=10)
    axes.spines[["top", "right"]].set_visible(False)
    if left_out:
        axes.text(
            1.0,
            1.02,
            _left_out_text(unit, left_out),
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
    week = "the week of " if unit == "week" else ""
    text = (
        f"Bar chart, {title}: {total} dated event{'s' if total != 1 else ''} per {unit} "
        f"from {week}{counts[0][0]} to {week}{counts[-1][0]}; most in {week}{peak[0]} "
        f"({peak[1]})"
    )
    if left_out:
        text += f"; {_left_out_text(unit, left_out)}"
    return text[:1000]


def _left_out_text(unit: str, left_out: int) -> str:
    which = "month- or year-only" if unit == "week" else "year-only"
    return f"{left_out} {which} date{'s' if left_out != 1 else ''} not shown"
