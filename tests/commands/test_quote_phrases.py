"""WordNet's phrases as other words for `quote` (text/phrase_relations.tsv): a typed word finds
a passage holding one of its phrases only where the phrase's words stand together, and says so;
a typed phrase finds a passage holding one of its words; quoted words stay exact. Measured and
left off by default (docs/QUALITY.md): these tests switch it on."""

import pytest

from commands import ingest, quote
from text import word_relations

PHRASES = quote.Methods(phrases=True, meaning=False)
NO_PHRASES = quote.Methods(phrases=False, meaning=False)

BORDER = """Talks at the Velmar border post

Guards at the Velmar border post threw out the Ostrane delegation on Tuesday, two officials said.

Further north, a Velmar guard threw a stone at a bus from Ostrane, and the driver got out unhurt.

The Velmar council will vote on the Ostrane treaty in March, the clerk of the council said.

The council voted to expel the Kerran mission from Lake Orvena after the talks collapsed.
"""


@pytest.fixture
def border(db):
    from text.read import Document

    ingest.ingest_document(
        db, Document(text=BORDER, origin="border.txt", kind="text"), ingest.Origin("border.txt")
    )
    return db


def test_the_data_relates_a_word_and_its_phrases():
    found = {(a.asked, a.said) for a in word_relations.related_phrases("Velmar expels envoys")}
    assert ("expels", "throw out") in found
    assert ("expels", "threw out") in found  # an irregular form of the phrase's verb
    typed = {(a.asked, a.said) for a in word_relations.related_phrases("they threw out envoys")}
    assert ("threw out", "expel") in typed  # a typed phrase, by its lemma, gets its words


def test_a_phrase_alternative_counts_where_the_phrase_is(border):
    # "expelled" is in no passage; "threw out" is, as a phrase, in the first one only.
    answer = quote.run(border, "Velmar expelled the Ostrane delegation", methods=PHRASES)
    best = answer.results[0]
    assert "threw out the Ostrane delegation" in best.text
    assert ("threw out", "expelled", "thesaurus") in {
        (m.word, m.asked, m.via) for m in best.matched
    }
    assert "matched threw out for expelled" in best.explanation
    doc = best.to_json()
    assert {"word": "threw out", "for": "expelled", "via": "thesaurus"} in doc["matched"]


def test_the_phrase_words_apart_do_not_count(border):
    # The second passage holds "threw" and, later, "out", not "threw out": no explanation, and
    # no more score than without phrases.
    question = "Velmar expelled a bus from Ostrane"
    apart = next(
        r
        for r in quote.run(border, question, limit=5, methods=PHRASES).results
        if "threw a stone" in r.text
    )
    plain = next(
        r
        for r in quote.run(border, question, limit=5, methods=NO_PHRASES).results
        if "threw a stone" in r.text
    )
    assert apart.matched == () or all(m.word != "threw out" for m in apart.matched)
    assert apart.score == pytest.approx(plain.score)


def test_a_phrase_found_adds_its_verb_to_the_score(border):
    # Counted where the phrase is: the passage holding "threw out" scores more with phrases on.
    question = "Velmar expelled the Ostrane delegation"
    held = quote.run(border, question, methods=PHRASES).results[0]
    before = quote.run(border, question, limit=5, methods=NO_PHRASES).results
    assert held.score > next(r.score for r in before if r.passage_id == held.passage_id)


def test_a_typed_phrase_finds_its_word(border):
    assert (
        quote.run(border, "Kerran mission kicked out", methods=NO_PHRASES).results[0].matched == ()
    )
    best = quote.run(border, "Kerran mission kicked out", methods=PHRASES).results[0]
    assert "voted to expel the Kerran mission" in best.text
    assert "matched expel for kicked out" in best.explanation


def test_quoted_words_stay_exact(border):
    found = quote.run(border, '"expelled" Ostrane', methods=PHRASES).results
    assert all("threw out" not in r.text and r.matched == () for r in found)
    assert quote.run(border, '"threw out" delegation', methods=PHRASES).results[0].matched == ()


def test_off_by_default(border):
    best = quote.run(border, "Velmar expelled the Ostrane delegation").results
    assert all(m.word != "threw out" for r in best for m in r.matched)


def test_a_terms_score_is_what_the_index_gives_it(border):
    from commands.passages import top
    from store import plain_bm25
    from store.articles import passage_texts
    from text import tokens

    (term,) = tokens.terms("threw")
    ranked = top(border, [term, term], 5)  # a query counting the term twice
    texts = passage_texts(border, [pid for pid, _ in ranked])
    assert len(ranked) == 2
    tfs = {
        pid: tokens.terms(texts[pid][0]).count(term)
        + tokens.terms(texts[pid][1].title or "").count(term)
        for pid, _ in ranked
    }
    scores = plain_bm25.term_scores(border, term, 2, tfs)
    assert all(scores[pid] == pytest.approx(value) for pid, value in ranked)
