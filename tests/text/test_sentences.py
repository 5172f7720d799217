from text.sentences import split_sentences


def sentences(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_splits_on_terminal_punctuation():
    assert sentences("IS lost Mosul. Raqqa is next! Is it? Yes.") == [
        "IS lost Mosul.",
        "Raqqa is next!",
        "Is it?",
        "Yes.",
    ]


def test_abbreviations_and_initials_do_not_end_sentences():
    text = "The U.S. Air Force struck. Mr. Karlov and Andrey G. Karlov met Gen. Votel in St. Petersburg."
    assert sentences(text) == [
        "The U.S. Air Force struck.",
        "Mr. Karlov and Andrey G. Karlov met Gen. Votel in St. Petersburg.",
    ]


def test_closing_quotes_stay_with_their_sentence():
    text = "He said the fight will be “no picnic.” Heavy fighting is expected."
    assert sentences(text) == [
        "He said the fight will be “no picnic.”",
        "Heavy fighting is expected.",
    ]


def test_a_stop_glued_to_the_next_sentence_still_splits():
    assert sentences("killed in Daghestan.There has been a long history.") == [
        "killed in Daghestan.",
        "There has been a long history.",
    ]


def test_line_breaks_end_sentences_and_offsets_are_exact():
    text = "  • Losing territory\n• Fewer recruits  \n\nNext paragraph."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "• Losing territory",
        "• Fewer recruits",
        "Next paragraph.",
    ]


def test_numbers_and_lowercase_after_a_stop_do_not_split():
    assert sentences("It cost $8.4 billion. costs rose 2.5 per cent.") == [
        "It cost $8.4 billion. costs rose 2.5 per cent."
    ]


def test_empty_and_blank_text():
    assert split_sentences("") == []
    assert split_sentences("   \n\n ") == []


def test_the_word_before_a_stop_is_what_the_pattern_search_found():
    import random
    import re

    from text.sentences import _word_before

    pattern = re.compile(r"([\w.]+)$")
    rng = random.Random(5)
    alphabet = list("ab.Z_9 \n-\t’é²½٣\u00a0")
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(50)))
        stop = rng.randrange(len(text) + 1)
        found = pattern.search(text, max(0, stop - 30), stop)
        assert _word_before(text, stop) == (found.group(1) if found else None), (text, stop)
