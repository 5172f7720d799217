from text.paragraphs import SECTION_BREAK, render_paragraphs, split_paragraphs


def test_paragraphs_keep_the_separator_before_them():
    text = "One.\n\nTwo.\n\n\n\nThree.\n\n\n\n\n\nFour."
    assert split_paragraphs(text) == [
        ("", "One."),
        ("\n\n", "Two."),
        (SECTION_BREAK, "Three."),
        (SECTION_BREAK, "Four."),
    ]
    assert render_paragraphs(split_paragraphs(text)) == (
        "One.\n\nTwo." + SECTION_BREAK + "Three." + SECTION_BREAK + "Four."
    )


def test_a_dropped_paragraph_passes_its_section_break_on():
    items = [("", "One."), (SECTION_BREAK, ""), ("\n\n", "Two."), ("\n\n", "")]
    assert render_paragraphs(items) == "One." + SECTION_BREAK + "Two."


def test_blank_text_has_no_paragraphs():
    assert split_paragraphs("\n\n \n\n") == []
    assert render_paragraphs([]) == ""
