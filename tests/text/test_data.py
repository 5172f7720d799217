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


def test_knowledge_files_of_text_are_read_through_the_loader():
    """No module of text/ opens a data file beside it by itself: every one goes through
    text/data.py, so each file is read once and the rules for comments are the same."""
    import ast
    from pathlib import Path

    # text/spelling.py moves to the loader with the shared transliteration scheme.
    not_yet = {"spelling.py"}
    root = Path(data.__file__).parent
    readers = []
    for path in sorted(root.rglob("*.py")):
        if path.name in not_yet or path == Path(data.__file__):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in ("files", "read_text"):
                readers.append(f"{path.relative_to(root)}:{node.lineno}")
            if isinstance(node, ast.ImportFrom) and node.module == "importlib":
                readers.append(f"{path.relative_to(root)}:{node.lineno}")
    assert readers == []


def test_sections_group_stripped_lines_under_their_headers(tmp_path, monkeypatch):
    from text import data

    monkeypatch.setattr(
        data,
        "text_lines",
        lambda package, name: ("loose", "[first]", "  one  ", "[second]", "two"),
    )
    data.text_sections.cache_clear()
    try:
        assert data.text_sections("text", "invented.txt") == {
            "": ("loose",),
            "first": ("one",),
            "second": ("two",),
        }
    finally:
        data.text_sections.cache_clear()
