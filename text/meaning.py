"""How close two texts are in meaning, by a static word-embedding model: the mean of their
tokens' vectors, compared by cosine.

The model is WordLlama's l2_supercat (256 dimensions over Llama 2's 32,000-token vocabulary),
whose weights and tokenizer ship inside the `wordllama` wheel: nothing is downloaded, no torch
runs, and a sentence's vector is a look-up and a mean. It puts "assassinated" near "killed"
and "envoy" near "ambassador" without either pair being listed anywhere, which is what a
question in other words needs; it knows nothing of word order.

What a new process pays is kept small, since `quote` compares a few dozen passages and a
person waits for it:
- the wheel's tokenizer file is compiled once into a table of pieces (text/compiled.py, rebuilt
  when the file or this code changes), packed so that a process looks up only the pieces it
  meets instead of loading 32,000 (text/piece_table.py), and tokenized in plain Python
  (text/sentencepiece_bpe.py);
- the weights are compiled once into a fixed-point table that is mapped into memory, and only
  the rows of the tokens used are read; a row is one integer, so a text's sum is a few dozen
  integer additions (text/embedding_rows.py);
- a text's sum, its length and its dot product with the question are exact integers, rounded
  once into a cosine at the end: the same texts give the same floats in every process, whether
  it has numpy loaded or not, and whatever it compared before. (Sums of
  float32 rows in numpy, which a process took once numpy was loaded, differed from these in
  the sixth decimal, so two processes could rank two passages differently.) A process that has
  numpy loaded (a large store's index, `serve`) works the same integers out in numpy, a batch
  at a time, which is several times faster than Python's 2 KB integers and 256 products a text;
- the sums of the texts last compared are remembered: a passage found again by another question
  is not tokenized and summed again.
The `wordllama` package itself is never imported, since importing it pulls in an HTTP client
and configures logging.
"""

from __future__ import annotations

import importlib.util
import math
import sys
import threading
from array import array
from collections import OrderedDict
from functools import cache
from operator import mul
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from text import piece_table, sentencepiece_bpe
from text.embedding_rows import Rows

if TYPE_CHECKING:
    import numpy as np

PACKAGE = "wordllama"
WEIGHTS = ("weights", "l2_supercat_256.safetensors")
TOKENIZER = ("tokenizers", "l2_supercat_tokenizer_config.json")
TENSOR = "embedding.weight"


def _package_dir() -> Path:
    spec = importlib.util.find_spec(PACKAGE)  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the {PACKAGE} package, which holds the model, is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


@cache
def _model() -> tuple[sentencepiece_bpe.Tokenizer, Rows]:
    from text.compiled import cache_dir, compiled

    root = _package_dir()
    vocabulary = root.joinpath(*TOKENIZER)
    packed = compiled(
        "wordllama pieces",
        [vocabulary, sentencepiece_bpe.__file__, piece_table.__file__],
        lambda: piece_table.pack(sentencepiece_bpe.compile_table(vocabulary)),
    )
    tokenizer = sentencepiece_bpe.Tokenizer(piece_table.PieceTable(packed))
    return tokenizer, Rows(root.joinpath(*WEIGHTS), TENSOR, cache_dir())


# The tokenizer and the rows remember what they have met; the bot asks from several threads.
_lock = threading.Lock()
# Each text last compared, with the sum of its tokens' rows in fixed point and that sum's
# squared length (None for a text with no tokens: it is close to nothing). 2 KB a text; least
# recently used first out.
KEPT_SUMS = 8192
Sum: TypeAlias = "tuple[array[int], int]"
_kept: OrderedDict[str, Sum | None] = OrderedDict()


def load() -> None:
    """Read the model now (about half a second): a long-lived process does so in the
    background at start, so that its first question does not wait for it."""
    _model()


def _token_ids(texts: list[str]) -> list[list[int] | None]:
    """Each text's token ids (None for a text of nothing but spaces: the tokenizer would give
    it a vector of the space), those outside the table left out."""
    tokenizer, rows = _model()
    with _lock:
        encoded = [tokenizer.encode(text) for text in texts]
    count = rows.count
    out: list[list[int] | None] = []
    for text, ids in zip(texts, encoded, strict=True):
        if not text.strip() or not ids:
            out.append(None)
        elif min(ids) >= 0 and max(ids) < count:  # always, with the model's own tokenizer
            out.append(ids)
        else:
            out.append([t for t in ids if 0 <= t < count] or None)
    return out


def sums(texts: list[str]) -> list[Sum | None]:
    """Each text's sum of its tokens' rows in fixed point (text/embedding_rows.py), exact, with
    its squared length (None for a text of nothing but spaces). The sum stands for the mean: a
    cosine does not see the scale."""
    with _lock:
        known = {text: _kept[text] for text in texts if text in _kept}
        for text in known:
            _kept.move_to_end(text)
    missing = [text for text in dict.fromkeys(texts) if text not in known]
    if missing:
        _, rows = _model()
        token_ids = _token_ids(missing)
        present = [ids for ids in token_ids if ids is not None]
        # numpy's sums when it is loaded (the same integers), else each text's rows added here
        summed = rows.fixed_sums(present)
        if summed is None:
            summed = []
            for ids in present:
                with _lock:
                    total = sum(map(rows.row, ids))
                summed.append(rows.fixed(total, len(ids)))
        squares = _dots(summed, summed)
        made: dict[str, Sum | None] = {}
        found = iter(zip(summed, squares, strict=True))
        for text, text_ids in zip(missing, token_ids, strict=True):
            made[text] = None if text_ids is None else next(found)
        with _lock:
            for text, value in made.items():
                _kept[text] = value
                if len(_kept) > KEPT_SUMS:
                    _kept.popitem(last=False)
        known.update(made)
    return [known[text] for text in texts]


# Exact dot products of fixed-point sums in numpy's 64-bit integers: each value is cut into a
# high and a low part of SPLIT bits, so that each product of parts, and a row's sum of them, stays
# under 2**63 (values reach about 2**31; beyond _SPLIT_LIMIT, never met, Python multiplies).
SPLIT = 26
_SPLIT_LIMIT = 1 << (2 * SPLIT)
_SPLIT_WIDTH = 1 << (61 - 2 * SPLIT)  # the longest rows whose sums of parts stay under 2**63


def _dots(left: list[array[int]], right: list[array[int]]) -> list[int]:
    """The exact dot product of each row of left with the same row of right (as many rows), or
    with right's one row: as Python's integer sums of products give it, in numpy when it is
    loaded."""
    np = sys.modules.get("numpy")
    if np is not None and left and len(left[0]) <= _SPLIT_WIDTH:
        width = len(left[0])
        a = np.frombuffer(b"".join(left), dtype=np.int64).reshape(len(left), width)
        b = np.frombuffer(b"".join(right), dtype=np.int64).reshape(len(right), width)
        if all(-_SPLIT_LIMIT < int(m) < _SPLIT_LIMIT for x in (a, b) for m in (x.min(), x.max())):
            mask = (1 << SPLIT) - 1
            a_high, a_low = a >> SPLIT, a & mask
            b_high, b_low = b >> SPLIT, b & mask
            high = (a_high * b_high).sum(axis=1).tolist()
            middle = (a_high * b_low + a_low * b_high).sum(axis=1).tolist()
            low = (a_low * b_low).sum(axis=1).tolist()
            return [
                (h << (2 * SPLIT)) + (m << SPLIT) + lo
                for h, m, lo in zip(high, middle, low, strict=True)
            ]
    if len(right) == 1:
        return [sum(map(mul, values, right[0])) for values in left]
    return [sum(map(mul, values, other)) for values, other in zip(left, right, strict=True)]


def similarities(query: str, texts: list[str]) -> list[float]:
    """Cosine of the query's vector with each text's, in [-1, 1] (0 where either is empty)."""
    if not texts:
        return []
    question, *others = sums([query, *texts])
    if question is None or not question[1]:
        return [0.0] * len(texts)
    values, squared = question
    compared = [other for other in others if other is not None and other[1]]
    dots = iter(_dots([other[0] for other in compared], [values]))
    return [
        next(dots) / math.sqrt(squared * other[1]) if other is not None and other[1] else 0.0
        for other in others
    ]


def vectors(texts: list[str]) -> np.ndarray:
    """One unit vector per text (zero for a text of nothing but spaces), as float32 rows: for
    comparing many texts at once in numpy (the benches' dense retrieval)."""
    import numpy as np

    width = _model()[1].width
    out = np.zeros((len(texts), width), dtype=np.float32)
    for row, value in enumerate(sums(texts)):
        if value is not None and value[1]:
            out[row] = np.frombuffer(value[0], dtype=np.int64) / math.sqrt(value[1])
    return out
