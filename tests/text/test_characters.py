from text.characters import normalise_spaces, normalise_unicode


def test_normalise_unicode_nfc_line_breaks_and_invisible_characters():
    text = "Erdoğan\r\nmet\u200b Putin\u00a0in Sochi.\rThe\x07 end\ufeff"
    assert normalise_unicode(text) == "Erdoğan\nmet Putin\u00a0in Sochi.\nThe end"


def test_normalise_unicode_soft_hyphen_at_line_end_joins():
    assert normalise_unicode("Decem\u00ad\nber and Sep\u00adtember") == "December and September"


# ----------------------------------------------------------------------------- hyphens


def test_normalise_spaces_without_changing_words():
    text = "Russia  considers\tAssad\u00a0an ally , Ankara ,Kremlin said . Then, , more ..."
    assert normalise_spaces(text) == (
        "Russia considers Assad an ally, Ankara, Kremlin said. Then, more ..."
    )


def test_curly_quotes_and_apostrophes_are_kept():
    text = "“Putin, we will come,” he said of Russia’s envoy."
    assert normalise_spaces(text) == text


# ----------------------------------------------------------------------------- boilerplate
