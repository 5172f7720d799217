"""`sitrep shell`: command lines read one after another by one process, over a real store."""

import json
import os
import select
import subprocess
import sys
import time

import pytest

from cli import shell
from tests.conftest import ROOT

SITREP = [sys.executable, "-c", "import sys; from cli.main import main; sys.exit(main())"]


def sitrep(*argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*SITREP, *argv],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )


def test_lines_from_a_pipe_run_in_turn_on_one_store(tmp_path, article_files):
    db = str(tmp_path / "shell.db")
    script = "\n".join(
        [
            "# ingest, then ask",
            "ingest --published 2016-08-15 " + " ".join(article_files),
            "",
            "sitrep quote supply routes --json",  # pasted from a terminal
            "timeline Manbij from:2016 --json",  # Slack's spelling of an option
            "actor SDF --json",
        ]
    )
    done = sitrep("--db", db, "shell", stdin=script + "\n")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    decoder = json.JSONDecoder()
    text = done.stdout[done.stdout.index("{") :]
    documents = []
    while text.strip():
        document, end = decoder.raw_decode(text)
        documents.append(document)
        text = text[end:].lstrip()
    quote, timeline, actor = documents
    assert "supply routes" in quote["results"][0]["text"]
    assert timeline["entries"] and all(e["date"] >= "2016" for e in timeline["entries"])
    assert actor["actor"]["name"] == "Syrian Democratic Forces"
    # the same answers as separate `sitrep` commands give
    alone = sitrep("--db", db, "actor", "SDF", "--json")
    assert json.loads(alone.stdout) == actor


def test_a_bad_line_is_one_error_and_the_next_line_still_runs(tmp_path, article_files):
    db = str(tmp_path / "shell.db")
    assert sitrep("--db", db, "ingest", *article_files).returncode == 0
    before = (tmp_path / "shell.db").read_bytes()
    script = "\n".join(
        [
            'quote "unbalanced',
            "frobnicate Raqqa",
            "serve",
            "shell",
            "timeline Manbij --limit 0",
            "quote Manbij --limit 1",
            "exit",
            "quote never reached",
        ]
    )
    done = sitrep("--db", db, "shell", stdin=script + "\n")
    assert done.returncode == 1  # a script learns that a command failed
    errors = [line for line in done.stderr.splitlines() if line.startswith("sitrep")]
    assert errors[0] == "sitrep: error: No closing quotation"
    assert errors[1] == "sitrep: error: no command 'frobnicate' (`help` lists them)"
    assert "serve runs until stopped" in errors[2]
    assert errors[3] == "sitrep: error: already in the shell"
    assert "--limit" in errors[4]
    assert len(errors) == 5
    assert done.stdout.count("Manbij") >= 1 and "never reached" not in done.stdout
    assert (tmp_path / "shell.db").read_bytes() == before


def test_words_and_help_reach_the_command_line_parser():
    seen: list[list[str]] = []

    def main(argv: list[str]) -> int:
        seen.append(argv)
        return 0

    lines = ["sitrep quote 'no picnic' Raqqa", "  # nothing", "help timeline", "quit", "quote x"]
    assert shell.run("store.db", main, interactive=False, lines=lines) == 0
    assert seen == [
        ["--db", "store.db", "quote", "no picnic", "Raqqa"],
        ["--db", "store.db", "timeline", "--help"],
    ]
    assert shell.words_of("   ") is None
    with pytest.raises(ValueError):
        shell.words_of("actor 'SDF")


def test_help_lists_the_terminal_commands_but_not_serve(capsys):
    assert shell.run(None, lambda argv: 0, interactive=False, lines=["help"]) == 0
    out = capsys.readouterr().out
    assert "quote" in out and "timeline" in out and "actor" in out
    assert "serve" not in out and "\n  shell" not in out


def test_on_a_terminal_the_warm_up_has_ended_when_the_shell_returns():
    # Python shutting down while the warm-up thread still imports or reads the model can abort
    # the process, so an `exit` typed at once waits for it. In a process of its own: the
    # warm-up loads store/index/, which would change how this worker's other tests score.
    code = (
        "import threading\n"
        "from cli import shell\n"
        "assert shell.run(None, lambda argv: 0, interactive=True, lines=['exit']) == 0\n"
        "print(any(t.name == 'warm-up' and t.is_alive() for t in threading.enumerate()))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "False"


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_on_a_terminal_it_prompts_answers_and_ends_with_ctrl_d(tmp_path, article_files):
    import pty

    db = str(tmp_path / "shell.db")
    assert sitrep("--db", db, "ingest", *article_files).returncode == 0
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [*SITREP, "--db", db, "shell"],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"},
    )
    os.close(follower)
    seen = b""

    def read_until(marker: bytes, after: int) -> None:
        nonlocal seen
        deadline = time.monotonic() + 60
        while seen.count(marker) < after and time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], 1)
            if ready:
                seen += os.read(leader, 65536)

    try:
        read_until(b"sitrep> ", 1)
        assert b"Type `help`" in seen
        os.write(leader, b"quote Aleppo aid convoy --limit 1\n")
        read_until(b"sitrep> ", 2)
        assert b"convoy" in seen.split(b"sitrep> ")[1]
        os.write(leader, b"\x04")  # Ctrl-D
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
        os.close(leader)
