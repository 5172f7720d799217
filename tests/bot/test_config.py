"""Settings: every missing or malformed variable is one line naming it."""

from __future__ import annotations

import pytest

from bot import config
from bot.config import ConfigError

BOT = "xoxb-1-abc"
APP = "xapp-1-A1-abc"
SECRET = "0123abcdef"


def test_socket_mode() -> None:
    loaded = config.load({"SLACK_BOT_TOKEN": BOT, "SLACK_APP_TOKEN": APP}, db_path="x.db")
    assert loaded.socket_mode and not loaded.oauth
    assert loaded.mode == "socket mode"
    assert loaded.api_url == "https://slack.com/api/"
    assert loaded.db_path == "x.db"
    assert loaded.secrets() == [BOT, APP]


def test_http_mode_with_api_url_and_db_from_env() -> None:
    loaded = config.load(
        {
            "SLACK_BOT_TOKEN": BOT,
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_API_URL": "http://127.0.0.1:9/api",
            "SITREP_DB": "/tmp/s.db",
        }
    )
    assert loaded.mode == "http"
    assert loaded.api_url == "http://127.0.0.1:9/api/"
    assert loaded.db_path == "/tmp/s.db"
    assert loaded.fetch_allow_loopback is False


def test_multi_workspace() -> None:
    loaded = config.load(
        {
            "SLACK_CLIENT_ID": "123.456",
            "SLACK_CLIENT_SECRET": "s3cret",
            "SLACK_SIGNING_SECRET": SECRET,
        }
    )
    assert loaded.oauth and loaded.mode == "http"
    assert "s3cret" in loaded.secrets()


@pytest.mark.parametrize(
    "env, names",
    [
        ({}, "SLACK_BOT_TOKEN and SLACK_APP_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xoxp-user"}, "SLACK_BOT_TOKEN is malformed"),
        ({"SLACK_BOT_TOKEN": BOT}, "SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is missing"),
        ({"SLACK_APP_TOKEN": APP}, "SLACK_BOT_TOKEN is missing"),
        ({"SLACK_BOT_TOKEN": BOT, "SLACK_APP_TOKEN": "xoxb-wrong"}, "SLACK_APP_TOKEN is malformed"),
        (
            {"SLACK_BOT_TOKEN": BOT, "SLACK_SIGNING_SECRET": "not a secret!"},
            "SLACK_SIGNING_SECRET is malformed",
        ),
        (
            {"SLACK_BOT_TOKEN": BOT, "SLACK_APP_TOKEN": APP, "SLACK_API_URL": "slack.com"},
            "SLACK_API_URL is malformed",
        ),
        (
            {"SLACK_BOT_TOKEN": BOT, "SLACK_APP_TOKEN": APP, "SITREP_LOG_LEVEL": "LOUD"},
            "SITREP_LOG_LEVEL is malformed",
        ),
        (
            {"SLACK_BOT_TOKEN": BOT, "SLACK_APP_TOKEN": APP, "SITREP_FETCH_ALLOW_LOOPBACK": "yes"},
            "SITREP_FETCH_ALLOW_LOOPBACK is malformed",
        ),
        (
            {"SLACK_CLIENT_ID": "123.456", "SLACK_SIGNING_SECRET": SECRET},
            "SLACK_CLIENT_SECRET is missing",
        ),
        (
            {"SLACK_CLIENT_ID": "abc", "SLACK_CLIENT_SECRET": "s", "SLACK_SIGNING_SECRET": SECRET},
            "SLACK_CLIENT_ID is malformed",
        ),
        (
            {
                "SLACK_CLIENT_ID": "1.2",
                "SLACK_CLIENT_SECRET": "s",
                "SLACK_SIGNING_SECRET": SECRET,
                "SLACK_APP_TOKEN": APP,
            },
            "SLACK_APP_TOKEN must be unset",
        ),
        ({"SLACK_CLIENT_ID": "1.2", "SLACK_CLIENT_SECRET": "s"}, "SLACK_SIGNING_SECRET is missing"),
    ],
)
def test_errors_name_the_variable(env: dict[str, str], names: str) -> None:
    with pytest.raises(ConfigError) as caught:
        config.load(env)
    message = str(caught.value)
    assert names in message
    assert "\n" not in message


def test_no_settings_points_to_the_guide() -> None:
    with pytest.raises(ConfigError, match="docs/SLACK.md"):
        config.load({"SITREP_DB": "x.db"})


def test_dotenv_in_working_directory_does_not_override(tmp_path, monkeypatch) -> None:
    (tmp_path / ".env").write_text("SITREP_TEST_FROM_FILE=file\nSITREP_TEST_BOTH=file\n")
    monkeypatch.setenv("SITREP_TEST_BOTH", "env")
    monkeypatch.delenv("SITREP_TEST_FROM_FILE", raising=False)
    config.load_dotenv_file(tmp_path)
    import os

    assert os.environ["SITREP_TEST_FROM_FILE"] == "file"
    assert os.environ["SITREP_TEST_BOTH"] == "env"
    monkeypatch.delenv("SITREP_TEST_FROM_FILE")


def test_env_example_left_unchanged_is_the_placeholder_not_malformed() -> None:
    from pathlib import Path

    from dotenv import dotenv_values

    example = Path(__file__).resolve().parents[2] / ".env.example"
    values = {k: v for k, v in dotenv_values(example).items() if v is not None}
    with pytest.raises(
        ConfigError,
        match="^SLACK_BOT_TOKEN is still the placeholder from "
        r"\.env\.example",
    ):
        config.load(values)
    with pytest.raises(ConfigError, match="SLACK_APP_TOKEN is still the placeholder"):
        config.load({**values, "SLACK_BOT_TOKEN": BOT})
    config.load({**values, "SLACK_BOT_TOKEN": BOT, "SLACK_APP_TOKEN": APP})  # filled in: fine
