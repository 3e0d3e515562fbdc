"""Compiled regular expressions kept between runs.

Importing the extraction modules compiles some 650 regular expressions, a fifth of a second:
most of what ``claimaudit check`` spends before reading its first line, beyond spaCy's own
import. Python compiles a pattern in two steps, in Python: it parses the pattern and then
writes the matching engine's code for it, a list of integers, which the C engine takes as it is
(``_sre.compile``). ``kept()`` keeps those arguments in a file, keyed by each pattern's text and
flags; on the next run the engine is handed them directly, and parsing and code writing are
skipped. What matches is unchanged: the engine receives the very arguments Python's own
compiler made for that pattern on the same interpreter (and checks the code as it always does).

The file lives in the user's cache directory (``$CLAIMAUDIT_CACHE_DIR``, else
``$XDG_CACHE_HOME/claimaudit``, else ``~/.cache/claimaudit``), one per interpreter version and
engine version; ``CLAIMAUDIT_CACHE_DIR=""`` turns it off. A missing, unreadable or corrupt file
costs only the compiling it would have saved; a directory that cannot be written is left alone;
the file is replaced whole, never left half-written.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from array import array
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

try:  # (the engine's interface as of Python 3.11 to 3.13; elsewhere nothing is kept)
    import _sre
    from re import _compiler, _parser

    _SUPPORTED = sys.version_info[:2] in ((3, 11), (3, 12), (3, 13)) and array("I").itemsize == 4 and all(
        callable(getattr(m, n, None)) for m, n in ((_compiler, "compile"), (_compiler, "_code"), (_parser, "parse"), (_sre, "compile"))
    )
except ImportError:  # pragma: no cover
    _SUPPORTED = False

_FORMAT = 2
# The engine's code is kept as bytes of 32-bit words (its largest value, MAXREPEAT, is 2**32 - 1)
# and turned into the list the engine takes pattern by pattern: a list of integers per pattern
# read all at once would hold some 300,000 integer objects through the import, and the memory
# they leave behind measurably slowed the extraction that follows.


def cache_dir() -> Path | None:
    """Where the files go; None when caching is turned off."""
    configured = os.environ.get("CLAIMAUDIT_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured.strip() else None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        home = os.path.expanduser("~")
        if home.startswith("~"):
            return None  # (no home directory: nowhere to keep them)
        base = os.path.join(home, ".cache")
    return Path(base) / "claimaudit"


def _file(name: str) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    version = "".join(map(str, sys.version_info[:3]))
    return folder / f"patterns-{name}-py{version}-sre{_sre.MAGIC}.marshal"


def _load(path: Path) -> dict:
    try:
        data = marshal.loads(path.read_bytes())  # (marshal.load reads a file a few bytes at a time)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, dict) or data.get("format") != _FORMAT or not isinstance(data.get("patterns"), dict):
        return {}
    return data["patterns"]


def _save(path: Path, patterns: dict) -> None:
    from claimaudit.fileio import atomic_write_bytes  # (only when there is something to write)

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, marshal.dumps({"format": _FORMAT, "patterns": patterns}))
    except (OSError, ValueError):
        pass  # (a read-only or full disk: the next run compiles again)


def _engine_arguments(pattern, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands the engine for ``pattern`` (its steps, unchanged)."""
    parsed = _parser.parse(pattern, flags)
    code = array("I", _compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return pattern, int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _engine_compile(pattern: str, arguments: tuple):
    """``_sre.compile`` with the kept arguments (the code turned back into a list of integers), for
    the caller's own pattern string (not the file's copy, which would stay alive with it)."""
    _, flags, code, groups, groupindex, indexgroup = arguments
    words = array("I")
    words.frombytes(code)
    return _sre.compile(pattern, flags, words.tolist(), groups, groupindex, indexgroup)


@contextmanager
def kept(name: str) -> Iterator[None]:
    """Patterns compiled meanwhile (by ``re.compile`` and the functions that call it) come from,
    and go to, the cache file ``name``. A run that compiled a pattern the file lacked rewrites it
    with exactly this run's patterns, so the file never grows with patterns the code no longer
    has; a run that found all it needed leaves it alone."""
    path = _file(name) if _SUPPORTED else None
    if path is None:
        yield
        return
    stored = _load(path)
    used: dict = {}
    missed = False
    standard = _compiler.compile

    def compile(pattern, flags=0):
        nonlocal missed
        if not isinstance(pattern, str) or flags & re.DEBUG:
            return standard(pattern, flags)
        key = f"{flags}:{pattern}"
        arguments = stored.get(key)
        if arguments is not None:
            try:
                compiled = _engine_compile(pattern, arguments)
            except Exception:  # (a file from another build of the same version: compile afresh)
                arguments = None
            else:
                used[key] = arguments
                return compiled
        missed = True
        arguments = _engine_arguments(pattern, flags)
        used[key] = arguments
        return _engine_compile(pattern, arguments)

    _compiler.compile = compile
    try:
        yield
    finally:
        _compiler.compile = standard
        if missed:
            _save(path, used)
