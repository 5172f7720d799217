"""An entry judge learned from the entry audit's verdicts (a logistic model over an entry's
sentence, its date and the other reports of its date), scored leave-one-subject-out against
the entry rules on the same entries.

Usage: .venv/bin/python bench/timeline_judge_fit.py [--held-out-totals] [--samples FILE]
           [--without SET] [--shipped] [--by-set] [--write | --write-weights FILE]

Each verdict of bench/timeline_audit.json is found again as a report of the conflict store
(bench/out/conflict-new.db: the subject's report of the verdict's date, article and first 60
characters), and its features are computed as the timeline would (the date's first PER_DATE
reports in the subject's scope for its likeness and counts). Its label: the entry passes (a
real event about the subject, its date right, readable alone). The rules' answer: whether
commands/timeline_entries.dated_entries tells that report when it is its date's only one.

Only the subjects no audit holds out are used (the dev subjects of the unseen sets, the five of
bench/timeline_audit.py and the cities of bench/timeline_audit_models.py); the held-out
subjects' verdicts are never read here. Each subject is scored by a model fitted on the others
(leave-one-subject-out): precision and recall of "passes" for the rules, the judge, and both.
The thresholds are chosen by the LOSO scores. --held-out-totals then scores the rules and the
judge fitted on every dev subject on the held-out subjects' verdicts, as totals only.
--without SET leaves the dev subjects of one unseen set out of the fit and scores the judge
fitted on the others on them (a prospective test when the set was judged after the weights were
fixed), and with --shipped the weights the timeline reads (commands/entry_judge.json) are
scored on them too, beside the refit. --by-set scores each set's dev subjects (each unseen set,
and the subjects of the first audits as one more) by a model fitted on the other sets' (leave
one set out: a set is chosen and read at one time, so its subjects share more than two
subjects of different sets do; bench/timeline_judge_sets.py runs the same fits in the
timeline, entry by entry). --write saves the weights fitted on the dev subjects used, with the
threshold chosen by their LOSO scores, as commands/entry_judge.json, which the timeline reads
(commands/entry_judge.py); --write-weights FILE saves them elsewhere.

Measured (docs/QUALITY.md, "Timeline entries (audit)"): over the 40 dev subjects of the first
six sets the judge did not beat the rules; fitted on them and fixed before a seventh set was
read, it showed more entries that pass on that set's dev subjects, and the timeline uses it.
Fixed before the eighth set was read too, it refuses one bad report of that set's 25 the rules
pass; refitted on all eight sets' dev subjects it beats the rules leaving each set out by about
as much as it did on six, and no better than the shipped weights on the eighth set, so the
shipped weights were kept.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT  # noqa: E402
from bench.salience_fit import newton_logistic  # noqa: E402
from bench.timeline_audit import HELD_OUT as AUDIT_HELD_OUT  # noqa: E402
from bench.timeline_audit import VERDICTS, key  # noqa: E402
from bench.timeline_audit_models import HELD_OUT as MODELS_HELD_OUT  # noqa: E402
from commands.entry_judge import FEATURES, Report, features, likeness  # noqa: E402

STORE = ROOT / "bench" / "out" / "conflict-new.db"
LOCATE = 64  # reports read per date to find a verdict's report again (an older method's)
L2 = 1.0  # on standardised features: a few hundred verdicts, nineteen features
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.2, 0.81, 0.05))
SHIPPED = ROOT / "commands" / "entry_judge.json"


def held_out_subjects(audit: dict) -> set[str]:
    held = set(AUDIT_HELD_OUT) | set(MODELS_HELD_OUT)
    for name, part in audit.items():
        if name.startswith("unseen"):
            held |= set(part["held_out"])
    return held


def normal(text: str) -> str:
    return " ".join(text.split())


def samples_of(
    db,  # noqa: ANN001
    subject_name: str,
    verdicts: dict[str, dict],
    extra: Sequence[Callable[[Report], float]] = (),
) -> list[dict]:
    """One sample per report found again: features (and those of extra, after them), label,
    the rules' answer."""
    from commands import subjects, timeline
    from commands.timeline_entries import _spelled, dated_entries
    from store import chronology
    from store import events as event_store
    from store.articles import EVERYONE, get_articles
    from text.tokens import terms

    subject = subjects.best(db, subject_name, EVERYONE)
    if subject is None:
        return []
    keys = timeline.subject_keys(subject)
    counts = timeline.subject_counts(db, subject, EVERYONE, "0000", "9999")
    reports = {c.date: c.scoped for c in counts}
    dates = sorted({k.split("|")[1] for k in verdicts})
    shown_levels = chronology.scoped_events(db, keys, dates, EVERYONE, timeline.PER_DATE)
    levels = chronology.scoped_events(db, keys, dates, EVERYONE, LOCATE)
    levels.update(shown_levels)
    rows = {e.id: e for e in event_store.events_by_id(db, list(levels))}
    articles = get_articles(db, {e.article_id for e in rows.values()})
    places = timeline.place_names(subject, subject_name)
    names = timeline.subject_names(subject, subject_name)
    spellings = tuple(dict.fromkeys((*names, *places)))
    ids = (subject.actor_ids, subject.place_ids)
    city = subject.kind == "place" and subject.place_kind == "city"
    pattern = _spelled(spellings) if spellings else None
    out: dict[int, dict] = {}
    for k, verdict in verdicts.items():
        parts = k.split("|")
        date, origin, head = parts[1], parts[2], parts[3]
        found = [
            e
            for e in rows.values()
            if e.date == date
            and articles.get(e.article_id) is not None
            and articles[e.article_id].origin == origin
            and head in normal(e.text)
        ]
        if not found:
            continue
        ev = found[0]
        shown = [e for e in rows.values() if e.date == date and e.id in shown_levels]
        if ev not in shown:
            shown.append(ev)
        others = [set(terms(o.text)) for o in shown if o.article_id != ev.article_id]
        text = normal(ev.text)  # where the name and the date's words are looked for
        named = pattern.search(text) if pattern else None
        report = Report(
            text=text,
            date=date,
            date_how=ev.date_how,
            published=articles[ev.article_id].published,
            level=levels.get(ev.id, 0),
            named_at=named.start() if named else (0 if not spellings else -1),
            reports=reports.get(date, len(shown)),
            articles=len({o.article_id for o in shown}),
            like=likeness(set(terms(ev.text)), others),
            date_text=" ".join(ev.date_text.split()),
            spelled=pattern,
        )
        rest = [e for e in rows.values() if e.date != date]
        told = dated_entries(db, [date], [ev, *rest], levels, reports, 1, places, names, ids, city)
        rule_key = None
        if told:
            e = told[0]
            entry = {
                "date": e.date,
                "text": e.text,
                "context": e.context,
                "article": articles[ev.article_id].origin,
            }
            rule_key = key(subject_name, entry)
        good = bool(verdict["event"] and verdict["date"] and verdict["readable"])
        sample = {
            "subject": subject_name,
            "key": k,
            "event": ev.id,
            "x": [features(report)[f] for f in FEATURES] + [f(report) for f in extra],
            "y": int(good),
            "rules": int(rule_key is not None and rule_key.split("|")[3] == head),
            "same_shown": rule_key == k,
        }
        # one sample per report: the verdict of the entry as the rules show it, when judged
        if ev.id not in out or sample["same_shown"]:
            out[ev.id] = sample
    return list(out.values())


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = 50) -> np.ndarray:
    """Logistic regression by Newton's method, the classes weighed alike; x has a bias column
    last (not shrunk)."""
    pos, neg = max(int(y.sum()), 1), max(len(y) - int(y.sum()), 1)
    w = np.where(y == 1, 0.5 / pos, 0.5 / neg) * len(y)
    return newton_logistic(x, y, w, l2, steps)


def standardised(x: np.ndarray, mean: np.ndarray, scale: np.ndarray) -> np.ndarray:
    return np.hstack([(x - mean) / scale, np.ones((len(x), 1))])


def fitted(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Raw-feature weights and bias (the standardising folded in)."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    beta = fit(standardised(x, mean, scale), y)
    weights = beta[:-1] / scale
    return weights, float(beta[-1] - (weights * mean).sum())


def prf(pred: Sequence[int], y: Sequence[int]) -> tuple[float, float, float, int]:
    tp = sum(1 for p, t in zip(pred, y, strict=True) if p and t)
    said = sum(pred)
    good = sum(y)
    precision = tp / said if said else 0.0
    recall = tp / good if good else 0.0
    accuracy = sum(1 for p, t in zip(pred, y, strict=True) if p == t) / len(y) if y else 0.0
    return precision, recall, accuracy, said


def loso(samples: list[dict]) -> list[float]:
    """Each sample's probability from a model fitted on the other subjects."""
    subjects = sorted({s["subject"] for s in samples})
    x = np.array([s["x"] for s in samples], dtype=float)
    y = np.array([s["y"] for s in samples], dtype=float)
    probability = np.zeros(len(samples))
    for subject in subjects:
        held = np.array([s["subject"] == subject for s in samples])
        weights, bias = fitted(x[~held], y[~held])
        probability[held] = 1 / (1 + np.exp(-(x[held] @ weights + bias)))
    return list(probability)


def set_of(audit: dict, subject: str) -> str:
    """The unseen set whose dev subjects hold the subject ("audits": the first audits')."""
    for name, part in audit.items():
        if name.startswith("unseen") and subject in part["dev"]:
            return name
    return "audits"


def loso_sets(samples: list[dict], audit: dict) -> list[float]:
    """Each sample's probability from a model fitted on the other sets' subjects."""
    groups = [set_of(audit, s["subject"]) for s in samples]
    x = np.array([s["x"] for s in samples], dtype=float)
    y = np.array([s["y"] for s in samples], dtype=float)
    probability = np.zeros(len(samples))
    for group in sorted(set(groups)):
        held = np.array([g == group for g in groups])
        weights, bias = fitted(x[~held], y[~held])
        probability[held] = 1 / (1 + np.exp(-(x[held] @ weights + bias)))
    return list(probability)


def print_by_set(samples: list[dict], audit: dict, threshold: float) -> None:
    """Rules, and rules with the judge at the threshold, on each set's reports as scored by a
    model fitted on the other sets (the number of reports that pass said, of those passing)."""
    probability = loso_sets(samples, audit)
    groups = [set_of(audit, s["subject"]) for s in samples]
    print(f"leave one set out, rules and judge >= {threshold}:")
    print("| set | reports | pass | rules: said, good | rules and judge: said, good |")
    print("|---|---:|---:|---:|---:|")
    order = sorted(set(groups), key=lambda g: (g != "audits", g))
    for group in [*order, "all"]:
        rows = [i for i, g in enumerate(groups) if group in ("all", g)]
        y = [samples[i]["y"] for i in rows]
        rules = [samples[i]["rules"] for i in rows]
        both = [int(r and probability[i] >= threshold) for r, i in zip(rules, rows, strict=True)]
        good_rules = sum(r and t for r, t in zip(rules, y, strict=True))
        good_both = sum(b and t for b, t in zip(both, y, strict=True))
        print(
            f"| {group} | {len(rows)} | {sum(y)} | {sum(rules)}, {good_rules} "
            f"| {sum(both)}, {good_both} |"
        )
    y = [s["y"] for s in samples]
    rules = [s["rules"] for s in samples]
    for t in THRESHOLDS[:5]:
        both = [int(r and p >= t) for r, p in zip(rules, probability, strict=True)]
        print(line(f"all sets, rules and judge >= {t}", both, y))


def line(label: str, pred: Sequence[int], y: Sequence[int]) -> str:
    p, r, a, said = prf(pred, y)
    return f"| {label} | {said} | {p:.3f} | {r:.3f} | {a:.3f} |"


def print_scores(
    tests: list[dict], weights: np.ndarray, bias: float, alone: float, both: float
) -> None:
    """Precision and recall of "passes" on reports the judge was not fitted on: the rules, the
    judge alone at its threshold, and the rules with the judge at theirs."""
    ty = [s["y"] for s in tests]
    tp = 1 / (1 + np.exp(-(np.array([s["x"] for s in tests], dtype=float) @ weights + bias)))
    trules = [s["rules"] for s in tests]
    print(line("rules", trules, ty))
    print(line(f"judge >= {alone}", [int(p >= alone) for p in tp], ty))
    both_passes = [int(r and p >= both) for r, p in zip(trules, tp, strict=True)]
    print(line(f"rules and judge >= {both}", both_passes, ty))


def main() -> None:
    from store.db import connect

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=Path, help="save the samples as JSON")
    parser.add_argument(
        "--held-out-totals",
        action="store_true",
        help="also score the rules and the judge fitted on every dev subject on the held-out "
        "subjects' verdicts, as totals only (nothing is chosen by them)",
    )
    parser.add_argument(
        "--without",
        help="an unseen set (as 'unseen_7') whose dev subjects are left out of the fit and "
        "scored by the judge fitted on the others",
    )
    parser.add_argument(
        "--shipped",
        action="store_true",
        help=f"with --without, also score the set with the weights of {SHIPPED.name}",
    )
    parser.add_argument(
        "--by-set", action="store_true", help="score each set by a model fitted on the others"
    )
    parser.add_argument("--write", action="store_true", help=f"write {SHIPPED.name}")
    parser.add_argument("--write-weights", type=Path, help="save the fitted weights as JSON")
    args = parser.parse_args()
    if args.write:
        args.write_weights = SHIPPED
    audit = json.loads(VERDICTS.read_text(encoding="utf-8"))
    held = held_out_subjects(audit)
    left_out = set(audit[args.without]["dev"]) if args.without else set()
    by_subject: dict[str, dict[str, dict]] = {}
    later: dict[str, dict[str, dict]] = {}
    for k, v in audit["verdicts"].items():
        subject = k.split("|")[0]
        if subject in left_out:
            later.setdefault(subject, {})[k] = v
        elif subject not in held:
            by_subject.setdefault(subject, {})[k] = v
    db = connect(STORE)
    samples = [s for name, vs in sorted(by_subject.items()) for s in samples_of(db, name, vs)]
    verdicts = sum(len(v) for v in by_subject.values())
    print(f"{len(by_subject)} subjects, {verdicts} verdicts, {len(samples)} reports found again")
    if args.samples:
        args.samples.write_text(json.dumps(samples, indent=0), encoding="utf-8")
    y = [s["y"] for s in samples]
    rules = [s["rules"] for s in samples]
    probability = loso(samples)
    print("| answer | passes said | precision | recall | accuracy |")
    print("|---|---:|---:|---:|---:|")
    print(line("rules", rules, y))
    best = (-1.0, 0.5)
    for t in THRESHOLDS:
        judge = [int(p >= t) for p in probability]
        both = [int(r and j) for r, j in zip(rules, judge, strict=True)]
        print(line(f"judge >= {t}", judge, y))
        print(line(f"rules and judge >= {t}", both, y))
        accuracy = prf(both, y)[2]
        if accuracy > best[0]:
            best = (accuracy, t)
    print(f"threshold by LOSO accuracy of rules and judge: {best[1]}")
    alone = max(THRESHOLDS, key=lambda t: prf([int(p >= t) for p in probability], y)[2])
    print(f"threshold by LOSO accuracy of the judge alone: {alone}")
    x = np.array([s["x"] for s in samples], dtype=float)
    weights, bias = fitted(x, np.array(y, dtype=float))
    if args.write_weights:
        args.write_weights.write_text(
            json.dumps(
                {
                    "source": "bench/timeline_judge_fit.py: logistic regression over the "
                    f"entry audit's verdicts of {len(by_subject)} dev subjects "
                    f"({len(samples)} reports of bench/timeline_audit.json); the threshold "
                    "by their leave-one-subject-out accuracy as a filter after the rules",
                    "weights": {
                        f: round(float(w), 4) for f, w in zip(FEATURES, weights, strict=True)
                    },
                    "bias": round(bias, 4),
                    "threshold": best[1],
                },
                indent=2,
            )
            + "\n",
            encoding="utf-8",
        )
    if later:
        tests = [s for name, vs in sorted(later.items()) for s in samples_of(db, name, vs)]
        print(f"{args.without} dev, by the judge fitted without them: {len(tests)} reports")
        print_scores(tests, weights, bias, alone, best[1])
        if args.shipped:
            data = json.loads(SHIPPED.read_text(encoding="utf-8"))
            shipped = np.array([data["weights"].get(f, 0.0) for f in FEATURES])
            cut = float(data["threshold"])
            print(f"{args.without} dev, by the shipped weights (threshold {cut}):")
            print_scores(tests, shipped, float(data["bias"]), cut, cut)
    if args.by_set:
        print_by_set(samples, audit, best[1])
    if args.held_out_totals:
        held_verdicts: dict[str, dict[str, dict]] = {}
        for k, v in audit["verdicts"].items():
            if k.split("|")[0] in held:
                held_verdicts.setdefault(k.split("|")[0], {})[k] = v
        tests = [s for name, vs in sorted(held_verdicts.items()) for s in samples_of(db, name, vs)]
        print(f"held out, totals only: {len(tests)} reports of {len(held_verdicts)} subjects")
        print_scores(tests, weights, bias, alone, best[1])
    print("weights fitted on every dev subject (raw features):")
    for name, w in zip(FEATURES, weights, strict=True):
        print(f"  {name}: {w:.3f}")
    print(f"  bias: {bias:.3f}")


if __name__ == "__main__":
    main()
