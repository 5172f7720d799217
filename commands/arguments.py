"""Checks of arguments that users type, shared by the commands and their front ends."""

from __future__ import annotations

import re

from text.timex import Timex

_CALENDAR_PREFIX = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def iso_date(value: str | None) -> str | None:
    """A calendar date at the precision given (YYYY, YYYY-MM or YYYY-MM-DD), or ValueError."""
    if value is None:
        return None
    value = value.strip()
    if not _CALENDAR_PREFIX.fullmatch(value) or Timex.parse(value) is None:
        raise ValueError(f"not a date: {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    return value
