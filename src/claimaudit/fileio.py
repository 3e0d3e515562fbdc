"""Crash-safe file writing.

`atomic_write_text` writes to a temporary file in the target's directory, flushes and fsyncs it,
then renames it over the target with `os.replace`, which is atomic on POSIX and Windows. A reader
(or a process killed mid-write) therefore sees either the old content or the new, never a
half-written file. On any error the temporary file is removed and the original is untouched.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

__all__ = ["atomic_write_bytes", "atomic_write_text"]


def atomic_write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """Replace `path` with `text`, atomically.

    path (str | PathLike): the file to write; its directory must exist.
    text (str): the new content. Newlines are written as given (no translation).
    encoding (str): the text encoding.

    The permission bits of an existing file are kept; a new file gets the usual
    mode ``0o666 & ~umask``.
    """
    atomic_write_bytes(path, text.encode(encoding))  # (fails on unencodable text before touching the disk)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace `path` with `data`, atomically (as `atomic_write_text`)."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")

    try:
        mode: int | None = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = None

    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is None:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_directory(directory)


def _fsync_directory(directory: Path) -> None:
    """Make the rename durable where the platform allows it (POSIX); ignore failures."""
    if os.name != "posix":
        return
    try:
        dir_fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
