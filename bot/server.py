"""HTTP mode: the Bolt app behind a threaded WSGI server, plus a health check.

wsgiref's server handles one request at a time; with ThreadingMixIn each request gets a
thread, so a slow request never delays the 3-second acknowledgement of another.
"""

from __future__ import annotations

import logging
import socket
import socketserver
from collections.abc import Callable, Iterable
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

from bot.logs import event as log_event

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
MAX_BODY = 1024 * 1024  # Slack's payloads are a few kilobytes; refuse to buffer a flood
MAX_DRAIN = 16 * MAX_BODY  # a refused body up to this size is read and dropped (see below)
READ_TIMEOUT = 30  # seconds a client may stall mid-request before it is dropped
log = logging.getLogger("bot.http")


class ThreadingWSGIServer(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True
    # socketserver's default backlog of 5 resets connections when Slack sends a burst (a
    # channel's worth of slash commands at once); the kernel caps this at somaxconn.
    request_queue_size = socket.SOMAXCONN


class QuietHandler(WSGIRequestHandler):
    """Access lines go to the structured log instead of stderr. A client that stops sending
    mid-request is dropped after READ_TIMEOUT instead of holding a thread for ever."""

    timeout = READ_TIMEOUT

    def log_message(self, format: str, *args: Any) -> None:
        if self.path != HEALTH_PATH:
            log_event(log, "request", logging.DEBUG, line=format % args)


def wsgi_app(app: App) -> Callable[..., Iterable[bytes]]:
    bolt = SlackRequestHandler(app, path=EVENTS_PATH)

    def application(environ: dict, start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == HEALTH_PATH:
            start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"ok\n"]
        length = str(environ.get("CONTENT_LENGTH") or "0")
        if not length.isdigit() or int(length) > MAX_BODY:
            if length.isdigit() and int(length) <= MAX_DRAIN:
                # Answering before the client has sent its body makes it fail with a broken
                # pipe instead of reading the 413; a body too large to be worth reading is not.
                _drain(environ["wsgi.input"], int(length))
            start_response("413 Payload Too Large", [("Content-Type", "text/plain")])
            return [b"request body too large\n"]
        return bolt(environ, start_response)

    return application


def _drain(stream: Any, length: int) -> None:
    try:
        while length > 0:
            chunk = stream.read(min(length, 65536))
            if not chunk:
                return
            length -= len(chunk)
    except OSError:  # the client went away or stalled past READ_TIMEOUT: nothing to answer
        return


def make(app: App, host: str, port: int) -> ThreadingWSGIServer:
    server = make_server(
        host, port, wsgi_app(app), server_class=ThreadingWSGIServer, handler_class=QuietHandler
    )
    assert isinstance(server, ThreadingWSGIServer)
    return server
