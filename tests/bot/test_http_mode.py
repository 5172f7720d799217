"""The real bot in HTTP mode against the fake Slack: signed requests in, Web API calls and
response_url posts out."""

from __future__ import annotations

import json
import time
import urllib.request
from collections.abc import Iterator

import pytest

from tests.bot.conftest import (
    ARTICLE_PRIVATE,
    DATA,
    Bot,
    article_rows,
    block_texts,
    channel_message,
    event_body,
    literal_texts,
    public_answers,
    seed_two_articles,
    send_command,
    send_event,
    send_interactive,
    shortcut_payload,
    slash_body,
    start_bot,
    stop_bot,
    without_literal_text,
)
from tests.fakeslack import SIGN_IN_PAGE, WAIT, FakeFile, FakeSlack, Page

REPORT_HTML = (DATA / "idlib.html").read_bytes()
STORY_HTML = (DATA / "mosul.html").read_bytes()
ARTICLE_FLOODS = (DATA / "floods.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def bot(fake: FakeSlack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bot]:
    workdir = tmp_path_factory.mktemp("http-bot")
    seed_two_articles(workdir / "sitrep.db", fake.team)
    fake.set_channel("CPUBLIC", private=False)
    public_answers(workdir / "sitrep.db", fake.team, "CPUBLIC", "CSECRET")
    fake.set_channel("CSECRET", private=True)
    started = start_bot(fake, workdir, "http")
    yield started
    stop_bot(started)


def thread_replies(fake: FakeSlack, channel: str, ts: str, count: int = 1) -> list[dict]:
    calls = fake.wait_call(
        "chat.postMessage",
        lambda c: c.args.get("channel") == channel and c.args.get("thread_ts") == ts,
        count=count,
    )
    return [c.args for c in calls]


def test_health_check_and_oversized_bodies(bot: Bot) -> None:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(f"{bot.url}/healthz", timeout=WAIT) as response:
        assert response.status == 200
        assert response.read() == b"ok\n"
    status, _ = send_event(bot, {"padding": "x" * (2 * 1024 * 1024)})
    assert status == 413


def test_quote_answered_in_channel_with_article_text_escaped(bot: Bot, fake: FakeSlack) -> None:
    name, url = fake.response_url()
    status, body = send_command(bot, slash_body(fake, "/quote", "notice clinic evacuate", url))
    assert (status, body) == (200, "")
    [reply] = fake.wait_responses(name)
    assert reply["response_type"] == "in_channel"
    assert reply["unfurl_links"] is False and reply["unfurl_media"] is False
    assert reply["text"].startswith("Quotes for “notice clinic evacuate”")
    shown = block_texts(reply)
    # Verbatim in a rich-text quote, which Slack never reads as markup; escaped elsewhere.
    assert any("read <!channel> and <@U123> please evacuate" in t for t in literal_texts(reply))
    raw = json.dumps(without_literal_text(reply))
    assert "<!channel>" not in raw and "<@U123>" not in raw
    assert "Example Wire · 2 Nov 2017 · <https://news.example.org/mines|source>" in shown


def test_actor_answered_with_profile(bot: Bot, fake: FakeSlack) -> None:
    name, url = fake.response_url()
    send_command(bot, slash_body(fake, "/actor", "SDF", url))
    [reply] = fake.wait_responses(name)
    assert reply["response_type"] == "in_channel"
    assert reply["blocks"][0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "Syrian Democratic Forces", "emoji": False},
    }
    assert reply["text"] == "Actor profile: Syrian Democratic Forces"
    assert "also SDF" in block_texts(reply)


def test_unknown_actor_gets_a_private_did_you_mean(bot: Bot, fake: FakeSlack) -> None:
    name, url = fake.response_url()
    send_command(bot, slash_body(fake, "/actor", "Zzyzx Brigade", url))
    [reply] = fake.wait_responses(name)
    assert reply["response_type"] == "ephemeral"
    assert reply["text"].startswith("No actor found for “Zzyzx Brigade”")


def test_did_you_mean_button_asks_again_in_channel(bot: Bot, fake: FakeSlack) -> None:
    name, url = fake.response_url()
    send_command(bot, slash_body(fake, "/actor", "SFD", url))
    [suggestion] = fake.wait_responses(name)
    assert suggestion["response_type"] == "ephemeral"
    assert suggestion["text"].startswith("No actor found for “SFD”. Did you mean: SDF")
    [buttons] = [b["elements"] for b in suggestion["blocks"] if b["type"] == "actions"]
    assert json.loads(buttons[0]["value"]) == {"c": "actor", "q": "SDF"}
    click_name, click_url = fake.response_url()
    payload = {
        "type": "block_actions",
        "team": {"id": fake.team, "domain": "fake"},
        "user": {"id": "UASKER"},
        "api_app_id": "AFAKE",
        "trigger_id": "1.2",
        "container": {"type": "ephemeral", "channel_id": "CPUBLIC"},
        "channel": {"id": "CPUBLIC", "name": "news"},
        "response_url": click_url,
        "actions": [{**buttons[0], "block_id": "b1", "action_ts": "1.3"}],
    }
    assert send_interactive(bot, payload)[0] == 200
    answer, removal = fake.wait_responses(click_name, count=2)
    assert answer["response_type"] == "in_channel"
    assert answer["text"] == "Actor profile: Syrian Democratic Forces"
    assert removal == {"text": "", "delete_original": True}


@pytest.mark.slow  # waits out the fake Slack's Retry-After answers
def test_timeline_with_chart_through_rate_limits(bot: Bot, fake: FakeSlack) -> None:
    for step in ("files.getUploadURLExternal", "/upload/", "files.completeUploadExternal"):
        fake.rate_limit_once(step)
    name, url = fake.response_url()
    since = len(fake.posted)
    send_command(bot, slash_body(fake, "/timeline", "Raqqa", url))
    reply = fake.wait_answer(name, "CPUBLIC", since)  # posted by the bot, for its chart
    assert reply["blocks"][0]["elements"][0]["text"] == "<@UASKER> asked `/timeline Raqqa`"
    assert reply["blocks"][1]["text"]["text"] == "Timeline: Raqqa"
    shown = block_texts(reply)
    for when in ("*6 Jun 2017*", "*4 Sep 2017*", "*17 Oct 2017*"):
        assert when in shown
    assert shown.index("*6 Jun 2017*") < shown.index("*17 Oct 2017*")
    [done] = fake.wait_call("files.completeUploadExternal")
    assert (done.args["channel_id"], done.args["thread_ts"]) == ("CPUBLIC", reply["ts"])
    assert json.loads(done.args["files"])[0]["title"] == "Timeline: Raqqa"
    assert fake.uploads[-1].startswith(b"\x89PNG")
    for step in ("files.getUploadURLExternal", "/upload/", "files.completeUploadExternal"):
        assert fake.calls_to(f"429 {step}"), step


def test_bad_signature_and_stale_timestamp_are_refused(bot: Bot, fake: FakeSlack) -> None:
    forged, forged_url = fake.response_url()
    status, _ = send_command(
        bot, slash_body(fake, "/quote", "Raqqa", forged_url), signature="v0=" + "0" * 64
    )
    assert status == 401
    stale, stale_url = fake.response_url()
    status, _ = send_command(
        bot, slash_body(fake, "/quote", "Raqqa", stale_url), timestamp=str(int(time.time()) - 600)
    )
    assert status == 401
    wrong_key, wrong_url = fake.response_url()
    status, _ = send_command(bot, slash_body(fake, "/quote", "Raqqa", wrong_url), secret="0" * 32)
    assert status == 401
    good, good_url = fake.response_url()
    assert send_command(bot, slash_body(fake, "/quote", "Raqqa", good_url))[0] == 200
    fake.wait_responses(good)
    for name in (forged, stale, wrong_key):
        assert name not in fake.responses
    # Each refusal is logged with its reason, never with its body (it holds a response_url).
    logs = bot.wait_log("signature does not match the signing secret")
    assert "timestamp 600 s old" in logs or "s old (clock skew?)" in logs
    for name in (forged, stale, wrong_key):
        assert name not in logs


def test_file_share_ingested_once_and_confirmed_in_thread(bot: Bot, fake: FakeSlack) -> None:
    fake.add_file(FakeFile("F0REPORT", "idlib-report.html", "text/html", REPORT_HTML, "html"))
    ts = fake.next_ts()
    event = channel_message(
        ts, "", subtype="file_share", files=[{"id": "F0REPORT", "file_access": "check_file_info"}]
    )
    assert send_event(bot, event_body(fake, event, "Ev0FILE1"))[0] == 200
    [reply] = thread_replies(fake, "CPUBLIC", ts)
    assert reply["text"] == "Sitrep: 1 article added"
    assert reply["unfurl_links"] is False
    assert ":white_check_mark: Added *Ceasefire frays around Idlib*" in block_texts(reply)
    assert fake.calls_to("files.info", lambda c: c.args.get("file") == "F0REPORT")
    assert (
        "/files/F0REPORT/download/idlib-report.html",
        f"Bearer {fake.bot_token}",
    ) in fake.downloads

    # Slack retries the same event: acknowledged, not processed again.
    status, _ = send_event(
        bot,
        event_body(fake, event, "Ev0FILE1"),
        headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "timeout"},
    )
    assert status == 200
    bot.wait_log('Ev0FILE1"')
    assert "duplicate event ignored" in bot.logs()
    assert len(fake.calls_to("files.info", lambda c: c.args.get("file") == "F0REPORT")) == 1

    # The same file shared again in another message is recognised, not stored twice.
    again = {**event, "ts": fake.next_ts()}
    send_event(bot, event_body(fake, again, "Ev0FILE2"))
    [second] = thread_replies(fake, "CPUBLIC", again["ts"])
    assert "Already in Sitrep: *Ceasefire frays around Idlib*" in block_texts(second)
    assert len(article_rows(bot.db_path, "origin_key = ?", ("F0REPORT",))) == 1


def test_sign_in_page_instead_of_a_pdf_is_a_failure(bot: Bot, fake: FakeSlack) -> None:
    fake.add_file(FakeFile("F0SIGNIN", "brief.pdf", "application/pdf", SIGN_IN_PAGE, "pdf"))
    fake.add_file(FakeFile("F0IMAGE", "map.png", "image/png", b"\x89PNG\r\n", "png"))
    fake.add_file(
        FakeFile("F0HUGE", "archive.pdf", "application/pdf", b"%PDF-1.4", "pdf", size=30 * 2**20)
    )
    ts = fake.next_ts()
    event = channel_message(
        ts,
        "",
        subtype="file_share",
        files=[{"id": "F0SIGNIN"}, {"id": "F0IMAGE"}, {"id": "F0HUGE"}],
    )
    send_event(bot, event_body(fake, event, "Ev0SIGNIN"))
    [reply] = thread_replies(fake, "CPUBLIC", ts)
    shown = block_texts(reply)
    assert (
        ":warning: Not added: brief.pdf: Slack sent a web page (a sign-in page?) instead "
        "of the file" in shown
    )
    assert ":warning: Not added: map.png: image/png is not an article" in shown
    assert ":warning: Not added: archive.pdf: the file is larger than 20 MB" in shown
    assert not [d for d in fake.downloads if "F0IMAGE" in d[0] or "F0HUGE" in d[0]]
    assert reply["text"] == "Sitrep: nothing added"


def test_links_fetched_and_internal_ones_refused(bot: Bot, fake: FakeSlack) -> None:
    fake.add_page("mosul-water.html", Page(body=STORY_HTML))
    ts = fake.next_ts()
    event = channel_message(
        ts,
        f"worth a read <{fake.page_url('mosul-water.html')}> and "
        "<http://10.0.0.7/admin> and <http://169.254.169.254/latest/meta-data/>",
    )
    send_event(bot, event_body(fake, event, "Ev0LINK"))
    [reply] = thread_replies(fake, "CPUBLIC", ts)
    shown = block_texts(reply)
    assert ":white_check_mark: Added *Water returns to Mosul's west bank*" in shown
    assert "http://10.0.0.7/admin: refused, 10.0.0.7 is a private address" in shown
    assert "169.254.169.254 is a link-local address" in shown
    assert fake.page_hits.count("mosul-water.html") == 1


def test_short_chat_is_ignored_and_articles_are_kept(bot: Bot, fake: FakeSlack) -> None:
    chat_ts = fake.next_ts()
    chat = channel_message(chat_ts, "anyone seen the new map?")
    edit = {
        "type": "message",
        "subtype": "message_changed",
        "channel": "CPUBLIC",
        "channel_type": "channel",
        "ts": fake.next_ts(),
        "message": {"text": ARTICLE_PRIVATE, "ts": chat_ts},
    }
    send_event(bot, event_body(fake, chat, "Ev0CHAT"))
    send_event(bot, event_body(fake, edit, "Ev0EDIT"))
    fake.rate_limit_once("chat.postMessage")
    article_ts = fake.next_ts()
    article = channel_message(article_ts, ARTICLE_FLOODS)
    send_event(bot, event_body(fake, article, "Ev0ARTICLE"))
    [reply] = thread_replies(fake, "CPUBLIC", article_ts)
    assert reply["text"] == "Sitrep: 1 article added"
    assert fake.calls_to("429 chat.postMessage")  # the first post was rate limited
    assert not fake.calls_to("chat.postMessage", lambda c: c.args.get("thread_ts") == chat_ts)
    [row] = article_rows(bot.db_path, "origin_key = ?", (f"CPUBLIC/{article_ts}",))
    assert row[2] == ""  # public channel: workspace-wide
    assert row[3].startswith("https://fake.slack.com/archives/CPUBLIC/p")


def test_private_channel_article_is_not_visible_elsewhere(bot: Bot, fake: FakeSlack) -> None:
    ts = fake.next_ts()
    event = {
        "type": "message",
        "channel": "CSECRET",
        "channel_type": "group",
        "user": "UPOSTER",
        "ts": ts,
        "text": ARTICLE_PRIVATE,
    }
    send_event(bot, event_body(fake, event, "Ev0PRIVATE"))
    [reply] = thread_replies(fake, "CSECRET", ts)
    assert reply["text"] == "Sitrep: 1 article added"
    [row] = article_rows(bot.db_path, "origin_key = ?", (f"CSECRET/{ts}",))
    assert row[2] == "CSECRET"

    elsewhere, elsewhere_url = fake.response_url()
    send_command(
        bot, slash_body(fake, "/quote", "smugglers dollars", elsewhere_url, channel="CPUBLIC")
    )
    [hidden] = fake.wait_responses(elsewhere)
    assert hidden["response_type"] == "ephemeral"
    assert hidden["text"].startswith("No passage matches")

    here, here_url = fake.response_url()
    send_command(
        bot,
        slash_body(
            fake,
            "/quote",
            "smugglers dollars",
            here_url,
            channel="CSECRET",
            channel_name="privategroup",
        ),
    )
    [shown] = fake.wait_responses(here)
    assert shown["response_type"] == "in_channel"
    assert "armed men now demanded payment in dollars" in block_texts(shown)


def test_other_workspace_sees_nothing(bot: Bot, fake: FakeSlack) -> None:
    name, url = fake.response_url()
    send_command(bot, slash_body(fake, "/quote", "booby-trapped buildings", url, team="T0OTHER"))
    [reply] = fake.wait_responses(name)
    assert reply["response_type"] == "ephemeral"
    assert reply["text"].startswith("No passage matches")


def test_message_shortcut_adds_a_short_message(bot: Bot, fake: FakeSlack) -> None:
    ts = fake.next_ts()
    payload = shortcut_payload(
        fake,
        ts,
        "Turkish artillery shelled villages near Afrin on 21 January 2018, local officials said.",
    )
    assert send_interactive(bot, payload)[0] == 200
    [reply] = thread_replies(fake, "CPUBLIC", ts)
    assert reply["text"] == "Sitrep: 1 article added"
    assert len(article_rows(bot.db_path, "origin_key = ?", (f"CPUBLIC/{ts}",))) == 1

    # Not a member of the channel: the confirmation goes to the person who asked.
    fake.errors["chat.postMessage"] = "not_in_channel"
    name, url = fake.response_url()
    send_interactive(bot, {**payload, "response_url": url})
    [private] = fake.wait_responses(name)
    assert private["response_type"] == "ephemeral"
    assert "Already in Sitrep" in block_texts(private)


def test_mention_in_a_thread_adds_the_parent_message(bot: Bot, fake: FakeSlack) -> None:
    parent_ts = fake.next_ts()
    fake.add_message(
        "CPUBLIC",
        {
            "type": "message",
            "user": "UPOSTER",
            "ts": parent_ts,
            "text": "Iraqi forces reached the Syrian border at al-Qaim "
            "on 3 November 2017, the army said.",
        },
    )
    mention_ts = fake.next_ts()
    event = {
        "type": "app_mention",
        "channel": "CPUBLIC",
        "user": "UASKER",
        "ts": mention_ts,
        "thread_ts": parent_ts,
        "text": f"<@{fake.bot_user}> keep this",
    }
    send_event(bot, event_body(fake, event, "Ev0MENTION"))
    [reply] = thread_replies(fake, "CPUBLIC", parent_ts)
    assert reply["text"] == "Sitrep: 1 article added"
    assert fake.calls_to("conversations.replies", lambda c: c.args.get("ts") == parent_ts)


def test_app_home_is_published(bot: Bot, fake: FakeSlack) -> None:
    event = {"type": "app_home_opened", "user": "UVIEWER", "channel": "DHOME", "tab": "home"}
    send_event(bot, event_body(fake, event, "Ev0HOME"))
    [call] = fake.wait_call("views.publish", lambda c: c.args.get("user_id") == "UVIEWER")
    view = call.args["view"]
    view = json.loads(view) if isinstance(view, str) else view
    assert view["type"] == "home"
    shown = json.dumps(view)
    assert "articles and" in shown and "Latest articles" in shown
    assert "Smugglers move fuel" not in shown  # private articles stay private


def test_sitrep_help_stats_and_ingest(bot: Bot, fake: FakeSlack) -> None:
    name, url = fake.response_url()
    send_command(bot, slash_body(fake, "/sitrep", "", url))
    [help_reply] = fake.wait_responses(name)
    assert help_reply["response_type"] == "ephemeral"
    assert "/timeline Raqqa" in block_texts(help_reply)

    name, url = fake.response_url()
    send_command(bot, slash_body(fake, "/sitrep", "stast", url))
    [typo] = fake.wait_responses(name)
    assert "Did you mean `/sitrep stats`?" in block_texts(typo)

    name, url = fake.response_url()
    send_command(bot, slash_body(fake, "/sitrep", "stats", url))
    [stats] = fake.wait_responses(name)
    assert stats["response_type"] == "in_channel"
    assert stats["text"].startswith("Sitrep corpus:")

    fake.add_page("camp.html", Page(body=(DATA / "camp.html").read_bytes()))
    name, url = fake.response_url()
    send_command(bot, slash_body(fake, "/sitrep", f"ingest {fake.page_url('camp.html')}", url))
    [ingested] = fake.wait_responses(name)
    assert ingested["response_type"] == "in_channel"
    assert ":white_check_mark: Added *Border camp clinic runs out of insulin*" in block_texts(
        ingested
    )


def test_logs_are_json_lines_without_secrets(bot: Bot, fake: FakeSlack) -> None:
    from tests.bot.conftest import SECRET

    logs = bot.logs()
    assert fake.bot_token not in logs and SECRET not in logs
    lines = [line for line in logs.splitlines() if line.strip()]
    assert lines
    for line in lines:
        entry = json.loads(line)
        assert {"time", "level", "logger", "msg"} <= entry.keys()
