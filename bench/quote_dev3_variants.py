"""Ways tried against the misses of the third question set (dev3), each beside main and this
tree's default in one run: what was measured and not kept (docs/QUALITY.md).

Usage: .venv/bin/python bench/quote_dev3_variants.py

Uses the store, the questions and the verdicts of bench/quote_quality.py (run that first).
The variants' code is at commit VARIANTS (taken out after: none kept); a worker runs that
tree, each variant switched on there by its flag or by a replaced function, and prints every
question's ten passages; this tree's lexical path and default run here. Variants:

- irregular inflections: a typed word's other inflections that the stemmer leaves apart
  ("said" for "says", "struck" for "strike", "fled" for "flee"; WordNet's exception lists,
  text/irregular_forms.tsv at VARIANTS), searched as one term with the typed word (as a name's
  spellings are), or as other words at their weight, or counted for coverage only; and the
  same for the alternatives' words ("struck" for "strike", WordNet's synonym of "hit");
- too-common alternatives counted for coverage: an alternative held by more than 5% of the
  passages is not searched for ("rebels" for "insurgents"), but a passage holding it covers
  the word it stands for;
- prepositions the index keeps ("among", "upon", "whether", "toward(s)", "via") dropped from
  questions, as function words;
- the re-ranker's cosine taken on the passage with its article's title;
- a short passage's cosine pulled towards the pool's mean (k words' worth of it);
- this tree's reading of a short passage with the one before it (commands/quote.py
  SHORT_PASSAGE_WORDS), at other lengths (0: off).

Scores as in bench/quote_quality.py: dev, dev2 and dev3 with the saved verdicts, held-out and
held-out2 by the substring alone (totals only); "gained / lost" are against main.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

if "--worker" not in sys.argv:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

VARIANTS = "0ef8d09"  # main and the flagged variants' code
MAIN = "5bf399b"
SPLITS = ("dev", "dev2", "dev3", "held-out", "held-out2")
SHORT_WORDS = (0, 8, 12, 15, 20)  # other lengths for this tree's short passages (0: none)
PREPOSITIONS = ("among", "amongst", "whether", "upon", "toward", "towards", "via")


def _answers(db: object, questions: list[dict], methods: object) -> list[list[str]]:
    from commands import quote

    return [
        [r.text for r in quote.run(db, q["question"], limit=10, methods=methods).results]
        for q in questions
    ]


def worker(db_path: str, questions_path: str) -> None:
    """In the VARIANTS tree: every variant's passages, lexical and default, as JSON."""
    import dataclasses

    from commands import quote, quote_plan
    from commands.quote import Methods
    from store.db import connect
    from text import expand, meaning

    db = connect(db_path, create=False)
    questions = [json.loads(line) for line in Path(questions_path).read_text().splitlines()]
    out: dict[str, list[list[str]]] = {}

    def both(name: str) -> None:
        out[f"lexical, {name}"] = _answers(db, questions, Methods(meaning=False))
        out[f"default, {name}"] = _answers(db, questions, Methods())

    both("main")
    quote_plan.INFLECTIONS = True
    both("inflections as one term with the word")
    quote_plan.GROUP_FORMS = False
    both("inflections as other words")
    quote_plan.GROUP_FORMS, quote_plan.FORMS_COVER_ONLY = True, True
    both("inflections for coverage only")
    quote_plan.INFLECTIONS, quote_plan.FORMS_COVER_ONLY = False, False
    quote_plan.COMMON_COVERS = True
    both("too-common alternatives cover")
    quote_plan.COMMON_COVERS = False

    lexicon = expand.lexicon()
    frames = tuple(
        expand.Frame(tuple(expand.tokens.phrase_key(w)), expand._entry_terms(w), False)
        for w in PREPOSITIONS
    )
    patched = dataclasses.replace(lexicon, frames=lexicon.frames + frames)
    original = expand.lexicon
    expand.lexicon = lambda: patched  # type: ignore[assignment]
    both("prepositions dropped from questions")
    expand.lexicon = original  # type: ignore[assignment]

    closeness = quote._closeness

    def with_title(plan, candidates):  # type: ignore[no-untyped-def]
        texts = [f"{c.article.title or ''}\n{c.text}" for c in candidates]
        values = meaning.similarities(plan.question, texts)
        return {c.pid: v for c, v in zip(candidates, values, strict=True)}

    quote._closeness = with_title
    out["default, cosine with the title"] = _answers(db, questions, Methods())
    for k in (4, 8, 16):

        def shrunk(plan, candidates, k=k):  # type: ignore[no-untyped-def]
            values = closeness(plan, candidates)
            mean = sum(values.values()) / max(len(values), 1)
            return {
                c.pid: (len(c.text.split()) * values[c.pid] + k * mean) / (len(c.text.split()) + k)
                for c in candidates
            }

        quote._closeness = shrunk
        out[f"default, short passages' cosine shrunk, k={k}"] = _answers(db, questions, Methods())
    quote._closeness = closeness
    print(json.dumps(out))


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    from bench import baseline
    from bench.common import ROOT, publish
    from bench.quote_quality import (
        QUESTIONS,
        _verdict_key,
        is_answer,
        load_questions,
        load_verdicts,
        scores,
    )
    from commands.quote import Methods
    from store.db import connect

    db_path = ROOT / "bench" / "out" / "quote-quality.db"
    questions = load_questions()
    verdicts = load_verdicts()
    tree = baseline.checkout(VARIANTS)
    script = str(Path(__file__).resolve())
    runs = json.loads(baseline.run(tree, script, "--worker", str(db_path), str(QUESTIONS)))
    db = connect(str(db_path), create=False)
    runs["lexical, this tree"] = _answers(db, questions, Methods(meaning=False))
    runs["default, this tree"] = _answers(db, questions, Methods())
    from commands import quote

    chosen = quote.SHORT_PASSAGE_WORDS
    for words in SHORT_WORDS:
        quote.SHORT_PASSAGE_WORDS = words
        label = f"default, this tree, passages under {words} words read with the one before"
        runs[label] = _answers(db, questions, Methods())
    quote.SHORT_PASSAGE_WORDS = chosen
    idx = {s: [i for i, q in enumerate(questions) if q["split"] == s] for s in SPLITS}

    def hit(i: int, results: list[list[str]], judged: bool) -> float:
        return scores([questions[i]], [results[i]], verdicts if judged else {})["success3"]

    lines = [
        "| variant | " + " | ".join(SPLITS) + " | dev splits gained / lost against main | "
        "held-out splits gained / lost | dev splits' top-3 unjudged |",
        "|---|" + "---|" * (len(SPLITS) + 3),
    ]
    unjudged_all: list[str] = []
    for label, results in runs.items():
        base = runs[("lexical" if label.startswith("lexical") else "default") + ", main"]
        cells, gained, lost, held_moves = [], [], [], [0, 0]
        for split in SPLITS:
            judged = not split.startswith("held")
            part = [questions[i] for i in idx[split]]
            s = scores(part, [results[i] for i in idx[split]], verdicts if judged else {})
            cells.append(f"{s['success3']:.3f} / {s['mrr']:.3f}")
            for i in idx[split]:
                d = hit(i, results, judged) - hit(i, base, judged)
                if judged and d:
                    (gained if d > 0 else lost).append(questions[i]["id"])
                elif d:
                    held_moves[0 if d > 0 else 1] += 1
        unjudged = [
            json.dumps(
                {
                    "question": questions[i]["id"],
                    "asked": questions[i]["question"],
                    "substring": questions[i]["answer"],
                    "passage": t,
                }
            )
            for split in ("dev", "dev2", "dev3")
            for i in idx[split]
            for t in results[i][:3]
            if questions[i]["answer"]
            and not is_answer(questions[i], t, verdicts)
            and (questions[i]["id"], _verdict_key(t)) not in verdicts
        ]
        unjudged_all += [u for u in unjudged if u not in unjudged_all]
        lines.append(
            f"| {label} | " + " | ".join(cells) + f" | {', '.join(gained) or '–'} / "
            f"{', '.join(lost) or '–'} | {held_moves[0]} / {held_moves[1]} | {len(unjudged)} |"
        )
    publish("\n".join(lines), "quote-dev3-variants", write=False)
    if unjudged_all:
        path = ROOT / "bench" / "out" / "quote-dev3-variants-unjudged.jsonl"
        path.write_text("".join(u + "\n" for u in unjudged_all), encoding="utf-8")
        print(f"{len(unjudged_all)} passages to judge in {path}", file=sys.stderr)


if __name__ == "__main__":
    if "--worker" in sys.argv:
        worker(sys.argv[2], sys.argv[3])
    else:
        main()
