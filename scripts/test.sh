#!/bin/sh
# The whole test suite, after the same set-up as the demo.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
# One worker per core (SITREP_TEST_WORKERS=0 runs in this process, e.g. to use a debugger).
exec .venv/bin/python -m pytest -n "${SITREP_TEST_WORKERS:-auto}" "$@"
