from text.tokens import fold, phrase_key, term_set, term_spans, terms


def test_case_and_diacritics_fold_to_the_same_term():
    assert terms("Erdoğan") == terms("Erdogan") == terms("ERDOGAN".lower())
    assert fold("Hasakeh Ḥalab Øresund straße") == "Hasakeh Halab Oresund strasse"


def test_stemming_joins_inflections():
    assert terms("fighters fighting") == ["fighter", "fight"]
    assert terms("assassination")[0] == terms("assassinations")[0]


def test_function_words_dropped_from_questions():
    assert terms("who did Turkey blame for the assassination") == ["turkey", "blame", "assassin"]


def test_acronyms_spelled_like_function_words_are_kept():
    assert terms("US-backed forces told us") == ["US", "back", "forc", "told"]
    assert terms("IS fighters") == ["IS", "fighter"]
    assert terms("it is over") == []


def test_possessives_do_not_make_new_terms():
    assert terms("ISIS’s caliphate") == terms("ISIS caliphate")


def test_absurdly_long_words_are_not_terms():
    assert terms("x" * 5000 + " Raqqa") == ["raqqa"]


def test_term_spans_point_at_the_words():
    text = "Heavy fighting in Raqqa"
    assert [(text[s:e], t) for s, e, t in term_spans(text)] == [
        ("Heavy", "heavi"),
        ("fighting", "fight"),
        ("Raqqa", "raqqa"),
    ]


def test_phrase_key_keeps_function_words():
    assert phrase_key("no picnic") == ["no", "picnic"]


def test_one_folding_for_terms_and_names():
    """Terms and catalogue names fold the same way: "ð" and "þ" have no NFKD decomposition."""
    from extract.catalogue import fold as name_fold
    from extract.catalogue import phrase_key as name_key

    assert fold("Guðmundur Þórsson") == "Gudmundur Thorsson"
    assert name_fold("Guðmundur") == "gudmundur" == fold("Guðmundur").lower()
    assert name_key("Guðmundur Ḩaddād") == "gudmundur haddad"
    assert fold("Zyx Qwerty") == "Zyx Qwerty"  # plain ASCII is returned as it is


def test_folding_runs_of_a_text_is_folding_the_whole_text():
    import unicodedata

    # A combining mark after an ASCII letter, marks in the wrong canonical order, a ligature,
    # a fraction, the extra folds and a Hangul syllable, among ASCII words.
    text = "Cafe\u0301 Nha\u0323\u0302 \ufb01nal \u00bd \u00e6ther Ma\u0142ko \ud55c mixed"
    whole = unicodedata.normalize("NFKD", text.translate(str.maketrans({"æ": "ae", "ł": "l"})))
    expected = "".join(ch for ch in whole if not unicodedata.combining(ch))
    assert fold(text) == expected == "Cafe Nha final 1\u20442 aether Malko \u1112\u1161\u11ab mixed"
    assert fold(text) == fold(text)  # the second time from the remembered runs


def test_the_words_of_a_text_are_those_the_word_pattern_finds():
    import re

    from text.tokens import words

    pattern = re.compile(r"[^\W_]+")
    for text in [
        "",
        "Varnholt's council_chair met 3 times in 2019 (see: orsk.example/a?b=c).",
        "tabs\tand\x1fseparators\x0b, under_scores__ and -dashes- 12,500.5",
        "Erdoğan and Guðmundur met “Orsk” — again",  # not ASCII: the pattern itself
        "".join(chr(c) for c in range(128)),
    ]:
        assert words(text) == pattern.findall(text), text


def test_the_terms_of_spans_are_those_of_each_span_cut_out():
    from extract.name_tokens import tokenize
    from text.tokens import passage_terms, spans_terms

    text = (
        "The U.S. envoy met Erdoğan’s aides in Ankara.\n\nTalks on the ceasefire resumed, "
        "officials said.\n\nabcdefghij klmnop qrstuv — ÆON 3.5 km"
    )
    title = terms("A title about the U.S.")
    t = tokenize(text)
    n = len(text)
    # every kind of span: whole words, a span that cuts a word, one holding "U.S.", one empty
    spans = [(0, 45), (4, 9), (47, 80), (49, n), (0, n), (n - 4, n), (10, 10), (60, 63)]
    for limit in (1000, 3):
        expected = [passage_terms(text[s:e], title, limit) for s, e in spans]
        assert spans_terms(text, spans, t.starts, t.ends, t.raw, title, limit) == expected


def test_a_texts_term_set_is_the_set_of_its_terms():
    for text in ["", "The U.S. envoys met envoys in Zélin’s town, 12 of them.", "of the and"]:
        assert term_set(text) == set(terms(text))


def test_a_dotted_acronym_is_the_term_of_its_letters():
    assert (
        terms("the U.N. envoy to Orsk") == terms("the UN envoy to Orsk") == ["un", "envoy", "orsk"]
    )
    assert terms("U.S.-led strikes") == terms("US-led strikes") == ["US", "led", "strike"]
    assert terms("E.U. ministers") == terms("EU ministers")
    assert terms("George Q.X. Varnholt") == ["georg", "qx", "varnholt"]  # initials never seen


def test_us_the_pronoun_stays_apart_from_the_dotted_acronym():
    assert terms("the U.S. told us") == ["US", "told"]
    assert terms("tell us") == terms("Us and them") == []
    assert "US" not in terms("help us, they said")


def test_lower_case_abbreviations_stay_apart():
    # "a.m." and "e.g." are no names: their letters are searched as before
    assert terms("at 9 a.m. in Orsk") == ["9", "orsk"]
    assert terms("e.g. Orsk") == ["e", "g", "orsk"]
    assert terms("u.s. rule") == ["u", "rule"]


def test_a_sentence_ending_in_a_dotted_acronym_then_a_new_one():
    text = "The Varnholt envoy flew to the U.S. Talks with Orsk resumed."
    assert terms(text) == ["varnholt", "envoy", "flew", "US", "talk", "orsk", "resum"]
    spans = [(text[s:e], t) for s, e, t in term_spans(text)]
    assert ("U.S.", "US") in spans and ("Talks", "talk") in spans


def test_a_dotted_acronym_in_a_phrase_is_its_letters():
    assert phrase_key("U.S. envoy") == phrase_key("US envoy") == ["us", "envoy"]


def test_the_words_a_text_was_indexed_under_include_a_dotted_acronyms_letters():
    """Stores made before pipeline version 40 indexed "U.N." as u and n: taking such an
    article out of the index looks for those too."""
    from text.tokens import indexed_words

    assert indexed_words("Orsk talks", ["The U.N. envoy left."]) == {
        "orsk",
        "talk",
        "un",
        "envoy",
        "left",
        "u",
        "n",
    }
    assert indexed_words("Orsk", ["An envoy left."]) == {"orsk", "envoy", "left"}
