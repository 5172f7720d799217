from text.word_frequency import COMMON_WORD, FREQUENT_WORD, KNOWN_WORD, zipf


def test_common_words_are_frequent_and_case_does_not_matter():
    assert zipf("The") == zipf("the") >= FREQUENT_WORD
    assert zipf("defeat") >= COMMON_WORD


def test_invented_words_are_unknown():
    assert zipf("zqxwvblorf") == 0
    assert zipf("feat") > KNOWN_WORD > zipf("zqxwvblorf")
