"""The blind question sets' bench helpers (bench/quote_quality.py's table of a set written over a
seeded draw, bench/quote_later_variants.py's second floor), on invented questions and passages,
and the split rule of the fifth to eighth sets' questions."""

import hashlib
import json
from pathlib import Path

import pytest

from bench import quote_later_variants as variants
from bench import quote_quality as qq
from commands import quote

QUESTIONS = Path(__file__).resolve().parents[2] / "bench" / "quote_questions.jsonl"
MAIN = f"main ({qq.SET5_MAIN}), on this tree's store"


def question(id, split, answer):
    return {
        "id": id,
        "question": f"asked {id}",
        "article": None,
        "answer": answer,
        "kind": "howmany",
        "split": split,
    }


SET = [
    question("q1", "dev5", "the Varnel bridge was closed"),
    question("q2", "dev5", "forty Ostrian rifles"),
    question("q3", "held-out5", "the Kessa road reopened"),
    question("q4", "held-out5", None),
]


def test_blind_set_table_counts_dev_judged_and_held_out_by_the_substring():
    runs = {
        MAIN: [
            ["The Varnel bridge was closed on Monday."],
            ["Ostrian troops crossed."],
            ["Rain fell."],
            [],
        ],
        "plain BM25": [
            ["Rain fell.", "The Varnel bridge was closed."],
            ["He saw forty rifles."],
            ["The Kessa road reopened at dawn."],
            ["Rain fell."],
        ],
    }
    verdicts = {("q2", qq._verdict_key("He saw forty rifles.")): True}
    table = qq.blind_set_table(
        runs, SET, verdicts, qq.SET5_SPLITS, qq.SET5_MAIN, (MAIN, "plain BM25"), ("fifth", 7)
    )
    main_row, plain_row = table.splitlines()[-2:]
    # main: q1 first, q2 missed (its passage unjudged); held-out5: q3 missed, q4 told none
    assert main_row == (
        f"| {MAIN} | 0.500 / 0.500 | 0.500 / 0.500 | 1.00 / 0.00 | 1 | 0.500 / 0.500 | "
        "1.00 / 1.00 | – / – | 0 / 0 |"
    )
    # plain: q1 second, q2 judged first (not by the substring); q3 first, q4 answered wrongly
    assert plain_row == (
        "| plain BM25 | 1.000 / 0.750 | 0.500 / 0.250 | 1.00 / 0.00 | 1 | 0.500 / 0.500 | "
        "1.00 / 0.00 | q2 / – | 1 / 1 |"
    )
    assert "seed 7" in table and "The fifth set (dev5 2, held-out5 2 questions" in table


def test_blind_set_table_near_miss_a_passage_without_a_verdict_is_unjudged():
    runs = {MAIN: [["Rain fell."], ["Snow fell."], [], []]}
    table = qq.blind_set_table(runs, SET, {}, qq.SET5_SPLITS, qq.SET5_MAIN, (MAIN,), ("fifth", 7))
    row = table.splitlines()[-1]
    assert row.startswith(f"| {MAIN} | 0.000 / 0.000 | 0.000 / 0.000 | 1.00 / 0.00 | 2 |")


def pool(typed, coverages, answer_at=None, answerable=True):
    rows = [(1.0 - i / 100, cov, i, True, i == answer_at) for i, cov in enumerate(coverages)]
    q = question("q9", "dev5", "x" if answerable else None)
    return {"q": q, "typed": typed, "quantity": False, "rows": rows}


def test_second_floor_answers_a_long_question_no_candidate_covers_the_kept_floor_of():
    refused = pool(10, [0.43, 0.2], answer_at=0)
    assert not variants.right_second(refused, None)
    assert variants.right_second(refused, (0.42, 10))
    assert variants.right_second(refused, (0.3, 9))


def test_second_floor_near_misses_left_as_kept():
    # a shorter question than the second floor asks for
    assert not variants.right_second(pool(9, [0.43, 0.2], answer_at=0), (0.42, 10))
    # a candidate covers the kept lower floor: the kept floor decides, as before
    kept = pool(10, [0.46, 0.43], answer_at=1)
    assert variants.right_second(kept, (0.3, 9)) == variants.right_second(kept, None)
    # an unanswerable question: its passages under the kept floor stay refused without it
    assert variants.right_second(pool(10, [0.43], answerable=False), None)
    assert not variants.right_second(pool(10, [0.43], answerable=False), (0.42, 10))
    assert quote.LONG_FLOOR == 0.45 and quote.LONG_QUESTION == 6


@pytest.mark.parametrize(
    ("splits", "first"),
    [(qq.SET5_SPLITS, 256), (qq.SET6_SPLITS, 296), (qq.SET7_SPLITS, 336), (qq.SET8_SPLITS, 376)],
    ids=["fifth", "sixth", "seventh", "eighth"],
)
def test_a_blind_set_split_by_the_first_byte_of_the_questions_hash(splits, first):
    rows = [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines()]
    drawn = [r for r in rows if r["split"] in splits]
    assert [r["id"] for r in drawn] == [f"q{n}" for n in range(first, first + 40)]
    dev, held = splits
    for r in drawn:
        even = hashlib.sha256(r["question"].encode("utf-8")).digest()[0] % 2 == 0
        assert r["split"] == (dev if even else held)
        assert r["answer"] is None or len(r["answer"]) < 80
    assert sum(r["answer"] is None for r in drawn) == 4


def test_the_sixth_set_is_a_blind_set_beside_its_main():
    splits, main_rev, rows, ordinal, seed = qq.BLIND_SETS[6]
    assert (splits, main_rev, ordinal, seed) == (qq.SET6_SPLITS, "238d46a", "sixth", 20261208)
    assert rows[0] == f"main ({main_rev}), on this tree's store"
    assert {"dev6", "held-out6"} <= set(qq.VARIANT_SPLITS)


def test_the_seventh_set_is_a_blind_set_beside_its_main():
    splits, main_rev, rows, ordinal, seed = qq.BLIND_SETS[7]
    assert (splits, main_rev, ordinal, seed) == (qq.SET7_SPLITS, "5df30c5", "seventh", 20261209)
    assert rows[0] == f"main ({main_rev}), on this tree's store"
    assert {"dev7", "held-out7"} <= set(qq.VARIANT_SPLITS)


def test_the_eighth_set_is_a_blind_set_beside_its_main():
    splits, main_rev, rows, ordinal, seed = qq.BLIND_SETS[8]
    assert (splits, main_rev, ordinal, seed) == (qq.SET8_SPLITS, "5a7551e", "eighth", 20261210)
    assert rows[0] == f"main ({main_rev}), on this tree's store"
    assert {"dev8", "held-out8"} <= set(qq.VARIANT_SPLITS)
