"""A graphic's box printed after the story or inside it: its title run into its first sentence,
its steps up to the slideshow's control or the page's end.

The BBC's pages on the 2010 Gulf of Mexico oil leak print the text of a graphic after the story
or between two of its paragraphs: a title run into the box's first sentence ("Underwater efforts
to cap oil leak Initially, engineers tried to lower a dome ..."; "NEW CAP FOR LEAKING OIL WELL In
June, ..." before each of a slideshow's panels), the box's steps, each a paragraph, then the
slideshow's control ("BACK {current} of {total} NEXT"), which the story's next paragraph runs
into when the story goes on. The titles are GRAPHICBOXTITLE of text/clutter.txt: each box
stands on several pages (bench/graphic_box_census.py). The box is a factbox after or inside the
article, marked `caption` (bench/CLEAN_MARKS.md, dev31): from the first paragraph a title opens
up to the paragraph the control opens, or to the text's end. A page that opens on the box
prints the graphic as its item, and a box the paragraph before points to ("Below we explain
...", "The graphic above shows ...") is the page's own: both stay.
"""

from __future__ import annotations

from text.clutter_shapes import macro_pattern


def graphic_box(paragraphs: list[str]) -> tuple[int, int] | None:
    """The first and the after-last index of the paragraphs of a graphic's box, if any."""
    opening = macro_pattern("GRAPHICBOXOPENING")
    first = next((n for n, p in enumerate(paragraphs) if opening.match(p)), None)
    if not first or macro_pattern("GRAPHICBOXPOINTER").search(paragraphs[first - 1]):
        return None  # none, the text's first paragraph, or introduced by the page
    control = macro_pattern("SLIDECONTROL")
    end = next(
        (n for n in range(first + 1, len(paragraphs)) if control.match(paragraphs[n])),
        len(paragraphs),
    )
    return first, end
