"""bench/quote_pool_variants.py's table of unanswerable questions told none, on invented
questions and answers."""

from bench import quote_pool_variants as variants


def question(id, split, answer):
    return {"id": id, "question": f"asked {id}", "answer": answer, "split": split}


def test_each_splits_unanswerable_questions_told_none_are_counted():
    questions = [
        question("q1", "dev7", None),
        question("q2", "dev7", None),
        question("q3", "dev7", "forty Ostrian rifles"),
        question("q4", "held-out7", None),
    ]
    runs = {
        "default": [[], ["the Varnel bridge"], [], []],
        "variant": [["the Kessa road"], ["the Varnel bridge"], ["forty Ostrian rifles"], []],
    }
    table = [
        [cell.strip() for cell in row.strip("|").split("|")]
        for row in variants.none_table(questions, runs).splitlines()
    ]
    header = table[0]
    dev7, held7 = header.index("dev7"), header.index("held-out7")
    default, variant = table[2:]
    assert (default[dev7], default[held7]) == ("1 of 2", "1 of 1")
    assert (variant[dev7], variant[held7]) == ("0 of 2", "1 of 1")
    assert default[header.index("dev")] == "0 of 0"
