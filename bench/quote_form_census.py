"""A census of the word forms the index does not join: for every answerable question, the typed
words that its answer passages hold only in another form (docs/QUALITY.md, "Word forms the
index does not join").

Usage: .venv/bin/python bench/quote_form_census.py [--write]

An answer passage is one holding the question's substring, or, on the dev splits, one judged to
answer it (bench/quote_verdicts.jsonl); the store is bench/quote_quality.py's. A typed search
term missing from every word of such a passage is looked for there in another form, of four
kinds:

- place: a place and its people's word ("Europe" typed, "Europeans" written; "Syrian" typed,
  "Syria" written), the pairs WordNet relates (bench/quote_place_words.py, every place);
- compound: a lower-case typed word (or the base its regular endings give) at either end of a
  closed compound written ("strikes" in "Airstrikes", "roof" of "roofs" in "rooftops"), the
  rest of the compound an everyday word, or its inflection, of three letters or more;
- spacing: two typed words written as one, or one typed word written as two with a hyphen,
  an apostrophe or a space ("cease-fire" for "ceasefire", "Ba'ath" in "Baathists");
- derivation: for a lower-case typed word, a word of the same family the stemmer does not
  merge (the two share their first five letters, or four for a typed word of five or six:
  "invading" / "invasion", "loyalists" / "loyal"). A name's other spelling ("Hasakah" /
  "Hasakeh") is none of these: text/spelling.py's business.

Each row says whether this tree's `quote` joins the two (its synonyms, continents' words,
word relations or compounds give the written word for the typed one).

Each found form is counted once per question and kind (in the answer passage that shows it
first). A question "costs" when the default of main's code before the continents' people's
words (`place_words=False`) misses it in the first three. The dev splits' rows are printed
(and, with --write, kept in bench/quote_form_census.jsonl: question, kind, the typed word and
the written one, whether `quote` joins them, whether main missed the question); held-out splits
are counted only, never printed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import quote_quality as qq  # noqa: E402

OUT = Path(__file__).resolve().parent / "quote_form_census.jsonl"
KINDS = ("place", "compound", "spacing", "derivation")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_JOINERS = re.compile(r"['’-]")  # what a word written as two holds between them
MIN_REST = 3  # letters of a compound's other part: "air" of "airstrikes"


def _answer_texts(db_path: Path, questions: list[dict], verdicts: dict) -> dict[str, list[str]]:
    """{question id: texts of its answer passages} for the answerable questions."""
    import sqlite3

    rows = (
        sqlite3.connect(db_path)
        .execute(
            "SELECT substr(a.text, p.start + 1, p.end - p.start) FROM passages p "
            "JOIN articles a ON a.id = p.article_id"
        )
        .fetchall()
    )
    keyed = [(text, qq._key(text)) for (text,) in rows]
    answers = {(qid, key) for (qid, key), yes in verdicts.items() if yes}
    out: dict[str, list[str]] = {}
    for q in questions:
        if not q["answer"]:
            continue
        sub = qq._key(q["answer"])
        judged = q["split"].startswith("dev")
        out[q["id"]] = [
            text
            for text, key in keyed
            if sub in key or (judged and (q["id"], key[: qq.VERDICT_KEY_CHARS]) in answers)
        ]
    return out


def _places() -> dict[str, set[str]]:
    """{word: the words WordNet pairs it with}, every place's, all in lower case."""
    from bench.quote_place_words import EVERY_PLACE_FILES, WORDNET_DIR, pairs, related

    return {
        word: {other.lower() for other in others}
        for word, others in related(pairs(WORDNET_DIR, EVERY_PLACE_FILES)).items()
    }


def _compound_of(part: str, word: str) -> bool:
    """Whether word is a closed compound of part and an everyday word (or its inflection) of
    MIN_REST letters or more, in either order: "strikes" / "airstrikes", "roof" / "rooftops"."""
    from commands.quote_plan import _everyday_or_its_form

    if word == part or not word.isalpha():
        return False
    if word.endswith(part):
        rest = word[: -len(part)]
    elif word.startswith(part):
        rest = word[len(part) :]
    else:
        return False
    return len(rest) >= MIN_REST and _everyday_or_its_form(rest)


def forms(question: str, text: str, places: dict[str, set[str]]) -> list[tuple[str, str, str]]:
    """(kind, typed word, written word) for the typed words the passage holds only in another
    form."""
    from text import expand, tokens
    from text.word_relations import regular_bases

    drop, _ = expand.question_frame(question)
    held = set(tokens.terms(text))
    written = _WORD.findall(text)
    typed_words = [
        (w, t) for w in _WORD.findall(question) for t in tokens.terms(w) if t not in drop
    ]
    found: list[tuple[str, str, str]] = []
    spaced: set[str] = set()  # typed words written joined to the next one ("air bases")
    for i, (word, _) in enumerate(typed_words[:-1]):
        following = typed_words[i + 1][0]
        joined = (word + following).lower()
        for other in written:
            if other.lower() == joined and typed_words[i][1] not in held:
                found.append(("spacing", f"{word} {following}", other))
                spaced.update((word, following))
    for word, term in typed_words:
        if term in held or word in spaced:
            continue
        low = word.lower()
        lower_case = low == word and low.isalpha()
        parts = [low, *regular_bases(low)] if lower_case else []
        base = low[:-1] if low.endswith("s") and low[:-1] in places else low
        for other in written:
            olow = other.lower()
            if tokens.terms(other) == [term]:
                continue
            obase = olow[:-1] if olow.endswith("s") and olow[:-1] in places else olow
            flat = _JOINERS.sub("", olow)
            if obase in places.get(base, ()):
                found.append(("place", word, other))
            elif flat != olow and (flat == low or (len(flat) >= 4 and low.startswith(flat))):
                found.append(("spacing", word, other))
            elif any(_compound_of(part, olow) for part in parts):
                found.append(("compound", word, other))
            elif lower_case and olow.isalpha() and len(low) >= 5 and len(olow) >= 5:
                n = 5 if len(low) > 6 else 4
                if low[:n] == olow[:n]:
                    found.append(("derivation", word, other))
    return found


def joined_by_quote(typed: str, other: str) -> bool:
    """Whether this tree's `quote` already gives the written word for the typed one."""
    from commands.quote_plan import compounds
    from text import expand, place_words, tokens, word_relations

    alternatives = [
        *expand.synonyms(typed),
        *place_words.place_words(typed),
        *word_relations.related_words(typed, frozenset({"form", "thesaurus"})),
        *compounds(typed),
    ]
    want = set(tokens.terms(other))
    return any(set(a.terms) == want for a in alternatives)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write the dev rows to {OUT.name}")
    args = parser.parse_args()

    from bench.common import ROOT
    from commands.quote import Methods

    db_path = ROOT / "bench" / "out" / "quote-quality.db"
    questions, verdicts = qq.load_questions(), qq.load_verdicts()
    main_default = qq.answers(str(db_path), replace(Methods(), place_words=False))
    missed = {
        q["id"]
        for q, got in zip(questions, main_default, strict=True)
        if qq.scores([q], [got], verdicts if q["split"].startswith("dev") else {})["success3"] < 1
    }
    texts = _answer_texts(db_path, questions, verdicts)
    places = _places()
    rows: list[dict] = []
    counts: dict[tuple[str, str], list[set[str]]] = {}
    for q in questions:
        if q["id"] not in texts:
            continue
        seen: set[tuple[str, str]] = set()
        for text in texts[q["id"]]:
            for kind, typed, other in forms(q["question"], text, places):
                if (kind, typed.lower()) in seen:
                    continue
                seen.add((kind, typed.lower()))
                split = "dev" if q["split"].startswith("dev") else "held-out"
                questions_of, costly = counts.setdefault((split, kind), [set(), set()])
                questions_of.add(q["id"])
                if q["id"] in missed:
                    costly.add(q["id"])
                if split == "dev":
                    rows.append(
                        {
                            "question": q["id"],
                            "kind": kind,
                            "typed": typed,
                            "written": other,
                            "joined": joined_by_quote(typed, other),
                            "main_missed": q["id"] in missed,
                        }
                    )
    for row in rows:
        print(json.dumps(row))
    print(
        "\n| kind | dev splits: questions / missed by main | held-out splits: questions / missed |"
    )
    print("|---|---|---|")
    for kind in KINDS:
        cells = []
        for split in ("dev", "held-out"):
            of, costly = counts.get((split, kind), [set(), set()])
            cells.append(f"{len(of)} / {len(costly)}")
        print(f"| {kind} | " + " | ".join(cells) + " |")
    if args.write:
        OUT.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
