"""One article analysed for storing, with nothing read from the store: its title and
publication date, its passages and their index terms, its fingerprints and its extraction."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from extract.name_tokens import tokenize
from extract.pipeline import Extraction, extract
from text import fingerprint, passages, tokens
from text.split import ArticleDraft

TITLE_WORDS = 14  # an untitled article is named by this many words of its first sentence

# Bounds on what one article adds to the store. An input far past what news articles have is
# a book, a data dump or a hostile file; the bounds keep one input from taking minutes of
# extraction and millions of rows. Past a bound the text is still stored and quote still finds
# it; only its actors, places and dates are not kept, and ingest says so. Over the 2,846
# conflict articles of the corpus (bench/bounds.py, docs/RELIABILITY.md) the 99.9th percentiles
# are 546 sentences, 242 actor mentions, 165 place mentions and 76 events (largest: 752, 306,
# 288, 103); each bound is 9 to 30 times that, so no real article meets one.
MAX_SENTENCES = 5_000  # searched for actors, places and dates
MAX_MENTIONS = 5_000  # actor mentions kept, and as many place mentions
MAX_EVENTS = 2_000  # events (dated or not) kept


@dataclass(frozen=True)
class ArticleAnalysis:
    title: str
    title_how: str  # found | derived
    published: str | None
    published_how: str | None  # given | found in the document's metadata | inferred
    digest: str  # content hash: the same text twice is stored once
    signature: Any  # numpy MinHash signature, or None for a text too short to compare
    bands: list[int]  # its LSH keys
    spans: list[tuple[int, int]]  # passages
    passage_terms: list[list[str]]
    found: Extraction
    warnings: tuple[str, ...] = ()  # one line per bound the article met


def analyse(
    draft: ArticleDraft,
    given_published: str | None,
    max_passage_terms: int,
    digest: str | None = None,
) -> ArticleAnalysis:
    """given_published: the user's word for the publication date; max_passage_terms: the most
    terms the index keeps for one passage."""
    text = draft.text
    published, published_how = resolve_published(draft, given_published)
    found, warnings = bounded(extract(text, published, published_how, MAX_SENTENCES, draft.stamps))
    title, title_how = (
        (draft.title, "found") if draft.title else (derive_title(text, found.sentences), "derived")
    )
    title = passages.cut_title(title)
    # the extraction's sentences and paragraphs, when it read the whole text, are the
    # passages' (a text cut short for the extraction has other paragraphs: they are cut again,
    # as they are when an extraction holds none, so a text is never left with no passages)
    whole = not found.sentences_left_out
    spans = passages.split_passages(
        text, found.sentences if whole else None, (found.paragraphs or None) if whole else None
    )
    title_terms = tokens.terms(title)
    # the words the extraction tokenized the text into (cached), each looked up once
    words = tokenize(text)
    signature = fingerprint.minhash(text)
    return ArticleAnalysis(
        title=title,
        title_how=title_how,
        published=published,
        published_how=published_how,
        digest=digest or fingerprint.content_hash(text),
        signature=signature,
        bands=fingerprint.bands(signature) if signature is not None else [],
        spans=spans,
        passage_terms=tokens.spans_terms(
            text, spans, words.starts, words.ends, words.raw, title_terms, max_passage_terms
        ),
        found=found,
        warnings=warnings,
    )


def bounded(found: Extraction) -> tuple[Extraction, tuple[str, ...]]:
    """The extraction within MAX_MENTIONS and MAX_EVENTS (the first ones in the text are
    kept), and a line for each bound met, MAX_SENTENCES included."""
    warnings = []
    if found.sentences_left_out:
        total = len(found.sentences) + found.sentences_left_out
        warnings.append(
            f"only the first {len(found.sentences):,} of {total:,} sentences were searched "
            "for actors, places and dates"
        )
    cut: dict[str, Any] = {}
    for field, what, bound in (
        ("actors", "actor mentions", MAX_MENTIONS),
        ("places", "place mentions", MAX_MENTIONS),
        ("events", "events", MAX_EVENTS),
    ):
        items = getattr(found, field)
        if len(items) > bound:
            cut[field] = items[:bound]
            warnings.append(f"only the first {bound:,} of {len(items):,} {what} were kept")
    if "events" in cut and found.scope is not None:
        cut["scope"] = replace(found.scope, events=found.scope.events[:MAX_EVENTS])
    return (replace(found, **cut) if cut else found), tuple(warnings)


def derive_title(text: str, sentences: list[tuple[int, int]]) -> str:
    """An untitled article is named by the start of its first sentence (sentences: the text's
    sentence spans, as the extraction found them)."""
    first = text[sentences[0][0] : sentences[0][1]] if sentences else text
    words = first.split()
    return " ".join(words[:TITLE_WORDS]) + ("…" if len(words) > TITLE_WORDS else "")


def resolve_published(draft: ArticleDraft, given: str | None) -> tuple[str | None, str | None]:
    """Publication date and how it is known. The user's word beats what was found in the
    document; otherwise the article's own dates may bound it (inferred). Never the clock."""
    if given:
        return given, "given"
    if draft.published:
        return draft.published, draft.published_how
    from text.dates import infer_publication_date

    inferred = infer_publication_date(draft.text)
    # Only a date pinned to a day (a weekday that fixes the year) is taken. A year that merely
    # bounds the article from below is not its publication date, and resolving "last year"
    # against it would put a year on an event that the text does not support.
    if inferred and len(inferred[0]) == 10:
        return inferred[0], "inferred"
    return None, None
