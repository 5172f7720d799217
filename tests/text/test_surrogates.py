from text.surrogates import replace_lone_surrogates


def test_lone_surrogates_become_the_replacement_character():
    text = replace_lone_surrogates("Raqqa \ud800fell, caf\udce9")
    assert text == "Raqqa \ufffdfell, caf\ufffd"
    text.encode("utf-8")  # storable


def test_text_without_surrogates_is_unchanged():
    for text in ("plain ASCII", "Erdoğan 😀 قصف", ""):
        assert replace_lone_surrogates(text) == text
