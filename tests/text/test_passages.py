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
    assert len(spans) == 3
    assert all(len(text[s:e].split()) <= passages.MAX_WORDS for s, e in spans)
    assert all(text[s - 1] == " " for s, _ in spans[1:])
