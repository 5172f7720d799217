"""Fixtures for the robustness tests; the fake Slack is the one tests/bot uses."""

from tests.bot.conftest import fake  # noqa: F401 - re-exported as a fixture
