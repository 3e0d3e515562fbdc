"""Compiled regular expressions kept between runs (claimaudit.patterns): the same matches, fewer
compilations, and a cache that can be missing, corrupt or unwritable without harm."""

from __future__ import annotations

import re
import uuid

import pytest

from claimaudit import patterns

pytestmark = pytest.mark.skipif(not patterns._SUPPORTED, reason="this Python's regular-expression engine is not cached")

SAMPLE = "Exports rose 8% to $45 million in 2024 (IMF, March 2025); imports fell 1,200 tonnes."


def _fresh_patterns() -> list[tuple[str, int]]:
    # Patterns no other code compiles (a unique literal each run), so re's own in-process cache,
    # which answers before any compiler is asked, cannot hide what the cache file does.
    tag = uuid.uuid4().hex
    return [
        (rf"(?P<value>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>%|tonnes|million)|{tag}", 0),
        (rf"\b(?:imf|world\s+bank)\b|{tag}", re.IGNORECASE),
        (rf"(?<=\()(?P<who>[A-Z]{{2,}}),\s+(?P<when>[A-Z][a-z]+\s+\d{{4}})(?=\))|{tag}", 0),
    ]


def _behaviour(compiled: re.Pattern) -> tuple:
    return (
        compiled.flags, compiled.groups, dict(compiled.groupindex),
        [(m.span(), m.groupdict()) for m in compiled.finditer(SAMPLE)],
    )


def _compile_kept(sources: list[tuple[str, int]]) -> list[re.Pattern]:
    with patterns.kept("t"):
        return [re.compile(p, f) for p, f in sources]


def _assert_as_freshly_compiled(compiled: list[re.Pattern], sources: list[tuple[str, int]]) -> None:
    re.purge()  # (so that re.compile below compiles, rather than answering from re's own cache)
    assert [_behaviour(c) for c in compiled] == [_behaviour(re.compile(p, f)) for p, f in sources]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMAUDIT_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_kept_patterns_match_as_freshly_compiled_ones_and_skip_parsing(cache, monkeypatch):
    sources = _fresh_patterns()
    first = _compile_kept(sources)
    assert list(cache.glob("patterns-t-*.marshal")), "nothing was written"
    re.purge()

    def no_parsing(*args, **kwargs):
        raise AssertionError("a kept pattern was parsed again")

    monkeypatch.setattr(patterns._parser, "parse", no_parsing)
    second = _compile_kept(sources)
    assert [_behaviour(c) for c in second] == [_behaviour(c) for c in first]
    monkeypatch.undo()  # and both behave as the standard compiler's patterns do
    _assert_as_freshly_compiled(second, sources)


def test_compiler_is_restored_even_when_the_block_fails(cache):
    from re import _compiler

    standard = _compiler.compile
    with pytest.raises(RuntimeError):
        with patterns.kept("t"):
            assert _compiler.compile is not standard
            raise RuntimeError("boom")
    assert _compiler.compile is standard


@pytest.mark.parametrize("content", [b"", b"not marshal at all", b"\x00" * 64])
def test_a_corrupt_cache_file_is_ignored_and_replaced(cache, content):
    with patterns.kept("t"):
        pass
    path = patterns._file("t")
    path.write_bytes(content)
    sources = _fresh_patterns()
    _assert_as_freshly_compiled(_compile_kept(sources), sources)
    assert len(patterns._load(path)) == len(sources)


def test_an_entry_the_engine_rejects_is_compiled_afresh(cache):
    import marshal
    from array import array

    sources = _fresh_patterns()
    _compile_kept(sources)
    path = patterns._file("t")
    invalid = array("I", [999999] * 3).tobytes()  # (code the engine's own check refuses)
    broken = {key: (args[0], args[1], invalid, *args[3:]) for key, args in patterns._load(path).items()}
    path.write_bytes(marshal.dumps({"format": patterns._FORMAT, "patterns": broken}))
    re.purge()
    _assert_as_freshly_compiled(_compile_kept(sources), sources)


def test_an_unwritable_cache_directory_is_left_alone(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("CLAIMAUDIT_CACHE_DIR", str(blocker / "cache"))
    sources = _fresh_patterns()
    assert [c.pattern for c in _compile_kept(sources)] == [p for p, _ in sources]


def test_an_empty_cache_dir_setting_turns_caching_off(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMAUDIT_CACHE_DIR", "")
    monkeypatch.chdir(tmp_path)
    _compile_kept(_fresh_patterns())
    assert patterns.cache_dir() is None
    assert not list(tmp_path.rglob("*.marshal"))


def test_a_run_that_needed_nothing_new_leaves_the_file_alone(cache):
    sources = _fresh_patterns()
    _compile_kept(sources)
    path = patterns._file("t")
    before = path.stat().st_mtime_ns, path.read_bytes()
    re.purge()
    with patterns.kept("t"):
        re.compile(*sources[0])  # (a subset: no pattern the file lacks)
    assert (path.stat().st_mtime_ns, path.read_bytes()) == before
    re.purge()
    with patterns.kept("t"):
        re.compile(sources[0][0] + "|new", 0)  # a new pattern: the file becomes this run's patterns
    assert len(patterns._load(path)) == 1
