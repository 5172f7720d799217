"""What watching a subject needs besides the commands `watch` and `unwatch`: reading the
channel's time and time zone, the channel's day and its next briefing time, and the one key of
a subject watched, whatever spelling named it. The scheduler (bot/scheduler.py) reads the same."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from commands import subjects
from store import watches
from text.tokens import fold

DEFAULT_AT = 8 * 60  # 08:00
DEFAULT_TZ = "UTC"
MAX_WATCHES = 100  # per channel: each costs a briefing a day
_AT = re.compile(r"([01]?\d|2[0-3])[:.h]?([0-5]\d)?")


class WatchError(ValueError):
    """What is wrong with a watch request, in one line."""


def parse_at(text: str | None) -> int:
    """`08:00`, `8:30`, `0800`, `8h`, `18` -> minutes after midnight."""
    if not text:
        return DEFAULT_AT
    found = _AT.fullmatch(text.strip().lower())
    if found is None:
        raise WatchError(f"at: {text!r} is not a time of day; give HH:MM, such as 08:00")
    return int(found.group(1)) * 60 + int(found.group(2) or 0)


def parse_tz(text: str | None) -> str:
    """An IANA time zone name, checked; UTC when not given."""
    name = (text or DEFAULT_TZ).strip()
    if name.upper() in ("UTC", "GMT", "Z"):
        return "UTC"
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise WatchError(
            f"tz: {name!r} is not a time zone; give a name such as Europe/London or Asia/Beirut"
        ) from None
    return name


def local_day(now: float, tz: str) -> date:
    return datetime.fromtimestamp(now, ZoneInfo(tz)).date()


def next_daily(now: float, at_minute: int, tz: str) -> float:
    """The first moment after now when the channel's clock reads at_minute (a day without
    that time, at a daylight-saving change, takes the next that has it)."""
    zone = ZoneInfo(tz)
    day = datetime.fromtimestamp(now, zone).date()
    for ahead in range(3):
        moment = datetime.combine(day + timedelta(days=ahead), datetime.min.time(), zone)
        moment += timedelta(minutes=at_minute)
        stamp = moment.astimezone(UTC).timestamp()
        if stamp > now:
            return stamp
    raise AssertionError("a day always has the time within three days")


def subject_key(subject: subjects.Subject) -> str:
    """One watch per subject and channel, whatever spelling named it."""
    return subject.key or fold(subject.name).lower()


def describe(watch: watches.Watch) -> str:
    """`Raqqa, daily at 08:00 UTC`."""
    return f"{watch.subject}, daily at {watch.at_text} {watch.tz}"
