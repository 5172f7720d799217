"""`sitrep brief`, `sitrep watch` and `sitrep unwatch` in a terminal: cited lines, JSON on
request, one-line errors that change nothing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from cli.main import main
from tests.watch_articles import add_clash


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def store_path(tmp_path: Path) -> str:
    path = tmp_path / "sitrep.db"
    add_clash(path, date(2017, 6, 5), "Jaish al-Tahrir Brigade", 4, date(2017, 6, 6), 1)
    add_clash(path, date(2017, 6, 6), "Saraya al-Nour Brigade", 7, date(2017, 6, 7), 2)
    return str(path)


def test_brief_since_a_day_prints_cited_lines(
    store_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "--db", store_path, "brief", "Manbij", "--since", "2017-06-05",
        "--until", "2017-06-07",
    )  # fmt: skip
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Manbij: new from 5 Jun 2017 to 7 Jun 2017"
    assert lines[1] == "2 new dated events on 2 days:"
    assert "5 Jun 2017 · 1 report: On 5 June 2017, fighters of the Jaish al-Tahrir" in out
    assert "Example Wire, 6 Jun 2017, https://news.example.org/clash-1" in " ".join(out.split())
    assert lines[-1] == "sent because: asked for"
    code, out, _ = run(
        capsys, "--db", store_path, "brief", "Manbij", "since:2017-06-06", "--until",
        "2017-06-07", "--json",
    )  # fmt: skip
    document = json.loads(out)
    assert [d["date"] for d in document["days"]] == ["2017-06-06"]
    assert document["differ"] == [] and document["first_seen"]["article"]["id"] == 1


def test_a_bad_brief_is_one_line(store_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", store_path, "brief", "Manbij", "--since", "someday")
    assert code == 1 and out == "" and err.startswith("sitrep: error: since: 'someday'")
    code, out, err = run(capsys, "--db", store_path, "brief", "Qaryat al-Zubra")
    assert code == 1 and out.startswith("no actor or place called 'Qaryat al-Zubra'")


def test_watch_list_and_unwatch_from_the_terminal(
    store_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", store_path, "watch", "--list")
    assert (code, out.strip()) == (
        0,
        "no watches; make one with: sitrep watch SUBJECT --channel CHANNEL",
    )
    code, out, err = run(
        capsys, "--db", store_path, "watch", "Manbij", "--channel", "CNEWS", "--at", "07:30",
        "--tz", "Asia/Beirut", "--workspace", "T0FAKE",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.startswith("Watching Manbij, daily at 07:30 Asia/Beirut")
    code, out, _ = run(capsys, "--db", store_path, "watch", "--list", "--json")
    [listed] = json.loads(out)["watches"]
    assert (listed["subject"], listed["channel"], listed["at"]) == ("Manbij", "CNEWS", "07:30")
    code, out, err = run(capsys, "--db", store_path, "watch", "Manbij")
    assert code == 1 and err.startswith("sitrep: error: give the Slack channel")
    code, out, err = run(
        capsys,
        "--db",
        store_path,
        "unwatch",
        "Menbij",
        "--channel",
        "CNEWS",
        "--workspace",
        "T0FAKE",
    )
    assert (code, out.strip()) == (0, "Stopped watching Manbij, daily at 07:30 Asia/Beirut")
    code, out, err = run(
        capsys,
        "--db",
        store_path,
        "unwatch",
        "Manbij",
        "--channel",
        "CNEWS",
        "--workspace",
        "T0FAKE",
    )
    assert code == 1 and "does not watch 'Manbij'" in err
