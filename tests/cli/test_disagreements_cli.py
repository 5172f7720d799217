"""Reports that differ in a terminal: under the timeline entry and the profile's entry, each
claim with its outlet and sentence, and the count of independent sources; in JSON as well."""

import json

from cli.main import main
from tests.commands.test_disagreements import BODY

REPORT_A = "12 civilians were killed in an air strike on Velmora on 3 May 2017." + BODY
REPORT_B = (
    "An air strike on the market of Velmora on 3 May 2017 killed 19 civilians, the monitor "
    "said. Medics counted the dead in the main hospital of the town until the morning."
)


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _store(tmp_path, capsys) -> str:
    db = str(tmp_path / "store.db")
    for name, text, outlet in (("a.txt", REPORT_A, "Wire One"), ("b.txt", REPORT_B, "Daily Two")):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        code, _, err = run(
            capsys, "--db", db, "ingest", str(path), "--source", outlet, "--published", "2017-05-04"
        )
        assert (code, err) == (0, "")
    return db


def test_the_timeline_shows_each_claim_with_its_outlet_and_sentence(tmp_path, capsys):
    db = _store(tmp_path, capsys)
    code, out, _ = run(capsys, "--db", db, "timeline", "Velmora")
    assert code == 0
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if "reports differ" in line)
    assert lines[at] == (
        "   ! reports differ: Wire One: 12 civilians killed · Daily Two: 19 civilians "
        "killed (2 reports, 2 independent sources)"
    )
    assert lines[at + 1].startswith("       Wire One: “12 civilians were killed")
    assert any(line.startswith("       Daily Two: “An air strike on the market") for line in lines)


def test_the_json_carries_the_disagreement(tmp_path, capsys):
    db = _store(tmp_path, capsys)
    code, out, _ = run(capsys, "--db", db, "timeline", "Velmora", "--json")
    entry = next(e for e in json.loads(out)["entries"] if e["date"] == "2017-05-03")
    [differ] = entry["disagreements"]
    assert differ["summary"] == "Wire One: 12 civilians killed · Daily Two: 19 civilians killed"
    assert [c["outlet"] for c in differ["claims"]] == ["Wire One", "Daily Two"]
    assert differ["claims"][0]["low"] == 12 and differ["claims"][1]["high"] == 19


def test_the_day_of_a_named_event_differs_in_the_terminal(tmp_path, capsys):
    db = str(tmp_path / "store.db")
    reports = (
        (
            "a.txt",
            "The suicide bombing in Velmora on 3 May 2017 killed 12 people." + BODY,
            "Wire One",
        ),
        (
            "b.txt",
            "The suicide bombing in Velmora on 4 May 2017 was the deadliest there this year. "
            "Families of the missing waited at the gates of the hospital for news of them.",
            "Daily Two",
        ),
    )
    for name, text, outlet in reports:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        code, _, err = run(
            capsys, "--db", db, "ingest", str(path), "--source", outlet, "--published", "2017-05-05"
        )
        assert (code, err) == (0, "")
    code, out, _ = run(capsys, "--db", db, "timeline", "Velmora")
    assert code == 0
    shown = [line for line in out.splitlines() if "reports differ" in line]
    assert shown == 2 * [
        "   ! reports differ: Wire One: on 3 May 2017 · Daily Two: on 4 May 2017 (2 reports, 2 "
        "independent sources)"
    ]
