"""What every listener needs: the settings, the link-fetching policy, and a database
connection opened for the call (a SQLite connection must not cross threads)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass

import sqlite_utils

from bot.config import Config
from bot.fetch import FetchPolicy
from store.db import connect


@dataclass(frozen=True)
class Runtime:
    config: Config
    policy: FetchPolicy

    @contextlib.contextmanager
    def db(self) -> Iterator[sqlite_utils.Database]:
        db = connect(self.config.db_path)
        try:
            yield db
        finally:
            db.conn.close()


def runtime_for(config: Config) -> Runtime:
    return Runtime(config, FetchPolicy(allow_loopback=config.fetch_allow_loopback))
