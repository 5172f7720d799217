"""How close two texts are in meaning, by a static word-embedding model: the mean of their
tokens' vectors, compared by cosine.

The model is WordLlama's l2_supercat (256 dimensions over Llama 2's 32,000-token vocabulary),
whose weights and tokenizer ship inside the `wordllama` wheel: nothing is downloaded, no torch
runs, and a sentence's vector is a look-up and a mean. It puts "assassinated" near "killed"
and "envoy" near "ambassador" without either pair being listed anywhere, which is what a
question in other words needs; it knows nothing of word order.

Only the wheel's two data files are read (with `tokenizers`, `safetensors` and numpy): the
`wordllama` package itself is never imported, since importing it pulls in an HTTP client and
configures logging. Loading takes about half a second, once, on first use, never at import.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from tokenizers import Tokenizer

PACKAGE = "wordllama"
WEIGHTS = ("weights", "l2_supercat_256.safetensors")
TOKENIZER = ("tokenizers", "l2_supercat_tokenizer_config.json")


def _package_dir() -> Path:
    spec = importlib.util.find_spec(PACKAGE)  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the {PACKAGE} package, which holds the model, is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


@cache
def _model() -> tuple[Tokenizer, np.ndarray]:
    import numpy as np
    from safetensors import safe_open
    from tokenizers import Tokenizer

    root = _package_dir()
    tokenizer = Tokenizer.from_file(str(root.joinpath(*TOKENIZER)))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    with safe_open(str(root.joinpath(*WEIGHTS)), framework="np", device="cpu") as weights:
        table = np.ascontiguousarray(weights.get_tensor("embedding.weight"), dtype=np.float32)
    return tokenizer, table


def load() -> None:
    """Read the model now (a long-lived process does so in the background at start)."""
    _model()


def vectors(texts: list[str]) -> np.ndarray:
    """One unit vector per text: the mean of its tokens' vectors (zero for a text of nothing
    but spaces: the tokenizer would give it a vector of the space)."""
    import numpy as np

    tokenizer, table = _model()
    out = np.zeros((len(texts), table.shape[1]), dtype=np.float32)
    for row, encoding in enumerate(tokenizer.encode_batch(texts, add_special_tokens=False)):
        if not texts[row].strip():
            continue
        ids = np.asarray(encoding.ids, dtype=np.int64)
        ids = ids[(ids >= 0) & (ids < table.shape[0])]
        if ids.size:
            out[row] = table[ids].mean(axis=0)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return np.divide(out, norms, out=np.zeros_like(out), where=norms > 0)


def similarities(query: str, texts: list[str]) -> list[float]:
    """Cosine of the query's vector with each text's, in [-1, 1]."""
    if not texts:
        return []
    vecs = vectors([query, *texts])
    return [float(x) for x in vecs[1:] @ vecs[0]]
