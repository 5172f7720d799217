"""Many workspaces: OAuth installs through the fake, each workspace's articles separate."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest

from tests.bot.conftest import (
    ARTICLE_HOSTILE,
    Bot,
    block_texts,
    seed,
    send_command,
    slash_body,
    start_bot,
    stop_bot,
)
from tests.fakeslack import WAIT, FakeSlack

_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def get(url: str, cookie: str | None = None) -> tuple[int, str, str | None]:
    """Status, body and the Set-Cookie header."""
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    try:
        with _opener.open(request, timeout=WAIT) as response:
            return response.status, response.read().decode(), response.headers.get("Set-Cookie")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode(), exc.headers.get("Set-Cookie")


@pytest.fixture(scope="module")
def bot(fake: FakeSlack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bot]:
    workdir = tmp_path_factory.mktemp("oauth-bot")
    seed(
        workdir / "sitrep.db",
        "T0TWO",
        ARTICLE_HOSTILE,
        "https://news.example.org/mines",
        published="2017-11-02",
        source="Example Wire",
    )
    started = start_bot(
        fake,
        workdir,
        "http",
        {
            "SLACK_BOT_TOKEN": "",
            "SLACK_CLIENT_ID": "1111.2222",
            "SLACK_CLIENT_SECRET": "oauthclientsecret",
        },
    )
    yield started
    stop_bot(started)


def install(bot: Bot, fake: FakeSlack, team: str, token: str) -> None:
    status, page, set_cookie = get(f"{bot.url}/slack/install")
    assert status == 200
    state = re.search(r"state=([\w-]+)", page)
    assert state is not None
    assert "client_id=1111.2222" in page
    assert set_cookie is not None
    cookie = set_cookie.split(";")[0]
    code = f"code-{team}"
    fake.add_install_code(code, team, token)
    status, _, _ = get(f"{bot.url}/slack/oauth_redirect?code={code}&state={state.group(1)}", cookie)
    assert status == 200


def test_each_installed_workspace_sees_only_its_own_articles(bot: Bot, fake: FakeSlack) -> None:
    install(bot, fake, "T0TWO", "xoxb-two-token")
    install(bot, fake, "T0THREE", "xoxb-three-token")
    assert (bot.db_path.parent / "sitrep-installations.db").exists()

    name, url = fake.response_url()
    send_command(bot, slash_body(fake, "/quote", "booby-trapped buildings", url, team="T0TWO"))
    [reply] = fake.wait_responses(name)
    assert reply["response_type"] == "in_channel"  # answers are for the channel
    assert "booby-trapped buildings" in block_texts(reply)

    name, url = fake.response_url()
    send_command(bot, slash_body(fake, "/quote", "booby-trapped buildings", url, team="T0THREE"))
    [other] = fake.wait_responses(name)
    assert other["response_type"] == "ephemeral"
    assert other["text"].startswith("No passage matches")


def test_logs_hold_no_client_secret_or_tokens(bot: Bot) -> None:
    logs = bot.logs()
    for secret in ("oauthclientsecret", "xoxb-two-token", "xoxb-three-token"):
        assert secret not in logs
