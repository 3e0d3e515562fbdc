"""Reading, decoding, line indexing, input expansion and splitting of documents."""

from __future__ import annotations

import builtins
import io
import os
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimaudit import documents
from claimaudit.documents import Document, decode_bytes, expand_inputs, read_document, split_text
from claimaudit.errors import InputError

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# ------------------------------------------------------------------------------------------
# Decoding: (bytes on disk, expected text, expected encoding)
# ------------------------------------------------------------------------------------------

CP1252_BYTES = b"\x93GDP\x94 rose \x963% to \x80" + b"12bn, caf\xe9 \x85"
CP1252_TEXT = "\u201cGDP\u201d rose \u20133% to \u20ac12bn, caf\u00e9 \u2026"

DECODE_CASES = [
    pytest.param(b"GDP rose 3.4% in 2023.\n", "GDP rose 3.4% in 2023.\n", "utf-8", id="ascii"),
    pytest.param("Caf\u00e9 \u20ac12bn \u2014 \u201cok\u201d\n".encode(), "Caf\u00e9 \u20ac12bn \u2014 \u201cok\u201d\n", "utf-8", id="utf8"),
    pytest.param(b"\xef\xbb\xbfRevenue \xe2\x82\xac5m\n", "Revenue \u20ac5m\n", "utf-8-sig", id="utf8-bom"),
    pytest.param(b"\xff\xfe" + "Revenue \u20ac5m\r\n".encode("utf-16-le"), "Revenue \u20ac5m\r\n", "utf-16", id="utf16-le-bom"),
    pytest.param(b"\xfe\xff" + "Revenue \u20ac5m\n".encode("utf-16-be"), "Revenue \u20ac5m\n", "utf-16", id="utf16-be-bom"),
    pytest.param("Revenue \u20ac5m\n".encode("utf-16-le"), "Revenue \u20ac5m\n", "utf-16", id="utf16-le-no-bom"),
    pytest.param("Revenue \u20ac5m\n".encode("utf-32"), "Revenue \u20ac5m\n", "utf-32", id="utf32-bom"),
    pytest.param(CP1252_BYTES, CP1252_TEXT, "cp1252", id="cp1252-quotes-dash-euro"),
    # Latin-1 text that uses no byte in 0x80-0x9F decodes identically as cp1252 (and is labelled so).
    pytest.param("Gr\u00fc\u00dfe, caf\u00e9, 5\u00b0C, \u00bd\n".encode("latin-1"), "Gr\u00fc\u00dfe, caf\u00e9, 5\u00b0C, \u00bd\n", "cp1252", id="latin1-as-cp1252"),
    # A byte cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) forces Latin-1.
    pytest.param(b"Caf\xe9 \x81 na\xefve\n", "Caf\u00e9 \x81 na\u00efve\n", "latin-1", id="latin1"),
    # Mostly UTF-8 with one stray cp1252 byte (concatenated/scraped files).
    pytest.param("\u20ac5m \u2014 \u00e9t\u00e9 ".encode() + b"\x92s\n", "\u20ac5m \u2014 \u00e9t\u00e9 \u2019s\n", "utf-8+cp1252", id="utf8-with-stray-cp1252"),
    pytest.param(b"Page 1\x0cPage 2\tcol\x0bx\n", "Page 1\x0cPage 2\tcol\x0bx\n", "utf-8", id="form-feed-tab-vt-allowed"),
    pytest.param(b"a\rb\r\nc\nd", "a\rb\r\nc\nd", "utf-8", id="line-endings-kept"),
]


@pytest.mark.parametrize(("data", "text", "encoding"), DECODE_CASES)
def test_read_document_decodes(tmp_path: Path, data: bytes, text: str, encoding: str) -> None:
    path = write(tmp_path, "report.txt", data)
    doc = read_document(path)
    assert (doc.text, doc.encoding) == (text, encoding)
    assert doc.path == str(path).replace(os.sep, "/")
    assert decode_bytes(data, "x") == (text, encoding)


def test_cp1252_undefined_bytes_list() -> None:
    undefined = {b for b in range(256) if _undefined_in_cp1252(b)}
    assert undefined == {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def _undefined_in_cp1252(byte: int) -> bool:
    try:
        bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return True
    return False


# ------------------------------------------------------------------------------------------
# Rejections: exact one-line messages that name the path
# ------------------------------------------------------------------------------------------

REJECT_CASES = [
    pytest.param(b"", "empty file", id="empty"),
    pytest.param(b"\xef\xbb\xbf", "empty file", id="bom-only"),
    pytest.param(b"  \n\t\r\n  \n", "contains only whitespace", id="whitespace"),
    pytest.param(b"\xff\xfe" + " \n".encode("utf-16-le"), "contains only whitespace", id="whitespace-utf16"),
    pytest.param(b"GDP\x00rose\x003%\n", "binary file (contains NUL bytes); not a text report", id="nul"),
    pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "looks like a PDF file, not plain text; convert it to text first", id="pdf"),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a PNG image, not plain text", id="png"),
    pytest.param(b"\xff\xd8\xff\xe0\x00\x10JFIF", "looks like a JPEG image, not plain text", id="jpeg"),
    pytest.param(b"GIF89a\x01\x00\x01\x00", "looks like a GIF image, not plain text", id="gif"),
    pytest.param(b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml word/document.xml", "looks like a Word document (DOCX), not plain text; convert it to text first", id="docx"),
    pytest.param(b"PK\x03\x04\x14\x00\x00\x00data.csv", "looks like a ZIP archive, not plain text; convert it to text first", id="zip"),
    pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "looks like a legacy Microsoft Office file (.doc/.xls), not plain text; convert it to text first", id="ole2"),
    pytest.param(b"{\\rtf1\\ansi GDP rose}", "looks like an RTF document, not plain text; convert it to text first", id="rtf"),
    pytest.param(b"\x7fELF\x02\x01\x01\x00", "looks like an executable (ELF), not a text report", id="elf"),
    pytest.param(b"\x1f\x8b\x08\x00\x00\x00", "looks like a gzip-compressed file; decompress it first", id="gzip"),
    pytest.param(bytes(range(1, 32)) * 10 + b"abc", "binary file (83% control characters); not a text report", id="controls"),
    pytest.param(b"\xff\xfeG\x00D", "invalid UTF-16 text despite its byte-order mark (byte 4: truncated data)", id="utf16-odd-length"),
]


@pytest.mark.parametrize(("data", "problem"), REJECT_CASES)
def test_read_document_rejects(tmp_path: Path, data: bytes, problem: str) -> None:
    path = write(tmp_path, "in.txt", data)
    shown = str(path).replace(os.sep, "/")
    with pytest.raises(InputError) as info:
        read_document(path)
    assert str(info.value) == f"{shown}: {problem}"
    assert "\n" not in str(info.value)
    assert (info.value.path, info.value.problem) == (shown, problem)


def test_missing_file_message() -> None:
    with pytest.raises(InputError) as info:
        read_document("no/such/report.txt")
    assert str(info.value) == "no/such/report.txt: no such file"


def test_path_under_a_file_is_missing(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", b"x")
    with pytest.raises(InputError, match=r"a\.txt/b\.txt: no such file$"):
        read_document(tmp_path / "a.txt" / "b.txt")


def test_directory_message(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read_document(str(tmp_path))
    assert str(info.value) == f"{tmp_path}: is a directory"


def test_too_large_message(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"x" * 2000)
    with pytest.raises(InputError) as info:
        read_document(path, max_bytes=1000)
    assert str(info.value) == f"{path}: too large (2,000 bytes; the limit is 1,000)"
    assert read_document(path, max_bytes=2000).text == "x" * 2000


@pytest.mark.skipif(IS_ROOT or os.name != "posix", reason="root can read any file")
def test_permission_denied_real(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", b"GDP rose.\n")
    path.chmod(0)
    try:
        with pytest.raises(InputError) as info:
            read_document(path)
        assert str(info.value) == f"{path}: permission denied"
    finally:
        path.chmod(0o644)


def test_permission_denied_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "secret.txt", b"GDP rose.\n")

    def denied(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if os.fspath(file) == str(path):
            raise PermissionError(13, "Permission denied", str(path))
        return builtins.open(file, *args, **kwargs)

    monkeypatch.setattr(documents, "open", denied, raising=False)
    with pytest.raises(InputError) as info:
        read_document(path)
    assert str(info.value) == f"{path}: permission denied"


def test_other_os_error_is_an_input_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "r.txt", b"GDP rose.\n")

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(documents, "open", broken, raising=False)
    with pytest.raises(InputError) as info:
        read_document(path)
    assert str(info.value) == f"{path}: cannot read: Input/output error"


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = io.BytesIO(b"\x93Growth\x94 was 3%.\n")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(raw))
    doc = read_document("-")
    assert (doc.path, doc.text, doc.encoding) == ("-", "\u201cGrowth\u201d was 3%.\n", "cp1252")


def test_stdin_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 11)))
    with pytest.raises(InputError) as info:
        read_document("-", max_bytes=10)
    assert str(info.value) == "-: too large (more than 10 bytes)"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_fifo_is_read(tmp_path: Path) -> None:
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def feed() -> None:
        with open(fifo, "wb") as handle:
            handle.write(b"GDP rose 3%.\n")

    thread = threading.Thread(target=feed)
    thread.start()
    doc = read_document(fifo)
    thread.join(5)
    assert doc.text == "GDP rose 3%.\n"


# ------------------------------------------------------------------------------------------
# Line and column
# ------------------------------------------------------------------------------------------


def test_mixed_line_endings_line_col(tmp_path: Path) -> None:
    data = b"one\r\ntwo\rthree\nfour\r\n\r\nsix"
    doc = read_document(write(tmp_path, "mixed.txt", data))
    assert doc.text == data.decode()  # no newline translation
    expected_lines = ["one", "two", "three", "four", "", "six"]
    assert doc.line_count == 6
    assert [doc.line_text(n) for n in range(1, 7)] == expected_lines
    # Every character's (line, col), computed independently.
    line, col, seen = 1, 1, []
    text = doc.text
    for i, ch in enumerate(text):
        seen.append((line, col))
        if ch == "\n" or (ch == "\r" and text[i + 1 : i + 2] != "\n"):
            line, col = line + 1, 1
        else:
            col += 1
    assert [doc.line_col(i) for i in range(len(text))] == seen
    assert doc.line_col(text.index("two")) == (2, 1)
    assert doc.line_col(text.index("three") + 2) == (3, 3)
    assert doc.line_col(text.index("four")) == (4, 1)
    assert doc.line_col(text.index("six") + 1) == (6, 2)
    assert doc.line_col(len(text)) == (6, 4)  # end of text


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [
        ("", 0, (1, 1)),
        ("abc", 3, (1, 4)),
        ("a\n", 2, (2, 1)),
        ("a\r\nb", 1, (1, 2)),  # the \r
        ("a\r\nb", 2, (1, 3)),  # the \n of \r\n belongs to line 1
        ("a\r\nb", 3, (2, 1)),
        ("\r\r\n\n", 1, (2, 1)),
        ("\r\r\n\n", 2, (2, 2)),
        ("\r\r\n\n", 3, (3, 1)),
        ("\r\r\n\n", 4, (4, 1)),
    ],
)
def test_line_col_edges(text: str, offset: int, expected: tuple[int, int]) -> None:
    assert Document("x", text, "utf-8").line_col(offset) == expected


def test_line_col_out_of_range() -> None:
    doc = Document("x", "abc", "utf-8")
    with pytest.raises(IndexError):
        doc.line_col(4)
    with pytest.raises(IndexError):
        doc.line_col(-1)
    with pytest.raises(IndexError):
        doc.line_text(2)
    with pytest.raises(IndexError):
        doc.line_text(0)


def test_line_text_trailing_break() -> None:
    doc = Document("x", "a\r\nb\r", "utf-8")
    assert [doc.line_text(n) for n in range(1, doc.line_count + 1)] == ["a", "b", ""]


def test_document_is_frozen_and_compares_by_content() -> None:
    one, two = Document("p", "a\nb", "utf-8"), Document("p", "a\nb", "utf-8")
    one.line_col(2)  # builds the index on one only
    assert one == two and hash(one) == hash(two)
    with pytest.raises(AttributeError):
        one.text = "changed"  # type: ignore[misc]


@given(st.text(alphabet="ab\r\n", max_size=60))
def test_line_col_matches_naive(text: str) -> None:
    doc = Document("x", text, "utf-8")
    normalized = text.replace("\r\n", "\n").replace("\r", "\n")
    assert doc.line_count == normalized.count("\n") + 1
    for offset in range(len(text) + 1):
        line, col = doc.line_col(offset)
        before = text[:offset]
        # a \r directly before this offset that pairs with a \n at it has not ended the line yet
        pending_cr = before.endswith("\r") and text[offset : offset + 1] == "\n"
        head = before[:-1] if pending_cr else before
        lines_before = head.replace("\r\n", "\n").replace("\r", "\n")
        assert line == lines_before.count("\n") + 1
        assert col == len(lines_before) - (lines_before.rfind("\n") + 1) + 1 + (1 if pending_cr else 0)
        if offset < len(text) and text[offset] not in "\r\n":
            assert doc.line_text(line)[col - 1] == text[offset]


# ------------------------------------------------------------------------------------------
# Expanding inputs
# ------------------------------------------------------------------------------------------


def test_expand_directory_sorted_skipping_hidden_and_binary(tmp_path: Path) -> None:
    root = tmp_path / "reports"
    for name in [
        "b.txt", "a.md", "README", "notes.rst", "z/inner.text", "z/deeper/x.txt", "a-c.txt",
        "data.csv", "scan.PDF", "chart.png", "deck.docx", "mod.pyc", ".hidden.txt",
        ".git/config", ".cache/a.txt", "z/.secret/y.txt",
    ]:
        write(root, name, b"GDP rose.\n")
    got = expand_inputs([str(root)])
    prefix = str(root).replace(os.sep, "/") + "/"
    assert got == [
        prefix + name
        for name in ["README", "a-c.txt", "a.md", "b.txt", "data.csv", "notes.rst", "z/deeper/x.txt", "z/inner.text"]
    ]


def test_expand_keeps_order_stdin_and_errors(tmp_path: Path) -> None:
    one = write(tmp_path, "one.txt", b"x")
    two = write(tmp_path, "d/two.txt", b"x")
    explicit_pdf = write(tmp_path, "explicit.pdf", b"%PDF-1.4")
    empty_dir = tmp_path / "empty"
    (empty_dir / "sub").mkdir(parents=True)
    write(empty_dir, "picture.jpg", b"\xff\xd8\xff")
    got = expand_inputs([str(one), "-", str(tmp_path / "d") + "/", str(tmp_path / "nope.txt"), str(empty_dir), str(explicit_pdf)])
    assert got[:3] == [str(one), "-", str(two)]
    assert isinstance(got[3], InputError)
    assert str(got[3]) == f"{tmp_path / 'nope.txt'}: no such file or directory"
    assert isinstance(got[4], InputError)
    assert str(got[4]) == f"{empty_dir}: directory contains no text files"
    assert got[5] == str(explicit_pdf)  # named explicitly: kept; its content is checked on reading
    assert len(got) == 6


def test_expand_does_not_follow_directory_symlinks(tmp_path: Path) -> None:
    root = tmp_path / "r"
    write(root, "a.txt", b"x")
    try:
        os.symlink(root, root / "loop")
    except (OSError, NotImplementedError):
        pytest.skip("symlinks unavailable")
    assert expand_inputs([str(root)]) == [f"{root}/a.txt"]


@pytest.mark.skipif(IS_ROOT or os.name != "posix", reason="root can read any directory")
def test_expand_unreadable_subdirectory(tmp_path: Path) -> None:
    root = tmp_path / "r"
    write(root, "a.txt", b"x")
    locked = root / "locked"
    write(locked, "b.txt", b"x")
    locked.chmod(0)
    try:
        got = expand_inputs([str(root)])
    finally:
        locked.chmod(0o755)
    assert got[0] == f"{root}/a.txt"
    assert isinstance(got[1], InputError) and str(got[1]) == f"{locked}: permission denied"


def test_expanded_paths_read(tmp_path: Path) -> None:
    write(tmp_path, "r/a.txt", b"\x93A\x94\n")
    write(tmp_path, "r/b.txt", "\u201cB\u201d\n".encode("utf-16"))
    docs = [read_document(p) for p in expand_inputs([str(tmp_path / "r")]) if isinstance(p, str)]
    assert [d.text for d in docs] == ["\u201cA\u201d\n", "\u201cB\u201d\n"]


# ------------------------------------------------------------------------------------------
# Splitting
# ------------------------------------------------------------------------------------------


def check_split(text: str, max_chars: int) -> list[tuple[int, int]]:
    pieces = split_text(text, max_chars)
    assert "".join(text[a:b] for a, b in pieces) == text
    position = 0
    for start, end in pieces:
        assert start == position and start < end <= start + max_chars
        assert not (text[end - 1 : end] == "\r" and text[end : end + 1] == "\n")
        position = end
    assert position == len(text)
    return pieces


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aB. \r\n\t\u20ac!")), max_size=400), st.integers(2, 60))
def test_split_text_properties(text: str, max_chars: int) -> None:
    check_split(text, max_chars)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300), st.integers(2, 1000))
def test_split_text_any_unicode(text: str, max_chars: int) -> None:
    check_split(text, max_chars)


@pytest.mark.parametrize(
    ("text", "max_chars", "pieces"),
    [
        ("", 10, []),
        ("short", 10, ["short"]),
        ("exactly10!", 10, ["exactly10!"]),
        # paragraph break preferred over a later line break / sentence / space
        ("a" * 91 + "\n\nxx\nyy. Zz" + "q" * 20, 100, ["a" * 91 + "\n\n", "xx\nyy. Zz" + "q" * 20]),
        ("a" * 91 + "\r\n\r\nxy. Zz" + "q" * 20, 100, ["a" * 91 + "\r\n\r\n", "xy. Zz" + "q" * 20]),
        ("a" * 91 + "\n \t\nxy\n" + "q" * 20, 100, ["a" * 91 + "\n \t\n", "xy\n" + "q" * 20]),
        # line break preferred over a sentence end
        ("a" * 90 + "\nb. Cd e" + "q" * 20, 100, ["a" * 90 + "\n", "b. Cd e" + "q" * 20]),
        ("a" * 90 + "\rb. Cd e" + "q" * 20, 100, ["a" * 90 + "\r", "b. Cd e" + "q" * 20]),
        # sentence end (". " + capital) preferred over plain whitespace
        ("a" * 90 + ". Bc d e" + "q" * 20, 100, ["a" * 90 + ". ", "Bc d e" + "q" * 20]),
        ("a" * 90 + ". bc d e" + "q" * 20, 100, ["a" * 90 + ". bc d ", "e" + "q" * 20]),
        # hard cut, but never between \r and \n
        ("a" * 99 + "\r\nb", 100, ["a" * 99, "\r\nb"]),
        ("x" * 250, 100, ["x" * 100, "x" * 100, "x" * 50]),
        # a break outside the last tenth of the window is not used
        ("a\n" + "b" * 120, 100, ["a\n" + "b" * 98, "b" * 22]),
    ],
)
def test_split_text_cut_preferences(text: str, max_chars: int, pieces: list[str]) -> None:
    assert [text[a:b] for a, b in check_split(text, max_chars)] == pieces


def test_split_text_rejects_tiny_windows() -> None:
    with pytest.raises(ValueError):
        split_text("abc", 1)


def paragraph(i: int) -> str:
    return f"In {2000 + i % 25} the deficit reached {i % 97}.{i % 10}% of GDP. Exports rose by {i % 13} bn.\r\nSee table {i}.\n\n"


def test_split_50mb_text_fast() -> None:
    unit = "".join(paragraph(i) for i in range(100))
    text = unit * (50_000_000 // len(unit) + 1)
    assert len(text) >= 50_000_000
    started = time.process_time()
    pieces = split_text(text, 1_000_000)
    elapsed = time.process_time() - started
    assert elapsed < 10.0, elapsed  # CPU seconds; generous: a shared machine
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(b - a <= 1_000_000 for a, b in pieces)
    assert all(text[a - 2 : a] == "\n\n" for a, _ in pieces[1:])  # cut at paragraph breaks
    assert all(pieces[i][1] == pieces[i + 1][0] for i in range(len(pieces) - 1))


def test_split_many_small_pieces_linear() -> None:
    text = "word " * 400_000  # 2 MB, 20,000 pieces
    started = time.process_time()
    pieces = split_text(text, 100)
    assert time.process_time() - started < 10.0
    assert len(pieces) == 20_000


# ------------------------------------------------------------------------------------------
# Large inputs
# ------------------------------------------------------------------------------------------


def test_10mb_single_line(tmp_path: Path) -> None:
    line = ("The ratio rose to 3.5% " * 450_000).encode()
    assert len(line) > 10_000_000
    doc = read_document(write(tmp_path, "oneline.txt", line))
    assert doc.line_count == 1
    assert doc.line_col(len(doc.text) - 1) == (1, len(doc.text))
    pieces = check_split(doc.text, 100_000)
    assert all(doc.text[a - 1] == " " for a, _ in pieces[1:])
    unbroken = "x" * 10_000_001
    assert len(check_split(unbroken, 1_000_000)) == 11


def test_50mb_file_read_decode_index(tmp_path: Path) -> None:
    unit = "".join(paragraph(i) for i in range(100)).replace("deficit", "d\u00e9ficit \u20ac")
    count = 50_000_000 // len(unit.encode()) + 1
    path = write(tmp_path, "big.txt", unit.encode() * count)
    started = time.process_time()
    doc = read_document(path)
    lines = doc.line_count
    elapsed = time.process_time() - started
    assert doc.encoding == "utf-8"
    assert lines == unit.count("\n") * count + 1
    last = doc.text.rindex("See table")
    assert doc.line_col(last) == (lines - 2, 1)
    assert elapsed < 20.0, elapsed


# ------------------------------------------------------------------------------------------
# Robustness
# ------------------------------------------------------------------------------------------


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=100).map(lambda t: t.encode("utf-8")))
def test_decode_bytes_only_raises_input_error(data: bytes) -> None:
    try:
        text, encoding = decode_bytes(data, "fuzz.txt")
    except InputError as exc:
        assert str(exc).startswith("fuzz.txt: ") and "\n" not in str(exc)
    else:
        assert text and not text.isspace()
        assert encoding in {"utf-8", "utf-8-sig", "utf-16", "utf-32", "utf-8+cp1252", "cp1252", "latin-1"}


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=200).filter(lambda t: not t.isspace() and "\x00" not in t and t[0] != "\ufeff"))
def test_utf8_text_round_trips(text: str) -> None:
    # Real text with few control characters decodes back to itself.
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\v\f\r" or ch == "\x7f")
    if controls > 0.1 * len(text):
        return
    assert decode_bytes(text.encode("utf-8"), "t") == (text, "utf-8")


def test_document_pickles() -> None:
    import pickle

    doc = Document("p", "a\r\nb", "utf-8")
    doc.line_col(3)
    copy = pickle.loads(pickle.dumps(doc))
    assert copy == doc and copy.line_col(3) == (2, 1)


def test_invalid_path_characters() -> None:
    with pytest.raises(InputError) as info:
        read_document("bad\x00name.txt")
    assert str(info.value) == "bad\x00name.txt: invalid path"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_expand_skips_fifos_in_directories(tmp_path: Path) -> None:
    write(tmp_path, "d/a.txt", b"x")
    os.mkfifo(tmp_path / "d" / "pipe")
    assert expand_inputs([str(tmp_path / "d")]) == [f"{tmp_path}/d/a.txt"]


def test_expand_includes_domain_like_names(tmp_path: Path) -> None:
    write(tmp_path, "d/example.com", b"x")
    write(tmp_path, "d/notes.v2", b"x")
    assert expand_inputs([str(tmp_path / "d")]) == [f"{tmp_path}/d/example.com", f"{tmp_path}/d/notes.v2"]
