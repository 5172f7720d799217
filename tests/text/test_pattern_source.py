"""A pattern's source read as text: groups, classes and alternations."""

from text.pattern_source import alternation_at_top, class_end, group_end, structure


def test_alternation_at_the_top_only_outside_groups_classes_and_escapes():
    assert alternation_at_top("a|b")
    assert alternation_at_top("(?:x)|y")
    assert not alternation_at_top("(a|b)c")
    assert not alternation_at_top("[|]x")
    assert not alternation_at_top(r"a\|b")
    assert not alternation_at_top("[]|]x")  # "]" first in a class is a member
    assert not alternation_at_top("[^]|]x")


def test_group_and_class_ends():
    source = r"(a(b)[)]\))c"
    assert group_end(source, 0) == len(source) - 1
    assert group_end(source, 2) == 5
    assert class_end(source, 5) == 8
    assert class_end("[abc", 0) is None
    assert group_end("(a[)", 0) is None  # the class never closes
    assert group_end("(ab", 0) is None


def test_structure_reports_depths_and_how_the_source_ends():
    assert list(structure("(a|b))")) == [
        (0, "(", 0),
        (2, "|", 1),
        (4, ")", 0),
        (5, ")", -1),
        (6, "", -1),
    ]
    assert list(structure("a[bc")) == [(1, "[", 0)]
