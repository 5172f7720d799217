"""The dates of one tree's date-salience method on Timeline17, leave-one-topic-out and fitted
on all topics, as one JSON document.

Usage: python bench/t17_method.py EVAL_DIR [--reuse] [--spread]

It uses the tree's own bench/timeline17.py (its collections, stores, candidate dates and
features) and bench/salience_fit.py, so bench/timeline17.py runs it with PYTHONPATH set to a
checkout of an earlier commit (bench/baseline.py) to measure that commit's method, fitted and
scored the same way, in the same run as this tree's.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def dates(eval_dir: Path, reuse: bool, spread: bool = False) -> dict:
    """{"timelines": {collection: {gold stem: {"LOTO": [...], "all topics": [...]}}},
    "weights": [...], "bias": b, "spread": s} with the model fitted on all topics, and the
    spread each topic's timelines were ranked with ("LOTO spreads"). spread: fit the spread
    (commands/salience.ranked) too, leave-one-topic-out as the weights; else it is 0, as
    shipped."""
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

    def model(weights, bias, found_here):
        """The model of weights and bias, with its spread fitted on found_here's timelines
        when asked. Without --spread only names every tree has are used: bench/timeline17.py
        runs this script in earlier commits' checkouts, whose code has no spread."""
        if not spread:
            return model_of(weights, bias)
        from bench.salience_fit import fit_spread
        from bench.timeline17 import rankings

        fitted = fit_spread(rankings(stores, found_here, model_of(weights, bias)))
        return model_of(weights, bias, fitted)

    # each topic's weights and spread are fitted on the other topics' timelines only
    loto = {}
    for t in topics:
        w, b = fit([s for s in samples if s.topic != t])
        loto[t] = model(w, b, [(f, s) for f, k, s in found if k != t])
    weights, bias = fit(samples)
    shipped = model(weights, bias, [(f, s) for f, _, s in found])
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
    return {
        "timelines": out,
        "weights": [float(w) for w in weights],
        "bias": float(bias),
        "spread": getattr(shipped, "spread", 0.0),
        "LOTO spreads": {t: getattr(loto[t], "spread", 0.0) for t in topics},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_dir", type=Path, help="the folder holding t17-syria and t17-dev")
    parser.add_argument("--reuse", action="store_true", help="reuse the tree's t17 stores")
    parser.add_argument("--spread", action="store_true", help="fit the spread too")
    args = parser.parse_args()
    print(json.dumps(dates(args.eval_dir, args.reuse, args.spread)))


if __name__ == "__main__":
    main()
