from text.clean import clean
from text.furniture import (
    drop_boilerplate,
    drop_captions,
    drop_repeated_sentences,
    drop_repeats,
    drop_teasers,
)
from text.paragraphs import render_paragraphs, split_paragraphs


def paragraphs(step, *texts):
    """Run a paragraph step over paragraphs given one per argument; return what is left."""
    items = step(split_paragraphs("\n\n".join(texts)))
    return render_paragraphs(items).split("\n\n")


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


def test_a_picture_by_someone_in_a_sentence_is_no_credit():
    # "a picture by <name>" after an article is the sentence's noun, not a credit's label
    story = "The ferry sank in Orsk harbour on Monday."
    said = "Officers were offered up to 5,000 a picture by Varnholt media companies, Varga added."
    assert paragraphs(drop_captions, story, said) == [story, said]
    said = "She sold the photograph by Ilsa Marrow to the Orsk Gallery."
    assert paragraphs(drop_captions, story, said) == [story, said]


def test_a_credit_label_after_a_caption_is_still_a_credit():
    story = "The ferry sank in Orsk harbour on Monday."
    caption = "Divers search the wreck off Orsk. Picture by Kel Varga"
    assert paragraphs(drop_captions, caption, story) == [story]


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


def test_a_sentence_printed_twice_in_a_row_keeps_its_first_copy():
    lead = "Orsk shelling and air strikes killed at least 20 civilians in Verlo on Sunday."
    page = f"Orsk Shelling Kills 20 in Verlo. {lead} {lead} The Verlo monitor said more had died."
    assert paragraphs(drop_repeated_sentences, page) == [
        f"Orsk Shelling Kills 20 in Verlo. {lead} The Verlo monitor said more had died."
    ]
    # a pull quote ending in its quotation mark, a question, and the whole cleaning chain
    quoted = 'Marrak told the council: "We will hold the town of Verlo until the end."'
    assert paragraphs(drop_repeated_sentences, f"{quoted} {quoted} Then he left.") == [
        f"{quoted} Then he left."
    ]
    asked = "Who will pay for the damage done to the coast of Verlo this year?"
    assert clean(f"{asked} {asked} Nobody in Orsk knows.") == f"{asked} Nobody in Orsk knows."


def test_a_short_sentence_told_twice_and_a_repeat_further_on_are_the_writers():
    joke = (
        '"I slept like a baby. Sleep two hours, wake up and cry. Sleep two hours, wake up and cry."'
    )
    apart = (
        "The convoy reached the outskirts of Verlo before dawn on Monday. It stopped. "
        "The convoy reached the outskirts of Verlo before dawn on Monday."
    )
    assert paragraphs(drop_repeated_sentences, joke, apart) == [joke, apart]
