"""manifest.yml declares exactly what the code handles (read without a YAML dependency): its
slash commands are the command registry's (commands/registry.py) as Slack serves them, each
described by the registry's own summary."""

from __future__ import annotations

import re
from pathlib import Path

from bot import blocks
from bot.app import BOT_SCOPES
from bot.listeners.commands import ANSWERERS
from bot.listeners.shortcuts import CALLBACK_ID
from commands import registry

MANIFEST = (Path(__file__).resolve().parents[2] / "manifest.yml").read_text(encoding="utf-8")


def _list_after(key: str) -> list[str]:
    """The '- item' lines of the YAML list under key."""
    block = MANIFEST.split(f"{key}:\n", 1)[1]
    items = []
    for line in block.splitlines():
        match = re.match(r"^\s+- ([\w:.]+)$", line)
        if not match:
            break
        items.append(match.group(1))
    return items


def test_commands_and_shortcut() -> None:
    commands = re.findall(r"- command: (/\w+)", MANIFEST)
    assert sorted(commands) == sorted([f"/{name}" for name in ANSWERERS] + ["/sitrep"])
    assert set(ANSWERERS) == set(blocks.OWN_SLASH)
    assert re.search(rf"type: message\n\s+callback_id: {CALLBACK_ID}\n", MANIFEST)


def test_slash_commands_are_described_and_hinted_from_the_registry() -> None:
    for name in blocks.OWN_SLASH:
        command = registry.COMMANDS[name]
        entry = MANIFEST.split(f"- command: /{name}\n", 1)[1].split("- command:", 1)[0]
        assert f"description: {command.summary}\n" in entry, name
        hint = entry.split("usage_hint:", 1)[1].splitlines()[0]
        for option in command.options_for("slack"):  # every option, in Slack's spelling
            assert f"[{option.name}:" in hint, (name, option.name)


def test_scopes_events_and_modes() -> None:
    assert _list_after("bot") == list(BOT_SCOPES)
    assert _list_after("bot_events") == [
        "app_home_opened",
        "app_mention",
        "message.channels",
        "message.groups",
        "message.im",
    ]
    assert "socket_mode_enabled: true" in MANIFEST
    assert "home_tab_enabled: true" in MANIFEST
    assert re.search(r"interactivity:\n\s+is_enabled: true", MANIFEST)


def test_sitrep_usage_hint_names_every_subcommand() -> None:
    from bot.answers import SUBCOMMANDS

    hint = MANIFEST.split("- command: /sitrep", 1)[1].split("usage_hint:", 1)[1].splitlines()[0]
    for word in SUBCOMMANDS:
        assert re.search(rf"(^|[ \"|]){word}\b", hint), word
    assert "<" not in hint  # placeholders in capitals, as in the help


def test_buttons_need_interactivity_and_their_handlers_exist() -> None:
    from bot import blocks
    from bot.listeners import actions

    source = Path(actions.__file__).read_text(encoding="utf-8")
    from bot.listeners import corrections

    source += Path(corrections.__file__).read_text(encoding="utf-8")
    for action in (
        "MORE_ACTION",
        "PREVIOUS_ACTION",
        "SHARE_ACTION",
        "REMOVE_ACTION",
        "EDIT_ACTION",
        "EDIT_CALLBACK",
        "FEEDBACK_ACTION",
        "RESTORE_ACTION",
    ):
        assert f"blocks.{action}" in source, action
        assert getattr(blocks, action).startswith("sitrep_")
    assert re.search(r"interactivity:\n\s+is_enabled: true", MANIFEST)
