"""Rows of the model's float16 table summed as fixed-point integers: the same sums as adding
the floats one by one, with the compiled table in the cache or, when the cache cannot be
written, without it."""

import json
import os
import struct
from pathlib import Path

import pytest

from text import meaning
from text.embedding_rows import SCALE, Rows

TOKENS = [0, 1, 29871, 450, 450, 13, 31999, 2178]


def unpack(rows: Rows, total: int, n: int) -> list[float]:
    """The sum of n rows, as floats."""
    return [x / SCALE for x in rows.fixed(total, n)]


def float_sum(rows: Rows, tokens: list[int]) -> list[float]:
    total = [0.0] * rows.width
    for token in tokens:
        total = [a + b for a, b in zip(total, rows._half_row(token), strict=True)]
    return total


@pytest.fixture(scope="module")
def weights_file():
    return meaning._package_dir().joinpath(*meaning.WEIGHTS)


@pytest.mark.slow
def test_sums_equal_the_float_sums_and_the_table_is_written_once(weights_file, tmp_path):
    rows = Rows(weights_file, meaning.TENSOR, tmp_path)
    written = list(tmp_path.glob("embedding-*.u32"))
    assert len(written) == 1
    assert written[0].stat().st_size == rows.count * rows.width * 4
    total = sum(map(rows.row, TOKENS))
    assert unpack(rows, total, len(TOKENS)) == float_sum(rows, TOKENS)
    modified = written[0].stat().st_mtime_ns
    again = Rows(weights_file, meaning.TENSOR, tmp_path)  # the next process maps it
    assert written[0].stat().st_mtime_ns == modified
    assert unpack(again, again.row(450), 1) == list(rows._half_row(450))


def test_without_a_writable_cache_the_rows_are_converted_as_met(weights_file, tmp_path):
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("a file where the cache directory would be", encoding="utf-8")
    rows = Rows(weights_file, meaning.TENSOR, blocked)
    assert rows._table is None
    total = rows.row(450) + rows.row(13)
    assert unpack(rows, total, 2) == float_sum(rows, [450, 13])


def test_a_value_beyond_the_fixed_point_range_is_refused():
    half = struct.unpack("<e", struct.pack("<e", 200.0))
    with pytest.raises(ValueError, match="fixed-point range"):
        Rows._to_fixed(half)


@pytest.mark.slow
def test_a_mapped_row_is_the_integer_a_converted_row_is(weights_file, tmp_path):
    mapped = Rows(weights_file, meaning.TENSOR, tmp_path)
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("a file where the cache directory would be", encoding="utf-8")
    converted = Rows(weights_file, meaning.TENSOR, blocked)
    assert mapped._table is not None and converted._table is None
    assert [mapped.row(t) for t in TOKENS] == [converted.row(t) for t in TOKENS]


def tiny_weights(path, values):
    """A safetensors file holding one float16 table of two-wide rows, as a package ships it."""
    data = struct.pack(f"<{len(values)}e", *values)
    header = json.dumps(
        {"emb": {"dtype": "F16", "shape": [len(values) // 2, 2], "data_offsets": [0, len(data)]}}
    ).encode()
    path.write_bytes(struct.pack("<Q", len(header)) + header + data)
    return path


def test_a_table_whose_weights_changed_or_went_is_deleted_when_another_is_written(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    kept = tiny_weights(tmp_path / "other-install.safetensors", [1.0, 2.0, 3.0, 4.0])
    upgraded = tiny_weights(tmp_path / "upgraded.safetensors", [0.5, 0.25])
    Rows(kept, "emb", cache)
    Rows(upgraded, "emb", cache)
    assert len(list(cache.glob("embedding-*.u32"))) == 2
    (cache / "embedding-0badf00d.u32").write_bytes(b"\0" * 8)  # no stamp: an older layout
    tiny_weights(upgraded, [0.5, 0.75])  # the package was upgraded: same path, new file
    os.utime(upgraded, ns=(10**18, 10**18))  # a new time, whatever the clock's granularity
    rows = Rows(upgraded, "emb", cache)
    assert unpack(rows, rows.row(0), 1) == [0.5, 0.75]
    left = sorted(cache.glob("embedding-*.u32"))
    assert len(left) == 2 and not (cache / "embedding-0badf00d.u32").exists()
    again = Rows(kept, "emb", cache)  # the other installation's table was left alone
    assert unpack(again, again.row(1), 1) == [3.0, 4.0]
    assert sorted(cache.glob("embedding-*.u32")) == left


def test_an_installation_reached_through_a_symlink_shares_the_table(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    real = tmp_path / "venv"
    real.mkdir()
    weights = tiny_weights(real / "w.safetensors", [1.0, 2.0])
    (tmp_path / "checkout-venv").symlink_to(real, target_is_directory=True)
    Rows(weights, "emb", cache)
    through_link = Rows(tmp_path / "checkout-venv" / "w.safetensors", "emb", cache)
    assert len(list(cache.glob("embedding-*.u32"))) == 1
    assert unpack(through_link, through_link.row(0), 1) == [1.0, 2.0]


def test_a_table_is_never_in_place_without_its_stamp(tmp_path, monkeypatch):
    """Another installation's process deletes a table it finds without a readable stamp: the
    stamp is written, whole, before the table is moved into place."""
    cache = tmp_path / "cache"
    cache.mkdir()
    weights = tiny_weights(tmp_path / "w.safetensors", [1.0, 2.0])
    seen = []
    real_replace = os.replace

    def watching(source, target):
        target = str(target)
        if target.endswith(".u32"):
            stamp = target[: -len(".u32")] + ".stamp"
            seen.append(os.path.exists(stamp) and Path(stamp).read_text(encoding="utf-8"))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", watching)
    Rows(weights, "emb", cache)
    assert len(seen) == 1 and seen[0] and seen[0].endswith(str(os.stat(weights).st_mtime_ns))


def test_without_the_mapped_table_numpy_does_not_sum_the_rows(weights_file, tmp_path):
    pytest.importorskip("numpy")  # loaded, so that the table alone stands in the way
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("a file where the cache directory would be", encoding="utf-8")
    rows = Rows(weights_file, meaning.TENSOR, blocked)
    assert rows.fixed_sums([[450, 13]]) is None  # the caller adds row() integers instead
