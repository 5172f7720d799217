"""`quote` quality on bench/quote_questions.jsonl: success@3 and MRR, each method beside the
previous code's in one run.

Usage: .venv/bin/python bench/quote_quality.py [--rebuild] [--no-write] [--show dev]
       [--unjudged FILE]

The store holds the conflict articles of the news corpus (bench/common.py conflict_records():
FA-KES and the Timeline17 Syria, Iraq, Libya and Egypt topics) and seeds/, built once into
bench/out/quote-quality.db. Each question has an article and a verbatim substring (< 80
characters) of a passage that answers it, or none when the corpus holds no answer. A returned
passage answers when it contains the substring (compared on letters and digits only, so that
cleaning may change spacing and punctuation), or when a reader judged it to answer the
question (bench/quote_verdicts.jsonl: question id, the passage's first words, verdict, reason).

Scores, per split (dev; held-out, looked at for totals only):
- success@3: answerable questions with an answering passage among the first three, and
  unanswerable ones answered with nothing;
- MRR: the mean of 1/rank of the first answering passage among ten (no answer: 1 when nothing
  is returned, else 0);
- answered/none: answerable questions answered at all; unanswerable ones told there is none.
"previous" is the code before the quality work (bench/baseline.py), "round start" the code
when this round's work on `quote` began, each run on the same store in the same run; "plain
BM25" is the new code with every expansion off.

With --show dev, each dev question the first new method misses is printed with its first three
passages, and top-three passages that neither contain the substring nor have a verdict are
listed as unjudged. With --unjudged FILE, every method's dev top-three passages that have no
verdict and do not hold the substring are written to FILE (JSON lines: question id, question,
substring, passage) for a reader to judge.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

if "--answers" not in sys.argv:  # the baseline tree's worker must import the baseline's code
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

HERE = Path(__file__).resolve().parent
QUESTIONS = HERE / "quote_questions.jsonl"
VERDICTS = HERE / "quote_verdicts.jsonl"
DEPTH = 10
# The code when this round of work on `quote` began: its default method, beside the new one.
ROUND_START = "ff4b828"
VERDICT_KEY_CHARS = 40  # letters and digits of a passage's opening that name it in a verdict


def load_questions() -> list[dict]:
    return [
        json.loads(line)
        for line in QUESTIONS.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def answers(db_path: str, methods: object = None) -> list[list[str]]:
    """The texts of the first DEPTH passages for each question, from the code on sys.path."""
    from commands import quote
    from store.db import connect

    db = connect(db_path, create=False)
    out = []
    for q in load_questions():
        if methods is None:
            answer = quote.run(db, q["question"], limit=DEPTH)
        else:
            answer = quote.run(db, q["question"], limit=DEPTH, methods=methods)
        out.append([r.text for r in answer.results])
    return out


def configurations() -> dict[str, object]:
    """Each way of bridging vocabulary alone, then together (the first new one is the default
    of `quote`)."""
    from dataclasses import replace

    from commands.quote import PLAIN, Methods

    return {
        "plain BM25": PLAIN,
        "plain + synonyms": replace(PLAIN, synonyms=True),
        "plain + aliases": replace(PLAIN, aliases=True),
        "plain + spellings": replace(PLAIN, spellings=True),
        "plain + word relations (WordNet)": replace(PLAIN, forms=True, thesaurus=True),
        "plain + feedback (RM3)": replace(PLAIN, feedback=True),
        "plain + coverage rank and floor": replace(PLAIN, coverage=True),
        "plain + meaning re-rank": replace(PLAIN, meaning=True),
        "lexical: synonyms + aliases + spellings + word relations + coverage": Methods(
            meaning=False
        ),
        "lexical + feedback (RM3)": Methods(meaning=False, feedback=True),
        "new: lexical + meaning re-rank (default)": Methods(),
    }


SHOWN = "new: lexical + meaning re-rank (default)"


def _key(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def _verdict_key(text: str) -> str:
    """A passage as a verdict names it: its first letters and digits, so that a verdict still
    finds its passage when cleaning changes spacing, quotes or tokenised punctuation
    ("Syria 's", "``")."""
    return _key(text)[:VERDICT_KEY_CHARS]


def load_verdicts() -> dict[tuple[str, str], bool]:
    if not VERDICTS.exists():
        return {}
    out = {}
    for line in VERDICTS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            v = json.loads(line)
            out[(v["question"], _verdict_key(v["passage"]))] = v["verdict"] == "answers"
    return out


def is_answer(q: dict, text: str, verdicts: dict[tuple[str, str], bool]) -> bool:
    if q["answer"] and _key(q["answer"]) in _key(text):
        return True
    return verdicts.get((q["id"], _verdict_key(text)), False)


def scores(
    questions: list[dict], results: list[list[str]], verdicts: dict[tuple[str, str], bool]
) -> dict[str, float]:
    hits3, rr, answered, told_none, n_answerable, n_none = 0, 0.0, 0, 0, 0, 0
    for q, texts in zip(questions, results, strict=True):
        if q["answer"] is None:
            n_none += 1
            if not texts:
                hits3 += 1
                rr += 1
                told_none += 1
            continue
        n_answerable += 1
        answered += bool(texts)
        rank = next((i for i, t in enumerate(texts[:DEPTH], 1) if is_answer(q, t, verdicts)), None)
        if rank is not None:
            rr += 1 / rank
            hits3 += rank <= 3
    n = len(questions)
    return {
        "n": n,
        "success3": hits3 / n,
        "mrr": rr / n,
        "answered": answered / max(n_answerable, 1),
        "none": told_none / max(n_none, 1),
    }


FLOORS = (0.0, 0.35, 0.45, 0.5, 0.55, 0.6)


def floor_table(db_path: str, dev: list[dict], verdicts: dict[tuple[str, str], bool]) -> str:
    """The default method on the dev questions with other no-answer floors: what the floor
    costs in answerable questions refused and buys in unanswerable ones told so."""
    from commands import quote
    from store.db import connect

    db = connect(db_path, create=False)
    chosen = quote.FLOOR
    lines = [
        "| floor | dev success@3 | dev MRR | answerable answered | unanswerable told none |",
        "|---|---|---|---|---|",
    ]
    try:
        for floor in FLOORS:
            quote.FLOOR = floor
            results = [
                [r.text for r in quote.run(db, q["question"], limit=DEPTH).results] for q in dev
            ]
            s = scores(dev, results, verdicts)
            mark = " (chosen)" if floor == chosen else ""
            lines.append(
                f"| {floor:.2f}{mark} | {s['success3']:.3f} | {s['mrr']:.3f} | "
                f"{s['answered']:.2f} | {s['none']:.2f} |"
            )
    finally:
        quote.FLOOR = chosen
    return (
        "The no-answer floor (share of the question's idf the best passage must cover), "
        "dev questions only:\n\n" + "\n".join(lines)
    )


def _passages(db_path: Path) -> int:
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        return int(conn.execute("SELECT count(*) FROM passages").fetchone()[0])


WEIGHTS = (0.25, 0.5, 1.0, 2.0)


def topic(q: dict) -> str:
    """The collection a question's article comes from (fakes, a Timeline17 topic, seeds)."""
    article = q["article"] or ""
    if article.startswith("t17/"):
        return article.split("/")[1].split("_")[0]
    return article.split("/")[0] or "no answer"


def weight_by_topic(db_path: str, dev: list[dict], verdicts: dict[tuple[str, str], bool]) -> str:
    """The re-ranker's one weight chosen leave-one-topic-out: for each collection, the weight
    best on the dev questions of the others, scored on its own; beside each weight's score
    on all dev questions."""
    from commands import quote
    from store.db import connect

    db = connect(db_path, create=False)
    chosen = quote.MEANING_WEIGHT
    hits: dict[float, list[float]] = {}
    try:
        for weight in WEIGHTS:
            quote.MEANING_WEIGHT = weight
            hits[weight] = [
                scores(
                    [q],
                    [[r.text for r in quote.run(db, q["question"], limit=DEPTH).results]],
                    verdicts,
                )["success3"]
                for q in dev
            ]
    finally:
        quote.MEANING_WEIGHT = chosen
    total = 0.0
    picks = []
    for name in sorted({topic(q) for q in dev}):
        train = [i for i, q in enumerate(dev) if topic(q) != name]
        test = [i for i, q in enumerate(dev) if topic(q) == name]
        best = max(WEIGHTS, key=lambda w: (sum(hits[w][i] for i in train), -abs(w - chosen)))
        total += sum(hits[best][i] for i in test)
        picks.append(f"{name} {best:g}")
    each = ", ".join(f"{w:g}: {sum(h) / len(dev):.3f}" for w, h in hits.items())
    return (
        f"The re-ranker's weight (chosen: {chosen:g}) picked leave-one-topic-out on the dev "
        f"questions: success@3 {total / len(dev):.3f} (weights picked: {'; '.join(picks)}). "
        f"Each weight on every dev question: {each}."
    )


def build(path: Path) -> None:
    from bench.common import ROOT, conflict_records
    from commands import ingest
    from store.db import connect

    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    db = connect(path)
    lines = [json.dumps(r) for r in conflict_records()]
    result = ingest.ingest_jsonl(db, lines, "conflict")
    seeds = sorted(str(p) for p in (ROOT / "seeds").iterdir())
    ingest.ingest_paths(db, seeds)
    print(f"built {path.name}: {len(result.articles)} articles and the seeds", file=sys.stderr)
    db.conn.close()


def write_unjudged(
    path: Path,
    dev: list[dict],
    runs: dict[str, list[list[str]]],
    verdicts: dict[tuple[str, str], bool],
) -> None:
    """Each dev top-three passage of any method that neither holds its question's substring
    nor has a verdict, once."""
    index = {q["id"]: i for i, q in enumerate(load_questions())}
    seen: set[tuple[str, str]] = set()
    lines = []
    for results in runs.values():
        for q in dev:
            for text in results[index[q["id"]]][:3]:
                key = (q["id"], _verdict_key(text))
                if key in verdicts or key in seen or not q["answer"]:
                    continue
                if not is_answer(q, text, verdicts):
                    seen.add(key)
                    record = {"question": q["id"], "asked": q["question"]}
                    record |= {"substring": q["answer"], "passage": text}
                    lines.append(json.dumps(record))
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    print(f"{len(lines)} passages to judge in {path}", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="ingest the store again")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--show", choices=["dev"], help="print the dev misses of the new method")
    parser.add_argument("--unjudged", metavar="FILE", help="write the passages to judge to FILE")
    parser.add_argument("--answers", metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.answers:
        print(json.dumps(answers(args.answers)))
        return

    from bench import baseline
    from bench.common import EVAL, ROOT, publish, require

    require(EVAL / "news-corpus.jsonl")
    db_path = ROOT / "bench" / "out" / "quote-quality.db"
    if args.rebuild or not db_path.exists():
        build(db_path)
    questions = load_questions()
    verdicts = load_verdicts()

    runs: dict[str, list[list[str]]] = {}
    for label, rev in (
        ("previous (38a60cf)", baseline.DEFAULT_REV),
        (f"round start ({ROUND_START})", ROUND_START),
    ):
        runs[label] = json.loads(
            baseline.run(
                baseline.checkout(rev), str(Path(__file__).resolve()), "--answers", str(db_path)
            )
        )
    for label, methods in configurations().items():
        runs[label] = answers(str(db_path), methods)

    dev = [i for i, q in enumerate(questions) if q["split"] == "dev"]
    held = [i for i, q in enumerate(questions) if q["split"] == "held-out"]

    def on(idx: list[int], results: list[list[str]], judged: bool) -> dict[str, float]:
        return scores(
            [questions[i] for i in idx], [results[i] for i in idx], verdicts if judged else {}
        )

    plain = runs["plain BM25"]
    lines = [
        "| method | dev success@3 | dev MRR | dev success@3, substring only | "
        "dev answered / none | held-out success@3 | held-out MRR | "
        "held-out answered / none | dev: lost where plain BM25 was right | "
        "dev top-3 unjudged |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for label, results in runs.items():
        d, strict, h = on(dev, results, True), on(dev, results, False), on(held, results, False)
        lost = sum(
            1
            for i in dev
            if on([i], plain, True)["success3"] == 1 and on([i], results, True)["success3"] == 0
        )
        unjudged = sum(
            1
            for i in dev
            for t in results[i][:3]
            if questions[i]["answer"]
            and not is_answer(questions[i], t, verdicts)
            and (questions[i]["id"], _verdict_key(t)) not in verdicts
        )
        lines.append(
            f"| {label} | {d['success3']:.3f} | {d['mrr']:.3f} | {strict['success3']:.3f} | "
            f"{d['answered']:.2f} / {d['none']:.2f} | {h['success3']:.3f} | {h['mrr']:.3f} | "
            f"{h['answered']:.2f} / {h['none']:.2f} | {lost} | {unjudged} |"
        )
    counts = {"dev": len(dev), "held-out": len(held)}
    body = (
        f"Produced by `.venv/bin/python bench/quote_quality.py` on {len(questions)} questions "
        f"(dev {counts['dev']}, held-out {counts['held-out']}; bench/quote_questions.jsonl) "
        f"over the conflict articles of the corpus and the seeds ({_passages(db_path):,} "
        "passages). A passage "
        "answers when it holds the question's substring or was judged to answer it "
        "(bench/quote_verdicts.jsonl, dev only: held-out passages are never read, so its "
        "scores count the substring alone and are a lower bound). success@3 and MRR count "
        "an unanswerable question as right when nothing is returned; answered: share of "
        "answerable questions given any passage; none: share of unanswerable ones told "
        "there is none.\n\n" + "\n".join(lines)
    )
    body += "\n\n" + floor_table(str(db_path), [questions[i] for i in dev], verdicts)
    body += "\n\n" + weight_by_topic(str(db_path), [questions[i] for i in dev], verdicts)
    publish(body, "quote-quality", write=not args.no_write, doc="QUALITY.md")

    if args.unjudged:
        write_unjudged(Path(args.unjudged), [questions[i] for i in dev], runs, verdicts)
    if args.show == "dev":
        for i in dev:
            q, texts = questions[i], runs[SHOWN][i]
            s = scores([q], [texts], verdicts)
            if s["success3"] == 1 and q["answer"] is not None and is_answer(q, texts[0], verdicts):
                continue
            print(f"\n{q['id']} [{q['kind']}] {q['question']!r}  want: {q['answer']!r}")
            for n, t in enumerate(texts[:3], 1):
                mark = (
                    "+"
                    if is_answer(q, t, verdicts)
                    else ("-" if (q["id"], _verdict_key(t)) in verdicts else "?")
                )
                print(f"  {n}{mark} {' '.join(t.split())[:300]}")


if __name__ == "__main__":
    main()
