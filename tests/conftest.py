"""Shared fixtures: real SQLite files in temporary directories, and small real-looking articles."""

from pathlib import Path

import pytest

# the clutter tests' shared check asserts outside a test module: pytest explains its failures too
pytest.register_assert_rewrite("tests.text.clutter_story")

from store.db import connect  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

ARTICLE_MANBIJ = """Kurdish-led forces take Manbij

US-backed forces drove the jihadists out of the northern Syrian city of Manbij last week, cutting one of the group's key supply routes to the Turkish border. Residents celebrated in the streets, with men shaving their beards and women burning their veils.

The Syrian Democratic Forces (SDF), an alliance dominated by the Kurdish People's Protection Units, led the ground offensive with heavy air support from the US-led coalition. On 19 July, scores of civilians were killed in air strikes on a nearby village, according to local activists.

The offensive began on 31 May, and commanders said the next target would be the town of al-Bab. Turkey, which regards the Kurdish militia as terrorists, warned the SDF to withdraw east of the Euphrates River.
"""

ARTICLE_ALEPPO = """Aid convoy reaches eastern Aleppo

A United Nations aid convoy reached the besieged eastern districts of Aleppo on Thursday, the first delivery in three months. Russian jets had pounded the area for weeks before a temporary ceasefire was agreed in Geneva.

Staff of the Syrian Arab Red Crescent unloaded flour and medical supplies while residents queued in the rain. "Children here have not seen fresh fruit since the spring," said one volunteer, who asked not to be named.
"""


@pytest.fixture
def db(tmp_path):
    return connect(tmp_path / "store.db")


@pytest.fixture
def article_files(tmp_path):
    paths = []
    for name, text in (("manbij.txt", ARTICLE_MANBIJ), ("aleppo.txt", ARTICLE_ALEPPO)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Every address the link fetcher connects to, recorded before the real connect."""
    import socket

    from bot import fetch

    made: list[tuple[str, int]] = []
    real = socket.create_connection

    def recording(address, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        made.append((address[0], address[1]))
        return real(address, *args, **kwargs)

    monkeypatch.setattr(fetch.socket, "create_connection", recording)
    return made
