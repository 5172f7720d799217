"""`/sitrep export`: the store's JSON export (the document `sitrep export --json` writes), of
the articles the asking conversation may see, uploaded as a file into that conversation.

Only that conversation's Viewer: a private channel's articles are in its own export and in no
other, and the file goes where it was asked, never to a DM, where it would carry them out.

Big stores: the document is written in pieces and cut after the article that takes it past
MAX_BYTES (the articles are whole, the JSON valid), and the reply says how many of how many
it holds and how to get the rest (the terminal's export has no cap). Above GZIP_ABOVE it is
gzipped, `.json.gz`: news text compresses about fourfold, and Slack previews only small files.
"""

from __future__ import annotations

import datetime as dt
import gzip
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot import blocks
from bot.answers import Reply, private
from bot.exports import Upload
from bot.runtime import Runtime
from store.articles import Viewer, counts

if TYPE_CHECKING:
    import sqlite_utils

MAX_BYTES = 64 * 2**20  # of JSON before compression; what a listener holds in memory at most
GZIP_ABOVE = 2 * 2**20


@dataclass(frozen=True)
class Made:
    filename: str
    data: bytes
    articles: int  # in the file
    visible: int  # that the conversation may see


def build(
    db: sqlite_utils.Database,
    viewer: Viewer,
    today: dt.date,
    max_bytes: int | None = None,
    gzip_above: int | None = None,
) -> Made:
    from commands import export

    max_bytes = MAX_BYTES if max_bytes is None else max_bytes
    gzip_above = GZIP_ABOVE if gzip_above is None else gzip_above
    visible = int(counts(db, viewer)["articles"])
    pieces = [export.JSON_HEAD.encode()]
    size, written = len(pieces[0]), 0
    for article in export.run(db, viewer):
        piece = export.json_piece(written, article).encode()
        if written and size + len(piece) > max_bytes:
            break  # the first article always goes in, however long
        pieces.append(piece)
        size += len(piece)
        written += 1
    pieces.append(export.JSON_TAIL.encode())
    data = b"".join(pieces)
    name = f"sitrep-export-{today.isoformat()}.json"
    if len(data) > gzip_above:
        data, name = gzip.compress(data, mtime=0), name + ".gz"
    return Made(name, data, written, visible)


def answer(rt: Runtime, team: str, channel: str, text: str, today: dt.date | None = None) -> Reply:
    """The notice for the asker, with the file riding along in Reply.upload."""
    extra = text.split()[1:]
    if extra:
        got = blocks.clip_escaped(" ".join(extra), 60)
        return private(
            f"`/sitrep export` takes nothing after it (got “{got}”): it exports every "
            "article this conversation can see."
        )
    with rt.db() as db:
        made = build(db, Viewer(team=team, conversation=channel), today or dt.date.today())
    if not made.visible:
        return private("Nothing to export: this conversation can see no article yet.")
    held = blocks.plural(made.articles, "article")
    if made.articles < made.visible:
        held = (
            f"the first {made.articles} of the {made.visible} articles (oldest first; the file is "
            f"capped at {MAX_BYTES // 2**20} MB: `sitrep export --json` in a terminal has them all)"
        )
    squeezed = " (gzipped)" if made.filename.endswith(".gz") else ""
    return Reply(
        blocks.notice(
            f"Uploading `{made.filename}`{squeezed} to this conversation: {held} that it can "
            "see, each with its text and passages, as `sitrep export --json` writes them."
        ),
        public=False,
        upload=Upload(made.filename, "Sitrep export", made.data),
    )
