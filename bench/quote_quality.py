"""`quote` quality on bench/quote_questions.jsonl: success@3 and MRR, each method beside the
previous code's in one run.

Usage: .venv/bin/python bench/quote_quality.py [--rebuild] [--no-write]
       [--show dev|dev2|dev3|dev4|dev5|dev6|dev7|dev8] [--unjudged FILE]

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
"previous" is the code before the quality work (bench/baseline.py), "before" the code
before the changes to `quote` measured here (START_REV), each run on the same store in
the same run; "plain BM25" is the new code with every expansion off. The code this tree's work
started from (PREVIOUS) is run twice: on a store it built itself from the same records and
seeds, and on this tree's store.
The first row against the default shows what the work since did to the answers,
cleaning included; the second, what the `quote` code alone did (the store being the same). The
questions whose success@3 differs between the previous code on its own store and the default
are listed (dev by id, held-out counted only).

With --show dev, each dev question the first new method misses is printed with its first three
passages, and top-three passages that neither contain the substring nor have a verdict are
listed as unjudged. With --unjudged FILE, every method's dev top-three passages that have no
verdict and do not hold the substring are written to FILE (JSON lines: question id, question,
substring, passage) for a reader to judge.

Main at FLOOR_MAIN (before a long question's lower floor) is run on this tree's store in the
first table and in the second, third and fourth sets' tables, with the questions each set gains
and loses against it.

Main at NUMBER_MAIN (before a question asking for a number needed a passage giving one) is run
on this tree's store in the first table and in the second, third and fourth sets' tables, with
the questions each set gains and loses against it.

Main at FORMS_MAIN (before a continent's people's word counted for the continent) is run on this
tree's store in the first table and in the second, third and fourth sets' tables, with the
questions each set gains and loses against it.

Main at CLUSTERS_MAIN (before an adjective's cluster and WordNet's noun compounds changed the
related words) is run on this tree's store, in the first table and in the second and third
sets' tables.

Main at NOW_MAIN is also run on a store it built itself from the same records and seeds
(bench/out/quote-quality-NOW_MAIN.db), beside this tree on its own store: a change of what
ingest stores (index terms) is measured against it so, on both sets.

The second set (q136 to q175, splits dev2 and held-out2) was written later, blind, over
articles no earlier question names; it has a table of its own, for the methods that matter to
its estimate (plain BM25, the lexical path, the default, main at SET2_MAIN, MAIN and NOW_MAIN). Its
top-three passages of those rows were judged in both splits, so that its two scores are comparable;
held-out2's verdicts give totals only. --unjudged also writes those rows' unjudged passages of
both splits.

The third set (q176 to q215, split dev3) was written later still, blind: 36 questions over
articles drawn at random (random.Random(20261205).sample of the conflict records between 1,500
and 15,000 characters that no earlier question names; articles off the conflict, such as
sport or markets, passed over), each read and its question written before `quote` was run on
any of them, and 4 with no answer. It has no held-out part: all of it is read. Its table
holds plain BM25, the lexical path, the default and main at SET3_MAIN on this tree's store;
every top-three passage of those rows is judged (--unjudged writes the rest, .set3.jsonl).

The fourth set (q216 to q255, splits dev4 and held-out4) was written the same way with another
seed (random.Random(20261206).sample of the same records, none named by an earlier question;
a story on China's navy, one on New York's clerk offices and one on Somali piracy passed over):
36 questions, 4 with no answer, committed before anything was measured, split by the first
byte of the SHA-256 of the question's text (even: dev4, odd: held-out4). Its table holds plain
BM25, the lexical path, the default and main at SET4_MAIN on this tree's store; dev4's
top-three passages of those rows are judged (--unjudged writes the rest, .set4.jsonl), and
held-out4 is looked at for totals only, by the substring alone.

The fifth to eighth sets were written as the fourth was, each with its own seed of
random.Random(...).sample over the same records, none named by an earlier question: 36
questions and 4 with no answer, committed before anything was measured, and the same split
(even first byte of the question's SHA-256: devN, odd: held-outN); each table holds plain BM25,
the lexical path, the default and main at SETN_MAIN on this tree's store, devN's top-three
passages judged (--unjudged writes the rest, .setN.jsonl), held-outN looked at for totals only,
by the substring alone. Records passed over as off the conflicts:
- fifth (q256 to q295, seed 20261207): a business news round-up, a Formula One practice, a
  royal wedding and a guru's meditation teaching;
- sixth (q296 to q335, 20261208): a page of American political news and a story on the G20's
  grain database;
- seventh (q336 to q375, 20261209): a list of Russia's transport disasters, a hearing on phone
  hacking, a Fed Cup tie, a rule on banks' sovereign debt, a bill on libel and the G20's grain
  database;
- eighth (q376 to q415, 20261210): a branding survey's ranking of al-Jazeera, a Greek
  austerity speech, Afghanistan's drought, Greece's second bailout, a tennis final and a CNN
  iReport sign-up page with no story.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

WORKER_FLAGS = ("--answers", "--build")
if not any(flag in sys.argv for flag in WORKER_FLAGS):
    # a baseline tree's worker must import the baseline's code
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

HERE = Path(__file__).resolve().parent
QUESTIONS = HERE / "quote_questions.jsonl"
VERDICTS = HERE / "quote_verdicts.jsonl"
DEPTH = 10
# The code before the changes to `quote` measured here: its default method, beside the new one.
START_REV = "ff4b828"
# The code this tree's work started from: run on a store it built itself (its cleaning, its
# passages) and on this tree's store, beside the new code.
PREVIOUS = "1093753"
# The main line before the re-ranker's pool was deepened to 60: run on this tree's store beside
# the new code.
MAIN = "9aa5fdc"
# The main line when the second question set (dev2, held-out2) was written: its score on that
# set is the fresh estimate, and the code measured here is compared with it.
SET2_MAIN = "fa862bf"
SET2_SPLITS = ("dev2", "held-out2")
# Main when a dotted acronym became one search term (pipeline version 40): run on a store it
# built itself, since the change is one of what ingest stores, beside this tree on its own.
NOW_MAIN = "245c3bc"
# Main when the third question set (dev3) was written: its score there is that set's fresh
# estimate, run on this tree's store (what ingest stores did not change since).
SET3_MAIN = "5bf399b"
SET3_SPLIT = "dev3"
# Main when the fourth question set (dev4, held-out4) was written: its score there is that set's
# fresh estimate, run on this tree's store.
SET4_MAIN = "1107fef"
SET4_SPLITS = ("dev4", "held-out4")
# Main when the fifth question set (dev5, held-out5) was written: its score there is that set's
# fresh estimate, run on this tree's store.
SET5_MAIN = "03c47f1"
SET5_SPLITS = ("dev5", "held-out5")
# Main when the sixth question set (dev6, held-out6) was written: its score there is that set's
# fresh estimate, run on this tree's store.
SET6_MAIN = "238d46a"
SET6_SPLITS = ("dev6", "held-out6")
# Main when the seventh question set (dev7, held-out7) was written: its score there is that
# set's fresh estimate, run on this tree's store.
SET7_MAIN = "5df30c5"
SET7_SPLITS = ("dev7", "held-out7")
# Main when the eighth question set (dev8, held-out8) was written: its score there is that
# set's fresh estimate, run on this tree's store.
SET8_MAIN = "5a7551e"
SET8_SPLITS = ("dev8", "held-out8")
# Main before an adjective's cluster and the noun compounds (WordNet) changed the related words:
# run on this tree's store (what ingest stores did not change), beside the new code, in every
# table.
CLUSTERS_MAIN = "5ad7697"
# Main before a continent's people's word counted for the continent (text/place_words.py): run on
# this tree's store (what ingest stores did not change), beside the new code, in every table.
FORMS_MAIN = "a3000d9"
# Main before a question asking for a number needed a passage giving one (commands/quote.py's
# NUMBER_ASKED): run on this tree's store (what ingest stores changed only in cleaning since),
# beside the new code, in every table.
NUMBER_MAIN = "ee6ed7b"
# Main before a long question no passage covers FLOOR of was answered by those covering
# LONG_FLOOR (commands/quote.py): run on this tree's store (what ingest stores did not change
# since), beside the new code, in every table.
FLOOR_MAIN = "d962eb3"
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
        "plain + compounds": replace(PLAIN, compounds=True),
        "plain + close spellings of names": replace(PLAIN, close_names=True),
        "plain + continents' people's words": replace(PLAIN, place_words=True),
        "plain + feedback (RM3)": replace(PLAIN, feedback=True),
        "plain + coverage rank and floor": replace(PLAIN, coverage=True),
        "plain + meaning re-rank": replace(PLAIN, meaning=True),
        LEXICAL_LABEL: Methods(meaning=False),
        "lexical + feedback (RM3)": Methods(meaning=False, feedback=True),
        "new: lexical + meaning re-rank (default)": Methods(),
    }


SHOWN = "new: lexical + meaning re-rank (default)"
LEXICAL_LABEL = (
    "lexical: synonyms + aliases + spellings + close names + compounds + word relations + coverage"
)
SET2_LABEL = f"main ({SET2_MAIN}), on this tree's store"
MAIN_LABEL = f"main ({MAIN}), on this tree's store"
NOW_MAIN_LABEL = f"main ({NOW_MAIN}), on a store it built"
CLUSTERS_LABEL = f"main ({CLUSTERS_MAIN}), on this tree's store"
FORMS_LABEL = f"main ({FORMS_MAIN}), on this tree's store"
NUMBER_LABEL = f"main ({NUMBER_MAIN}), on this tree's store"
FLOOR_LABEL = f"main ({FLOOR_MAIN}), on this tree's store"
SET2_ROWS = (
    SET2_LABEL,
    MAIN_LABEL,
    NOW_MAIN_LABEL,
    CLUSTERS_LABEL,
    FORMS_LABEL,
    NUMBER_LABEL,
    FLOOR_LABEL,
    "plain BM25",
    LEXICAL_LABEL,
    SHOWN,
)
SET3_LABEL = f"main ({SET3_MAIN}), on this tree's store"
SET3_ROWS = (
    SET3_LABEL,
    CLUSTERS_LABEL,
    FORMS_LABEL,
    NUMBER_LABEL,
    FLOOR_LABEL,
    "plain BM25",
    LEXICAL_LABEL,
    SHOWN,
)
SET4_LABEL = f"main ({SET4_MAIN}), on this tree's store"
SET4_ROWS = (SET4_LABEL, FORMS_LABEL, NUMBER_LABEL, FLOOR_LABEL, "plain BM25", LEXICAL_LABEL, SHOWN)
SET5_LABEL = f"main ({SET5_MAIN}), on this tree's store"
SET5_ROWS = (SET5_LABEL, "plain BM25", LEXICAL_LABEL, SHOWN)
SET6_LABEL = f"main ({SET6_MAIN}), on this tree's store"
SET6_ROWS = (SET6_LABEL, "plain BM25", LEXICAL_LABEL, SHOWN)
SET7_LABEL = f"main ({SET7_MAIN}), on this tree's store"
SET7_ROWS = (SET7_LABEL, "plain BM25", LEXICAL_LABEL, SHOWN)
SET8_LABEL = f"main ({SET8_MAIN}), on this tree's store"
SET8_ROWS = (SET8_LABEL, "plain BM25", LEXICAL_LABEL, SHOWN)


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


def store_table(
    before: dict[str, list[list[str]]],
    after: dict[str, list[list[str]]],
    questions: list[dict],
    dev: list[int],
    held: list[int],
    verdicts: dict[tuple[str, str], bool],
) -> str:
    """Each method on PREVIOUS's store beside this tree's store: what the store alone changes,
    with the dev questions whose success@3 moved and the held-out ones counted."""
    lines = [
        f"The same code on the store {PREVIOUS} built and on this tree's store (what the store "
        "alone changes: its cleaning and passages):",
        "",
        f"| method | dev success@3 / MRR, {PREVIOUS}'s store | this tree's store | "
        "dev questions gained / lost | "
        f"held-out success@3 / MRR, {PREVIOUS}'s store | this tree's store | "
        "held-out questions gained / lost |",
        "|---|---|---|---|---|---|---|",
    ]
    for label, old in before.items():
        new = after[label]
        cells = []
        for idx, judged in ((dev, verdicts), (held, {})):
            a = scores([questions[i] for i in idx], [old[i] for i in idx], judged)
            b = scores([questions[i] for i in idx], [new[i] for i in idx], judged)
            moved = [
                (questions[i]["id"], after_hit - before_hit)
                for i in idx
                for before_hit, after_hit in [
                    (
                        scores([questions[i]], [old[i]], judged)["success3"],
                        scores([questions[i]], [new[i]], judged)["success3"],
                    )
                ]
                if after_hit != before_hit
            ]
            gained = [q for q, d in moved if d > 0]
            lost = [q for q, d in moved if d < 0]
            if idx is dev:
                change = f"{', '.join(gained) or '–'} / {', '.join(lost) or '–'}"
            else:
                change = f"{len(gained)} / {len(lost)}"
            cells += [
                f"{a['success3']:.3f} / {a['mrr']:.3f}",
                f"{b['success3']:.3f} / {b['mrr']:.3f}",
                change,
            ]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


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


def leave_one_topic_out(
    hits: dict[float, list[float]], dev: list[dict], chosen: float
) -> tuple[float, list[str]]:
    """A weight chosen leave-one-topic-out: for each collection, the weight whose success@3
    (hits: each dev question's, by weight) is best on the other collections' dev questions
    (ties to the weight nearest chosen), scored on its own. Returns the success@3 so reached
    on every dev question and the weight each collection got ("LibyaWar 1")."""
    total = 0.0
    picks = []
    weights = list(hits)
    for name in sorted({topic(q) for q in dev}):
        train = [i for i, q in enumerate(dev) if topic(q) != name]
        test = [i for i, q in enumerate(dev) if topic(q) == name]
        best = max(weights, key=lambda w: (sum(hits[w][i] for i in train), -abs(w - chosen)))
        total += sum(hits[best][i] for i in test)
        picks.append(f"{name} {best:g}")
    return total / len(dev), picks


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
    total, picks = leave_one_topic_out(hits, dev, chosen)
    each = ", ".join(f"{w:g}: {sum(h) / len(dev):.3f}" for w, h in hits.items())
    return (
        f"The re-ranker's weight (chosen: {chosen:g}) picked leave-one-topic-out on the dev "
        f"questions: success@3 {total:.3f} (weights picked: {'; '.join(picks)}). "
        f"Each weight on every dev question: {each}."
    )


def _records_file(path: Path) -> Path:
    """The conflict records as JSON lines, written once beside the store, so that a baseline
    tree (whose bench/common.py cannot find the corpus from bench/out/) ingests the same ones."""
    from bench.common import conflict_records

    records = path.parent / "quote-quality-records.jsonl"
    if not records.exists():
        records.write_text("".join(json.dumps(r) + "\n" for r in conflict_records()))
    return records


def build(path: Path, records: Path, seeds: Path) -> None:
    """Ingest records (JSON lines) and the seed files into a new store at path, with the code
    on sys.path."""
    from commands import ingest
    from store.db import connect

    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    db = connect(path)
    lines = records.read_text(encoding="utf-8").splitlines()
    result = ingest.ingest_jsonl(db, lines, "conflict")
    ingest.ingest_paths(db, sorted(str(p) for p in seeds.iterdir()))
    print(f"built {path.name}: {len(result.articles)} articles and the seeds", file=sys.stderr)
    db.conn.close()


def unjudged_count(
    questions: list[dict],
    idx: list[int],
    results: list[list[str]],
    verdicts: dict[tuple[str, str], bool],
) -> int:
    """Top-three passages of the questions at idx (those with an answer) that neither hold the
    answer nor have a verdict: what is left to judge."""
    return sum(
        1
        for i in idx
        for t in results[i][:3]
        if questions[i]["answer"]
        and not is_answer(questions[i], t, verdicts)
        and (questions[i]["id"], _verdict_key(t)) not in verdicts
    )


def moves(
    questions: list[dict],
    idx: list[int],
    base: list[list[str]],
    results: list[list[str]],
    verdicts: dict[tuple[str, str], bool],
) -> tuple[list[str], list[str]]:
    """The ids of the questions at idx whose success@3 (judged) rises, and falls, from base
    to results."""
    gained, lost = [], []
    for i in idx:
        before = scores([questions[i]], [base[i]], verdicts)["success3"]
        after = scores([questions[i]], [results[i]], verdicts)["success3"]
        if after != before:
            (gained if after > before else lost).append(questions[i]["id"])
    return gained, lost


VARIANT_SPLITS = (
    "dev",
    "dev2",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "held-out",
    "held-out2",
    "held-out4",
    "held-out5",
    "held-out6",
    "held-out7",
    "held-out8",
)


def variant_table(
    questions: list[dict],
    runs: dict[str, list[list[str]]],
    base_of: dict[str, str],
    verdicts: dict[tuple[str, str], bool],
    *,
    against: str = "",
    unanswerable: bool = False,
) -> str:
    """A variant bench's table: each run's success@3 / MRR on every split (dev splits judged,
    held-out ones by the substring), and the questions it gains and loses against the run
    base_of names for it (dev by id, held-out counted). against: what the last column's head
    names those runs; unanswerable: each cell also counts the split's unanswerable questions
    told there is none ("none 3/4")."""
    index = {n: [i for i, q in enumerate(questions) if q["split"] == n] for n in VARIANT_SPLITS}
    lines = [
        "| method | "
        + " | ".join(VARIANT_SPLITS)
        + f" | gained / lost{f' against {against}' if against else ''} |",
        "|---|" + "---|" * (len(VARIANT_SPLITS) + 1),
    ]
    for label, results in runs.items():
        cells, moved = [], []
        base = runs[base_of[label]]
        for name in VARIANT_SPLITS:
            idx = index[name]
            judged = verdicts if name.startswith("dev") else {}
            s = scores([questions[i] for i in idx], [results[i] for i in idx], judged)
            cell = f"{s['success3']:.3f} / {s['mrr']:.3f}"
            if unanswerable:
                none = [i for i in idx if questions[i]["answer"] is None]
                cell += f", none {sum(1 for i in none if not results[i])}/{len(none)}"
            cells.append(cell)
            if base is not results:
                gained, lost = moves(questions, idx, base, results, judged)
                if name.startswith("dev"):
                    moved += [f"+{g}" for g in gained] + [f"-{x}" for x in lost]
                elif gained or lost:
                    moved.append(f"{name} +{len(gained)} -{len(lost)}")
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {', '.join(moved) or '–'} |")
    return "\n".join(lines)


def set2_table(
    runs: dict[str, list[list[str]]],
    questions: list[dict],
    verdicts: dict[tuple[str, str], bool],
) -> str:
    """The second set's scores for each of SET2_ROWS, judged and by the substring alone, with
    the dev2 questions whose success@3 differs from main's at SET2_MAIN (held-out2 counted)."""
    idx = {name: [i for i, q in enumerate(questions) if q["split"] == name] for name in SET2_SPLITS}
    base = runs[SET2_LABEL]
    lines = [
        "| method | dev2 success@3 / MRR | dev2, substring only | dev2 top-3 unjudged | "
        "held-out2 success@3 / MRR | held-out2, substring only | held-out2 top-3 unjudged | "
        f"dev2 gained / lost against {SET2_MAIN} | held-out2 gained / lost |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for label in SET2_ROWS:
        results = runs[label]
        cells = []
        for name in SET2_SPLITS:
            part = [questions[i] for i in idx[name]]
            got = [results[i] for i in idx[name]]
            judged, plain = scores(part, got, verdicts), scores(part, got, {})
            cells += [
                f"{judged['success3']:.3f} / {judged['mrr']:.3f}",
                f"{plain['success3']:.3f} / {plain['mrr']:.3f}",
                str(unjudged_count(questions, idx[name], results, verdicts)),
            ]
        for name in SET2_SPLITS:
            gained, lost = moves(questions, idx[name], base, results, verdicts)
            if name == "dev2":
                cells.append(f"{', '.join(gained) or '–'} / {', '.join(lost) or '–'}")
            else:
                cells.append(f"{len(gained)} / {len(lost)}")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    counts = ", ".join(f"{name} {len(idx[name])}" for name in SET2_SPLITS)
    return (
        f"The second set ({counts}; written after the tables above, over articles no earlier "
        "question names, and split by a seeded draw after all were written). Top-three "
        "passages judged in both splits; held-out2 is looked at for totals only:\n\n"
        + "\n".join(lines)
    )


def set3_table(
    runs: dict[str, list[list[str]]],
    questions: list[dict],
    verdicts: dict[tuple[str, str], bool],
) -> str:
    """The third set's scores for each of SET3_ROWS, judged and by the substring alone, with
    the questions whose success@3 differs from main's at SET3_MAIN."""
    idx = [i for i, q in enumerate(questions) if q["split"] == SET3_SPLIT]
    part = [questions[i] for i in idx]
    base = runs[SET3_LABEL]
    lines = [
        f"| method | {SET3_SPLIT} success@3 / MRR | substring only | answered / none | "
        f"top-3 unjudged | gained / lost against {SET3_MAIN} |",
        "|---|---|---|---|---|---|",
    ]
    for label in SET3_ROWS:
        got = [runs[label][i] for i in idx]
        judged, plain = scores(part, got, verdicts), scores(part, got, {})
        unjudged = unjudged_count(questions, idx, runs[label], verdicts)
        gained, lost = moves(questions, idx, base, runs[label], verdicts)
        lines.append(
            f"| {label} | {judged['success3']:.3f} / {judged['mrr']:.3f} | "
            f"{plain['success3']:.3f} / {plain['mrr']:.3f} | "
            f"{judged['answered']:.2f} / {judged['none']:.2f} | {unjudged} | "
            f"{', '.join(gained) or '–'} / {', '.join(lost) or '–'} |"
        )
    return (
        f"The third set ({SET3_SPLIT}, {len(idx)} questions; written after the tables above, "
        "over articles drawn at random with seed 20261205 from the conflict records no earlier "
        "question names, each written before `quote` was run on it; every top-three passage of "
        "these rows judged):\n\n" + "\n".join(lines)
    )


# the sets written blind, by their number: (splits, main's revision, rows, ordinal, seed)
BLIND_SETS = {
    4: (SET4_SPLITS, SET4_MAIN, SET4_ROWS, "fourth", 20261206),
    5: (SET5_SPLITS, SET5_MAIN, SET5_ROWS, "fifth", 20261207),
    6: (SET6_SPLITS, SET6_MAIN, SET6_ROWS, "sixth", 20261208),
    7: (SET7_SPLITS, SET7_MAIN, SET7_ROWS, "seventh", 20261209),
    8: (SET8_SPLITS, SET8_MAIN, SET8_ROWS, "eighth", 20261210),
}


def set_table(
    runs: dict[str, list[list[str]]],
    questions: list[dict],
    verdicts: dict[tuple[str, str], bool],
    number: int,
) -> str:
    """A set written blind's scores (BLIND_SETS[number]) for each of its rows: its dev split
    judged and by the substring alone, its held-out split by the substring alone (totals only),
    with the dev questions whose success@3 differs from main's at its main revision (held-out
    counted)."""
    splits, main_rev, rows, ordinal, seed = BLIND_SETS[number]
    return blind_set_table(runs, questions, verdicts, splits, main_rev, rows, (ordinal, seed))


def blind_set_table(
    runs: dict[str, list[list[str]]],
    questions: list[dict],
    verdicts: dict[tuple[str, str], bool],
    splits: tuple[str, str],
    main_rev: str,
    rows: tuple[str, ...],
    named: tuple[str, int],
) -> str:
    """A set written blind over a seeded draw (named: its ordinal and seed), for each of rows:
    the dev split judged and by the substring alone, the held-out split by the substring alone
    (totals only), with the dev questions whose success@3 differs from main's at main_rev
    (held-out counted)."""
    dev_name, held_name = splits
    dev = [i for i, q in enumerate(questions) if q["split"] == dev_name]
    held = [i for i, q in enumerate(questions) if q["split"] == held_name]
    base = runs[f"main ({main_rev}), on this tree's store"]
    lines = [
        f"| method | {dev_name} success@3 / MRR | {dev_name}, substring only | "
        f"{dev_name} answered / none | {dev_name} top-3 unjudged | "
        f"{held_name} success@3 / MRR, substring only | {held_name} answered / none | "
        f"{dev_name} gained / lost against {main_rev} | {held_name} gained / lost |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for label in rows:
        got = [runs[label][i] for i in dev]
        part = [questions[i] for i in dev]
        judged, plain = scores(part, got, verdicts), scores(part, got, {})
        held_scores = scores([questions[i] for i in held], [runs[label][i] for i in held], {})
        unjudged = unjudged_count(questions, dev, runs[label], verdicts)
        gained, lost = moves(questions, dev, base, runs[label], verdicts)
        held_gained, held_lost = moves(questions, held, base, runs[label], {})
        lines.append(
            f"| {label} | {judged['success3']:.3f} / {judged['mrr']:.3f} | "
            f"{plain['success3']:.3f} / {plain['mrr']:.3f} | "
            f"{judged['answered']:.2f} / {judged['none']:.2f} | {unjudged} | "
            f"{held_scores['success3']:.3f} / {held_scores['mrr']:.3f} | "
            f"{held_scores['answered']:.2f} / {held_scores['none']:.2f} | "
            f"{', '.join(gained) or '–'} / {', '.join(lost) or '–'} | "
            f"{len(held_gained)} / {len(held_lost)} |"
        )
    ordinal, seed = named
    return (
        f"The {ordinal} set ({dev_name} {len(dev)}, {held_name} {len(held)} questions; written "
        f"after the tables above, over articles drawn at random with seed {seed} from the "
        "conflict records no earlier question names, each written before `quote` was run on "
        f"it; every {dev_name} top-three passage of these rows judged, {held_name} by the "
        "substring alone):\n\n" + "\n".join(lines)
    )


def print_variants(
    questions: list[dict],
    runs: dict[str, list[list[str]]],
    base_of: dict[str, str],
    verdicts: dict[tuple[str, str], bool],
    unjudged: str | None,
) -> None:
    """A variant bench's report: the variants' table, each row's dev top-three passages
    without a verdict, and, with unjudged (a path), those passages written there to judge."""
    print(variant_table(questions, runs, base_of, verdicts))
    dev = [i for i, q in enumerate(questions) if q["split"].startswith("dev")]
    print("\ndev splits' top-three passages without a verdict, per row:")
    for label, results in runs.items():
        print(f"- {label}: {unjudged_count(questions, dev, results, verdicts)}")
    if unjudged:
        write_unjudged(Path(unjudged), [questions[i] for i in dev], runs, verdicts)


def write_unjudged(
    path: Path,
    dev: list[dict],
    runs: dict[str, list[list[str]]],
    verdicts: dict[tuple[str, str], bool],
) -> None:
    """Each top-three passage of dev's questions in any of runs that neither holds its
    question's substring nor has a verdict, once."""
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


def write_sets_unjudged(
    path: Path,
    questions: list[dict],
    runs: dict[str, list[list[str]]],
    verdicts: dict[tuple[str, str], bool],
) -> None:
    """write_unjudged for each later set, beside path (".set2.jsonl" ...): the top-three
    passages of its table's rows, of both of the second set's splits and of the others' dev
    split."""
    later = {2: (SET2_SPLITS, SET2_ROWS), 3: ((SET3_SPLIT,), SET3_ROWS)}
    later |= {n: (splits[:1], rows) for n, (splits, _, rows, _, _) in BLIND_SETS.items()}
    for number, (splits, rows) in later.items():
        chosen = [q for q in questions if q["split"] in splits]
        picked = {label: runs[label] for label in rows}
        write_unjudged(path.with_suffix(f".set{number}.jsonl"), chosen, picked, verdicts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="ingest the store again")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument(
        "--show",
        choices=[
            "dev",
            "dev2",
            SET3_SPLIT,
            SET4_SPLITS[0],
            SET5_SPLITS[0],
            SET6_SPLITS[0],
            SET7_SPLITS[0],
            SET8_SPLITS[0],
        ],
        help="print a dev split's misses of the new method",
    )
    parser.add_argument("--unjudged", metavar="FILE", help="write the passages to judge to FILE")
    parser.add_argument("--answers", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument(
        "--build", nargs=3, metavar=("DB", "RECORDS", "SEEDS"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.answers:
        print(json.dumps(answers(args.answers)))
        return
    if args.build:
        build(*(Path(a) for a in args.build))
        return

    from bench import baseline
    from bench.common import EVAL, ROOT, publish, require

    require(EVAL / "news-corpus.jsonl")
    db_path = ROOT / "bench" / "out" / "quote-quality.db"
    previous_db = ROOT / "bench" / "out" / f"quote-quality-{PREVIOUS}.db"
    now_main_db = ROOT / "bench" / "out" / f"quote-quality-{NOW_MAIN}.db"
    script = str(Path(__file__).resolve())
    previous_tree = baseline.checkout(PREVIOUS)
    if args.rebuild or not db_path.exists():
        build(db_path, _records_file(db_path), ROOT / "seeds")
    for tree, store in ((previous_tree, previous_db), (baseline.checkout(NOW_MAIN), now_main_db)):
        if args.rebuild or not store.exists():
            records = str(_records_file(db_path))
            baseline.run(tree, script, "--build", str(store), records, str(ROOT / "seeds"))
    questions = load_questions()
    verdicts = load_verdicts()

    runs: dict[str, list[list[str]]] = {}
    own_store = f"{PREVIOUS}, on a store it built"
    for label, rev, store in (
        ("previous (38a60cf)", baseline.DEFAULT_REV, db_path),
        (f"before ({START_REV})", START_REV, db_path),
        (own_store, PREVIOUS, previous_db),
        (f"{PREVIOUS}, on this tree's store", PREVIOUS, db_path),
        (MAIN_LABEL, MAIN, db_path),
        (SET2_LABEL, SET2_MAIN, db_path),
        (NOW_MAIN_LABEL, NOW_MAIN, now_main_db),
        (SET3_LABEL, SET3_MAIN, db_path),
        (SET4_LABEL, SET4_MAIN, db_path),
        (SET5_LABEL, SET5_MAIN, db_path),
        (SET6_LABEL, SET6_MAIN, db_path),
        (SET7_LABEL, SET7_MAIN, db_path),
        (SET8_LABEL, SET8_MAIN, db_path),
        (CLUSTERS_LABEL, CLUSTERS_MAIN, db_path),
        (FORMS_LABEL, FORMS_MAIN, db_path),
        (NUMBER_LABEL, NUMBER_MAIN, db_path),
        (FLOOR_LABEL, FLOOR_MAIN, db_path),
    ):
        tree = previous_tree if rev == PREVIOUS else baseline.checkout(rev)
        runs[label] = json.loads(baseline.run(tree, script, "--answers", str(store)))
    # Every method of this tree and the code before the quality work also on PREVIOUS's store:
    # what the store alone (its cleaning and passages) changes for each.
    on_previous_store: dict[str, list[list[str]]] = {
        "previous (38a60cf)": json.loads(
            baseline.run(
                baseline.checkout(baseline.DEFAULT_REV), script, "--answers", str(previous_db)
            )
        )
    }
    for label, methods in configurations().items():
        runs[label] = answers(str(db_path), methods)
        on_previous_store[label] = answers(str(previous_db), methods)

    dev = [i for i, q in enumerate(questions) if q["split"] == "dev"]
    held = [i for i, q in enumerate(questions) if q["split"] == "held-out"]
    dev2 = [i for i, q in enumerate(questions) if q["split"] == "dev2"]
    held2 = [i for i, q in enumerate(questions) if q["split"] == "held-out2"]

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
        unjudged = unjudged_count(questions, dev, results, verdicts)
        lines.append(
            f"| {label} | {d['success3']:.3f} | {d['mrr']:.3f} | {strict['success3']:.3f} | "
            f"{d['answered']:.2f} / {d['none']:.2f} | {h['success3']:.3f} | {h['mrr']:.3f} | "
            f"{h['answered']:.2f} / {h['none']:.2f} | {lost} | {unjudged} |"
        )
    counts = {"dev": len(dev), "held-out": len(held)}

    def against(label: str, base: str, parts: tuple[list[int], list[int]] = (dev, held)) -> str:
        shown, counted = parts
        dev_gained, dev_lost = moves(questions, shown, runs[base], runs[SHOWN], verdicts)
        held_gained, held_lost = moves(questions, counted, runs[base], runs[SHOWN], verdicts)
        name = questions[shown[0]]["split"]
        said = (
            f"Against {label}, the default gains {len(dev_gained)} {name} "
            f"question{'s' if len(dev_gained) != 1 else ''} in the first three "
            f"({', '.join(dev_gained) or 'none'}) and loses {len(dev_lost)} "
            f"({', '.join(dev_lost) or 'none'})"
        )
        if not counted:  # a set with no held-out part (dev3)
            return said + "."
        return (
            f"{said}; {questions[counted[0]]['split']} (counted only), {len(held_gained)} gained "
            f"and {len(held_lost)} lost."
        )

    now_main = f"main ({NOW_MAIN}) on the store it built"
    clusters_main = f"main ({CLUSTERS_MAIN}) on this tree's store"
    forms_main = f"main ({FORMS_MAIN}) on this tree's store"
    set3 = [i for i, q in enumerate(questions) if q["split"] == SET3_SPLIT]
    dev4, held4 = ([i for i, q in enumerate(questions) if q["split"] == s] for s in SET4_SPLITS)
    number_main = f"main ({NUMBER_MAIN}) on this tree's store"
    floor_main = f"main ({FLOOR_MAIN}) on this tree's store"
    every_set = ((dev, held), (dev2, held2), (set3, []), (dev4, held4))
    compared = [
        *((floor_main, FLOOR_LABEL, parts) for parts in every_set),
        *((number_main, NUMBER_LABEL, parts) for parts in every_set),
        *((forms_main, FORMS_LABEL, parts) for parts in every_set),
        *((clusters_main, CLUSTERS_LABEL, parts) for parts in ((dev, held), (dev2, held2))),
        *((now_main, NOW_MAIN_LABEL, parts) for parts in ((dev, held), (dev2, held2))),
        (f"main ({MAIN}) on this tree's store", MAIN_LABEL, (dev, held)),
        (f"{PREVIOUS} on the store it built", own_store, (dev, held)),
        (f"main ({SET2_MAIN}) on this tree's store", SET2_LABEL, (dev, held)),
    ]
    changes = (
        " ".join(against(label, base, parts) for label, base, parts in compared)
        + f" {PREVIOUS}'s store holds {_passages(previous_db):,} passages."
    )
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
        "there is none.\n\n" + "\n".join(lines) + "\n\n" + changes
    )
    body += "\n\n" + set2_table(runs, questions, verdicts)
    body += "\n\n" + set3_table(runs, questions, verdicts)
    body += "\n\n" + set_table(runs, questions, verdicts, 4)
    body += "\n\n" + set_table(runs, questions, verdicts, 5)
    body += "\n\n" + set_table(runs, questions, verdicts, 6)
    body += "\n\n" + set_table(runs, questions, verdicts, 7)
    body += "\n\n" + set_table(runs, questions, verdicts, 8)
    body += "\n\n" + store_table(on_previous_store, runs, questions, dev, held, verdicts)
    body += "\n\n" + floor_table(str(db_path), [questions[i] for i in dev], verdicts)
    body += "\n\n" + weight_by_topic(str(db_path), [questions[i] for i in dev], verdicts)
    publish(body, "quote-quality", write=not args.no_write, doc="QUALITY.md")

    if args.unjudged:
        every = runs | {f"{k}, {PREVIOUS}'s store": v for k, v in on_previous_store.items()}
        write_unjudged(Path(args.unjudged), [questions[i] for i in dev], every, verdicts)
        write_sets_unjudged(Path(args.unjudged), questions, runs, verdicts)
    if args.show:
        shown = (
            dev
            if args.show == "dev"
            else [i for i, q in enumerate(questions) if q["split"] == args.show]
        )
        for i in shown:
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
