"""A fake Slack on 127.0.0.1 for end-to-end tests of the real bot process.

It speaks Slack's own protocols, so the bot under test runs unmodified: the Web API
(form or JSON bodies, Bearer tokens, 429 with Retry-After), Socket Mode (apps.connections.open
then a websocket that says hello, pushes envelopes and records acks), file hosting that serves
bytes only with the bot token (a sign-in page otherwise), the raw upload step of
files_upload_v2, response_url endpoints that record what the bot posts, and plain web pages
for link fetching. Every port is ephemeral; nothing leaves the machine.

Faults can be injected for robustness tests: any path or API method can answer an HTTP error
or answer late (`inject`), also after doing its work (`processed=True`: the post is made but
its answer is lost), Slack can go down as a whole and come back (`down`, `up`: every Web API
method and response_url answers 503, or 429 with Retry-After), and the Socket Mode connection
can be cut without a close frame or refreshed with Slack's disconnect message (`drop`).
Messages the bot posts (chat.postMessage, files shared with files.completeUploadExternal, in
a thread when given thread_ts, and in-channel replies to a response_url registered with its
channel) are kept with their metadata and returned by conversations.history and
conversations.replies, with `include_all_metadata` as Slack does. Push and ack times are recorded per
envelope, so tests can check the 3-second acknowledgement.
"""

from __future__ import annotations

import itertools
import json
import socket
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlsplit

from websockets.sync.server import ServerConnection, serve

T = TypeVar("T")
# How long a test waits for the bot before calling it stuck. A wait, not a deadline: a loaded
# two-core host running the suite on both cores can take tens of seconds to answer.
WAIT = 60.0
SIGN_IN_PAGE = (
    b"<!DOCTYPE html><html><head><title>Sign in | Slack</title></head>"
    b"<body><form action='/signin'>Sign in to your workspace</form></body></html>"
)


def _json_arg(value: Any) -> Any:
    """A form argument that holds JSON (blocks, metadata), decoded; as is otherwise."""
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


@dataclass
class Call:
    method: str
    args: dict[str, Any]
    headers: dict[str, str]


@dataclass
class FakeFile:
    id: str
    name: str
    mimetype: str
    data: bytes
    filetype: str = ""
    size: int | None = None  # as files.info reports it (defaults to the real size)


@dataclass
class Fault:
    """What the next matching request gets instead of (or before) its normal answer."""

    what: str  # API method ("chat.postMessage") or path prefix ("/response/")
    status: int | None = None  # answer this HTTP status instead
    delay: float = 0.0  # wait this long first (a timeout when longer than the client's)
    times: int = 1
    processed: bool = False  # do the work first, then answer status / late (a lost answer)


@dataclass
class Outage:
    """Slack down: what every request gets, except the methods spared."""

    status: int = 503
    retry_after: str | None = None
    spare: tuple[str, ...] = ()


@dataclass
class Page:
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


class FakeSlack:
    def __init__(
        self,
        bot_token: str = "xoxb-fake-bot-token",
        app_token: str = "xapp-1-fake-app-token",
        team: str = "T0FAKE",
        bot_user: str = "UBOTFAKE",
    ) -> None:
        self.bot_token, self.app_token, self.team, self.bot_user = (
            bot_token,
            app_token,
            team,
            bot_user,
        )
        self.calls: list[Call] = []
        self.responses: dict[str, list[dict]] = {}
        self.uploads: list[bytes] = []
        self.downloads: list[tuple[str, str | None]] = []  # (path, Authorization header)
        self.page_hits: list[str] = []
        self.page_headers: list[dict[str, str]] = []  # request headers of each page fetch
        self.acks: list[dict] = []
        self.files: dict[str, FakeFile] = {}
        self.pages: dict[str, Page] = {}
        self.channels: dict[str, dict] = {}
        self.admins: set[str] = set()  # users.info says is_admin for these
        self.outside: set[str] = set()  # channels the bot is no member of (not_in_channel)
        self.messages: dict[tuple[str, str], dict] = {}
        self.installs: dict[str, tuple[str, str]] = {}  # OAuth code -> (team, bot token)
        self.tokens: dict[str, str] = {bot_token: team}  # bot token -> team
        self.errors: dict[str, str] = {}  # API method -> error to answer (once)
        self.rate_limits: dict[str, int] = {}  # method or path prefix -> 429s to answer
        self.faults: list[Fault] = []
        self.outage: Outage | None = None
        self.posted: list[dict] = []  # messages the bot posted, oldest first, with metadata
        self.response_channels: dict[str, str] = {}  # response_url name -> its channel
        self.pushed_at: dict[str, float] = {}  # envelope id -> time.monotonic() of push
        self.acked_at: dict[str, float] = {}  # envelope id -> time its ack arrived
        self.connections = 0  # Socket Mode connections opened so far
        self.cond = threading.Condition(threading.RLock())  # reentrant: see _api
        self._ts = itertools.count(1)
        self._ws: ServerConnection | None = None
        self._http: ThreadingHTTPServer | None = None
        self._wss: Any = None

    # --- lifecycle --------------------------------------------------------------------------

    def start(self) -> FakeSlack:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

            def do_GET(self) -> None:  # noqa: N802
                fake._route(self, "GET")

            def do_POST(self) -> None:  # noqa: N802
                fake._route(self, "POST")

        self._http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._http.daemon_threads = True
        # A short poll: stop() waits for the loop to notice, once per fake (0.5 s by default).
        threading.Thread(
            target=self._http.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
        self._wss = serve(self._websocket, "127.0.0.1", 0, ping_interval=None)
        threading.Thread(target=self._wss.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._wss is not None:
            self._wss.shutdown()
        if self._http is not None:
            self._http.shutdown()
            self._http.server_close()

    @property
    def port(self) -> int:
        assert self._http is not None
        return int(self._http.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def api_url(self) -> str:
        return self.base_url + "api/"

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self._wss.socket.getsockname()[1]}/link"

    def response_url(self, name: str | None = None, channel: str | None = None) -> tuple[str, str]:
        """A response_url; with a channel, its in-channel replies join that channel's history."""
        name = name or uuid.uuid4().hex[:12]
        if channel:
            self.response_channels[name] = channel
        return name, f"{self.base_url}response/{name}"

    def page_url(self, path: str) -> str:
        return f"{self.base_url}pages/{path}"

    # --- set-up helpers ---------------------------------------------------------------------

    def add_file(self, file: FakeFile) -> None:
        self.files[file.id] = file

    def add_page(self, path: str, page: Page) -> None:
        self.pages[path] = page

    def set_channel(self, channel: str, private: bool) -> None:
        self.channels[channel] = {
            "id": channel,
            "is_channel": not private,
            "is_group": private,
            "is_private": private,
            "is_im": False,
            "is_mpim": False,
        }

    def leave(self, channel: str) -> None:
        """The bot is no member of channel: posting or sharing a file there is not_in_channel
        (slash commands still reach it, and their response_url still works)."""
        self.outside.add(channel)

    def set_admin(self, user: str) -> None:
        """users.info answers is_admin for this user (everyone else is a plain member)."""
        self.admins.add(user)

    def add_message(self, channel: str, message: dict) -> None:
        self.messages[(channel, str(message["ts"]))] = message

    def add_install_code(self, code: str, team: str, bot_token: str) -> None:
        """An OAuth code that oauth.v2.access exchanges for a workspace's bot token."""
        self.installs[code] = (team, bot_token)

    def rate_limit_once(self, what: str) -> None:
        with self.cond:
            self.rate_limits[what] = self.rate_limits.get(what, 0) + 1

    def inject(
        self,
        what: str,
        status: int | None = None,
        delay: float = 0.0,
        times: int = 1,
        processed: bool = False,
    ) -> None:
        """The next `times` requests to `what` answer `status` and/or answer `delay` s late;
        with processed, after doing what they ask (the client cannot know it was done)."""
        with self.cond:
            self.faults.append(Fault(what, status, delay, times, processed))

    def down(
        self, status: int = 503, retry_after: str | None = None, spare: tuple[str, ...] = ()
    ) -> None:
        """Slack fails every Web API call and response_url post (but the methods in spare)
        with status, and Retry-After when given, until `up()`. Events still reach the bot."""
        with self.cond:
            self.outage = Outage(status, retry_after, spare)

    def up(self) -> None:
        with self.cond:
            self.outage = None
            self.cond.notify_all()

    def drop(self, abrupt: bool = True) -> None:
        """End the Socket Mode connection: cut it without a close frame, as a dying network
        does, or ask the client to reconnect as Slack does before it refreshes a server."""
        with self.cond:
            connection = self._ws
        assert connection is not None, "no Socket Mode connection to drop"
        if abrupt:
            connection.socket.shutdown(socket.SHUT_RDWR)
        else:
            connection.send(
                json.dumps(
                    {
                        "type": "disconnect",
                        "reason": "refresh_requested",
                        "debug_info": {"host": "fake"},
                    }
                )
            )

    def next_ts(self) -> str:
        return f"{int(time.time())}.{next(self._ts):06d}"

    # --- waiting ----------------------------------------------------------------------------

    def wait_for(self, probe: Callable[[], T], timeout: float = WAIT, what: str = "") -> T:
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                value = probe()
                if value:
                    return value
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"timed out waiting for {what or probe}")
                self.cond.wait(min(remaining, 0.2))

    def calls_to(self, method: str, where: Callable[[Call], bool] = lambda c: True) -> list[Call]:
        with self.cond:
            return [c for c in self.calls if c.method == method and where(c)]

    def wait_call(
        self,
        method: str,
        where: Callable[[Call], bool] = lambda c: True,
        timeout: float = WAIT,
        count: int = 1,
    ) -> list[Call]:
        return self.wait_for(
            lambda: (found if len(found := self.calls_to(method, where)) >= count else None),
            timeout,
            f"{count} call(s) to {method}",
        )

    def wait_responses(self, name: str, count: int = 1, timeout: float = WAIT) -> list[dict]:
        return self.wait_for(
            lambda: list(self.responses.get(name, []))
            if len(self.responses.get(name, [])) >= count
            else None,
            timeout,
            f"{count} post(s) to response_url {name}",
        )

    def wait_answer(self, name: str, channel: str, since: int, timeout: float = WAIT) -> dict:
        """A slash command's answer: the first post to its response_url, or the message the
        bot posted itself at the top of channel (a public timeline with a chart to thread
        under it) among the posts after the first `since`."""

        def probe() -> dict | None:
            replies = self.responses.get(name)
            if replies:
                return replies[0]
            return next(
                (
                    m
                    for m in self.posted[since:]
                    if m.get("channel") == channel and not m.get("thread_ts") and "text" in m
                ),
                None,
            )

        return self.wait_for(probe, timeout, f"an answer to response_url {name} or in {channel}")

    # --- socket mode ------------------------------------------------------------------------

    def _websocket(self, connection: ServerConnection) -> None:
        connection.send(
            json.dumps(
                {
                    "type": "hello",
                    "num_connections": 1,
                    "connection_info": {"app_id": "AFAKE"},
                    "debug_info": {"host": "fake"},
                }
            )
        )
        with self.cond:
            self._ws = connection
            self.connections += 1
            self.cond.notify_all()
        try:
            for raw in connection:
                message = json.loads(raw)
                with self.cond:
                    self.acks.append(message)
                    if message.get("envelope_id"):
                        self.acked_at.setdefault(message["envelope_id"], time.monotonic())
                    self.cond.notify_all()
        except Exception:  # noqa: BLE001 - the bot went away
            pass
        finally:
            with self.cond:
                if self._ws is connection:
                    self._ws = None

    def wait_connected(self, timeout: float = WAIT) -> None:
        self.wait_for(lambda: self._ws, timeout, "a Socket Mode connection")

    def push(
        self,
        kind: str,
        payload: dict,
        retry_attempt: int = 0,
        retry_reason: str = "",
        envelope_id: str | None = None,
    ) -> str:
        """Send an envelope ("slash_commands", "events_api", "interactive"); return its id."""
        envelope_id = envelope_id or str(uuid.uuid4())
        envelope = {
            "envelope_id": envelope_id,
            "type": kind,
            "payload": payload,
            "accepts_response_payload": kind != "events_api",
            "retry_attempt": retry_attempt,
            "retry_reason": retry_reason,
        }
        self.wait_connected()
        assert self._ws is not None
        with self.cond:
            self.pushed_at.setdefault(envelope_id, time.monotonic())
        self._ws.send(json.dumps(envelope))
        return envelope_id

    def wait_ack(self, envelope_id: str, timeout: float = WAIT) -> dict:
        return self.wait_for(
            lambda: next((a for a in self.acks if a.get("envelope_id") == envelope_id), None),
            timeout,
            f"ack of envelope {envelope_id}",
        )

    # --- HTTP -------------------------------------------------------------------------------

    def _route(self, handler: BaseHTTPRequestHandler, verb: str) -> None:
        parts = urlsplit(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        path = parts.path
        outage = self._take_outage(path)
        if outage is not None:
            headers = {"Retry-After": outage.retry_after} if outage.retry_after else {}
            error = b'{"ok": false, "error": "ratelimited"}' if outage.status == 429 else b"down"
            self._send(handler, outage.status, error, "application/json", headers)
            return
        fault = self._take_fault(path)
        if fault is not None and fault.processed:
            handler._sitrep_lost = fault  # type: ignore[attr-defined]  # see _send
        elif fault is not None:
            time.sleep(fault.delay)
            if fault.status is not None:
                self._send(
                    handler, fault.status, b'{"ok": false, "error": "fault"}', "application/json"
                )
                return
        if self._take_rate_limit(path):
            self._send(
                handler,
                429,
                b'{"ok": false, "error": "ratelimited"}',
                "application/json",
                {"Retry-After": "1"},
            )
            return
        if path.startswith("/api/"):
            self._api(handler, path[len("/api/") :], parts.query, body)
        elif path.startswith("/response/"):
            name = path[len("/response/") :]
            reply = json.loads(body or b"{}")
            with self.cond:
                self.responses.setdefault(name, []).append(reply)
                channel = self.response_channels.get(name)
                if channel and reply.get("response_type") == "in_channel":
                    self.posted.append({**reply, "channel": channel, "ts": self.next_ts()})
                self.cond.notify_all()
            self._send(handler, 200, b"ok", "text/plain")
        elif path.startswith("/files/"):
            self._file(handler, path)
        elif path == "/signin":
            self._send(handler, 200, SIGN_IN_PAGE, "text/html; charset=utf-8")
        elif path.startswith("/upload/"):
            with self.cond:
                self.uploads.append(body)
                self.cond.notify_all()
            self._send(handler, 200, f"OK - {len(body)}".encode(), "text/plain")
        elif path.startswith("/pages/"):
            key = path[len("/pages/") :]
            with self.cond:
                self.page_hits.append(key)
                self.page_headers.append(dict(handler.headers.items()))
            page = self.pages.get(key)
            if page is None:
                self._send(handler, 404, b"not found", "text/plain")
            else:
                self._send(handler, page.status, page.body, page.content_type, page.headers)
        else:
            self._send(handler, 404, b"not found", "text/plain")

    def _take_rate_limit(self, path: str) -> bool:
        with self.cond:
            for what, left in self.rate_limits.items():
                if left and (path == f"/api/{what}" or path.startswith(what)):
                    self.rate_limits[what] = left - 1
                    self.calls.append(Call(f"429 {what}", {}, {}))
                    self.cond.notify_all()
                    return True
        return False

    def _take_outage(self, path: str) -> Outage | None:
        with self.cond:
            outage = self.outage
            if outage is None or not path.startswith(("/api/", "/response/")):
                return None
            what = path[len("/api/") :] if path.startswith("/api/") else path
            if what in outage.spare:
                return None
            self.calls.append(Call(f"down {what}", {}, {}))
            self.cond.notify_all()
            return outage

    def _take_fault(self, path: str) -> Fault | None:
        with self.cond:
            for fault in self.faults:
                if fault.times and (path == f"/api/{fault.what}" or path.startswith(fault.what)):
                    fault.times -= 1
                    self.calls.append(Call(f"fault {fault.status or 'late'} {fault.what}", {}, {}))
                    self.cond.notify_all()
                    return fault
        return None

    def _file(self, handler: BaseHTTPRequestHandler, path: str) -> None:
        auth = handler.headers.get("Authorization")
        with self.cond:
            self.downloads.append((path, auth))
        file_id = path.split("/")[2]
        file = self.files.get(file_id)
        if auth != f"Bearer {self.bot_token}":
            self._send(handler, 302, b"", "text/plain", {"Location": "/signin"})
        elif file is None:
            self._send(handler, 404, b"not found", "text/plain")
        else:
            self._send(handler, 200, file.data, file.mimetype)

    def _api(self, handler: BaseHTTPRequestHandler, method: str, query: str, body: bytes) -> None:
        args: dict[str, Any] = dict(parse_qsl(query))
        content_type = handler.headers.get("Content-Type") or ""
        if body and "json" in content_type:
            args.update(json.loads(body))
        elif body:
            args.update(parse_qsl(body.decode("utf-8")))
        auth = handler.headers.get("Authorization") or ""
        token = auth.removeprefix("Bearer ") or args.get("token")
        # The call is recorded and answered under one hold of the lock (it is reentrant), so a
        # test that has waited for the call also finds what it did (a message in `posted`):
        # recorded first, a waiter woken in between saw the call without its message.
        with self.cond:
            self.calls.append(Call(method, args, dict(handler.headers.items())))
            forced_error = self.errors.pop(method, None)
            if method == "apps.connections.open":
                valid = token == self.app_token
            elif method == "oauth.v2.access":
                valid = True  # authenticated by client id and secret, not a token
            else:
                valid = token in self.tokens
            if forced_error:
                answer: dict[str, Any] = {"ok": False, "error": forced_error}
            elif not valid:
                answer = {"ok": False, "error": "invalid_auth"}
            else:
                answer = self._answer(method, args, str(token))
            self.cond.notify_all()
        self._send(handler, 200, json.dumps(answer).encode(), "application/json")

    def _answer(self, method: str, args: dict[str, Any], token: str) -> dict[str, Any]:
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://fake.slack.com/",
                "team": "Fake",
                "user": "sitrep",
                "team_id": self.tokens.get(token, self.team),
                "user_id": self.bot_user,
                "bot_id": "BFAKE",
                "is_enterprise_install": False,
            }
        if method == "oauth.v2.access":
            install = self.installs.get(str(args.get("code")))
            if install is None:
                return {"ok": False, "error": "invalid_code"}
            team, bot_token = install
            with self.cond:
                self.tokens[bot_token] = team
            return {
                "ok": True,
                "app_id": "AFAKE",
                "access_token": bot_token,
                "token_type": "bot",
                "scope": "commands,chat:write",
                "bot_user_id": self.bot_user,
                "team": {"id": team, "name": team},
                "enterprise": None,
                "is_enterprise_install": False,
                "authed_user": {"id": "UINSTALLER"},
            }
        if method == "apps.connections.open":
            return {"ok": True, "url": self.ws_url}
        if method == "chat.postMessage" and args.get("channel") in self.outside:
            return {"ok": False, "error": "not_in_channel"}
        if method == "chat.postMessage":
            ts = self.next_ts()
            message = {
                "ts": ts,
                "text": args.get("text"),
                "bot_id": "BFAKE",
                "channel": args.get("channel"),
                "thread_ts": args.get("thread_ts"),
                "blocks": _json_arg(args.get("blocks")),
                "metadata": _json_arg(args.get("metadata")),
            }
            with self.cond:
                self.posted.append(message)
            return {"ok": True, "channel": args.get("channel"), "ts": ts, "message": message}
        if method == "conversations.history":
            return {"ok": True, "messages": self._history(args), "has_more": False}
        if method == "chat.getPermalink":
            ts = str(args.get("message_ts", "")).replace(".", "")
            return {
                "ok": True,
                "channel": args.get("channel"),
                "permalink": f"https://fake.slack.com/archives/{args.get('channel')}/p{ts}",
            }
        if method == "conversations.info":
            channel = self.channels.get(str(args.get("channel")))
            return (
                {"ok": True, "channel": channel}
                if channel
                else {"ok": False, "error": "channel_not_found"}
            )
        if method == "users.info":
            user = str(args.get("user"))
            admin = user in self.admins
            return {
                "ok": True,
                "user": {"id": user, "is_admin": admin, "is_owner": False, "is_bot": False},
            }
        if method == "conversations.replies":
            message = self.messages.get((str(args.get("channel")), str(args.get("ts"))))
            replies = self._history(args, thread=str(args.get("ts")))
            return {
                "ok": True,
                "messages": ([message] if message else []) + replies[::-1],
                "has_more": False,
            }
        if method == "files.info":
            file = self.files.get(str(args.get("file")))
            if file is None:
                return {"ok": False, "error": "file_not_found"}
            return {
                "ok": True,
                "file": {
                    "id": file.id,
                    "name": file.name,
                    "title": file.name,
                    "mimetype": file.mimetype,
                    "filetype": file.filetype,
                    "size": len(file.data) if file.size is None else file.size,
                    "mode": "hosted",
                    "url_private": f"{self.base_url}files/{file.id}/{file.name}",
                    "url_private_download": f"{self.base_url}files/{file.id}/download/{file.name}",
                    "permalink": f"https://fake.slack.com/files/{file.id}/{file.name}",
                },
            }
        if method == "files.getUploadURLExternal":
            file_id = f"FUP{uuid.uuid4().hex[:8].upper()}"
            return {
                "ok": True,
                "upload_url": f"{self.base_url}upload/{file_id}",
                "file_id": file_id,
            }
        if method == "files.completeUploadExternal":
            files = args.get("files")
            files = json.loads(files) if isinstance(files, str) else files or []
            channel = args.get("channel_id")
            if channel in self.outside:
                return {"ok": False, "error": "not_in_channel"}
            if channel:  # shared: a message in the channel, or in the thread of thread_ts
                with self.cond:
                    self.posted.append(
                        {
                            "ts": self.next_ts(),
                            "channel": channel,
                            "thread_ts": args.get("thread_ts"),
                            "files": [{"id": f.get("id"), "title": f.get("title")} for f in files],
                        }
                    )
                    self.cond.notify_all()
            return {
                "ok": True,
                "files": [{"id": f.get("id"), "title": f.get("title")} for f in files],
            }
        if method == "views.publish":
            view = args.get("view")
            return {"ok": True, "view": json.loads(view) if isinstance(view, str) else view}
        return {"ok": True}

    def _history(self, args: dict[str, Any], thread: str | None = None) -> list[dict]:
        """The bot's posts in a channel (or one thread), newest first, as Slack lists them:
        metadata only with include_all_metadata."""
        channel = str(args.get("channel"))
        oldest = float(args.get("oldest") or 0)
        with_metadata = str(args.get("include_all_metadata")).lower() in ("1", "true")
        with self.cond:
            found = [
                {k: v for k, v in m.items() if with_metadata or k != "metadata"}
                for m in self.posted
                if m.get("channel") == channel
                and float(m["ts"]) >= oldest
                and (thread is None or m.get("thread_ts") == thread)
            ]
        return found[::-1]

    @staticmethod
    def _send(
        handler: BaseHTTPRequestHandler,
        status: int,
        body: bytes,
        content_type: str,
        headers: dict[str, str] | None = None,
    ) -> None:
        lost: Fault | None = getattr(handler, "_sitrep_lost", None)
        if lost is not None:  # the work is done; the client never hears so
            time.sleep(lost.delay)
            if lost.status is not None:
                status, body, content_type = (
                    lost.status,
                    b'{"ok": false, "error": "fault"}',
                    ("application/json"),
                )
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", content_type)
            handler.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                handler.send_header(key, value)
            handler.end_headers()
            handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (an injected delay): nothing to answer
