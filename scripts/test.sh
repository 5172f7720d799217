#!/bin/sh
# The whole test suite, after the same set-up as the demo.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
exec .venv/bin/python -m pytest "$@"
