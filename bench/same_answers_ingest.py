"""The same answers before and after a change that must not change behaviour.

Usage: .venv/bin/python bench/same_answers_ingest.py OUT.json [--articles 600] [--previous REV]
       .venv/bin/python bench/same_answers_ingest.py --compare BEFORE.json AFTER.json

Builds a store from the first conflict articles of the corpus (bench/common.py), most through
bulk ingest (`ingest --jsonl`) and the rest one file at a time (`ingest PATH`, including an
article posted twice), then records the JSON of `actor`, `timeline` and `quote` for fixed
subjects and questions, `export`, the ingest reports themselves, and a digest of every table's
rows in rowid order. Everything goes through the terminal's entry point, so the output is the
JSON contract of docs/CLI.md. `--compare` names the first difference of each kind.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import NEWS, conflict_records, require  # noqa: E402

SUBJECTS = [
    "SDF",
    "ISIS",
    "Assad",
    "Raqqa",
    "Aleppo",
    "Mosul",
    "Tripoli",
    "Cairo",
    "Kurds",
    "Hezbollah",
    "Russia",
    "Turkey",
    "Gaddafi",
    "Mubarak",
    "Muslim Brotherhood",
    "Free Syrian Army",
    "Benghazi",
    "Homs",
    "Damascus",
    "Baghdad",
    "United Nations",
    "Iran",
    "Idlib",
    "Tahrir Square",
    "NATO",
    "al-Nusra",
    "Obama",
    "Kobani",
    "Misrata",
    "Morsi",
]

QUESTIONS = [
    "chemical attack",
    "ceasefire",
    "barrel bombs",
    "refugees fled",
    "air strikes killed civilians",
    "peace talks Geneva",
    "protesters Tahrir",
    "no-fly zone",
    "siege of Aleppo",
    "car bomb Baghdad",
    "oil fields",
    "humanitarian aid convoy",
]

FILES = 40  # the last articles, ingested one file at a time


WORK = ""  # the build's directory, written "<work>" in the answers


def sitrep(*argv: str) -> tuple[int, str, str]:
    """Exit code, standard output and the error lines (not the progress) of one command."""
    from cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    errors = "\n".join(line for line in err.getvalue().splitlines() if "error" in line)
    return code, out.getvalue().replace(WORK, "<work>"), errors.replace(WORK, "<work>")


# Clock times, and the index's write generation: bulk ingest commits a batch every
# BATCH_SECONDS as well as every BATCH_ARTICLES, so the number of commits follows the host's
# speed (the passages and terms it counts are compared in their own tables).
VOLATILE = {"ingested_at", "applied_at", "generation"}


def table_digests(path: Path, work: str) -> dict[str, str]:
    """A digest of each table's rows in rowid order, the clock's columns left out."""
    conn = sqlite3.connect(path)
    try:
        names = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        digests = {}
        for name in names:
            columns = ", ".join(
                f'"{column}"'
                for _, column, *_ in conn.execute(f'PRAGMA table_info("{name}")')
                if column not in VOLATILE
            )
            try:
                rows = conn.execute(f'SELECT rowid, {columns} FROM "{name}" ORDER BY rowid')
            except sqlite3.OperationalError:
                # WITHOUT ROWID: in primary key order, said explicitly, since a plain SELECT
                # may read a covering index (another order) once a later migration adds one
                keys = sorted(
                    (pk, column)
                    for _, column, _, _, _, pk in conn.execute(f'PRAGMA table_info("{name}")')
                    if pk
                )
                order = ", ".join(f'"{column}"' for _, column in keys)
                rows = conn.execute(f'SELECT {columns} FROM "{name}" ORDER BY {order}')
            digest = hashlib.sha256()
            for row in rows:
                digest.update(repr(row).replace(work, "<work>").encode())
            digests[name] = digest.hexdigest()
        return digests
    finally:
        conn.close()


def build(records: list[dict]) -> dict[str, object]:
    global WORK
    answers: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        WORK = tmp
        db = str(Path(tmp) / "same.db")
        bulk = Path(tmp) / "bulk.jsonl"
        with bulk.open("w", encoding="utf-8") as handle:
            for record in records[:-FILES]:
                handle.write(json.dumps(record) + "\n")
        code, out, err = sitrep("--db", db, "ingest", "--jsonl", str(bulk), "--json")
        answers["ingest bulk"] = {"code": code, "out": json.loads(out), "errors": err}
        singles = []
        for n, record in enumerate(records[-FILES:] + records[:1]):  # the last: posted again
            path = Path(tmp) / f"article-{n}.txt"
            path.write_text(record["text"], encoding="utf-8")
            argv = ["--db", db, "ingest", str(path), "--json", "--source", record["source"]]
            if record.get("published"):
                argv += ["--published", record["published"][:10]]
            code, out, err = sitrep(*argv)
            singles.append({"code": code, "out": json.loads(out) if out else None, "err": err})
        answers["ingest files"] = singles
        for subject in SUBJECTS:
            for command in ("actor", "timeline"):
                code, out, err = sitrep("--db", db, command, subject, "--json")
                answers[f"{command} {subject}"] = {"code": code, "out": out, "err": err}
        for question in QUESTIONS:
            code, out, err = sitrep("--db", db, "quote", *question.split(), "--json")
            answers[f"quote {question}"] = {"code": code, "out": out, "err": err}
        code, out, err = sitrep("--db", db, "export", "--json")
        answers["export"] = {"code": code, "digest": hashlib.sha256(out.encode()).hexdigest()}
        answers["tables"] = table_digests(Path(db), tmp)
    return answers


# Fields the JSON contract gained (docs/CLI.md: fields are only ever added): an empty one is
# what the previous code meant by leaving it out.
ADDED_FIELDS = {"warnings"}


def without_empty_added(value: object) -> object:
    if isinstance(value, dict):
        return {
            k: without_empty_added(v)
            for k, v in value.items()
            if not (k in ADDED_FIELDS and v in ([], None))
        }
    if isinstance(value, list):
        return [without_empty_added(v) for v in value]
    return value


def compare(before_path: Path, after_path: Path) -> int:
    before = json.loads(before_path.read_text(encoding="utf-8"))
    after = json.loads(after_path.read_text(encoding="utf-8"))
    before, after = without_empty_added(before), without_empty_added(after)
    assert isinstance(before, dict) and isinstance(after, dict)
    differing = [key for key in before.keys() | after.keys() if before.get(key) != after.get(key)]
    if not differing:
        print(f"identical: {len(before)} answers")
        return 0
    for key in sorted(differing):
        if key == "tables":
            tables = before.get(key, {}), after.get(key, {})
            for name in sorted(tables[0].keys() | tables[1].keys()):
                if tables[0].get(name) != tables[1].get(name):
                    print(f"differs: table {name}")
        else:
            print(f"differs: {key}")
    return 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?")
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--records", help=argparse.SUPPRESS)
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"))
    parser.add_argument(
        "--previous",
        metavar="REV",
        help="build with the code at REV (checked out by bench/baseline.py)",
    )
    args = parser.parse_args()
    if args.compare:
        sys.exit(compare(Path(args.compare[0]), Path(args.compare[1])))
    if not args.out:
        parser.error("give OUT.json or --compare BEFORE AFTER")
    if args.previous:
        from bench import baseline

        # The previous tree reads the same records from a file: its bench/common.py looks for
        # the corpus beside itself.
        tree = baseline.checkout(args.previous)
        shutil.copy(__file__, tree / "bench" / "same_answers_ingest.py")
        records = tree / "bench" / "same-records.jsonl"
        with records.open("w", encoding="utf-8") as handle:
            for record in conflict_records()[: args.articles]:
                handle.write(json.dumps(record) + "\n")
        out = str(Path(args.out).resolve())
        print(baseline.run(tree, "bench/same_answers_ingest.py", out, "--records", str(records)))
        return
    if args.records:
        with open(args.records, encoding="utf-8") as handle:
            answers = build([json.loads(line) for line in handle])
    else:
        require(NEWS)
        answers = build(conflict_records()[: args.articles])
    Path(args.out).write_text(json.dumps(answers, indent=1, sort_keys=True), encoding="utf-8")
    print(f"wrote {len(answers)} answers to {args.out}")


if __name__ == "__main__":
    main()
