"""`sitrep serve` answers while `sitrep reindex` runs: the real bot over HTTP against the fake
Slack, and a reindex process holding a batch's write transaction open. Questions read the
store through WAL while the batch is written; the bot keeps each reply in the store's outbox
before sending it, so a reply waits for the batch to commit (reindex sizes a batch to about a
second of writing) and is then sent, whole."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from commands import quote, reindex
from store.db import connect
from tests.bot.conftest import (
    ROOT,
    Bot,
    fake,  # noqa: F401 - the fake Slack fixture
    public_answers,
    seed_two_articles,
    send_command,
    slash_body,
    start_bot,
    stop_bot,
)
from tests.fakeslack import FakeSlack

# The batch's transaction held open until the test lets it go: a mark file says it is open,
# a go file lets it go on.
_HELD_WRITES = """
import pathlib, sys, time
from commands import quote, reindex
write, mark, go = reindex._write_article, pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
def held(*args, **kwargs):
    mark.write_text("writing")
    deadline = time.monotonic() + 120
    while not go.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    return write(*args, **kwargs)
reindex._write_article = held
from cli.main import main
sys.exit(main(["--db", sys.argv[1], "reindex", "--quiet"]))
"""


@pytest.fixture
def served_older_store(fake: FakeSlack, tmp_path: Path) -> Iterator[Bot]:  # noqa: F811
    workdir = tmp_path / "bot"
    db_path = workdir / "sitrep.db"
    workdir.mkdir()
    seed_two_articles(db_path, fake.team)
    db = connect(db_path)
    db.conn.execute("UPDATE articles SET pipeline = 0")  # as an older version left it
    db.conn.close()
    public_answers(db_path, fake.team, "CPUBLIC")
    fake.set_channel("CPUBLIC", private=False)
    bot = start_bot(fake, workdir, "http")
    yield bot
    stop_bot(bot)


@pytest.mark.slow
def test_serve_answers_while_reindex_holds_its_write_transaction(
    served_older_store: Bot,
    fake: FakeSlack,  # noqa: F811
    tmp_path: Path,
) -> None:
    bot = served_older_store
    mark, go = tmp_path / "mark", tmp_path / "go"
    child = subprocess.Popen(
        [sys.executable, "-c", _HELD_WRITES, str(bot.db_path), str(mark), str(go)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        deadline = time.monotonic() + 60
        while not mark.exists() and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.05)
        assert mark.exists(), "reindex never began writing"
        name, url = fake.response_url()
        assert send_command(bot, slash_body(fake, "/quote", "Tabqa dam", url))[0] == 200
        db = connect(bot.db_path, create=False)
        found = quote.run(db, "Tabqa dam").to_json()["results"]
        assert found  # read while the batch is being written
        assert reindex.out_of_date(db) == 2 and child.poll() is None  # not committed yet
        go.write_text("go")
        [reply] = fake.wait_responses(name)
        assert reply["text"].startswith("Quotes for “Tabqa dam”")
        assert child.wait(timeout=120) == 0
        assert reindex.out_of_date(db) == 0
        db.conn.close()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    name, url = fake.response_url()
    send_command(bot, slash_body(fake, "/quote", "Tabqa dam", url))
    [after] = fake.wait_responses(name)
    assert after["text"] == reply["text"]
