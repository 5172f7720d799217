"""The entry judge fitted leaving one set out, in the timeline: does a judge fitted on the other
sets' verdicts show more entries that pass on a set it never saw than the rules alone?

Usage: .venv/bin/python bench/timeline_judge_sets.py [--extra quoted,plan,aside] [--list]

The sets: each unseen set's dev subjects (bench/timeline_audit.json, each chosen and read at its
own commit) and the subjects of the first audits (the five of bench/timeline_audit.py and the
cities of bench/timeline_audit_models.py) as one more. For each set, the judge is fitted
(bench/timeline_judge_fit.py: the same samples, the same logistic model, the threshold of the
weights the timeline reads) on the other sets' reports only, and `timeline SUBJECT --limit 10`
of the set's dev subjects runs with it on the conflict store (bench/out/conflict-new.db), in one
process; beside it the rules alone (no judge) and the shipped judge (commands/entry_judge.json,
fitted on sets it is scored on, so in-sample but for the sets read after it). Each column counts
the entries that pass (a real event about the subject, its date right, readable alone) by the
verdicts; entries with no verdict are counted apart, and --list prints them whole, to be judged.
Held-out subjects are never run.

Why entries and not only reports: bench/timeline_judge_fit.py --by-set scores the judge on
reports as if each were its date's only one, but in the timeline a refused report gives way to
the next report of its date or to the next date, which that score cannot see.

--extra adds candidate features to the judge (fitted and run with them), each a shape of the
sentence, not a word of a subject: "quoted" (the subject is first named inside quotation marks)
and "plan" (the sentence holds a word of a plan or a forecast, bench/timeline_judge_candidates.txt),
and "aside" (the subject named only aside: in a clause the date's words lie outside, or as where
another named place lies, bench/timeline_judge_role.py). All three were tried and not kept
(docs/QUALITY.md, "Timeline entries (audit)").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import timeline_judge_role  # noqa: E402
from bench.common import ROOT  # noqa: E402
from bench.conflict_run import audit_entries  # noqa: E402
from bench.timeline_audit import VERDICTS, key  # noqa: E402
from bench.timeline_judge_fit import (  # noqa: E402
    STORE,
    fitted,
    held_out_subjects,
    samples_of,
    set_of,
)
from commands import entry_judge  # noqa: E402

LIMIT = 10
CANDIDATES = ROOT / "bench" / "timeline_judge_candidates.txt"
_QUOTE = re.compile(r"[\"“”]")


@cache
def _plan() -> re.Pattern[str]:
    lines = CANDIDATES.read_text(encoding="utf-8").splitlines()
    words = sorted((w.strip() for w in lines if w.strip() and not w.startswith("#")), key=len)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in reversed(words))
    return re.compile(rf"\b(?:{alternation})\b")


def quoted(report: entry_judge.Report) -> float:
    """The subject is first named inside quotation marks (an odd number of them before it)."""
    at = report.named_at
    return float(at >= 0 and len(_QUOTE.findall(report.text[:at])) % 2 == 1)


def plan(report: entry_judge.Report) -> float:
    """The sentence holds a word of a plan or a forecast ("is expected to", "will")."""
    return float(_plan().search(report.text) is not None)


def aside(report: entry_judge.Report) -> float:
    """Every mention of the subject is named aside (bench/timeline_judge_role.py): in a
    subordinate or relative clause the date's words lie outside, or as where another named place
    lies."""
    return float(timeline_judge_role.aside(report.text, report.mentions, report.date_text))


EXTRA: dict[str, Callable[[entry_judge.Report], float]] = {
    "quoted": quoted,
    "plan": plan,
    "aside": aside,
}


def with_extra(names: list[str]) -> None:
    """Make the judge read the candidate features too (for this process only)."""
    base, base_names = entry_judge.features, entry_judge.FEATURES

    def features(report: entry_judge.Report, costly: bool = True) -> dict[str, float]:
        values = base(report, costly)
        values.update({n: EXTRA[n](report) for n in names})
        return values

    entry_judge.features = features  # type: ignore[assignment]
    entry_judge.FEATURES = (*base_names, *names)  # type: ignore[misc]


def entries_of(db, subject: str, judge: entry_judge.Judge | None) -> list[dict]:  # noqa: ANN001
    from commands import timeline

    shipped = entry_judge.shipped
    entry_judge.shipped = lambda: judge  # type: ignore[assignment,return-value]
    try:
        answer = timeline.run(db, subject, limit=LIMIT)
    finally:
        entry_judge.shipped = shipped
    return audit_entries(answer.to_json() if answer else {})


def main() -> None:
    from store.db import connect

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extra", default="", help="candidate features, comma-separated")
    parser.add_argument("--list", action="store_true", help="print entries with no verdict")
    args = parser.parse_args()
    extra = [n for n in args.extra.split(",") if n]
    audit = json.loads(VERDICTS.read_text(encoding="utf-8"))
    verdicts = audit["verdicts"]
    held = held_out_subjects(audit)
    by_subject: dict[str, dict[str, dict]] = {}
    for k, v in verdicts.items():
        if k.split("|")[0] not in held:
            by_subject.setdefault(k.split("|")[0], {})[k] = v
    db = connect(STORE)
    funcs = [EXTRA[n] for n in extra]
    samples = [
        s for name, vs in sorted(by_subject.items()) for s in samples_of(db, name, vs, funcs)
    ]
    shipped = entry_judge.shipped()
    with_extra(extra)
    names = (*entry_judge.FEATURES,)
    groups = [set_of(audit, s["subject"]) for s in samples]
    x = np.array([s["x"] for s in samples], dtype=float)
    y = np.array([s["y"] for s in samples], dtype=float)
    columns = ("rules", "judge fitted on the other sets", "shipped judge")
    found: dict[str, dict[str, list[dict]]] = {c: {} for c in columns}
    subjects_of: dict[str, list[str]] = {}
    for group in sorted(set(groups), key=lambda g: (g != "audits", g)):
        left_out = np.array([g == group for g in groups])
        weights, bias = fitted(x[~left_out], y[~left_out])
        judge = entry_judge.Judge(
            dict(zip(names, (float(w) for w in weights), strict=True)), bias, shipped.threshold
        )
        subjects_of[group] = [s for s in sorted(by_subject) if set_of(audit, s) == group]
        for subject in subjects_of[group]:
            found["rules"][subject] = entries_of(db, subject, None)
            found[columns[1]][subject] = entries_of(db, subject, judge)
    entry_judge.FEATURES = names[: len(names) - len(extra)]  # type: ignore[misc]
    for subject in found["rules"]:
        found[columns[2]][subject] = entries_of(db, subject, shipped)
    listed: set[str] = set()
    print(f"candidate features: {', '.join(extra) or 'none'}; {len(samples)} reports")
    print("| set | " + " | ".join(columns) + " |")
    print("|---|" + "---:|" * len(columns))
    for group in [*subjects_of, "all"]:
        chosen = [s for g, ss in subjects_of.items() if group in ("all", g) for s in ss]
        cells = []
        for column in columns:
            shown = [key(s, e) for s in chosen for e in found[column][s]]
            good = sum(1 for k in shown if k in verdicts and _passes(verdicts[k]))
            unjudged = sum(1 for k in shown if k not in verdicts)
            unsaid = f" ({unjudged} unjudged)" if unjudged else ""
            cells.append(f"{good} of {len(shown)}{unsaid}")
        print(f"| {group} | " + " | ".join(cells) + " |")
    if args.list:
        for column in columns:
            for subject, entries in found[column].items():
                for e in entries:
                    k = key(subject, e)
                    if k not in verdicts and k not in listed:
                        listed.add(k)
                        print(json.dumps({"key": k, "shown by": column, **e}, ensure_ascii=False))


def _passes(verdict: dict) -> bool:
    return bool(verdict["event"] and verdict["date"] and verdict["readable"])


if __name__ == "__main__":
    main()
