"""End-to-end harness: the real `sitrep serve` process against the fake Slack on 127.0.0.1.

The bot runs as `python -m cli.main serve` with a scrubbed environment (no proxies, no stray
Slack settings, a temporary database and working directory), and the test waits for its ready
line, reading stdout line by line with a bounded wait. Processes are always terminated.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import queue
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from slack_sdk.signature import SignatureVerifier

from commands.ingest import Options, Origin, ingest_document
from store.db import connect
from tests.fakeslack import WAIT, FakeSlack
from text.read import Document

SECRET = "8f14e45fceea167a5a36dedd4bea2543"
READY_TIMEOUT = WAIT  # starting the bot on a loaded host is slow too
DATA = Path(__file__).resolve().parent / "data"
ROOT = Path(__file__).resolve().parents[2]

ARTICLE_DAM = (DATA / "raqqa.txt").read_text(encoding="utf-8")

ARTICLE_HOSTILE = (DATA / "mines.txt").read_text(encoding="utf-8")

ARTICLE_PRIVATE = (DATA / "fuel.txt").read_text(encoding="utf-8")


@dataclass
class Bot:
    process: subprocess.Popen
    mode: str
    url: str | None  # http://127.0.0.1:PORT in HTTP mode
    db_path: Path
    stderr_path: Path

    def logs(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")

    def wait_log(self, needle: str, timeout: float = WAIT) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            text = self.logs()
            if needle in text:
                return text
            if self.process.poll() is not None:
                break
            time.sleep(0.05)
        raise AssertionError(f"bot log never said {needle!r}; log:\n{self.logs()[-3000:]}")


# The caches every bot of a test run shares, set by the session fixture `bot_caches`: the
# compiled knowledge (text/compiled.py) in the folder the tests' own process uses, and
# matplotlib's font list in a folder of the run. In a fresh HOME each bot built both again at
# start, about 2.5 s of CPU, twice what the rest of a quiet bot costs; now a bot reads them in
# milliseconds, as a deployed bot does after its first start. Entries are rebuilt whenever
# their sources change, so sharing cannot serve stale knowledge. A test that needs a cache of
# its own still passes SITREP_CACHE_DIR in `extra`.
_caches: tuple[Path, Path] | None = None  # (compiled knowledge, matplotlib)


def run_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of this test run that every pytest-xdist worker shares."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@contextlib.contextmanager
def run_lock(path: Path) -> Iterator[None]:
    """Held by one worker of the run at a time (what one builds, the others then read)."""
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@pytest.fixture(scope="session", autouse=True)
def bot_caches(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    from text.compiled import cache_dir

    global _caches
    fonts = run_folder(tmp_path_factory) / "mpl"
    fonts.mkdir(exist_ok=True)
    _caches = (cache_dir(), fonts)
    yield _caches
    _caches = None


def bot_env(
    fake: FakeSlack, db_path: Path, workdir: Path, mode: str, extra: dict[str, str] | None = None
) -> dict[str, str]:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(workdir),
        "LANG": "C.UTF-8",
        "PYTHONUNBUFFERED": "1",
        "MPLBACKEND": "Agg",
        "MPLCONFIGDIR": str(_caches[1] if _caches else workdir / "mpl"),
        "SLACK_BOT_TOKEN": fake.bot_token,
        "SLACK_API_URL": fake.api_url,
        "SITREP_DB": str(db_path),
        "SITREP_FETCH_ALLOW_LOOPBACK": "1",
    }
    if "PYTHONPYCACHEPREFIX" in os.environ:  # scripts/test.sh keeps bytecode out of the tree
        env["PYTHONPYCACHEPREFIX"] = os.environ["PYTHONPYCACHEPREFIX"]
    if _caches is not None:
        env["SITREP_CACHE_DIR"] = str(_caches[0])
    if mode == "http":
        env["SLACK_SIGNING_SECRET"] = SECRET
    else:
        env["SLACK_APP_TOKEN"] = fake.app_token
    env.update(extra or {})
    return env


def run_serve(
    env: dict[str, str], workdir: Path, timeout: float = 30.0
) -> subprocess.CompletedProcess:
    """`sitrep serve` expected to stop on its own (bad settings)."""
    return subprocess.run(
        [sys.executable, "-m", "cli.main", "serve", "--port", "0"],
        env=env,
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


# The channels the tests post articles in, with auto-ingest on as a team that posts articles
# would set it; tests of the default (off) start the bot with autoingest=().
AUTOINGEST_CHANNELS = ("CPUBLIC", "CSECRET", "CHIDDEN", "CSHARE", "CELSEWHERE")


def autoingest_on(db_path: Path, team: str, *channels: str) -> None:
    """As `/sitrep autoingest on` in each channel."""
    from store import slack as slack_store

    db = connect(db_path)
    try:
        for channel in channels:
            slack_store.set_channel_setting(db, team, channel, "autoingest", "on", "UADMIN")
    finally:
        db.conn.close()


def start_bot(
    fake: FakeSlack,
    workdir: Path,
    mode: str,
    extra: dict[str, str] | None = None,
    autoingest: tuple[str, ...] = AUTOINGEST_CHANNELS,
    db_name: str | None = None,
) -> Bot:
    """The bot serving workdir/sitrep.db through $SITREP_DB, or workdir/DB_NAME given as
    `sitrep serve --db DB_NAME` from workdir, as the docs tell a new user."""
    workdir.mkdir(parents=True, exist_ok=True)
    db_path = workdir / (db_name or "sitrep.db")
    if autoingest:
        autoingest_on(db_path, fake.team, *autoingest)
    stderr_path = workdir / f"bot-{mode}.log"
    env = bot_env(fake, db_path, workdir, mode, extra)
    argv = [sys.executable, "-m", "cli.main", "serve", "--host", "127.0.0.1", "--port", "0"]
    if db_name:
        env.pop("SITREP_DB")
        argv += ["--db", db_name]
    with open(stderr_path, "w") as stderr:
        process = subprocess.Popen(
            argv,
            env=env,
            cwd=workdir,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    deadline = time.monotonic() + READY_TIMEOUT
    bot = Bot(process, mode, None, db_path, stderr_path)
    while True:
        try:
            line = lines.get(timeout=max(0.05, deadline - time.monotonic()))
        except queue.Empty:
            line = None
        if line is None or time.monotonic() > deadline:
            stop_bot(bot)
            raise AssertionError(f"bot not ready; log:\n{bot.logs()[-3000:]}")
        if line.startswith("sitrep: ready"):
            break
    if mode == "http":
        where = line.split("http on ", 1)[1].split(")")[0].split(",")[0]
        bot.url = f"http://{where}"
    return bot


def stop_bot(bot: Bot) -> None:
    if bot.process.poll() is None:
        bot.process.terminate()
        try:
            bot.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            bot.process.kill()
            bot.process.wait(timeout=5)


def seed(
    db_path: Path,
    team: str,
    text: str,
    label: str,
    scope: str = "",
    published: str | None = None,
    source: str | None = None,
) -> dict:
    db = connect(db_path)
    try:
        result = ingest_document(
            db,
            Document(text=text, origin=label, kind="text"),
            Origin(label, team, scope, None),
            Options(published, source),
        )
    finally:
        db.conn.close()
    assert not result.errors, result.errors
    return result.to_json()


def seed_dam(db_path: Path, team: str) -> dict:
    """The article of the Tabqa dam (Example News, 21 Oct 2017)."""
    return seed(
        db_path,
        team,
        ARTICLE_DAM,
        "https://news.example.org/raqqa",
        published="2017-10-21",
        source="Example News",
    )


def seed_two_articles(db_path: Path, team: str) -> None:
    """The two articles most bot tests ask about: the Tabqa dam (Example News, 21 Oct 2017)
    and the mines of Raqqa (Example Wire, 2 Nov 2017)."""
    seed_dam(db_path, team)
    seed(
        db_path,
        team,
        ARTICLE_HOSTILE,
        "https://news.example.org/mines",
        published="2017-11-02",
        source="Example Wire",
    )


def answers_setting(db_path: Path, team: str, choice: str, *channels: str) -> None:
    """As `/sitrep answers CHOICE` in each channel."""
    from store import slack as slack_store

    db = connect(db_path)
    try:
        for channel in channels:
            slack_store.set_channel_setting(db, team, channel, "answers", choice, "UADMIN")
    finally:
        db.conn.close()


def public_answers(db_path: Path, team: str, *channels: str) -> None:
    """As `/sitrep answers public` in each channel (the default, said outright)."""
    answers_setting(db_path, team, "public", *channels)


def private_answers(db_path: Path, team: str, *channels: str) -> None:
    """As `/sitrep answers private` in each channel: private first, with Share to channel."""
    answers_setting(db_path, team, "private", *channels)


def article_rows(db_path: Path, where: str = "1", params: tuple = ()) -> list[tuple]:
    db = connect(db_path)
    try:
        return db.conn.execute(
            f"SELECT id, team, scope, origin, origin_key, title FROM articles "
            f"WHERE {where} ORDER BY id",
            params,
        ).fetchall()
    finally:
        db.conn.close()


# --- speaking Slack's HTTP protocol to the bot -----------------------------------------------

_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def post(
    url: str,
    body: str,
    content_type: str,
    timestamp: str | None = None,
    secret: str = SECRET,
    signature: str | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, str]:
    timestamp = timestamp or str(int(time.time()))
    signature = signature or SignatureVerifier(secret).generate_signature(
        timestamp=timestamp, body=body
    )
    request = urllib.request.Request(
        url,
        data=body.encode(),
        method="POST",
        headers={
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": timestamp,
            "X-Slack-Signature": signature,
            **(headers or {}),
        },
    )
    try:
        with _opener.open(request, timeout=WAIT) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def slash_body(
    fake: FakeSlack,
    command: str,
    text: str,
    response_url: str,
    channel: str = "CPUBLIC",
    team: str | None = None,
    channel_name: str = "news",
) -> dict[str, str]:
    return {
        "token": "legacy",
        "team_id": team or fake.team,
        "team_domain": "fake",
        "channel_id": channel,
        "channel_name": channel_name,
        "user_id": "UASKER",
        "user_name": "analyst",
        "command": command,
        "text": text,
        "api_app_id": "AFAKE",
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": "1.2.3",
    }


def event_body(fake: FakeSlack, event: dict, event_id: str, team: str | None = None) -> dict:
    return {
        "token": "legacy",
        "team_id": team or fake.team,
        "api_app_id": "AFAKE",
        "event": event,
        "type": "event_callback",
        "event_id": event_id,
        "event_time": int(time.time()),
        "authorizations": [
            {
                "team_id": team or fake.team,
                "user_id": fake.bot_user,
                "is_bot": True,
                "is_enterprise_install": False,
            }
        ],
    }


def channel_message(ts: str, text: str, **fields: object) -> dict:
    """The event of a message UPOSTER posts in CPUBLIC at ts; fields adds to it (a file share:
    subtype="file_share", files=[...])."""
    return {
        "type": "message",
        "channel": "CPUBLIC",
        "channel_type": "channel",
        "user": "UPOSTER",
        "ts": ts,
        "text": text,
        **fields,
    }


def send_command(bot: Bot, body: dict[str, str], **kwargs: object) -> tuple[int, str]:
    return post(
        f"{bot.url}/slack/events",
        urllib.parse.urlencode(body),
        "application/x-www-form-urlencoded",
        **kwargs,
    )  # type: ignore[arg-type]


def send_event(bot: Bot, body: dict, **kwargs: object) -> tuple[int, str]:
    return post(f"{bot.url}/slack/events", json.dumps(body), "application/json", **kwargs)  # type: ignore[arg-type]


def send_interactive(bot: Bot, payload: dict, **kwargs: object) -> tuple[int, str]:
    return post(
        f"{bot.url}/slack/events",
        urllib.parse.urlencode({"payload": json.dumps(payload)}),
        "application/x-www-form-urlencoded",
        **kwargs,
    )  # type: ignore[arg-type]


def text_strings(node: object) -> list[str]:
    """Every "text" string in a Block Kit structure, in document order."""
    if isinstance(node, dict):
        return [
            s
            for key, value in node.items()
            for s in ([value] if key == "text" and isinstance(value, str) else text_strings(value))
        ]
    if isinstance(node, list):
        return [s for value in node for s in text_strings(value)]
    return []


def block_texts(message: dict) -> str:
    """All text in a posted message's blocks, joined (for substring checks)."""
    return "\n".join(text_strings(message.get("blocks") or []))


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeSlack]:
    server = FakeSlack().start()
    yield server
    server.stop()


def shortcut_payload(fake, ts: str, text: str) -> dict:
    """The "Add to Sitrep" message shortcut on a public-channel message."""
    return {
        "type": "message_action",
        "callback_id": "add_to_sitrep",
        "trigger_id": "1.2",
        "team": {"id": fake.team, "domain": "fake"},
        "user": {"id": "UASKER"},
        "channel": {"id": "CPUBLIC", "name": "news"},
        "message_ts": ts,
        "response_url": fake.response_url()[1],
        "message": {"type": "message", "user": "UPOSTER", "ts": ts, "text": text},
    }


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`sh scripts/demo.sh`, as a new user runs it, into a database of the tests' own (copy it
    before serving it: a served store becomes its workspace's). Built once per test run: the
    first worker to need it builds it, the others wait and read the same file."""
    folder = run_folder(tmp_path_factory) / "demo"
    folder.mkdir(exist_ok=True)
    db = folder / "demo.db"
    with run_lock(folder / "build.lock"):
        if not (folder / "built").exists():
            env = {**os.environ, "SITREP_DEMO_DB": str(db)}
            env.pop("SLACK_BOT_TOKEN", None)
            done = subprocess.run(
                ["sh", "scripts/demo.sh"],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
            )
            assert done.returncode == 0, done.stderr[-2000:]
            (folder / "built").touch()
    return db


def literal_texts(node: object) -> list[str]:
    """The texts of rich-text quotes (verbatim article text, shown as written)."""
    if isinstance(node, dict):
        if node.get("type") == "rich_text_quote":
            return [e["text"] for e in node["elements"] if e.get("type") == "text"]
        return [s for value in node.values() for s in literal_texts(value)]
    if isinstance(node, list):
        return [s for value in node for s in literal_texts(value)]
    return []


def without_literal_text(message: dict) -> dict:
    """The message with the rich-text quotes' texts blanked: what Slack could read as markup.
    Each quote element must be plain text, no mention, broadcast or link elements."""

    def walk(node: object) -> object:
        if isinstance(node, dict):
            if node.get("type") == "rich_text_quote":
                assert all(
                    set(e) == {"type", "text"} and e["type"] == "text" for e in node["elements"]
                ), node
                return {**node, "elements": [{"type": "text", "text": ""}]}
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return walk(message)  # type: ignore[return-value]
