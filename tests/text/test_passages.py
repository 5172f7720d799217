from text import passages


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
