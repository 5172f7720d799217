"""A packed table of strings to integers answers `get`, `in` and `[]` as the dict it was packed
from does, for keys of every script and for keys it does not hold, and refuses bytes that are
not a packed table."""

import pytest

from text.piece_table import PieceTable, pack

INVENTED = {
    "\u2581Qelvar": 5,
    "ian": 1 << 40,
    "Drevnik": -3,
    "é": 0,
    "中文": 7,
    "<0xF0>": 31999,
    "\u2581\u2581": 12,
    "a": 2,
    "ab": 3,
}


def test_every_key_is_found_with_its_value():
    table = PieceTable(pack(INVENTED))
    assert len(table) == len(INVENTED)
    for key, value in INVENTED.items():
        assert table[key] == value
        assert key in table
        assert table.get(key) == value
        assert table.get(key) == value  # again, remembered


@pytest.mark.parametrize("absent", ["", "b", "abc", "Qelvar", "\u2581Qelvari", "中", "\ud800"])
def test_a_key_it_does_not_hold_is_absent(absent):
    table = PieceTable(pack(INVENTED))
    assert absent not in table
    assert table.get(absent) is None
    assert table.get(absent, -1) == -1
    with pytest.raises(KeyError):
        table[absent]


def test_many_keys_that_share_slots_are_all_found():
    many = {f"w{n}\u2581{n * 7919 % 1000}": n for n in range(5000)}
    table = PieceTable(pack(many))
    assert all(table.get(key) == value for key, value in many.items())
    assert table.get("w5000\u25810") is None


def test_an_empty_table_holds_nothing():
    table = PieceTable(pack({}))
    assert len(table) == 0
    assert table.get("a") is None


def test_bytes_that_are_not_a_packed_table_are_refused():
    with pytest.raises(ValueError, match="packed piece table"):
        PieceTable(b"PCT0" + bytes(8))
    with pytest.raises(ValueError, match="packed piece table"):
        PieceTable(b"PCT")
    with pytest.raises(ValueError, match="wrong length"):
        PieceTable(pack(INVENTED)[:-1])
