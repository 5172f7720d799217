"""`sitrep serve`: start the Slack bot in Socket Mode (SLACK_APP_TOKEN set) or HTTP mode.

Bad settings fail at start with one line naming the variable; once the bot is connected (or
listening) it prints one ready line to stdout, which scripts and tests wait for.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import signal
import sys
import threading
import urllib.error
from typing import Any

from bot import config as settings
from bot import logs

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 3000
# The Socket Mode client takes a connection for dead after five failed pings in a row; at
# bolt's 10 s a cut connection went unnoticed for 50 s, at 2 s it is replaced within 10.
SOCKET_PING_SECONDS = 2.0
PROG = "sitrep"
log = logging.getLogger("bot")


def _error(message: str) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr, flush=True)
    return 2


def _ready(how: str) -> None:
    print(f"{PROG}: ready ({how})", flush=True)


def _on_stop(stop: Any) -> None:
    def handler(signum: int, frame: Any) -> None:
        # shutdown() waits for the serving loop, so it must not run on the loop's own thread.
        threading.Thread(target=stop, daemon=True).start()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)


def serve(args: Any) -> int:
    settings.load_dotenv_file()
    try:
        config = settings.load(os.environ, db_path=getattr(args, "db", None))
    except settings.ConfigError as exc:
        return _error(str(exc))
    host = getattr(args, "host", None) or DEFAULT_HOST
    port = getattr(args, "port", None)
    port = DEFAULT_PORT if port is None else port
    if not 0 <= int(port) <= 65535:
        return _error(f"--port must be between 0 and 65535, not {port}")
    logs.configure(config.log_level, config.secrets())

    from slack_bolt.error import BoltError
    from slack_sdk.errors import SlackApiError

    from bot.app import build_app, build_outbox
    from bot.runtime import runtime_for
    from store.db import StoreError
    from store.workspace import WorkspaceError

    rt = runtime_for(config)
    try:
        with rt.db():
            pass  # create or migrate the store now, not on the first message
    except StoreError as exc:
        return _error(str(exc))
    outbox = build_outbox(config)
    rt = dataclasses.replace(rt, outbox=outbox)
    try:
        app = build_app(config, rt)
    except BoltError as exc:
        return _error(
            f"Slack did not accept the settings ({str(exc).splitlines()[0]}): check "
            "SLACK_BOT_TOKEN and SLACK_API_URL"
        )
    except (urllib.error.URLError, OSError) as exc:
        return _error(
            f"cannot reach Slack at SLACK_API_URL={config.api_url} ({type(exc).__name__})"
        )
    try:
        _take_workspace(app, rt, config.oauth)
    except (StoreError, WorkspaceError) as exc:
        return _error(str(exc))
    except SlackApiError as exc:
        return _error(f"Slack did not accept SLACK_BOT_TOKEN ({exc.response.get('error')})")
    except (urllib.error.URLError, OSError) as exc:
        return _error(
            f"cannot reach Slack at SLACK_API_URL={config.api_url} ({type(exc).__name__})"
        )
    from commands import warmup

    warmup.start()
    try:
        outbox.start()  # resumes what a stopped process left for Slack
    except StoreError as exc:
        return _error(str(exc))
    from bot.scheduler import Scheduler
    from bot.scheduler import Settings as ScheduleSettings

    schedule = ScheduleSettings(tick=config.scheduler_tick, burst_articles=config.burst_articles)
    scheduler = Scheduler(config.db_path, outbox.wake, schedule)
    scheduler.start()  # the watches' briefings, posted through the outbox
    try:
        return _serve(app, args, config, host, int(port))
    finally:
        scheduler.stop()
        outbox.stop()


def _serve(app: Any, args: Any, config: Any, host: str, port: int) -> int:
    """Serve in the configured mode until stopped."""
    from slack_sdk.errors import SlackApiError

    logs.event(
        log,
        "starting",
        mode=config.mode,
        oauth=config.oauth,
        db=config.db_path,
        fetch_allow_loopback=config.fetch_allow_loopback,
    )
    if config.fetch_allow_loopback:
        logs.event(
            log,
            "SITREP_FETCH_ALLOW_LOOPBACK=1 lets links reach this machine: for tests "
            "only, never in a deployment",
            logging.WARNING,
        )
    if config.socket_mode:
        if getattr(args, "port", None) is not None or getattr(args, "host", None) is not None:
            # Socket Mode opens no port: the bot connects out to Slack. Said, not ignored.
            print(
                f"{PROG}: warning: --host and --port are not used in Socket Mode (the bot "
                "connects out to Slack and listens on no port); for HTTP mode unset "
                "SLACK_APP_TOKEN and set SLACK_SIGNING_SECRET",
                file=sys.stderr,
                flush=True,
            )
        try:
            return _serve_socket_mode(app, config.app_token or "")
        except SlackApiError as exc:
            return _error(
                f"SLACK_APP_TOKEN was not accepted by Slack ({exc.response.get('error')})"
            )
        except (urllib.error.URLError, OSError) as exc:
            return _error(f"cannot open a Socket Mode connection ({type(exc).__name__})")
    try:
        return _serve_http(app, host, port, config.oauth)
    except OSError as exc:
        return _error(f"cannot listen on {host}:{port} ({exc.strerror or exc})")


def _take_workspace(app: Any, rt: Any, oauth: bool) -> None:
    """A bot token serves one workspace: the store becomes that workspace's, with the articles
    ingested from a terminal before. An OAuth install serves many, each with its own."""
    from store import workspace

    with rt.db() as db:
        if oauth:
            orphans = workspace.declare_many(db)
            if orphans:
                logs.event(
                    log,
                    f"{orphans} articles were ingested without --workspace; no "
                    "workspace sees them until they are ingested again with "
                    "--workspace TEAM_ID",
                    logging.WARNING,
                )
            return
        team = str(app.client.auth_test().get("team_id") or "")
        adopted = workspace.claim(db, team)
    logs.event(log, "store serves one workspace", team=team, adopted=adopted)


def _serve_socket_mode(app: Any, app_token: str) -> int:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    handler = SocketModeHandler(app, app_token, ping_interval=SOCKET_PING_SECONDS)
    handler.connect()
    stopped = threading.Event()
    _on_stop(stopped.set)
    _ready("socket mode")
    stopped.wait()
    handler.close()
    logs.event(log, "stopped", mode="socket mode")
    return 0


def _serve_http(app: Any, host: str, port: int, oauth: bool) -> int:
    from bot import server

    httpd = server.make(app, host, port)
    actual_host, actual_port = httpd.server_address[:2]
    _on_stop(httpd.shutdown)
    where = f"{actual_host}:{actual_port}"
    _ready(f"http on {where}" + (f", install at http://{where}/slack/install" if oauth else ""))
    try:
        httpd.serve_forever(poll_interval=0.2)
    finally:
        httpd.server_close()
    logs.event(log, "stopped", mode="http")
    return 0
