"""Timeline quality on Timeline17 (t17-syria and t17-dev): Date-F1 against journalists'
timelines, the previous method beside the new one in the same run.

Usage: .venv/bin/python bench/timeline17.py [--fit] [--reuse] [--spread] [--explain TOPIC]

Each of the 12 collections is ingested into a fresh store with its publication dates, then
`timeline SUBJECT --limit N --from FIRST --to LAST` runs for each of its 14 gold timelines,
N being the number of gold dates and FIRST/LAST its span (the news-tls protocol, Ghalandari
et al. 2020). Date-F1 is the F1 between our dates and the gold dates.

The date-salience model is scored leave-one-topic-out (LOTO): each topic (Syria, BP oil spill,
swine flu, Michael Jackson, Haiti) is ranked by a model fitted on the other four, the honest
figure for topics we do not have. The model fitted on all five is what ships
(commands/salience.json); --fit writes it. Two earlier methods run in checkouts of their code
(bench/baseline.py) in the same run: commit 38a60cf, before the quality work
(bench/t17_collection.py), and START_REV, fitted and scored by its own code
(bench/t17_method.py). --reuse keeps the stores and the earlier methods' dates of a run
before. --explain TOPIC lists, for the gold timelines of one subject ("Syria"), the gold
dates missed and the dates chosen that are not gold, with their signals and articles
(bench/t17_explain.py), on the stores of a run before. --spread measures the new method with
a spread (commands/salience.ranked: a ranked day lowers the days near it) fitted
leave-one-topic-out with the weights (bench/salience_fit.py fit_spread), and prints its table
without writing it (measured, not shipped: docs/QUALITY.md, Timelines); with --fit too, it
writes the spread fitted on all topics into commands/salience.json, and the table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402

from bench import baseline  # noqa: E402
from bench.common import EVAL, ROOT, publish, require  # noqa: E402
from bench.salience_fit import Ranking, Sample  # noqa: E402
from bench.t17_collection import gold_dates, ingest_lines  # noqa: E402

SUBJECTS = {
    "SyrianCrisis": ("Syria", "Syria"),
    "bpoil": ("BP oil spill", "BP"),
    "H1N1": ("swine flu", "swine flu"),
    "MJ": ("Michael Jackson", "Michael Jackson"),
    "haiti": ("Haiti", "Haiti"),
}
WEIGHTS = ROOT / "commands" / "salience.json"
START_REV = "5a7551e"  # main before this round's cleaning and entry-rule changes
STORES = ROOT / "bench" / "out" / "t17"


def collections() -> list[tuple[Path, str, str]]:
    """(folder, topic, subject) of every collection."""
    out = []
    for group in ("t17-syria", "t17-dev"):
        for folder in sorted(p for p in (EVAL / group).iterdir() if p.is_dir()):
            topic, subject = SUBJECTS[folder.name.split("_")[0]]
            out.append((folder, topic, subject))
    return out


def date_f1(predicted: set[str], gold: set[str]) -> tuple[float, float, float]:
    hits = len(predicted & gold)
    precision = hits / len(predicted) if predicted else 0.0
    recall = hits / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return precision, recall, f1


def store(folder: Path, reuse: bool):
    from commands import ingest
    from store.db import connect

    STORES.mkdir(parents=True, exist_ok=True)
    path = STORES / f"{folder.name}.db"
    if path.exists() and not reuse:
        path.unlink()
    fresh = not path.exists()
    db = connect(path)
    if fresh:
        ingest.ingest_jsonl(db, ingest_lines(folder), folder.name)
    return db


def candidates(db, subject_text: str, low: str, high: str):
    from commands import subjects, timeline, timeline_keywords
    from store.articles import EVERYONE

    subject = subjects.best(db, subject_text)
    if subject is not None and not timeline.by_words_first(db, subject, subject_text):
        return timeline.subject_counts(db, subject, EVERYONE, low, high + "-99")
    return timeline_keywords.keyword_counts(
        db,
        subject_text,
        EVERYONE,
        low,
        high + "-99",
        timeline.short_form(db, subject, subject_text),
        timeline.asked_by_name(db, subject, subject_text),
    )[0]


def sample(db, folder: Path, topic: str, subject: str) -> Sample:
    from commands import salience

    golds = [gold_dates(p) for p in sorted((folder / "timelines").glob("*.txt"))]
    wanted = {d for g in golds for d in g}
    counts = candidates(db, subject, min(wanted), max(wanted))
    x = np.array(salience.features(counts), dtype=float).reshape(len(counts), -1)
    y = np.array([c.date in wanted for c in counts], dtype=float)
    return Sample(topic, folder.name, x, y)


def model_of(weights: np.ndarray, bias: float, spread: float = 0.0):
    from commands import salience

    return salience.Model(tuple(float(w) for w in weights), bias, spread=spread)


def rankings(stores: dict, found: list[tuple[Path, str]], model) -> list[Ranking]:
    """Each gold timeline of the collections found ((folder, subject)): the candidate dates
    of its span, as `timeline` reads them, scored by model (its spread aside)."""
    from commands import salience

    out = []
    for folder, subject in found:
        for path in sorted((folder / "timelines").glob("*.txt")):
            gold = frozenset(gold_dates(path))
            rows = candidates(stores[folder.name], subject, min(gold), max(gold))
            out.append(Ranking(rows, salience.scores(rows, model), gold))
    return out


def previous(folder: Path, subject: str, reuse: bool) -> dict:
    """The dates of commit 38a60cf (no salience model) for each gold timeline of folder."""
    tree = baseline.checkout()
    saved = STORES / f"{tree.name}-{folder.name}.json"
    if not (reuse and saved.exists()):
        saved.write_text(
            baseline.run(tree, str(ROOT / "bench" / "t17_collection.py"), str(folder), subject),
            encoding="utf-8",
        )
    return json.loads(saved.read_text(encoding="utf-8"))


def start_method(reuse: bool) -> dict:
    """The dates of the method before these changes (START_REV), fitted and scored
    leave-one-topic-out by its own code (bench/t17_method.py)."""
    tree = baseline.checkout(START_REV)
    saved = STORES / f"{tree.name}-method.json"
    if not (reuse and saved.exists()):
        args = [str(EVAL), *(["--reuse"] if reuse else [])]
        saved.write_text(
            baseline.run(tree, str(ROOT / "bench" / "t17_method.py"), *args), encoding="utf-8"
        )
    return json.loads(saved.read_text(encoding="utf-8"))


def write_weights(weights: list[float], bias: float, spread: float = 0.0) -> None:
    from commands import salience

    WEIGHTS.write_text(
        json.dumps(
            {
                "source": "bench/timeline17.py --fit: logistic regression "
                "(bench/salience_fit.py) over the candidate dates of the 12 Timeline17 "
                "collections in ../shared/eval/t17-syria and t17-dev, labelled by their 14 "
                "gold timelines"
                + (
                    ", and the spread (commands/salience.ranked) chosen by bench/salience_fit.py's "
                    "fit_spread over the same timelines"
                    if spread
                    else ""
                )
                + f"; fitted {dt.date.today().isoformat()}",
                "weights": {
                    f: round(float(w), 4) for f, w in zip(salience.FEATURES, weights, strict=True)
                },
                "bias": round(bias, 4),
            }
            | ({"spread": spread} if spread else {}),
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fit", action="store_true", help="write commands/salience.json")
    parser.add_argument(
        "--reuse", action="store_true", help="reuse stores and earlier methods' dates"
    )
    parser.add_argument(
        "--spread", action="store_true", help="fit and rank with a spread; print, do not write"
    )
    parser.add_argument(
        "--explain", metavar="TOPIC", help="list a subject's missed and wrong dates, and stop"
    )
    args = parser.parse_args()
    require(EVAL / "t17-syria")
    require(EVAL / "t17-dev")
    if args.explain:
        from bench import t17_explain

        t17_explain.explain(args.explain)
        return
    from bench import t17_method
    from commands import salience

    new = t17_method.dates(EVAL, args.reuse, args.spread)
    if args.fit:
        write_weights(new["weights"], new["bias"], new["spread"])
    start = start_method(args.reuse)
    rows = []
    for folder, _, subject in collections():
        old = previous(folder, subject, args.reuse)
        for gold_path in sorted((folder / "timelines").glob("*.txt")):
            gold = set(gold_dates(gold_path))
            ours = new["timelines"][folder.name][gold_path.stem]
            scores = {
                "previous": date_f1(set(old["timelines"][gold_path.stem]), gold),
                "start": date_f1(
                    set(start["timelines"][folder.name][gold_path.stem]["LOTO"]), gold
                ),
                "LOTO": date_f1(set(ours["LOTO"]), gold),
                "all topics": date_f1(set(ours["all topics"]), gold),
            }
            given = len(ours["LOTO"])
            rows.append((folder.name, gold_path.stem, subject, len(gold), given, scores))
            print(folder.name, gold_path.stem, {k: round(v[2], 3) for k, v in scores.items()})

    lines = [
        "| collection | gold timeline | subject | gold dates | new dates | 38a60cf Date-F1 | "
        f"{START_REV}, LOTO | new, LOTO Date-F1 (P / R) | new, fitted on all topics |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, stem, subject, n, given, s in rows:
        p, r, f = s["LOTO"]
        lines.append(
            f"| {name} | {stem} | {subject} | {n} | {given} | {s['previous'][2]:.3f} | "
            f"{s['start'][2]:.3f} | **{f:.3f}** ({p:.2f} / {r:.2f}) | {s['all topics'][2]:.3f} |"
        )
    kinds = ("previous", "start", "LOTO", "all topics")
    mean = {k: sum(r[5][k][2] for r in rows) / len(rows) for k in kinds}
    lowest = {k: min(r[5][k][2] for r in rows) for k in kinds}
    lines.append(
        f"| **mean of {len(rows)} timelines** | | | | | {mean['previous']:.3f} | "
        f"{mean['start']:.3f} | **{mean['LOTO']:.3f}** | {mean['all topics']:.3f} |"
    )
    weights_line = ", ".join(
        f"{f} {w:+.2f}" for f, w in zip(salience.FEATURES, new["weights"], strict=True)
    )
    body = (
        "Produced by `.venv/bin/python bench/timeline17.py` (commit 38a60cf, the method "
        f"before the quality work, and commit {START_REV}, the method before the changes "
        "measured here, run in checkouts of their code in the same run; each model is fitted and "
        "scored by its own code).\n\n"
        + "\n".join(lines)
        + f"\n\nLowest LOTO Date-F1: new {lowest['LOTO']:.3f}, {START_REV} "
        f"{lowest['start']:.3f}. Anchors on all of Timeline17: DATEWISE 0.544, CLUST 0.407, "
        "date oracle 0.926. The LOTO columns are the ones to quote; the last column is "
        "in-sample (the model scores topics it was fitted on).\n\n"
        f"Weights fitted on all topics: {weights_line}, bias {new['bias']:+.2f}."
    )
    if args.spread:
        body += (
            f" Spread fitted on all topics {new['spread']:.2f}; leave-one-topic-out, each "
            "topic's: " + ", ".join(f"{t} {s:.2f}" for t, s in new["LOTO spreads"].items()) + "."
        )
    publish(body, "timeline17", write=args.fit or not args.spread, doc="QUALITY.md")


if __name__ == "__main__":
    main()
