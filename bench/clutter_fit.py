"""A learned second stage after the clutter shapes, fitted on the hand-marked sample and measured
by cross-validation: does it set apart clutter the shapes leave without losing article text?

Usage: .venv/bin/python bench/clutter_fit.py [--no-write] [--listing] [--heldout]

Training data: the dev, dev2 and dev3 articles of bench/clean_marks.jsonl (270; never the 50
held out). Each goes through the cleaner as a pasted text does (text.split.split_articles, the
clutter shapes of text/clutter*.py), and what they leave is cut into units of two kinds:

- paragraph: every paragraph of the cleaned text, set apart whole. Clutter when at least
  LABEL_SHARE of its letters and digits lie inside marked spans, article text otherwise (a
  caption run into a sentence is article text here: setting the paragraph apart loses the
  sentence).
- run-in: the opening words of a sentence, without a stop, up to a word that is not a function
  word right before a capitalised one (a caption run into the sentence after it, the case the
  shapes leave alone because headlines look the same). Clutter when it is marked and ends
  where its span ends; a piece ending inside a span is left out of the fit (taking it would
  leave the span's end in). At most one piece a sentence is taken, the likeliest.

Features are structure, never a site's words (FEATURES, RUNIN_FEATURES below: lengths,
capitals, digits, function words of text/stopwords.txt, final stops, position, neighbours,
link and separator characters). Two models: a logistic regression (Newton's method, L2, the
bias not shrunk) and small gradient-boosted trees (bench/clutter_gbt.py); each article weighs
the same, and clutter as much as article text in all.

Cross-validation, leave one source out (t17, entities, fa-kes, te3-silver, timebank, aquaint)
and leave one sample out (dev, dev2, dev3): fitted on the others, with its threshold chosen on
them by an inner cross-validation of the same kind (the lowest of THRESHOLDS whose inner
out-of-fold units lose at most LOSS_BUDGET of each sample's article sentences beyond what the
shapes lose), then applied to the one left out. The units taken are cut out of the shapes'
output and the result scored as bench/clean.py scores it. "Every unit known" is the ceiling:
each unit set apart exactly when its label says clutter.

--heldout fits each model on all 270 (threshold by the same inner cross-validation) and prints
the held-out totals only, once.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import clutter_gbt  # noqa: E402
from bench.clean import Score, key, load_marks, load_texts, score  # noqa: E402
from bench.common import NEWS, ROOT, publish, require  # noqa: E402

L2 = 1.0
LABEL_SHARE = 0.9  # a unit is clutter when this share of it is marked
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.92, 0.94, 0.96, 0.98, 0.99, 0.995, 1.01)
LOSS_BUDGET = 0.0025  # of a sample's article sentences a stage may lose in the inner folds
SPLITS = ("dev", "dev2", "dev3")
UNITS = ("paragraph", "run-in")
MODELS = ("logistic", "trees")
SHORT_WORDS = 8  # a paragraph of this many words or fewer is a short line
_TOKEN = re.compile(r"-[LR][RSC]B-|\\[/*]")
_ALNUM = re.compile(r"[^\W_]+")
_CLOSERS = "\"'”’)]»"
_STRIP = "\"'“”‘’()[],.;:!?*-–—|•·"
_CAPITALISED = re.compile(r"(?<!\S)[\"'“‘(\[]?[A-Z]")
_DIGIT_WORD = re.compile(r"\S*\d\S*")
_LOWER_RUN = re.compile(r"(?:(?<!\S)[a-z][a-z'’-]*[,;]? ){3}[a-z]")
_ALL_CAPS = re.compile(r"(?<![\w'’])[A-Z]{2,}(?![\w'’])")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]? (?=[\"'“‘(]?[A-Z])")
_RUN_IN_END = re.compile(r"(?<=\S)(?<![.!?,;:]) (?=[A-Z0-9])")
# after the cleaner's lists (text/clutter.txt FUNCTION, OPENER), lower-cased
FUNCTION = frozenset(
    (  # noqa: SIM905 - a word list reads best as words
        "the a an this these those our my your no every each while when where if because after "
        "before since until though although whereas so then of to in on at by for with and or "
        "from his her their its that as is was are were be has have had will would but than not "
        "who which said says told wrote writes added asked mr mrs dr"
    ).split()
)
OPENERS = frozenset(
    (  # noqa: SIM905
        "the a an there it he she they but and meanwhile however in on at as after before when "
        "while this these those his her their its our some many most several"
    ).split()
)

FEATURES = (
    "words (log)",
    "characters (log)",
    "share of capitalised words",
    "share of words with a digit",
    "share of words in capitals",
    "share of function words",
    "ends with a sentence stop",
    "ends with a colon",
    "three lower-case words in a row",
    "sentence ends inside (log)",
    "opens with a capital",
    "opens with a quotation mark",
    "a link or address",
    "an @, a | or a bullet",
    "a slash",
    "brackets",
    "first paragraph",
    "last paragraph",
    "1 / (1 + paragraphs before)",
    "1 / (1 + paragraphs after)",
    "the paragraph before is short",
    "the paragraph after is short",
    "words of the paragraph before (log)",
    "words of the paragraph after (log)",
    "the paragraph before ends with a stop",
    "at most three words",
)
RUNIN_FEATURES = (
    "piece words (log)",
    "rest of the sentence, words (log)",
    "piece, share of capitalised words",
    "piece, share of words with a digit",
    "piece, share of function words",
    "piece has a comma",
    "piece ends on a lower-case word",
    "next word opens sentences",
    "word after next is lower-case",
    "first paragraph",
    "1 / (1 + paragraphs before)",
    "piece opens the paragraph",
    "paragraph words (log)",
    "piece has quotation marks",
    "piece has brackets",
    "rest ends with a stop",
    "share of the piece's capitalised words found elsewhere in the text",
)


@cache
def stopwords() -> frozenset[str]:
    lines = (ROOT / "text" / "stopwords.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(s.strip() for s in lines if s.strip() and not s.startswith("#"))


def _ends_with_stop(paragraph: str) -> bool:
    return paragraph.rstrip().rstrip(_CLOSERS)[-1:] in (".", "!", "?")


def paragraph_features(paragraphs: list[str]) -> list[list[float]]:
    """One row of FEATURES for each paragraph, read with its neighbours and its position."""
    stop = stopwords()
    counts = [len(p.split()) for p in paragraphs]
    stops = [_ends_with_stop(p) for p in paragraphs]
    last = len(paragraphs) - 1
    rows = []
    for index, paragraph in enumerate(paragraphs):
        words = paragraph.split()
        n = max(len(words), 1)
        lower = [w.strip(_STRIP).lower() for w in words]
        before = counts[index - 1] if index else 0
        after = counts[index + 1] if index < last else 0
        head = paragraph.lstrip()[:1]
        rows.append(
            [
                math.log1p(len(words)),
                math.log1p(len(paragraph)),
                len(_CAPITALISED.findall(paragraph)) / n,
                len(_DIGIT_WORD.findall(paragraph)) / n,
                len(_ALL_CAPS.findall(paragraph)) / n,
                sum(map(stop.__contains__, lower)) / n,
                float(stops[index]),
                float(paragraph.rstrip().endswith(":")),
                float(_LOWER_RUN.search(paragraph) is not None),
                math.log1p(len(_SENTENCE_END.findall(paragraph))),
                float(head.isupper()),
                float(head in "\"'“‘"),
                float("http" in paragraph or "www." in paragraph or ".com" in paragraph),
                float(any(c in paragraph for c in "@|•·")),
                float("/" in paragraph),
                float("(" in paragraph or "[" in paragraph),
                float(index == 0),
                float(index == last),
                1 / (1 + index),
                1 / (1 + last - index),
                float(index > 0 and before <= SHORT_WORDS),
                float(index < last and after <= SHORT_WORDS),
                math.log1p(before),
                math.log1p(after),
                float(index > 0 and stops[index - 1]),
                float(len(words) <= 3),
            ]
        )
    return rows


def _open_inside(piece: str) -> bool:
    """A piece that ends inside brackets or a quotation is no caption before a sentence."""
    return (
        piece.count("(") != piece.count(")")
        or piece.count('"') % 2 == 1
        or piece.count("“") != piece.count("”")
        or piece.rstrip()[-1:] in ("#", "$", "£", "€")
    )


def run_in_pieces(paragraphs: list[str]) -> list[tuple[int, int, int, list[float]]]:
    """(paragraph index, start, end, RUNIN_FEATURES row) of every run-in piece."""
    stop = stopwords()
    capitalised = {w.strip(_STRIP) for p in paragraphs for w in p.split() if w[:1].isupper()}
    text = "\n".join(paragraphs)
    out = []
    for pi, p in enumerate(paragraphs):
        starts = [0] + [m.end() for m in _SENTENCE_END.finditer(p)]
        words_p = len(p.split())
        for s, e in zip(starts, [*starts[1:], len(p)], strict=True):
            sentence = p[s:e]
            for m in _RUN_IN_END.finditer(sentence):
                piece, rest = sentence[: m.start()], sentence[m.end() :]
                words, rest_words = piece.split(), rest.split()
                if not 3 <= len(words) <= 40 or len(rest_words) < 3:
                    continue
                if words[-1].strip(_STRIP).lower() in FUNCTION or _open_inside(piece):
                    continue
                n = len(words)
                lower = [w.strip(_STRIP).lower() for w in words]
                caps = [w.strip(_STRIP) for w in words if w[:1].isupper()]
                elsewhere = text.replace(piece, "")
                repeated = sum(1 for w in caps if w and w in capitalised and w in elsewhere)
                out.append(
                    (
                        pi,
                        s,
                        s + m.start(),
                        [
                            math.log1p(n),
                            math.log1p(len(rest_words)),
                            len(caps) / n,
                            sum(any(c.isdigit() for c in w) for w in words) / n,
                            sum(map(stop.__contains__, lower)) / n,
                            float("," in piece),
                            float(words[-1][:1].islower()),
                            float(rest_words[0].strip(_STRIP).lower() in OPENERS),
                            float(rest_words[1][:1].islower()),
                            float(pi == 0),
                            1 / (1 + pi),
                            float(s == 0),
                            math.log1p(words_p),
                            float(any(q in piece for q in "\"“”'`")),
                            float("(" in piece),
                            float(_ends_with_stop(rest)),
                            repeated / len(caps) if caps else 0.0,
                        ],
                    )
                )
    return out


# ----------------------------------------------------------------------------- the units


@dataclass
class Article:
    mark: dict
    text: str
    titles: list[str | None]
    bodies: list[list[str]]  # each draft's paragraphs as the shapes left them
    units: dict[str, list[tuple[int, int, int, int]]] = field(default_factory=dict)
    x: dict[str, np.ndarray] = field(default_factory=dict)  # unit kind -> rows
    y: dict[str, np.ndarray] = field(default_factory=dict)  # 1 clutter, 0 text, -1 left out


def keyed(text: str) -> tuple[str, list[int]]:
    """key(text) and, for each of its characters, the offset in text it comes from."""
    masked = _TOKEN.sub(lambda m: " " * len(m.group()), text)
    chars, offsets = [], []
    for m in _ALNUM.finditer(masked):
        for i, c in enumerate(m.group(), m.start()):
            for lower in c.lower():
                chars.append(lower)
                offsets.append(i)
    return "".join(chars), offsets


def _label(
    paragraph: str, s: int, e: int, text_key: str, offsets: list[int], marked: np.ndarray
) -> int:
    """1 when paragraph[s:e] is clutter (a piece of a paragraph: and ends where its span
    does), 0 article text, -1 not found back in the corpus text or a piece ending inside a
    span."""
    pk = key(paragraph)
    at = text_key.find(pk) if pk else -1
    if at < 0:
        head = text_key.find(pk[:30]) if pk else -1
        if head < 0 or (s, e) != (0, len(paragraph)):
            return -1
        tail = text_key.find(pk[-30:], head)
        if tail < 0:
            return -1
        span = offsets[head : tail + min(30, len(pk))]
        return int(bool(span) and marked[span].mean() >= LABEL_SHARE)
    k0 = at + len(key(paragraph[:s]))
    k1 = k0 + len(key(paragraph[s:e]))
    span = offsets[k0:k1]
    if not span:
        return -1
    clutter = marked[span].mean() >= LABEL_SHARE
    if clutter and e < len(paragraph) and k1 < len(offsets) and marked[offsets[k1]]:
        return -1
    return int(clutter)


def articles(marks: list[dict], texts: dict[str, str]) -> list[Article]:
    from text.read import Document
    from text.split import split_articles

    out = []
    for mark in marks:
        text = texts[mark["id"]]
        drafts = split_articles(Document(text=text, origin="bench", kind="text"))
        text_key, offsets = keyed(text)
        marked = np.zeros(len(text) + 1, dtype=bool)
        for s, e, _, _ in mark["spans"]:
            marked[s:e] = True
        a = Article(mark, text, [d.title for d in drafts], [])
        rows: dict[str, list[list[float]]] = {u: [] for u in UNITS}
        labels: dict[str, list[int]] = {u: [] for u in UNITS}
        a.units = {u: [] for u in UNITS}
        for di, d in enumerate(drafts):
            paragraphs = [p for p in d.text.split("\n\n") if p.strip()]
            a.bodies.append(paragraphs)
            for pi, row in enumerate(paragraph_features(paragraphs)):
                p = paragraphs[pi]
                a.units["paragraph"].append((di, pi, 0, len(p)))
                rows["paragraph"].append(row)
                labels["paragraph"].append(_label(p, 0, len(p), text_key, offsets, marked))
            for pi, s, e, row in run_in_pieces(paragraphs):
                a.units["run-in"].append((di, pi, s, e))
                rows["run-in"].append(row)
                labels["run-in"].append(_label(paragraphs[pi], s, e, text_key, offsets, marked))
        for u, width in (("paragraph", len(FEATURES)), ("run-in", len(RUNIN_FEATURES))):
            a.x[u] = np.array(rows[u], dtype=float).reshape(-1, width)
            a.y[u] = np.array(labels[u], dtype=int)
        out.append(a)
    return out


# ----------------------------------------------------------------------------- the models


def _data(train: list[Article], unit: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    xs, ys, ws = [], [], []
    for a in train:
        known = a.y[unit] >= 0
        if known.any():
            xs.append(a.x[unit][known])
            ys.append(a.y[unit][known])
            ws.append(np.full(int(known.sum()), 1.0 / known.sum()))  # each article the same
    x, y, w = np.vstack(xs), np.concatenate(ys).astype(float), np.concatenate(ws)
    w = np.where(y == 1, w * 0.5 / max(w[y == 1].sum(), 1e-12), w * 0.5 / w[y == 0].sum())
    return x, y, w


def fit_logistic(x: np.ndarray, y: np.ndarray, w: np.ndarray, steps: int = 50) -> np.ndarray:
    x = np.hstack([x, np.ones((len(y), 1))])
    beta = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], L2 / len(y))
    penalty[-1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(x @ beta, -50, 50)))
        gradient = x.T @ (w * (p - y)) + penalty * beta
        hessian = (x * (w * p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-9:
            break
    return beta


def fit(train: list[Article], unit: str, model: str):  # noqa: ANN201 - a model of either kind
    x, y, w = _data(train, unit)
    if not y.any():
        return None  # nothing to learn from: the stage takes nothing
    return (model, fit_logistic(x, y, w) if model == "logistic" else clutter_gbt.fit(x, y, w))


def predict(fitted, a: Article, unit: str) -> np.ndarray:  # noqa: ANN001
    x = a.x[unit]
    if fitted is None or not len(x):
        return np.zeros(len(x))
    kind, params = fitted
    if kind == "logistic":
        z = np.hstack([x, np.ones((len(x), 1))]) @ params
        return 1 / (1 + np.exp(-np.clip(z, -50, 50)))
    return clutter_gbt.predict(params, x)


# ----------------------------------------------------------------------------- scoring

_scored: dict[tuple, Score] = {}


def scored(a: Article, unit: str, taken: tuple[tuple[int, float], ...]) -> Score:
    """bench/clean.py's score of the article with the units `taken` ((index, probability))
    cut out of the shapes' output: one a sentence, the likeliest; never a whole draft."""
    cache_key = (unit, a.mark["id"], taken)
    if cache_key in _scored:
        return _scored[cache_key]
    best: dict[tuple[int, int, int], tuple[float, int]] = {}
    for i, p in taken:
        di, pi, s, e = a.units[unit][i]
        if best.get((di, pi, s), (-1.0, 0))[0] < p:
            best[(di, pi, s)] = (p, e)
    bodies = [list(b) for b in a.bodies]
    for (di, pi, s), (_, e) in sorted(best.items(), reverse=True):
        p = bodies[di][pi]
        bodies[di][pi] = (p[:s] + p[e:].lstrip()).strip()
    parts = []
    for title, body, original in zip(a.titles, bodies, a.bodies, strict=True):
        kept = [p for p in body if p] or original
        parts.append(f"{title or ''}\n\n" + "\n\n".join(kept))
    s = Score()
    score(a.mark, a.text, "\n\n".join(parts), s)
    _scored[cache_key] = s
    return s


def taken_at(probs: np.ndarray, threshold: float) -> tuple[tuple[int, float], ...]:
    return tuple((int(i), round(float(probs[i]), 9)) for i in np.flatnonzero(probs >= threshold))


def total(
    arts: list[Article], unit: str, probs: dict[str, np.ndarray] | None, threshold: float
) -> tuple[int, int, int, int]:
    """(spans, removed, sentences, lost) over arts; probs None: the shapes alone."""
    spans = removed = sentences = lost = 0
    for a in arts:
        taken = taken_at(probs[a.mark["id"]], threshold) if probs is not None else ()
        s = scored(a, unit, taken)
        spans += sum(s.spans.values())
        removed += sum(s.removed.values())
        sentences += s.sentences
        lost += len(s.lost)
    return spans, removed, sentences, lost


def group(a: Article, by: str) -> str:
    return a.mark["source"] if by == "source" else a.mark["split"]


def out_of_fold(arts: list[Article], by: str, unit: str, model: str) -> dict[str, np.ndarray]:
    probs: dict[str, np.ndarray] = {}
    for g in sorted({group(a, by) for a in arts}):
        fitted = fit([a for a in arts if group(a, by) != g], unit, model)
        for a in arts:
            if group(a, by) == g:
                probs[a.mark["id"]] = predict(fitted, a, unit)
    return probs


def choose_threshold(arts: list[Article], by: str, unit: str, model: str) -> float:
    """The lowest threshold whose out-of-fold units lose at most LOSS_BUDGET of the article
    sentences of every sample beyond what the shapes lose."""
    probs = out_of_fold(arts, by, unit, model)
    for threshold in THRESHOLDS:
        for split in SPLITS:
            part = [a for a in arts if a.mark["split"] == split]
            if not part:
                continue
            _, _, sentences, lost = total(part, unit, probs, threshold)
            if lost - total(part, unit, None, 1.0)[3] > LOSS_BUDGET * sentences:
                break
        else:
            return threshold
    return THRESHOLDS[-1]


def cross_validate(
    arts: list[Article], by: str, unit: str, model: str
) -> tuple[dict[str, np.ndarray], dict[str, float]]:
    """Out-of-fold decisions (1.0 taken, 0.0 not, at the inner-chosen threshold) and the
    thresholds chosen."""
    decided: dict[str, np.ndarray] = {}
    chosen: dict[str, float] = {}
    for g in sorted({group(a, by) for a in arts}):
        train = [a for a in arts if group(a, by) != g]
        chosen[g] = choose_threshold(train, by, unit, model)
        fitted = fit(train, unit, model)
        for a in arts:
            if group(a, by) == g:
                p = predict(fitted, a, unit)
                decided[a.mark["id"]] = np.where(p >= chosen[g], 0.5 + p / 2, 0.0)
    return decided, chosen


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "–"


VARIANTS = [(u, m) for u in UNITS for m in MODELS]


def cv_table(arts: list[Article], by: str) -> tuple[str, dict]:
    runs = {v: cross_validate(arts, by, *v) for v in VARIANTS}
    head = "| left out | articles | spans | sentences | shapes alone | " + " | ".join(
        f"+ {u}, {m}" for u, m in VARIANTS
    )
    rows = [head + " |", "|---|---:|---:|---:|---:" + "|---:" * len(VARIANTS) + "|"]
    groups = sorted({group(a, by) for a in arts})
    selections = [(g, [a for a in arts if group(a, by) == g]) for g in groups]
    selections.append(("**all**", arts))
    if by == "source":
        selections += [
            (f"(of which {s})", [a for a in arts if a.mark["split"] == s]) for s in SPLITS
        ]
    for name, part in selections:
        spans, removed, sentences, lost = total(part, "paragraph", None, 1.0)
        cells = [f"{pct(removed, spans)}, {lost} lost"]
        for v in VARIANTS:
            _, r, _, lo = total(part, v[0], runs[v][0], 0.5)
            cells.append(f"{pct(r, spans)}, {lo} lost")
        rows.append(f"| {name} | {len(part)} | {spans} | {sentences} | " + " | ".join(cells) + " |")
    thresholds = "; ".join(
        f"{u}, {m}: " + ", ".join(f"{g} {runs[(u, m)][1][g]:.2f}" for g in groups)
        for u, m in VARIANTS
    )
    return "\n".join(rows) + f"\n\nThresholds chosen (1.01: none taken): {thresholds}.", runs


def ceiling(arts: list[Article]) -> str:
    cells = []
    for split in SPLITS:
        part = [a for a in arts if a.mark["split"] == split]
        spans, removed, _, _ = total(part, "paragraph", None, 1.0)
        each = []
        for unit in UNITS:
            known = {a.mark["id"]: (a.y[unit] == 1).astype(float) for a in part}
            each.append(f"{unit} {pct(total(part, unit, known, 0.5)[1], spans)}")
        cells.append(f"{split} {pct(removed, spans)} (every unit known: {', '.join(each)})")
    return "; ".join(cells)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-write", action="store_true", help="print, leave docs/ alone")
    parser.add_argument("--listing", action="store_true", help="list the units CV takes")
    parser.add_argument("--heldout", action="store_true", help="held-out totals, once")
    args = parser.parse_args()
    require(NEWS)
    marks = load_marks()
    texts = load_texts(marks)
    arts = articles([m for m in marks if m["split"] in SPLITS], texts)
    if args.heldout:
        held_out_totals(arts, articles([m for m in marks if m["split"] == "heldout"], texts))
        return
    counts = []
    for unit in UNITS:
        y = np.concatenate([a.y[unit] for a in arts])
        counts.append(
            f"{len(y):,} {unit} units: {int((y == 1).sum())} clutter, "
            f"{int((y == 0).sum()):,} article text, {int((y < 0).sum())} left out"
        )
    by_source, runs = cv_table(arts, "source")
    by_sample, _ = cv_table(arts, "split")
    body = "\n\n".join(
        [
            "A learned stage after the clutter shapes, cross-validated on the dev, dev2 and dev3 "
            "marks (`bench/clutter_fit.py`; 270 articles, the held-out 50 never): each cell is "
            "the share of marked spans removed or set apart and the article sentences lost, on "
            f"the articles left out. Units after the shapes: {'; '.join(counts)}.",
            "Leave one source out:",
            by_source,
            "Leave one sample out:",
            by_sample,
            f"Shapes alone, and the ceiling of each unit: {ceiling(arts)}.",
        ]
    )
    publish(body, "clutter_fit", write=not args.no_write, doc="QUALITY.md")
    if args.listing:  # dev, dev2, dev3 only
        for unit, model in VARIANTS:
            decided = runs[(unit, model)][0]
            for a in arts:
                for i, _ in taken_at(decided[a.mark["id"]], 0.5):
                    di, pi, s, e = a.units[unit][i]
                    tag = {1: "clutter", 0: "TEXT", -1: "?"}[int(a.y[unit][i])]
                    piece = " ".join(a.bodies[di][pi][s:e].split())[:100]
                    print(f"{unit}/{model} {tag:7} {a.mark['id']}: {piece}")


def held_out_totals(arts: list[Article], held: list[Article]) -> None:
    """Each variant fitted on all 270, threshold by leave-one-source-out: held-out totals."""
    spans, removed, sentences, lost = total(held, "paragraph", None, 1.0)
    print(
        f"held out ({len(held)}), shapes alone: {pct(removed, spans)} of {spans} spans, "
        f"{lost} of {sentences} sentences lost"
    )
    for unit, model in VARIANTS:
        threshold = choose_threshold(arts, "source", unit, model)
        fitted = fit(arts, unit, model)
        probs = {a.mark["id"]: predict(fitted, a, unit) for a in held}
        _, r, _, lo = total(held, unit, probs, threshold)
        print(
            f"held out, + {unit}, {model} (threshold {threshold:.2f}): {pct(r, spans)}, {lo} lost"
        )


if __name__ == "__main__":
    main()
