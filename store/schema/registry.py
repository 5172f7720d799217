"""The one list of migrations, in the order they run: each module of store/schema/ registers
its migrations here when imported, and store/schema/__init__.py imports them in order."""

from __future__ import annotations

from store.migrations import Migrations

migrations = Migrations("sitrep")
