"""Security review, as tests against the real bot process (docs/SECURITY.md lists each threat
with its defence and the test here or elsewhere that checks it): request signatures and replay,
SSRF through numeric hosts, DNS rebinding and redirects, mrkdwn injection from article text,
titles, sources and queries, private-channel and cross-workspace isolation, and tokens kept out
of logs, replies and requests to other hosts."""

from __future__ import annotations

import json
import time
import urllib.parse
from collections.abc import Iterator

import pytest

from bot import fetch
from bot.fetch import FetchError, FetchPolicy
from tests.bot.conftest import (
    SECRET,
    Bot,
    block_texts,
    channel_message,
    event_body,
    literal_texts,
    post,
    seed,
    seed_dam,
    send_command,
    send_event,
    slash_body,
    start_bot,
    stop_bot,
    without_literal_text,
)
from tests.fakeslack import FakeSlack, Page

INJECTIONS = [
    "<!channel>",
    "<!here>",
    "<!everyone>",
    "<@U0BOSS>",
    "<#C0SECRET>",
    "<https://evil.example",
    "<mailto:",
]
HOSTILE = (
    "<!channel> Dam warning for Tabqa <@U0BOSS>\n\n"
    "Engineers said the Tabqa dam spillway was blocked on 2 May 2017 <!here> and "
    "<!everyone> should read <https://evil.example/login|the official notice> before "
    "<#C0SECRET> closes. Water levels behind the Tabqa dam rose for a week, *urgent* "
    "`code` ~struck~ > quoted, said engineers who asked <mailto:x@evil.example|HR>.\n"
)
PRIVATE = (
    "Informant describes smuggling ring\n\n"
    "Commander Abu Khalid al-Rawi of the Tiger Battalion met the smugglers near Idlib on "
    "3 March 2019, a source said. Abu Khalid al-Rawi told the Tiger Battalion to move "
    "fuel at night, and the smugglers demanded payment in dollars.\n\n"
    "Abu Khalid al-Rawi later said he had no ties to the smugglers.\n"
)
LONG_ARTICLE = " ".join(
    f"Fighting near Deir ez-Zor continued on {day} May 2018, activists said, and aid convoys "
    f"waited at the checkpoint for the {day}th day while families queued for water."
    for day in range(4, 14)
)
OTHER_TEAM = (
    "Hezbollah fighters hold Qusayr\n\n"
    "Hezbollah fighters and Syrian troops took the town of Qusayr on 5 June 2013, "
    "state media said. Rebels withdrew north after weeks of shelling near Raqqa's "
    "old bridge, and Hezbollah said its units would stay in Qusayr.\n"
)


@pytest.fixture(scope="module")
def bot(fake: FakeSlack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bot]:
    workdir = tmp_path_factory.mktemp("security")
    db = workdir / "sitrep.db"
    seed_dam(db, fake.team)
    seed(
        db,
        fake.team,
        HOSTILE,
        "https://news.example.org/<!channel>",
        published="2017-05-03",
        source="<https://evil.example|Wire> <!here>",
    )
    seed(db, fake.team, PRIVATE, "slack:CSECRET/1.1", scope="CSECRET", published="2019-03-06")
    seed(db, "T0OTHER", OTHER_TEAM, "https://other.example.org/qusayr", published="2013-06-06")
    fake.set_channel("CPUBLIC", private=False)
    fake.set_channel("CSECRET", private=True)
    started = start_bot(fake, workdir, "http", {"SITREP_LOG_LEVEL": "DEBUG"})
    yield started
    stop_bot(started)


def ask(bot: Bot, fake: FakeSlack, command: str, text: str, **where: str) -> dict:
    """The answer, through its response_url or (a public timeline with a chart) posted by the
    bot in the channel."""
    name, url = fake.response_url()
    since = len(fake.posted)
    assert send_command(bot, slash_body(fake, command, text, url, **where))[0] == 200
    return fake.wait_answer(name, where.get("channel", "CPUBLIC"), since, timeout=30)


# --- signatures and replay ------------------------------------------------------------------


def test_tampered_future_and_unsigned_requests_are_refused(bot: Bot, fake: FakeSlack) -> None:
    name, url = fake.response_url()
    body = urllib.parse.urlencode(slash_body(fake, "/quote", "Raqqa", url))
    events = f"{bot.url}/slack/events"
    signed = {"timestamp": str(int(time.time()))}
    from slack_sdk.signature import SignatureVerifier

    signature = SignatureVerifier(SECRET).generate_signature(
        timestamp=signed["timestamp"], body=body
    )
    form = "application/x-www-form-urlencoded"
    tampered = body.replace("Raqqa", "Mosul")
    assert post(events, tampered, form, signed["timestamp"], signature=signature)[0] == 401
    future = str(int(time.time()) + 600)
    assert post(events, body, form, future)[0] == 401  # signed, but 10 min ahead
    assert post(events, body, form, signature="v1=" + signature[3:])[0] == 401
    assert post(events, body, form, signature="v0=")[0] == 401
    # A captured command replayed with its answer sent elsewhere breaks the signature.
    elsewhere = body.replace(
        urllib.parse.quote(url, safe=""), urllib.parse.quote("https://evil.example/hook", safe="")
    )
    assert elsewhere != body
    assert post(events, elsewhere, form, signed["timestamp"], signature=signature)[0] == 401
    assert name not in fake.responses


def test_a_replayed_event_is_processed_once(bot: Bot, fake: FakeSlack) -> None:
    ts = fake.next_ts()
    body = event_body(fake, channel_message(ts, LONG_ARTICLE), "EvSECREPLAY")
    timestamp = str(int(time.time()))
    for _ in range(3):  # the same signed request, as an attacker who captured it replays it
        assert send_event(bot, body, timestamp=timestamp)[0] == 200
    bot.wait_log('EvSECREPLAY"')
    fake.wait_call("chat.postMessage", lambda c: c.args.get("thread_ts") == ts)
    time.sleep(1)
    assert len(fake.calls_to("chat.postMessage", lambda c: c.args.get("thread_ts") == ts)) == 1


# --- SSRF -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url, reason",
    [
        ("http://167772161/", "a private address"),  # 10.0.0.1 as one decimal number
        ("http://0xa.0.0.1/", "a private address"),  # hexadecimal
        ("http://012.0.0.1/", "a private address"),  # octal
        ("http://10.1/", "a private address"),  # short form
        ("http://2852039166/", "a link-local address"),  # 169.254.169.254, cloud metadata
        ("http://[::ffff:a9fe:a9fe]/", "a link-local address"),
        ("http://[64:ff9b::a9fe:a9fe]/", "a link-local address"),  # NAT64
        ("http://[2002:a00:1::]/", "a private address"),  # 6to4
        ("http://[fe80::1%25eth0]/", "a link-local address"),
        ("http://127.1/", "a loopback address"),
        ("http://0/", "an unspecified address"),
    ],
)
def test_numeric_host_forms_are_resolved_then_refused(
    url: str, reason: str, connections: list
) -> None:
    with pytest.raises(FetchError, match=reason):
        fetch.fetch(url)  # the production policy
    assert connections == []


def test_dns_rebinding_cannot_change_the_address_after_vetting(connections: list) -> None:
    answers = iter([["127.0.0.1"], ["10.0.0.1"], ["10.0.0.1"]])
    resolved: list[str] = []

    def rebinding(host: str, port: int) -> list[str]:
        resolved.append(host)
        return next(answers)

    policy = FetchPolicy(
        allow_loopback=True, resolver=rebinding, connect_timeout=1, total_timeout=2
    )
    with pytest.raises(FetchError):
        fetch.fetch("http://rebind.example.test:9/page", policy)
    assert resolved == ["rebind.example.test"]  # looked up once ...
    assert connections == [("127.0.0.1", 9)]  # ... and only the vetted address is used


def test_a_link_redirecting_into_the_network_is_refused(bot: Bot, fake: FakeSlack) -> None:
    fake.add_page(
        "hop.html", Page(status=302, body=b"", headers={"Location": "http://167772161/admin"})
    )
    ts = fake.next_ts()
    event = channel_message(ts, f"see <{fake.page_url('hop.html')}>")
    send_event(bot, event_body(fake, event, "EvSECHOP"))
    [reply] = [
        c.args for c in fake.wait_call("chat.postMessage", lambda c: c.args.get("thread_ts") == ts)
    ]
    assert "http://167772161/admin: refused, 167772161 is a private address" in block_texts(reply)


# --- mrkdwn injection -------------------------------------------------------------------------


def _no_injection(message: dict) -> None:
    """Nothing Slack reads as markup holds a live mention or link (rich-text quotes show
    article text as written and are never read as markup: conftest.without_literal_text)."""
    raw = json.dumps(without_literal_text(message), ensure_ascii=False)
    for marker in INJECTIONS:
        assert marker not in raw, (marker, raw[:2000])


@pytest.mark.parametrize(
    "command, text",
    [
        ("/quote", "Tabqa dam spillway"),
        ("/quote", "<!channel> <@U0BOSS> nothing matches this"),
        ("/timeline", "Tabqa"),
        ("/actor", "<!here>"),
        ("/sitrep", "stats"),
        ("/sitrep", "<!channel>"),
        ("/timeline", "Tabqa from:<!channel>"),
    ],
)
def test_nothing_from_articles_or_queries_is_read_as_slack_markup(
    bot: Bot, fake: FakeSlack, command: str, text: str
) -> None:
    reply = ask(bot, fake, command, text)
    _no_injection(reply)
    if command == "/quote" and "spillway" in text:
        shown = "\n".join(literal_texts(reply))
        assert "<!here>" in shown and "<!channel> Dam warning" in shown


def test_titles_in_confirmations_and_the_home_tab_are_escaped(bot: Bot, fake: FakeSlack) -> None:
    ts = fake.next_ts()
    text = HOSTILE.replace("Tabqa", "Mosul") + LONG_ARTICLE.replace("Deir", "Dayr")
    send_event(bot, event_body(fake, channel_message(ts, text), "EvSECTITLE"))
    [reply] = [
        c.args for c in fake.wait_call("chat.postMessage", lambda c: c.args.get("thread_ts") == ts)
    ]
    assert reply["text"] == "Sitrep: 1 article added"
    _no_injection(reply)
    send_event(
        bot,
        event_body(
            fake,
            {"type": "app_home_opened", "user": "USEC", "channel": "DSEC", "tab": "home"},
            "EvSECHOME",
        ),
    )
    [home] = fake.wait_call("views.publish", lambda c: c.args.get("user_id") == "USEC")
    _no_injection(home.args)


# --- isolation --------------------------------------------------------------------------------


def test_a_private_channel_article_is_only_quoted_back_there(bot: Bot, fake: FakeSlack) -> None:
    public = ask(bot, fake, "/quote", "smugglers dollars")
    assert public["text"].startswith("No passage matches")
    timeline = ask(bot, fake, "/timeline", "Idlib")
    assert "2019" not in json.dumps(timeline)
    stats = ask(bot, fake, "/sitrep", "stats")
    assert "Informant" not in json.dumps(stats)
    private = ask(
        bot, fake, "/quote", "smugglers dollars", channel="CSECRET", channel_name="privategroup"
    )
    assert "demanded payment in dollars" in block_texts(private)


def test_another_workspace_sees_nothing_of_this_one(bot: Bot, fake: FakeSlack) -> None:
    assert ask(bot, fake, "/quote", "Tabqa dam", team="T0OTHER")["text"].startswith(
        "No passage matches"
    )
    for command, text in (("/timeline", "Raqqa"), ("/actor", "SDF")):
        shown = json.dumps(ask(bot, fake, command, text, team="T0OTHER"))
        assert "2017" not in shown and "Tabqa dam" not in shown, (command, shown[:500])
    ours = ask(bot, fake, "/quote", "Hezbollah Qusayr")
    assert ours["text"].startswith("No passage matches")
    theirs = ask(bot, fake, "/quote", "Hezbollah Qusayr", team="T0OTHER")
    assert "took the town of Qusayr" in block_texts(theirs)


def test_names_seen_only_in_private_are_not_revealed_elsewhere(bot: Bot, fake: FakeSlack) -> None:
    # The private article names "Abu Khalid al-Rawi" of the "Tiger Battalion". Elsewhere, a
    # reply may echo what the asker typed, but must reveal none of the rest.
    secrets = {"Abu Khalid", "al-Rawi", "Rawi", "Tiger Battalion", "Idlib", "smugglers"}
    for team in (fake.team, "T0OTHER"):
        for command, text in (
            ("/actor", "Abu Khalid"),
            ("/actor", "Rawi"),
            ("/actor", "Abu Khalid al-Rawee"),
            ("/timeline", "Tiger"),
        ):
            reply = json.dumps(ask(bot, fake, command, text, team=team), ensure_ascii=False)
            for secret in secrets:
                if secret.lower() not in text.lower():
                    assert secret not in reply, (command, text, secret)


# --- secrets ----------------------------------------------------------------------------------


def test_tokens_never_reach_logs_replies_or_other_hosts(bot: Bot, fake: FakeSlack) -> None:
    fake.add_page(
        "plain.html",
        Page(
            body=b"<html><body><p>" + b"Fighting near Deir ez-Zor "
            b"continued on 4 May 2018, activists said. " * 30 + b"</p></body></html>"
        ),
    )
    fake.inject("chat.postMessage", status=500)  # a failure whose error gets logged
    ts = fake.next_ts()
    send_event(
        bot,
        event_body(fake, channel_message(ts, f"<{fake.page_url('plain.html')}>"), "EvSECTOK"),
    )
    fake.wait_call("chat.postMessage", lambda c: c.args.get("thread_ts") == ts, timeout=30)
    secrets = [fake.bot_token, SECRET]
    logs = bot.logs()
    assert '"level": "debug"' in logs  # the most talkative level
    for secret in secrets:
        assert secret not in logs
    outgoing = json.dumps([c.args for c in fake.calls] + list(fake.responses.values()))
    for secret in secrets:
        assert secret not in outgoing
    assert fake.page_headers and all("Authorization" not in h for h in fake.page_headers)
