"""`sitrep check`: is the store sound? SQLite's own integrity and foreign-key checks, then the
invariants the BM25 index relies on, each problem said in plain words; and is its outbox
moving (messages for Slack that wait too long or expired undelivered)?"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from store import index, outbox
from store.db import Database

if TYPE_CHECKING:
    import sqlite_utils

Progress = Callable[[int, int], None]  # (terms checked, terms)
# A message for Slack still waiting after this long means Slack has not been taking messages
# (an outage, a revoked token) or no bot is running to send them.
STUCK_AFTER = 15 * 60.0


def _indexed_passages(conn: sqlite3.Connection) -> tuple[np.ndarray, np.ndarray]:
    """Ids and term counts of the passages the index holds: near and exact duplicates are
    stored but not indexed."""
    rows = conn.execute(
        "SELECT p.id, p.n_terms FROM passages p JOIN articles a ON a.id = p.article_id "
        "WHERE a.duplicate_of IS NULL ORDER BY p.id"
    ).fetchall()
    ids = np.array([r[0] for r in rows], dtype=np.int64)
    lengths = np.array([r[1] for r in rows], dtype=np.int64)
    return ids, lengths


def check(db: sqlite_utils.Database, progress: Progress | None = None) -> list[str]:
    """Every problem found, in plain words; an empty list means the store is sound."""
    conn = db.conn
    problems = [
        f"SQLite integrity check: {row[0]}"
        for row in conn.execute("PRAGMA integrity_check")
        if row[0] != "ok"
    ]
    if problems:
        return problems  # the index checks below would only repeat the damage
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        problems.append(f"{table} row {rowid} points to a missing {parent} row")

    ids, lengths = _indexed_passages(conn)
    n_passages, total_terms, _ = conn.execute(
        "SELECT n_passages, total_terms, generation FROM index_stats WHERE id = 1"
    ).fetchone()
    if n_passages != len(ids):
        problems.append(
            f"the index counts {n_passages} passages but the store holds {len(ids)} indexed ones"
        )
    if total_terms != int(lengths.sum()):
        problems.append(
            f"the index counts {total_terms} words in all "
            f"but the passages hold {int(lengths.sum())}"
        )
    stored_lengths = index.passage_lengths(db)
    inside = ids < len(stored_lengths)
    wrong = int(np.count_nonzero(~inside)) + int(
        np.count_nonzero(stored_lengths[ids[inside]] != lengths[inside])
    )
    if wrong:
        problems.append(f"{wrong} passages have a stored length that differs from their text")

    histogram = dict(conn.execute("SELECT df, n_terms FROM df_histogram WHERE n_terms > 0"))
    actual = dict(conn.execute("SELECT df, count(*) FROM terms WHERE df > 0 GROUP BY df"))
    if histogram != actual:
        problems.append("the document-frequency histogram disagrees with the terms' frequencies")

    problems += _postings_problems(db, ids, lengths, progress)
    return problems


def _postings_problems(
    db: sqlite_utils.Database, ids: np.ndarray, lengths: np.ndarray, progress: Progress | None
) -> list[str]:
    """Each term's postings: as many as its document frequency says, in passage order, only of
    indexed passages; and the frequencies of all terms add up to each passage's length."""
    terms = db.conn.execute("SELECT term, df FROM terms ORDER BY id").fetchall()
    counted = np.zeros(int(ids.max()) + 1 if len(ids) else 0, dtype=np.int64)
    known = np.zeros(len(counted), dtype=bool)
    known[ids] = True
    bad_df, unordered, strays = [], [], []
    for n, (term, df) in enumerate(terms):
        records = index.postings(db, term)
        pids = records["pid"].astype(np.int64)
        if len(pids) != df:
            bad_df.append(term)
        if len(pids) > 1 and not bool(np.all(np.diff(pids) > 0)):
            unordered.append(term)
        outside = (pids >= len(known)) | ~known[np.minimum(pids, max(len(known) - 1, 0))]
        if len(pids) and outside.any():
            strays.append(term)
            pids = pids[~outside]
            records = records[~outside]
        np.add.at(counted, pids, records["tf"].astype(np.int64))
        if progress and (n % 5000 == 0 or n == len(terms) - 1):
            progress(n + 1, len(terms))
    problems = []
    for what, found in (
        ("a posting count that differs from its document frequency", bad_df),
        ("postings out of passage order", unordered),
        ("postings of passages the index does not hold", strays),
    ):
        if found:
            problems.append(f"{len(found)} terms have {what} (for example {found[0]!r})")
    if len(ids):
        mismatched = int(np.count_nonzero(counted[ids] != lengths))
        if mismatched:
            problems.append(
                f"{mismatched} passages have word counts that differ from their postings"
            )
    return problems


def _age(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"


def outbox_warnings(db: Database, now: float | None = None) -> list[str]:
    """What is wrong with the outbox, in plain words: messages Slack has not taken for
    STUCK_AFTER or more, and messages that expired without reaching Slack lately."""
    now = time.time() if now is None else now
    summary = outbox.summary(db, now)
    warnings = []
    if summary.pending and summary.oldest_pending is not None:
        age = now - summary.oldest_pending
        if age >= STUCK_AFTER:
            count = summary.pending
            tries = f"{summary.most_attempts} tr{'y' if summary.most_attempts == 1 else 'ies'}"
            warnings.append(
                f"the outbox is stuck: {count} message{'s' if count > 1 else ''} for Slack "
                f"waiting, the oldest for {_age(age)} after {tries} "
                f"(last error: {summary.last_error or 'none yet'}); is `sitrep serve` running, "
                "and can it reach Slack with its token?"
            )
    if summary.expired:
        count = summary.expired
        warnings.append(
            f"{count} message{'s' if count > 1 else ''} for Slack expired in the outbox in the "
            "last 7 days without reaching it (the bot's log says 'message expired undelivered')"
        )
    return warnings
