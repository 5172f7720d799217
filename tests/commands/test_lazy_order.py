"""commands/lazy_order.py: the order of sorted() by a whole key, its costly parts worked out
only for the items read."""

from __future__ import annotations

import random

import pytest

from commands.lazy_order import LazyOrder, Part


def _parts(asked: list[tuple[str, int]]) -> list[Part[tuple[int, bool, int, bool, float]]]:
    def costly(name: str, index: int):
        def value(item):
            asked.append((name, item[0]))
            return item[index]

        return value

    return [
        Part(costly("first", 1), costly=True),
        Part(lambda item: item[2]),
        Part(costly("third", 3), costly=True),
        Part(lambda item: item[4]),
    ]


def test_the_order_is_sorteds_by_the_whole_key():
    rng = random.Random(7)
    for _ in range(300):
        items = [
            (i, rng.random() < 0.3, rng.randint(0, 2), rng.random() < 0.5, rng.choice((0.0, 0.5)))
            for i in range(rng.randint(0, 9))
        ]
        order = LazyOrder(_parts([]), ident=lambda item: item[0])
        expected = sorted(items, key=lambda item: item[1:])  # ties: the order given
        assert list(order.ranked(items)) == expected


def test_a_costly_part_is_asked_only_of_the_items_read():
    asked: list[tuple[str, int]] = []
    # (name, first, second, third, fourth): item 3 comes first by the cheap parts
    items = [(1, False, 1, False, 0.0), (2, False, 1, False, 0.5), (3, False, 0, False, 0.0)]
    ranking = LazyOrder(_parts(asked), ident=lambda item: item[0]).ranked(items)
    assert next(ranking)[0] == 3
    assert {n for _, n in asked} == {3}
    assert [i for i, *_ in ranking] == [1, 2]


def test_an_item_answering_yes_waits_for_every_other():
    items = [(1, True, 0, False, 0.0), (2, False, 5, True, 0.0), (3, False, 5, False, 0.9)]
    ranked = list(LazyOrder(_parts([]), ident=lambda item: item[0]).ranked(items))
    assert [i for i, *_ in ranked] == [3, 2, 1]


def test_each_value_is_worked_out_once_and_prefixes_read_it():
    asked: list[tuple[str, int]] = []
    items = [(1, False, 0, True, 0.0), (2, False, 0, False, 0.0)]
    order = LazyOrder(_parts(asked), ident=lambda item: item[0])
    assert [i for i, *_ in order.ranked(items)] == [2, 1]
    assert order.prefix(items[0], 3) == (False, 0, True)
    assert sorted(asked) == [("first", 1), ("first", 2), ("third", 1), ("third", 2)]


def test_a_costly_part_must_answer_yes_or_no():
    order = LazyOrder([Part(lambda item: 2, costly=True)], ident=id)
    with pytest.raises(TypeError):
        list(order.ranked(["a", "b"]))
