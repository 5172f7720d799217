import pytest

from text import quotable
from text.memo import Memo
from text.quotable import is_furniture, quotable_text, visible_text


@pytest.mark.parametrize(
    "text",
    [
        "By Jane Doe and John Roe, Staff Reporters",
        "07 Aug 2017 | 05:36 PM UTC",
        "Marta Kolen is Balkans section editor with The Evening Ledger.",
        "Fusilier Kal Orvan, The Royal Varnostan Fusiliers.",
        "",
        "12:35 | 1,204",
        "By Émile Zélin and Åsa Orvik, Staff Reporters",  # not ASCII: words by the pattern
        "Ōtani Kenji – 07 Aug 2017 | 05:36",
    ],
)
def test_page_furniture_is_not_a_quote(text):
    assert is_furniture(text)


@pytest.mark.parametrize(
    "text",
    [
        "NATO began bombing military targets a short time later.",
        "Correspondents say a peaceful solution seems unlikely.",
        "The ambassador of Qelvaria was assassinated at an art gallery in Drevnik on Monday.",
        "The envoy of Qelvaria said “talks will resume” in Drevnik’s old town.",
        "Émile Zélin, the editor, said the talks in 2017 were   over  by 05:36 on Monday.",
    ],
)
def test_sentences_are_quotes_even_short_ones(text):
    assert not is_furniture(text)


def test_visible_text_drops_markup_and_keeps_words():
    assert visible_text("talks -LRB- in Drevnik -RRB- resumed") == "talks (in Drevnik) resumed"
    assert visible_text('a <a href="http://x.example/">report</a> said') == "a report said"
    assert visible_text("Tom &amp; Jerry") == "Tom & Jerry"
    assert visible_text("see [the map](https://x.example/m) here") == "see the map here"
    assert visible_text("AFP\\/Getty") == "AFP/Getty"
    plain = "No markup here, 5 < 6 and a & b."
    assert visible_text(plain) == plain


def test_telling_furniture_apart_does_not_load_the_cleaner():
    # The header patterns alone: the splitter would bring the whole cleaner and wordfreq into
    # a question's process (half a second of imports on a large store's first furniture test).
    import json
    import subprocess
    import sys

    probe = (
        "import json, sys; from text.quotable import is_furniture; "
        "assert is_furniture('Marta Kolen is Balkans section editor with The Evening Ledger.'); "
        "print(json.dumps(sorted(sys.modules)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = set(json.loads(done.stdout))
    assert "text.header_parts" in loaded
    assert not loaded & {"text.split", "text.clean", "wordfreq", "text.drop_capitals"}


def test_every_escape_is_replaced_with_or_without_the_spaces_around_it():
    for written, means in quotable._escapes():
        for text in (f"talks{written}resumed", f"talks {written.strip()} resumed"):
            assert written.strip() not in visible_text(text) or written.strip() in means


def test_a_quotable_text_is_its_visible_text_and_furniture_none(monkeypatch):
    monkeypatch.setattr(quotable, "_shown_texts", Memo(quotable._shown, 2))
    assert quotable_text("talks -LRB- in Drevnik -RRB- resumed") == "talks (in Drevnik) resumed"
    assert quotable_text("By Jane Doe and John Roe, Staff Reporters") is None
    assert len(quotable._shown_texts) == 2
    # Remembered texts are bounded: a third one empties the memory before it is kept.
    assert quotable_text("Correspondents say a peaceful solution seems unlikely.") == (
        "Correspondents say a peaceful solution seems unlikely."
    )
    assert len(quotable._shown_texts) == 1
    assert quotable_text("By Jane Doe and John Roe, Staff Reporters") is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "  \t\n",
        "By Ana Ilić and Tomas Verrek, Qarvo correspondents",
        "the council met in Qarvo on Monday, 3 May 2021.",
        "x1y z_2 'quoted' Word-word ALLCAPS mIxEd",
        "Café Ñandú — “quoted” ‘words’ … and İstanbul, ǅemal",
        "1,204 killed; 3.5% of 17-year-olds",
    ],
)
def test_words_are_counted_as_the_word_pattern_finds_them(text):
    words = quotable._WORD.findall(text)
    lower = sum(word[0].islower() for word in words)
    assert quotable._word_counts(text) == (len(words), lower)
