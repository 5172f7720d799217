"""Slack listeners, one module per kind; each registers itself on the app."""

from __future__ import annotations

from slack_bolt import App

from bot.listeners import actions, commands, corrections, events, shortcuts
from bot.runtime import Runtime


def register_all(app: App, rt: Runtime) -> None:
    commands.register(app, rt)
    events.register(app, rt)
    actions.register(app, rt)
    shortcuts.register(app, rt)
    corrections.register(app, rt)
