"""Page clutter set apart from article text (text/clutter.py, shapes in text/clutter.txt)."""

import pytest

from commands.ingest import Origin, ingest_document
from store import articles as article_store
from text.clean import clean
from text.clutter import set_apart
from text.clutter_shapes import shapes
from text.read import Document
from text.split import split_articles


def _examples():
    for shape in shapes():
        for example in shape.examples:
            yield pytest.param(shape, example, id=f"{shape.kind}-{shape.label}-{example[:30]}")


def test_every_shape_has_an_example():
    assert all(shape.examples for shape in shapes())


@pytest.mark.parametrize("shape, example", list(_examples()))
def test_every_shape_matches_its_example(shape, example):
    clutter, _, rest = example.partition(" || ")
    text = f"{clutter} {rest}" if rest else clutter
    if shape.kind in ("start", "every"):
        match = shape.pattern.match(text)
        assert match is not None and match.group().strip() == clutter.strip()
    elif shape.kind in ("paragraph", "credit"):
        assert shape.pattern.fullmatch(text)
    elif shape.kind == "before":
        match = shape.pattern.search(text)
        assert match is not None and text[match.end() :].strip() == rest
    else:
        assert shape.pattern.search(text)


BODY = (
    "Government forces pushed into the eastern districts on Tuesday after weeks of air "
    "strikes, commanders said. Thousands of residents fled towards the river."
)


def test_wire_dateline_gives_outlet_place_and_date():
    found = set_apart(f"LONDON | Fri Aug 5, 2011 12:48 pm EDT LONDON (Reuters) - {BODY}")
    assert found.text == BODY
    assert (found.outlet, found.place, found.date) == ("Reuters", "LONDON", "Fri Aug 5, 2011")
    assert found.labels() == ["timestamp", "dateline"]


def test_byline_gives_the_author():
    found = set_apart(
        f"By Greg Roumeliotis and Terhi Kinnunen AMSTERDAM, Oct 11 (Reuters) - {BODY}"
    )
    assert found.text == BODY
    assert found.author == "Greg Roumeliotis and Terhi Kinnunen"
    assert found.outlet == "Reuters"


def test_invented_names_and_places_are_read_by_shape():
    found = set_apart(f"By Quenna Olvaro\n\nZARNOVIA CITY, Mar 3 (AFP) - {BODY}")
    assert found.text == BODY
    assert (found.author, found.place, found.outlet) == ("Quenna Olvaro", "ZARNOVIA CITY", "AFP")


def test_comment_thread_and_everything_after_it_is_set_apart():
    text = (
        f"{BODY}\n\nThe talks resume next week.\n\n"
        "March 23, 2011 at 7:41 pm | It is my opinion that NATO backs them.\n\n"
        "IS NATO SUPPORTING BIN LADEN NOW ???"
    )
    found = set_apart(text)
    assert found.text == f"{BODY}\n\nThe talks resume next week."
    assert found.labels() == ["comment"]


def test_comment_signature_with_wrote():
    text = f"{BODY}\n\nAt 12:20 30th Jul 2012, BluesBerry wrote: they lie.\n\nMore comments."
    assert set_apart(text).text == BODY


def test_a_sentence_naming_a_writer_is_not_a_comment():
    text = f"{BODY}\n\nKerry wrote in a letter that the talks would resume."
    assert set_apart(text).text == text


def test_tag_list_at_the_end_is_set_apart():
    text = f"{BODY} Tags civilian deaths anti-Daesh coalition Deir ez-Zor Syria"
    found = set_apart(text)
    assert found.text == BODY and found.labels() == ["tags"]


def test_highlights_block_is_set_apart():
    text = f"Story highlights\n\nRebels claim the town\n\nThe army denies it\n\n{BODY}"
    found = set_apart(text)
    assert found.text == BODY
    assert found.labels() == ["highlights"] * 3


def test_captions_footers_and_newsletter_lines_are_set_apart():
    text = (
        f"Veterinarian Jane Roe (L) and a rescue worker hydrate a gull.\n\n{BODY}\n\n"
        "Get our newsletter delivered to your inbox every morning.\n\n"
        "An ultra-low latency infrastructure for electronic trading and data distribution"
    )
    found = set_apart(text)
    assert found.text == BODY
    assert found.labels() == ["footer", "caption", "newsletter"]


def test_a_date_that_opens_a_sentence_is_article_text():
    text = "March 15, 2011 was the day the protests began in Deraa. " + BODY
    assert set_apart(text).text == text


def test_article_without_clutter_is_unchanged():
    assert set_apart(BODY).text == BODY and set_apart(BODY).clutter == []


def test_split_articles_fills_metadata_from_the_dateline():
    doc = Document(text=f"DAMASCUS, Aug 7, 2017 (Reuters) - {BODY}", origin="t", kind="text")
    [draft] = split_articles(doc)
    assert draft.text == BODY
    assert (draft.source, draft.published, draft.published_how) == (
        "Reuters",
        "2017-08-07",
        "header",
    )


def test_given_metadata_wins_over_the_dateline():
    doc = Document(
        text=f"DAMASCUS, Aug 7, 2017 (Reuters) - {BODY}",
        origin="t",
        kind="text",
        source="The Weekly",
        published="2017-08-08",
    )
    [draft] = split_articles(doc)
    assert (draft.source, draft.published) == ("The Weekly", "2017-08-08")


@pytest.mark.parametrize(
    "flash",
    [
        "Syrian army retakes Palmyra from Islamic State (AFP)",
        "DAMASCUS (Reuters) - Syrian army retakes Palmyra",
    ],
)
def test_a_one_line_wire_flash_is_an_article(db, flash):
    result = ingest_document(db, Document(text=flash, origin="slack", kind="text"), Origin("slack"))
    assert result.errors == [] and len(result.articles) == 1
    stored = article_store.get_article(db, result.articles[0].id, with_text=True)
    assert stored is not None and "Palmyra" in stored.text


def test_clean_then_set_apart_on_tokenized_wire_copy():
    raw = (
        "WASHINGTON | Sun Mar 27 , 2011 12:43 pm EDT WASHINGTON -LRB- Reuters -RRB- - "
        "Secretary of State Hillary Clinton on Sunday ruled out a U.S. role . \n"
        "This discussion is now closed . \n"
        "We welcome comments on our articles for a limited period . \n"
    )
    found = set_apart(clean(raw))
    assert found.text == "Secretary of State Hillary Clinton on Sunday ruled out a U.S. role."
    assert found.outlet == "Reuters" and found.place == "WASHINGTON"


def test_a_wire_flash_from_the_terminal_is_an_article(tmp_path, monkeypatch, capsys):
    import io
    import json
    import sys

    from cli.main import main

    flash = b"Syrian army retakes Palmyra from Islamic State (AFP)\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(flash)))
    code = main(["--db", str(tmp_path / "t.db"), "ingest", "-", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["errors"] == [] and len(out["articles"]) == 1


@pytest.mark.parametrize("shape, example", list(_examples()))
def test_every_example_holds_what_its_shape_needs(shape, example):
    clutter, _, rest = example.partition(" || ")
    assert not shape.needs or any(need in f"{clutter} {rest}" for need in shape.needs)


def test_a_broadcast_sign_off_closing_the_text_is_set_apart():
    text = f"{BODY}\n\nSteve Hurst, CNN, the state department."
    found = set_apart(text)
    assert found.text == BODY and found.labels() == ["byline"]


# Page and comment time stamps (BBC blogs and "Have your say" threads, CNN comment widgets).


def test_a_blog_post_s_writer_and_time_of_posting_are_set_apart_with_its_date():
    found = set_apart(f"Kel Varga | 16:21 UK time, Friday, 2 March 2031 {BODY}")
    assert found.text == BODY
    assert found.labels() == ["timestamp"]
    assert (found.author, found.date) == ("Kel Varga", "Friday, 2 March 2031")


def test_a_blog_s_list_of_its_other_posts_loses_their_stamps():
    text = (
        f"{BODY}\n\nHarbour Notes by Kel Varga More on ferries - 16:10 UK time, Wednesday, "
        "8 July 2031 Quay rules - 08:55 UK time, Thursday, 2 July 2031 I'm Kel Varga."
    )
    found = set_apart(text)
    assert "UK time" not in found.text and "2031" not in found.text
    assert found.labels().count("related") == 2


def test_an_update_stamp_run_in_after_a_headline_is_set_apart():
    text = (
        "Orsk harbour master says port will reopen 14 August 2031 Last updated at 10:46 GMT "
        f"Help {BODY}"
    )
    found = set_apart(text)
    assert "Last updated" not in found.text and "14 August 2031" not in found.text
    assert found.text.endswith(BODY)


@pytest.mark.parametrize(
    "comment",
    [
        "I hope the port opens soon 15th January 2031 - 22:57 Unfortunately no party has "
        "suggested elections.",
        "Kel Varga is head of the harbour newsroom At 18:20 29th Apr 2031, ferryfan wrote: I "
        "have never commented before.",
        "I sincerely hope not !!! January 27, 2031 at 7:59 pm | Report abuse | I don't believe "
        "the ferries will sail.",
    ],
)
def test_a_comment_stamp_run_into_the_line_before_opens_the_comments(comment):
    found = set_apart(f"{BODY}\n\n{comment}")
    assert found.text.startswith(BODY)
    assert "2031" not in found.text
    assert "comment" in found.labels()


def test_a_programme_s_on_air_notice_closing_a_page_is_set_apart():
    notice = (
        "How to listen to Harbour Notes: BBC Radio 4: A 30-minute program on Saturdays, 11:30 "
        "GMT.\n\nHear daily 10-minute editions Monday to Friday, repeated through the day."
    )
    found = set_apart(f"{BODY}\n\n{notice}")
    assert found.text == BODY and found.labels() == ["footer"]


def test_the_corrections_column_s_contact_notice_closing_it_is_set_apart():
    notice = (
        "It is the policy of the Guardian to correct significant errors as soon as possible."
        "\n\nPlease quote the date and page number.\n\nReaders may contact the office by "
        "telephoning 0845 000 0000 between 11 am and 5 pm Monday to Friday."
    )
    found = set_apart(f"{BODY}\n\n{notice}")
    assert found.text == BODY and found.labels() == ["footer"]


@pytest.mark.parametrize(
    "sentence",
    [
        "At 16:21 on Friday, 2 March, the shelling stopped, a monitor in Orsk said.",
        "At 16:21 UK time on Friday, 2 March 2031, the shelling stopped, a monitor said.",
        "The vote closed on 15 January 2031 - 22:57 by the town hall clock - and the mayor "
        "conceded.",
        "The site was last updated at 10:46 GMT on Tuesday, the ministry said.",
        "The helpline is answered from 0830 BST to 1730 BST Monday to Friday.",
        "The ferries resumed on January 27, 2031 at 7:59 pm, the harbour master said.",
    ],
)
def test_a_story_sentence_with_a_time_and_a_date_stays(sentence):
    found = set_apart(f"{BODY}\n\n{sentence}\n\nThe council will meet again next week.")
    assert sentence in found.text
