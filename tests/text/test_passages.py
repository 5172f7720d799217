import re

from hypothesis import given, settings
from hypothesis import strategies as st

from text import passages
from text.passages import split_passages
from text.sentences import split_sentences


def test_passages_are_whole_sentences_within_paragraphs():
    text = "One short sentence. Another short one.\n\n" + " ".join(
        f"Sentence number {i} has exactly seven words." for i in range(12)
    )
    spans = passages.split_passages(text)
    first_paragraph_end = text.index("\n\n")
    for start, end in spans:
        chunk = text[start:end]
        assert chunk.endswith(".")
        assert not (start < first_paragraph_end < end)  # never crosses a paragraph
        assert len(chunk.split(". ")) <= passages.MAX_SENTENCES
    assert text[spans[0][0] : spans[0][1]] == "One short sentence. Another short one."
    joined = " ".join(text[s:e] for s, e in spans)
    assert joined.count("Sentence number") == 12  # nothing lost


def test_a_runaway_sentence_is_cut_at_word_boundaries():
    text = " ".join(["word"] * 1000) + "."
    spans = passages.split_passages(text)
    assert len(spans) == 4  # 5,000 characters in pieces of at most 1,500
    assert all(len(text[s:e].split()) <= passages.MAX_WORDS for s, e in spans)
    assert all(e - s <= passages.MAX_CHARS for s, e in spans)
    assert all(text[s - 1] == " " for s, _ in spans[1:])
    assert " ".join(text[s:e] for s, e in spans) == text  # nothing lost, offsets exact


def test_an_over_long_sentence_is_cut_at_clause_boundaries():
    clause = "the convoy waited at the checkpoint for hours while officials argued"
    text = ", ".join([clause] * 40) + "."
    spans = passages.split_passages(text)
    assert len(spans) > 1 and all(e - s <= passages.MAX_CHARS for s, e in spans)
    assert all(text[s:e].endswith((",", ".")) for s, e in spans)
    assert ", ".join(text[s:e].rstrip(",") for s, e in spans) == text


def test_text_without_spaces_is_cut_at_the_character_bound():
    text = "a" * 5000
    spans = passages.split_passages(text)
    assert [e - s for s, e in spans] == [1500, 1500, 1500, 500]
    assert "".join(text[s:e] for s, e in spans) == text


def test_titles_are_cut_at_a_word_boundary():
    assert passages.cut_title("Short headline") == "Short headline"
    long = " ".join(["Aleppo"] * 100)
    cut = passages.cut_title(long)
    assert len(cut) <= passages.MAX_TITLE_CHARS and cut.endswith("Aleppo…")
    assert len(passages.cut_title("x" * 5000)) == passages.MAX_TITLE_CHARS


_PIECES = [
    "The council met.",
    "Gen.",
    "Mr.",
    "J.",
    "Orsk said",
    "“We will stay.”",
    "(AP)",
    "and then left",
    "Daghestan.There",
    "3.5 percent",
    "Why?",
    "no stop here",
    "…",
    "U.S.",
]
_BREAKS = [" ", " ", " ", "\n", "\n\n", "\n\n", " \n\n  ", "\n \n", "\n\n\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_BREAKS)), max_size=40))
def test_passages_from_the_sentences_of_the_whole_text_are_those_of_each_paragraph(pieces):
    text = "".join(piece + separator for piece, separator in pieces).strip()
    assert split_passages(text, split_sentences(text)) == split_passages(text)
    given = passages.paragraphs(text)
    assert split_passages(text, split_sentences(text), given) == split_passages(text)


def test_a_sentence_run_on_past_a_paragraph_break_splits_each_paragraph_on_its_own():
    text = "He met Gen.\n\nSmith said so. It rained."
    whole = split_sentences(text)
    assert any("\n\n" in text[s:e] for s, e in whole)  # the abbreviation ran on
    assert split_passages(text, whole) == split_passages(text)


def test_paragraph_spans_leave_out_those_of_white_space_alone():
    from text.passages import paragraphs

    for text in (
        "One.\n\nTwo.",
        "\n\n \n\nOne.\n \n\u00a0\nTwo.\n\n\u2003",
        "\u2028\n\nOne.\n\n\x1c\n\nTwo.  ",
        "   ",
        "",
    ):
        spans, start = [], 0
        for match in re.finditer(r"\n\s*\n", text):
            spans.append((start, match.start()))
            start = match.end()
        spans.append((start, len(text)))
        assert paragraphs(text) == [(s, e) for s, e in spans if text[s:e].strip()]
