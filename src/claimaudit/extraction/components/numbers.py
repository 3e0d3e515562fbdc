"""``ca_numbers``: every number and every date, with set-aside reasons for non-claims."""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc

from claimaudit.extraction.extensions import doc_text

from claimaudit.extraction.parse.dates import document_date, find_dates, find_yearless_dates
from claimaudit.extraction.parse.layout import flowed_text
from claimaudit.extraction.parse.numbers import find_numbers, with_declared_symbols
from claimaudit.extraction.parse.units import declared_dollar


class NumbersComponent:
    """Sets ``doc._.ca_numbers``, ``doc._.ca_dates`` and the span group ``ca_quantities``."""

    def __init__(self, name: str = "ca_numbers") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        flowed = flowed_text(text, doc._.ca_blocks or [])
        numbers, dates = self.find(flowed)
        if flowed is not text:  # the text as written, line breaks and all
            numbers = [n if n.text == text[n.start : n.end] else dataclasses.replace(n, text=text[n.start : n.end]) for n in numbers]
            dates = [d if d.text == text[d.start : d.end] else dataclasses.replace(d, text=text[d.start : d.end]) for d in dates]
        if _REFERENCES_HEADING.search(text):
            numbers = _set_aside_reference_list(text, doc._.ca_blocks or [], numbers)
        if "|" in text and (_ROW_NUMBER_HEADER.search(text) or _UNBORDERED_ROW_NUMBER_HEADER.search(text)) or (
            _ALIGNED_ROW_NUMBER_HEADER.search(text)
        ):
            numbers = _set_aside_row_numbers(text, numbers)
        numbers = _set_aside_row_categories(text, doc._.ca_blocks or [], numbers)
        if _ZERO_CODE_LINE.search(text):
            numbers = _set_aside_code_columns(text, numbers)
        numbers = _set_aside_paragraph_numbers(text, numbers)
        numbers = with_declared_symbols(flowed, numbers)
        if (dollar := declared_dollar(text)) is not None:
            # "All figures are in Veltran dollars (VTD)": its "$" and "dollars" are that dollar
            numbers = [
                dataclasses.replace(n, currency=dollar) if n.currency == "USD" and not _NAMES_US_DOLLAR.search(n.text) else n
                for n in numbers
            ]
        doc._.ca_numbers = numbers
        doc._.ca_dates = dates
        spans = []
        for number in numbers:
            if number.reason is None:
                span = doc.char_span(number.start, number.end, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        doc.spans["ca_quantities"] = spans
        return doc

    @staticmethod
    def find(text: str):
        numbers = _shares(text, find_numbers(text))
        dates = find_dates(text)
        yearless = find_yearless_dates(text, document_date(text))
        if yearless:
            # "said on 3 June": in the year of the document's own date
            taken = [(d.start, d.end) for d in dates]
            dates = sorted(
                [*dates, *(d for d in yearless if not any(s < d.end and d.start < e for s, e in taken))],
                key=lambda d: d.start,
            )
        # A number inside a date expression ("June 28–29, 2025", "mid-2025") is part of the date,
        # unless it carries its own unit, currency or percent sign.
        # (Only a candidate claim can be set aside: the first date not ending before it is found for
        # those alone; numbers come in order, so the index only moves forward.)
        result = []
        di = 0
        n_dates = len(dates)
        for number in numbers:
            if number.reason is None and not (number.unit or number.currency):
                start = number.start
                while di < n_dates and dates[di].end <= start:
                    di += 1
                if di < n_dates and dates[di].start <= start and number.end <= dates[di].end:
                    number = dataclasses.replace(number, reason="date")
            result.append(number)
        return result, dates


# a US dollar named as such, whatever dollar the document declares: "US$", "USD", "U.S. dollars"
_NAMES_US_DOLLAR = re.compile(r"\bU\.?S\.?|USD|American", re.I)


# A bibliography's heading, and the entries under it: "12. Pereira, L. and Costa, M. (2022). ...
# Land Use Policy 118: 106142." Volumes, pages and article numbers assert nothing.
_REFERENCES_HEADING = re.compile(
    r"^[ \t]*(?:\d+\.?[ \t]+)?(?:References|Bibliography|Works[ \t]+cited|Literature[ \t]+cited|Reference[ \t]+list)"
    r"[ \t]*:?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# ("FAO. 2024. The State of ...": an author, then the year, each closed by a full stop)
_REFERENCE_ENTRY = re.compile(
    r"^[ \t]*(?:\[\d+\]|\d+\.)[ \t]|\((?:19|20)\d\d[a-z]?\)|,[ \t]*(?:19|20)\d\d[a-z]?\.|\.[ \t]+(?:19|20)\d\d[a-z]?\.[ \t]"
)


def _set_aside_reference_list(text: str, blocks, numbers: list) -> list:
    """Numbers in the entries of a References / Bibliography list, set aside as "reference_list"."""
    spans = []
    for heading in _REFERENCES_HEADING.finditer(text):
        end = heading.end()
        for block in blocks:
            if block.end <= heading.end():
                continue
            if not _REFERENCE_ENTRY.search(text, block.start, block.end):
                break  # the list ends at the first block that is no entry
            end = block.end
        spans.append((heading.start(), end))
    if not spans:
        return numbers
    return [
        dataclasses.replace(n, reason="reference_list")
        if n.reason in (None, "identifier") and any(s <= n.start < e for s, e in spans) else n
        for n in numbers
    ]


# A pipe table whose first column numbers its rows: "| No. | Date | ... |", "| # | Vessel | ... |"
_ROW_NUMBER_HEADER = re.compile(r"^[ \t]*\|[ \t]*(?:No\.?|#|S/?N|Ser\.?|Serial|Item|Row|Rank)[ \t]*\|.*\|[ \t]*$",
                                re.MULTILINE | re.IGNORECASE)
_FIRST_CELL_INTEGER = re.compile(r"[ \t]*\|[ \t]*(\d{1,4})[ \t]*\|")
# ... and one with no outer pipes: "Rank | Title | Distributor" over "1 | Starfall | Meridian"
_UNBORDERED_ROW_NUMBER_HEADER = re.compile(r"^[ \t]*(?:No\.?|#|Rank)[ \t]*\|[^\n]*\|[^\n]*$", re.MULTILINE | re.IGNORECASE)
_UNBORDERED_FIRST_INTEGER = re.compile(r"[ \t]*(\d{1,3})[ \t]*\|[ \t]*(?=\S)")
# the same column in a table aligned with spaces: "Rank  Port   Calls" over "1  Northhaven  4,210"
_ALIGNED_ROW_NUMBER_HEADER = re.compile(r"^[ \t]*(?:No\.|#|Rank)(?:[ \t]{2,}|[ \t](?=[A-Z]))\S[^\n|]*$", re.MULTILINE)
_ALIGNED_FIRST_INTEGER = re.compile(r"[ \t]*(\d{1,3})\.?[ \t]+(?=[A-Za-z])")


def _set_aside_row_numbers(text: str, numbers: list) -> list:
    """The integers of a row-number column ("| 3 | 19 Oct 2024 | ... |" under "| No. | Date |"),
    set aside as "list_number": they number the rows, they count nothing."""
    starts = set()
    for header in _ROW_NUMBER_HEADER.finditer(text):
        starts.update(_first_cells(text, header.end() + 1, _FIRST_CELL_INTEGER, row_opens="|"))
    for header in _ALIGNED_ROW_NUMBER_HEADER.finditer(text):
        starts.update(_first_cells(text, header.end() + 1, _ALIGNED_FIRST_INTEGER))
    for header in _UNBORDERED_ROW_NUMBER_HEADER.finditer(text):
        if not text[header.start() : header.end()].lstrip().startswith("|"):
            starts.update(_first_cells(text, header.end() + 1, _UNBORDERED_FIRST_INTEGER, skip_rules=True))
    if not starts:
        return numbers
    return [dataclasses.replace(n, reason="list_number") if n.reason is None and n.start in starts else n for n in numbers]


def _first_cells(text: str, pos: int, cell: re.Pattern, row_opens: str | None = None, skip_rules: bool = False) -> list[int]:
    """Where ``cell``'s group 1 starts on each line from ``pos`` to the table's end: its first line
    that does not open with ``row_opens`` or, with none given, that has no such cell (past a
    "---|---" rule under the header, with ``skip_rules``)."""
    starts = []
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if skip_rules and _RULE_LINE.fullmatch(text, pos, end):
            pos = end + 1
            continue
        found = cell.match(text, pos, end)
        if not (text[pos:end].lstrip().startswith(row_opens) if row_opens else found):
            break
        if found:
            starts.append(found.start(1))
        pos = end + 1
    return starts


_RULE_LINE = re.compile(r"[ \t|:-]*-[ \t|:-]*")


# a paragraph that opens with its number, then its first sentence: "3 Costs rose to ..."
_NUMBERED_PARAGRAPH = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*(\d{1,3})[ \t]+(?=[A-Z][a-z]*\b)")


def _set_aside_paragraph_numbers(text: str, numbers: list) -> list:
    """The numbers of numbered paragraphs ("1 The scheme opened ...", "2 In 2023 the board ...",
    "3 Costs rose ..."), set aside as "list_number" when three or more run in order (each one or
    two more than the one before): they number the paragraphs, they count nothing."""
    found = [(int(m.group(1)), m.start(1)) for m in _NUMBERED_PARAGRAPH.finditer(text)]
    starts: set[int] = set()
    run: list[tuple[int, int]] = []
    for value, start in found + [(-1, -1)]:
        if run and 1 <= value - run[-1][0] <= 2:
            run.append((value, start))
            continue
        if len(run) >= 3:
            starts.update(s for _, s in run)
        run = [(value, start)]
    if not starts:
        return numbers
    return [dataclasses.replace(n, reason="list_number") if n.reason is None and n.start in starts else n for n in numbers]


# a row that opens with a classification code before its label: "08   Mining", "| 09 | Food products |"
_CODE_LINE = re.compile(r"^[ \t]*\|?[ \t]*(\d{2,6})(?:[ \t]{2,}|[ \t]*\|[ \t]*)[A-Za-z]", re.MULTILINE)
_ZERO_CODE_LINE = re.compile(r"^[ \t]*\|?[ \t]*0\d{1,5}(?:[ \t]{2,}|[ \t]*\|[ \t]*)[A-Za-z]", re.MULTILINE)


def _set_aside_code_columns(text: str, numbers: list) -> list:
    """The codes that open a table's rows ("08 Mining", "09 Food products", "12 Printing") when two or
    more are written with a leading zero: the column holds a classification's codes, not counts,
    and its codes without a zero ("10", "12") are codes too. Set aside as "identifier"."""
    runs: list[list[re.Match]] = []
    for line in _CODE_LINE.finditer(text):
        previous = runs[-1][-1] if runs else None
        if previous is not None and "\n\n" not in text[previous.end() : line.start()] and (
            len(line.group(1)) == len(previous.group(1))
        ):
            runs[-1].append(line)  # (the same table: no blank line between, codes of one width)
        else:
            runs.append([line])
    starts = {m.start(1) for run in runs if sum(m.group(1).startswith("0") for m in run) >= 2 for m in run}
    if not starts:
        return numbers
    return [dataclasses.replace(n, reason="identifier") if n.reason is None and n.start in starts else n for n in numbers]


# A table row's label that is a band of the row dimension: "<2 days", "25–34", "65 and over",
# "7 days or more", "≥10 km", "Under 18". It names the row; the figures after it are the claims.
_BAND = r"\d[\d,]*(?:\.\d+)?"
_CATEGORY_CELL = re.compile(
    r"[ \t]*\|?[ \t]*(?P<band>"
    rf"(?:(?:[<>≤≥]=?|(?i:under|over|less[ \t]+than|more[ \t]+than|fewer[ \t]+than|at[ \t]+least|up[ \t]+to)[ \t])[ \t]*{_BAND}"
    rf"|{_BAND}[ \t]*(?:[–-]|to)[ \t]*{_BAND}"
    rf"|{_BAND}[ \t]*\+|{_BAND}(?:[ \t]+[a-z]+)?[ \t]+(?i:and[ \t]+over|and[ \t]+above|or[ \t]+more|or[ \t]+over)\b)"
    r"(?:[ \t]?[A-Za-z][A-Za-z/.-]*(?:[ \t][A-Za-z][A-Za-z/.-]*){0,3})?)"
    r"[ \t]*(?:\||\t|[ \t]{2,})(?=.*\d)"
)

# ... or a bound inside the label's words: "Weekly exercise ≥150 min, n (%)   410 (34.1)"
_BOUND_IN_LABEL = re.compile(
    rf"[ \t]*\|?[ \t]*[A-Za-z](?:(?![ \t]{{2}})[^|\t\n\d<>≤≥])*?(?<=[ \t])(?P<band>[<>≤≥]=?[ \t]*{_BAND})"
    r"(?:(?![ \t]{2})[^|\t\n\d])*(?:\||\t|[ \t]{2,})(?=.*\d)"
)


# ... or a percentage inside the label's words, words after it in the same cell: "Durum wheat,
# 13% protein   318   322" (a grade that names the row; a count such as "(6 batteries)" stays a claim)
_FIGURE_IN_LABEL = re.compile(
    r"[ \t]*\|?[ \t]*[A-Za-z](?:(?![ \t]{2})[^|\t\n\d])*?(?<=[ \t,(])(?P<figure>\d[\d,]*(?:\.\d+)?%)"
    r"(?![\d,.]*[ \t]*(?:\||\t|[ \t]{2}))[ \t]?[A-Za-z](?:(?![ \t]{2})[^|\t\n\d])*(?:\||\t|[ \t]{2,})(?=.*\d)"
)


def _set_aside_row_categories(text: str, blocks, numbers: list) -> list:
    """The numbers of a table row's band label ("  2–6 days   3,870   14,900"), set aside as
    "category": the label names the row (its band), the figures after it are what is claimed."""
    spans, named = [], []
    for block in blocks:
        if block.kind != "table":
            continue
        pos = block.start
        while pos < block.end:
            end = text.find("\n", pos, block.end)
            end = block.end if end < 0 else end
            if (cell := _CATEGORY_CELL.match(text, pos, end) or _BOUND_IN_LABEL.match(text, pos, end)) is not None:
                spans.append((cell.start("band"), cell.end("band")))  # (a year's band is a date already)
            elif (cell := _FIGURE_IN_LABEL.match(text, pos, end)) is not None:
                named.append((cell.start("figure"), cell.end("figure")))
            pos = end + 1
    if not spans and not named:
        return numbers
    return [
        dataclasses.replace(n, reason="category")
        if n.reason is None and not n.currency and (
            n.unit != "percent" and any(s <= n.start < e for s, e in spans) or any(s <= n.start < e for s, e in named)
        ) else n
        for n in numbers
    ]


# "a quarter of all cars", "rose by a third", "1 in 4 firms": a proportion, written as the percentage
# it is, so that it meets "25% of cars" elsewhere (value 25, unit "percent").
_FRACTION_WORDS = re.compile(
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine)[ \t-]+)?"
    r"(?:half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)",
    re.IGNORECASE,
)
_ORDINAL_AFTER = re.compile(
    r"[ \t]+(?:consecutive|straight|successive|running|time|round|term|place|largest|biggest|highest|lowest)\b"
)
_ONE_IN = re.compile(
    r"(?:[ \t]+(?P<noun>[a-z][a-z-]{2,}))?[ \t]+in[ \t]+(?P<d>[1-9]\d?|two|three|four|five|six|seven|eight|nine|ten|twenty)\b"
    r"(?=[ \t]+[A-Za-z]|\s*[.,;:)])(?![ \t]+(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?)\b)"
)  # "1 in 4", "one facility in six" (a noun only after "one": "2 vessels in 10 days" is no share)
_NUMERATORS = frozenset(range(1, 10))
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twenty": 20}


def _shares(text: str, numbers: list) -> list:
    out = []
    skip_to = -1
    for number in numbers:
        if number.start < skip_to:
            continue  # the "4" of "1 in 4", read with the "1"
        # ("one" before a noun reads as a pronoun, unless "in N" follows: "one facility in six")
        plain = number.reason in (None, "pronoun") and not (number.unit or number.currency) and number.value is not None
        if plain and 0 < number.value < 1 and _FRACTION_WORDS.fullmatch(number.text):
            if _ORDINAL_AFTER.match(text, number.end):
                number = dataclasses.replace(number, reason="ordinal")  # "for a third consecutive year"
            else:
                number = dataclasses.replace(number, value=round(number.value * 100, 10), unit="percent", step=None)
        elif plain and number.value in _NUMERATORS and number.low is None and (one_in := _ONE_IN.match(text, number.end)) and (
            one_in.group("noun") is None or number.value == 1 and one_in.group("noun") != "in"
        ):
            d = one_in.group("d").lower()
            denominator = _SMALL.get(d) or int(d)
            if denominator > number.value:
                end = one_in.end()
                number = dataclasses.replace(
                    number, end=end, text=text[number.start : end],
                    value=round(100 * number.value / denominator, 10), unit="percent", step=None, reason=None,
                )
                skip_to = end
        out.append(number)
    return out
