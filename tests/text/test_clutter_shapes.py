"""The choice of shapes a text can hold (text/clutter_shapes.active): one scan of the text for
all needs must choose exactly the shapes a test of each need on its own chooses."""

from text.clutter import set_apart
from text.clutter_shapes import KINDS, Chosen, active, of_kind

TEXTS = [
    "",
    "Plain words from Varnholt with no clutter at all.",
    # needs that overlap or lie inside one another ("AP Photo" holds "AP", "Photo" holds "hoto")
    "Varnholt, Orsk (AP Photo/Ilse Marten) Tags: Orsk Keywords: Varnholt",
    "Posted by Ilse Marten on 3 March 2019 at 10:15 am\nFollow the latest from Orsk",
    # characters beyond the first 256 and beyond the first plane
    "• Orsk · Varnholt â€¢ © 2019 “quoted” — dashes – and 🙂 an emoji (Reuters) -",
    # a lone surrogate, which no UTF-8 automaton reads
    "Ilse Marten, Reuters, Orsk \ud800 Photo: Varnholt",
]


def _chosen_one_need_at_a_time(kind: str, region: str) -> Chosen:
    return Chosen(
        tuple(
            shape
            for shape in of_kind(kind)
            if not shape.needs or any(need in region for need in shape.needs)
        )
    )


def test_the_shapes_chosen_by_one_scan_are_those_each_need_chooses():
    for kind in (*KINDS, "tail"):
        needs = sorted({need for shape in of_kind(kind) for need in shape.needs})
        # every need alone, and all of them run together, as well as the invented texts
        for region in [*TEXTS, *needs, " ".join(needs), "".join(needs)]:
            assert active(kind, region) == _chosen_one_need_at_a_time(kind, region), (kind, region)


def test_a_text_with_a_lone_surrogate_is_set_apart_as_any_other():
    story = "The council of Varnholt said on Tuesday that the crossing would reopen."
    found = set_apart(f"ORSK (Reuters) - {story} \ud800")
    assert found.outlet == "Reuters"
    assert found.text == f"{story} \ud800"
