"""Benchmark the temporal tagger (text.dates) on the TempEval-3 TBAQ-cleaned training gold.

Reads ../shared/eval/tempeval3-tbaq/{TimeBank,AQUAINT}/*.tml relative to the repository root
(skips with a message when absent). For every document the creation time (the TIMEX3 with
functionInDocument="CREATION_TIME") is passed as `published`, the <TEXT> element is stripped of
its tags (entities decoded, gold offsets kept) and tagged. Scores are for TIMEX3 type="DATE":

- strict span P/R/F1: identical start and end;
- relaxed span P/R/F1: overlapping spans (each gold and each system span matched at most once);
- value accuracy: over relaxed-matched pairs, gold value == system value.

A system mention that overlaps a gold TIME, DURATION or SET expression (and no gold DATE) is
left out of precision: the task scores DATE expressions, and "Friday" inside the gold TIME
"Friday night" is not a false date. The "all TIMEX3" row scores spans against every gold type.

TimeBank is the development set, AQUAINT the held-out check. The tagger's speed is measured on
the TempEval texts and, when present, on the first articles of ../shared/eval/news-corpus.jsonl,
reported per 700-word article, and infer_publication_date is compared with the known dates
of news-corpus.jsonl articles. `--write` replaces this benchmark's block in docs/QUALITY.md
(between its HTML comment markers), keeping the rest of the file.
"""

from __future__ import annotations

import argparse
import datetime
import html
import json
import re
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from text.dates import infer_publication_date, tag_dates

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
TBAQ = EVAL / "tempeval3-tbaq"
NEWS = EVAL / "news-corpus.jsonl"
QUALITY = ROOT / "docs" / "QUALITY.md"
SECTION = "## Temporal tagger (TempEval-3)"

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True)
class Doc:
    name: str
    dct: str
    text: str
    gold: tuple[Timex, ...]


def parse_tml(path: Path) -> Doc:
    """The plain text of <TEXT> with its TIMEX3 spans as offsets into that text."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', raw)
    dct = dict(_ATTR.findall(dct_match.group(0)))["value"][:10] if dct_match else ""
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    pieces: list[str] = []
    length = 0
    gold: list[Timex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    cursor = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[cursor : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        cursor = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if tag.group(1):
            assert open_timex is not None
            begin, attrs = open_timex
            gold.append(Timex(begin, length, attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
        else:
            open_timex = (length, dict(_ATTR.findall(tag.group(3))))
    pieces.append(html.unescape(body[cursor:]))
    return Doc(path.name, dct, "".join(pieces), tuple(gold))


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed_gold: int = 0
    relaxed_system: int = 0
    value_pairs: int = 0
    value_right: int = 0
    ignored: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def score(
    doc: Doc, types: frozenset[str] = frozenset({"DATE"}), errors: list | None = None
) -> Counts:
    mentions = tag_dates(doc.text, doc.dct or None)
    gold = [g for g in doc.gold if g.type in types]
    others = [g for g in doc.gold if g.type not in types]
    counts = Counts(gold=len(gold))
    system = []
    for mention in mentions:
        hits_gold = any(_overlaps(mention.start, mention.end, g.start, g.end) for g in gold)
        if not hits_gold and any(
            _overlaps(mention.start, mention.end, g.start, g.end) for g in others
        ):
            counts.ignored += 1
            continue
        system.append(mention)
    counts.system = len(system)
    gold_spans = {(g.start, g.end) for g in gold}
    counts.strict = sum((m.start, m.end) in gold_spans for m in system)
    used: set[int] = set()
    for g in gold:
        match = next(
            (
                i
                for i, m in enumerate(system)
                if i not in used and _overlaps(m.start, m.end, g.start, g.end)
            ),
            None,
        )
        if match is None:
            if errors is not None:
                errors.append(("miss", doc.name, doc.text[g.start : g.end], g.value, None))
            continue
        used.add(match)
        counts.relaxed_gold += 1
        counts.value_pairs += 1
        m = system[match]
        if m.value == g.value:
            counts.value_right += 1
        elif errors is not None:
            errors.append(
                ("value", doc.name, doc.text[g.start : g.end], g.value, (m.text, m.value))
            )
        if errors is not None and (m.start, m.end) != (g.start, g.end):
            errors.append(("span", doc.name, doc.text[g.start : g.end], g.value, (m.text, m.value)))
    counts.relaxed_system = len(used)
    if errors is not None:
        for i, m in enumerate(system):
            if i not in used:
                context = doc.text[max(0, m.start - 40) : m.end + 40].replace("\n", " ")
                errors.append(("false", doc.name, m.text, m.value, context))
    return counts


def _prf(right_system: int, system: int, right_gold: int, gold: int) -> tuple[float, float, float]:
    precision = right_system / system if system else 0.0
    recall = right_gold / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def row(name: str, counts: Counts) -> str:
    sp, sr, sf = _prf(counts.strict, counts.system, counts.strict, counts.gold)
    rp, rr, rf = _prf(counts.relaxed_system, counts.system, counts.relaxed_gold, counts.gold)
    accuracy = counts.value_right / counts.value_pairs if counts.value_pairs else 0.0
    return (
        f"| {name} | {counts.gold} | {counts.system} | {sp:.3f} | {sr:.3f} | {sf:.3f} "
        f"| {rp:.3f} | {rr:.3f} | {rf:.3f} | {accuracy:.3f} |"
    )


HEADER = (
    "| corpus | gold | system | strict P | strict R | strict F1 "
    "| relaxed P | relaxed R | relaxed F1 | value acc. |\n"
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
)


def load(corpus: str) -> list[Doc]:
    return [parse_tml(path) for path in sorted((TBAQ / corpus).glob("*.tml"))]


def speed(texts: list[str], published: list[str | None], repeat: int = 3) -> float:
    """Tagger throughput in 700-word articles per second (best of `repeat` runs)."""
    words = sum(len(t.split()) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        for text, when in zip(texts, published, strict=True):
            tag_dates(text, when)
        best = min(best, time.perf_counter() - began)
    return (words / 700) / best


def news_sample(limit: int) -> tuple[list[str], list[str | None]]:
    if not NEWS.exists():
        return [], []
    texts: list[str] = []
    dates: list[str | None] = []
    with NEWS.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            texts.append(record.get("text") or "")
            dates.append((record.get("date") or "")[:10] or None)
            if len(texts) >= limit:
                break
    return texts, dates


def inference(texts: list[str], dates: list[str | None]) -> list[str]:
    """How infer_publication_date's answers compare with the known publication dates."""
    outcomes: dict[str, int] = {}
    known = 0
    for text, when in zip(texts, dates, strict=True):
        if not when or len(when) < 10:
            continue
        known += 1
        result = infer_publication_date(text)
        if result is None:
            key = "None (no dated day or month in the text)"
        elif len(result[0]) == 4:
            key = (
                "year, equal to the publication year"
                if result[0] == when[:4]
                else "year, before the publication year (a true lower bound)"
                if result[0] < when[:4]
                else "year, after the publication year (wrong)"
            )
        else:
            gap = (datetime.date.fromisoformat(when) - datetime.date.fromisoformat(result[0])).days
            key = (
                "day, 0-7 days before publication"
                if 0 <= gap <= 7
                else "day, more than 7 days before publication (a true lower bound)"
                if gap > 7
                else "day, after publication (wrong)"
            )
        outcomes[key] = outcomes.get(key, 0) + 1
    lines = [
        f"| answer ({known} articles with a known date) | articles | share |",
        "|---|---:|---:|",
    ]
    for key, count in sorted(outcomes.items()):
        lines.append(f"| {key} | {count} | {count / known:.1%} |")
    return lines


def previous_run(rev: str) -> dict[str, list[str]]:
    """This benchmark's printed tables and speeds from the code at `rev` (bench/baseline.py),
    run now, so the previous method is measured beside this one under the same load."""
    if str(ROOT) not in sys.path:  # run as a script, bench/ is not yet importable
        sys.path.insert(0, str(ROOT))
    from bench import baseline

    tree = baseline.checkout(rev)
    # That code finds the evaluation data beside its own root, as this code does.
    shared = tree.parent / "shared"
    if not shared.exists():
        shared.symlink_to(EVAL.parent, target_is_directory=True)
    out = baseline.run(tree, "bench/tempeval.py")
    parts: dict[str, list[str]] = {"table": [], "inferred": [], "speeds": []}
    for line in out.splitlines():
        if line.startswith("| answer"):
            parts["current"] = []
        if line.startswith("|") and not line.startswith(("| corpus", "|---", "| answer")):
            parts["inferred" if "current" in parts else "table"].append(line)
        elif line.startswith(("TempEval-3 (", "news-corpus.jsonl (")):
            parts["speeds"].append(line)
    return parts


def beside_previous(rows: list[str], previous: list[str], rev: str) -> list[str]:
    """Each row followed by the previous method's row of the same name."""
    by_name = {row.split(" | ")[0]: row for row in previous}
    out = []
    for line in rows:
        out.append(line)
        old = by_name.get(line.split(" | ")[0])
        if old is not None:
            out.append(old.replace(" | ", f" — previous ({rev}) | ", 1))
    return out


def section(table: str, speeds: list[str], inferred: list[str], rev: str | None = None) -> str:
    compared = (
        f"Each row is followed by the same row for the previous code ({rev}, checked"
        " out by `bench/baseline.py`), measured in the same run; speeds are of one run"
        " on a shared, loaded host, so read their ratio, not their size.\n\n"
        if rev
        else ""
    )
    return f"""{SECTION}

Produced by `.venv/bin/python bench/tempeval.py --write --previous {rev or "38a60cf"}`, which
tags the TempEval-3 TBAQ-cleaned training gold (`../shared/eval/tempeval3-tbaq/`) with
`text.dates.tag_dates`, passing each document's creation time as the publication date, and
scores TIMEX3
`type="DATE"` expressions: strict span (identical offsets), relaxed span (overlapping) and
value accuracy over relaxed-matched spans (gold value == tagger value, so a right date at
another precision counts as wrong). A tagger mention that overlaps only a gold TIME,
DURATION or SET expression is left out of precision ("Friday" inside the TIME "Friday
night"); the "all types" rows instead score spans against every gold TIMEX3, where
durations and sets, which the tagger does not emit, count as misses.

**Development and held-out.** Rules were written looking at TimeBank errors only. AQUAINT
was kept as a held-out check: its documents were not read while writing rules, and only
its totals were looked at. The gap between the two rows is the honest estimate of how much
the rules fit TimeBank (mostly its financial news: quarters, "a year earlier"). AQUAINT's
strict score is lower while its relaxed score is not, so most of that gap is where spans
begin and end rather than dates missed. Published
anchor, HeidelTime on the TempEval-3 *test* set (a different split, all TIMEX3 types):
relaxed span F1 0.907, strict 0.818; the numbers below are not on that test set.

{compared}{table}

Speed (`tag_dates` alone, one core, best of 3 runs, normalised to 700-word articles):

{chr(10).join("- " + s for s in speeds)}

Publication-date inference (`infer_publication_date` on the first 5,000 articles of
`news-corpus.jsonl`, compared with their known dates). It is meant as a lower bound: an
answer after the real date means the text holds a later date than its publication (web-page
leftovers, comment timestamps, schedules), which cleaning should remove.

{chr(10).join(inferred)}

Conventions worth knowing when reading the numbers:

- TimeML reference values are emitted: `PRESENT_REF` ("now", "currently", "current",
  "at present"), `PAST_REF` ("recently", "in recent weeks", "the past", "a few years ago"),
  `FUTURE_REF` ("soon", "the future", "in the coming months"), with precision "day" and how
  "relative"; without a publication date they stay unresolved like every other relative
  expression. Consumers that need a calendar date keep values that start with a digit.
- Half years are "2016-H1" with precision "year"; centuries ("the 1800s", "12th century")
  are not emitted; spans exclude prepositions ("in 2014" gives "2014") and include
  determiners and modifiers ("the late 1970s", "nearly two years ago").
- "a year ago"/"a year earlier" resolve to a year ("1988"), except right after a quarter,
  where they are that quarter a year back ("1988-Q3"), as TimeML annotates comparisons.
- A bare weekday is the publication day itself, or the day after it (a story's local day
  runs ahead of a publication date kept in another time zone: "said early Saturday" in a
  Friday article) unless a past verb dates it and nothing in the text shows its day runs
  ahead of the page's (its lead, a telling verb, a clock stamp, the hours across midnight on
  that weekday: `text/dates/day_after.py`), or else the nearest such day before it; after it
  when its clause is future: the nearest tense marker ("will", "is scheduled to", "could",
  "as early as"...), or a call or request with an infinitive before it ("called for its
  followers to demonstrate on Friday"). A possessive names a past event ("Tuesday's protests", even
  after "would") unless a plan word follows ("Friday's planned protests": the nearer day)
  or a strong future cue governs its clause. The cues are data (`text/dates/context.json`).
  A yearless day+month or bare month takes the nearest year, counting days after
  publication double, six times in a past-tense clause, and days before four times in a
  future clause; after "since" it lies on or before the publication month ("his first since
  February", even after "will"), after a scheduled event told in the present from that
  month on ("before his term ends in September", "is expected in March"), and after "by",
  "until" or "before" with no tense marker in its sentence ahead (`bench/month_direction.py`).
- Anaphors ("that year", "the following year", "a year later", "the year-ago quarter")
  resolve from the previous date in the text, with how "inferred".
"""


BEGIN, END = "<!-- bench:tempeval -->", "<!-- /bench:tempeval -->"


def write_quality(text: str) -> None:
    """Replace this benchmark's block in docs/QUALITY.md (between its markers), keeping the
    rest of the file, which other benchmarks and people write."""
    QUALITY.parent.mkdir(parents=True, exist_ok=True)
    existing = QUALITY.read_text(encoding="utf-8") if QUALITY.exists() else "# Quality\n"
    block = f"{BEGIN}\n{text.rstrip()}\n{END}"
    start, end = existing.find(BEGIN), existing.find(END)
    if start >= 0 and end > start:
        updated = existing[:start] + block + existing[end + len(END) :]
    else:
        updated = existing.rstrip("\n") + "\n\n" + block + "\n"
    QUALITY.write_text(updated.rstrip("\n") + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update docs/QUALITY.md")
    parser.add_argument(
        "--errors", choices=["TimeBank", "AQUAINT"], help="print the errors on one corpus"
    )
    parser.add_argument(
        "--previous",
        metavar="REV",
        help="also run the code at REV (a git "
        "revision, e.g. 38a60cf) and show its figures beside these",
    )
    args = parser.parse_args(argv)
    if not TBAQ.exists():
        print(f"skipped: {TBAQ} not found", file=sys.stderr)
        return 0
    corpora = {name: load(name) for name in ("TimeBank", "AQUAINT")}
    lines = [HEADER]
    total = Counts()
    all_types = frozenset({"DATE", "TIME", "DURATION", "SET"})
    for name, docs in corpora.items():
        counts = Counts()
        for doc in docs:
            errors: list | None = [] if args.errors == name else None
            counts.add(score(doc, errors=errors))
            for error in errors or []:
                print(*error, sep=" | ")
        total.add(counts)
        role = "dev" if name == "TimeBank" else "held-out"
        lines.append(row(f"{name} ({role}, {len(docs)} docs) DATE", counts))
    lines.append(row("both DATE", total))
    for name, docs in corpora.items():
        counts = Counts()
        for doc in docs:
            counts.add(score(doc, all_types))
        lines.append(row(f"{name} all types", counts))
    table = "\n".join(lines)
    print(table)

    docs = [doc for docs in corpora.values() for doc in docs]
    speeds = [
        f"TempEval-3 ({len(docs)} documents): "
        f"{speed([d.text for d in docs], [d.dct for d in docs]):,.0f} articles/s"
    ]
    texts, dates = news_sample(5000)
    inferred = inference(texts, dates) if texts else ["(news-corpus.jsonl not found)"]
    print("\n".join(inferred))
    texts, dates = texts[:2000], dates[:2000]
    if texts:
        per_second = speed(texts, dates)
        per_article = statistics.mean(len(t.split()) for t in texts)
        speeds.append(
            f"news-corpus.jsonl (first {len(texts)} articles, mean {per_article:.0f} words): "
            f"{per_second:,.0f} articles/s, i.e. {1000 / per_second:.2f} ms per 700-word article"
        )
    for line in speeds:
        print(line)
    if args.previous:
        old = previous_run(args.previous)
        rows = table.splitlines()
        table = "\n".join(rows[:2] + beside_previous(rows[2:], old["table"], args.previous))
        inferred = inferred[:2] + beside_previous(inferred[2:], old["inferred"], args.previous)
        speeds = [
            f"{new}; previous ({args.previous}), same run: {old_line.split(': ', 1)[1]}"
            for new, old_line in zip(speeds, old["speeds"], strict=False)
        ]
        same = [r.split(" | ", 1)[1] for r in rows[2:]] == [
            r.split(" | ", 1)[1] for r in old["table"]
        ]
        print(table, *speeds, sep="\n")
        print("figures identical to the previous code's" if same else "figures differ")
    if args.write:
        write_quality(section(table, speeds, inferred, args.previous))
        print(f"wrote {QUALITY.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
