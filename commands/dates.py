"""Run the temporal tagger on one text: every date expression, normalised against the
publication date when one is given (relative ones stay unresolved otherwise).

Usage: dates PATH [--published YYYY-MM-DD]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class DatesAnswer:
    published: str | None
    dates: list[Any]  # text.dates.DateMention

    def to_json(self) -> dict[str, object]:
        return {
            "published": self.published,
            "dates": [
                {"text": d.text, "start": d.start, "end": d.end, "value": d.value, "how": d.how}
                for d in self.dates
            ],
        }


def run(text: str, published: str | None = None) -> DatesAnswer:
    from text.dates import tag_dates

    return DatesAnswer(published, tag_dates(text, published))
