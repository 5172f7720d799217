"""Checks of arguments that users type, shared by the commands and their front ends."""

from __future__ import annotations

import datetime as dt
import re

_ISO_PREFIX = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def iso_date(value: str | None) -> str | None:
    """A calendar date at the precision given (YYYY, YYYY-MM or YYYY-MM-DD), or ValueError."""
    if value is None:
        return None
    value = value.strip()
    match = _ISO_PREFIX.match(value)
    try:
        if not match:
            raise ValueError
        year, month, day = (int(g) if g else 1 for g in match.groups())
        dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"not a date: {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return value
