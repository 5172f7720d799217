#!/bin/sh
# The whole test suite, after the same set-up as the demo.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
# Compiled bytecode, and pytest's copies of the test modules with their asserts rewritten, are
# kept in .venv/pycache, out of the tree, even where PYTHONDONTWRITEBYTECODE is set: without
# them every worker compiled and rewrote every test module again at each run, about 4 s of CPU
# per worker before the first test.
unset PYTHONDONTWRITEBYTECODE
export PYTHONPYCACHEPREFIX="$PWD/.venv/pycache"
# One worker per core (SITREP_TEST_WORKERS=0 runs in this process, e.g. to use a debugger).
# Whole files go to one worker, so a module's fixtures (a running bot, a built store) are made once.
exec .venv/bin/python -m pytest -n "${SITREP_TEST_WORKERS:-auto}" --dist loadfile "$@"
