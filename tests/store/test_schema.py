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
