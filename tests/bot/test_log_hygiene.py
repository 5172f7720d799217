"""Logs without secrets, in both modes: after commands, posted articles and (HTTP) refused
requests, no log line at INFO or above holds a token, the signing secret, a response_url or
what people wrote. A refused request is logged with its reason, team and timestamp only."""

from __future__ import annotations

import json
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.logs import Redactor
from bot.refusals import team_of_raw, why_refused
from tests.bot.conftest import SECRET, post, slash_body
from tests.bot.modes import BOTH_MODES, Driver, serving

ARTICLE_WORDS = "Quillfeather depot"  # invented: appears only in what people wrote
QUERY_WORDS = "Marrowind crossing"


@pytest.fixture(scope="module", params=BOTH_MODES)
def driver(
    request: pytest.FixtureRequest, demo_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Driver]:
    with serving(request.param, demo_db, tmp_path_factory.mktemp("logs")) as driver:
        yield driver


def refuse(driver: Driver, timestamp: str, secret: str) -> tuple[int, str]:
    """A slash command signed wrongly, holding text and a response_url."""
    _, url = driver.fake.response_url()
    body = urllib.parse.urlencode(slash_body(driver.fake, "/quote", QUERY_WORDS, url))
    return post(
        f"{driver.bot.url}/slack/events",
        body,
        "application/x-www-form-urlencoded",
        timestamp=timestamp,
        secret=secret,
    ), url


def test_no_secret_response_url_or_message_text_at_info(driver: Driver) -> None:
    from tests.bot.conftest import ARTICLE_DAM

    driver.command("/quote", QUERY_WORDS)
    driver.command("/timeline", f"{QUERY_WORDS} from:2017")
    driver.post("CPUBLIC", ARTICLE_DAM.replace("\n\n", f" The {ARTICLE_WORDS} burned.\n\n", 1))
    refused_urls = []
    if driver.bot.mode == "http":
        for timestamp, secret in (
            (str(int(time.time()) - 900), SECRET),  # clock skew
            (str(int(time.time())), "0" * 32),
        ):  # wrong secret
            (status, _), url = refuse(driver, timestamp, secret)
            assert status == 401
            refused_urls.append(url)
        driver.bot.wait_log("request refused")
        driver.command("/quote", "Raqqa")  # and the bot answers on
    lines = [json.loads(line) for line in driver.bot.logs().splitlines() if line.startswith("{")]
    assert lines
    secrets = [driver.fake.bot_token, driver.fake.app_token, SECRET]
    for entry in lines:
        if entry["level"] == "debug":
            continue
        text = json.dumps(entry, ensure_ascii=False)
        for forbidden in [
            *secrets,
            "/response/",
            *refused_urls,
            ARTICLE_WORDS,
            QUERY_WORDS,
            "Quillfeather",
            "Marrowind",
        ]:
            assert forbidden not in text, (forbidden, text)
    if driver.bot.mode == "http":
        refusals = [e for e in lines if e["msg"] == "request refused"]
        assert len(refusals) == 2
        assert all(e["team"] == driver.fake.team and e["request_timestamp"] for e in refusals)
        assert refusals[0]["reason"].startswith("timestamp ") and "old" in refusals[0]["reason"]
        assert refusals[1]["reason"] == "signature does not match the signing secret"


def test_refusal_reasons_and_team_without_the_body() -> None:
    now = 1_700_000_000
    assert why_refused("", "v0=1", now) == "no signature or timestamp headers"
    assert why_refused("abc", "v0=1", now) == "malformed timestamp"
    assert why_refused(str(now - 600), "v0=1", now) == "timestamp 600 s old (clock skew?)"
    assert why_refused(str(now + 400), "v0=1", now).endswith("in the future (clock skew?)")
    assert why_refused(str(now), "v0=1", now) == "signature does not match the signing secret"
    assert team_of_raw("team_id=T0ABC&text=hello") == "T0ABC"
    assert team_of_raw('{"team_id": "T0JSON", "event": {"text": "x"}}') == "T0JSON"
    payload = urllib.parse.urlencode({"payload": json.dumps({"team": {"id": "T0PAY"}})})
    assert team_of_raw(payload) == "T0PAY"
    assert team_of_raw("team_id=<script>&text=x") == ""  # only a plausible id is kept
    assert team_of_raw("\x00\xff not a body") == ""


def test_the_redactor_hides_response_urls_in_any_form() -> None:
    scrub = Redactor(["s3cret"]).scrub
    assert (
        scrub('{"response_url": "https://hooks.slack.com/commands/T1/2/x"}')
        == '{"response_url": "[redacted]"}'
    )
    assert "hooks" not in scrub("a=1&response_url=https%3A%2F%2Fhooks.slack.com%2Fx&b=2")
    assert (
        scrub("posted to https://hooks.slack.com/actions/T1/2/x today")
        == "posted to [redacted] today"
    )
    assert scrub("xoxb-1-abc and s3cret") == "xoxb-[redacted] and [redacted]"
