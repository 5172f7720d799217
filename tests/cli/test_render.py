from types import SimpleNamespace as NS

from cli import render


def test_human_dates_at_their_precision():
    assert render.human_date("2017-08-07") == "7 Aug 2017"
    assert render.human_date("2017-07") == "Jul 2017"
    assert render.human_date("2017-W31") == "week 31 of 2017"  # as in Slack
    assert render.human_date("2016") == "2016"
    assert render.human_date(None) == "date unknown"


def test_quotes_highlight_matched_words_only_in_colour():
    article = NS(title="T", source="Wire", published="2017-08-07", origin="a.txt")
    quote = NS(
        text="The fight for Raqqa", highlights=((14, 19),), article=article, explanation=None
    )
    answer = NS(results=[quote], message=None)
    plain = render.quote_answer(answer, color=False)
    assert plain == "1. T — Wire — 7 Aug 2017 — a.txt\n   The fight for Raqqa"
    coloured = render.quote_answer(answer, color=True)
    assert f"{render.BOLD_YELLOW}Raqqa{render.RESET}" in coloured
    assert (
        render.quote_answer(NS(results=[], message="no passage matches"), False)
        == "no passage matches"
    )


def test_a_quote_found_through_other_words_says_which():
    article = NS(title="T", source=None, published=None, origin="a.txt")
    quote = NS(
        text="He was assassinated.",
        highlights=((7, 19),),
        article=article,
        explanation="matched assassinated for killed",
    )
    plain = render.quote_answer(NS(results=[quote], message=None), False)
    assert plain.splitlines()[-1] == "   (matched assassinated for killed)"
    coloured = render.quote_answer(NS(results=[quote], message=None), True)
    assert "(matched assassinated for killed)" in coloured
