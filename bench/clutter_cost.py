"""Instructions the learned clutter stage's features would add to cleaning, as
bench/clutter_fit.py computes them (plain Python), on every 40th corpus article (506).

Run each mode under cachegrind, the same hash seed, and subtract (docs/QUALITY.md, cleaning):

    for m in none clean paragraph run-in; do PYTHONHASHSEED=0 valgrind --tool=cachegrind \\
      --cache-sim=no --cachegrind-out-file=/dev/null .venv/bin/python bench/clutter_cost.py $m \\
      2>&1 | grep 'I *refs' | sed "s/^/$m /"; done

none: start-up, the corpus read and one article cleaned; clean: `split_articles` of each;
paragraph and run-in: that, then each draft's paragraph features or run-in pieces scored by a
logistic regression (weights of no consequence: the count is the same).
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.clutter_fit import (  # noqa: E402
    FEATURES,
    RUNIN_FEATURES,
    paragraph_features,
    run_in_pieces,
)
from bench.common import NEWS, require  # noqa: E402
from text.read import Document  # noqa: E402
from text.split import split_articles  # noqa: E402

EVERY = 40


def main(mode: str) -> None:
    require(NEWS)
    lines = NEWS.read_text(encoding="utf-8").splitlines()[::EVERY]
    texts = [json.loads(line)["text"] for line in lines]
    by_paragraph, by_piece = [0.1] * len(FEATURES), [0.1] * len(RUNIN_FEATURES)
    split_articles(Document(text=texts[0], origin="bench", kind="text"))
    if mode == "none":
        return
    for text in texts:
        for draft in split_articles(Document(text=text, origin="bench", kind="text")):
            paragraphs = [p for p in draft.text.split("\n\n") if p.strip()]
            if mode == "paragraph":
                for row in paragraph_features(paragraphs):
                    1 / (1 + math.exp(-sum(w * x for w, x in zip(by_paragraph, row, strict=True))))
            elif mode == "run-in":
                for _, _, _, row in run_in_pieces(paragraphs):
                    1 / (1 + math.exp(-sum(w * x for w, x in zip(by_piece, row, strict=True))))
    print(f"{len(texts)} articles")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "clean")
