"""Reading analysts' documents: paths -> bytes -> decoded text, line/column lookup, chunking.

Everything a user can get wrong about an input file (missing, unreadable, a PDF, a binary, an
empty file, an unknown encoding) surfaces as one `InputError(path, problem)`; no traceback.

Decoding order (`decode_bytes`):

1. binary signatures (PDF, PNG, JPEG, GIF, ZIP/DOCX/XLSX/ODT, legacy Office, RTF, ELF, gzip, ...)
2. byte-order marks: UTF-8 (``utf-8-sig``), UTF-32 LE/BE (``utf-32``), UTF-16 LE/BE (``utf-16``)
3. NUL bytes: BOM-less UTF-16 is recognised (NULs all on one byte parity, decodes strictly);
   anything else with a NUL byte is binary
4. strict UTF-8 (``utf-8``)
5. mostly UTF-8 with a few stray Windows-1252 bytes, as produced by concatenating or scraping
   (``utf-8+cp1252``): valid UTF-8 sequences decode as UTF-8, each invalid byte as cp1252
6. Windows-1252 (``cp1252``) if every byte is defined there
7. Latin-1 (``latin-1``), which decodes any byte string

The decoded text keeps its line endings (offsets refer to it); only a BOM is removed.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimaudit.errors import InputError

__all__ = [
    "BINARY_EXTENSIONS",
    "TEXT_EXTENSIONS",
    "Document",
    "decode_bytes",
    "expand_inputs",
    "read_document",
    "split_text",
]

STDIN = "-"

# --------------------------------------------------------------------------------------------
# Document
# --------------------------------------------------------------------------------------------

_LF = re.compile("\n")
_LONE_CR = re.compile("\r(?!\n)")


def _line_starts(text: str) -> array:
    # Two single-character scans (which the regex engine runs at memchr speed) are about three
    # times faster than one scan for r"\r\n|\r|\n"; the two sorted runs merge in linear time.
    ends = [m.end() for m in _LF.finditer(text)]
    if "\r" in text:
        lone_cr = [m.end() for m in _LONE_CR.finditer(text)]
        if lone_cr:
            ends += lone_cr
            ends.sort()
    starts = array("q", [0])
    starts.extend(ends)
    return starts


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded text document.

    path: as the user gave it (or as found inside a directory), with forward slashes.
    text: the decoded text; BOM removed, line endings untouched (offsets refer to this text).
    encoding: ``utf-8``, ``utf-8-sig``, ``utf-16``, ``utf-32``, ``utf-8+cp1252``, ``cp1252``
        or ``latin-1``.
    """

    path: str
    text: str
    encoding: str
    # Sorted start offsets of every line, built once on first use (array of int64).
    _line_starts: array | None = field(default=None, init=False, repr=False, compare=False)

    def _starts(self) -> array:
        starts = self._line_starts
        if starts is None:
            starts = _line_starts(self.text)
            object.__setattr__(self, "_line_starts", starts)
        return starts

    @property
    def line_count(self) -> int:
        """Number of lines; a text ending with a line break has an empty last line."""
        return len(self._starts())

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of character `offset` (0 <= offset <= len(text)).

        A line break is ``\\r\\n``, ``\\n`` or ``\\r`` (``\\r\\n`` counts once); the break itself
        belongs to the line it ends. Columns count characters (code points).
        """
        if not 0 <= offset <= len(self.text):
            raise IndexError(f"offset {offset} outside the text (0..{len(self.text)})")
        starts = self._starts()
        index = bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1

    def line_text(self, line: int) -> str:
        """The text of 1-based `line`, without its line break."""
        starts = self._starts()
        if not 1 <= line <= len(starts):
            raise IndexError(f"line {line} outside the text (1..{len(starts)})")
        begin = starts[line - 1]
        if line == len(starts):
            return self.text[begin:]
        end = starts[line]
        text = self.text
        if end > begin and text[end - 1] == "\n":
            end -= 1
        if end > begin and text[end - 1] == "\r":
            end -= 1
        return text[begin:end]


# --------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------

_CONVERT = "not plain text; convert it to text first"

# (signature, description) checked against the start of the data.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", f"looks like a PDF file, {_CONVERT}"),
    (b"\x89PNG\r\n\x1a\n", "looks like a PNG image, not plain text"),
    (b"\xff\xd8\xff", "looks like a JPEG image, not plain text"),
    (b"GIF87a", "looks like a GIF image, not plain text"),
    (b"GIF89a", "looks like a GIF image, not plain text"),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        f"looks like a legacy Microsoft Office file (.doc/.xls), {_CONVERT}",
    ),
    (b"{\\rtf", f"looks like an RTF document, {_CONVERT}"),
    (b"\x7fELF", "looks like an executable (ELF), not a text report"),
    (b"\x1f\x8b", "looks like a gzip-compressed file; decompress it first"),
    (b"\xfd7zXZ\x00", "looks like an xz-compressed file; decompress it first"),
    (b"7z\xbc\xaf\x27\x1c", "looks like a 7-Zip archive, not plain text; extract it first"),
    (b"\x28\xb5\x2f\xfd", "looks like a zstd-compressed file; decompress it first"),
)
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")


def _signature_problem(data: bytes) -> str | None:
    for magic, problem in _SIGNATURES:
        if data.startswith(magic):
            return problem
    if data.startswith(_ZIP_MAGIC):
        head = data[:65536]
        if b"word/" in head:
            kind = "a Word document (DOCX)"
        elif b"xl/" in head:
            kind = "an Excel workbook (XLSX)"
        elif b"ppt/" in head:
            kind = "a PowerPoint file (PPTX)"
        elif b"application/vnd.oasis.opendocument" in head:
            kind = "an OpenDocument file (ODT/ODS)"
        else:
            kind = "a ZIP archive"
        return f"looks like {kind}, {_CONVERT}"
    if data.startswith(b"BZh") and data[4:10] == b"1AY&SY":
        return "looks like a bzip2-compressed file; decompress it first"
    if data.startswith(b"MZ") and b"\x00" in data[:64]:
        return "looks like a Windows executable, not a text report"
    return None


# C0 controls other than \t \n \v \f \r, plus DEL. Form feeds and vertical tabs occur in exports.
_C0_CONTROLS = bytes(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0B, 0x0C, 0x0D)) + b"\x7f"
_C1_CONTROLS = bytes(range(0x80, 0xA0))
_CHUNK = 1 << 22  # 4 MiB: bounds the temporary copies made while counting
# Above this share of control characters the "text" is taken to be binary data.
MAX_CONTROL_SHARE = 0.10


def _count_bytes(data: bytes, which: bytes) -> int:
    count = 0
    for i in range(0, len(data), _CHUNK):
        chunk = data[i : i + _CHUNK]
        count += len(chunk) - len(chunk.translate(None, which))
    return count


def _count_controls_text(text: str) -> int:
    """C0 controls (as `_C0_CONTROLS`) in decoded text; ASCII bytes in UTF-8 are characters."""
    count = 0
    for i in range(0, len(text), _CHUNK):
        chunk = text[i : i + _CHUNK].encode("utf-8", "surrogatepass")
        count += len(chunk) - len(chunk.translate(None, _C0_CONTROLS))
    return count


_CP1252_UNDEFINED = frozenset((0x81, 0x8D, 0x8F, 0x90, 0x9D))
# Each byte as Windows-1252 shows it; the five bytes cp1252 leaves undefined as Latin-1.
_CP1252_CHARS = tuple(
    chr(b) if b in _CP1252_UNDEFINED else bytes((b,)).decode("cp1252") for b in range(256)
)
_HIGH_BYTES = bytes(range(0x80, 0x100))
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # what "surrogateescape" makes of an invalid byte


def _utf8_counts(data: bytes) -> tuple[int, int]:
    """(valid multibyte UTF-8 characters, invalid bytes), in bounded memory."""
    valid = invalid = 0
    pos, size = 0, len(data)
    while pos < size:
        end = min(pos + _CHUNK, size)
        for _ in range(3):  # do not cut a multibyte sequence: back off its continuation bytes
            if end < size and 0x80 <= data[end] < 0xC0:
                end -= 1
        chunk = data[pos:end]
        text = chunk.decode("utf-8", "surrogateescape")  # invalid byte b -> U+DC00+b
        bad = len(chunk) - len(text.encode("utf-8", "ignore"))  # lone surrogates are dropped
        high = len(chunk) - len(chunk.translate(None, _HIGH_BYTES))
        valid += len(text) - (len(chunk) - high) - bad  # characters that are neither ASCII nor bad
        invalid += bad
        pos = end
    return valid, invalid


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with stray cp1252 bytes (when valid multibyte characters outnumber the strays)."""
    valid, invalid = _utf8_counts(data)
    if valid < max(1, invalid):
        return None
    text = data.decode("utf-8", "surrogateescape")
    return _ESCAPED_BYTE.sub(lambda m: _CP1252_CHARS[ord(m.group()) - 0xDC00], text)


def _decode_with_bom(data: bytes, codec: str, path: str) -> str:
    try:
        return data.decode(codec, "strict")
    except UnicodeDecodeError as exc:
        where = f"byte {exc.start}: {exc.reason}"
        problem = f"invalid {codec.upper()} text despite its byte-order mark ({where})"
        raise InputError(path, problem) from None


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: NULs on one byte parity only (sampled), and a strict decode."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:65536]
    even, odd = sample[0::2], sample[1::2]
    nul_even, nul_odd = even.count(0), odd.count(0)
    if nul_odd >= 0.3 * len(odd) and nul_even == 0:
        codec = "utf-16-le"
    elif nul_even >= 0.3 * len(even) and nul_odd == 0:
        codec = "utf-16-be"
    else:
        return None
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Decode a document's bytes; return ``(text, encoding)``.

    Raises InputError for empty, whitespace-only and binary data (see the module docstring).
    """
    if not data:
        raise InputError(path, "empty file")
    problem = _signature_problem(data)
    if problem is not None:
        raise InputError(path, problem)

    if data.startswith(codecs.BOM_UTF8):
        try:
            text, encoding = data.decode("utf-8-sig", "strict"), "utf-8-sig"
        except UnicodeDecodeError:
            # A UTF-8 BOM followed by non-UTF-8 bytes: decode the rest like a BOM-less file.
            text, encoding = _decode_8bit(data[3:])
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        # The "utf-32"/"utf-16" codecs read the BOM, pick the byte order and drop the BOM.
        text, encoding = _decode_with_bom(data, "utf-32", path), "utf-32"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _decode_with_bom(data, "utf-16", path), "utf-16"
    elif b"\x00" in data:
        bomless = _bomless_utf16(data)
        if bomless is None:
            raise InputError(path, "binary file (contains NUL bytes); not a text report")
        text, encoding = bomless, "utf-16"
    else:
        text, encoding = _decode_8bit(data)

    if not text:
        raise InputError(path, "empty file")
    if encoding in ("utf-16", "utf-32"):
        controls = _count_controls_text(text)
    elif encoding == "latin-1":
        controls = _count_bytes(data, _C0_CONTROLS + _C1_CONTROLS)
    else:
        controls = _count_bytes(data, _C0_CONTROLS)
    if controls > MAX_CONTROL_SHARE * len(text):
        share = 100.0 * controls / len(text)
        raise InputError(path, f"binary file ({share:.0f}% control characters); not a text report")
    if text.isspace():
        raise InputError(path, "contains only whitespace")
    return text, encoding


def _decode_8bit(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8", "strict"), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return mixed, "utf-8+cp1252"
    try:
        return data.decode("cp1252", "strict"), "cp1252"
    except UnicodeDecodeError:
        pass
    return data.decode("latin-1"), "latin-1"


# --------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------


def _display(path: Path | str) -> str:
    text = os.fspath(path)
    if os.sep != "/":
        text = text.replace(os.sep, "/")
    if os.altsep and os.altsep != "/":
        text = text.replace(os.altsep, "/")
    return text


def _read_stream(stream, limit: int | None, path: str) -> bytes:  # type: ignore[no-untyped-def]
    if limit is None:
        return stream.read()
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(path, f"too large (more than {limit:,} bytes)")
    return data


def read_document(path: Path | str, *, max_bytes: int | None = None) -> Document:
    """Read and decode one document; ``"-"`` reads standard input.

    Raises InputError (never another exception) for a missing, unreadable, oversized, binary,
    empty or directory path.
    """
    shown = _display(path)
    try:
        if shown == STDIN:
            data = _read_stream(sys.stdin.buffer, max_bytes, shown)
        else:
            data = _read_file(os.fspath(path), shown, max_bytes)
    except InputError:
        raise
    except MemoryError:
        raise InputError(shown, "too large to load into memory") from None
    except ValueError:  # e.g. an embedded NUL character in the path
        raise InputError(shown, "invalid path") from None
    except OSError as exc:
        raise InputError(shown, _os_problem(exc)) from None
    text, encoding = decode_bytes(data, shown)
    del data
    return Document(path=shown, text=text, encoding=encoding)


def _os_problem(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    reason = exc.strerror or str(exc) or type(exc).__name__
    return f"cannot read: {reason}"


def _read_file(path: str, shown: str, max_bytes: int | None) -> bytes:
    if os.path.isdir(path):
        raise InputError(shown, "is a directory")
    with open(path, "rb") as handle:
        info = os.fstat(handle.fileno())
        if stat.S_ISREG(info.st_mode):
            if max_bytes is not None and info.st_size > max_bytes:
                problem = f"too large ({info.st_size:,} bytes; the limit is {max_bytes:,})"
                raise InputError(shown, problem)
            # readall() sizes its buffer from fstat: one copy of the bytes. The limit is checked
            # again in case the file grows while being read.
            return _read_stream(handle, max_bytes, shown)
        if stat.S_ISFIFO(info.st_mode) or stat.S_ISCHR(info.st_mode):
            return _read_stream(handle, max_bytes, shown)  # pipes, /dev/stdin, <(...)
        raise InputError(shown, "not a regular file")


# --------------------------------------------------------------------------------------------
# Expanding command-line inputs
# --------------------------------------------------------------------------------------------

# Extensions are only a first filter inside directories (contents are always checked when read);
# the deny-list is kept to formats that are never plain-text reports, so that a report saved
# under an odd name (``bbc.co.uk``, ``notes.v2``) is not skipped silently.
TEXT_EXTENSIONS = frozenset({"", ".txt", ".text", ".md", ".markdown", ".rst"})
BINARY_EXTENSIONS = frozenset(
    """
    .pdf .ps .eps .djvu .xps
    .png .jpg .jpeg .gif .bmp .tif .tiff .webp .ico .icns .heic .heif .psd .svg .svgz .cr2
    .zip .gz .tgz .bz2 .tbz .xz .txz .7z .rar .tar .zst .lz .lzma .cab .iso .dmg
    .doc .docx .docm .dot .dotx .xls .xlsx .xlsm .xlsb .ppt .pptx .pptm .odt .ods .odp .odg
    .rtf .wpd .wps .pages .numbers .epub .mobi .azw .azw3 .msg .pst .vsd .vsdx
    .pyc .pyo .pyd .so .dll .dylib .exe .bin .class .jar .war .whl .egg .msi .deb .rpm .apk .wasm
    .mp3 .mp4 .m4a .m4v .wav .flac .ogg .oga .opus .aac .wma .avi .mov .mkv .webm .wmv .flv .mpg
    .mpeg .3gp .mid .midi
    .db .sqlite .sqlite3 .mdb .accdb .dbf .parquet .feather .arrow .avro .orc .pkl .pickle .npy
    .npz .h5 .hdf5 .mat .sav .dta .sas7bdat .rdata .rds .joblib .pt .pth .onnx .ckpt
    .safetensors
    .ttf .otf .woff .woff2 .eot .fon
    .swp .swo
    """.split()
)


def _is_candidate(name: str) -> bool:
    if name.startswith("."):
        return False
    return os.path.splitext(name)[1].lower() not in BINARY_EXTENSIONS


def expand_inputs(paths: Sequence[str]) -> list[str | InputError]:
    """Expand command-line inputs into document paths (and errors), in order.

    A directory contributes its text files, recursively, sorted by relative path; hidden
    files and directories and files with a clearly binary extension are skipped; symbolic
    links to directories are not followed. A file named explicitly is kept whatever its
    extension (its content is checked when read). ``"-"`` (standard input) is kept as is.
    """
    result: list[str | InputError] = []
    for raw in paths:
        given = _display(raw)
        if given == STDIN:
            result.append(STDIN)
        elif os.path.isdir(raw):
            result.extend(_expand_directory(raw, given))
        elif os.path.exists(raw):
            result.append(given)
        else:
            result.append(InputError(given, "no such file or directory"))
    return result


def _expand_directory(root: str, shown: str) -> list[str | InputError]:
    found: list[tuple[str, ...]] = []
    errors: list[InputError] = []
    prefix = shown if shown.endswith("/") else shown + "/"

    def on_error(exc: OSError) -> None:
        where = _display(exc.filename) if exc.filename else shown
        missing = isinstance(exc, FileNotFoundError)
        problem = "no such file or directory" if missing else _os_problem(exc)
        errors.append(InputError(where, problem))

    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        rel_dir = os.path.relpath(dirpath, root)
        parts = () if rel_dir == os.curdir else tuple(Path(rel_dir).parts)
        for name in filenames:
            # Regular files only (symbolic links followed): a FIFO or socket would block or fail.
            if _is_candidate(name) and os.path.isfile(os.path.join(dirpath, name)):
                found.append((*parts, name))
    found.sort()
    out: list[str | InputError] = [prefix + "/".join(parts) for parts in found]
    if not out and not errors:
        return [InputError(shown, "directory contains no text files")]
    return [*out, *errors]


# --------------------------------------------------------------------------------------------
# Splitting long texts for spaCy
# --------------------------------------------------------------------------------------------

_BLANK_LINE = re.compile(r"(?:\r\n|\r|\n)[ \t\f\v]*(?:\r\n|\r|\n)")
_SENTENCE_END = re.compile(r"[.!?][\"')\]\u2019\u201d]*[ \t]+(?=[A-Z\u00c0-\u00d6\u00d8-\u00de])")
_SEARCH_SHARE = 10  # look for a cut only in the last 1/_SEARCH_SHARE of each window


def _last_match_end(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int:
    end = -1
    for match in pattern.finditer(text, lo, hi):
        end = match.end()
    return end


def _cut_point(text: str, start: int, hi: int) -> int:
    """The end of the piece that starts at `start` and may reach `hi` (exclusive bound)."""
    lo = max(start + 1, hi - max(1, (hi - start) // _SEARCH_SHARE))
    cut = _last_match_end(_BLANK_LINE, text, lo, hi)  # paragraph break
    if cut <= start:
        cut = max(text.rfind("\n", lo, hi), text.rfind("\r", lo, hi)) + 1  # line break
    if cut <= start:
        cut = _last_match_end(_SENTENCE_END, text, lo, hi)  # ". " + capital
    if cut <= start:
        cut = max(text.rfind(" ", lo, hi), text.rfind("\t", lo, hi)) + 1  # whitespace
    if cut <= start:
        cut = hi  # hard cut
    if text[cut - 1] == "\r" and cut < len(text) and text[cut] == "\n":
        cut -= 1  # never separate \r from \n (the search window may end between them)
    return cut


def split_text(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Split `text` into consecutive ``(start, end)`` pieces of at most `max_chars` characters.

    The pieces cover the text exactly and in order (an empty text gives no pieces). Each cut
    is made, by preference, after a blank line, a line break, a sentence end (". " before a
    capital), whitespace, else anywhere; never inside ``\\r\\n``. The cut is searched for only in
    the last tenth of each window, so the cost is linear in the length of the text.
    """
    if max_chars < 2:
        raise ValueError("max_chars must be at least 2 (a \\r\\n pair is never split)")
    pieces: list[tuple[int, int]] = []
    start, length = 0, len(text)
    while length - start > max_chars:
        cut = _cut_point(text, start, start + max_chars)
        pieces.append((start, cut))
        start = cut
    if start < length:
        pieces.append((start, length))
    return pieces
