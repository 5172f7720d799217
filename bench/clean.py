"""Page clutter out, article text kept: the cleaner measured on the hand-marked sample.

Usage: .venv/bin/python bench/clean.py [--no-write] [--extractors] [--quick] [--misses]
       [--heldout-labels]

bench/clean_marks.jsonl (or, before it reaches this branch, the `marks` branch's copy) marks by
hand the clutter spans of 1152 corpus articles (bench/CLEAN_MARKS.md): 150 dev, 50 held out, 80
of a second dev sample (dev2) drawn after the rules were written, 40 of a third (dev3) drawn
after rules had been read from dev2, 40 of a fourth (dev4) drawn after rules had been read from
dev3, 40 of a fifth (dev5) drawn after rules had been read from dev4, 40 of a sixth (dev6) drawn
after rules had been read from dev5, 40 of a seventh (dev7) drawn after rules had been read from
dev6, 24 of an eighth (dev8) drawn after rules had been read from dev7, 40 of a ninth (dev9)
drawn after rules had been read from dev8, 40 of a tenth (dev10) drawn after rules had been
read from dev9, 40 of an eleventh (dev11) drawn after rules had been read from dev10, 40 of
a twelfth (dev12) drawn after rules had been read from dev11, 40 of a thirteenth (dev13)
drawn after rules had been read from dev12, 40 of a fourteenth (dev14) drawn after rules had
been read from dev13, 24 of a fifteenth (dev15) drawn after rules had been read from dev14,
24 of a sixteenth (dev16) drawn after dev15 was marked and measured, 24 of a seventeenth
(dev17) drawn after rules had been read from dev15 and dev16, 24 of an eighteenth (dev18)
drawn after the rules of 398ea79, 24 of a nineteenth (dev19) drawn after the rules of a53a550,
24 of a twentieth (dev20) drawn after the rules of 8985211, 24 of a twenty-first (dev21)
drawn after the rules of 5640431, 24 of a twenty-second (dev22) drawn after the rules of
36fca28, 24 of a twenty-third (dev23) drawn after the rules of 334e284, 24 of a twenty-fourth
(dev24) drawn after the rules of e180643, 24 of a twenty-fifth (dev25) drawn after the rules
of 9efeab4, 24 of a twenty-sixth (dev26) drawn after the rules of 673d55c, 24 of a
twenty-seventh (dev27) drawn after the rules of 94d4af4, 24 of a twenty-eighth (dev28) drawn
after the rules of 03c47f1, 24 of a twenty-ninth (dev29) drawn after the rules of 238d46a,
24 of a thirtieth (dev30) drawn after the rules of 5df30c5 and 24 of a thirty-first (dev31)
drawn after the rules of 5a7551e; every character outside a span is article text.
Each article goes through the previous code (bench/baseline.py, commit 38a60cf), the code of
1093753, the code before dev3 was drawn (a7b99c8), the code before dev4 was drawn (3c29e82), the
code before dev5 was drawn (0406b2c), the code before dev6 was drawn (99c2d83), the code before
dev7 was drawn (8f1edd1), main when dev8 was drawn, before shapes were read from it (e50ea92),
main when dev9 was drawn, before shapes were read from it (5bf399b), main when dev10 was drawn,
before shapes were read from it (c0afa58), main before the runs of linked titles were set apart
(611af95), main with them set apart (5692b31), main with the head captions of pipeline version
50, when dev11 was drawn, before shapes were read from it (e42c24a), main when dev12 was drawn,
before shapes were read from it (1107fef), main when dev13 was drawn, before shapes were read
from it (a3000d9), main when dev14 was drawn, before shapes were read from it (da4f03c), main
when dev15 was drawn (912229a), main when dev16 was drawn (d3e4dc4), main when dev17 was drawn
(0037f50), main when dev18 was drawn (398ea79), main when dev19 was drawn (a53a550), main when
dev20 was drawn (8985211), main when dev21 was drawn (5640431), main when dev22 was drawn
(36fca28), main when dev23 was drawn (334e284), main when dev24 was drawn (e180643), main when
dev25 was drawn (9efeab4), main when dev26 was drawn (673d55c), main when dev27 was drawn
(94d4af4), main when dev28 was drawn (03c47f1), main when dev29 was drawn (238d46a), main when
dev30 was drawn (5df30c5), main when dev31 was drawn (5a7551e), and this one, the way a pasted
text goes: clean, split into articles, set the clutter apart. Then, on the text that would be
stored (titles and bodies):

- clutter recall: a marked span counts as removed (or set apart) when none of its lines is left
  in the output, compared by their letters and digits, so that tokenization and spacing repairs
  do not count as survival; a line found more than once in the input is looked for with ten
  letters and digits of the text before or after it;
- article sentences lost: the sentences of the unmarked text (split as the pipeline splits) whose
  letters and digits are not found in the output; each loss of the new method is listed;
- speed: the cleaning time per article in CPU seconds of the process (time.process_time: on a
  shared host, wall time measures the neighbours), the faster of two alternating runs.

Held-out articles (every 4th of the first sample) are reported as totals only; --misses lists
the spans of dev to dev31 the new method leaves in, never held-out ones; --heldout-labels gives
the held-out recall per label, still totals only (which kind of clutter generalises worst).
--quick runs main (ROUND_REV, or the commit --base names) and this tree once each and prints the
tables without writing them (with --heldout-labels, the held-out table too). --extractors adds
trafilatura's and jusText's boilerplate removal run on the cleaned text turned into HTML
paragraphs, in place of the clutter rules, to compare a general extractor with the rules.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

METHODS = ("rules", "trafilatura", "justext")


# ----------------------------------------------------------------------------- probe
# Runs in a child process whose PYTHONPATH puts one code tree first: it imports only `text`.


def probe(method: str) -> None:
    """Read {"id", "text"} lines on stdin; write {"id", "out", "seconds"} lines on stdout."""
    from text.read import Document
    from text.split import split_articles

    clean_for_html = _extractor(method) if method != "rules" else None
    for line in sys.stdin:
        record = json.loads(line)
        start = time.process_time()  # this process's CPU: the host's other load does not count
        if clean_for_html is None:
            drafts = split_articles(Document(text=record["text"], origin="bench", kind="text"))
            out = "\n\n".join(f"{d.title or ''}\n\n{d.text}" for d in drafts)
        else:
            out = clean_for_html(record["text"])
        seconds = time.process_time() - start
        print(json.dumps({"id": record["id"], "out": out, "seconds": seconds}), flush=True)


def _extractor(method: str):
    import html

    from text.clean import clean

    def as_html(text: str) -> str:
        paragraphs = [p for p in clean(text).split("\n\n") if p.strip()]
        body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        return f"<html><body><article>{body}</article></body></html>"

    if method == "trafilatura":
        import trafilatura

        def run(text: str) -> str:
            return (
                trafilatura.extract(as_html(text), include_comments=False, include_tables=False)
                or ""
            )

        return run
    import justext

    stoplist = justext.get_stoplist("English")

    def run_justext(text: str) -> str:
        kept = justext.justext(as_html(text).encode("utf-8"), stoplist)
        return "\n\n".join(p.text for p in kept if not p.is_boilerplate)

    return run_justext


if __name__ == "__main__" and "--probe" in sys.argv:
    probe(sys.argv[sys.argv.index("--probe") + 1])
    sys.exit(0)

# ----------------------------------------------------------------------------- the measure

import argparse  # noqa: E402
import hashlib  # noqa: E402
import re  # noqa: E402
from collections import Counter, defaultdict  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline  # noqa: E402
from bench.clean_sample import HELD_OUT, SPLITS, corpus, held_out_ids  # noqa: E402
from bench.common import NEWS, ROOT, publish, require  # noqa: E402
from text.mojibake import (  # noqa: E402
    MARK_LEAD,
    after_a_lead,
    garbled_marks,
    garbled_pairs,
    repair_mojibake,
)
from text.sentences import split_sentences  # noqa: E402

MARKS = ROOT / "bench" / "clean_marks.jsonl"
BEFORE_REV = "1093753"  # the cleaner before dev2 was drawn (clutter on unseen articles)
BEFORE = f"before ({BEFORE_REV})"
START_REV = "a7b99c8"  # the cleaner before dev3 was drawn
START = f"start ({START_REV})"
DEV4_REV = "3c29e82"  # the cleaner before dev4 was drawn: its figure on dev4 is that estimate
DEV4 = f"dev4 drawn ({DEV4_REV})"
DEV5_REV = "0406b2c"  # the cleaner before dev5 was drawn: its figure on dev5 is that estimate
DEV5 = f"dev5 drawn ({DEV5_REV})"
DEV6_REV = "99c2d83"  # the cleaner before dev6 was drawn: its figure on dev6 is that estimate
DEV6 = f"dev6 drawn ({DEV6_REV})"
DEV7_REV = "8f1edd1"  # the cleaner before dev7 was drawn: its figure on dev7 is that estimate
DEV7 = f"dev7 drawn ({DEV7_REV})"
MAIN_REV = "e50ea92"  # main before dev8 was drawn: its figure on dev8 is that estimate
MAIN = f"main ({MAIN_REV})"
LATEST_REV = "5bf399b"  # main when dev9 was drawn: its figure on dev9 is that estimate
LATEST = f"main ({LATEST_REV})"
CURRENT_REV = "c0afa58"  # main when dev10 was drawn: its figure on dev10 is that estimate
CURRENT = f"main ({CURRENT_REV})"
TITLES_REV = "611af95"  # main before the runs of linked titles were set apart
TITLES = f"main ({TITLES_REV})"
LISTED_REV = "5692b31"  # main with the runs of linked titles set apart
LISTED = f"main ({LISTED_REV})"
BASE_REV = "e42c24a"  # main with captions holding an auxiliary or an "-ed" past set apart
# (pipeline version 50), when dev11 was drawn: its figure on dev11 is that estimate
BASE = f"main ({BASE_REV})"
DEV12_REV = "1107fef"  # main (pipeline version 55) when dev12 was drawn: its figure on dev12 is
# that estimate
DEV12 = f"main ({DEV12_REV})"
DEV13_REV = "a3000d9"  # main (pipeline version 58) when dev13 was drawn: its figure on dev13 is
# that estimate
DEV13 = f"main ({DEV13_REV})"
DEV14_REV = "da4f03c"  # main's cleaner (pipeline version 63) when dev14 was drawn: its figure on
# dev14 is that estimate
DEV14 = f"main ({DEV14_REV})"
ROUND_REV = "5a7551e"  # main (pipeline version 136) before the changes measured here: the code
# this tree changes, and the losses compared
ROUND = f"main ({ROUND_REV})"
DEV15_REV = "912229a"  # main's cleaner (pipeline version 69) when dev15 was drawn: its figure on
# dev15 is that estimate
DEV15 = f"main ({DEV15_REV})"
DEV16_REV = "d3e4dc4"  # main's cleaner (pipeline version 69) when dev16 was drawn: its figure on
# dev16 is that estimate
DEV16 = f"main ({DEV16_REV})"
DEV17_REV = "0037f50"  # main's cleaner (pipeline version 76) when dev17 was drawn: its figure on
# dev17 is that estimate
DEV17 = f"main ({DEV17_REV})"
DEV18_REV = "398ea79"  # main's cleaner (pipeline version 89) when dev18 was drawn: its figure on
# dev18 is that estimate
DEV18 = f"main ({DEV18_REV})"
DEV19_REV = "a53a550"  # main's cleaner (pipeline version 93) when dev19 was drawn: its figure on
# dev19 is that estimate
DEV19 = f"main ({DEV19_REV})"
DEV20_REV = "8985211"  # main's cleaner (pipeline version 97) when dev20 was drawn: its figure on
# dev20 is that estimate
DEV20 = f"main ({DEV20_REV})"
DEV21_REV = "5640431"  # main's cleaner (pipeline version 100) when dev21 was drawn: its figure
# on dev21 is that estimate
DEV21 = f"main ({DEV21_REV})"
DEV22_REV = "36fca28"  # main's cleaner (pipeline version 104) when dev22 was drawn: its figure
# on dev22 is that estimate
DEV22 = f"main ({DEV22_REV})"
DEV23_REV = "334e284"  # main's cleaner (pipeline version 107) when dev23 was drawn: its figure
# on dev23 is that estimate
DEV23 = f"main ({DEV23_REV})"
DEV24_REV = "e180643"  # main's cleaner (pipeline version 112) when dev24 was drawn: its figure
# on dev24 is that estimate
DEV24 = f"main ({DEV24_REV})"
DEV25_REV = "9efeab4"  # main's cleaner (pipeline version 115) when dev25 was drawn: its figure
# on dev25 is that estimate
DEV25 = f"main ({DEV25_REV})"
DEV26_REV = "673d55c"  # main's cleaner (pipeline version 118) when dev26 was drawn: its figure
# on dev26 is that estimate
DEV26 = f"main ({DEV26_REV})"
DEV27_REV = "94d4af4"  # main's cleaner (pipeline version 121) when dev27 was drawn: its figure
# on dev27 is that estimate
DEV27 = f"main ({DEV27_REV})"
DEV28_REV = "03c47f1"  # main's cleaner (pipeline version 124) when dev28 was drawn: its figure
# on dev28 is that estimate
DEV28 = f"main ({DEV28_REV})"
DEV29_REV = "238d46a"  # main's cleaner (pipeline version 129) when dev29 was drawn: its figure
# on dev29 is that estimate
DEV29 = f"main ({DEV29_REV})"
DEV30_REV = "5df30c5"  # main's cleaner (pipeline version 131) when dev30 was drawn: its figure
# on dev30 is that estimate
DEV30 = f"main ({DEV30_REV})"
DEV31_REV = "5a7551e"  # main's cleaner (pipeline version 136) when dev31 was drawn: its figure
# on dev31 is that estimate
DEV31 = f"main ({DEV31_REV})"
# listed; held out is only totalled
DEV_SPLITS = tuple(split for split in SPLITS if split != HELD_OUT)
MIN_CHUNK_KEY = 4  # a line of fewer letters and digits than this says nothing by itself
CONTEXT_CHARS = 60  # a line found more than once is looked for with the text around it:
CONTEXT_KEY = 10  # ... this many letters and digits of it on either side
MIN_SENTENCE_KEY = 12  # fragments shorter than this are not counted as sentences
_TOKEN = re.compile(r"-[LR][RSC]B-|\\[/*]")  # tokenizer escapes: not letters of the text
_ALNUM = re.compile(r"[^\W_]+")
_SPACES = re.compile(r"\s+")


def key(text: str) -> str:
    """The letters and digits of text, lower-cased: what survives any repair of the cleaner.
    Garbled letters and marks are read as their letters and marks (text/mojibake.py), on both
    sides and whatever spaces or line breaks part them: a repaired "InÃ¡cio" is no sentence
    lost, nor the "â" of a garbled "’" a letter, and a tree that leaves them garbled loses none
    either."""
    joined = _SPACES.sub("", _TOKEN.sub(" ", text))
    return "".join(_ALNUM.findall(repair_mojibake(joined).lower()))


def repaired_in_place(text: str) -> str:
    """text with each garbled pair (text/mojibake.py) read as its letter and each garbled mark
    as its mark, every offset kept: the letter or mark, then spaces where the other characters
    stood (line breaks kept; a space and a word the mark's match took, kept as they were). A
    marked sentence that ends at a pair's "Ã", its "©" on the next line, ends on the letter;
    one that ends at "â€", its "�" on the next line, ends on the quotation mark."""

    def blanks(characters: str) -> str:
        return "".join("\n" if c == "\n" else " " for c in characters)

    if "Ã" in text:
        pattern, letters = garbled_pairs()
        text = pattern.sub(lambda m: letters[m.group(1)] + blanks(m.group()[1:]), text)
    if MARK_LEAD in text:
        marked, marks = garbled_marks()

        def mark(match: re.Match[str]) -> str:
            # the mark's own text runs from its "â" to its third character (group 1); a
            # space and a word the match took after it are kept as they were
            if after_a_lead(text, match.start()):  # left garbled, as the cleaner leaves it
                return match.group()
            own = text[match.start() : match.end(1)]
            return marks[match.group(1)] + blanks(own[1:]) + text[match.end(1) : match.end()]

        text = marked.sub(mark, text)
    return text


def load_marks() -> list[dict]:
    if MARKS.exists():
        lines = MARKS.read_text(encoding="utf-8").splitlines()
    else:
        shown = subprocess.run(
            ["git", "show", "marks:bench/clean_marks.jsonl"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if shown.returncode != 0:
            print("skipped: no bench/clean_marks.jsonl here nor on the marks branch")
            sys.exit(0)
        lines = shown.stdout.splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def load_texts(marks: list[dict]) -> dict[str, str]:
    """The marked texts by id. A few FA-KES ids stand twice in the corpus with different texts
    (dev25's `fakes/1926479112`): the record whose length and sha1 match the marks is the one
    marked, the other is passed over; an id none of whose records match stops the run."""
    wanted = {m["id"]: m for m in marks}
    texts: dict[str, str] = {}
    differing: set[str] = set()
    with NEWS.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            mark = wanted.get(record["id"])
            if mark is None:
                continue
            text = record["text"]
            digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
            if len(text) != mark["chars"] or digest != mark["sha1"]:
                differing.add(record["id"])
                continue
            texts[record["id"]] = text
    unmatched = sorted(differing - texts.keys())
    if unmatched:
        raise SystemExit(f"{unmatched[0]}: the corpus text differs from the marked one")
    return texts


def run_method(tree: Path, method: str, records: list[dict]) -> dict[str, dict]:
    rows = ({"id": r["id"], "text": r["text"]} for r in records)
    return baseline.probe(tree, __file__, "--probe", method, rows=rows)


def cleaned_at_both(rev: str, holding: str) -> tuple[list[dict], dict[str, dict], dict[str, dict]]:
    """The corpus texts that hold the words holding, the held-out articles of the marked sample
    left out (rows of id and text), and their outputs by id from the cleaner at rev and from
    this tree's, as run_method gives them (for a census of one shape's texts)."""
    records = corpus()
    held = held_out_ids(records)
    rows = [
        {"id": r["id"], "text": r["text"]}
        for r in records
        if r["id"] not in held and holding in r["text"]
    ]
    before = run_method(baseline.checkout(rev), "rules", rows)
    return rows, before, run_method(ROOT, "rules", rows)


@dataclass
class Score:
    spans: Counter = field(default_factory=Counter)  # label -> marked spans
    removed: Counter = field(default_factory=Counter)  # label -> removed or set apart
    sentences: int = 0
    lost: list[tuple[str, int, int, str]] = field(default_factory=list)
    missed: list[tuple[str, int, int, str]] = field(default_factory=list)  # spans left in
    seconds: float = 0.0
    articles: int = 0


def left_in(text: str, start: int, end: int, out_key: str, text_key: str) -> bool:
    """Whether the lines of text[start:end] are found in the output. A line found more than
    once in the input ("CNN" of a "(CNN) --" dateline, a caption the story quotes) is looked for
    together with the text around it, so that another copy of it does not count."""
    lines, position = [], start
    for line in text[start:end].split("\n"):
        lines.append((position, position + len(line)))
        position += len(line) + 1
    chunks = [(s, e) for s, e in lines if len(key(text[s:e])) >= MIN_CHUNK_KEY] or [(start, end)]
    for s, e in chunks:
        chunk = key(text[s:e])
        if not chunk or chunk not in out_key:
            continue
        if text_key.count(chunk) == 1:
            return True
        before = key(text[max(0, s - CONTEXT_CHARS) : s])[-CONTEXT_KEY:]
        after = key(text[e : e + CONTEXT_CHARS])[:CONTEXT_KEY]
        if (before and before + chunk in out_key) or (after and chunk + after in out_key):
            return True
    return False


def score(mark: dict, text: str, out: str, into: Score) -> None:
    text = repaired_in_place(text)
    out_key, text_key = key(out), key(text)
    article_text = list(text)
    for start, end, label, _ in mark["spans"]:
        into.spans[label] += 1
        if not left_in(text, start, end, out_key, text_key):
            into.removed[label] += 1
        else:
            into.missed.append((mark["id"], start, end, label))
        article_text[start:end] = "\n" * (end - start)  # offsets kept; sentences stop here
    own = "".join(article_text)
    for start, end in split_sentences(own):
        sentence_key = key(own[start:end])
        if len(sentence_key) < MIN_SENTENCE_KEY:
            continue
        into.sentences += 1
        if sentence_key not in out_key:
            into.lost.append((mark["id"], start, end, " ".join(own[start:end].split())[:80]))


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "–"


def table(split: str, scores: dict[str, Score], per_label: bool) -> str:
    names = list(scores)
    head = "| " + " | ".join(["", *[f"{n}" for n in names]]) + " |"
    rows = [head, "|---" + "|---:" * len(names) + "|"]
    first = scores[names[0]]
    labels = sorted(first.spans, key=lambda label: -first.spans[label]) if per_label else []
    for label in labels:
        rows.append(
            f"| {label} ({first.spans[label]} spans) | "
            + " | ".join(percent(s.removed[label], s.spans[label]) for s in scores.values())
            + " |"
        )
    total = sum(first.spans.values())
    rows.append(
        f"| **clutter removed or set apart** ({total} spans) | "
        + " | ".join(f"**{percent(sum(s.removed.values()), total)}**" for s in scores.values())
        + " |"
    )
    rows.append(
        f"| **article sentences lost** (of {first.sentences}) | "
        + " | ".join(
            f"**{len(s.lost)} ({percent(len(s.lost), s.sentences)})**" for s in scores.values()
        )
        + " |"
    )
    rows.append(
        "| cleaning speed, articles per CPU-second | "
        + " | ".join(
            f"{s.articles / s.seconds:,.0f}" if s.seconds else "–" for s in scores.values()
        )
        + " |"
    )
    return f"{split} ({first.articles} articles):\n\n" + "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-write", action="store_true", help="print, leave docs/ alone")
    parser.add_argument(
        "--extractors",
        action="store_true",
        help="also measure trafilatura and jusText in place of the rules",
    )
    parser.add_argument(
        "--misses",
        action="store_true",
        help="list the spans of dev to dev31 the new method leaves in",
    )
    parser.add_argument(
        "--heldout-labels",
        action="store_true",
        help="give held-out recall per label (totals only, never its spans)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="only main and this tree, one run each, printed and not written",
    )
    parser.add_argument(
        "--base",
        default=ROUND_REV,
        help=f"with --quick, the earlier commit set beside this tree (default {ROUND_REV})",
    )
    args = parser.parse_args()
    require(NEWS)
    marks = load_marks()
    texts = load_texts(marks)
    records = [{"id": m["id"], "text": texts[m["id"]]} for m in marks]
    runs = [
        ("previous (38a60cf)", baseline.checkout(), "rules"),
        (BEFORE, baseline.checkout(BEFORE_REV), "rules"),
        (START, baseline.checkout(START_REV), "rules"),
        (DEV4, baseline.checkout(DEV4_REV), "rules"),
        (DEV5, baseline.checkout(DEV5_REV), "rules"),
        (DEV6, baseline.checkout(DEV6_REV), "rules"),
        (DEV7, baseline.checkout(DEV7_REV), "rules"),
        (MAIN, baseline.checkout(MAIN_REV), "rules"),
        (LATEST, baseline.checkout(LATEST_REV), "rules"),
        (CURRENT, baseline.checkout(CURRENT_REV), "rules"),
        (TITLES, baseline.checkout(TITLES_REV), "rules"),
        (LISTED, baseline.checkout(LISTED_REV), "rules"),
        (BASE, baseline.checkout(BASE_REV), "rules"),
        (DEV12, baseline.checkout(DEV12_REV), "rules"),
        (DEV13, baseline.checkout(DEV13_REV), "rules"),
        (DEV14, baseline.checkout(DEV14_REV), "rules"),
        (ROUND, baseline.checkout(ROUND_REV), "rules"),
        (DEV15, baseline.checkout(DEV15_REV), "rules"),
        (DEV16, baseline.checkout(DEV16_REV), "rules"),
        (DEV17, baseline.checkout(DEV17_REV), "rules"),
        (DEV18, baseline.checkout(DEV18_REV), "rules"),
        (DEV19, baseline.checkout(DEV19_REV), "rules"),
        (DEV20, baseline.checkout(DEV20_REV), "rules"),
        (DEV21, baseline.checkout(DEV21_REV), "rules"),
        (DEV22, baseline.checkout(DEV22_REV), "rules"),
        (DEV23, baseline.checkout(DEV23_REV), "rules"),
        (DEV24, baseline.checkout(DEV24_REV), "rules"),
        (DEV25, baseline.checkout(DEV25_REV), "rules"),
        (DEV26, baseline.checkout(DEV26_REV), "rules"),
        (DEV27, baseline.checkout(DEV27_REV), "rules"),
        (DEV28, baseline.checkout(DEV28_REV), "rules"),
        (DEV29, baseline.checkout(DEV29_REV), "rules"),
        (DEV30, baseline.checkout(DEV30_REV), "rules"),
        (DEV31, baseline.checkout(DEV31_REV), "rules"),
        ("new", ROOT, "rules"),
    ]
    # a commit named twice (where a round starts and where a sample was drawn) runs once: its
    # figures are keyed by its label
    runs = [run for i, run in enumerate(runs) if run[0] not in {r[0] for r in runs[:i]}]
    base = f"main ({args.base})" if args.quick else ROUND  # the losses are compared to it
    if args.quick:
        runs = [(base, baseline.checkout(args.base), "rules"), ("new", ROOT, "rules")]
        args.no_write = True
    if args.extractors:
        runs += [
            ("trafilatura on paragraphs", ROOT, "trafilatura"),
            ("jusText on paragraphs", ROOT, "justext"),
        ]
    outputs: dict[str, dict[str, dict]] = {}
    # alternating runs; the faster time of each article is kept
    for _ in range(1 if args.quick else 2):
        for name, tree, method in runs:
            rows = run_method(tree, method, records)
            if name in outputs:
                for article_id, row in rows.items():
                    row["seconds"] = min(row["seconds"], outputs[name][article_id]["seconds"])
            outputs[name] = rows
    by_split: dict[str, dict[str, Score]] = defaultdict(dict)
    for name, _, _ in runs:
        for mark in marks:
            scores = by_split[mark["split"]].setdefault(name, Score())
            row = outputs[name][mark["id"]]
            score(mark, texts[mark["id"]], row["out"], scores)
            scores.seconds += row["seconds"]
            scores.articles += 1
    dev_splits = [by_split[split] for split in DEV_SPLITS]
    dev, dev2, dev3, dev4, dev5, dev6, dev7, dev8 = dev_splits[:8]
    dev9, dev10, dev11, dev12, dev13, dev14, dev15, dev16, dev17, dev18 = dev_splits[8:18]
    dev19, dev20, dev21, dev22, dev23, dev24, dev25, dev26, dev27, dev28 = dev_splits[18:28]
    dev29, dev30, dev31 = dev_splits[28:]
    held = by_split["heldout"]

    def speed(name: str) -> float:
        every = [*(split[name] for split in dev_splits), held[name]]
        return sum(s.articles for s in every) / sum(s.seconds for s in every)

    body = "\n\n".join(
        [
            "Clutter in the hand-marked sample (bench/clean_marks.jsonl: 1152 corpus articles, 150 "
            "dev, 50 held out, 80 of a second dev sample drawn after the rules of 1093753 were "
            "written, 40 of a third drawn after the rules of a7b99c8 were, 40 of a fourth "
            "drawn after those of 3c29e82 were, 40 of a fifth drawn after those of 0406b2c "
            "were, 40 of a sixth drawn after those of 99c2d83 were, 40 of a seventh drawn "
            f"after those of {DEV7_REV} were, 24 of an eighth drawn after those of "
            f"{MAIN_REV} were, 40 of a ninth drawn after those of {LATEST_REV} were, 40 of "
            f"a tenth drawn after those of {CURRENT_REV} were, 40 of an eleventh drawn after "
            f"those of {BASE_REV} were, 40 of a twelfth drawn after those of {DEV12_REV} "
            f"were, 40 of a thirteenth drawn after those of {DEV13_REV} were, 40 of a "
            f"fourteenth drawn after those of {DEV14_REV} were, 24 of a fifteenth drawn "
            f"after those of {DEV15_REV} were, 24 of a sixteenth drawn after those of "
            f"{DEV16_REV} were, 24 of a seventeenth drawn after those of {DEV17_REV} "
            f"were, 24 of an eighteenth drawn after those of {DEV18_REV} were, 24 of a "
            f"nineteenth drawn after those of {DEV19_REV} were, 24 of a twentieth drawn "
            f"after those of {DEV20_REV} were, 24 of a twenty-first drawn after those of "
            f"{DEV21_REV} were, 24 of a twenty-second drawn after those of {DEV22_REV} "
            f"were, 24 of a twenty-third drawn after those of {DEV23_REV} were, 24 of a "
            f"twenty-fourth drawn after those of {DEV24_REV} were, 24 of a twenty-fifth "
            f"drawn after those of {DEV25_REV} were, 24 of a twenty-sixth drawn after "
            f"those of {DEV26_REV} were, 24 of a twenty-seventh drawn after those of "
            f"{DEV27_REV} were, 24 of a twenty-eighth drawn after those of {DEV28_REV} "
            f"were, 24 of a twenty-ninth drawn after those of {DEV29_REV} were, 24 of a "
            f"thirtieth drawn after those of {DEV30_REV} were and 24 of a thirty-first drawn "
            f"after those of {DEV31_REV} were, see "
            "bench/CLEAN_MARKS.md), the previous cleaners "
            "beside the new one in the same run "
            "(`bench/clean.py`). A span counts as removed when none of its lines is left in the "
            "stored text; a sentence is lost when its letters and digits are not.",
            table("Dev", dev, per_label=True),
            table("Dev2, the second dev sample", dev2, per_label=True),
            table("Dev3, the third dev sample", dev3, per_label=True),
            table("Dev4, the fourth dev sample", dev4, per_label=True),
            table("Dev5, the fifth dev sample", dev5, per_label=True),
            table("Dev6, the sixth dev sample", dev6, per_label=True),
            table("Dev7, the seventh dev sample", dev7, per_label=True),
            table("Dev8, the eighth dev sample", dev8, per_label=True),
            table("Dev9, the ninth dev sample", dev9, per_label=True),
            table("Dev10, the tenth dev sample", dev10, per_label=True),
            table("Dev11, the eleventh dev sample", dev11, per_label=True),
            table("Dev12, the twelfth dev sample", dev12, per_label=True),
            table("Dev13, the thirteenth dev sample", dev13, per_label=True),
            table("Dev14, the fourteenth dev sample", dev14, per_label=True),
            table("Dev15, the fifteenth dev sample", dev15, per_label=True),
            table("Dev16, the sixteenth dev sample", dev16, per_label=True),
            table("Dev17, the seventeenth dev sample", dev17, per_label=True),
            table("Dev18, the eighteenth dev sample", dev18, per_label=True),
            table("Dev19, the nineteenth dev sample", dev19, per_label=True),
            table("Dev20, the twentieth dev sample", dev20, per_label=True),
            table("Dev21, the twenty-first dev sample", dev21, per_label=True),
            table("Dev22, the twenty-second dev sample", dev22, per_label=True),
            table("Dev23, the twenty-third dev sample", dev23, per_label=True),
            table("Dev24, the twenty-fourth dev sample", dev24, per_label=True),
            table("Dev25, the twenty-fifth dev sample", dev25, per_label=True),
            table("Dev26, the twenty-sixth dev sample", dev26, per_label=True),
            table("Dev27, the twenty-seventh dev sample", dev27, per_label=True),
            table("Dev28, the twenty-eighth dev sample", dev28, per_label=True),
            table("Dev29, the twenty-ninth dev sample", dev29, per_label=True),
            table("Dev30, the thirtieth dev sample", dev30, per_label=True),
            table("Dev31, the thirty-first dev sample", dev31, per_label=True),
            *(
                [table("Held out, totals only", held, per_label=args.heldout_labels)]
                if args.heldout_labels or not args.quick
                else []
            ),
            "Cleaning speed of all "
            f"{len(marks)} articles, "
            + ", ".join(
                f"new/{name}: {speed('new') / speed(name):.2f}"
                for name, _, method in runs
                if method == "rules" and name != "new"
            )
            + " (the faster of two alternating runs per article, in CPU time of the process, "
            "on a shared host).",
        ]
    )
    lost = [loss for split in dev_splits for loss in split["new"].lost]
    listing = "\n".join(f"- `{i}` {s}-{e}: {text}" for i, s, e, text in lost)
    print(f"\nArticle sentences the new method loses on dev to dev31 ({len(lost)}):")
    print(f"{listing}\n")
    main_lost = {loss for split in dev_splits for loss in split[base].lost}
    for i, s, e, text in lost:
        if (i, s, e, text) not in main_lost:
            print(f"lost, not lost by {base}: `{i}` {s}-{e}: {text}")
    if args.misses:  # dev to dev31 only: held-out spans are never listed
        for i, s, e, label in (miss for split in dev_splits for miss in split["new"].missed):
            print(f"missed {label} `{i}` {s}-{e}: {' '.join(texts[i][s:e].split())[:160]}")
    new_held = "–" if args.quick else len(held["new"].lost)
    body += (
        f"\n\nEvery dev to dev31 sentence the new method loses ({len(lost)}), id "
        f"and offsets into the corpus text:\n\n{listing or '- none'}\n\nHeld out: {new_held} "
        "lost, not listed."
    )
    publish(body, "clean", write=not args.no_write, doc="QUALITY.md")


if __name__ == "__main__":
    main()
