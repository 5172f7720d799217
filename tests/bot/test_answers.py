"""Parsing what people type after the slash commands."""

from __future__ import annotations

import pytest

from bot import answers


@pytest.mark.parametrize(
    "text, parsed",
    [
        ("Raqqa", ("Raqqa", None, None)),
        ("Raqqa from:2017-06 to:2017-09", ("Raqqa", "2017-06", "2017-09")),
        ("Deir ez-Zor --from 2016 --to 2017-03-01", ("Deir ez-Zor", "2016", "2017-03-01")),
        ("from:2017 SDF", ("SDF", "2017", None)),
        ("Tal Afar  to=2017-08", ("Tal Afar", None, "2017-08")),
    ],
)
def test_parse_timeline(text: str, parsed: tuple) -> None:
    assert answers.parse_timeline(text) == parsed


def test_sitrep_usage() -> None:
    assert answers.sitrep_usage("").public is False
    assert answers.sitrep_usage("help").message.text == "Sitrep help"
    typo = answers.sitrep_usage("injest https://x.example")
    assert "Did you mean `/sitrep ingest`?" in typo.message.blocks[0]["text"]["text"]
    nonsense = answers.sitrep_usage("<!here>")
    assert "Unknown command “&lt;!here&gt;”." in nonsense.message.blocks[0]["text"]["text"]
    assert "Did you mean" not in nonsense.message.blocks[0]["text"]["text"]


def test_reply_kwargs_never_unfurl() -> None:
    kwargs = answers.private("x").respond_kwargs(replace_original=False)
    assert kwargs["response_type"] == "ephemeral"
    assert kwargs["unfurl_links"] is False and kwargs["unfurl_media"] is False
    assert kwargs["replace_original"] is False
    assert "link_names" not in kwargs and "parse" not in kwargs
