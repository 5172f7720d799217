from text.word_frequency import COMMON_WORD, FREQUENT_WORD, KNOWN_WORD, zipf


def test_common_words_are_frequent_and_case_does_not_matter():
    assert zipf("The") == zipf("the") >= FREQUENT_WORD
    assert zipf("defeat") >= COMMON_WORD


def test_invented_words_are_unknown():
    assert zipf("zqxwvblorf") == 0
    assert zipf("feat") > KNOWN_WORD > zipf("zqxwvblorf")


def test_plain_words_have_wordfreqs_own_values_without_importing_it():
    """Plain lower-case words are read from wordfreq's list by Sitrep; the values must be
    wordfreq's, for frequent, rare, unknown and invented words, and for words that go to
    wordfreq itself (digits, apostrophes, accents)."""
    import subprocess
    import sys

    words = ["the", "defeat", "ceasefire", "wellknown", "xylophonist", "zqxwvblorf", "a"]
    words += ["Raqqa", "HEZBOLLAH", "don't", "café", "9th", "1,300"]
    script = (
        "import sys\n"
        "from text.word_frequency import zipf\n"
        f"values = [zipf(w) for w in {words[:7]!r}]\n"
        "print('wordfreq' in sys.modules)\n"
        f"values += [zipf(w) for w in {words[7:]!r}]\n"
        "from wordfreq import zipf_frequency\n"
        f"print(values == [zipf_frequency(w.lower(), 'en') for w in {words!r}])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    ).stdout.split()
    assert out == ["False", "True"]
