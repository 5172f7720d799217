"""The fake Slack itself: a test that has waited for a call sees what the call did.

Tests wait for a Web API call (`wait_call`) and then read the messages it made
(`posted`, `_history`). The fake answers each request on its own thread, so if the call were
recorded before its message, a loaded host could run the waiting test in between and find the
call but not the message. Here the handler is held up between the two on purpose."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from slack_sdk import WebClient

from tests.fakeslack import FakeSlack


@pytest.fixture
def slow_fake() -> Iterator[FakeSlack]:
    """A fake whose handler pauses after taking a call and before answering it, as a thread
    descheduled on a busy host would."""
    fake = FakeSlack().start()
    answer = fake._answer

    def late_answer(method: str, args: dict[str, Any], token: str) -> dict[str, Any]:
        time.sleep(0.5)
        return answer(method, args, token)

    fake._answer = late_answer  # type: ignore[method-assign]
    try:
        yield fake
    finally:
        fake.stop()


def _in_background(call: Any) -> threading.Thread:
    thread = threading.Thread(target=call, daemon=True)
    thread.start()
    return thread


def test_a_posted_message_is_there_once_its_call_is_seen(slow_fake: FakeSlack) -> None:
    client = WebClient(token=slow_fake.bot_token, base_url=slow_fake.api_url)
    posting = _in_background(
        lambda: client.chat_postMessage(channel="CWHARF", text="Tide tables for Porthkennack")
    )
    [call] = slow_fake.wait_call("chat.postMessage", timeout=30)
    assert [m["text"] for m in slow_fake.posted] == [call.args["text"]]
    posting.join(timeout=30)


def test_a_shared_file_is_in_its_thread_once_its_call_is_seen(slow_fake: FakeSlack) -> None:
    client = WebClient(token=slow_fake.bot_token, base_url=slow_fake.api_url)
    sharing = _in_background(
        lambda: client.files_completeUploadExternal(
            files=[{"id": "FQUAY1", "title": "Timeline: Porthkennack"}],
            channel_id="CWHARF",
            thread_ts="1700000000.000001",
        )
    )
    slow_fake.wait_call("files.completeUploadExternal", timeout=30)
    replies = slow_fake._history({"channel": "CWHARF"}, thread="1700000000.000001")
    assert [r["files"][0]["title"] for r in replies] == ["Timeline: Porthkennack"]
    sharing.join(timeout=30)
