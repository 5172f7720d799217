"""Slack failing under the real bot: Web API 500s, timeouts and 429s, response_url failures,
file downloads that fail or turn into a sign-in page, a store that cannot be written, and the
Socket Mode connection cut mid-stream. The bot retries within bounds, reconnects, tells the
user when their article could not be added, and never crashes."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from bot import config as settings
from tests.bot.conftest import (
    Bot,
    article_rows,
    block_texts,
    channel_message,
    event_body,
    seed_dam,
    send_command,
    send_event,
    slash_body,
    start_bot,
    stop_bot,
)
from tests.fakeslack import SIGN_IN_PAGE, FakeFile, FakeSlack
from tests.robust.articles import articles, as_text

TIMEOUT = "2"  # SITREP_SLACK_TIMEOUT for these bots: timeouts are quick to provoke
ARTICLES = iter(articles(seed=61, count=50))


def new_article() -> str:
    """A distinct article each time, long enough to be taken from a channel message."""
    return "\n\n".join(as_text(next(ARTICLES)) for _ in range(2))


@pytest.fixture(scope="module")
def bot(fake: FakeSlack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bot]:
    workdir = tmp_path_factory.mktemp("faults-http")
    seed_dam(workdir / "sitrep.db", fake.team)
    fake.set_channel("CPUBLIC", private=False)
    started = start_bot(fake, workdir, "http", {"SITREP_SLACK_TIMEOUT": TIMEOUT})
    yield started
    stop_bot(started)


def _post_article(
    bot: Bot,
    fake: FakeSlack,
    event_id: str,
    text: str | None = None,
    files: list[dict] | None = None,
) -> str:
    ts = fake.next_ts()
    event = channel_message(ts, text or new_article())
    if files:
        event.update(subtype="file_share", files=files, text="")
    assert send_event(bot, event_body(fake, event, event_id))[0] == 200
    return ts


def _confirmations(fake: FakeSlack, ts: str, count: int = 1) -> list[dict]:
    return [
        c.args
        for c in fake.wait_call(
            "chat.postMessage", lambda c: c.args.get("thread_ts") == ts, count=count, timeout=30
        )
    ]


def test_web_api_server_errors_are_retried(bot: Bot, fake: FakeSlack) -> None:
    fake.inject("chat.postMessage", status=500, times=2)
    ts = _post_article(bot, fake, "EvF500")
    [reply] = _confirmations(fake, ts)
    assert reply["text"] == "Sitrep: 1 article added"
    assert len(fake.calls_to("fault 500 chat.postMessage")) == 2


def test_web_api_failing_for_longer_is_kept_and_posted_once(bot: Bot, fake: FakeSlack) -> None:
    fake.inject("chat.postMessage", status=503, times=3)
    first = _post_article(bot, fake, "EvF503")
    [reply] = _confirmations(fake, first)  # once Slack takes it, from the outbox
    assert reply["text"] == "Sitrep: 1 article added"
    assert len(fake.calls_to("fault 503 chat.postMessage")) == 3
    bot.wait_log("message kept for retry")
    assert len(article_rows(bot.db_path, "origin_key = ?", (f"CPUBLIC/{first}",))) == 1
    name, url = fake.response_url()
    send_command(bot, slash_body(fake, "/sitrep", "stats", url))
    assert fake.wait_responses(name)[0]["text"].startswith("Sitrep corpus:")
    time.sleep(1)  # nothing more comes
    assert len(fake.calls_to("chat.postMessage", lambda c: c.args.get("thread_ts") == first)) == 1
    assert bot.process.poll() is None


def test_web_api_timeouts_are_retried(bot: Bot, fake: FakeSlack) -> None:
    fake.inject("chat.getPermalink", delay=float(TIMEOUT) + 2)
    ts = _post_article(bot, fake, "EvFSLOW")
    [reply] = _confirmations(fake, ts)
    assert reply["text"] == "Sitrep: 1 article added"
    [row] = article_rows(bot.db_path, "origin_key = ?", (f"CPUBLIC/{ts}",))
    assert row[3].startswith("https://fake.slack.com/archives/CPUBLIC/p")  # the retry's link
    assert fake.calls_to("fault late chat.getPermalink")


@pytest.mark.parametrize(
    "fault",
    [{"status": 429}, {"status": 500, "times": 2}, {"delay": float(TIMEOUT) + 2}],
    ids=["rate limited", "server errors", "timeout"],
)
def test_answers_reach_a_failing_response_url(bot: Bot, fake: FakeSlack, fault: dict) -> None:
    name, url = fake.response_url()
    fake.inject(f"/response/{name}", **fault)
    send_command(bot, slash_body(fake, "/quote", "Raqqa dam", url))
    answers = fake.wait_responses(name, timeout=30)
    # A timed-out post may still arrive late: Slack then shows the answer twice, which is
    # better than not at all.
    assert 1 <= len(answers) <= 2
    assert answers[0]["response_type"] == "in_channel"  # answers are for the channel
    assert "Tabqa dam" in block_texts(answers[0])


def test_failed_downloads_are_reported_in_the_thread(bot: Bot, fake: FakeSlack) -> None:
    text = new_article().encode()
    fake.add_file(FakeFile("F0DOWN500", "report.txt", "text/plain", text, "text"))
    fake.add_file(FakeFile("F0SIGNTXT", "notes.txt", "text/plain", SIGN_IN_PAGE, "text"))
    fake.add_file(FakeFile("F0REDIR", "brief.txt", "text/plain", text, "text"))
    fake.inject("/files/F0DOWN500/", status=500, times=5)
    fake.inject("/files/F0REDIR/", status=302)
    ts = _post_article(
        bot, fake, "EvFDOWN", files=[{"id": "F0DOWN500"}, {"id": "F0SIGNTXT"}, {"id": "F0REDIR"}]
    )
    [reply] = _confirmations(fake, ts)
    shown = block_texts(reply)
    assert ":warning: Not added: report.txt: Slack answered HTTP 500 for the download" in shown
    assert (
        ":warning: Not added: notes.txt: Slack sent a web page (a sign-in page?) instead "
        "of the file" in shown
    )
    assert (
        ":warning: Not added: brief.txt: Slack redirected the download to a sign-in page" in shown
    )
    assert reply["text"] == "Sitrep: nothing added"


def test_a_store_that_cannot_be_opened_is_reported(bot: Bot, fake: FakeSlack) -> None:
    aside = bot.db_path.with_name("aside")
    aside.mkdir()
    moved = [p for p in bot.db_path.parent.glob("sitrep.db*") if p.is_file()]
    for path in moved:
        path.rename(aside / path.name)
    bot.db_path.write_bytes(b"this is not a database " * 100)
    try:
        ts = _post_article(bot, fake, "EvFBROKEN")
        [reply] = _confirmations(fake, ts)
    finally:
        bot.db_path.unlink()
        for path in moved:
            (aside / path.name).rename(path)
    assert reply["text"] == "Sitrep: nothing added"
    assert (
        "not stored, the store could not be opened or written (file is not a database)"
        in block_texts(reply)
    )
    assert str(bot.db_path.parent) not in block_texts(reply)
    name, url = fake.response_url()
    send_command(bot, slash_body(fake, "/quote", "Raqqa dam", url))
    assert "Tabqa dam" in block_texts(fake.wait_responses(name)[0])
    assert bot.process.poll() is None


def test_timeout_setting_is_validated() -> None:
    base = {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"}
    assert settings.load(base).api_timeout == 10.0
    assert settings.load({**base, "SITREP_SLACK_TIMEOUT": "2.5"}).api_timeout == 2.5
    for bad in ("0", "121", "soon"):
        with pytest.raises(settings.ConfigError, match="^SITREP_SLACK_TIMEOUT is malformed"):
            settings.load({**base, "SITREP_SLACK_TIMEOUT": bad})


# --- Socket Mode ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def socket_bot(fake: FakeSlack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bot]:
    workdir = tmp_path_factory.mktemp("faults-socket")
    seed_dam(workdir / "sitrep.db", fake.team)
    started = start_bot(fake, workdir, "socket", {"SITREP_SLACK_TIMEOUT": TIMEOUT})
    fake.wait_connected()
    yield started
    stop_bot(started)


def _ask_over_socket(fake: FakeSlack, text: str = "Raqqa dam") -> tuple[str, str]:
    name, url = fake.response_url()
    return fake.push("slash_commands", slash_body(fake, "/quote", text, url)), name


@pytest.mark.parametrize("abrupt", [True, False], ids=["connection cut", "disconnect message"])
def test_socket_mode_reconnects_and_loses_nothing(
    socket_bot: Bot, fake: FakeSlack, abrupt: bool
) -> None:
    connections = fake.connections
    before, before_name = _ask_over_socket(fake)
    fake.wait_ack(before)
    # Envelopes in flight when the connection goes: Slack redelivers what was not acked.
    in_flight = [_ask_over_socket(fake, "Tabqa dam") for _ in range(5)]
    fake.inject("apps.connections.open", status=500)  # and the first reconnect fails
    dropped = time.monotonic()
    fake.drop(abrupt=abrupt)
    fake.wait_for(
        lambda: fake.connections > connections and fake._ws is not None,
        timeout=60,
        what="a new Socket Mode connection",
    )
    print(
        f"\nreconnected {time.monotonic() - dropped:.1f} s after the "
        f"{'cut' if abrupt else 'disconnect message'}"
    )
    for envelope_id, name in in_flight:
        if not any(a.get("envelope_id") == envelope_id for a in fake.acks):
            payload = slash_body(fake, "/quote", "Tabqa dam", f"{fake.base_url}response/{name}")
            fake.push(
                "slash_commands",
                payload,
                retry_attempt=1,
                retry_reason="timeout",
                envelope_id=envelope_id,
            )
        fake.wait_ack(envelope_id, timeout=30)
    after, after_name = _ask_over_socket(fake)
    fake.wait_ack(after, timeout=30)
    for name in [before_name, after_name, *(name for _, name in in_flight)]:
        [answer, *repeat] = fake.wait_responses(name, timeout=30)
        assert "Tabqa dam" in block_texts(answer)
    assert fake.calls_to("fault 500 apps.connections.open")
    assert socket_bot.process.poll() is None


@pytest.mark.parametrize(
    "header, wait",
    [("3600", 10.0), ("2", 2.0), ("1.5", 1.5), ("Wed, 21 Oct 2015 07:28:00 GMT", 1.0), (None, 1.0)],
)
def test_rate_limit_waits_are_bounded(
    monkeypatch: pytest.MonkeyPatch, header: str | None, wait: float
) -> None:
    from slack_sdk.http_retry import HttpRequest, HttpResponse, RetryState

    from bot import runtime

    slept: list[float] = []
    monkeypatch.setattr(runtime.time, "sleep", slept.append)
    state = RetryState()
    response = HttpResponse(status_code=429, headers={"Retry-After": [header]} if header else {})
    handler = runtime.BoundedRateLimitRetry(max_retry_count=runtime.API_RETRIES)
    request = HttpRequest(
        method="POST", url="https://slack.com/api/chat.postMessage", headers={}, body_params={}
    )
    assert handler.can_retry(state=state, request=request, response=response)
    handler.prepare_for_next_attempt(state=state, request=request, response=response)
    assert state.next_attempt_requested and wait <= slept[0] <= wait + 0.25
