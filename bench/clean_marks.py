"""Check the hand-marked clutter sample (bench/clean_marks.jsonl) against the corpus, and
print its totals per label and per source.

    python bench/clean_marks.py                 # validate and print totals
    python bench/clean_marks.py add INDEX SPEC [SPEC ...] [--note TEXT]

Validation: every sampled article has exactly one line, with the split the sample gives it; its
length and sha1 match the corpus text; spans lie within the text, in order, without overlap,
with a label of the vocabulary; the stored substring equals the first 40 characters of the span.

`add` records the marks of one article after reading it (replacing any earlier marks of it).
A SPEC is LABEL=START-END (END may be `eol`, the end of START's line, or `eot`, the end of the
text), or LABEL@TEXT (the first occurrence of TEXT), or LABEL~FROM@TEXT (the first at or
after offset FROM). `none` records an article without clutter.
Spans are trimmed of surrounding white space, so a marked line never takes its newline along.
Skips cleanly when the corpus is absent.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.clean_sample import PER_SOURCE, SPLITS, corpus, drawn_all, sha1_12  # noqa: E402

MARKS = Path(__file__).resolve().parent / "clean_marks.jsonl"
LABELS = [
    "dateline",
    "timestamp",
    "byline",
    "caption",
    "highlights",
    "related",
    "tags",
    "share",
    "footer",
    "nav",
    "newsletter",
    "comment",
    "other",
]
PREFIX = 40


def read_marks() -> list[dict]:
    if not MARKS.exists():
        return []
    return [json.loads(line) for line in MARKS.read_text(encoding="utf-8").splitlines() if line]


def problems(entry: dict, record: dict | None) -> list[str]:
    if record is None:
        return ["not an article of the sample"]
    text = record["text"]
    found = []
    if entry.get("source") != record["source"]:
        found.append(f"source {entry.get('source')!r} != {record['source']!r}")
    if entry.get("split") != record["split"]:
        found.append(f"split {entry.get('split')!r} != {record['split']!r}")
    if entry.get("chars") != len(text):
        found.append(f"chars {entry.get('chars')} != {len(text)}")
    if entry.get("sha1") != sha1_12(text):
        found.append(f"sha1 {entry.get('sha1')} != {sha1_12(text)}")
    previous_end = 0
    for span in entry.get("spans", []):
        if len(span) != 4:
            found.append(f"span {span!r} is not [start, end, label, substring]")
            continue
        start, end, label, head = span
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            found.append(f"span {start}-{end} is outside the text (0-{len(text)})")
            continue
        if start < previous_end:
            found.append(f"span {start}-{end} overlaps or precedes the span before it")
        previous_end = end
        if label not in LABELS:
            found.append(f"span {start}-{end}: label {label!r} is not in the vocabulary")
        if head != text[start:end][:PREFIX]:
            found.append(f"span {start}-{end}: substring {head!r} != {text[start:end][:PREFIX]!r}")
    return found


def validate(entries: list[dict], drawn: list[dict]) -> int:
    by_id = {r["id"]: r for r in drawn}
    bad = 0
    seen: set[str] = set()
    for n, entry in enumerate(entries, 1):
        if entry.get("id") in seen:
            print(f"line {n}: {entry.get('id')}: marked twice")
            bad += 1
        seen.add(entry.get("id"))
        for problem in problems(entry, by_id.get(entry.get("id"))):
            print(f"line {n}: {entry.get('id')}: {problem}")
            bad += 1
    return bad


def totals(entries: list[dict], drawn: list[dict]) -> str:
    """Markdown tables: spans per label (by split and by source) and clutter per source."""
    sources = [s for s in PER_SOURCE if any(e["source"] == s for e in entries)]
    spans: Counter[tuple[str, str]] = Counter()  # (label, split or source) -> spans
    chars: Counter[str] = Counter()
    per_source: dict[str, Counter[str]] = defaultdict(Counter)
    for entry in entries:
        counts = per_source[entry["source"]]
        counts["articles"] += 1
        counts["with clutter"] += bool(entry["spans"])
        counts[entry["split"]] += 1
        counts["chars"] += entry["chars"]
        for start, end, label, _ in entry["spans"]:
            for key in (label, "all"):
                spans[key, entry["split"]] += 1
                spans[key, entry["source"]] += 1
                chars[key] += end - start
            counts["spans"] += 1
            counts["clutter chars"] += end - start
    lines = [f"{len(entries)} of {len(drawn)} sampled articles marked", ""]
    lines.append(
        "| label | spans | " + " | ".join(SPLITS) + " | chars | " + " | ".join(sources) + " |"
    )
    lines.append("|---|" + "---:|" * (len(SPLITS) + 2 + len(sources)))
    for label in [*LABELS, "all"]:
        total = sum(spans[label, split] for split in SPLITS)
        if total:
            by_source = " | ".join(str(spans[label, s]) for s in sources)
            by_split = " | ".join(str(spans[label, split]) for split in SPLITS)
            lines.append(f"| {label} | {total} | {by_split} | {chars[label]:,} | {by_source} |")
    lines += [
        "",
        "| source | articles | " + " | ".join(SPLITS) + " | with clutter | spans | clutter chars |",
    ]
    lines.append("|---|" + "---:|" * (len(SPLITS) + 4))
    for source in sources:
        c = per_source[source]
        by_split = " | ".join(str(c[split]) for split in SPLITS)
        lines.append(
            f"| {source} | {c['articles']} | {by_split} | {c['with clutter']} "
            f"| {c['spans']} | {c['clutter chars']:,} of {c['chars']:,} |"
        )
    marked = {e["id"] for e in entries}
    missing = [r["index"] for r in drawn if r["id"] not in marked]
    if missing:
        lines += ["", f"not yet marked: {len(missing)} (first: {missing[:10]})"]
    return "\n".join(lines)


def _span(text: str, spec: str) -> list:
    if "=" in spec and ("@" not in spec or spec.index("=") < spec.index("@")):
        label, where = spec.split("=", 1)
        first, last = where.split("-", 1)
        start = int(first)
        if last == "eol":
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
        elif last == "eot":
            end = len(text)
        else:
            end = int(last)
    else:
        label, needle = spec.split("@", 1)
        after = 0
        if "~" in label:  # LABEL~FROM@TEXT: the first occurrence at or after FROM
            label, first = label.split("~", 1)
            after = int(first)
        start = text.find(needle, after)
        if start < 0:
            raise ValueError(f"{needle!r} is not in the text")
        end = start + len(needle)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if label not in LABELS or start >= end:
        raise ValueError(f"bad span {spec!r}")
    return [start, end, label, text[start:end][:PREFIX]]


def add(argv: list[str], drawn: list[dict]) -> int:
    note = None
    if "--note" in argv:
        at = argv.index("--note")
        note = argv[at + 1]
        argv = argv[:at] + argv[at + 2 :]
    record = drawn[int(argv[0])]
    text = record["text"]
    try:
        spans = sorted(_span(text, spec) for spec in argv[1:] if spec != "none")
    except ValueError as error:
        print(f"error: #{record['index']}: {error}", file=sys.stderr)
        return 2
    entry = {
        "id": record["id"],
        "source": record["source"],
        "split": record["split"],
        "chars": len(text),
        "sha1": sha1_12(text),
        "spans": spans,
    }
    if note:
        entry["note"] = note
    bad = problems(entry, record)
    if bad:
        print(f"error: #{record['index']}: {bad[0]}", file=sys.stderr)
        return 2
    entries = [e for e in read_marks() if e["id"] != record["id"]] + [entry]
    order = {r["id"]: r["index"] for r in drawn}
    entries.sort(key=lambda e: order[e["id"]])
    lines = (json.dumps(e, ensure_ascii=False) + "\n" for e in entries)
    MARKS.write_text("".join(lines), encoding="utf-8")
    for start, end, label, _ in spans:
        print(f"#{record['index']} {start}-{end} {label}: {text[start:end][:70]!r}")
    return 0


def main(argv: list[str]) -> int:
    drawn = drawn_all(corpus())
    if argv and argv[0] == "add":
        return add(argv[1:], drawn)
    entries = read_marks()
    bad = validate(entries, drawn)
    marked = {e.get("id") for e in entries}
    unmarked = [r["index"] for r in drawn if r["id"] not in marked]
    if unmarked:  # every sampled article is read and recorded, even one without clutter
        print(f"{len(unmarked)} sampled article(s) have no line: {unmarked[:10]}")
        bad += len(unmarked)
    print(totals(entries, drawn))
    if bad:
        print(f"{bad} problem(s) in {MARKS.name}")
        return 1
    print(f"{MARKS.name}: valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
