"""bench/caption_scorer.py labels its units by the marks and cuts out at most one a sentence: a
caption run into a quotation is a caption unit only where it ends where its span ends, and a
story sentence holding the caption is story (taking it would lose the story's words)."""

from bench.caption_scorer import Article, chosen, features, label_units, taken_out

TEXT = (
    "Orvalle flood toll rises\n\n"
    'Kel Varga waits outside the town hall "We have nothing left," said one farmer.\n\n'
    "The river rose overnight. Rescuers reached the village by boat."
)
CAPTION = "Kel Varga waits outside the town hall"


def article() -> Article:
    start = TEXT.index(CAPTION)
    mark = {"spans": [[start, start + len(CAPTION), "caption", CAPTION[:40]]]}
    drafts = [(None, TEXT)]
    a = Article("invented/1", "dev", TEXT, drafts, mark)
    a.units, a.x = features(drafts)
    label_units(a)
    return a


def test_a_caption_run_into_a_quotation_is_a_caption_piece_and_its_sentence_is_story():
    a = article()
    pieces = {u.text: u.label for u in a.units["run-in"]}
    assert pieces[CAPTION] == "caption"
    # a piece ending before the caption's end, or past it, is not the caption
    assert all(label != "caption" for text, label in pieces.items() if text != CAPTION)
    sentence = next(u for u in a.units["sentence"] if u.text.startswith(CAPTION))
    assert sentence.label == "story"
    assert all(
        u.label == "story" for u in a.units["sentence"] if u.text.startswith(("The", "Rescuers"))
    )


def test_one_unit_a_sentence_is_taken_and_cut_from_the_text():
    a = article()
    units = a.units["run-in"]
    p = [0.9 if u.text == CAPTION else 0.5 for u in units]
    taken = chosen(units, p, 0.4)
    assert [u.text for u in taken] == [CAPTION]
    (_, text), *_ = taken_out(a, taken)
    assert CAPTION not in text
    assert '"We have nothing left," said one farmer.' in text
    assert "The river rose overnight." in text
