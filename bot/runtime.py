"""What every listener needs: the settings, the link-fetching policy, a database connection
opened for the call (a SQLite connection must not cross threads), and the retry policy of every
call to Slack."""

from __future__ import annotations

import contextlib
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.client import RemoteDisconnected
from typing import TYPE_CHECKING
from urllib.error import URLError

from slack_sdk import WebClient
from slack_sdk.http_retry import (
    ConnectionErrorRetryHandler,
    HttpRequest,
    HttpResponse,
    RateLimitErrorRetryHandler,
    RetryHandler,
    RetryState,
)
from slack_sdk.http_retry.builtin_handlers import ServerErrorRetryHandler

from bot.config import Config
from bot.fetch import FetchPolicy
from store.db import connect

if TYPE_CHECKING:
    import sqlite_utils

    from bot.outbox import Outbox


@dataclass(frozen=True)
class Runtime:
    config: Config
    policy: FetchPolicy
    outbox: Outbox | None = None  # what the bot posts goes through it when set (`serve`)

    @contextlib.contextmanager
    def db(self) -> Iterator[sqlite_utils.Database]:
        db = connect(self.config.db_path)
        try:
            yield db
        finally:
            db.conn.close()

    def decorating_client(self, client: WebClient, team: str) -> WebClient:
        """The client for calls that only decorate (a reaction, a permalink for a citation):
        tried once while the outbox finds Slack failing for the workspace. Retried with
        backoff, each would hold a work thread for seconds, in front of the commands queued
        behind it, for what the thread reply says anyway once Slack is back."""
        if self.outbox is None or not self.outbox.failing(team):
            return client
        return WebClient(
            token=client.token,
            base_url=client.base_url,
            timeout=client.timeout,
            ssl=client.ssl,
            proxy=client.proxy,
            headers=dict(client.headers),
            retry_handlers=[],
        )


def runtime_for(config: Config) -> Runtime:
    return Runtime(config, FetchPolicy(allow_loopback=config.fetch_allow_loopback))


API_RETRIES = 2  # after the first attempt: three tries in all
MAX_RETRY_AFTER = 10.0  # never wait longer than this for a rate limit, whatever Slack asks


class BoundedRateLimitRetry(RateLimitErrorRetryHandler):
    """Honours Retry-After, but waits at most MAX_RETRY_AFTER and reads a header that is not
    a whole number (a fraction, a date, garbage) as one second instead of failing."""

    def prepare_for_next_attempt(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        if response is None:
            raise error or RuntimeError("rate limited without a response")
        values = [v for k, v in response.headers.items() if k.lower() == "retry-after"]
        try:
            wait = float(values[0][0]) if values else 1.0
        except (ValueError, IndexError, TypeError):
            wait = 1.0
        state.next_attempt_requested = True
        time.sleep(min(MAX_RETRY_AFTER, max(0.0, wait)) + random.random() / 4)
        state.increment_current_attempt()


def retry_handlers() -> list[RetryHandler]:
    """Bounded retries for every Slack call: dropped connections and timeouts, rate limits
    and server errors (500, 503), each at most API_RETRIES times."""
    return [
        ConnectionErrorRetryHandler(
            max_retry_count=API_RETRIES,
            error_types=[URLError, ConnectionResetError, RemoteDisconnected, TimeoutError],
        ),
        BoundedRateLimitRetry(max_retry_count=API_RETRIES),
        ServerErrorRetryHandler(max_retry_count=API_RETRIES),
    ]
