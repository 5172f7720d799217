"""The same answers before and after a change to text/ (reading, cleaning, splitting), ordering
included, shown by running the old code and the new one on the same inputs.

Builds a store with the given code from inputs that pass through every part of text/: the first
600 conflict articles (bench/common.py conflict_records()) as a bulk file; the seeds and the test
fixtures (HTML, PDF, a scan, a truncated PDF); files holding several articles each under
headlines, datelines and bylines, some of them hard-wrapped at a narrow width with words
hyphenated at line ends; and the same articles in other encodings (cp1252, UTF-16 with and
without a byte order mark, UTF-8 with a byte order mark, UTF-8 with stray cp1252 bytes). Then it
records the output of every ingest, `actor`, `timeline` and `quote` for fixed subjects and
queries, `dates` on a few files, and `export`, as JSON, into one file.

    python bench/same_answers_text.py bench/out/same-now.json
    python bench/same_answers_text.py --tree bench/out/baseline-XXXX bench/out/same-then.json
    python bench/same_answers_text.py --compare bench/out/same-then.json bench/out/same-now.json
    python bench/same_answers_text.py --previous e8f2a32   # both builds and the comparison

--tree names the code that runs (this tree, or a checkout from bench/baseline.py); the inputs
are written once to bench/out/same_answers_inputs/ so that both builds read the same files at
the same paths.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, conflict_records  # noqa: E402

INPUTS = ROOT / "bench" / "out" / "same_answers_inputs"
ARTICLES = 600
ACTORS = ["SDF", "ISIS", "Assad", "Hezbollah", "Russia", "Turkey", "Free Syrian Army", "Kurds"]
TIMELINES = [
    "Raqqa",
    "Aleppo",
    "Mosul",
    "Tripoli",
    "Cairo",
    "Homs",
    "Benghazi",
    "Idlib",
    "Gaddafi",
    "ceasefire",
    "chemical attack",
]
QUOTES = [
    "chemical attack",
    "ceasefire",
    "barrel bombs",
    "humanitarian corridor",
    "peace talks Geneva",
    "siege of Aleppo",
    "air strikes killed civilians",
    "protesters Tahrir Square",
    "oil fields",
    "Raqqa",
    "Mosul offensive",
]
ENCODINGS = ("cp1252", "utf-16-le", "utf-16", "utf-8-sig")


def _dateline(published: str | None) -> str:
    months = "January February March April May June July August September October November"
    names = (months + " December").split()
    if not published or len(published) < 10:
        return ""
    year, month, day = published[:10].split("-")
    return f"{int(day)} {names[int(month) - 1]} {year}"


def _as_file_text(record: dict, wrap: bool) -> str:
    """An article as a person pastes it: headline, dateline, byline, then the body, perhaps
    hard-wrapped at a column's width with words hyphenated at line ends."""
    body = record["text"].strip()
    if wrap:
        body = "\n\n".join(
            textwrap.fill(p, width=58, break_long_words=True, break_on_hyphens=True)
            for p in body.split("\n")
            if p.strip()
        )
    header = [record.get("title") or "", _dateline(record.get("published")), "By Staff Writer"]
    return "\n\n".join(part for part in header if part) + "\n\n" + body


def write_inputs() -> None:
    """The input files, written once: both builds must read the same bytes at the same paths."""
    if (INPUTS / "done").exists():
        return
    shutil.rmtree(INPUTS, ignore_errors=True)
    INPUTS.mkdir(parents=True)
    records = conflict_records()
    with (INPUTS / "bulk.jsonl").open("w", encoding="utf-8") as handle:
        for record in records[:ARTICLES]:
            handle.write(json.dumps(record) + "\n")
    extra = [r for r in records[ARTICLES:] if r["text"].strip()][:60]
    for n in range(8):  # several articles per file, split by text/split.py
        group = extra[n * 5 : n * 5 + 5]
        separator = "\n\n\n\n" if n % 2 else "\n\n"
        text = separator.join(_as_file_text(r, wrap=n >= 4) for r in group)
        (INPUTS / f"collection-{n}.txt").write_text(text, encoding="utf-8")
    for n, encoding in enumerate(ENCODINGS):  # the decoding paths of text/read.py
        text = _as_file_text(extra[40 + n], wrap=False)
        data = text.encode(encoding, errors="replace")
        (INPUTS / f"encoded-{encoding}.txt").write_bytes(data)
    mixed = _as_file_text(extra[45], wrap=False) + "\n\nCaf\u00e9 \u201cal-Nusra\u201d."
    (INPUTS / "mixed.txt").write_bytes(mixed.encode("utf-8") + " caf\xe9 na\xefve".encode("cp1252"))
    (INPUTS / "done").write_text("")


def input_files() -> list[Path]:
    fixtures = ROOT / "tests" / "fixtures"
    return [
        *sorted((ROOT / "seeds").glob("*.txt")),
        *(fixtures / name for name in ("page.html", "nodate.html", "column.pdf", "scan.pdf")),
        fixtures / "truncated.pdf",
        *sorted(INPUTS.glob("collection-*.txt")),
        *sorted(INPUTS.glob("encoded-*.txt")),
        INPUTS / "mixed.txt",
    ]


def build(tree: Path, out: Path) -> None:
    write_inputs()
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "store.db")
        env = {**os.environ, "PYTHONPATH": str(tree), "SITREP_DEBUG": ""}

        def sitrep(*argv: str) -> object:
            done = subprocess.run(
                [sys.executable, "-m", "cli.main", "--db", db, *argv],
                cwd=tree,
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            try:
                stdout: object = json.loads(done.stdout) if done.stdout.strip() else None
            except ValueError:
                stdout = done.stdout
            # The bulk progress lines carry rates, which vary from run to run.
            stderr = [x for x in done.stderr.splitlines() if not x.startswith("ingesting:")]
            return {"status": done.returncode, "stdout": stdout, "stderr": stderr}

        answers: dict[str, object] = {}
        for path in input_files():
            answers[f"ingest {path.name}"] = sitrep("ingest", str(path), "--json")
        answers["ingest bulk"] = sitrep("ingest", "--jsonl", str(INPUTS / "bulk.jsonl"), "--json")
        for name in ACTORS:
            answers[f"actor {name}"] = sitrep("actor", name, "--json")
        for name in TIMELINES:
            answers[f"timeline {name}"] = sitrep("timeline", name, "--json")
        for words in QUOTES:
            answers[f"quote {words}"] = sitrep("quote", *words.split(), "--json")
        for path in input_files()[:5] + sorted(INPUTS.glob("collection-*.txt"))[:3]:
            answers[f"dates {path.name}"] = sitrep(
                "dates", str(path), "--published", "2017-08-07", "--json"
            )
        answers["export"] = sitrep("export", "--json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(answers, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {len(answers)} answers of {tree} to {out}")


def compare(then_path: Path, now_path: Path) -> int:
    then = json.loads(then_path.read_text(encoding="utf-8"))
    now = json.loads(now_path.read_text(encoding="utf-8"))
    differ = [k for k in sorted(set(then) | set(now)) if then.get(k) != now.get(k)]
    for key in differ:
        print(f"differs: {key}")
    failed = sum(1 for v in now.values() if v["status"] != 0)
    print(
        f"{len(now) - len(differ)} of {len(now)} answers identical "
        f"({failed} commands refused their input, the same way in both)"
        if not differ
        else f"{len(differ)} of {len(now)} answers differ"
    )
    return 1 if differ else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--tree", type=Path, default=ROOT)
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("THEN", "NOW"))
    parser.add_argument("--previous", metavar="REV", help="build with REV and this tree, compare")
    args = parser.parse_args()
    if args.compare:
        sys.exit(compare(*args.compare))
    if args.previous:
        from bench import baseline

        then, now = ROOT / "bench/out/same-then.json", ROOT / "bench/out/same-now.json"
        build(baseline.checkout(args.previous), then)
        build(ROOT, now)
        sys.exit(compare(then, now))
    if args.out is None:
        parser.error("name the output file, or give --compare or --previous")
    build(args.tree.resolve(), args.out)


if __name__ == "__main__":
    main()
