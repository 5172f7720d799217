from text.clean import clean
from text.paragraphs import SECTION_BREAK


def test_clean_runs_the_whole_chain():
    text = (
        "Skip to main content\n\nT \n\nhe talks in Sochi were post-\nponed, Rus-\nsia "
        "said .\n\nA man walks past rubble in Raqqa. (Reuters)\n\n\n\n"
        "Another story starts here."
    )
    assert clean(text) == (
        "The talks in Sochi were postponed, Russia said."
        + SECTION_BREAK
        + "Another story starts here."
    )


def test_clean_is_idempotent_on_clean_text():
    text = "Fighting resumed near Raqqa.\n\nAid agencies warned of shortages."
    assert clean(text) == text
    assert clean(clean(text)) == text


def test_section_break_survives_a_dropped_paragraph():
    text = "One story ends.\n\n\n\nAdvertisement\n\nAnother begins."
    assert clean(text) == "One story ends." + SECTION_BREAK + "Another begins."
