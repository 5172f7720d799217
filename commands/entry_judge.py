"""Whether a report a timeline would show is likely one a reader keeps: a real event about the
subject, its date right, readable alone. A logistic model over shapes of the report's sentence,
its date and the other reports of its date; none of its features is a word of one subject.

The weights are data, in entry_judge.json beside this module, written by
bench/timeline_judge_fit.py from the entry audit's verdicts (bench/timeline_audit.json) of the
subjects no audit holds out, the threshold chosen by their leave-one-subject-out scores. Why a
learned judge after the entry rules: six sets of rules written from the failures of subjects
read one by one did not move the subjects held out from them, and the judge, fixed before a
seventh set was read, showed more entries that pass there (docs/QUALITY.md, "Timeline entries
(audit)")."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from commands.reported_dates import jaccard
from commands.timeline_reports import days_between, refers_back, section_words
from text.data import json_file

FEATURES = (
    "named",
    "named_first",
    "scoped",
    "leans",
    "names",
    "words",
    "long",
    "number",
    "says",
    "quote",
    "reports",
    "articles",
    "like",
    "relative",
    "day",
    "distance",
    "ahead",
    "same_clause",
    "apart",
)
LONG_WORDS = 50  # as timeline_entries.LONG_SENTENCE: two sentences run together by the page
_CAPITAL = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+")
_NUMBER = re.compile(r"\b\d+\b(?![:./-]\d)")
_QUOTE = re.compile(r"[\"“”]")
_CLAUSE_STOP = re.compile(
    r"[,;:]|\s[-\u2013\u2014]+\s|\b(?:who|which|that|after|before|when|while|because)\b"
)


@cache
def _says() -> re.Pattern[str]:
    """A reporting verb ([reporting verbs] of timeline_entries.txt)."""
    return re.compile(rf"\b(?:{section_words('reporting verbs')})\b")


@dataclass(frozen=True)
class Report:
    """What the judge reads of one report: its sentence and date, and where it stands among the
    reports of its date."""

    text: str  # the sentence, its whitespace made single spaces
    date: str
    date_how: str
    published: str | None
    level: int  # 0: the sentence names the subject; 1: carried to it; 2: an article about it
    named_at: int  # where the sentence first names the subject (-1: nowhere)
    reports: int  # reports of the date in the subject's scope
    articles: int  # articles among the date's reports read
    like: float  # mean term overlap with the date's reports of other articles
    date_text: str = ""  # the words the date was read from
    # the subject's spellings (None: it has none), for candidate features read by bench scripts
    # (bench/timeline_judge_sets.py); the judge's own features do not read it
    spelled: re.Pattern[str] | None = None

    @property
    def mentions(self) -> tuple[tuple[int, int], ...]:
        """Every span naming the subject in text: searched only when a candidate feature reads
        it, so the timeline pays nothing for it."""
        return tuple(m.span() for m in self.spelled.finditer(self.text)) if self.spelled else ()


def _name_to_date(text: str, named_at: int, said: str) -> tuple[int, int] | None:
    """From the subject's name to the date's words, whichever comes first (None when either
    is not in the sentence)."""
    at = text.find(said) if said else -1
    if named_at < 0 or at < 0:
        return None
    return min(named_at, at), max(named_at, at)


def same_clause(text: str, named_at: int, said: str) -> bool:
    """The subject is named in the clause that says the date (no comma, dash or clause word
    between them)."""
    span = _name_to_date(text, named_at, said)
    return span is not None and _CLAUSE_STOP.search(text, span[0] + 1, span[1]) is None


def apart(text: str, named_at: int, said: str) -> int:
    """Words between the subject's name and the date's words (the sentence's length when
    either is not found)."""
    span = _name_to_date(text, named_at, said)
    return len((text if span is None else text[span[0] : span[1]]).split())


def likeness(own: set[str], others: Sequence[set[str]]) -> float:
    """Mean term overlap of a report's words with those of the other articles' reports of its
    date (0 when it is the date's only article's)."""
    return likeness_of([jaccard(own, o) for o in others])


def likeness_of(overlaps: Sequence[float]) -> float:
    """The likeness of a report from its overlaps with each other article's report, in the
    reports' order."""
    return sum(overlaps) / len(overlaps) if overlaps else 0.0


# Features that cost the most to read (the likeness reads every other report's terms, and
# whether the sentence leans on the one before runs a dozen patterns), each within [0, 1]: the
# judge reads them only when the others leave its answer open (Judge.refuses).
COSTLY = ("like", "leans")


def features(report: Report, costly: bool = True) -> dict[str, float]:
    """The features of a report; without the COSTLY ones unless costly."""
    text = report.text
    words = text.split()
    first_comma = text.find(",")
    named = report.named_at >= 0
    gap = days_between(report.published, report.date) if len(report.date) >= 10 else None
    capitals = [m.group(0) for m in _CAPITAL.finditer(text) if m.start() > 0]
    values = {
        "named": float(named),
        "named_first": float(named and (first_comma < 0 or report.named_at < first_comma)),
        "scoped": float(report.level > 0),
        "names": math.log1p(len(capitals)),
        "words": math.log1p(len(words)),
        "long": float(len(words) > LONG_WORDS),
        "number": float(_NUMBER.search(text) is not None),
        "says": float(_says().search(text) is not None),
        "quote": float(_QUOTE.search(text) is not None),
        "reports": math.log1p(report.reports),
        "articles": math.log1p(report.articles),
        "relative": float(report.date_how == "relative"),
        "day": float(len(report.date) >= 10),
        "distance": math.log1p(abs(gap)) if gap is not None else math.log1p(365),
        "ahead": float(gap is not None and gap > 1),
        "same_clause": float(same_clause(text, report.named_at, report.date_text)),
        "apart": math.log1p(apart(text, report.named_at, report.date_text)),
    }
    if costly:
        values["like"] = report.like
        values["leans"] = float(refers_back(text))
    return values


@dataclass(frozen=True)
class Judge:
    weights: dict[str, float]
    bias: float
    threshold: float  # a report scored below it is refused

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Judge:
        weights = {f: float(data["weights"][f]) for f in FEATURES}
        return cls(weights, float(data["bias"]), float(data["threshold"]))

    def probability(self, report: Report) -> float:
        values = features(report)
        z = self.bias + sum(self.weights[f] * values[f] for f in FEATURES)
        return 1 / (1 + math.exp(-z))

    def refuses(self, report: Report, like: Callable[[], float] | None = None) -> bool:
        """Whether the report scores below the threshold; like, when given, computes the
        report's likeness (its report.like is then not read), and it and the other COSTLY
        features are read only when the rest leave the answer open: the answer is the same."""
        values = features(report, costly=False)
        z = self.bias + sum(self.weights[f] * values[f] for f in FEATURES if f in values)
        cut = math.log(self.threshold / (1 - self.threshold))  # z below it: refused
        if z + sum(max(0.0, self.weights[f]) for f in COSTLY) < cut:
            return True
        if z + sum(min(0.0, self.weights[f]) for f in COSTLY) >= cut:
            return False
        z += self.weights["like"] * (like() if like is not None else report.like)
        z += self.weights["leans"] * float(refers_back(report.text))
        return z < cut


@cache
def shipped() -> Judge:
    return Judge.from_json(json_file("commands", "entry_judge.json"))
