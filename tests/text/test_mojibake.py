"""A page's UTF-8 read as cp1252 ("Ã©" for "é", "â€™" for "’"): the letters and marks put back
before any other step, so that a garbled "é" spaced by a tokenizer ("Ã ©") is no "©" credit and
a garbled quotation reads as a quotation."""

from commands.timeline_entries import opens_a_quote
from text.clean import clean
from text.data import text_lines, text_sections
from text.mojibake import MARK_LEAD, repair_mojibake
from text.sentences import split_sentences

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


def _listed_marks() -> list[str]:
    names = [
        n for line in text_sections("text", "mojibake_marks.txt")["marks"] for n in line.split()
    ]
    return [chr(int(n[2:], 16)) if n.startswith("U+") else n for n in names]


def test_a_tokenizer_spaced_garbled_apostrophe_reads_as_the_clean_form():
    assert clean("Varga â€ ™ s convoy left the port.") == "Varga’s convoy left the port."
    assert repair_mojibake("Kel Vargaâ€ ™ s convoy") == "Kel Varga’s convoy"
    assert (
        repair_mojibake("they canâ€\n™ t stay and Iâ€ ™\nve seen")
        == "they can’t stay and I’ve seen"
    )
    assert repair_mojibake("DONâ€ ™ T GO") == "DON’T GO"


def test_a_garbled_quotation_reads_as_a_quotation():
    text = "â€œWe will stay,â€ � said Kel Varga."
    assert repair_mojibake(text) == "“We will stay,” said Kel Varga."
    assert clean(text) == "“We will stay,” said Kel Varga."
    # a tokenizer's spaces and line breaks, and the lost byte of "”" shown as a replacement
    spaced = (
        "â€œWe will stay . We will not leave , â€ � said Kel Varga .\nâ€œNot yet .â€\n�\nHe left ."
    )
    cleaned = clean(spaced)
    assert "“We will stay. We will not leave, ” said Kel Varga." in cleaned
    assert "“Not yet.”" in cleaned
    first, *_ = [cleaned[s:e] for s, e in split_sentences(cleaned)]
    assert first == "“We will stay."
    assert opens_a_quote(first)  # the reader that looks for the speaker after a quote's start
    assert not opens_a_quote(spaced.split(" . ")[0])  # garbled, it saw no quotation


def test_garbled_dashes_and_ellipsis():
    assert repair_mojibake("cuts â€ “ sombre mood") == "cuts – sombre mood"
    assert (
        repair_mojibake("postâ€“punk and Velmora â€ ” and Orsk")
        == "post–punk and Velmora — and Orsk"
    )
    assert repair_mojibake("it is broke â€ ¦\nWhere") == "it is broke …\nWhere"
    assert repair_mojibake("â€¢ The harbour") == "• The harbour"


def test_a_space_after_an_apostrophe_is_taken_out_only_inside_a_word():
    # a lone letter before the mark: an elided name or article
    assert repair_mojibake("Kel Oâ€ ™ Varga and Giro dâ€ ™ Orsk") == "Kel O’Varga and Giro d’Orsk"
    assert repair_mojibake("Ilsa Oâ€ ™\nMarrow") == "Ilsa O’Marrow"
    # a closing quote or plural possessive: the space is the page's
    assert repair_mojibake("the rebelsâ€ ™ positions") == "the rebels’ positions"
    assert repair_mojibake("calling him Lyinâ€ ™ Kel") == "calling him Lyin’ Kel"
    assert repair_mojibake("the B-52sâ€ ™ Love Shack") == "the B-52s’ Love Shack"
    assert repair_mojibake("an â€˜Aâ€ ™ from the board") == "an ‘A’ from the board"


def test_a_text_without_a_garbled_lead_is_returned_as_it_is():
    for text in ("Kel Varga’s “convoy” – São Tavora", "plain ascii text", "château"):
        assert repair_mojibake(text) is text
    # a lead with nothing listed after it is no mark
    for text in ("Velmora â€", "Velmora â€ x", "a château â€ª Orsk"):
        assert repair_mojibake(text) == text


def test_marks_and_letters_together_are_their_own_fixed_point():
    text = "a coup dâ€ ™ Ã © tat in SÃ£o Tavora , â€œhe said , â€ � Iâ€ ™ m sure"
    once = repair_mojibake(text)
    assert once == "a coup d’é tat in São Tavora , “he said , ” I’m sure"
    assert repair_mojibake(once) == once
    assert clean(clean(text)) == clean(text)


def test_every_listed_mark_has_its_own_garbled_form_led_by_the_same_bytes():
    marks = _listed_marks()
    thirds = [m.encode("utf-8")[2:].decode("cp1252", errors="replace") for m in marks]
    assert len(set(thirds)) == len(marks)  # no two marks read back from one garbled form
    for mark in marks:
        garbled = mark.encode("utf-8").decode("cp1252", errors="replace")
        assert garbled.startswith(MARK_LEAD)
        assert repair_mojibake("Vel" + garbled + "mora") == "Vel" + mark + "mora"


def test_a_mark_right_after_a_letters_lead_is_left_garbled_so_cleaning_twice_is_once():
    # put back, the mark would make a garbled pair with the "Ã" before it ("Ã –" is "Ö")
    for text in ("IRMÃ â€“ Varno", "TAVORÃâ€ � he said", "Ãâ€ ™ s"):
        once = repair_mojibake(text)
        assert once == text
        assert repair_mojibake(once) == once
        assert clean(clean(text)) == clean(text)
