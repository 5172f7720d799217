"""A timeline, an actor profile or quotes as a cited CSV or Markdown file: one row per sentence
and article, with where the sentence sits in the article (character offsets into its stored
text), the outlet, the URL, and the date with its precision.

Usage: timeline Raqqa --export csv (in Slack `/timeline Raqqa export:csv`), also for `actor`
and `quote`, and md for Markdown. A timeline entry reported by three articles gives three rows,
each with the sentence of its own article.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from store import articles
from store import events as event_store
from text.timex import Timex, label

if TYPE_CHECKING:
    from commands.actor import ActorAnswer
    from commands.entries import Entry
    from commands.passages import Quote
    from commands.quote import QuoteAnswer
    from commands.timeline import TimelineAnswer
    from store.db import Database

FORMATS = ("csv", "md")
COLUMNS = (
    "section", "date", "precision", "date_how", "sentence", "article_id", "start", "end",
    "outlet", "title", "url", "published", "passage_id",
)  # fmt: skip
# A spreadsheet runs a cell starting with one of these as a formula (CSV injection); such a
# cell gets a leading apostrophe, which spreadsheets show as text and do not display.
_FORMULA = re.compile(r"^[=+\-@\t\r]")


class ExportError(ValueError):
    """What is wrong with an export request, in one line."""


@dataclass(frozen=True)
class Row:
    section: str  # timeline | relation | quote
    date: str | None
    precision: str | None
    date_how: str | None
    sentence: str
    article_id: int
    start: int | None  # offsets into the article's stored text; None if the text moved
    end: int | None
    outlet: str | None
    title: str
    url: str
    published: str | None
    passage_id: int | None

    def values(self) -> list[object]:
        return [getattr(self, c) for c in COLUMNS]


@dataclass(frozen=True)
class ExportFile:
    filename: str
    title: str
    content: str
    rows: int

    @property
    def data(self) -> bytes:
        return self.content.encode("utf-8")


def check_format(value: str | None) -> str:
    wanted = (value or "").lower().lstrip(".")
    if wanted not in FORMATS:
        raise ExportError(f"export: say csv or md, not {value!r}")
    return wanted


def _entry_rows(db: Database, entries: list[Entry], section: str = "timeline") -> list[Row]:
    """One row per article behind each entry, with that article's own sentence on the date at
    its offsets: the entry's sentence is one article's, the others say it in their words."""
    rows = []
    for entry in entries:
        found = event_store.events_by_id(db, entry.event_ids)  # type: ignore[arg-type]
        passages = [p for _, p in entry.sources if p is not None]
        found += event_store.events_in_passages(db, passages)  # type: ignore[arg-type]
        own: dict[int, event_store.EventRow] = {}
        for event in found:
            if event.date == entry.date:
                own.setdefault(event.article_id, event)
        for citation, _ in entry.sources:
            mine = own.get(citation.id)
            if mine is None:
                continue  # no sentence of this article on the date: nothing to cite
            rows.append(
                Row(
                    section, entry.date, entry.precision, mine.date_how, mine.text,
                    citation.id, mine.start, mine.end, citation.source, citation.title,
                    citation.origin, citation.published, mine.passage_id,
                )
            )  # fmt: skip
    return rows


def _published_precision(published: str | None) -> str | None:
    parsed = Timex.parse(published)
    return parsed.precision if parsed else None


def _quote_rows(db: Database, quotes: list[Quote]) -> list[Row]:
    spans = articles.passage_spans(db, [q.passage_id for q in quotes])  # type: ignore[arg-type]
    rows = []
    for q in quotes:
        _, start, end = spans.get(q.passage_id, (q.article.id, None, None))
        a = q.article
        rows.append(
            Row(
                "quote", a.published, _published_precision(a.published), "published", q.text,
                a.id, start, end, a.source, a.title, a.origin, a.published, q.passage_id,
            )
        )  # fmt: skip
    return rows


def _relation_rows(db: Database, answer: ActorAnswer) -> list[Row]:
    cited = [e.article.id for r in answer.relations for e in r.evidence]
    texts = articles.article_texts(db, cited)  # type: ignore[arg-type]
    rows = []
    for relation in answer.relations:
        for e in relation.evidence:
            at = texts.get(e.article.id, "").find(e.text)
            a = e.article
            rows.append(
                Row(
                    "relation", a.published, _published_precision(a.published), "published",
                    e.text, a.id, at if at >= 0 else None, at + len(e.text) if at >= 0 else None,
                    a.source, a.title, a.origin, a.published, None,
                )
            )  # fmt: skip
    return rows


def timeline_rows(db: Database, answer: TimelineAnswer) -> list[Row]:
    return _entry_rows(db, answer.entries)


def actor_rows(db: Database, answer: ActorAnswer) -> list[Row]:
    return [
        *_entry_rows(db, answer.timeline),
        *_relation_rows(db, answer),
        *_quote_rows(db, answer.quotes),
    ]


def quote_rows(db: Database, answer: QuoteAnswer) -> list[Row]:
    return _quote_rows(db, answer.results)


def _cell(value: object) -> object:
    if isinstance(value, str) and _FORMULA.match(value):
        return "'" + value
    return "" if value is None else value


def to_csv(rows: list[Row]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([_cell(v) for v in row.values()])
    return out.getvalue()


def _md_escape(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def to_markdown(heading: str, rows: list[Row]) -> str:
    lines = [f"# {_md_escape(heading)}", "", f"{len(rows)} cited sentences.", ""]
    section = None
    for row in rows:
        if row.section != section:
            section = row.section
            lines += [f"## {section.capitalize()}", ""]
        when = f"**{label(row.date)}** ({row.precision or 'no date'}) " if row.date else ""
        place = f"chars {row.start}–{row.end}" if row.start is not None else "offsets unknown"
        source = f"[{_md_escape(row.title)}]({row.url})" if "://" in row.url else row.url
        lines.append(
            f"- {when}“{_md_escape(row.sentence)}” — {row.outlet or 'outlet unknown'}, "
            f"{source}, published {label(row.published)}, article #{row.article_id}, {place}"
        )
    return "\n".join(lines) + "\n"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "export"


def write(kind: str, name: str, rows: list[Row], fmt: str) -> ExportFile:
    """The file: kind is timeline | actor | quote, name what was asked about."""
    title = f"{kind.capitalize()}: {name}"
    content = to_csv(rows) if fmt == "csv" else to_markdown(title, rows)
    return ExportFile(f"{kind}-{_slug(name)}.{fmt}", title, content, len(rows))
