"""Shared benchmark helpers: the evaluation corpus, timing, percentiles, and writing tables
into a marked section of a document under docs/."""

from __future__ import annotations

import json
import random
import re
import resource
import sqlite3
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
NEWS = EVAL / "news-corpus.jsonl"
# Every bench script keeps its stores and listings here (gitignored). A fresh clone has no such
# folder, and a script that writes a listing before it builds a store would fail without it.
(ROOT / "bench" / "out").mkdir(exist_ok=True)


def require(path: Path) -> None:
    if not path.exists():
        print(f"skipped: {path} is absent (evaluation data lives in ../shared/eval)")
        sys.exit(0)


def news_records(limit: int | None = None) -> Iterator[dict]:
    """Articles of the news corpus as ingest records, in file order."""
    with NEWS.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if limit is not None and n >= limit:
                return
            r = json.loads(line)
            yield {
                "title": r.get("title"),
                "text": r["text"],
                "published": r.get("date"),
                "source": r.get("source"),
                "url": r["id"],
            }


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.2f}" if seconds < 0.1 else f"{seconds * 1000:,.0f}"


def peak_rss_mb() -> float:
    """Peak resident memory of this process. VmHWM, not getrusage: Linux carries ru_maxrss
    over an exec, so a child started by a big parent would report the parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def write_section(doc: Path, name: str, body: str) -> None:
    """Replace <!-- bench:NAME --> ... <!-- /bench:NAME --> in doc (appended if absent)."""
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    text = doc.read_text(encoding="utf-8") if doc.exists() else ""
    block = f"{start}\n{body.rstrip()}\n{end}"
    if start in text and end in text:
        text = re.sub(re.escape(start) + r".*?" + re.escape(end), lambda _: block, text, flags=re.S)
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    doc.write_text(text, encoding="utf-8")
    print(f"wrote the {name} table into {doc.relative_to(ROOT)}")


def publish(body: str, section: str, write: bool = True, doc: str = "PERFORMANCE.md") -> None:
    """Print a benchmark's table and, unless told not to, put it into its section of docs/."""
    print(body)
    if write:
        write_section(ROOT / "docs" / doc, section, body)


HELD_OUT = 2000  # the last articles of the corpus: never ingested, a source of realistic queries


SHUFFLE_SEED = 2017


def shuffled_records() -> list[dict]:
    """The corpus in a fixed random order: its file is grouped by source (long Timeline17
    articles first), and a benchmark corpus should mix sources as a news feed does."""
    import random

    records = list(news_records())
    random.Random(SHUFFLE_SEED).shuffle(records)
    return records


def held_out_records() -> list[dict]:
    return shuffled_records()[-HELD_OUT:]


def _halves(text: str) -> tuple[str, str]:
    """The text cut at the sentence boundary nearest its middle."""
    from text.sentences import split_sentences

    spans = split_sentences(text)
    if len(spans) < 2:
        return text, ""
    middle = len(text) // 2
    cut = min((s for s, _ in spans[1:]), key=lambda s: abs(s - middle))
    return text[:cut], text[cut:]


def corpus_records(n_articles: int, first: int = 0) -> Iterator[dict]:
    """n_articles ingest records: the shuffled corpus (held-out articles excluded), then,
    past its size, replicas with light perturbation.

    A replica of article i in round r keeps i's title, source and date, and joins the first half
    of i's text to the second half of another article of the pool (cut at sentence boundaries),
    so it reads like news, has realistic length, and is neither an exact nor a near duplicate
    (which would be stored but not indexed). first: the position in that sequence to start at.
    """
    pool = shuffled_records()[:-HELD_OUT]
    for n in range(first, first + n_articles):
        round_, i = divmod(n, len(pool))
        record = pool[i]
        if round_ == 0:
            yield record
            continue
        other = pool[(i + 7919 * round_) % len(pool)]
        if other is record:
            other = pool[(i + 1) % len(pool)]
        head, _ = _halves(record["text"])
        _, tail = _halves(other["text"])
        yield {
            **record,
            "text": head.rstrip() + "\n\n" + tail.lstrip(),
            "url": f"{record['url']}#replica{round_}",
        }


def replicated_after(n_articles: int) -> str:
    """A note for tables: how much of a corpus of n_articles is replicated."""
    pool = sum(1 for _ in NEWS.open(encoding="utf-8")) - HELD_OUT
    if n_articles <= pool:
        return f"the first {n_articles:,} articles of the corpus"
    return (
        f"the {pool:,} corpus articles, then {n_articles - pool:,} replicas (first half of one "
        f"article + second half of another, see bench/common.py)"
    )


CONFLICT_TOPICS = ("SyrianCrisis_", "IraqWar_", "LibyaWar_", "EgyptianProtest_")


def conflict_records() -> list[dict]:
    """The conflict articles of the corpus, as ingest records, in file order: FA-KES Syrian war
    news and the Timeline17 Syria, Iraq, Libya and Egypt topics. The quality benchmarks build
    their stores from these."""
    records = []
    with NEWS.open(encoding="utf-8") as handle:
        for line in handle:
            r = json.loads(line)
            topic = r.get("topic") or ""
            if r["source"] == "fa-kes" or (
                r["source"] == "t17" and topic.startswith(CONFLICT_TOPICS)
            ):
                records.append(
                    {
                        "title": r.get("title"),
                        "text": r["text"],
                        "published": r.get("date"),
                        "source": r.get("source"),
                        "url": r["id"],
                    }
                )
    return records


def reads_by_offset(path: Path) -> dict[tuple[str, int], dict]:
    """A census's reads (JSON lines naming an article and an offset into its text), by (article,
    offset); none when the file is not there yet."""
    if not path.exists():
        return {}
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    return {(r["article"], r["offset"]): r for r in rows}


def report_sample(
    hits: list[tuple[str, int, str, str]],
    reads_path: Path,
    seed: int,
    size: int,
    *,
    shown: str,
    unread: bool,
) -> None:
    """A census's random sample of hits (article, offset, sentence, what it is shown with), its
    reads' verdicts tallied; with unread, each hit of the sample not read yet as a JSON line, the
    fourth item under the key shown, for a reader to judge."""
    reads = reads_by_offset(reads_path)
    sample = random.Random(seed).sample(hits, min(size, len(hits)))
    verdicts = Counter(
        reads[(a, s)]["verdict"] if (a, s) in reads else "unread" for a, s, *_ in sample
    )
    print(f"sample of {len(sample)} (random.Random({seed})): " + ", ".join(
        f"{k} {n}" for k, n in sorted(verdicts.items())
    ))  # fmt: skip
    if unread:
        for article, start, sentence, with_it in sample:
            if (article, start) not in reads:
                print(json.dumps({"article": article, "offset": start, "sentence": sentence,
                                  shown: with_it}, ensure_ascii=False))  # fmt: skip


def shape_hits(
    texts: dict[str, str], shapes: dict[str, re.Pattern[str]]
) -> list[tuple[str, str, str, str]]:
    """A census's loose shapes over cleaned texts (id -> text): (shape, id, the 50 characters
    before, the hit) of every hit."""
    found = []
    for article_id, out in texts.items():
        for shape, pattern in shapes.items():
            for match in pattern.finditer(out):
                found.append((shape, article_id, out[: match.start()][-50:], match.group()))
    return found


def print_shape_counts(
    found: list[tuple[str, str, str, str]],
    shapes: dict[str, re.Pattern[str]],
    texts: dict[str, str],
    taken: Callable[[str, str], bool],
) -> None:
    """Per shape of a census (shape_hits): its hits, the texts and the sites they stand in, and
    how many of them this tree's cleaner sets apart (taken(cleaned text, hit))."""
    from bench.clean_sample import site

    for shape in shapes:
        mine = [(i, b, h) for s, i, b, h in found if s == shape]
        counts = Counter(site(article_id) for article_id, _, _ in mine)
        now = sum(taken(texts[i], h) for i, _, h in mine)
        print(
            f"{shape}: {len(mine)} hits in {len({i for i, _, _ in mine})} texts "
            f"({', '.join(f'{n} {c}' for c, n in counts.most_common())}), {now} set apart"
        )


def print_shape_hits(
    found: list[tuple[str, str, str, str]],
    texts: dict[str, str],
    taken: Callable[[str, str], bool],
) -> None:
    """Every hit of a census (shape_hits), one a line: shape, id, whether this tree's cleaner
    takes it (taken(cleaned text, hit)), the words before it and the hit's first 120
    characters."""
    for shape, article_id, before, hit in sorted(found):
        flat = " ".join(before.split())
        state = "taken" if taken(texts[article_id], hit) else "kept"
        print(f"{shape}\t{article_id}\t{state}\t...{flat} | {' '.join(hit.split())[:120]}")


_DATED = """
SELECT DISTINCT e.article_id, e.start, e.end, a.origin
FROM events e JOIN articles a ON a.id = e.article_id
WHERE e.date IS NOT NULL ORDER BY e.article_id, e.start
"""


def dated_sentences(store: Path) -> list[tuple[str, int, str, str]]:
    """Every sentence a dated event of the store (opened read-only) stands in, once, in article
    and offset order, for a census of timeline entries: (its article's origin, the last two
    parts of the path; its offset; the sentence, white space folded; its article's text)."""
    db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    texts: dict[int, str] = {}
    seen: set[tuple[int, int]] = set()
    out = []
    for aid, start, end, origin in db.execute(_DATED):
        if (aid, start) in seen:
            continue
        seen.add((aid, start))
        if aid not in texts:
            texts[aid] = db.execute("SELECT text FROM articles WHERE id = ?", (aid,)).fetchone()[0]
        text = texts[aid]
        sentence = " ".join(text[start:end].split())
        out.append(("/".join(origin.split("/")[-2:]), start, sentence, text))
    return out
