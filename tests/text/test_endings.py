from text.endings import ends_mid_sentence, ends_sentence, final_mark


def test_final_mark_reads_past_closing_quotes_and_brackets():
    assert final_mark("He said: “We will stay.”") == "."
    assert final_mark("(the city fell)]  \n") == "l"
    assert final_mark(" ”) ") == ""


def test_a_sentence_ends_in_a_stop_question_exclamation_ellipsis_colon_or_semicolon():
    for text in ("Raqqa fell.", "Who won?", "Enough!", "And then…", "As follows:", "One;"):
        assert ends_sentence(text), text
    assert not ends_sentence("Raqqa fell")
    assert not ends_sentence("   ")


def test_a_line_broken_mid_sentence_stops_on_a_word_a_digit_a_comma_or_a_slash():
    assert ends_mid_sentence("fighters of the US-backed Syrian ")
    assert ends_mid_sentence("on 14 June,")
    assert ends_mid_sentence("Syria/")
    assert not ends_mid_sentence("the city fell.")
    assert not ends_mid_sentence("")
