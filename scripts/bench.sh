#!/usr/bin/env bash
# Reproduce every table of docs/PERFORMANCE.md. The corpora are built once by bench/build.py
# into bench/out/ (about 30 minutes on 2 cores) and reused; REBUILD=1 builds them again.
# The benchmarks then take about 15 minutes. Each writes its own section of the document.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
if [ ! -f ../shared/eval/news-corpus.jsonl ]; then
    echo "skipped: ../shared/eval/news-corpus.jsonl is absent"
    exit 0
fi
"$PY" -c "import pyinstrument" 2>/dev/null || .venv/bin/pip install -q -e ".[bench]"
if [ "${REBUILD:-0}" = 1 ] || [ ! -f bench/out/articles-100000.db ]; then
    "$PY" bench/build.py
fi
"$PY" bench/build.py --report
"$PY" bench/quote.py
"$PY" bench/entities.py
"$PY" bench/curation_speed.py bench/out/passages-100000.db
"$PY" bench/ingest.py
"$PY" bench/startup.py
