"""A paragraph's index for each start, the blank lines found once (text/clutter_lead_caption.py
paragraphs_at), against counting them before each start as the caption steps did."""

import random

from text.clutter_lead_caption import paragraphs_at


def test_each_start_gets_the_index_counting_the_blank_lines_before_it_gives():
    rng = random.Random(7)
    for _ in range(300):
        text = "".join(rng.choice(["a", " ", "\n", "\n\n", "\n\n\n", "b c"]) for _ in range(60))
        starts = [rng.randrange(len(text) + 1) for _ in range(8)]
        assert paragraphs_at(text, starts) == {text.count("\n\n", 0, s) for s in starts}


def test_no_start_no_paragraph_and_a_start_past_a_run_of_blank_lines():
    assert paragraphs_at("one\n\ntwo", []) == set()
    text = "Varn harbour\n\n\n\nOrsk council"
    assert paragraphs_at(text, [0, text.index("Orsk")]) == {0, 2}
