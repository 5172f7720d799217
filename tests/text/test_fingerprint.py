import hashlib

from text import fingerprint

STORY = (
    "US-backed forces drove the group out of the northern city last week, cutting one of its key "
    "supply routes and triggering scenes of celebration by the local population. Scores of civilians "
    "were killed in air strikes on the city and on a nearby village during the siege, with some "
    "sources putting the number of dead as high as 117."
)


def test_content_hash_ignores_case_punctuation_and_spacing():
    assert fingerprint.content_hash(STORY) == fingerprint.content_hash(
        "  " + STORY.upper().replace(",", " ,").replace(". ", ".\n\n")
    )
    assert fingerprint.content_hash(STORY) != fingerprint.content_hash(STORY.replace("117", "118"))


LONG_STORY = " ".join(
    f"{STORY} In district {n} the council met {n + 3} times while aid convoys waited at checkpoint {n}."
    for n in range(6)
)


def test_near_duplicates_are_similar_and_different_stories_are_not():
    # The same wire story republished with a changed phrase and a footer.
    edited = LONG_STORY.replace("last week", "on Friday", 1) + " Reporting by a wire service."
    a, b = fingerprint.minhash(LONG_STORY), fingerprint.minhash(edited)
    other = fingerprint.minhash(" ".join(reversed(LONG_STORY.split())))
    assert fingerprint.similarity(a, b) >= fingerprint.NEAR_DUPLICATE
    assert fingerprint.similarity(a, other) < 0.2
    assert set(fingerprint.bands(a)) & set(fingerprint.bands(b))


def test_short_texts_have_no_signature():
    assert fingerprint.minhash("too short to compare") is None


def test_signatures_stay_the_same_bit_for_bit():
    # Stored signatures and bands are compared with those of new articles: any change to how
    # they are computed must leave them equal (the values 776fc46 computed).
    signature = fingerprint.minhash(LONG_STORY)
    assert signature[:3].tolist() == [116195842026331615, 28487057884471504, 49602927392482005]
    assert hashlib.sha256(signature.tobytes()).hexdigest()[:16] == "3d7a003e81a764cc"
    assert fingerprint.bands(signature)[:2] == [6466913385460190538, 657797083887783667]


def test_the_words_hashed_are_those_of_the_folded_text_whatever_its_characters():
    from text.tokens import fold
    from text.tokens import words as word_list

    texts = [
        "Plain ASCII, with U.S. and 3.5 km",
        "Erdoğan’s “talks” — naïve Æon ½ ™ end",  # folds to ASCII words and other characters
        "Ǆ ǅ Straße İstanbul ﬁne K",  # folding makes letters of compatibility characters
        "Ελληνικά λέξεις and Кириллица",  # letters that stay outside ASCII
        "a lone \ud800 surrogate",
    ]
    for text in texts:
        fingerprint.words.cache_clear()
        expected = tuple(w.encode() for w in word_list(fold(text).lower()))
        assert fingerprint.words(text) == expected
