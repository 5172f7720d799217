"""One retry for Slack's raw upload step, which the client's retry handlers never see."""

import urllib.error
from email.message import Message

from bot import uploads


class Client:
    def __init__(self, failures):
        self.failures, self.calls = list(failures), []

    def files_upload_v2(self, **fields):
        self.calls.append(fields)
        if self.failures:
            raise self.failures.pop(0)


def too_many(code=429):
    headers = Message()
    headers["Retry-After"] = "0"
    return urllib.error.HTTPError("https://files.example", code, "x", headers, None)


def test_a_rate_limited_upload_is_tried_again_with_the_same_fields():
    client = Client([too_many()])
    assert uploads.upload(client, channel="C1", filename="a.csv") is None
    assert client.calls == [{"channel": "C1", "filename": "a.csv"}] * 2


def test_a_second_refusal_or_another_error_is_said_in_a_few_words():
    assert uploads.upload(Client([too_many(), too_many()]), channel="C1") == (
        "upload failed (HTTP 429)"
    )
    assert uploads.upload(Client([too_many(500)]), channel="C1") == "upload failed (HTTP 500)"
    assert uploads.upload(Client([OSError()]), channel="C1") == "upload failed (OSError)"
