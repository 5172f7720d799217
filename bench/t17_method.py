"""The dates of one tree's date-salience method on Timeline17, leave-one-topic-out and fitted
on all topics, as one JSON document.

Usage: python bench/t17_method.py EVAL_DIR [--reuse]

It uses the tree's own bench/timeline17.py (its collections, stores, candidate dates and
features) and bench/salience_fit.py, so bench/timeline17.py runs it with PYTHONPATH set to a
checkout of an earlier commit (bench/baseline.py) to measure that commit's method, fitted and
scored the same way, in the same run as this tree's.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def dates(eval_dir: Path, reuse: bool) -> dict:
    """{"timelines": {collection: {gold stem: {"LOTO": [...], "all topics": [...]}}},
    "weights": [...], "bias": b} with the model fitted on all topics."""
    from bench import timeline17
    from bench.salience_fit import fit
    from bench.t17_collection import gold_dates
    from bench.timeline17 import collections, model_of, sample, store
    from commands import timeline

    timeline17.EVAL = eval_dir  # a checkout under bench/out/ has no ../shared/eval beside it

    found = collections()
    stores = {folder.name: store(folder, reuse) for folder, _, _ in found}
    samples = [sample(stores[f.name], f, topic, subject) for f, topic, subject in found]
    topics = sorted({t for _, t, _ in found})
    loto = {t: model_of(*fit([s for s in samples if s.topic != t])) for t in topics}
    weights, bias = fit(samples)
    shipped = model_of(weights, bias)
    out: dict[str, dict] = {}
    for folder, topic, subject in found:
        for gold_path in sorted((folder / "timelines").glob("*.txt")):
            gold = sorted(set(gold_dates(gold_path)))  # a date listed twice is one date
            chosen = {}
            for name, model in (("LOTO", loto[topic]), ("all topics", shipped)):
                answer = timeline.run(
                    stores[folder.name],
                    subject,
                    date_from=min(gold),
                    date_to=max(gold),
                    limit=len(gold),
                    model=model,
                )
                chosen[name] = sorted({e.date for e in answer.entries})
            out.setdefault(folder.name, {})[gold_path.stem] = chosen
    return {"timelines": out, "weights": [float(w) for w in weights], "bias": float(bias)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_dir", type=Path, help="the folder holding t17-syria and t17-dev")
    parser.add_argument("--reuse", action="store_true", help="reuse the tree's t17 stores")
    args = parser.parse_args()
    print(json.dumps(dates(args.eval_dir, args.reuse)))


if __name__ == "__main__":
    main()
