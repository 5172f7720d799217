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
from functools import cache

from text.clean import SECTION_BREAK, clean, final_mark
from text.clutter import set_apart
from text.data import text_lines
from text.read import Document

MAX_HEADER_PARAGRAPHS = 8  # a header (masthead, headline, standfirst, dateline, byline) is short
MAX_HEADLINE_WORDS = 25
MAX_HEADLINE_CHARS = 200
MAX_QUESTION_WORDS = 12  # a longer question is an opening sentence, not a headline
MAX_MASTHEAD_WORDS = 4
MIN_NEXT_TITLE_WORDS = 4  # after an author note, a shorter heading may be a section heading
MAX_DATELINE_CHARS = 80

_WORDS = re.compile(r"[^\W_]+")
_YEAR = re.compile(r"(?:19|20)\d\d")
_NAME = r"[A-Z][\w'’-]+(?: (?:[A-Z][\w'’.-]+|al-\w+|el-\w+|bin|ibn|de|van|von|der|da|du|la)){1,3}"
_OUTLET = r"(?:[Tt]he )?[A-Z][\w'’&.-]*(?: (?:[A-Z][\w'’&.-]*|of|and|&|the|for|on)){0,6}"
_HEADLINE_START = re.compile(r"[\"'“‘(\[]?[A-Z0-9]")
_CARRIES_ON = re.compile(r"[a-z,;:)\]–—-]")
_LIST_ITEM = re.compile(r"(?:[•·▪◦●■\-–*]|\d{1,2}[.)])\s")
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+")
_TITLE_CASE_SMALL = {"of", "the", "and", "&", "for", "on", "in", "a", "an"}
_TIME = re.compile(
    r"\b\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?\s?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?",
    re.IGNORECASE,
)
_ZONE = re.compile(r"\b(?:[A-Z]{2,5}|GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\b")
_DATE_LEFTOVER = re.compile(r"[\s|,/·•–—\-:()\[\]]*")


@dataclass(frozen=True)
class ArticleDraft:
    """One article found in an input: cleaned body text and the metadata its text or file gave."""

    title: str | None
    text: str
    source: str | None
    author: str | None
    published: str | None
    published_how: str | None


@dataclass(frozen=True)
class Dateline:
    value: str  # ISO prefix
    updated: bool  # a modification stamp, not the publication date


@dataclass
class _Segment:
    paragraphs: list[str]
    footer_author: str | None = None
    footer_outlet: str | None = None
    ends_with_footer: bool = False


# ----------------------------------------------------------------------------- data


@cache
def _sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in text_lines("text", "header_patterns.txt"):
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            current = stripped[1:-1]
            continue
        sections.setdefault(current, []).append(stripped)
    return sections


@cache
def _month_numbers() -> dict[str, int]:
    return {
        name: number
        for number, line in enumerate(_sections()["months"], start=1)
        for name in line.split()
    }


@cache
def _dateline_patterns() -> tuple[re.Pattern[str], ...]:
    months = "|".join(sorted(_month_numbers(), key=len, reverse=True))
    month = rf"(?P<month>{months})\.?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<year>(?:19|20)\d{2})"
    flags = re.IGNORECASE
    return (
        re.compile(rf"\b{year}-(?P<mm>[01]\d)-(?P<dd>[0-3]\d)\b"),
        re.compile(rf"\b{day}\s+{month},?\s+{year}\b", flags),
        re.compile(rf"\b{month}\s+{day},?\s+{year}\b", flags),
        re.compile(rf"\b{month},?\s+{year}\b", flags),
    )


@cache
def _dateline_words() -> re.Pattern[str]:
    words = [w for line in _sections()["weekdays"] for w in line.split()]
    words += [line.lstrip("!") for line in _sections()["stamps"]]
    words += ["on", "at", "am", "pm"]
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b\.?", re.IGNORECASE)


@cache
def _updated_stamp() -> re.Pattern[str]:
    stamps = [line[1:] for line in _sections()["stamps"] if line.startswith("!")]
    return re.compile(r"\b(?:" + "|".join(re.escape(s) for s in stamps) + r")\b", re.IGNORECASE)


def _compile_section(name: str) -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(line.replace("{NAME}", _NAME).replace("{OUTLET}", _OUTLET))
        for line in _sections()[name]
    )


@cache
def _byline_patterns() -> tuple[re.Pattern[str], ...]:
    return _compile_section("byline")


@cache
def _footer_patterns() -> tuple[re.Pattern[str], ...]:
    return _compile_section("footer")


# ----------------------------------------------------------------------------- paragraph kinds


def parse_dateline(paragraph: str) -> Dateline | None:
    """A paragraph that is only a date (with weekday, time, zone, "Published:"), else None."""
    if len(paragraph) > MAX_DATELINE_CHARS or not _YEAR.search(paragraph):
        return None
    for pattern in _dateline_patterns():
        match = pattern.search(paragraph)
        if match is None:
            continue
        rest = paragraph[: match.start()] + " " + paragraph[match.end() :]
        rest = _TIME.sub(" ", rest)
        rest = _dateline_words().sub(" ", rest)
        rest = _ZONE.sub(" ", rest)
        if not _DATE_LEFTOVER.fullmatch(rest):
            return None
        value = _iso(match)
        if value is None:
            return None
        return Dateline(value, bool(_updated_stamp().search(paragraph)))
    return None


def _iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if groups.get("mm"):
        month, day = int(groups["mm"]), int(groups["dd"])
    else:
        month = _month_numbers()[groups["month"].lower()]
        day = int(groups["day"]) if groups.get("day") else 0
    if not 1 <= month <= 12 or day > 31:
        return None
    if day == 0:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_byline(paragraph: str) -> str | None:
    """The writer's name from a byline paragraph ("By Jane Doe", "Serge Jordan, CWI"), else None."""
    if len(paragraph) > 120:
        return None
    for pattern in _byline_patterns():
        match = pattern.fullmatch(paragraph.strip())
        if match:
            return match.group("author")
    return None


def parse_footer(paragraph: str) -> tuple[str, str | None] | None:
    """(author, outlet or None) from an author note closing an article, else None."""
    if len(paragraph) > 300 or " is " not in paragraph:
        return None
    for pattern in _footer_patterns():
        match = pattern.fullmatch(paragraph.strip())
        if match:
            outlet = match.groupdict().get("outlet")
            return match.group("author"), outlet.removesuffix(".") if outlet else None
    return None


def is_headline(paragraph: str) -> bool:
    """Short, capitalised, and not ending like a sentence or a teaser: a headline or heading."""
    if len(paragraph) > MAX_HEADLINE_CHARS or "\n" in paragraph:
        return False
    text = _MARKDOWN_HEADING.sub("", paragraph, count=1) if paragraph[0] == "#" else paragraph
    end = final_mark(text)
    if not (end.isalnum() or end == "?") or not _HEADLINE_START.match(text):
        return False  # "...", "!", or a dangling "--" after a dateline "HAVANA (AP) --"
    if _LIST_ITEM.match(text):
        return False
    words = len(_WORDS.findall(text))
    if not 2 <= words <= (MAX_QUESTION_WORDS if end == "?" else MAX_HEADLINE_WORDS):
        return False
    return parse_dateline(text) is None


def _is_masthead(paragraph: str) -> bool:
    """An outlet's name printed above the headline: a few capitalised words, no punctuation."""
    tokens = paragraph.split()
    if not 1 <= len(tokens) <= MAX_MASTHEAD_WORDS or re.search(r"[:;\"“”‘’?!,]", paragraph):
        return False
    return all(t[0].isupper() or t[0].isdigit() or t.lower() in _TITLE_CASE_SMALL for t in tokens)


# ----------------------------------------------------------------------------- splitting


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
    byline's author fill what is still unknown. A text that is nothing but clutter shapes (a
    one-line wire flash sent on purpose) is kept whole: it is what the user gave."""
    found = set_apart(draft.text)
    if not found.clutter or not found.text.strip():
        return draft
    published, how = draft.published, draft.published_how
    if published is None and found.date:
        dateline = parse_dateline(found.date)
        if dateline is not None:
            published, how = dateline.value, "header"
    return replace(
        draft,
        text=found.text,
        source=draft.source or found.outlet,
        author=draft.author or found.author,
        published=published,
        published_how=how,
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


@dataclass
class _Header:
    title: str | None = None
    source: str | None = None
    author: str | None = None
    published: str | None = None


def _read_header(paragraphs: list[str]) -> tuple[_Header, list[str]]:
    """Take masthead, headline, dateline and byline off the top; return them and the body."""
    header = _Header()
    kept: list[str] = []  # standfirst and labels inside the header stay in the body
    index = 0
    while index < len(paragraphs) and index < MAX_HEADER_PARAGRAPHS:
        paragraph = paragraphs[index]
        dateline = parse_dateline(paragraph)
        if dateline:
            if header.published is None and not dateline.updated:
                header.published = dateline.value
        elif header.author is None and parse_byline(paragraph):
            header.author = parse_byline(paragraph)
        elif (
            is_headline(paragraph) and header.title is None and not _goes_on(paragraphs, index + 1)
        ):
            if (
                header.source is None
                and _is_masthead(paragraph)
                and _next_is_headline(paragraphs, index + 1)
            ):
                header.source = paragraph
            else:
                header.title = _title_text(paragraph)
        elif is_headline(paragraph) and _header_continues(paragraphs, index + 1):
            kept.append(paragraph)
        else:
            break
        index += 1
    return header, kept + paragraphs[index:]


def _title_text(paragraph: str) -> str:
    return _MARKDOWN_HEADING.sub("", paragraph, count=1)


def _goes_on(paragraphs: list[str], index: int) -> bool:
    """The next paragraph carries on a sentence: the line before it was broken, not a headline."""
    return index < len(paragraphs) and bool(_CARRIES_ON.match(paragraphs[index]))


def _next_is_headline(paragraphs: list[str], index: int) -> bool:
    for paragraph in paragraphs[index : index + 2]:
        if parse_dateline(paragraph):
            continue
        return is_headline(paragraph)
    return False


def _header_continues(paragraphs: list[str], index: int) -> bool:
    """A dateline or byline still to come: the paragraph before it is a standfirst."""
    for paragraph in paragraphs[index : index + 2]:
        if parse_dateline(paragraph) or parse_byline(paragraph):
            return True
        if not is_headline(paragraph):
            return False
    return False


def _leading_headlines(paragraphs: list[str]) -> int:
    count = 0
    for paragraph in paragraphs:
        if not is_headline(paragraph):
            break
        count += 1
    return count


def _read_segments(segments: list[_Segment]) -> list[ArticleDraft]:
    drafts: list[ArticleDraft] = []
    previous_closed = False  # the article before ended with its author note
    for segment in segments:
        paragraphs = list(segment.paragraphs)
        if drafts and drafts[-1].title is None and previous_closed:
            # A magazine prints a headline after the body, among captions and pull quotes: a
            # headline not followed by its own body belongs to the untitled article before it.
            lead = _leading_headlines(paragraphs)
            if lead >= 2 or (lead and lead == len(paragraphs)):
                drafts[-1] = replace(drafts[-1], title=_title_text(paragraphs[0]))
                paragraphs = paragraphs[1:]
        header, body = _read_header(paragraphs)
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
    header, body = _read_header(paragraphs) if not doc.title else _read_dateline_byline(paragraphs)
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


def _read_dateline_byline(paragraphs: list[str]) -> tuple[_Header, list[str]]:
    """The page's metadata named the title: take only a dateline and byline off the top."""
    header = _Header()
    index = 0
    while index < min(len(paragraphs), 3):
        dateline = parse_dateline(paragraphs[index])
        if dateline and header.published is None and not dateline.updated:
            header.published = dateline.value
        elif not dateline and header.author is None and parse_byline(paragraphs[index]):
            header.author = parse_byline(paragraphs[index])
        elif not dateline:
            break
        index += 1
    return header, paragraphs[index:]


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
