"""Table structure, from the text and its layout blocks alone (no spaCy): which row is a table's
header, and which header words stand above a figure's column, in tables delimited with | or tabs
and in tables aligned with spaces."""

from __future__ import annotations

import re
from dataclasses import dataclass

CELL_SPLIT = re.compile(r"\s*\|\s*|\t+")  # between the cells of a delimited row


def table_headers(blocks, text: str) -> dict[int, int]:
    """Block index of each delimited table row -> index of its header row.

    Only rows with cell delimiters (| or tabs) on consecutive lines form a table with a header;
    "Field: value" lines stand alone. A table may open with several label rows (a "| December
    2025 | | December 2021" super-header above "Country | Amount Held ($ billions) | ..."): a row's
    header is the last of them with as many cells as the row, else the table's first row.
    """
    headers: dict[int, int] = {}
    first = None
    labels: list[tuple[int, int]] = []  # (block index, cell count) of the table's leading label rows
    for i, block in enumerate(blocks):
        row = text[block.start : block.end]
        delimited = block.kind == "table" and ("|" in row or "\t" in row)
        if delimited and first is not None and blocks[first].paragraph == block.paragraph:
            cells = _cells(row)
            if labels and labels[-1][0] == i - 1 and not _has_figure_cell(row, cells):
                labels.append((i, len(cells)))
            headers[i] = next((j for j, n in reversed(labels) if n == len(cells) and j != i), first)
        elif delimited:
            first = i
            labels = [(i, len(_cells(row)))]
        else:
            first = None
            labels = []
    return headers


@dataclass(frozen=True, slots=True)
class AlignedHeader:
    """The header lines of a table whose columns are aligned with spaces (no | or tabs)."""
    start: int
    end: int
    lines: tuple[tuple[int, int], ...]  # (start, end) offsets of each header line


_ALIGNED_GAP = re.compile(r" {2,}")


def aligned_headers(blocks, text: str) -> dict[int, AlignedHeader]:
    """Block index of each row of a space-aligned table -> its header lines: the lines of the
    table's paragraph above its first row with a figure ("Country   Exports     Plants" over
    "          (US$ bn)" over "Malaysia    118.4     52")."""
    out: dict[int, AlignedHeader] = {}
    header_lines: list[tuple[int, int]] = []
    paragraph = None
    in_rows = False
    # the header and figure columns (right edges) of the table just left at a blank line: a
    # statement's next section ("Expenditure" and its rows) goes on under the same header
    carried: tuple[list[tuple[int, int]], frozenset[int]] | None = None
    edges: frozenset[int] = frozenset()
    for i, block in enumerate(blocks):
        row = text[block.start : block.end]
        cells = _cells_aligned(row)
        if "|" in row or "\t" in row or block.kind not in ("table", "heading") and not (
            # (a line of column headings alone above a section heading reads as prose: "     2026-27
            # 2027-28" over "  Pensioners (thousands)")
            block.kind == "prose" and len(cells) >= 2 and row[:1] == " " and not _has_figure_cell(row, cells)
        ):
            paragraph, header_lines, in_rows, carried = None, [], False, None
            continue
        if cells and row[cells[0][0] : cells[0][1]].endswith(":"):
            # "Survey years:     2001–2024": a field and its value, no header over the fields below
            paragraph, header_lines, in_rows, carried = None, [], False, None
            continue
        if block.paragraph != paragraph:
            carried = (header_lines, edges) if in_rows and header_lines else carried if not header_lines else None
            paragraph, header_lines, in_rows = block.paragraph, [], False
        if not in_rows and (not _has_figure_cell(row, cells) or header_lines and _header_continuation(
            row, cells, text[header_lines[-1][0] : header_lines[-1][1]]
        )):
            if len(header_lines) < 4:
                header_lines.append((block.start, block.end))
            continue
        edges = frozenset(e for _, e in cells[1:])
        if not in_rows and carried is not None and len(edges) >= 2 and edges <= carried[1] and all(
            len(_cells_aligned(text[s:e])) <= 1 for s, e in header_lines
        ):
            header_lines = carried[0]  # (its own lines above are a section's label: "Expenditure")
        in_rows = True
        if header_lines and (len(cells) > 2 or len(cells) == 2 and any(
            len(_cells_aligned(text[s:e])) == 2 for s, e in header_lines
        )):
            # (a row of one figure under a header of two cells, "Programme   Disbursed": a one-column table)
            out[i] = AlignedHeader(header_lines[0][0], header_lines[-1][1], tuple(header_lines))
    return out


def _header_continuation(row: str, cells, above: str) -> bool:
    """A header's second line, over no row label, that states a column's unit ("(%)") or the
    base of the rate the line above begins ("Rate per" over "1,000 (a)"): no row of figures."""
    return row[:1] in " \t" and len(row) - len(row.lstrip()) >= 8 and (
        any(_UNIT_ONLY_CELL.fullmatch(row[s:e].strip()) or _UNIT_CLOSING_WORDS.fullmatch(row[s:e].strip()) for s, e in cells)
        or bool(_rate_base_chunks(above, row))
    )


def _rate_base_chunks(above: str, line: str) -> list[tuple[int, int]]:
    """(start, end) in ``line`` of the chunks under a chunk of ``above`` that ends with "per"."""
    spans = []
    for match in _PER_CHUNK_END.finditer(above):
        column = match.end() - 1  # (the base sits under the chunk that "per" ends)
        chunk = next(((s, e) for s, e in _cells_aligned(line) if s <= column + 3 and e >= match.start()), None)
        if chunk is not None and _RATE_BASE_CHUNK.fullmatch(line[chunk[0] : chunk[1]]):
            spans.append(chunk)
    return spans


def header_rate_bases(text: str, headers) -> list[tuple[int, int]]:
    """(start, end) of the chunks of aligned headers' later lines that hold the base of a rate
    the line above begins ("Rate per" over "1,000 (a)"): what the rate is counted per, no claim."""
    spans = []
    for header in sorted(set(headers), key=lambda h: h.start):  # (each row of a table has its own equal copy)
        for (above_start, above_end), (start, end) in zip(header.lines, header.lines[1:]):
            spans += [(start + s, start + e) for s, e in _rate_base_chunks(text[above_start:above_end], text[start:end])]
    return sorted(spans)


# a header chunk ending "per" ("Rate per", "(per" over "100,000)")
_PER_CHUNK_END = re.compile(r"(?:\S+(?: \S+)*? |\()per(?= {2,}|\s*\Z)", re.I)
_RATE_BASE_CHUNK = re.compile(r"1(?:0|,?000)+\)?(?:\s+[a-z]+)?(?:\s*\([a-z0-9]{1,3}\))?")  # "1,000 (a)", "100,000 people"


# a cell of nothing but a unit or scale in brackets: "(%)", "(million)", "(USD m)", "(pp, y/y)"
_UNIT_ONLY_CELL = re.compile(r"\((?:%|[A-Za-z$€£¥][\w$€£¥ ,./%-]{0,24})\)")


# lower-case words that go on from the line above and close with its unit: "to yearly" over "change (pp)"
_UNIT_CLOSING_WORDS = re.compile(r"[a-z]+(?: [a-z]+){0,2} \((?:%|pp|[A-Za-z$€£¥][\w$€£¥ ,./%-]{0,24})\)")


def _cells_aligned(row: str) -> list[tuple[int, int]]:
    spans, cursor = [], 0
    for match in _ALIGNED_GAP.finditer(row):
        if match.start() > cursor:
            spans.append((cursor, match.start()))
        cursor = match.end()
    if cursor < len(row.rstrip()):
        spans.append((cursor, len(row.rstrip())))
    return spans


def _header_chunks(line: str) -> list[tuple[int, int]]:
    """A header line's chunks: runs parted by two spaces, and "(EUR million) (% of GDP)" parted
    between its parentheses even with one space."""
    out = []
    for s, e in _cells_aligned(line):
        cursor = s
        for m in re.finditer(r"\)\s+\(", line[s:e]):
            out.append((cursor, s + m.start() + 1))
            cursor = s + m.end() - 1
        out.append((cursor, e))
    return out


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _aligned_cell(text: str, pos: int, header: AlignedHeader) -> str:
    """The words of the header lines above a figure's column, top to bottom: each header line's
    chunk that overlaps the figure's cell most, or the nearest one within a few characters."""
    line = _line_start(text, pos)
    row_end = text.find("\n", pos)
    row = text[line : row_end if row_end >= 0 else len(text)]
    col = pos - line
    row_cells = _cells_aligned(row)
    cell = next(((s, e) for s, e in row_cells if s <= col < e), (col, col + 1))
    stub_end = row_cells[0][1] if row_cells and row_cells[0][1] <= cell[0] else None
    words = []
    group = None
    for h_start, h_end in header.lines:
        h_line = _line_start(text, h_start)
        chunks = [(s + h_start - h_line, e + h_start - h_line) for s, e in _header_chunks(text[h_start:h_end])]
        if stub_end is not None:
            # (a line running from over the row labels to over the figure is the table's title,
            # "Table 3. Funding by sector (USD million)", not this column's header)
            chunks = [(s, e) for s, e in chunks if not (s < stub_end and e > cell[0])]
        chunks = [part for chunk in chunks for part in (
            _split_over_cells(text, h_line, chunk, row_cells) if stub_end is None or chunk[0] >= stub_end else (chunk,)
        )]  # (not a line that starts over the row labels: a title)
        best, best_key, spanning = None, None, None
        for s, e in chunks:
            overlap = min(e, cell[1]) - max(s, cell[0])
            distance = max(s - cell[1], cell[0] - e, 0)
            key = (overlap, -distance)
            if overlap <= 0 and any(min(e, oe) > max(s, os) for os, oe in row_cells if (os, oe) != cell):
                if e <= cell[0] and cell[0] - e <= 4 and _UNIT_BRACKET_END.search(text, h_line + s, h_line + e) and [
                    (os, oe) for os, oe in row_cells if min(e, oe) > max(s, os)
                ] == [max(((os, oe) for os, oe in row_cells if oe <= cell[0]), default=None)] and s >= (stub_end or 0):
                    spanning = (s, e)  # "Price change (%)" over "Month Year": the group's unit reaches this column too
                continue  # (a chunk over another cell of the row is that cell's: "(USD bn)" beside "Deaths")
            if (overlap > 0 or distance <= 4) and (best_key is None or key > best_key):
                best, best_key = (s, e), key
        if best is None and spanning is not None and not words:
            # (a group's heading with its unit, over sub-headings: only for a column that has no
            # heading of its own above, and one below: "Year" under "Price change (%)", not "Deaths")
            group = text[h_line + spanning[0] : h_line + spanning[1]].strip()
            continue
        if best is not None:
            words.append(text[h_line + best[0] : h_line + best[1]].strip())
    if group is not None and words:
        words.insert(0, group)
    return " ".join(w for w in words if w and not _RULE_CHUNK.fullmatch(w))


_UNIT_BRACKET_END = re.compile(r"\([^()\d=]{1,24}\)\Z")  # "(%)", "(US$ m)"; not "(n = 1,190)"


def _split_over_cells(text: str, h_line: int, chunk: tuple[int, int], row_cells) -> list[tuple[int, int]]:
    """A header chunk of single-spaced words over two or more of the row's cells ("Month Year
    to yearly" over three columns): its words, grouped by the cell each lies over."""
    s, e = chunk
    over = [(os, oe) for os, oe in row_cells if min(e, oe) > max(s, os)]
    if len(over) < 2:
        return [chunk]
    parts: list[list[int]] = []
    owner = None
    for word in re.finditer(r"\S+", text[h_line + s : h_line + e]):
        ws, we = s + word.start(), s + word.end()
        here = max(over, key=lambda c: (min(we, c[1]) - max(ws, c[0]), -abs(ws - c[0])))
        if parts and (here == owner or text.startswith("(", h_line + ws)):
            parts[-1][1] = we  # (a bracket stays with the words it qualifies: "Price change (%)" spans its columns)
        else:
            parts.append([ws, we])
            owner = here
    return [(a, b) for a, b in parts]


_RULE_CHUNK = re.compile(r"[-=_─━═]+")  # a rule under a header's cell ("-------"), no words


# A cell holding a figure: a number that is not just a year ("2018" labels a row, "225" is data).
_FIGURE_CELL = re.compile(r"^[+\-–~(]?\s*(?:US)?[$€£¥]?\s*\d")
# (a year, a span of years, and the unit of a header cell: "2024", "2025-2030 (US$ million)", "2024/25 (%)")
_YEAR_CELL = re.compile(
    r"^(?:(?:FY\s?)?(?:1[89]|20)\d\d(?:\s*[-–/]\s*(?:1[89]|20)?\d\d)?[fepFEP]?"
    # (a quarter or a half of a year: "1Q25", "Q1 2025", "2H24", "H1-2025")
    r"|[1-4]Q\s?(?:20)?\d\d|Q[1-4][\s/-]?(?:20)?\d\d|[12]H\s?(?:20)?\d\d|H[12][\s/-]?(?:20)?\d\d)"
    r"(?:\s*\([^()]{1,30}\))?$"
)


# A span of days heading a column: "(1 Jan–31 Mar)", "1 Jan - 30 Jun 2025"
# (or one day: "12 Jun 2025", "19 June")
_DAYS_CELL = re.compile(
    r"^\(?\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?(?:\s*[-–]\s*\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)?\)?$"
)


def _has_figure_cell(row: str, cells) -> bool:
    for s, e in cells:
        cell = row[s:e].strip()
        if _FIGURE_CELL.match(cell) and not _YEAR_CELL.match(cell) and not _DAYS_CELL.match(cell) and not _THOUSANDS_CELL.match(cell):
            return True
    return False


# the unit of a column counted in thousands of a currency, a header's cell: "£000", "$'000", "€000s"
_THOUSANDS_CELL = re.compile(r"^\(?(?:US)?[$€£¥]\s?['’]?000s?\)?$")


def _cells(row: str) -> list[tuple[int, int]]:
    spans, cursor = [], 0
    for match in CELL_SPLIT.finditer(row):
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, len(row)))
    return spans


def column_header(text: str, pos: int, row_start: int, row_end: int, header) -> str:
    """The header words above the figure at ``pos`` of the row ``text[row_start:row_end]``: its
    cell of the header row of a delimited table, or the header lines' words over its column in
    an aligned table; "" when the columns do not line up."""
    if isinstance(header, AlignedHeader):
        return _aligned_cell(text, pos, header)
    row = text[row_start:row_end]
    cells = _cells(row)
    index = next((i for i, (s, e) in enumerate(cells) if s <= pos - row_start < e + 1), None)
    header_cells = _cells(text[header.start : header.end])
    if index is not None and index < len(header_cells) and len(header_cells) == len(cells):
        s, e = header_cells[index]
        return text[header.start + s : header.start + e]
    return ""
