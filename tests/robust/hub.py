"""A warm process that forks ingesting and querying children on request: fault and load tests
get processes that start in a millisecond with every catalogue already loaded, instead of an
interpreter start and a second of imports each.

Run as `python -m tests.robust.hub`; it reads one JSON request a line on stdin and answers one
JSON line on stdout. It is single-threaded, so forking it is safe, and it only ever signals its
own unreaped children, so a pid it kills cannot have been reused.

  {"op": "ingest", "db", "records", "mode", "checkpoint", "kill_after"}
      one child ingests the records (a JSON file) and is SIGKILLed after kill_after seconds
      if still running; answers {"killed", "exit", "elapsed"}
  {"op": "load", "db", "seconds", "ingesters", "queriers", "out", "seed"}
      that many children ingest and query the same store for that long, each writing its
      report to out/<role>-<n>.json; answers {"exits": [...]}
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time
import traceback

from commands.ingest import IngestResult, Options, Origin, ingest_document, ingest_jsonl
from store.db import connect
from tests.robust.articles import PLACES, articles, as_text, stream
from text.read import Document

QUERY_WORDS = [
    *PLACES,
    "SDF",
    "Syrian Democratic Forces",
    "Islamic State",
    "YPG",
    "Turkey",
    "ceasefire",
    "civilians trapped",
    "air strikes",
    '"the outskirts of"',
    "truce",
    "Raqqa from:2016 to:2018",
    "Zzyzx",
    'AND OR NOT * ( ) " - +',
    "ﬁ日本",
]
SHARED_EVERY = 4  # every 4th article a load ingester submits is one all of them submit


def main() -> None:
    _warm()
    for line in sys.stdin:
        request = json.loads(line)
        answer = _load(request) if request["op"] == "load" else _ingest(request)
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


def _warm() -> None:
    """Load catalogues, gazetteer, grammars and stemmers once, before any fork."""
    from commands import actor, quote, timeline
    from store.db import connect as open_store

    db = open_store(":memory:")
    ingest_document(
        db, Document(text=as_text(articles(0, 1)[0]), origin="warm", kind="text"), Origin("warm")
    )
    quote.run(db, "Raqqa")
    actor.run(db, "SDF")
    timeline.run(db, "Raqqa")
    db.conn.close()


def _fork(work, *args) -> int:
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            code = work(*args)
        except BaseException:  # noqa: BLE001 - the exit status tells the test
            traceback.print_exc()
            code = 3
        finally:
            os._exit(code)
    return pid


def _status(status: int) -> int:
    return -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)


def _ingest(request: dict) -> dict:
    started = time.monotonic()
    pid = _fork(_ingest_child, request)
    kill_after = request.get("kill_after")
    killed = False
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if kill_after is not None and time.monotonic() - started >= kill_after:
            os.kill(pid, signal.SIGKILL)  # still our unreaped child: the pid is ours
            _, status = os.waitpid(pid, 0)
            killed = True
            break
        time.sleep(0.0002)
    return {"killed": killed, "exit": _status(status), "elapsed": time.monotonic() - started}


def _ingest_child(request: dict) -> int:
    with open(request["records"], encoding="utf-8") as handle:
        records = json.load(handle)
    db = connect(request["db"])
    if request.get("checkpoint"):
        # Frequent checkpoints, so that kills land in them too.
        db.conn.execute(f"PRAGMA wal_autocheckpoint = {int(request['checkpoint'])}")
    if request["mode"] == "jsonl":
        result = ingest_jsonl(db, [json.dumps(r) for r in records], "kill.jsonl")
    else:
        result = IngestResult()
        for record in records:
            document = Document(text=as_text(record), origin=record["url"], kind="text")
            part = ingest_document(
                db, document, Origin(record["url"]), Options(published=record["published"])
            )
            result.articles += part.articles
            result.errors += part.errors
    return 2 if result.errors else 0


# --- load ----------------------------------------------------------------------------------


def _load(request: dict) -> dict:
    pids = [_fork(_ingester, request, n) for n in range(request["ingesters"])]
    pids += [_fork(_querier, request, n) for n in range(request["queriers"])]
    return {"exits": [_status(os.waitpid(pid, 0)[1]) for pid in pids]}


def _report(request: dict, name: str, report: dict) -> None:
    with open(os.path.join(request["out"], f"{name}.json"), "w", encoding="utf-8") as handle:
        json.dump(report, handle)


def _ingester(request: dict, n: int) -> int:
    """Ingest own and shared articles until the time is up, through both write paths: one
    transaction per article, and batches of three in the bulk path."""
    own = stream(request["seed"] * 100 + n + 1, first=(n + 1) * 1_000_000)
    shared = stream(request["seed"] * 100)
    deadline = time.monotonic() + request["seconds"]
    submitted: list[str] = []  # urls, which name records uniquely
    stored: dict[str, list[int]] = {}
    errors: list[str] = []
    latencies: list[float] = []
    count = 0
    while time.monotonic() < deadline:
        batch = [
            next(shared) if (count + i) % SHARED_EVERY == 0 else next(own)
            for i in range(3 if count % 2 else 1)
        ]
        count += len(batch)
        started = time.monotonic()
        try:
            db = connect(request["db"])  # a connection per request, as the bot opens them
            try:
                if len(batch) == 1:
                    record = batch[0]
                    result = ingest_document(
                        db,
                        Document(text=as_text(record), origin=record["url"], kind="text"),
                        Origin(record["url"]),
                        Options(published=record["published"]),
                    )
                else:
                    result = ingest_jsonl(db, [json.dumps(r) for r in batch], f"load-{n}")
            finally:
                db.conn.close()
        except Exception as exc:  # noqa: BLE001 - reported, and the test fails on it
            errors.append(f"{type(exc).__name__}: {exc}")
            continue
        latencies.append(time.monotonic() - started)
        errors += result.errors
        submitted += [r["url"] for r in batch]
        for record, article in zip(batch, result.articles, strict=False):
            stored.setdefault(record["url"], []).append(article.id)
        if len(result.articles) != len(batch):
            errors.append(f"{len(batch)} submitted, {len(result.articles)} stored")
    _report(
        request,
        f"ingest-{n}",
        {"submitted": submitted, "stored": stored, "errors": errors, "latencies": latencies},
    )
    return 0


def _querier(request: dict, n: int) -> int:
    """Ask quote, actor and timeline questions, and save answers for "More" buttons (a write,
    as the bot does), each on a fresh connection, until the time is up."""
    from commands import actor, quote, timeline
    from store import articles as article_store
    from store import slack as slack_store

    rng = random.Random(request["seed"] * 1000 + n)
    deadline = time.monotonic() + request["seconds"]
    errors: list[str] = []
    latencies: list[tuple[str, float]] = []
    answered = 0
    while time.monotonic() < deadline:
        words = rng.choice(QUERY_WORDS)
        kind = rng.choice(["quote", "actor", "timeline", "counts", "save"])
        started = time.monotonic()
        try:
            db = connect(request["db"])
            try:
                if kind == "quote":
                    answer = quote.run(db, words, limit=5).to_json()
                elif kind == "actor":
                    answer = actor.run(db, words).to_json()
                elif kind == "timeline":
                    answer = timeline.run(db, words.split(" from:")[0]).to_json()
                elif kind == "counts":
                    answer = article_store.counts(db)
                else:
                    answer = {"saved": slack_store.save_answer(db, "T0LOAD", f"C{n}", {"q": words})}
            finally:
                db.conn.close()
        except Exception as exc:  # noqa: BLE001 - reported, and the test fails on it
            errors.append(f"{kind} {words!r}: {type(exc).__name__}: {exc}")
            continue
        latencies.append((kind, time.monotonic() - started))
        answered += bool(answer)
    _report(request, f"query-{n}", {"answered": answered, "errors": errors, "latencies": latencies})
    return 0


if __name__ == "__main__":
    main()
