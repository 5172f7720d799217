"""Split one input into its articles and read each one's title, outlet, author and date.

One pasted text or PDF often holds several articles: separated by runs of blank lines, closed by
an author note ("X is Syria section editor with The Arab Weekly."), or opened by a headline with
a dateline or byline under it. Each article's header gives its title, the outlet's masthead, the
byline and the dateline ("07 Aug 2017 | 05:36 PM UTC" -> "2017-08-07"). Magazine layouts print a
headline after the body, among captions and pull quotes: a headline with no body of its own goes
to the untitled article before it. A date is only ever one printed in the text or carried by the
file's metadata: never the time of ingest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from text.article_header import leading_headlines, read_dateline_byline, read_header
from text.clean import clean
from text.clutter import set_apart
from text.endings import final_mark
from text.header_parts import (
    is_headline,
    parse_byline,
    parse_dateline,
    parse_footer,
    title_text,
)
from text.page_stamp import contradicts, head_stamp
from text.paragraphs import SECTION_BREAK
from text.read import Document
from text.stamp_order import day_first

MIN_NEXT_TITLE_WORDS = 4  # after an author note, a shorter heading may be a section heading

_WORDS = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class ArticleDraft:
    """One article found in an input: cleaned body text and the metadata its text or file gave."""

    title: str | None
    text: str
    source: str | None
    author: str | None
    published: str | None
    published_how: str | None
    # live-blog entry stamps: where each stamped entry starts in text, and its stamp
    stamps: tuple[tuple[int, str], ...] = ()
    # a live blog of entries stating no day (text.live_blog.is_live_blog), told before its
    # update stamps were set apart
    live_blog: bool = False


@dataclass
class _Segment:
    paragraphs: list[str]
    footer_author: str | None = None
    footer_outlet: str | None = None
    ends_with_footer: bool = False


def split_articles(doc: Document) -> list[ArticleDraft]:
    """Clean the document, split it into articles, and read each article's metadata."""
    text = clean(_set_off_title(doc.text, doc.title))
    if not text.strip():
        return []  # nothing left once cleaned: no article, not an empty one
    if doc.kind == "html":
        # The page's main text is one article; its metadata is better than any header guess.
        paragraphs = [p for p in text.replace(SECTION_BREAK, "\n\n").split("\n\n") if p.strip()]
        return [without_clutter(d) for d in _html_article(doc, paragraphs)]
    segments: list[_Segment] = []
    for section in text.split(SECTION_BREAK):
        paragraphs = [p for p in section.split("\n\n") if p.strip()]
        if paragraphs:
            segments.extend(_split_section(paragraphs))
    drafts = _read_segments(segments)
    if not drafts and text.strip():
        # Only header-like lines (a one-line note, a headline alone): keep them as the text
        # rather than lose the input.
        body = "\n\n".join(p for p in text.replace(SECTION_BREAK, "\n\n").split("\n\n") if p)
        drafts = [ArticleDraft(None, body, None, None, None, None)]
    # The document's own metadata first: a dateline or byline only fills what it left unknown.
    return [without_clutter(d) for d in _apply_document_metadata(drafts, doc)]


def without_clutter(draft: ArticleDraft) -> ArticleDraft:
    """The draft with page clutter set apart (text.clutter); a dateline's outlet and date and a
    byline's author fill what is still unknown, and a page stamp's day replaces a given date it
    contradicts (text.page_stamp). A text that is nothing but clutter shapes (a
    one-line wire flash sent on purpose) is kept whole: it is what the user gave."""
    found = set_apart(draft.text, draft.title)
    if not (found.clutter or found.headings) or not found.text.strip():
        return replace(draft, live_blog=found.live_blog) if found.live_blog else draft
    published, how = draft.published, draft.published_how
    if published is None and found.date:
        dateline = parse_dateline(found.date)
        if dateline is not None:
            published, how = dateline.value, "header"
    if how == "given" and published:
        # the page's own stamp over a date its record gives (text.page_stamp)
        # a numeric stamp reading both ways reads as its source prints them (text.stamp_order)
        stamp = head_stamp(draft.text, found, day_first(draft.source))
        if stamp is not None and contradicts(stamp, published):
            published, how = stamp.value, "stamp"
    return replace(
        draft,
        text=found.text,
        source=draft.source or found.outlet,
        author=draft.author or found.author,
        published=published,
        published_how=how,
        stamps=tuple(found.stamps),
        live_blog=found.live_blog,
    )


def _split_section(paragraphs: list[str]) -> list[_Segment]:
    """Cut a run of paragraphs where one article visibly ends and another begins."""
    segments: list[_Segment] = []
    start = 0
    for index in range(1, len(paragraphs) + 1):
        previous = paragraphs[index - 1]
        at_end = index == len(paragraphs)
        footer = parse_footer(previous)
        if footer and (at_end or _opens_after_footer(paragraphs[index])):
            segments.append(_Segment(paragraphs[start : index - 1], footer[0], footer[1], True))
            start = index
        elif at_end:
            segments.append(_Segment(paragraphs[start:index]))
        elif (
            index > start + 1
            and final_mark(previous) in ".!?…"
            and _opens_article(paragraphs, index)
        ):
            segments.append(_Segment(paragraphs[start:index]))
            start = index
    return [s for s in segments if s.paragraphs or s.footer_author]


def _opens_after_footer(paragraph: str) -> bool:
    """After an author note, a headline (not a short section heading) starts something new."""
    return is_headline(paragraph) and len(_WORDS.findall(paragraph)) >= MIN_NEXT_TITLE_WORDS


def _opens_article(paragraphs: list[str], index: int) -> bool:
    """A headline with a dateline or byline right under it, or a dateline over a headline."""
    first = paragraphs[index]
    following = paragraphs[index + 1 : index + 3]
    if parse_dateline(first):
        return bool(following) and is_headline(following[0])
    if not is_headline(first):
        return False
    for paragraph in following:
        if parse_dateline(paragraph) or parse_byline(paragraph):
            return True
        if not is_headline(paragraph):
            return False
    return False


def _read_segments(segments: list[_Segment]) -> list[ArticleDraft]:
    drafts: list[ArticleDraft] = []
    previous_closed = False  # the article before ended with its author note
    for segment in segments:
        paragraphs = list(segment.paragraphs)
        if drafts and drafts[-1].title is None and previous_closed:
            # A magazine prints a headline after the body, among captions and pull quotes: a
            # headline not followed by its own body belongs to the untitled article before it.
            lead = leading_headlines(paragraphs)
            if lead >= 2 or (lead and lead == len(paragraphs)):
                drafts[-1] = replace(drafts[-1], title=title_text(paragraphs[0]))
                paragraphs = paragraphs[1:]
        header, body = read_header(paragraphs)
        if not body:
            # No body of its own: its headline and author note belong to the article before.
            if drafts:
                last = drafts[-1]
                drafts[-1] = replace(
                    last,
                    title=last.title or header.title,
                    author=last.author or segment.footer_author,
                    source=last.source or segment.footer_outlet,
                )
            previous_closed = segment.ends_with_footer
            continue
        drafts.append(
            ArticleDraft(
                title=header.title,
                text="\n\n".join(body),
                source=header.source or segment.footer_outlet,
                author=header.author or segment.footer_author,
                published=header.published,
                published_how="header" if header.published else None,
            )
        )
        previous_closed = segment.ends_with_footer
    return drafts


def _apply_document_metadata(drafts: list[ArticleDraft], doc: Document) -> list[ArticleDraft]:
    """File metadata fills what the text did not say; title and author only for a single article."""
    single = len(drafts) == 1
    out: list[ArticleDraft] = []
    for draft in drafts:
        published, how = draft.published, draft.published_how
        if published is None and doc.published:
            published, how = doc.published, "metadata"
        out.append(
            replace(
                draft,
                title=draft.title or (doc.title if single else None),
                source=draft.source or doc.source,
                author=draft.author or (doc.author if single else None),
                published=published,
                published_how=how,
            )
        )
    return out


def _html_article(doc: Document, paragraphs: list[str]) -> list[ArticleDraft]:
    if doc.title and paragraphs and _same_text(paragraphs[0], doc.title):
        paragraphs = paragraphs[1:]
    header, body = read_header(paragraphs) if not doc.title else read_dateline_byline(paragraphs)
    body = body or paragraphs or [doc.title or ""]  # a page that is only its headline
    published, how = doc.published, "metadata" if doc.published else None
    if published is None and header.published:
        published, how = header.published, "header"
    return [
        ArticleDraft(
            title=doc.title or header.title,
            text="\n\n".join(body),
            source=doc.source or header.source,
            author=doc.author or header.author,
            published=published,
            published_how=how,
        )
    ]


def _set_off_title(text: str, title: str | None) -> str:
    """A text layer that opens with the file's own title line: make that line a paragraph, so
    that unwrapping the column below does not run it into the first sentence."""
    if not title:
        return text
    stripped = text.lstrip()
    first_line, newline, rest = stripped.partition("\n")
    if newline and _same_text(first_line, title):
        return first_line + "\n\n" + rest
    return text


def _same_text(a: str, b: str) -> bool:
    return _WORDS.findall(a.lower()) == _WORDS.findall(b.lower())
