"""The manifest grants what the code uses: each Web API method called in bot/ has its scope,
and the events the conversation and auto-ingest listen to are subscribed."""

from __future__ import annotations

import re
from pathlib import Path

from bot.app import BOT_SCOPES

ROOT = Path(__file__).resolve().parents[2]
BOT = ROOT / "bot"
MANIFEST = (ROOT / "manifest.yml").read_text(encoding="utf-8")
# The bot-token scope each Web API method needs (api.slack.com/methods).
SCOPE_OF = {
    "auth_test": None,
    "send_dict": None,  # a response_url, not the Web API
    "chat_postMessage": "chat:write",
    "chat_postEphemeral": "chat:write",
    "conversations_history": "channels:history",
    "users_info": "users:read",
    "views_open": None,
    "chat_getPermalink": None,  # no scope
    "conversations_info": "channels:read",
    "conversations_replies": "channels:history",
    "files_info": "files:read",
    "files_upload_v2": "files:write",
    "reactions_add": "reactions:write",
    "reactions_remove": "reactions:write",
    "views_publish": None,
}
# The event each listener needs, and the scope that delivers it.
EVENTS = {
    "app_mention": "app_mentions:read",
    "message.channels": "channels:history",
    "message.groups": "groups:history",
    "message.im": "im:history",
}


def _list_after(key: str) -> list[str]:
    """The '- item' lines of the YAML list under key (read without a YAML dependency)."""
    items = []
    for line in MANIFEST.split(f"{key}:\n", 1)[1].splitlines():
        match = re.match(r"^\s+- ([\w:.]+)$", line)
        if not match:
            break
        items.append(match.group(1))
    return items


def _source() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in BOT.rglob("*.py"))


def test_every_web_api_method_called_has_its_scope() -> None:
    called = set(re.findall(r"client\.(\w+)\(", _source()))
    assert called <= set(SCOPE_OF), called - set(SCOPE_OF)  # a new method: add its scope here
    needed = {SCOPE_OF[m] for m in called} - {None}
    assert needed <= set(BOT_SCOPES), needed - set(BOT_SCOPES)
    assert "reactions_add" in called  # auto-ingest's progress


def test_the_events_listened_to_are_subscribed_with_their_scopes() -> None:
    source = (BOT / "listeners" / "events.py").read_text(encoding="utf-8")
    assert '@app.event("message")' in source and '@app.event("app_mention")' in source
    subscribed = _list_after("bot_events")
    for event, scope in EVENTS.items():
        assert event in subscribed, event
        assert scope in BOT_SCOPES, scope
    assert _list_after("bot") == list(BOT_SCOPES)
    assert "messages_tab_enabled: true" in MANIFEST  # people can write to the bot
    assert "messages_tab_read_only_enabled: false" in MANIFEST
