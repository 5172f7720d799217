import sqlite3

from store.batches import in_batches


def test_batches_keep_order_and_size_with_matching_placeholders():
    batches = list(in_batches(range(7), 3))
    assert [batch for batch, _ in batches] == [[0, 1, 2], [3, 4, 5], [6]]
    assert [marks for _, marks in batches] == ["?,?,?", "?,?,?", "?"]


def test_no_values_give_no_batch():
    assert list(in_batches([], 500)) == []


def test_a_list_longer_than_sqlites_parameter_limit_is_read_whole():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
    conn.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(5000)])
    wanted = list(range(0, 5000, 2))
    found = []
    for batch, marks in in_batches(wanted):
        found += [r[0] for r in conn.execute(f"SELECT id FROM t WHERE id IN ({marks})", batch)]
    assert sorted(found) == wanted
