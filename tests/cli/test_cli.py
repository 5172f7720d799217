import json
import subprocess
import sys

import pytest

from cli.main import build_parser, main
from commands import registry
from tests.conftest import ROOT


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_every_command_has_help_text():
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    names = set(subparsers.choices)
    assert names == {
        "ingest",
        "quote",
        "actor",
        "timeline",
        "dates",
        "export",
        "serve",
        "shell",
        "backup",
        "restore",
        "check",
        "reindex",
        "stats",
        "forget",
        "edit",
        "corrections",
        "feedback",
        "curation",
        "brief",
        "watch",
        "unwatch",
    }
    assert names == {c.name for c in registry.for_front("cli")}
    for action in subparsers._choices_actions:
        assert action.help and len(action.help) > 15, action.dest
        assert action.help == registry.COMMANDS[action.dest].summary
    for name, sub in subparsers.choices.items():
        assert sub.description, name
        for option in sub._actions:
            assert option.help, f"{name} {option.dest}"


def test_ingest_quote_export_round_trip(capsys, tmp_path, article_files):
    db = str(tmp_path / "cli.db")
    code, out, err = run(capsys, "--db", db, "ingest", *article_files, "--json")
    assert code == 0 and err == ""
    ingested = json.loads(out)
    assert [set(a) for a in ingested["articles"]] == [
        {
            "id",
            "title",
            "source",
            "published",
            "published_how",
            "passages",
            "actors",
            "events",
            "duplicate_of",
            "warnings",
        }
    ] * 2
    assert ingested["errors"] == [] and ingested["warnings"] == []

    code, out, _ = run(capsys, "quote", "--db", db, "convoy", "Aleppo", "--limit", "1", "--json")
    assert code == 0
    result = json.loads(out)["results"][0]
    assert (
        "Aleppo" in result["text"]
        and result["article"]["title"] == "Aid convoy reaches eastern Aleppo"
    )

    code, out, _ = run(capsys, "--db", db, "export", "--json")
    exported = json.loads(out)["articles"]
    assert len(exported) == 2
    first = exported[0]
    for p in first["passages"]:
        assert first["text"][p["start"] : p["end"]] == p["text"]


def test_errors_are_one_line_with_nonzero_exit(capsys, tmp_path, article_files):
    db = str(tmp_path / "cli.db")
    code, out, err = run(
        capsys, "--db", db, "ingest", article_files[0], str(tmp_path / "missing.txt")
    )
    assert code == 1 and len(err.strip().splitlines()) == 1 and err.startswith("sitrep: error:")
    code, _, err = run(capsys, "--db", str(tmp_path / "none.db"), "quote", "anything")
    assert code == 1 and "no database" in err and len(err.strip().splitlines()) == 1


def test_usage_errors_exit_2(capsys, tmp_path):
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(tmp_path / "x.db"), "ingest", "-", "--published", "last year"])
    assert exit_info.value.code == 2
    assert "--published" in capsys.readouterr().err


def test_seeds_become_seven_articles(capsys, tmp_path):
    db = str(tmp_path / "seeds.db")
    seeds = sorted(str(p) for p in (ROOT / "seeds").iterdir())
    code, out, err = run(capsys, "--db", db, "ingest", *seeds, "--json")
    assert code == 0, err
    articles = json.loads(out)["articles"]
    assert len(articles) == 7
    assert all(a["duplicate_of"] is None and a["passages"] > 3 for a in articles)
    code, out, _ = run(capsys, "--db", db, "export", "--json")
    texts = [a["text"] for a in json.loads(out)["articles"]]
    joined = "\n".join(texts)
    for leftover in (
        "Rus- sia",
        "dramat- ic",
        "Skip to main content",
        "Latest articles",
        "2024",
        "Published on",
        "KHALIL ASHAWI/REUTERS",
    ):
        assert leftover not in joined, leftover


def test_real_process_reads_stdin_and_prints_json(tmp_path):
    db = str(tmp_path / "proc.db")
    text = (
        "The siege of the old city ended on 3 July 2017 after months of fighting, officials said."
    )
    proc = subprocess.run(
        [sys.executable, "-m", "cli.main", "--db", db, "ingest", "-", "--json", "--source", "Wire"],
        input=text,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    article = json.loads(proc.stdout)["articles"][0]
    assert article["source"] == "Wire"
    # No dateline, and the text's one date only bounds the publication from below: unknown.
    assert (article["published"], article["published_how"]) == (None, None)


def test_arguments_that_are_not_utf8_are_read_not_fatal(tmp_path):
    db = str(tmp_path / "x.db")
    subprocess.run(
        [sys.executable, "-m", "cli.main", "--db", db, "ingest", "-"],
        input="The siege of Raqqa ended in October 2017 after four months.",
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "cli.main",
            "--db",
            db.encode(),
            "timeline",
            b"\xff\xfeRaqqa",
            "--json",
        ],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["query"] == "\ufffd\ufffdRaqqa"


def test_slack_style_options_work_in_a_terminal(capsys, tmp_path, article_files):
    db = str(tmp_path / "cli.db")
    assert run(capsys, "--db", db, "ingest", *article_files)[0] == 0
    _, dashed, _ = run(
        capsys, "--db", db, "timeline", "Manbij", "--from", "2016", "--limit", "2", "--json"
    )
    _, coloned, _ = run(capsys, "--db", db, "timeline", "Manbij", "from:2016", "limit:2", "--json")
    assert json.loads(dashed) == json.loads(coloned)
    assert json.loads(dashed)["query"] == "Manbij"


def test_command_help_is_the_module_docstring(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["timeline", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "A dated chronology of a place, actor or keyword" in out
    assert "--from DATE" in out and "SUBJECT" in out


def test_quote_says_which_other_words_found_the_passage(capsys, tmp_path, article_files):
    db = str(tmp_path / "cli.db")
    run(capsys, "--db", db, "ingest", *article_files)
    # The Aleppo article says "Russian jets had pounded the area": "warplanes" is not in it.
    code, out, _ = run(
        capsys, "--db", db, "quote", "Russian", "warplanes", "Aleppo", "--limit", "1"
    )
    assert code == 0
    assert "Russian jets had pounded the area" in out
    assert "(matched jets for warplanes)" in out
    code, out, _ = run(
        capsys, "--db", db, "quote", "Russian", "warplanes", "Aleppo", "--limit", "1", "--json"
    )
    result = json.loads(out)["results"][0]
    assert {"word": "jets", "for": "warplanes", "via": "synonym"} in result["matched"]
    assert result["explanation"] == "matched jets for warplanes"


def test_ingest_names_its_workspace_where_the_store_serves_several(capsys, tmp_path, article_files):
    from store import workspace
    from store.db import connect

    db = str(tmp_path / "many.db")
    store = connect(db)
    workspace.declare_many(store)
    store.conn.close()
    with pytest.raises(SystemExit) as stopped:
        main(["--db", db, "ingest", str(article_files[0])])
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and "--workspace TEAM_ID" in err
    assert len(err.strip().splitlines()) == 1
    code, out, err = run(
        capsys, "--db", db, "ingest", str(article_files[0]), "--workspace", "T0NAMED", "--json"
    )
    assert code == 0, err
    store = connect(db)
    teams = {row[0] for row in store.conn.execute("SELECT team FROM articles")}
    store.conn.close()
    assert teams == {"T0NAMED"}  # and the refused first try stored nothing


def test_ingest_warns_on_stderr_when_an_article_meets_a_bound(capsys, tmp_path, monkeypatch):
    from extract import article

    monkeypatch.setattr(article, "MAX_EVENTS", 1)
    path = tmp_path / "report.txt"
    path.write_text(
        "On 1 March 2017 the SDF entered Raqqa. On 2 March 2017 the SDF left Raqqa again.\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "--db", str(tmp_path / "s.db"), "ingest", str(path))
    assert code == 0 and "1 dated events" in out  # stored, and the exit code says so
    assert err.splitlines() == [f"sitrep: warning: {path}: only the first 1 of 2 events were kept"]


def test_help_before_a_command_lists_every_command(capsys):
    # `sitrep quote ...` declares only quote's parser; a help asked for first still lists all
    for argv in (["--help"], ["--help", "quote"], ["-h", "timeline"]):
        with pytest.raises(SystemExit):
            main(argv)
        out = capsys.readouterr().out
        assert all(f"    {c.name}" in out for c in registry.for_front("cli")), argv
    with pytest.raises(SystemExit):
        main(["quote", "--help"])
    assert "--limit" in capsys.readouterr().out


def test_a_question_leaves_the_collector_as_it_found_it(capsys, tmp_path, article_files):
    import gc

    db = str(tmp_path / "gc.db")
    assert main(["--db", db, "ingest", *article_files]) == 0
    assert main(["--db", db, "quote", "offensive"]) == 0
    assert gc.isenabled()  # turned off for the question only, in this longer process
    with pytest.raises(SystemExit):  # a usage error, raised after the collector was off
        main(["--db", db, "quote", "--limit", "0", "offensive"])
    assert gc.isenabled()
