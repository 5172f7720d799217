"""Close spellings of a romanised name: a vowel of romanised Arabic's alternations, a consonant
doubled or single, a final h after a vowel; at most two changes."""

from text.spelling import close_spellings


def test_a_vowel_of_the_alternations_changes():
    assert "tel" in close_spellings("Tal")
    assert "hafiz" in close_spellings("Hafez")
    assert "musul" in close_spellings("Mosul")
    assert "dair" in close_spellings("Deir")


def test_a_consonant_is_written_double_or_single():
    assert "minis" in close_spellings("Minnis")
    assert "bassil" in close_spellings("Basil")
    assert "bbasil" not in close_spellings("Basil")  # never the first letter


def test_a_final_h_after_a_vowel_is_written_or_not():
    assert "hamah" in close_spellings("Hama")
    assert "hama" in close_spellings("Hamah")


def test_two_changes_at_most():
    assert "bassel" in close_spellings("Basil")  # s doubled, i as e
    assert "bessel" not in close_spellings("Basil")  # three changes
    assert "basil" not in close_spellings("Basil")  # the word's own
    assert "tol" not in close_spellings("Tal")  # a and o do not alternate


def test_only_latin_letters():
    assert close_spellings("Zürich") == ()
    assert close_spellings("F-16") == ()


def test_y_and_w_are_no_vowels_for_doubling_or_the_final_h():
    assert "bayh" not in close_spellings("Bay")
    assert "tonny" not in close_spellings("Tony")
    assert "tonyh" not in close_spellings("Tony")
    assert "hawwa" not in close_spellings("Hawa")


def test_a_final_h_only_in_words_of_four_letters_or_more():
    assert "anah" not in close_spellings("Ana")
    assert "hamah" in close_spellings("Hama")
