"""Work a short `sitrep` question repeats identically at every start, kept from one process to
the next in the cache directory (text/compiled.py `cache_dir`):

- the methods `dataclasses` writes for each class (`__init__`, `__eq__`, `__repr__`, a frozen
  class's `__setattr__`...): it generates their source text and compiles it at every import,
  about 0.6M instructions a method and a fifth of a cold `timeline`'s CPU;
- the compiled form of regular expressions: `re` parses and compiles a pattern in Python on its
  first use in a process, another fifth of a cold `timeline` (the claims, clutter and
  sentence-kind patterns).

Each is kept under its exact input (the generated source text; the pattern and its flags), so
an edited class or pattern, or one built from a changed data file, is simply a new entry: it
is compiled as before and kept for the next process. What a hit gives is what compiling gives:
the code object `compile()` makes of that text, and the code `re` makes of that pattern
(`_sre.compile` checks the code it is given). The file is named after the interpreter's
version and its regular-expression engine, and is read only by the same ones.

`install()` hooks the two compilers of this process (the `exec` that `dataclasses` calls and
`re`'s internal `_compiler.compile`) for the interpreter versions whose internals this module
knows; `save()` writes what this process added. A file that cannot be read or written is
ignored: the process compiles as it would have. Only the `sitrep` command's own process uses
it (cli/main.py), for the questions that answer once and end; the warnings a pattern's parse
may give are given only when it is compiled, not when it is read back.
"""

from __future__ import annotations

import _sre
import contextlib
import marshal
import os
import sys
from re import _compiler  # type: ignore[attr-defined]
from types import CodeType
from typing import Any

# Past this many bytes, a file is written afresh with the entries the saving process used:
# entries whose class or pattern has since changed are never read again, and would otherwise
# accumulate.
MAX_BYTES = 2_000_000
_KNOWN_VERSIONS = ((3, 11), (3, 12), (3, 13))
# a pattern's code: a list of unsigned integers of the engine's width, kept as their bytes
_CODE_BYTES = _sre.CODESIZE
_CODE_FORMAT: Any = {4: "I", 8: "Q"}.get(_CODE_BYTES, "")

_functions: dict[str, bytes] = {}  # generated source text -> marshalled code object
# (pattern, flags) -> (flags, code, groups, group index, index group), as _sre.compile takes
_patterns: dict[tuple[str | bytes, int], tuple[int, bytes, int, dict[str, int], tuple]] = {}
_used: set[Any] = set()
_added = False
_path: str | None = None
_re_compile: Any = _compiler.compile


def _file(command: str) -> str:
    from text.compiled import cache_dir

    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_CODE_BYTES}"
    return os.path.join(cache_dir(), f"code-{command}-{tag}.marshal")


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    """exec() as dataclasses calls it, with the code of a text compiled before read back."""
    global _added
    if type(source) is not str:
        exec(source, globals, locals)
        return
    code = _read_code(_functions.get(source))
    if code is None:
        # the flags exec() would use in dataclasses.py, which has no __future__ imports
        code = compile(source, "<string>", "exec", dont_inherit=True)
        _functions[source] = marshal.dumps(code)
        _added = True
    _used.add(source)
    exec(code, globals, locals)


def _read_code(packed: bytes | None) -> CodeType | None:
    """A kept code object, or None when there is none or it cannot be read back."""
    if packed is None:
        return None
    try:
        code = marshal.loads(packed)
    except (EOFError, ValueError, TypeError):
        return None
    return code if type(code) is CodeType else None


def _compile_pattern(pattern: Any, flags: int = 0) -> Any:
    """re._compiler.compile for a pattern's text, its code read back when it was compiled
    before. The steps are re's own (Lib/re/_compiler.py `compile`)."""
    global _added
    if not isinstance(pattern, (str, bytes)) or flags & _compiler.SRE_FLAG_DEBUG:
        return _re_compile(pattern, flags)
    key = (pattern, int(flags))
    _used.add(key)
    entry = _patterns.get(key)
    if entry is not None:
        try:
            final_flags, packed, groups, names, indexes = entry
            codes = memoryview(packed).cast(_CODE_FORMAT).tolist()
            return _sre.compile(pattern, final_flags, codes, groups, names, indexes)
        except (RuntimeError, TypeError, ValueError):
            pass  # a damaged entry (_sre.compile checks the code): compiled again below
    from array import array

    parsed = _compiler._parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    final_flags = int(flags | parsed.state.flags)
    _patterns[key] = (
        final_flags,
        array(_CODE_FORMAT, code).tobytes(),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
    _added = True
    return _sre.compile(
        pattern, final_flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)
    )


def install(command: str) -> None:
    """Read the entries kept for this command (each command has its file: a process reads
    only what its own kind of question compiles) and hook this process's two compilers (once;
    a no-op on an interpreter whose internals this module does not know)."""
    global _path, _re_compile
    if _path is not None or sys.version_info[:2] not in _KNOWN_VERSIONS or not _CODE_FORMAT:
        return
    if memoryview(bytes(_CODE_BYTES)).cast(_CODE_FORMAT).itemsize != _CODE_BYTES:
        return
    import dataclasses

    _path = _file(command)
    try:
        with open(_path, "rb") as file:
            functions, patterns = marshal.loads(file.read())
        if isinstance(functions, dict) and isinstance(patterns, dict):
            _functions.update(functions)
            _patterns.update(patterns)
    except (OSError, EOFError, ValueError, TypeError):
        pass  # absent or unreadable: everything is compiled as before
    dataclasses.exec = _exec  # type: ignore[attr-defined]
    _re_compile = _compiler.compile
    _compiler.compile = _compile_pattern


def save() -> None:
    """Write the entries this process added, with those kept before (or, past MAX_BYTES,
    with only those this process used), by replacing the file whole."""
    global _added
    if not _added or _path is None:
        return
    _added = False
    data = marshal.dumps((_functions, _patterns))
    if len(data) > MAX_BYTES:
        data = marshal.dumps(
            (
                {k: v for k, v in _functions.items() if k in _used},
                {k: v for k, v in _patterns.items() if k in _used},
            )
        )
    temporary = f"{_path}.{os.getpid()}"
    try:
        os.makedirs(os.path.dirname(_path), exist_ok=True)
        with open(temporary, "wb") as file:
            file.write(data)
        os.replace(temporary, _path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
