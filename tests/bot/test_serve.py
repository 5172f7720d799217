"""`sitrep serve` start-up failures: one line naming what to fix, non-zero exit."""

from __future__ import annotations

import os
from pathlib import Path

from tests.bot.conftest import bot_env, run_serve
from tests.fakeslack import FakeSlack


def test_no_slack_settings(tmp_path: Path) -> None:
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path)}
    result = run_serve(env, tmp_path)
    assert result.returncode != 0
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("sitrep: error: no Slack settings: set SLACK_BOT_TOKEN")
    assert "docs/SLACK.md" in line


def test_malformed_setting_is_named(tmp_path: Path, fake: FakeSlack) -> None:
    env = bot_env(
        fake, tmp_path / "s.db", tmp_path, "socket", {"SLACK_APP_TOKEN": "xoxb-not-an-app-token"}
    )
    result = run_serve(env, tmp_path)
    assert result.returncode != 0
    [line] = result.stderr.splitlines()
    assert line == (
        "sitrep: error: SLACK_APP_TOKEN is malformed: expected an app-level token "
        "starting with xapp-"
    )


def test_rejected_token_is_one_line_without_the_token(tmp_path: Path, fake: FakeSlack) -> None:
    env = bot_env(
        fake, tmp_path / "s.db", tmp_path, "http", {"SLACK_BOT_TOKEN": "xoxb-revoked-token"}
    )
    result = run_serve(env, tmp_path)
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.startswith("sitrep:")]
    assert len(lines) == 1
    assert "SLACK_BOT_TOKEN" in lines[0]
    assert "xoxb-revoked-token" not in result.stderr


def test_dotenv_in_the_working_directory_is_read(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("SLACK_BOT_TOKEN=xoxb-from-file\nSLACK_APP_TOKEN=bad\n")
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path)}
    result = run_serve(env, tmp_path)
    assert result.returncode != 0
    assert "SLACK_APP_TOKEN is malformed" in result.stderr


def test_env_example_copied_unchanged_says_placeholder(tmp_path: Path) -> None:
    # What a new user does first: `cp .env.example .env`, then `sitrep serve` before editing.
    example = Path(__file__).resolve().parents[2] / ".env.example"
    (tmp_path / ".env").write_text(example.read_text(encoding="utf-8"), encoding="utf-8")
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path)}
    result = run_serve(env, tmp_path)
    assert result.returncode != 0
    [line] = result.stderr.splitlines()
    assert line.startswith("sitrep: error: SLACK_BOT_TOKEN is still the placeholder")
    assert "malformed" not in line


def test_warm_up_loads_what_the_first_answers_need() -> None:
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from commands import warmup\n"
        "warmup.start().join()\n"
        "from extract import places, place_lookup\n"
        "from text import clutter_shapes\n"
        "print(all(m in sys.modules for m in ('commands.actor', 'commands.timeline', "
        "'commands.quote', 'text.dates')), places.gazetteer.cache_info().currsize, "
        "place_lookup._lookup_choices.cache_info().currsize, "
        "all('pattern' in vars(s) for s in clutter_shapes.shapes()))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    ).stdout.split()
    assert out == ["True", "1", "1", "True"]
