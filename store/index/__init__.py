"""A persistent, incremental BM25 index whose scores equal rank-bm25's BM25Okapi.

Why this design (measured in docs/PERFORMANCE.md): rank-bm25 rescans every passage per query
and cannot add one without a rebuild; SQLite FTS5's bm25() has fixed parameters and poor tail
latency on frequent terms. Here each term's postings (passage id, term frequency) are stored in
blocks of up to BLOCK_SIZE inside SQLite (fewer where passages were taken out), written in the
same transaction as the article, read on demand per query term and scored with numpy; passage
lengths are kept apart, one dense array for the whole index.

The package: codec.py (the block format), writer.py (adding passages), removal.py (taking
them out, block by block), scoring.py (BM25Okapi and top-k selection, pure functions citing
their sources), cache.py (what is kept in memory per database, behind one lock), reader.py
(statistics, postings, score and top).
"""

from store.index.cache import CACHE_BYTES, Decoded, clear_cache
from store.index.codec import BLOCK_SIZE, NARROW, WIDE, decode_block, decode_blocks, encode_block
from store.index.reader import (
    POSTING,
    Term,
    decoded,
    document_frequency,
    passage_lengths,
    postings,
    score,
    stats,
    top,
    weighted,
)
from store.index.scoring import EPSILON, K1, B, Stats, idf, saturation, term_idf
from store.index.writer import LENGTHS_CHUNK, MAX_PASSAGE_TERMS, add_passages

__all__ = [
    "B",
    "BLOCK_SIZE",
    "CACHE_BYTES",
    "EPSILON",
    "K1",
    "LENGTHS_CHUNK",
    "MAX_PASSAGE_TERMS",
    "NARROW",
    "POSTING",
    "WIDE",
    "Decoded",
    "Stats",
    "Term",
    "add_passages",
    "clear_cache",
    "decode_block",
    "decode_blocks",
    "decoded",
    "document_frequency",
    "encode_block",
    "idf",
    "passage_lengths",
    "postings",
    "saturation",
    "score",
    "stats",
    "term_idf",
    "top",
    "weighted",
]
