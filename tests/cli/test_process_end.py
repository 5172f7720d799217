"""A question asked as the `sitrep` command (main() reading the process's arguments) leaves
its objects frozen for the process's end, which then skips a last walk over them for cycles;
main() given its arguments by a longer-lived caller leaves the collector as it found it."""

import gc
import json
import subprocess
import sys

import pytest

from cli.main import main
from tests.conftest import ARTICLE_MANBIJ, ROOT

PROBE = """
import gc, io, json, sys
sys.argv = ["sitrep"] + sys.argv[1:]
out, sys.stdout = sys.stdout, io.StringIO()
from cli.main import main
code = main()
sys.stdout = out
print(json.dumps({"code": code, "frozen": gc.get_freeze_count(), "enabled": gc.isenabled()}))
"""


@pytest.mark.slow
def test_the_sitrep_process_freezes_its_objects_at_the_end(tmp_path):
    (tmp_path / "manbij.txt").write_text(ARTICLE_MANBIJ, encoding="utf-8")
    db = str(tmp_path / "store.db")
    assert main(["--db", db, "ingest", str(tmp_path / "manbij.txt")]) == 0
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--db", db, "timeline", "Manbij", "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        timeout=120,
    )
    state = json.loads(done.stdout)
    assert state["code"] == 0 and state["frozen"] > 0 and state["enabled"]


def test_main_called_with_arguments_leaves_the_collector_alone(tmp_path, capsys):
    (tmp_path / "manbij.txt").write_text(ARTICLE_MANBIJ, encoding="utf-8")
    db = str(tmp_path / "store.db")
    assert main(["--db", db, "ingest", str(tmp_path / "manbij.txt")]) == 0
    frozen = gc.get_freeze_count()
    assert main(["--db", db, "timeline", "Manbij", "--json"]) == 0
    assert gc.get_freeze_count() == frozen and gc.isenabled()
