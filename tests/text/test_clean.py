import itertools
import json
import re
from pathlib import Path

import pytest

from text.clean import (
    SECTION_BREAK,
    clean,
    drop_boilerplate,
    drop_captions,
    drop_repeats,
    drop_teasers,
    joins_across_hyphen,
    normalise_spaces,
    normalise_unicode,
    rejoin_hyphenated,
    render_paragraphs,
    restore_drop_capitals,
    split_paragraphs,
    unwrap_lines,
)


def paragraphs(step, *texts):
    """Run a paragraph step over paragraphs given one per argument; return what is left."""
    items = step(split_paragraphs("\n\n".join(texts)))
    return render_paragraphs(items).split("\n\n")


# ----------------------------------------------------------------------------- unicode


def test_normalise_unicode_nfc_line_breaks_and_invisible_characters():
    text = "Erdoğan\r\nmet\u200b Putin\u00a0in Sochi.\rThe\x07 end\ufeff"
    assert normalise_unicode(text) == "Erdoğan\nmet Putin\u00a0in Sochi.\nThe end"


def test_normalise_unicode_soft_hyphen_at_line_end_joins():
    assert normalise_unicode("Decem\u00ad\nber and Sep\u00adtember") == "December and September"


# ----------------------------------------------------------------------------- hyphens


@pytest.mark.parametrize(
    "broken, expected",
    [
        ("seem-\ningly", "seemingly"),
        ("invulner-\nable", "invulnerable"),
        ("dramat-\nic", "dramatic"),
        ("Decem-\n\nber", "December"),  # across a blank line, as between columns
        ("Rus-\nsia", "Russia"),
        ("Mid-\ndle East", "Middle East"),
        ("over-\nstated", "overstated"),
        ("Kurdish-dominat-\ned", "Kurdish-dominated"),
        ("Rus- sia", "Russia"),  # a line break an extraction turned into a space
        ("Lavren-\ntiev", "Lavrentiev"),  # a name cut in two
    ],
)
def test_words_hyphenated_at_line_breaks_are_rejoined(broken, expected):
    assert rejoin_hyphenated(broken) == expected


@pytest.mark.parametrize(
    "broken, expected",
    [
        ("e-\nmail", "e-mail"),
        ("US-\nbacked", "US-backed"),
        ("SDF-\naligned", "SDF-aligned"),
        ("de-\nconflict", "de-conflict"),
        ("regime-\nchange", "regime-change"),
        ("Kurdish-\ndominated", "Kurdish-dominated"),
        ("so-\ncalled", "so-called"),
        ("long-\nterm", "long-term"),
        ("re-\nelection", "re-election"),
        ("anti-\nterrorism", "anti-terrorism"),
        ("Syrian-\nJordanian", "Syrian-Jordanian"),
        ("Gadhafi-\ncontrolled", "Gadhafi-controlled"),
        ("pre- and post-war", "pre- and post-war"),  # a suspended hyphen stays
        ("2nd-\nlargest", "2nd-largest"),
    ],
)
def test_real_hyphens_are_kept(broken, expected):
    assert rejoin_hyphenated(broken) == expected


def test_prefixes_join_when_the_joined_word_is_common():
    assert joins_across_hyphen("de", "feat")  # "defeat"
    assert joins_across_hyphen("re", "main")  # "remain"
    assert not joins_across_hyphen("de", "conflict")


def test_rejoin_keeps_the_rest_of_the_line():
    text = "half of Decem-\n\nber. None of the partici-\npants agreed."
    assert rejoin_hyphenated(text) == "half of December. None of the participants agreed."


def test_a_dash_between_spaces_is_not_a_hyphen():
    assert rejoin_hyphenated("a general amnesty - and more") == "a general amnesty - and more"


# ----------------------------------------------------------------------------- drop capitals


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


# ----------------------------------------------------------------------------- unwrapping

COLUMN = """While US President Donald
Trump’s claim in the wake of New
York’s Halloween terror attack
that ISIS had been defeated may
have been overstated, it is
impossible to deny that the
caliphate has really crumbled
so soon.
Simon Speakman Cordall is Syria/
Lebanon section editor with
The Arab Weekly.
 Shrinking reach. A fighter removes
a flag in Tabqa. (AFP)"""


def test_hard_wrapped_column_becomes_paragraphs():
    assert unwrap_lines(COLUMN).split("\n\n") == [
        "While US President Donald Trump’s claim in the wake of New York’s Halloween terror "
        "attack that ISIS had been defeated may have been overstated, it is impossible to deny "
        "that the caliphate has really crumbled so soon.",
        "Simon Speakman Cordall is Syria/Lebanon section editor with The Arab Weekly.",
        "Shrinking reach. A fighter removes a flag in Tabqa. (AFP)",
    ]


def test_column_break_across_a_blank_line_is_joined():
    text = "the signs that its dreams were turning to dust\n\nalso cannot be denied."
    assert unwrap_lines(text) == (
        "the signs that its dreams were turning to dust also cannot be denied."
    )


def test_one_paragraph_per_line_text_is_not_joined():
    text = (
        "Skip to main content\n07 Aug 2017 | 05:36 PM UTC\n\n"
        "Turkey shot down a Russian jet.\nThen in 2016 President Erdogan held talks."
    )
    assert unwrap_lines(text).split("\n\n") == [
        "Skip to main content",
        "07 Aug 2017 | 05:36 PM UTC",
        "Turkey shot down a Russian jet.",
        "Then in 2016 President Erdogan held talks.",
    ]


def test_a_menu_is_not_taken_for_wrapped_prose():
    text = "Home\nWorld\nMiddle East\nSyria war\nOpinion\nVideo\nSkip to main content"
    assert unwrap_lines(text).split("\n\n") == text.split("\n")


def test_list_items_stay_on_their_own():
    text = "IS has faced setbacks like:\n\n  • Losing territory.\n  • Fewer recruits."
    assert unwrap_lines(text).split("\n\n") == [
        "IS has faced setbacks like:",
        "• Losing territory.",
        "• Fewer recruits.",
    ]


def test_three_blank_lines_are_a_section_break_two_are_not():
    assert unwrap_lines("One story ends.\n\n\n\nAnother begins.") == (
        "One story ends." + SECTION_BREAK + "Another begins."
    )
    assert unwrap_lines("A paragraph.\n\n\nThe next one.") == "A paragraph.\n\nThe next one."


# ----------------------------------------------------------------------------- spaces


def test_normalise_spaces_without_changing_words():
    text = "Russia  considers\tAssad\u00a0an ally , Ankara ,Kremlin said . Then, , more ..."
    assert normalise_spaces(text) == (
        "Russia considers Assad an ally, Ankara, Kremlin said. Then, more ..."
    )


def test_curly_quotes_and_apostrophes_are_kept():
    text = "“Putin, we will come,” he said of Russia’s envoy."
    assert normalise_spaces(text) == text


# ----------------------------------------------------------------------------- boilerplate


def test_navigation_share_and_stamp_lines_are_dropped():
    assert paragraphs(
        drop_boilerplate,
        "Skip to main content",
        "Published on",
        "Share this article",
        "Facebook | Twitter | Email",
        "Subscribe to our newsletter for daily updates",
        "Advertisement",
        "Fighting resumed near Raqqa on Monday.",
    ) == ["Fighting resumed near Raqqa on Monday."]


def test_section_headings_of_the_article_are_not_boilerplate():
    kept = ["Informational", "Event", "Context", "Advice", "Waning caliphate", "Published on 7 May"]
    assert paragraphs(drop_boilerplate, *kept) == kept


def test_cookie_notice_is_dropped_but_an_article_about_cookies_is_not():
    notice = (
        "We use cookies to improve your experience. By continuing to use this site you "
        "accept our cookie policy."
    )
    story = "The bakery sold cookies to fighters at the checkpoint, residents said."
    assert paragraphs(drop_boilerplate, notice, story) == [story]


def test_latest_articles_block_and_its_teasers_are_dropped():
    assert paragraphs(
        drop_teasers,
        "The only way forward is a united struggle.",
        "Latest articles",
        "International Women’s Day 2024: Demonstrate Against War!",
        "This year’s International Women’s Day has a very dark setting. We have a climate...",
        "China’s ‘Involuted’ Economy",
        "The Chinese economy is tipping into a deflationary crisis with a worsening...",
    ) == ["The only way forward is a united struggle."]


def test_teaser_block_ends_at_the_first_real_paragraph():
    story = (
        "Residents who fled the city described shortages of food and water, and said the "
        "militants had laid mines along the main roads."
    )
    assert paragraphs(drop_teasers, "Read more", "Aid reaches Aleppo", story) == [story]


# ----------------------------------------------------------------------------- captions


def test_captions_and_credits_are_dropped():
    assert paragraphs(
        drop_captions,
        "Shrinking reach. A member of the SDF removes an ISIS flag in Tabqa, last April. (AFP)",
        '"Protesters carry flags in Idlib province, Syria, March 11, 2016." Courtesy of '
        "Newsweek. KHALIL ASHAWI/REUTERS",
        "Photo: Delil Souleiman",
        "The offensive began on 31 May.",
    ) == ["The offensive began on 31 May."]


def test_a_long_paragraph_ending_in_an_agency_name_is_not_a_caption():
    long_story = (
        "Government forces pushed into the eastern districts on Tuesday after weeks of "
        "air strikes, and commanders said they expected to reach the river within days, "
        "while aid groups warned that thousands of civilians remained trapped in "
        "basements without water or power, according to residents reached by telephone "
        "and a statement carried by the agency (AFP)"
    )
    assert paragraphs(drop_captions, long_story) == [long_story]


def test_credit_words_in_prose_are_not_credits():
    text = "Enron sought help in staving off a downgrade by a credit - rating firm."
    assert paragraphs(drop_captions, text) == [text]


# ----------------------------------------------------------------------------- repeats


def test_pull_quote_repeating_the_body_is_dropped_not_the_original():
    body = (
        "“ISIS lived by the sword and now they’re going to need to get used to dying or at "
        "least suffering by the sword. There are very few groups in Syria that are going to "
        "help them,” Heras said."
    )
    pull = "ISIS lived by the sword and now they’re going to need to get used to dying or at least suffering by the sword."  # noqa: E501
    assert paragraphs(drop_repeats, pull, body) == [body]


def test_caption_printed_twice_keeps_one_copy():
    caption = "Protesters carry flags during an anti-government protest in Idlib province."
    assert paragraphs(drop_repeats, caption, caption, "Body text follows here.") == [
        caption,
        "Body text follows here.",
    ]


def test_short_repeated_headings_are_kept():
    assert paragraphs(
        drop_repeats,
        "International Herald Tribune",
        "It argues.",
        "International Herald Tribune",
        "It agrees.",
    ) == [
        "International Herald Tribune",
        "It argues.",
        "International Herald Tribune",
        "It agrees.",
    ]


# ----------------------------------------------------------------------------- the chain


def test_clean_runs_the_whole_chain():
    text = (
        "Skip to main content\n\nT \n\nhe talks in Sochi were post-\nponed, Rus-\nsia "
        "said .\n\nA man walks past rubble in Raqqa. (Reuters)\n\n\n\n"
        "Another story starts here."
    )
    assert clean(text) == (
        "The talks in Sochi were postponed, Russia said."
        + SECTION_BREAK
        + "Another story starts here."
    )


def test_clean_is_idempotent_on_clean_text():
    text = "Fighting resumed near Raqqa.\n\nAid agencies warned of shortages."
    assert clean(text) == text
    assert clean(clean(text)) == text


def test_section_break_survives_a_dropped_paragraph():
    text = "One story ends.\n\n\n\nAdvertisement\n\nAnother begins."
    assert clean(text) == "One story ends." + SECTION_BREAK + "Another begins."


COMPOUND = re.compile(r"(?<![\w-])([A-Za-z]+)-([A-Za-z]+)(?![\w-])")
NEWS_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "eval" / "news-corpus.jsonl"


@pytest.mark.skipif(not NEWS_CORPUS.exists(), reason="evaluation data not present")
def test_real_compounds_broken_at_their_hyphen_mostly_keep_it():
    """Hyphenated words from real news, broken at the hyphen as a column would break them."""
    compounds = set()
    with NEWS_CORPUS.open(encoding="utf-8") as handle:
        for line in itertools.islice(handle, 0, 1000):
            compounds.update(COMPOUND.findall(json.loads(line)["text"]))
    kept = sum(not joins_across_hyphen(left, right) for left, right in compounds)
    assert len(compounds) > 1000
    assert kept / len(compounds) >= 0.85
