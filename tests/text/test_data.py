from text import data


def test_a_json_file_is_parsed_once_and_shared():
    first = data.json_file("extract", "demonyms.json")
    assert first is data.json_file("extract", "demonyms.json")
    assert "demonyms" in first


def test_text_lines_skip_blanks_and_comments_and_keep_indentation(tmp_path, monkeypatch):
    package = tmp_path / "zzkb"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "words.txt").write_text(
        "# a comment\n\nalpha\n  beta\n   # indented comment\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    assert data.text_lines("zzkb", "words.txt") == ("alpha", "  beta")
