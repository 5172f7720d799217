#!/bin/sh
# Create .venv/ and install Sitrep with its pinned dependencies; quick when nothing changed.
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    echo "setup: creating .venv/ with $($PYTHON --version 2>&1)"
    "$PYTHON" -m venv .venv
fi
stamp=".venv/.sitrep-installed"
want="$(cat pyproject.toml | cksum)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "setup: installing Sitrep and its pinned dependencies into .venv/ (first run takes a minute)"
    log=".venv/install.log"
    # --no-compile: pip would compile every module of every package (a fifth of a fresh
    # set-up); Python compiles those a run imports, once, when it first imports them.
    if ! { .venv/bin/python -m pip install --disable-pip-version-check --upgrade pip &&
           .venv/bin/python -m pip install --disable-pip-version-check --no-compile -e '.[test]'; } > "$log" 2>&1
    then
        tail -n 30 "$log"
        echo "setup: installation failed; the whole log is in $log" >&2
        exit 1
    fi
    echo "$want" > "$stamp"
fi
