"""The census of bench/dev20_misses_census.py tells a paragraph the caption step drops at the
mojibake of an "é" ("Ã ©", read as a "©" credit) from a real credit it drops; the names here are
invented."""

from bench.dev20_misses_census import _dropped_at_mojibake

PAGE = (
    "The council met on Tuesday to weigh the plan for the harbour , which has divided the town "
    "for years .\n\n"
    "Its backers said the vote would come within weeks .\n\n"
    "The mayor , AndrÃ © Vilmaro , promised a fight .\n\n"
    "Opponents gathered outside the hall late into the evening , carrying banners .\n\n"
    "A crowd at the quay . Photograph : © Nerita Pell\n\n"
    "The vote is due next month ."
)


def test_a_mojibake_e_is_repaired_before_the_caption_step_and_a_real_credit_still_counts():
    # the cleaning steps put the "é" back first (text/mojibake.py): no paragraph is dropped at
    # it, and the real credit is still counted apart
    at_mojibake, other = _dropped_at_mojibake(PAGE)
    assert at_mojibake == []
    assert other == 1


def test_a_text_without_a_dropped_paragraph_counts_none():
    text = "The mayor , Ilse Varro , promised a fight .\n\nThe vote is due next month ."
    assert _dropped_at_mojibake(text) == ([], 0)
