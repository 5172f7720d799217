"""Reading an article's header off the top of its paragraphs: masthead, headline, dateline and
byline, in whatever order the layout printed them, up to the first paragraph of the body."""

from __future__ import annotations

import re
from dataclasses import dataclass

from text.header_parts import (
    is_headline,
    is_masthead,
    parse_byline,
    parse_dateline,
    title_text,
)

MAX_HEADER_PARAGRAPHS = 8  # a header (masthead, headline, standfirst, dateline, byline) is short
_CARRIES_ON = re.compile(r"[a-z,;:)\]–—-]")


@dataclass
class Header:
    """What a header said; None where it said nothing."""

    title: str | None = None
    source: str | None = None
    author: str | None = None
    published: str | None = None


def read_header(paragraphs: list[str]) -> tuple[Header, list[str]]:
    """Take masthead, headline, dateline and byline off the top; return them and the body."""
    header = Header()
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
                and is_masthead(paragraph)
                and _next_is_headline(paragraphs, index + 1)
            ):
                header.source = paragraph
            else:
                header.title = title_text(paragraph)
        elif is_headline(paragraph) and _header_continues(paragraphs, index + 1):
            kept.append(paragraph)
        else:
            break
        index += 1
    return header, kept + paragraphs[index:]


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


def leading_headlines(paragraphs: list[str]) -> int:
    count = 0
    for paragraph in paragraphs:
        if not is_headline(paragraph):
            break
        count += 1
    return count


def read_dateline_byline(paragraphs: list[str]) -> tuple[Header, list[str]]:
    """The page's metadata named the title: take only a dateline and byline off the top."""
    header = Header()
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
