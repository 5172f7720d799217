"""A caption scorer learned from the marks: is a sentence the cleaner keeps as story a photo
caption run into the story, told by several weak cues weighed together?

Usage: .venv/bin/python bench/caption_scorer.py [--no-write] [--listing] [--census N]

The rules of text/clutter*_caption.py each read one or two cues, written site by site from the
dev samples; the captions they leave (most of them the BBC's, run into the story with no credit,
often before a quotation) are told by many weak ones together. This measures whether a logistic
regression over such cues, fitted on the marks, sets apart captions on samples it never saw.

Units, of two kinds (UNITS), in main's cleaned text of every dev-sample article (dev, dev2 to
the last of bench/clean_marks.jsonl; never the held out), each article cleaned as bench/clean.py
cleans it (cached under bench/out by a digest of text/):

- sentence: every sentence (text.sentences.split_sentences). A caption when its letters and
  digits lie in a marked caption span (at most MIN_STORY_KEY of them outside it); story when it
  holds MIN_STORY_KEY or more of unmarked text (a caption run into a story sentence is story
  here: setting the sentence apart loses the story's words).
- run-in: each opening of a sentence that ends on a word before a capital or an opening
  quotation mark (_RUN_IN), MIN_RUNIN_WORDS to MAX_RUNIN_WORDS words, the rest of the sentence
  at least MIN_RUNIN_WORDS: a caption with no stop run into the story. A caption when it lies in
  a caption span and ends where the span ends; story when it holds unmarked text.

The rest (inside other clutter, or a piece ending inside a caption) is left out of the fit.

Cues (FEATURES): length, stop, tense (bench/caption_scorer.txt: reporting verbs, past and present
forms), capitals, digits, quotation marks, position (a paragraph's start, the page head), what
follows (a quotation, a pronoun leaning back, a function word), the share of its words found
elsewhere in the article, and for a run-in piece the rest of its sentence. No site's words.

Leave one sample out: fitted on the other samples (Newton's method, L2), scored on the one left,
at the lowest of THRESHOLDS at which at least PRECISION of the units the other samples' own
left-out scores take are captions (a story sentence lost is worse than a caption kept). At most
one unit a sentence is taken, its likeliest; the units taken are cut from main's output and the
result scored as bench/clean.py scores it: caption spans gained, article sentences lost, beside
main.

--census N: fitted on all the samples, threshold by the same rule over all of them, run on N
random corpus texts (seed CENSUS_SEED; none of the marked articles): every unit taken and the
CENSUS_TOP ranked highest are listed for reading (verdicts in bench/caption_scorer_census.jsonl).
The weights are written to bench/caption_scorer_weights.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.clean import Score, load_marks, load_texts, repaired_in_place, score  # noqa: E402
from bench.clean_sample import HELD_OUT, SPLITS  # noqa: E402
from bench.common import NEWS, ROOT, publish, require  # noqa: E402
from text.data import text_sections  # noqa: E402
from text.read import Document  # noqa: E402
from text.sentences import split_sentences  # noqa: E402
from text.split import split_articles  # noqa: E402
from text.tokens import stopwords  # noqa: E402

DEV_SPLITS = tuple(split for split in SPLITS if split != HELD_OUT)
WORDS = Path(__file__).with_suffix(".txt")
WEIGHTS = ROOT / "bench" / "caption_scorer_weights.json"
L2 = 1.0
PRECISION = 0.99  # of the sentences taken, at least this share must be captions
THRESHOLDS = (0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 0.99)
MIN_STORY_KEY = 12  # letters and digits of unmarked text that make a sentence the story's
RUNIN_SLACK = 3  # ... and a run-in piece's (a caption's edge may be marked a letter off)
MIN_RUNIN_WORDS = 3  # a run-in piece, and the rest of its sentence, hold at least this many
MAX_RUNIN_WORDS = 30  # ... and a piece at most this many
UNITS = ("sentence", "run-in")
CENSUS_SEED = 76
CENSUS_TOP = 20
_TOKEN = re.compile(r"-[LR][RSC]B-|\\[/*]")  # tokenizer escapes: not letters of the text
_WORD = re.compile(r"[^\W_][\w'’-]*")
_QUOTE_OPEN = ('"', "“", "``", "'", "‘")
_STOP_END = re.compile(r"[.!?][\"'”’)\]]*$")
# where a caption with no stop may end run into the sentence after it: a word ending on a letter,
# digit or bracket, then a capital or an opening quotation mark
_RUN_IN = re.compile(r"(?<=[^\W_)\]]) (?=[A-Z\"“‘`'])")
_NAME_HAS = re.compile(r"\b[A-Z][a-z]+ (?:has|is|are|have)\b")

FEATURES = (
    "words (log)",
    "at most 6 words",
    "at most 12 words",
    "ends with a stop",
    "ends with no punctuation",
    "ends with a colon",
    "a reporting verb or source",
    "a past form (listed or -ed)",
    "a present form",
    "share of capitalised words after the first",
    "a digit",
    "a comma",
    "a quotation mark inside",
    "a spaced dash",
    "first person",
    "opens a paragraph",
    "is the whole paragraph",
    "in the first paragraph",
    "more text after it in its paragraph",
    "the next sentence opens with a quotation mark",
    "the next sentence opens with a pronoun or conjunction",
    "opens with a pronoun or conjunction",
    "a capitalised name with has/is",
    "share of its words found elsewhere in the article",
    "place in the article (0 first, 1 last paragraph)",
    "ends on a capitalised word",
    "ends on a function word",
    "the words after it open on a function word",
    "the second word after it is capitalised",
    "the rest of its sentence reports",
    "share of its words the rest of its sentence repeats",
    "words of the rest of its sentence (log)",
)


@cache
def words(section: str) -> frozenset[str]:
    """The words under [section] of bench/caption_scorer.txt."""
    return frozenset(text_sections("bench", WORDS.name).get(section, ()))


# ----------------------------------------------------------------------------- the examples


@dataclass
class Unit:
    """A sentence, or the opening of one run into the rest (a run-in piece), in a draft."""

    draft: int  # index of the draft (article) in the cleaner's output
    start: int  # offsets in that draft's text
    end: int
    text: str
    sentence: int  # index of its sentence in the article: at most one unit a sentence is taken
    label: str = "other"  # caption, story or other (inside other clutter, or not found)


@dataclass
class Article:
    id: str
    split: str
    text: str
    drafts: list[tuple[str | None, str]]
    mark: dict | None = None
    units: dict[str, list[Unit]] = field(default_factory=dict)  # by kind (UNITS)
    x: dict[str, np.ndarray] = field(default_factory=dict)


def cleaned(text: str) -> list[tuple[str | None, str]]:
    """The (title, text) of each article the cleaner makes of a pasted text, as bench/clean.py
    runs it."""
    drafts = split_articles(Document(text=text, origin="bench", kind="text"))
    return [(d.title, d.text) for d in drafts]


def output(drafts: list[tuple[str | None, str]]) -> str:
    return "\n\n".join(f"{title or ''}\n\n{text}" for title, text in drafts)


def _keyed(text: str) -> tuple[str, list[int]]:
    """The letters and digits of text, lower-cased, with the offset of each."""
    text = _TOKEN.sub(lambda m: " " * len(m.group()), text)
    chars, offsets = [], []
    for i, c in enumerate(text):
        if c.isalnum():
            chars.append(c.lower())
            offsets.append(i)
    return "".join(chars), offsets


def label_units(a: Article) -> None:
    """Each unit's label, read from the marks: where its letters and digits lie in the marked
    text. A sentence is a caption when at most MIN_STORY_KEY of them lie outside a caption span
    and at least half inside; a run-in piece when at most RUNIN_SLACK lie outside and the text
    after it is not the caption's (it ends where the span ends). Either is story when it holds
    unmarked text (a sentence MIN_STORY_KEY letters of it, a piece RUNIN_SLACK): taking it loses
    the story's words."""
    assert a.mark is not None
    original = repaired_in_place(a.text)
    labels: list[str | None] = [None] * len(original)
    for start, end, label, _ in a.mark["spans"]:
        labels[start:end] = [label] * (end - start)
    keyed, offsets = _keyed(original)
    for kind, units in a.units.items():
        cursor = 0
        for u in units:
            k, _ = _keyed(u.text)
            if not k:
                continue
            at = keyed.find(k, cursor)
            if at < 0:
                at = keyed.find(k)
            if at < 0:
                continue  # repaired or rewritten past finding: left out
            if kind == "sentence":
                cursor = at + len(k)
            found = [labels[offsets[i]] for i in range(at, at + len(k))]
            story = sum(1 for f in found if f is None)
            caption = sum(1 for f in found if f == "caption")
            if kind == "sentence":
                if story >= MIN_STORY_KEY or story == len(found):
                    u.label = "story"
                elif caption >= len(found) - MIN_STORY_KEY and caption * 2 >= len(found):
                    u.label = "caption"
                continue
            after = at + len(k)
            # it ends where the span ends: its last letter the caption's, the next one not
            ends = labels[offsets[at + len(k) - 1]] == "caption" and (
                after >= len(offsets) or labels[offsets[after]] != "caption"
            )
            if story > RUNIN_SLACK:
                u.label = "story"
            elif caption >= len(found) - RUNIN_SLACK and ends:
                u.label = "caption"


def _cues(
    piece: str,
    rest: str,
    nxt: str,
    paragraph: tuple[int, int],
    s: int,
    e: int,
    at: float,
    first: bool,
    counts: dict[str, int],
    text: str,
) -> list[float]:
    """The cues of piece (a sentence, or a run-in piece with rest after it in its sentence):
    nxt is what follows it, at its place (0 first, 1 last paragraph)."""
    stop, reporting, past, present, leaning = (
        stopwords(),
        words("reporting"),
        words("past"),
        words("present"),
        words("pronoun"),
    )
    ws = _WORD.findall(piece)
    lower = [w.lower() for w in ws]
    next_words = _WORD.findall(nxt[:80])
    next_first = next_words[0].lower() if next_words else ""
    content = [w for w in lower if w not in stop and len(w) > 2]
    own: dict[str, int] = {}
    for w in content:
        own[w] = own.get(w, 0) + 1
    elsewhere = (
        sum(1 for w in content if counts.get(w, 0) > own[w]) / len(content) if content else 0.0
    )
    rest_lower = {w.lower() for w in _WORD.findall(rest)}
    in_rest = sum(1 for w in content if w in rest_lower) / len(content) if content else 0.0
    capitalised = sum(1 for w in ws[1:] if w[0].isupper())
    ps, pe = paragraph
    return [
        math.log1p(len(ws)),
        float(len(ws) <= 6),
        float(len(ws) <= 12),
        float(bool(_STOP_END.search(piece))),
        float(piece[-1:].isalnum()),
        float(piece.endswith(":")),
        float(any(w in reporting for w in lower)),
        float(
            any(w in past for w in lower)
            or any(w.endswith("ed") and not w[0].isupper() for w in ws)
        ),
        float(any(w in present for w in lower)),
        capitalised / max(1, len(ws) - 1),
        float(any(c.isdigit() for c in piece)),
        float("," in piece),
        float(any(q in piece[1:] for q in ('"', "“", "”", "``", "''"))),
        float(" - " in piece or " – " in piece or " -- " in piece),
        float(any(w in ("i", "we", "my", "our", "me", "us") for w in lower)),
        float(s == ps),
        float(s == ps and e == pe),
        float(first),
        float(bool(text[e:pe].strip())),
        float(nxt.startswith(_QUOTE_OPEN)),
        float(next_first in leaning),
        float(bool(lower) and lower[0] in leaning),
        float(bool(_NAME_HAS.search(piece))),
        elsewhere,
        at,
        # run-in cues (0 for a sentence)
        float(bool(ws) and ws[-1][0].isupper()),
        float(bool(lower) and lower[-1] in stop),
        float(next_first in stop),
        float(bool(next_words) and len(next_words) > 1 and next_words[1][0].isupper()),
        float(any(w.lower() in reporting for w in _WORD.findall(rest))),
        in_rest,
        math.log1p(len(_WORD.findall(rest))),
    ]


def features(
    drafts: list[tuple[str | None, str]],
) -> tuple[dict[str, list[Unit]], dict[str, np.ndarray]]:
    """The units of each draft's text, by kind, and their cues."""
    units: dict[str, list[Unit]] = {kind: [] for kind in UNITS}
    rows: dict[str, list[list[float]]] = {kind: [] for kind in UNITS}
    number = 0
    for d, (_, text) in enumerate(drafts):
        counts: dict[str, int] = {}
        for w in _WORD.findall(text):
            counts[w.lower()] = counts.get(w.lower(), 0) + 1
        paragraphs = []
        position = 0
        for paragraph in text.split("\n\n"):
            paragraphs.append((position, position + len(paragraph)))
            position += len(paragraph) + 2
        spans: list[tuple[int, int, int]] = []  # start, end, paragraph index
        for p, (ps, pe) in enumerate(paragraphs):
            spans.extend((s, e, p) for s, e in split_sentences(text, ps, pe))
        last = max(1, len(paragraphs) - 1)
        for n, (s, e, p) in enumerate(spans):
            sentence = text[s:e]
            after = spans[n + 1] if n + 1 < len(spans) else None
            nxt = text[after[0] : after[1]] if after else ""
            units["sentence"].append(Unit(d, s, e, sentence, number))
            rows["sentence"].append(
                _cues(sentence, "", nxt, paragraphs[p], s, e, p / last, p == 0, counts, text)
            )
            for match in _RUN_IN.finditer(sentence):
                cut = match.start()
                piece, rest = sentence[:cut], sentence[match.end() :]
                if not MIN_RUNIN_WORDS <= len(piece.split()) <= MAX_RUNIN_WORDS:
                    continue
                if len(rest.split()) < MIN_RUNIN_WORDS:
                    break
                units["run-in"].append(Unit(d, s, s + cut, piece, number))
                rows["run-in"].append(
                    _cues(
                        piece, rest, rest, paragraphs[p], s, s + cut, p / last, p == 0, counts, text
                    )
                )
            number += 1
    x = {
        kind: np.array(rows[kind], dtype=float) if rows[kind] else np.zeros((0, len(FEATURES)))
        for kind in UNITS
    }
    return units, x


def _cleaner_digest() -> str:
    """A digest of the cleaner's code and data: cleaned texts cached under another are stale."""
    digest = hashlib.sha1()
    for path in sorted((ROOT / "text").rglob("*")):
        if path.is_file() and path.suffix in (".py", ".txt", ".json", ".tsv"):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def load_articles() -> list[Article]:
    marks = [m for m in load_marks() if m["split"] != HELD_OUT]
    texts = load_texts(marks)
    cache_path = ROOT / "bench" / "out" / f"caption_scorer_drafts_{_cleaner_digest()}.json"
    known = json.loads(cache_path.read_text(encoding="utf-8")) if cache_path.exists() else {}
    articles = []
    for m in marks:
        if m["id"] not in known:
            known[m["id"]] = cleaned(texts[m["id"]])
        drafts = [(title, text) for title, text in known[m["id"]]]
        a = Article(m["id"], m["split"], texts[m["id"]], drafts, m)
        a.units, a.x = features(a.drafts)
        label_units(a)
        articles.append(a)
    cache_path.write_text(json.dumps(known), encoding="utf-8")
    return articles


# ----------------------------------------------------------------------------- the model


def fit_logistic(x: np.ndarray, y: np.ndarray, steps: int = 25) -> np.ndarray:
    """Weights (the bias last) by Newton's method with an L2 penalty, the bias not shrunk."""
    x = np.hstack([x, np.ones((len(y), 1))])
    beta = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], L2)
    penalty[-1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(x @ beta, -50, 50)))
        gradient = x.T @ (p - y) + penalty * beta
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return beta


def predict(beta: np.ndarray, x: np.ndarray) -> np.ndarray:
    if not len(x):
        return np.zeros(0)
    z = np.hstack([x, np.ones((len(x), 1))]) @ beta
    return 1 / (1 + np.exp(-np.clip(z, -50, 50)))


def _data(articles: list[Article], kind: str) -> tuple[np.ndarray, np.ndarray]:
    xs, ys = [], []
    for a in articles:
        keep = [i for i, u in enumerate(a.units[kind]) if u.label != "other"]
        if keep:
            xs.append(a.x[kind][keep])
            ys.append(np.array([a.units[kind][i].label == "caption" for i in keep], dtype=float))
    return np.vstack(xs), np.concatenate(ys)


def fit(articles: list[Article], kind: str) -> np.ndarray:
    return fit_logistic(*_data(articles, kind))


def threshold(articles: list[Article], kind: str, leave: str | None = None) -> float:
    """The lowest of THRESHOLDS at which PRECISION of the units taken are captions, over the
    leave-one-sample-out scores of the samples other than leave (inf: none is). Each of those
    was scored by a fit that saw the sample left: a nested fold would cost, for each sample, a
    fit more for every other one, and the threshold reads only the others' labels."""
    scored = [(p, label) for split, p, label in out_of_fold(articles, kind) if split != leave]
    for t in THRESHOLDS:
        taken = [label for p, label in scored if p >= t]
        if taken and sum(1 for label in taken if label == "caption") >= PRECISION * len(taken):
            return t
    return math.inf


_folds: dict[tuple, list[tuple[str, float, str]]] = {}


def out_of_fold(articles: list[Article], kind: str) -> list[tuple[str, float, str]]:
    """(sample, probability, label) of every labelled unit, each scored by a fit on the other
    samples."""
    splits = sorted({a.split for a in articles})
    cache_key = (kind, tuple(splits))
    if cache_key in _folds:
        return _folds[cache_key]
    scored: list[tuple[str, float, str]] = []
    for split in splits:
        beta = fit([a for a in articles if a.split != split], kind)
        for a in articles:
            if a.split != split:
                continue
            for p, u in zip(predict(beta, a.x[kind]), a.units[kind], strict=True):
                if u.label != "other":
                    scored.append((split, float(p), u.label))
    _folds[cache_key] = scored
    return scored


def chosen(units: list[Unit], p: np.ndarray, t: float) -> list[Unit]:
    """The units at or above t, at most one a sentence (its likeliest)."""
    best: dict[int, tuple[float, Unit]] = {}
    for q, u in zip(p, units, strict=True):
        if q >= t and (u.sentence not in best or q > best[u.sentence][0]):
            best[u.sentence] = (float(q), u)
    return [u for _, u in best.values()]


def taken_out(a: Article, taken: list[Unit]) -> list[tuple[str | None, str]]:
    """The article's drafts with the units taken cut out, as a step would set them apart."""
    drafts = list(a.drafts)
    for u in sorted(taken, key=lambda u: (u.draft, -u.start)):
        title, text = drafts[u.draft]
        text = (text[: u.start].rstrip(" ") + " " + text[u.end :].lstrip(" ")).strip(" ")
        drafts[u.draft] = (title, text)
    return drafts


# ----------------------------------------------------------------------------- the measure


def measure(articles: list[Article], kind: str) -> tuple[str, list[str]]:
    rows = [
        f"{kind} units, leave one sample out:",
        "",
        "| sample | articles | caption spans | main: captions set apart | scorer: captions "
        "gained | threshold | units taken (caption / story / other) | article sentences lost "
        "beyond main |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    listing: list[str] = []
    totals = [0, 0, 0, 0, 0, 0, 0, 0]
    for split in DEV_SPLITS:
        test = [a for a in articles if a.split == split]
        train = [a for a in articles if a.split != split]
        if not test:
            continue
        beta = fit(train, kind)
        t = threshold(articles, kind, leave=split)
        main_score, new_score = Score(), Score()
        kinds = {"caption": 0, "story": 0, "other": 0}
        for a in test:
            assert a.mark is not None
            taken = chosen(a.units[kind], predict(beta, a.x[kind]), t)
            for u in taken:
                kinds[u.label] += 1
                listing.append(
                    f"- {kind} {split} {u.label} `{a.id}`: {' '.join(u.text.split())[:100]}"
                )
            score(a.mark, a.text, output(a.drafts), main_score)
            score(a.mark, a.text, output(taken_out(a, taken)), new_score)
        spans = main_score.spans["caption"]
        before = main_score.removed["caption"]
        gained = new_score.removed["caption"] - before
        lost = len(set(new_score.lost) - set(main_score.lost))
        row = [len(test), spans, before, gained, kinds["caption"], kinds["story"], kinds["other"]]
        totals = [x + y for x, y in zip(totals, [*row, lost], strict=True)]
        rows.append(
            f"| {split} | {len(test)} | {spans} | {before} | {gained} | {t:g} | "
            f"{kinds['caption']} / {kinds['story']} / {kinds['other']} | {lost} |"
        )
    n, spans, before, gained, cap, story, other, lost = totals
    rows.append(
        f"| **all** | {n} | {spans} | {before} | **{gained}** | – | {cap} / {story} / {other} "
        f"| **{lost}** |"
    )
    return "\n".join(rows), listing


def curve(articles: list[Article], kind: str) -> str:
    """Captions and story units taken at each threshold, over every sample's
    leave-one-sample-out scores."""
    scored = [(p, label) for _, p, label in out_of_fold(articles, kind)]
    captions = sum(1 for _, label in scored if label == "caption")
    ranked = sorted(scored, key=lambda pair: -pair[0])
    first_story = next((i for i, (_, label) in enumerate(ranked) if label != "caption"), 0)
    rows = [
        f"{kind} units, every sample's leave-one-sample-out scores pooled: {captions} caption "
        f"units, {len(scored) - captions} story units; captions ranked above the first story "
        f"unit: {first_story}; of the 20 ranked first, captions: "
        f"{sum(1 for _, label in ranked[:20] if label == 'caption')}; of the 100 ranked first: "
        f"{sum(1 for _, label in ranked[:100] if label == 'caption')}.",
        "",
        "| threshold | captions taken | story units taken |",
        "|---:|---:|---:|",
    ]
    for t in THRESHOLDS:
        cap = sum(1 for p, label in scored if p >= t and label == "caption")
        story = sum(1 for p, label in scored if p >= t and label != "caption")
        rows.append(f"| {t:g} | {cap} | {story} |")
    return "\n".join(rows)


def _offset(text: str, unit: str) -> int:
    """Where unit starts in the corpus text (-1: not found), found by letters and digits: the
    cleaner restores tokenization and repairs spacing."""
    keyed, offsets = _keyed(text)
    k, _ = _keyed(unit)
    at = keyed.find(k[:30]) if k else -1
    return offsets[at] if at >= 0 else -1


def census(articles: list[Article], n: int, kind: str) -> list[dict]:
    """Every unit the scorer fitted on all samples takes in n random corpus texts, none of them
    marked, and the CENSUS_TOP it ranks highest there whatever the threshold (what it would
    take first were one lowered); the weights written to WEIGHTS."""
    beta = fit(articles, kind)
    t = threshold(articles, kind)
    weights = json.loads(WEIGHTS.read_text(encoding="utf-8")) if WEIGHTS.exists() else {}
    weights[kind] = {
        "features": list(FEATURES),
        "weights": [round(float(b), 4) for b in beta[:-1]],
        "bias": round(float(beta[-1]), 4),
        "threshold": t if t != math.inf else None,  # None: no threshold reaches PRECISION
    }
    WEIGHTS.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
    marked = {m["id"] for m in load_marks()}
    with NEWS.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    pool = [r for r in records if r["id"] not in marked]
    found = []
    for r in random.Random(CENSUS_SEED).sample(pool, n):
        units, x = features(cleaned(r["text"]))
        for p, u in zip(predict(beta, x[kind]), units[kind], strict=True):
            found.append(
                {
                    "id": r["id"],
                    "offset": _offset(r["text"], u.text),
                    "unit": kind,
                    "p": round(float(p), 4),
                    "taken": bool(p >= t),
                    "text": " ".join(u.text.split())[:60],
                }
            )
    found.sort(key=lambda row: -row["p"])
    return [row for i, row in enumerate(found) if row["taken"] or i < CENSUS_TOP]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-write", action="store_true", help="print, leave docs/ alone")
    parser.add_argument("--listing", action="store_true", help="list every unit taken")
    parser.add_argument("--census", type=int, default=0, help="corpus texts to run it on")
    parser.add_argument("--census-unit", default="all", choices=(*UNITS, "all"))
    args = parser.parse_args()
    require(NEWS)
    articles = load_articles()
    parts = [
        "A caption scorer learned from the marks (`bench/caption_scorer.py`): a logistic "
        "regression over weak cues of a caption, on the sentences main's cleaner keeps as story "
        "and on the openings of them that may be a caption run in (run-in units), fitted leaving "
        f"one dev sample out (dev to {DEV_SPLITS[-1]}; the held out never) and scored on the "
        f"one left, at the lowest threshold at which at least {PRECISION:.0%} of what the other "
        "samples' scores take are captions (inf: no threshold reaches it, nothing taken). Spans "
        "and sentences as bench/clean.py counts them, beside main's output."
    ]
    for kind in UNITS:
        labels = [u.label for a in articles for u in a.units[kind]]
        parts.append(
            f"{kind} units of main's output of the {len(articles)} dev-sample articles: "
            f"{len(labels)}, {labels.count('caption')} caption, {labels.count('story')} story, "
            f"{labels.count('other')} other (left out)."
        )
    for kind in UNITS:
        table, listing = measure(articles, kind)
        parts += [table, curve(articles, kind)]
        if args.listing:
            print("\n".join(listing))
    publish("\n\n".join(parts), "caption_scorer", write=not args.no_write, doc="QUALITY.md")
    for kind in UNITS if args.census else ():
        if args.census_unit in (kind, "all"):
            for row in census(articles, args.census, kind):
                print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
