"""Fixtures for the robustness tests; the fake Slack is the one tests/bot uses.

Every test here is marked slow (load, faults, fuzzing, real processes: most of the suite's
time), so `scripts/test.sh -m "not slow"` leaves them out; the default run keeps them.
"""

from pathlib import Path

import pytest

from tests.bot.conftest import bot_caches, fake  # noqa: F401 - re-exported as fixtures

_HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if _HERE in item.path.resolve().parents:
            item.add_marker(pytest.mark.slow)
