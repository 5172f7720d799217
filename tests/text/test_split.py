from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from text.clean import clean
from text.clutter import set_apart
from text.read import Document, read_path
from text.split import ArticleDraft, split_articles

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


def text_doc(text: str, **metadata) -> Document:
    return Document(text=text, origin="test", kind="text", **metadata)


BODY_1 = (
    "Government forces pushed into the eastern districts on Tuesday after weeks of air "
    "strikes, commanders said."
)
BODY_2 = (
    "Aid agencies warned that thousands of civilians remained trapped in basements "
    "without water or power."
)
BODY_3 = "The next round of talks is due in Geneva later this month, diplomats said."


# ----------------------------------------------------------------------------- splitting


def test_three_blank_lines_separate_articles():
    drafts = split_articles(text_doc(f"{BODY_1}\n\n{BODY_2}\n\n\n\n{BODY_3}"))
    assert [d.text for d in drafts] == [f"{BODY_1}\n\n{BODY_2}", BODY_3]
    assert all(d.title is None and d.published is None for d in drafts)


def test_two_blank_lines_do_not_separate_articles():
    assert len(split_articles(text_doc(f"{BODY_1}\n\n\n{BODY_2}"))) == 1


def test_headline_with_dateline_after_a_story_starts_a_new_article():
    text = (
        f"Forces push into Raqqa\n\nBy Dana Haddad\n\n{BODY_1}\n\n{BODY_2}\n\n"
        f"Talks resume in Geneva\n\n14 June 2017\n\n{BODY_3}"
    )
    drafts = split_articles(text_doc(text))
    assert drafts == [
        ArticleDraft(
            "Forces push into Raqqa", f"{BODY_1}\n\n{BODY_2}", None, "Dana Haddad", None, None
        ),
        ArticleDraft("Talks resume in Geneva", BODY_3, None, None, "2017-06-14", "header"),
    ]


def test_section_headings_do_not_split_an_article():
    text = f"{BODY_1}\n\nWaning caliphate\n\n{BODY_2}\n\nInter-imperialist race\n\n{BODY_3}"
    drafts = split_articles(text_doc(text))
    assert len(drafts) == 1 and drafts[0].text == text


def test_author_note_closes_an_article_and_gives_author_and_outlet():
    text = (
        f"{BODY_1}\n\nJane Doe is Damascus correspondent for The Levant Weekly.\n\n"
        f"Talks resume in Geneva as fighting rages\n\n{BODY_3}"
    )
    drafts = split_articles(text_doc(text))
    assert drafts == [
        ArticleDraft(None, BODY_1, "The Levant Weekly", "Jane Doe", None, None),
        ArticleDraft("Talks resume in Geneva as fighting rages", BODY_3, None, None, None, None),
    ]


def test_magazine_headline_after_the_body_goes_to_the_untitled_article_before():
    text = (
        f"{BODY_1}\n\nJane Doe is Damascus correspondent for The Levant Weekly.\n\n"
        "Loss of the caliphate matters more than lost land\n\n"
        f"Russia takes the lead in the peace process\n\n{BODY_3}"
    )
    drafts = split_articles(text_doc(text))
    assert [(d.title, d.text) for d in drafts] == [
        ("Loss of the caliphate matters more than lost land", BODY_1),
        ("Russia takes the lead in the peace process", BODY_3),
    ]


def test_author_note_after_a_section_break_still_names_the_author():
    [draft] = split_articles(
        text_doc(f"{BODY_1}\n\n\n\nJane Doe is Damascus correspondent for The Levant Weekly.")
    )
    assert (draft.text, draft.author, draft.source) == (BODY_1, "Jane Doe", "The Levant Weekly")


def test_markdown_headline():
    [draft] = split_articles(text_doc(f"# Forces push into Raqqa\n\n{BODY_1}"))
    assert (draft.title, draft.text) == ("Forces push into Raqqa", BODY_1)


def test_masthead_title_and_byline_header():
    text = (
        f"Levant Monitor\n\nForces push into Raqqa\n\nPublished on\n\n"
        f"Civilians flee as the battle nears\n\nDana Haddad, Reuters\n\n{BODY_1}"
    )
    [draft] = split_articles(text_doc(text))
    assert draft == ArticleDraft(
        "Forces push into Raqqa",
        f"Civilians flee as the battle nears\n\n{BODY_1}",
        "Levant Monitor",
        "Dana Haddad",
        None,
        None,
    )


def test_dateline_over_the_headline():
    text = (
        f"Skip to main content\n07 Aug 2017 | 05:36 PM UTC\n\nSyria: IS concedes defeat\n\n{BODY_1}"
    )
    [draft] = split_articles(text_doc(text))
    assert (draft.title, draft.published, draft.published_how, draft.text) == (
        "Syria: IS concedes defeat",
        "2017-08-07",
        "header",
        BODY_1,
    )


def test_file_metadata_fills_gaps_and_never_invents_a_date():
    [draft] = split_articles(text_doc(BODY_1, title="Raqqa", source="Monitor", author="D. H."))
    assert (draft.title, draft.source, draft.author, draft.published, draft.published_how) == (
        "Raqqa",
        "Monitor",
        "D. H.",
        None,
        None,
    )
    [dated] = split_articles(text_doc(BODY_1, published="2017-06-14"))
    assert (dated.published, dated.published_how) == ("2017-06-14", "metadata")


def test_a_header_date_wins_over_file_metadata_for_text():
    [draft] = split_articles(text_doc(f"14 June 2017\n\n{BODY_1}", published="2020-01-01"))
    assert (draft.published, draft.published_how) == ("2017-06-14", "header")


def test_title_and_author_metadata_only_for_a_single_article():
    drafts = split_articles(
        text_doc(f"{BODY_1}\n\n\n\n{BODY_2}", title="Raqqa", author="D. H.", source="Monitor")
    )
    assert [(d.title, d.author, d.source) for d in drafts] == [
        (None, None, "Monitor"),
        (None, None, "Monitor"),
    ]


def test_a_line_broken_mid_sentence_is_not_a_title():
    [draft] = split_articles(
        text_doc(
            f"The encounter between the French\n\nand the British "
            f"delegations was tense.\n\n{BODY_1}"
        )
    )
    assert draft.title is None


def test_input_with_only_a_headline_is_kept_as_text():
    [draft] = split_articles(text_doc("25 April 2017 51 evacuees escorted from Aleppo hospital"))
    # The date stamp before the headline is set apart and becomes the publication date.
    assert draft.text == "51 evacuees escorted from Aleppo hospital"
    assert (draft.published, draft.published_how) == ("2017-04-25", "header")


def test_html_is_one_article_with_metadata():
    doc = read_path(str(FIXTURES / "page.html"))
    [draft] = split_articles(doc)
    assert (draft.title, draft.source, draft.author, draft.published, draft.published_how) == (
        "Kurdish forces close in on Raqqa",
        "Levant Monitor",
        "Dana Haddad",
        "2017-06-14",
        "metadata",
    )
    assert draft.text.startswith("US-backed fighters of the Syrian Democratic Forces advanced")


def test_pdf_column_is_unwrapped_under_its_title():
    [draft] = split_articles(read_path(str(FIXTURES / "column.pdf")))
    assert draft == ArticleDraft(
        "Raqqa offensive enters the old city",
        "Fighters of the US-backed Syrian Democratic Forces entered the old city of Raqqa on "
        "Tuesday, a spokesman for the alliance said, after weeks of heavy fighting around the "
        "eastern districts.\n\nResidents who fled the city described shortages of food and "
        "water, and said the militants had laid mines along the main roads.",
        None,
        "Dana Haddad",
        "2017-06-14",
        "metadata",
    )


# ----------------------------------------------------------------------------- the seeds


@pytest.fixture(scope="module")
def seeds() -> dict[str, list[ArticleDraft]]:
    return {
        path.name[:3]: split_articles(read_path(str(path)))
        for path in sorted((ROOT / "seeds").glob("*.txt"))
    }


def test_seeds_hold_seven_articles(seeds):
    assert {name: len(drafts) for name, drafts in seeds.items()} == {
        "000": 2,
        "001": 2,
        "002": 1,
        "003": 1,
        "004": 1,
    }


def test_seed_magazine_pdf_reads_as_prose(seeds):
    first, second = seeds["001"]
    assert first.title == "Loss of ISIS caliphate more significant than just lost territory"
    assert second.title == "Russia assumes the lead in Syria’s peace process"
    assert (first.author, first.source) == ("Simon Speakman Cordall", "The Arab Weekly")
    text = first.text + "\n\n" + second.text
    assert first.text.startswith("With the once seemingly invulnerable forces of the Islamic")
    assert second.text.startswith("The seventh round of the Astana talks concluded")
    for broken in ("Rus- sia", "Rus-sia", "dramat- ic", "dramat-ic", "Decem-", "-\n", " ith "):
        assert broken not in text
    for kept in (
        "e-mail",
        "US-backed Kurdish-dominated",
        "de-conflict",
        "regime-change",
        "second half of December.",
        "Russia, a favourite venue",
        "dramatic advance",
        "hard to overstate",
        "may have been overstated",
    ):
        assert kept in text
    assert "(AFP)" not in text and "Shrinking reach" not in text  # the caption
    assert "Simon Speakman Cordall" not in text  # the author note is metadata
    # The pull quote and its attribution repeat the body: only the body copy remains.
    assert text.count("lived by the sword") == 1
    assert text.count("Nicholas Heras, a Middle East security fellow") == 1
    assert "\n\nNicholas Heras" not in text


def test_seed_alert_header(seeds):
    [alert] = seeds["002"]
    assert alert.title == "Syria: IS propaganda concedes Mosul defeat"
    assert (alert.published, alert.published_how) == ("2017-08-07", "header")
    assert "Skip to main content" not in alert.text and "05:36 PM" not in alert.text
    assert "Informational" in alert.text and "Advice" in alert.text


def test_seed_newswire_masthead_and_caption(seeds):
    [wire] = seeds["003"]
    assert wire.source == "IL Newswire"
    assert wire.title == "Islamic State and Al-Qaeda in Discussions to Form Alliance"
    assert "REUTERS" not in wire.text and "Courtesy of" not in wire.text
    assert wire.text.startswith("The future of the Islamic State (ISIL)")


def test_seed_teasers_from_another_year_are_gone(seeds):
    [piece] = seeds["004"]
    assert (piece.title, piece.source, piece.author) == (
        "ISIS’s Waning “Caliphate”",
        "Socialist Alternative",
        "Serge Jordan",
    )
    assert "2024" not in piece.text and "Latest articles" not in piece.text
    assert "Published on" not in piece.text and "..." not in piece.text
    assert piece.text.endswith("who are making people’s lives a misery.")
    assert "\n\nWaning caliphate\n\n" in piece.text  # its own section heading stays


def test_seed_untitled_pair_stays_untitled(seeds):
    first, second = seeds["000"]
    assert first.title is second.title is None
    assert first.text.endswith("fighting the government forces also.")
    assert second.text.startswith("Turkey and Russian relations have been very uneven")
    assert "\n\n• Losing more than half of the territories it once held.\n\n" in first.text


def test_seeds_carry_no_invented_dates(seeds):
    dated = {name: [d.published for d in drafts] for name, drafts in seeds.items()}
    assert dated == {
        "000": [None, None],
        "001": [None, None],
        "002": ["2017-08-07"],
        "003": [None],
        "004": [None],
    }


PIECES = st.sampled_from(
    [
        "Raqqa",
        "the",
        "US-",
        "backed",
        "Decem-",
        "ber",
        " ",
        "\n",
        "\n\n",
        "\n\n\n\n",
        ".",
        ",",
        "“",
        "”",
        "•",
        "(AFP)",
        "Published on",
        "Latest articles",
        "...",
        "07 Aug 2017",
        "By Jane Doe",
        "Jane Doe is editor with The Times.",
        "T",
        "\u00ad",
        "\t",
        "\xa0",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=60).map("".join))
def test_any_text_splits_into_clean_articles(text):
    for draft in split_articles(text_doc(text)):
        assert draft.text and draft.text == draft.text.strip()
        assert "\n\n\n" not in draft.text
        assert draft.published is None or draft.published_how == "header"


# ----------------------------------------------------------------------------- evaluation data

NEWS_CORPUS = ROOT.parent / "shared" / "eval" / "news-corpus.jsonl"


@pytest.mark.slow  # reads the 20k-article corpus
@pytest.mark.skipif(not NEWS_CORPUS.exists(), reason="evaluation data not present")
def test_single_news_articles_stay_whole():
    """Real single articles must come out as one article that keeps nearly all its words."""
    import itertools
    import json
    import re

    words = re.compile(r"[^\W_]+")
    whole = kept = total = 0
    with NEWS_CORPUS.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in itertools.islice(handle, 0, 500)]
    records = [r for r in records if r["text"].strip()]
    for record in records:
        drafts = split_articles(text_doc(record["text"]))
        whole += len(drafts) == 1
        # Page clutter (comment threads, footers) is set apart on purpose: not a loss.
        total += len(words.findall(set_apart(clean(record["text"])).text))
        kept += sum(len(words.findall(f"{d.title or ''} {d.text}")) for d in drafts)
    assert whole / len(records) >= 0.99
    assert kept / total >= 0.99
