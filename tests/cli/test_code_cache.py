"""What cli/code_cache.py reads back is what compiling gives: the same regular-expression
objects (their code, flags and groups), the same dataclass methods; and a `sitrep` question
answers the same with the kept file, with a damaged one and without one."""

import dataclasses
import json
import re
import subprocess
import sys
from pathlib import Path
from re import _compiler

import pytest

from cli import code_cache
from cli.main import main
from tests.conftest import ARTICLE_MANBIJ, ROOT

PATTERNS = [
    (r"\b(?P<verb>killed|wounded)\s+(?P<count>\d+)\b", 0),
    (r"(?<=[.!?] )[A-Z][a-z]+", 0),
    (r"^\s*(?:#[^\n]*\n\s*)*$", re.MULTILINE),
    (
        r"""
        (?P<word>[^\W\d_]+)   # a word
        | (?P<number>\d+)     # or a number
     """,
        re.VERBOSE,
    ),
    (r"al-(?:Nusra|Qaeda)|Daesh", re.IGNORECASE),
    (r"[’'ʼ]s\b|«[^»]*»", 0),
    (r"(a)(?:b|(c))?(?(2)d|e)", 0),
    (rb"[\x80-\xff]+", 0),
    (rb"(?P<tag><[a-z]+>)", re.IGNORECASE),
    (r"(?s).*?(?=\n\n)", 0),
    (r"[^\s\w-]", re.ASCII),
]


@pytest.fixture
def fresh(monkeypatch):
    monkeypatch.setattr(code_cache, "_functions", {})
    monkeypatch.setattr(code_cache, "_patterns", {})
    monkeypatch.setattr(code_cache, "_used", set())
    monkeypatch.setattr(code_cache, "_added", False)
    monkeypatch.setattr(code_cache, "_re_compile", _compiler.compile)


@pytest.mark.parametrize("pattern, flags", PATTERNS)
def test_a_pattern_compiled_or_read_back_is_the_one_re_compiles(fresh, pattern, flags):
    expected = _compiler.compile(pattern, flags)
    first = code_cache._compile_pattern(pattern, flags)
    assert code_cache._added and code_cache._patterns
    again = code_cache._compile_pattern(pattern, flags)
    for got in (first, again):
        # Pattern equality compares the pattern, its flags and its compiled code
        assert got == expected
        assert got.groupindex == expected.groupindex and got.groups == expected.groups
    sample = b"<b>x\xe9 " if isinstance(pattern, bytes) else "Daesh killed 12. Then al-qaeda «x»"
    assert [m.span() for m in again.finditer(sample)] == [
        m.span() for m in expected.finditer(sample)
    ]


def test_dataclass_methods_read_back_behave_as_compiled(fresh, monkeypatch):
    monkeypatch.setattr(dataclasses, "exec", code_cache._exec, raising=False)

    def make():
        @dataclasses.dataclass(frozen=True)
        class Event:
            day: str
            count: int = 0
            places: tuple[str, ...] = dataclasses.field(default_factory=tuple)

        return Event

    first = make()
    assert code_cache._functions
    kept = dict(code_cache._functions)
    second = make()  # every method read back
    assert code_cache._functions == kept
    for cls in (first, second):
        event = cls("2016-06-01", 3)
        assert event == cls("2016-06-01", 3, ())
        assert hash(event) == hash(cls("2016-06-01", 3))
        assert repr(event).endswith("Event(day='2016-06-01', count=3, places=())")
        with pytest.raises(dataclasses.FrozenInstanceError):
            event.count = 4  # type: ignore[misc]
    assert [f.name for f in dataclasses.fields(second)] == ["day", "count", "places"]


def test_a_full_file_is_written_afresh_with_what_the_process_used(fresh, tmp_path, monkeypatch):
    monkeypatch.setattr(code_cache, "_path", str(tmp_path / "code.marshal"))
    monkeypatch.setattr(code_cache, "MAX_BYTES", 100)
    for n in range(5):
        code_cache._compile_pattern(f"a{n}b", 0)
    code_cache._used.clear()
    code_cache._compile_pattern("a1b", 0)
    code_cache._compile_pattern("new", 0)
    code_cache.save()
    functions, patterns = __import__("marshal").loads((tmp_path / "code.marshal").read_bytes())
    assert functions == {} and set(patterns) == {("a1b", 0), ("new", 0)}


ASK = "import sys; from cli.main import main; sys.exit(main())"


def sitrep(cache: Path, db: str, *argv: str) -> str:
    """The output of `sitrep --db DB ARGV...` in a new process keeping its code in cache."""
    done = subprocess.run(
        [sys.executable, "-c", ASK, "--db", db, *argv],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "SITREP_CACHE_DIR": str(cache), "PATH": ""},
        check=True,
        timeout=120,
    )
    return done.stdout


@pytest.mark.slow
def test_a_question_answers_the_same_from_the_kept_file(tmp_path):
    (tmp_path / "manbij.txt").write_text(ARTICLE_MANBIJ, encoding="utf-8")
    db = str(tmp_path / "store.db")
    assert main(["--db", db, "ingest", str(tmp_path / "manbij.txt")]) == 0
    cache = tmp_path / "cache"

    def ask(*argv: str) -> str:
        return sitrep(cache, db, *argv)

    first = ask("timeline", "Manbij", "--json")
    kept = list(cache.glob("code-*.marshal"))
    assert len(kept) == 1
    functions, patterns = __import__("marshal").loads(kept[0].read_bytes())
    assert functions and patterns
    assert ask("timeline", "Manbij", "--json") == first
    kept[0].write_bytes(b"\x00damaged")
    assert ask("timeline", "Manbij", "--json") == first
    assert json.loads(first)["subject"]


@pytest.mark.slow
def test_an_article_is_stored_the_same_from_the_kept_file(tmp_path):
    """`ingest` keeps its compiled patterns too: an article ingested by a process reading them
    back is stored as by one compiling them, as the answers from each store show."""
    article = tmp_path / "manbij.txt"
    article.write_text(ARTICLE_MANBIJ, encoding="utf-8")
    cache = tmp_path / "cache"

    def run(db: str, *argv: str) -> str:
        return sitrep(cache, db, *argv)

    answers = []
    for name in ("compiled.db", "read-back.db"):
        db = str(tmp_path / name)
        run(db, "ingest", str(article), "--published", "2016-08-15")
        assert [p.name.split("-")[1] for p in cache.glob("code-*.marshal")] == ["ingest"]
        answers.append(
            [main(["--db", db, "check"]), run(db, "timeline", "Manbij", "--json")]
            + [run(db, "quote", "civilians killed", "--json")]
        )
        for kept in [*cache.glob("code-timeline-*"), *cache.glob("code-quote-*")]:
            kept.unlink()  # so that the second store's answers are compiled afresh too
    assert answers[0] == answers[1]
    assert json.loads(answers[0][1])["entries"]


def test_a_damaged_entry_is_compiled_again(fresh, monkeypatch):
    pattern = r"\b(?P<verb>killed|wounded)\b"
    code_cache._patterns[(pattern, 0)] = (0, b"\x01\x02\x03\x04", 1, {}, (None,))
    assert code_cache._compile_pattern(pattern, 0) == _compiler.compile(pattern, 0)
    monkeypatch.setattr(dataclasses, "exec", code_cache._exec, raising=False)

    def make():
        @dataclasses.dataclass(frozen=True)
        class Pair:
            left: int
            right: int = 2

        return Pair

    make()
    for source in list(code_cache._functions):
        code_cache._functions[source] = b"not marshal"
    pair = make()  # the same methods, read back damaged: compiled again
    assert pair(1) == pair(1, 2) and repr(pair(1)).endswith("Pair(left=1, right=2)")
