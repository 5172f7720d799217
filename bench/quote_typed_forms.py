"""How `quote` ranks a question's answer when the question is typed with another written form
of the same words: a dotted acronym or not ("US" / "U.S.", "UN" / "U.N."), "American" as
"US" or "U.S.", a name's Arabic article joined, apart or left out ("al-Assad" / "al Assad" /
"Assad"), a possessive or not ("Moscow's" / "Moscow"), a number with its thousands separator
or without ("1,300" / "1300").

Usage: .venv/bin/python bench/quote_typed_forms.py [--split dev dev2] [--beside REV DB]

Each question of the splits (dev and dev2 by default; held-out sets are not looked at) that
holds one of those forms is run as written and as each other typing, on
bench/out/quote-quality.db with this tree's code, and the rank of its first answering passage
among ten is printed (a substring or a verdict of bench/quote_verdicts.jsonl, as
bench/quote_quality.py judges; "-" when none of the ten answers). A top-three passage that
neither holds the substring nor has a verdict is counted as unjudged. With --beside REV DB,
the code at REV runs the same typings on the store DB (one it built itself), in the same run.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

WORKER_FLAG = "--answers"
if WORKER_FLAG not in sys.argv:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DEPTH = 10
# Two capitals written as one word: a country's or a body's initials ("US", "UN", "EU").
_INITIALS = re.compile(r"\b([A-Z])([A-Z])\b")
_DOTTED = re.compile(r"(?<![\w.])([A-Z])\.([A-Z])\.(?![\w.])")
_AMERICAN = re.compile(r"\bAmerican\b")  # the adjective only: "Americans" is no "US"
_ARTICLE = re.compile(r"\b([Aa]l)-(?=[A-Z])")
_POSSESSIVE = re.compile(r"(?<=\w)'s\b")
_THOUSANDS = re.compile(r"\b(\d{1,3}),(\d{3})\b")
# a number of four digits or more that is no year ("1300", not "2008")
_PLAIN_NUMBER = re.compile(r"\b(?!(?:19|20)\d\d\b)(\d{1,3})(\d{3})\b")


def typings(question: str) -> list[tuple[str, str]]:
    """(form, question typed so) for each other typing of the forms the question holds."""
    out: list[tuple[str, str]] = []
    if _INITIALS.search(question):
        out.append(("initials dotted", _INITIALS.sub(r"\1.\2.", question)))
    if _DOTTED.search(question):
        out.append(("dots dropped", _DOTTED.sub(r"\1\2", question)))
    if _AMERICAN.search(question):
        out.append(("American as US", _AMERICAN.sub("US", question)))
        out.append(("American as U.S.", _AMERICAN.sub("U.S.", question)))
    if _ARTICLE.search(question):
        out.append(("al- apart", _ARTICLE.sub(r"\1 ", question)))
        out.append(("al- left out", _ARTICLE.sub("", question)))
    if _POSSESSIVE.search(question):
        out.append(("possessive left out", _POSSESSIVE.sub("", question)))
    if _THOUSANDS.search(question):
        out.append(("separator left out", _THOUSANDS.sub(r"\1\2", question)))
    if _PLAIN_NUMBER.search(question):
        out.append(("separator put in", _PLAIN_NUMBER.sub(r"\1,\2", question)))
    return out


def asked(questions: list[dict]) -> list[tuple[str, str, str]]:
    """(question id, form, text): each question as written, then as each other typing."""
    out = []
    for q in questions:
        others = typings(q["question"])
        if others:
            out.append((q["id"], "as written", q["question"]))
            out.extend((q["id"], form, text) for form, text in others)
    return out


def answers(db_path: str, texts: list[str]) -> list[list[str]]:
    """The first DEPTH passages of each text, from the code on sys.path."""
    from commands import quote
    from store.db import connect

    db = connect(db_path, create=False)
    return [[r.text for r in quote.run(db, t, limit=DEPTH).results] for t in texts]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", nargs="+", default=["dev", "dev2"])
    parser.add_argument("--beside", nargs=2, metavar=("REV", "DB"))
    parser.add_argument(WORKER_FLAG, nargs=2, metavar=("DB", "TEXTS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.answers:
        texts = json.loads(Path(args.answers[1]).read_text(encoding="utf-8"))
        print(json.dumps(answers(args.answers[0], texts)))
        return
    if any(s.startswith("held-out") for s in args.split):
        parser.error("held-out sets are looked at for totals only")

    from bench import baseline
    from bench.common import ROOT
    from bench.quote_quality import _verdict_key, is_answer, load_questions, load_verdicts

    questions = {q["id"]: q for q in load_questions() if q["split"] in args.split}
    verdicts = load_verdicts()
    runs = asked(list(questions.values()))
    texts = [t for _, _, t in runs]
    columns = {"this tree": answers(str(ROOT / "bench" / "out" / "quote-quality.db"), texts)}
    if args.beside:
        rev, db = args.beside
        spool = ROOT / "bench" / "out" / "quote-typed-forms-texts.json"
        spool.write_text(json.dumps(texts), encoding="utf-8")
        out = baseline.run(
            baseline.checkout(rev),
            str(Path(__file__).resolve()),
            WORKER_FLAG,
            str(Path(db).resolve()),
            str(spool),
        )
        columns = {rev: json.loads(out), **columns}

    def cell(q: dict, found: list[str]) -> str:
        rank = next((i for i, t in enumerate(found, 1) if is_answer(q, t, verdicts)), None)
        unjudged = sum(
            1
            for t in found[:3]
            if not is_answer(q, t, verdicts) and (q["id"], _verdict_key(t)) not in verdicts
        )
        return (str(rank) if rank else "-") + (f" ({unjudged} unjudged)" if unjudged else "")

    print("| question | typed | " + " | ".join(columns) + " |")
    print("|---|---|" + "---|" * len(columns))
    for n, (qid, form, text) in enumerate(runs):
        q = questions[qid]
        ranks = " | ".join(cell(q, found[n]) for found in columns.values())
        print(f"| {qid} | {form}: {text} | {ranks} |")


if __name__ == "__main__":
    main()
