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
- cosines are computed in plain Python unless numpy is already loaded: a new process on a
  small store never imports it for this. With numpy (a large store's index, a long-lived
  process), every text's rows are gathered at once from a float32 table whose rows are
  converted from float16 as they are first met, and summed as numpy's mean sums them; the
  vectors of the last texts compared are remembered (a passage found again by another question
  is not tokenized again).
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
from itertools import chain
from operator import mul
from pathlib import Path
from typing import TYPE_CHECKING

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
_float_table: np.ndarray | None = None  # set by load(): the rows as float32, 32 MB
_lazy_table: np.ndarray | None = None  # without load(): rows converted as they are met ...
_converted: np.ndarray | None = None  # ... and which ones are
# Unit vectors of the texts last compared (numpy's, a float32 row of 1 KB each, keyed by the
# text itself): a passage met again, by a later question or the same one asked again, is not
# tokenized and summed again. Least recently used first out.
KEPT_VECTORS = 16_384
_kept: OrderedDict[str, np.ndarray] = OrderedDict()


def load() -> None:
    """Read the model now: a long-lived process does so in the background at start, and also
    converts the whole table to float32 with numpy, which it can afford once. (It used to take
    the `tokenizers` library's tokenizer too: its batches, spread over threads, took about three
    times as long for a question's few dozen passages as the plain tokenizer, which remembers
    each word's ids.)"""
    global _float_table
    _, rows = _model()
    import numpy as np

    _float_table = rows.half_table().astype(np.float32)


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


def _float_rows(ids: np.ndarray) -> np.ndarray:
    """A float32 table holding at least the rows of ids: load()'s whole table, or else one
    whose rows are converted from float16 as they are first met (a gather from the float16
    table converts every row again at every question, and converting all 32,000 at once is
    what a command-line process should not pay for a few hundred)."""
    global _lazy_table, _converted
    if _float_table is not None:
        return _float_table
    import numpy as np

    _, rows = _model()
    with _lock:
        if _lazy_table is None or _converted is None:
            # np.empty: memory is committed page by page, as rows are written.
            _lazy_table = np.empty((rows.count, rows.width), dtype=np.float32)
            _converted = np.zeros(rows.count, dtype=bool)
        new = ids[~_converted[ids]]
        if len(new):
            _lazy_table[new] = rows.half_table()[new]
            _converted[new] = True
        return _lazy_table


def vectors(texts: list[str]) -> np.ndarray:
    """One unit vector per text: the mean of its tokens' vectors (zero for a text of nothing
    but spaces)."""
    import numpy as np

    tokenizer, rows = _model()
    out = np.zeros((len(texts), rows.width), dtype=np.float32)
    # Each text's ids as its chunks' arrays of C ints, joined as bytes for numpy at once.
    with _lock:
        chunked = [tokenizer.chunk_ids(text) for text in texts]
    present: list[int] = []
    pieces: list[array[int]] = []
    sizes: list[int] = []
    for row, (text, chunks) in enumerate(zip(texts, chunked, strict=True)):
        size = sum(map(len, chunks))
        if size and text.strip():  # as _token_ids: no vector of the space for a blank text
            present.append(row)
            pieces.extend(chunks)
            sizes.append(size)
    counts = np.array(sizes, dtype=np.intp)
    flat = np.frombuffer(b"".join(pieces), dtype=np.intc)
    # Every id in the table (always, with the model's own tokenizer), looked at once; or else
    # the texts' ids each looked at, as _token_ids does.
    if len(flat) and not (flat.min() >= 0 and flat.max() < rows.count):
        present.clear()
        ids: list[list[int]] = []
        for row, text_ids in enumerate(_token_ids(texts)):
            if text_ids is not None:
                present.append(row)
                ids.append(text_ids)
        counts = np.fromiter(map(len, ids), dtype=np.intp, count=len(ids))
        flat = np.fromiter(chain.from_iterable(ids), dtype=np.intp, count=int(counts.sum()))
    if present:
        gathered = _float_rows(flat).take(flat, axis=0)  # every text's rows in one gather
        sums = np.empty((len(present), rows.width), dtype=np.float32)
        end = 0
        for i, n in enumerate(counts.tolist()):
            # A text's rows added one after another, as the mean of numpy adds them (its
            # np.add.reduceat adds them in another order: other floats, other rankings) ...
            np.add.reduce(gathered[end : end + n], axis=0, out=sums[i])
            end += n
        # ... and divided by their count as the mean divides (by an integer, in float64).
        out[present] = sums / counts[:, None]
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return np.divide(out, norms, out=np.zeros_like(out), where=norms > 0)


def unit_vectors(texts: list[str]) -> np.ndarray:
    """vectors(texts), the same floats, with the vectors of texts met lately remembered: a
    text's vector does not depend on the texts embedded with it (each one's rows are summed
    alone), so one remembered is the one a new batch would give."""
    import numpy as np

    with _lock:
        found = [_kept.get(text) for text in texts]
        for text, vector in zip(texts, found, strict=True):
            if vector is not None:
                _kept.move_to_end(text)
    missing = list(dict.fromkeys(t for t, v in zip(texts, found, strict=True) if v is None))
    made: dict[str, np.ndarray] = {}
    if missing:
        batch = vectors(missing)
        made = dict(zip(missing, batch, strict=True))
        with _lock:
            for text, vector in made.items():
                _kept[text] = vector.copy()  # a row alone, not a view keeping its batch
                if len(_kept) > KEPT_VECTORS:
                    _kept.popitem(last=False)
        if len(missing) == len(texts):  # every text new, none twice: the batch is the answer
            return batch
    rows = [made[t] if v is None else v for t, v in zip(texts, found, strict=True)]
    if not rows:
        return np.zeros((0, _model()[1].width), dtype=np.float32)
    return np.stack(rows)


def similarities(query: str, texts: list[str]) -> list[float]:
    """Cosine of the query's vector with each text's, in [-1, 1] (0 where either is empty).

    With numpy already imported (a long-lived process, or a large store's index) the vectors
    are numpy's; otherwise the sums are fixed-point integers (text/embedding_rows.py), which
    spares a new process numpy's import. The two agree to about 1e-7."""
    if not texts:
        return []
    if "numpy" in sys.modules:
        vecs = unit_vectors([query, *texts])
        return (vecs[1:] @ vecs[0]).tolist()  # type: ignore[no-any-return]
    _, rows = _model()
    sums: list[list[float] | None] = []
    for ids in _token_ids([query, *texts]):
        if ids is None:
            sums.append(None)
            continue
        with _lock:
            summed = sum(map(rows.row, ids))
        sums.append(rows.unpack(summed, len(ids)))
    question = sums[0]
    if question is None:
        return [0.0] * len(texts)
    norm = math.sqrt(sum(x * x for x in question))
    out = []
    for total in sums[1:]:
        length = math.sqrt(sum(x * x for x in total)) if total is not None else 0.0
        if total is None or not length or not norm:
            out.append(0.0)
            continue
        out.append(sum(map(mul, question, total)) / (norm * length))
    return out
