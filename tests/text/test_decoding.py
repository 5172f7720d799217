import pytest

from text.decoding import decode, refuse_binary
from text.document import InputError

PROSE = "Die Kämpfe um Rakka dauern an, sagte der Sprecher. " * 8


def test_utf8_with_and_without_byte_order_mark():
    assert decode(PROSE.encode(), "a.txt") == PROSE
    assert decode(b"\xef\xbb\xbf" + PROSE.encode(), "a.txt") == PROSE


def test_utf16_with_a_byte_order_mark_and_without_one_in_either_order():
    assert decode(PROSE.encode("utf-16"), "a.txt") == PROSE
    assert decode(PROSE.encode("utf-16-le"), "a.txt") == PROSE
    assert decode(PROSE.encode("utf-16-be"), "a.txt") == PROSE


def test_a_declared_charset_is_used_when_utf8_fails():
    assert decode("Ça a brûlé à Alep. ".encode("latin-1") * 10, "a.txt", "latin-1").startswith(
        "Ça a brûlé"
    )


def test_stray_cp1252_bytes_among_utf8_are_read_as_cp1252_and_the_rest_as_utf8():
    data = ("Kämpfe in Rakka. ".encode() + "“Sprecher” über ".encode("cp1252")) * 10
    assert decode(data, "a.txt").startswith("Kämpfe in Rakka. “Sprecher” über ")


def test_binary_is_refused_with_a_name_for_it():
    with pytest.raises(InputError, match=r"^a\.txt: this is a PNG image, not text, HTML or PDF$"):
        refuse_binary(b"\x89PNG\r\n\x1a\n", "a.txt")
    refuse_binary(b"plain words", "a.txt")  # text passes
    with pytest.raises(InputError, match=r"^b\.txt: binary data, not text, HTML or PDF$"):
        decode(bytes(range(256)) * 8, "b.txt")
