"""The plain-Python tokenizer of the model's vocabulary gives the ids `tokenizers` gives for the
same file, on texts written for the test (invented names, odd spacing, other scripts, symbols
outside the vocabulary), and refuses a file whose merges it cannot rank from the pieces."""

import json

import pytest
from tokenizers import Tokenizer as Reference

from text import meaning, piece_table, sentencepiece_bpe

TEXTS = [
    "Qelvarian ambassador killed in Drevnik",
    "The envoy of Qelvaria was assassinated by a gunman in the capital, Drevnik.",
    "  two leading spaces,  two inside and a trailing one ",
    "Tabs\tand\nnew lines\r\n between words",
    "Numbers: 1,204 killed; 3.5% of 17-year-olds; 2016-08-18T10:00Z",
    "Café Ñandú — “quoted” ‘words’ … and a dash–here",
    "Арабские и китайские слова: العربية 中文 한국어",
    "An emoji 😀 and a rare sign ⨁ fall back to bytes",
    "Zzyqxvortanic Brelmovskiyevich-Oduya's UNHCR/OCHA statement",
    "a",
    "▁already marked▁▁boundaries",
]


@pytest.fixture(scope="module")
def tokenizer_file():
    return meaning._package_dir().joinpath(*meaning.TOKENIZER)


@pytest.fixture(scope="module")
def reference_tokenizer(tokenizer_file):
    reference = Reference.from_file(str(tokenizer_file))
    reference.no_padding()
    reference.no_truncation()
    return reference


@pytest.fixture(scope="module")
def plain_tokenizer(tokenizer_file):
    return sentencepiece_bpe.Tokenizer(sentencepiece_bpe.compile_table(tokenizer_file))


@pytest.fixture(scope="module")
def packed_tokenizer(tokenizer_file):
    table = sentencepiece_bpe.compile_table(tokenizer_file)
    return sentencepiece_bpe.Tokenizer(piece_table.PieceTable(piece_table.pack(table)))


@pytest.mark.slow
@pytest.mark.parametrize("text", TEXTS)
def test_the_same_ids_as_the_tokenizers_library(
    text, plain_tokenizer, packed_tokenizer, reference_tokenizer
):
    expected = reference_tokenizer.encode(text, add_special_tokens=False).ids
    assert plain_tokenizer.encode(text) == expected
    assert plain_tokenizer.encode(text) == expected  # again, from the remembered chunks
    assert packed_tokenizer.encode(text) == expected  # the table a new process reads in place


@pytest.mark.slow
@pytest.mark.parametrize(
    "texts",
    [
        ["envoy killed in Drevnik", "  envoy  killed in▁Drevnik ", "envoy▁killed"],
        ["▁envoy ▁▁killed", " envoy killed ", "envoy killed"],
    ],
)
def test_words_split_at_single_spaces_and_chunks_found_otherwise_agree(
    texts, tokenizer_file, reference_tokenizer
):
    """The same words met first in a text of single spaces (cut by str.split) or in one with
    runs of spaces or boundary marks (the chunks' search): the ids remembered for one serve
    the other."""
    fresh = sentencepiece_bpe.Tokenizer(sentencepiece_bpe.compile_table(tokenizer_file))
    for text in [*texts, *reversed(texts)]:
        assert fresh.encode(text) == reference_tokenizer.encode(text, add_special_tokens=False).ids


def test_an_empty_text_has_no_tokens():
    assert sentencepiece_bpe.Tokenizer({}).encode("") == []


def test_merges_that_do_not_follow_the_pieces_are_refused(tmp_path):
    vocab = {"<0x41>": 0, "a": 1, "b": 2, "c": 3, "ab": 4, "bc": 5, "abc": 6, "\u2581": 7}
    spec = {
        "pre_tokenizer": None,
        "model": {
            "type": "BPE",
            "byte_fallback": True,
            "vocab": vocab,
            # "abc" from "a"+"bc" is missing: its rank could not be told from the pieces
            "merges": ["a b", "b c", "ab c"],
        },
    }
    path = tmp_path / "tokenizer.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    with pytest.raises(ValueError, match="every split"):
        sentencepiece_bpe.compile_table(path)
    # a group in the order of its left parts' ids: "a" (1) before "ab" (4)
    spec["model"]["merges"] = ["a b", "b c", "a bc", "ab c"]
    path.write_text(json.dumps(spec), encoding="utf-8")
    table = sentencepiece_bpe.compile_table(path)
    assert sentencepiece_bpe.Tokenizer(table).encode("abc") == [7, 6]
