"""The article's source line crediting an agency, right before the site's block of other stories,
opens the page's end matter ([end footer] of text/clutter.txt). Every name, place and headline
below is made up, so the shape passes only by its structure."""

import pytest

from tests.text.clutter_story import STORY, set_apart_as
from text.clutter import set_apart

# headlines without the "|" the related block's own shape needs, then the site's widgets
BLOCK = (
    "Related News Ferry talks stall in Orsk Verlo vote delayed Category News Orsk harbour "
    "reopens A picture is worth a thousand words. Follow us. Copyright 2031 Orsk World."
)


@pytest.mark.parametrize("source", ["Source AFP", "Source: Reuters", "Source AA"])
def test_an_agency_source_line_before_the_related_block_opens_the_footer(source):
    set_apart_as(f"{STORY} {source} {BLOCK}", STORY, ["footer"])


@pytest.mark.parametrize(
    "text",
    [
        # no related block after it
        f"{STORY} Source AFP reported the crossing had reopened.",
        # a name, not the block's label
        f"{STORY} The Source AFP Related News service named the ferry.",
        # a source that is no agency
        f"{STORY} Source: the Orsk council. Related News Service staff said so.",
    ],
)
def test_a_source_named_in_a_sentence_stays(text):
    assert set_apart(text).text == text
