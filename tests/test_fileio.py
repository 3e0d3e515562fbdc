"""atomic_write_text: a crash never leaves a partial file or a temp file behind."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimaudit import fileio
from claimaudit.fileio import atomic_write_text


def leftovers(directory: Path, keep: str) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name != keep)


def test_writes_new_file(tmp_path):
    target = tmp_path / "claims.yaml"
    atomic_write_text(target, "héllo\n")
    assert target.read_bytes() == "héllo\n".encode()
    assert leftovers(tmp_path, "claims.yaml") == []


def test_replaces_and_keeps_permissions(tmp_path):
    target = tmp_path / "claims.yaml"
    target.write_text("old")
    os.chmod(target, 0o640)
    atomic_write_text(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_no_newline_translation(tmp_path):
    target = tmp_path / "f.txt"
    atomic_write_text(target, "a\r\nb\n")
    assert target.read_bytes() == b"a\r\nb\n"


@pytest.mark.parametrize("where", ["write", "fsync", "replace"])
def test_crash_mid_write_keeps_old_content(tmp_path, monkeypatch, where):
    target = tmp_path / "claims.yaml"
    target.write_text("old content")

    def boom(*args, **kwargs):
        raise OSError("disk on fire")

    if where == "write":
        real_fdopen = os.fdopen

        class Exploding:
            def __init__(self, handle):
                self.handle = handle

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.handle.close()

            def write(self, data):
                self.handle.write(data[:3])
                self.handle.flush()
                raise OSError("disk on fire")

        monkeypatch.setattr(fileio.os, "fdopen", lambda fd, mode: Exploding(real_fdopen(fd, mode)))
    else:
        monkeypatch.setattr(fileio.os, where, boom)
    with pytest.raises(OSError, match="disk on fire"):
        atomic_write_text(target, "new content " * 1000)
    monkeypatch.undo()
    assert target.read_text() == "old content"
    assert leftovers(tmp_path, "claims.yaml") == []


def test_unencodable_text_touches_nothing(tmp_path):
    target = tmp_path / "f.txt"
    target.write_text("old")
    with pytest.raises(UnicodeEncodeError):
        atomic_write_text(target, "snow ☃", encoding="ascii")
    assert target.read_text() == "old"
    assert leftovers(tmp_path, "f.txt") == []


_WRITER = """
import sys
from claimaudit.fileio import atomic_write_text
target = sys.argv[1]
contents = ["A" * 4_000_000, "B" * 4_000_000]
print("ready", flush=True)
i = 0
while True:
    atomic_write_text(target, contents[i % 2])
    i += 1
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sigkill_during_writes_never_leaves_a_partial_file(tmp_path):
    target = tmp_path / "big.txt"
    valid = {b"A" * 4_000_000, b"B" * 4_000_000, b"old"}
    for attempt in range(5):
        target.write_bytes(b"old")
        process = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(target)], stdout=subprocess.PIPE
        )
        assert process.stdout.readline().strip() == b"ready"
        time.sleep(0.05 + 0.07 * attempt)
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.stdout.close()
        assert target.read_bytes() in valid
        for temp in tmp_path.glob(".big.txt.*.tmp"):
            temp.unlink()  # a killed writer may leave its temp file; the target is intact
