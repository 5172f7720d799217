"""The Bolt app: a Web API client pointed at the configured Slack, the listeners, and the
outbox everything the bot posts goes through."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from slack_bolt import App
from slack_sdk import WebClient

from bot.config import Config
from bot.delivery import Courier
from bot.listeners import register_all
from bot.outbox import Outbox, Settings
from bot.runtime import Runtime, retry_handlers

# Keep in step with manifest.yml.
BOT_SCOPES = (
    "app_mentions:read",
    "channels:history",
    "channels:read",
    "chat:write",
    "commands",
    "files:read",
    "files:write",
    "groups:history",
    "im:history",
    "users:read",  # users.info: whether someone is a workspace admin (corrections)
    "reactions:write",  # auto-ingest's progress: 👀, then ✅ or ⚠️
)


class _NoTokenWarning(logging.Filter):
    """Bolt also reads SLACK_BOT_TOKEN itself and warns that the client's token wins; both are
    the same token, so the warning only confuses operators."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("As you gave `client` as well")


def build_client(config: Config) -> WebClient:
    """A bounded timeout and retries (bot.runtime.retry_handlers); bolt copies base_url,
    timeout and handlers into every per-request client."""
    return WebClient(
        token=config.bot_token,
        base_url=config.api_url,
        timeout=int(max(1, config.api_timeout)),
        retry_handlers=retry_handlers(),
    )


def oauth_store_paths(config: Config) -> tuple[str, str]:
    """Installation and OAuth state stores sit next to the database."""
    db = Path(config.db_path)
    stem = db.stem if config.db_path != ":memory:" else "sitrep"
    base = db.parent if config.db_path != ":memory:" else Path.cwd()
    return (str(base / f"{stem}-installations.db"), str(base / f"{stem}-oauth-state.db"))


def build_outbox(config: Config) -> Outbox:
    """The outbox over the store, posting with the workspace's token: the bot token, or in a
    multi-workspace install the one its installation holds (never kept in the outbox)."""
    token_for: Callable[[str], str | None]
    if config.oauth:
        from slack_sdk.oauth.installation_store.sqlite3 import SQLite3InstallationStore

        installations = SQLite3InstallationStore(
            database=oauth_store_paths(config)[0], client_id=config.client_id or ""
        )

        def token_for(team: str) -> str | None:
            bot = installations.find_bot(enterprise_id=None, team_id=team)
            return bot.bot_token if bot is not None else None

    else:

        def token_for(team: str) -> str | None:
            return config.bot_token

    courier = Courier(config.api_url, config.api_timeout, token_for)
    settings = Settings(expiry=config.outbox_expiry, max_wait=config.outbox_max_wait)
    return Outbox(config.db_path, courier, settings)


def build_app(config: Config, rt: Runtime) -> App:
    client = build_client(config)
    logging.getLogger("slack_bolt.App").addFilter(_NoTokenWarning())
    if config.oauth:
        from slack_bolt.oauth.oauth_settings import OAuthSettings
        from slack_sdk.oauth.installation_store.sqlite3 import SQLite3InstallationStore
        from slack_sdk.oauth.state_store.sqlite3 import SQLite3OAuthStateStore

        installations, states = oauth_store_paths(config)
        settings = OAuthSettings(
            client_id=config.client_id,
            client_secret=config.client_secret,
            scopes=list(BOT_SCOPES),
            redirect_uri=config.redirect_uri,
            installation_store=SQLite3InstallationStore(
                database=installations, client_id=config.client_id or ""
            ),
            state_store=SQLite3OAuthStateStore(database=states, expiration_seconds=600),
        )
        app = App(signing_secret=config.signing_secret, client=client, oauth_settings=settings)
    else:
        app = App(signing_secret=config.signing_secret or "", client=client)
    if not config.socket_mode:
        from bot import refusals

        refusals.install(app)
    register_all(app, rt)
    return app
