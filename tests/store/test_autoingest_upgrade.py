"""Upgrading a store to per-channel auto-ingest (migration 12) changes nothing for a channel
whose posted articles were being added: it keeps auto-ingest on; other channels start off."""

from __future__ import annotations

import sqlite3

from store import slack as slack_store
from store.db import connect
from tests.store.test_upgrades import NEWEST, unpacked


def test_channels_that_had_posted_articles_keep_auto_ingest(tmp_path) -> None:
    path = unpacked(NEWEST, tmp_path)
    with sqlite3.connect(path) as old:  # as the bot of that version stored a posted message
        ids = [row[0] for row in old.execute("SELECT id FROM articles ORDER BY id LIMIT 2")]
        old.execute(
            "UPDATE articles SET team = 'T0OLD', origin_key = 'CNEWS/1500000000.000100' "
            "WHERE id = ?",
            (ids[0],),
        )
        old.execute(
            "UPDATE articles SET team = 'T0OLD', origin_key = 'F0FILE' WHERE id = ?", (ids[1],)
        )
        old.execute("UPDATE articles SET team = 'T0OLD' WHERE team = ''")
    db = connect(path)
    try:
        assert slack_store.channel_setting(db, "T0OLD", "CNEWS", "autoingest") == "on"
        assert slack_store.channel_setting(db, "T0OLD", "COTHER", "autoingest") is None
        who = db.conn.execute(
            "SELECT changed_by FROM channel_settings WHERE key = 'autoingest'"
        ).fetchall()
        assert who == [("upgrade",)]
        assert slack_store.load_thread(db, "T0OLD", "CNEWS", "1.1") is None
    finally:
        db.conn.close()
