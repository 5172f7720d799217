"""The bot's settings, read from the environment (and a `.env` file in the working directory).

Every problem is a ConfigError whose message is one line naming the variable to fix, so
`sitrep serve` can fail at start instead of misbehaving later.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

DEFAULT_API_URL = "https://slack.com/api/"
DOCS = "docs/SLACK.md"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
_BOT_TOKEN = re.compile(r"^xoxb-[A-Za-z0-9-]+$")
_APP_TOKEN = re.compile(r"^xapp-[A-Za-z0-9-]+$")
_CLIENT_ID = re.compile(r"^[0-9]+\.[0-9]+$")
# What .env.example holds where a value goes ("xoxb-...") and the usual stand-ins for one.
_PLACEHOLDER = re.compile(r"\.\.\.|…|^<.*>$|^(changeme|change-me|todo|xxx+)$", re.IGNORECASE)


class ConfigError(ValueError):
    """A missing or malformed setting; the message is one line naming the variable."""


@dataclass(frozen=True)
class Config:
    db_path: str
    api_url: str = DEFAULT_API_URL
    bot_token: str | None = None  # one workspace
    app_token: str | None = None  # Socket Mode
    signing_secret: str | None = None  # HTTP mode
    client_id: str | None = None  # many workspaces (OAuth install), HTTP mode
    client_secret: str | None = None
    redirect_uri: str | None = None
    log_level: str = "INFO"
    fetch_allow_loopback: bool = False  # test-only: lets the link fetcher reach 127.0.0.1
    api_timeout: float = 10.0  # seconds one Slack API or response_url call may take
    outbox_expiry: float = 24 * 3600.0  # seconds a message Slack does not take is kept
    outbox_max_wait: float = 60.0  # the longest pause between two tries of a message
    burst_articles: int = 5  # new articles about a watched subject that bring a briefing at once
    scheduler_tick: float = 30.0  # seconds between two looks at the watches

    @property
    def socket_mode(self) -> bool:
        return self.app_token is not None

    @property
    def oauth(self) -> bool:
        return self.client_id is not None

    @property
    def mode(self) -> str:
        return "socket mode" if self.socket_mode else "http"

    def secrets(self) -> list[str]:
        """Values that must never appear in a log line."""
        values = (self.bot_token, self.app_token, self.signing_secret, self.client_secret)
        return [v for v in values if v]


def load_dotenv_file(directory: Path | None = None) -> None:
    """Read `.env` from the working directory (never from elsewhere) without overriding the
    environment: a deployment's real settings win over a developer's file."""
    from dotenv import load_dotenv

    path = (directory or Path.cwd()) / ".env"
    if path.is_file():
        load_dotenv(path, override=False)


def _get(env: Mapping[str, str], name: str) -> str | None:
    value = env.get(name)
    if value is None:
        return None
    value = value.strip()
    return value or None


def load(env: Mapping[str, str] = os.environ, db_path: str | None = None) -> Config:
    """Settings from env; raise ConfigError naming the first bad or missing variable."""
    bot_token = _get(env, "SLACK_BOT_TOKEN")
    app_token = _get(env, "SLACK_APP_TOKEN")
    secret = _get(env, "SLACK_SIGNING_SECRET")
    client_id = _get(env, "SLACK_CLIENT_ID")
    client_secret = _get(env, "SLACK_CLIENT_SECRET")
    if not any((bot_token, app_token, secret, client_id, client_secret)):
        raise ConfigError(
            "no Slack settings: set SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode) or "
            f"SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP mode); see {DOCS}"
        )

    for name, value in (
        ("SLACK_BOT_TOKEN", bot_token),
        ("SLACK_APP_TOKEN", app_token),
        ("SLACK_SIGNING_SECRET", secret),
        ("SLACK_CLIENT_ID", client_id),
        ("SLACK_CLIENT_SECRET", client_secret),
    ):
        if value is not None and _PLACEHOLDER.search(value):
            raise ConfigError(
                f"{name} is still the placeholder from .env.example: put in the "
                f"value from the app's settings page; see {DOCS}"
            )
    if bot_token is not None and not _BOT_TOKEN.match(bot_token):
        raise ConfigError("SLACK_BOT_TOKEN is malformed: expected a bot token starting with xoxb-")
    if app_token is not None and not _APP_TOKEN.match(app_token):
        raise ConfigError(
            "SLACK_APP_TOKEN is malformed: expected an app-level token starting with xapp-"
        )
    if secret is not None and not re.fullmatch(r"[A-Za-z0-9]+", secret):
        raise ConfigError(
            "SLACK_SIGNING_SECRET is malformed: expected the app's signing secret "
            "(letters and digits)"
        )

    if client_id or client_secret:
        if not client_id:
            raise ConfigError("SLACK_CLIENT_ID is missing: it is needed with SLACK_CLIENT_SECRET")
        if not client_secret:
            raise ConfigError("SLACK_CLIENT_SECRET is missing: it is needed with SLACK_CLIENT_ID")
        if not _CLIENT_ID.match(client_id):
            raise ConfigError(
                "SLACK_CLIENT_ID is malformed: expected digits.digits as shown in "
                "the app's Basic Information"
            )
        if bot_token:
            raise ConfigError(
                "SLACK_BOT_TOKEN must be unset when SLACK_CLIENT_ID is set: "
                "installed workspaces bring their own tokens"
            )
        if app_token:
            raise ConfigError(
                "SLACK_APP_TOKEN must be unset when SLACK_CLIENT_ID is set: "
                "multi-workspace installs run in HTTP mode"
            )
        if not secret:
            raise ConfigError("SLACK_SIGNING_SECRET is missing: it is needed for HTTP mode")
    else:
        if not bot_token:
            raise ConfigError(
                f"SLACK_BOT_TOKEN is missing: set the bot token (xoxb-...); see {DOCS}"
            )
        if not app_token and not secret:
            raise ConfigError(
                "SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is missing: set the "
                "app-level token for Socket Mode, or the signing secret for "
                f"HTTP mode; see {DOCS}"
            )

    api_url = _get(env, "SLACK_API_URL") or DEFAULT_API_URL
    parts = urlsplit(api_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"SLACK_API_URL is malformed: expected a URL such as {DEFAULT_API_URL}")
    if not api_url.endswith("/"):
        api_url += "/"

    log_level = (_get(env, "SITREP_LOG_LEVEL") or "INFO").upper()
    if log_level not in LOG_LEVELS:
        raise ConfigError(f"SITREP_LOG_LEVEL is malformed: expected one of {', '.join(LOG_LEVELS)}")
    loopback = _get(env, "SITREP_FETCH_ALLOW_LOOPBACK") or "0"
    if loopback not in ("0", "1"):
        raise ConfigError("SITREP_FETCH_ALLOW_LOOPBACK is malformed: expected 0 or 1 (test-only)")
    timeout_text = _get(env, "SITREP_SLACK_TIMEOUT") or "10"
    try:
        api_timeout = float(timeout_text)
    except ValueError:
        api_timeout = 0.0
    if not 1 <= api_timeout <= 120:
        raise ConfigError("SITREP_SLACK_TIMEOUT is malformed: expected seconds between 1 and 120")

    outbox_expiry = _number(env, "SITREP_OUTBOX_EXPIRY", 24.0, 0.01, 24 * 14, "hours") * 3600
    outbox_max_wait = _number(env, "SITREP_OUTBOX_MAX_WAIT", 60.0, 1, 3600, "seconds")
    burst_articles = int(_number(env, "SITREP_BURST_ARTICLES", 5, 1, 10_000, "articles"))
    scheduler_tick = _number(env, "SITREP_SCHEDULER_TICK", 30.0, 0.05, 3600, "seconds")

    path = db_path or _get(env, "SITREP_DB") or "sitrep.db"
    return Config(
        db_path=path,
        api_url=api_url,
        bot_token=bot_token,
        app_token=app_token,
        signing_secret=secret,
        client_id=client_id,
        client_secret=client_secret,
        redirect_uri=_get(env, "SLACK_REDIRECT_URI"),
        log_level=log_level,
        fetch_allow_loopback=loopback == "1",
        api_timeout=api_timeout,
        outbox_expiry=outbox_expiry,
        outbox_max_wait=outbox_max_wait,
        burst_articles=burst_articles,
        scheduler_tick=scheduler_tick,
    )


def _number(
    env: Mapping[str, str], name: str, default: float, low: float, high: float, unit: str
) -> float:
    text = _get(env, name)
    try:
        value = default if text is None else float(text)
    except ValueError:
        value = low - 1
    if not low <= value <= high:
        raise ConfigError(f"{name} is malformed: expected {unit} between {low:g} and {high:g}")
    return value
