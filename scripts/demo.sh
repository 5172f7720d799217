#!/bin/sh
# The demo: install, ingest the sample articles into an embedded database, ask a few questions.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
DB="${SITREP_DEMO_DB:-demo.db}"
rm -f "$DB" "$DB-wal" "$DB-shm"
run() {
    printf '\n\033[1m$ sitrep %s\033[0m\n' "$*"
    .venv/bin/sitrep --db "$DB" "$@"
}
run ingest seeds/*
run quote booby-trapped buildings --limit 3
run quote '"no picnic"' --limit 1
run actor SDF
run timeline Raqqa
printf '\nThe database is %s; try `.venv/bin/sitrep --db %s --help`.\n' "$DB" "$DB"
if [ -z "${SLACK_BOT_TOKEN:-}" ]; then
    echo "No Slack settings found: this was the terminal front end. To connect Slack, see docs/SLACK.md."
fi
