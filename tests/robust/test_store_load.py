"""Load on one store file: 8 processes ingesting and 8 querying at once, 20 s in CI and 60 s
under SITREP_SOAK=1. No "database is locked" (nor any other failure) reaches a caller, no
article is lost or half-stored, the same article sent by several processes at once is stored
once, and the counts match at the end."""

from __future__ import annotations

import json
import statistics
from collections.abc import Iterator
from pathlib import Path

import pytest

from commands.ingest import ingest_jsonl
from store.db import connect
from tests.robust.articles import articles
from tests.robust.common import soak
from tests.robust.storecheck import check_store
from tests.robust.test_store_faults import Hub

SECONDS = soak(20, 60)
INGESTERS = QUERIERS = 8


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hub]:
    started = Hub(tmp_path_factory.mktemp("load-hub"))
    yield started
    started.stop()


def _quantiles(values: list[float]) -> str:
    if len(values) < 2:
        return "n/a"
    cuts = statistics.quantiles(values, n=100)
    return (
        f"p50 {cuts[49] * 1000:.0f} ms, p99 {cuts[98] * 1000:.0f} ms, "
        f"max {max(values) * 1000:.0f} ms"
    )


def test_eight_ingesting_and_eight_querying_processes(hub: Hub, tmp_path: Path) -> None:
    db_path = tmp_path / "shared.db"
    db = connect(db_path)
    # The seed articles' numbers lie beyond every ingester's own stream ((n + 1) million on),
    # so that what the ingesters report is told apart from what was there before them.
    seeded = articles(seed=99, count=20, first=90_000_000)
    ingest_jsonl(db, [json.dumps(r) for r in seeded], "seed")
    db.conn.close()
    out = tmp_path / "reports"
    out.mkdir()
    answer = hub.ask(
        op="load",
        db=str(db_path),
        seconds=SECONDS,
        ingesters=INGESTERS,
        queriers=QUERIERS,
        out=str(out),
        seed=3,
    )
    assert answer["exits"] == [0] * (INGESTERS + QUERIERS)

    ingested = [json.loads((out / f"ingest-{n}.json").read_text()) for n in range(INGESTERS)]
    queried = [json.loads((out / f"query-{n}.json").read_text()) for n in range(QUERIERS)]
    errors = [e for report in ingested + queried for e in report["errors"]]
    assert errors == []  # no "database is locked", nor anything else

    # Every article sent is stored, once, whichever process sent it and however often.
    ids_by_url: dict[str, set[int]] = {}
    for report in ingested:
        assert sorted(report["stored"]) == sorted(set(report["submitted"]))
        for url, ids in report["stored"].items():
            ids_by_url.setdefault(url, set()).update(ids)
    assert all(len(ids) == 1 for ids in ids_by_url.values())
    db = connect(db_path)
    before = {r["url"] for r in seeded}
    stored = {
        url: i
        for url, i in db.conn.execute("SELECT origin, id FROM articles WHERE origin LIKE 'https:%'")
        if url not in before
    }
    assert {url: {i} for url, i in stored.items()} == ids_by_url
    shared = [url for url in ids_by_url if sum(url in r["stored"] for r in ingested) > 1]
    assert shared  # the same articles did arrive from several at once
    assert check_store(db) == []
    db.conn.close()

    sent = sum(len(r["submitted"]) for r in ingested)
    answered = sum(r["answered"] for r in queried)
    ingest_latencies = [s for r in ingested for s in r["latencies"]]
    query_latencies = [s for r in queried for _, s in r["latencies"]]
    print(
        f"\n{SECONDS} s, {INGESTERS}+{QUERIERS} processes: {sent} articles sent, "
        f"{len(ids_by_url)} distinct ({len(shared)} sent by several), "
        f"{len(query_latencies)} queries ({answered} with answers); ingest "
        f"{_quantiles(ingest_latencies)}; queries {_quantiles(query_latencies)}"
    )
    for kind in ("quote", "actor", "timeline", "counts", "save"):
        print(
            f"  {kind}: " + _quantiles([s for r in queried for k, s in r["latencies"] if k == kind])
        )
