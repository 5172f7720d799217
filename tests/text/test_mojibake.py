"""A page's UTF-8 read as cp1252 ("Ã©" for "é"): the letters put back before any other step, so
that a garbled "é" spaced by a tokenizer ("Ã ©") is no "©" credit."""

from text.clean import clean
from text.data import text_lines
from text.mojibake import repair_mojibake

STORY = (
    "The council met on Tuesday to hear the engineers' report on the river crossing, which "
    "had been closed since the spring floods damaged two of its piers."
)


def test_a_spaced_garbled_e_is_article_text_and_reads_as_its_letter():
    text = STORY + "\n\nMayor JosÃ © Varga opened the bridge.\n\n" + STORY
    assert "Mayor José Varga opened the bridge." in clean(text).split("\n\n")


def test_a_real_credit_under_a_caption_is_still_set_apart():
    text = (
        STORY
        + "\n\nDockers unload grain at the quay in Velmora. © Invented Agency 2011\n\n"
        + STORY
    )
    assert "Invented Agency" not in clean(text)
    assert "Dockers unload" not in clean(text)


def test_a_pair_a_line_break_parts_keeps_its_paragraph():
    # "RenÃ© AngÃ\n©\nlil": the tokenizer's line break before the "©" of "Angélil"
    text = STORY + "\n\nShe sang in memory of her manager Kel AngÃ\n©\nlil , who died.\n\n" + STORY
    assert "She sang in memory of her manager Kel Angé lil, who died." in clean(text)


def test_garbled_letters_unspaced_and_spaced():
    assert repair_mojibake("SÃ£o Tavora and BrasÃ\xadlia") == "São Tavora and Brasília"
    assert repair_mojibake("ZoÃ « Marrow and Ã – rebrand") == "Zoë Marrow and Ö rebrand"
    assert repair_mojibake("FIVERÃƒO") == "FIVERÃO"


def test_genuine_a_tilde_is_left_alone():
    # a capital word's "Ã" before a letter, a space or a dash is no garbled pair
    for text in ("SÃO VELMORA", "JOÃO Tavora", "IRMÃ — a film", "São Tavora", "Ã la carte"):
        assert repair_mojibake(text) == text
        assert clean(text) == text


def test_a_space_stands_between_a_pair_only_before_a_symbol():
    # "Ã ª" (a letter after the space) is no "ê" split by a tokenizer
    assert repair_mojibake("Ã ª") == "Ã ª"
    assert repair_mojibake("Ãª") == "ê"


def test_the_repair_is_its_own_fixed_point():
    text = "JosÃ © Varga of SÃ£o Tavora, FIVERÃƒO"
    once = repair_mojibake(text)
    assert repair_mojibake(once) == once
    assert clean(clean(text)) == clean(text)


def test_every_listed_letter_has_a_cp1252_pair_led_by_the_same_byte():
    letters = [c for line in text_lines("text", "mojibake.txt") for c in line.split()]
    assert all(len(c) == 1 and c.isalpha() for c in letters)
    for letter in letters:
        garbled = letter.encode("utf-8").decode("cp1252")
        assert garbled[0] == "Ã"
        assert repair_mojibake("Vel" + garbled + "mora") == "Vel" + letter + "mora"
