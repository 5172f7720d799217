from text.drop_capitals import restore_drop_capitals


def test_separated_drop_capital_is_reattached():
    text = "Russia assumes the lead\n\nT \n\nhe seventh round of the\nAstana talks"
    assert restore_drop_capitals(text) == (
        "Russia assumes the lead\n\nThe seventh round of the\nAstana talks"
    )


def test_drop_capital_split_by_a_space():
    assert restore_drop_capitals("I n Iraq at least\n\nT he war") == "I n Iraq at least\n\nThe war"


def test_lost_first_letter_is_restored_when_one_capital_fits():
    text = " ith the once seem-\ningly invulnerable forces"
    assert restore_drop_capitals(text) == " With the once seem-\ningly invulnerable forces"


def test_lost_letter_is_not_guessed_when_the_fragment_is_a_word_or_ambiguous():
    # "also" is a word: a column break mid-sentence, not a lost capital.
    text = "were turning to dust\n\nalso cannot be denied."
    assert restore_drop_capitals(text) == text
    # "ore" could be "More", "Core", "Bore", "Fore"...: no single clear capital.
    assert restore_drop_capitals("Ends here.\n\nore fighting followed.") == (
        "Ends here.\n\nore fighting followed."
    )


def test_a_lone_capital_before_a_word_that_stays_a_word_is_left_alone():
    text = "Annex\n\nA\n\nman was seen"
    assert restore_drop_capitals(text) == text
