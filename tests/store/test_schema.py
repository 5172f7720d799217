import re

from store import schema


def test_migrations_run_in_the_order_of_their_numbers_one_module_after_another():
    registered = schema.migrations._migrations
    numbers = [int(re.match(r"m(\d+)_", m.name).group(1)) for m in registered]
    assert numbers == list(range(1, len(registered) + 1))
    modules = [m.fn.__module__ for m in registered]
    # each module holds a run of consecutive migrations, named for the first of them
    assert modules == sorted(modules)
    for module in dict.fromkeys(modules):
        first = next(m.name for m in registered if m.fn.__module__ == module)
        assert module.split(".")[-1].startswith(first[:4]), module


def test_a_store_is_migrated_to_the_newest_schema(db):
    applied = {r[0] for r in db.conn.execute("SELECT name FROM _sqlite_migrations")}
    assert applied == {m.name for m in schema.migrations._migrations}
    assert not schema.migrations.pending(db)


def test_a_store_file_is_read_through_a_memory_map_and_written_through_its_log(tmp_path):
    from store.db import MMAP_BYTES, connect, transaction

    db = connect(tmp_path / "store.db")
    assert db.conn.execute("PRAGMA mmap_size").fetchone()[0] == MMAP_BYTES
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with transaction(db):
        db.conn.execute("CREATE TABLE t (x TEXT)")
        db.conn.execute("INSERT INTO t VALUES ('written')")
    again = connect(tmp_path / "store.db", create=False)
    assert again.conn.execute("SELECT x FROM t").fetchone() == ("written",)
