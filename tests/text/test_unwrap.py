from text.paragraphs import SECTION_BREAK
from text.unwrap import unwrap_lines

COLUMN = """While US President Donald
Trump’s claim in the wake of New
York’s Halloween terror attack
that ISIS had been defeated may
have been overstated, it is
impossible to deny that the
caliphate has really crumbled
so soon.
Simon Speakman Cordall is Syria/
Lebanon section editor with
The Arab Weekly.
 Shrinking reach. A fighter removes
a flag in Tabqa. (AFP)"""


def test_hard_wrapped_column_becomes_paragraphs():
    assert unwrap_lines(COLUMN).split("\n\n") == [
        "While US President Donald Trump’s claim in the wake of New York’s Halloween terror "
        "attack that ISIS had been defeated may have been overstated, it is impossible to deny "
        "that the caliphate has really crumbled so soon.",
        "Simon Speakman Cordall is Syria/Lebanon section editor with The Arab Weekly.",
        "Shrinking reach. A fighter removes a flag in Tabqa. (AFP)",
    ]


def test_column_break_across_a_blank_line_is_joined():
    text = "the signs that its dreams were turning to dust\n\nalso cannot be denied."
    assert unwrap_lines(text) == (
        "the signs that its dreams were turning to dust also cannot be denied."
    )


def test_one_paragraph_per_line_text_is_not_joined():
    text = (
        "Skip to main content\n07 Aug 2017 | 05:36 PM UTC\n\n"
        "Turkey shot down a Russian jet.\nThen in 2016 President Erdogan held talks."
    )
    assert unwrap_lines(text).split("\n\n") == [
        "Skip to main content",
        "07 Aug 2017 | 05:36 PM UTC",
        "Turkey shot down a Russian jet.",
        "Then in 2016 President Erdogan held talks.",
    ]


def test_a_menu_is_not_taken_for_wrapped_prose():
    text = "Home\nWorld\nMiddle East\nSyria war\nOpinion\nVideo\nSkip to main content"
    assert unwrap_lines(text).split("\n\n") == text.split("\n")


def test_list_items_stay_on_their_own():
    text = "IS has faced setbacks like:\n\n  • Losing territory.\n  • Fewer recruits."
    assert unwrap_lines(text).split("\n\n") == [
        "IS has faced setbacks like:",
        "• Losing territory.",
        "• Fewer recruits.",
    ]


def test_three_blank_lines_are_a_section_break_two_are_not():
    assert unwrap_lines("One story ends.\n\n\n\nAnother begins.") == (
        "One story ends." + SECTION_BREAK + "Another begins."
    )
    assert unwrap_lines("A paragraph.\n\n\nThe next one.") == "A paragraph.\n\nThe next one."
