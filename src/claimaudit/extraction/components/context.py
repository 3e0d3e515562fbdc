"""``ca_context``: unit, measure, places, period and kind of every candidate claim."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from claimaudit.extraction.extensions import doc_text

from claimaudit.extraction.components.attribution import _Sorted
from claimaudit.extraction.parse import context as ctx
from claimaudit.extraction.parse.dates import find_dates
from claimaudit.extraction.parse.frozen import maker
from claimaudit.extraction.parse.places import find_places
from claimaudit.extraction.parse.units import UNIT_KINDS

# the look-ahead lists the alternatives' first characters: other word starts are passed over fast
_ANNUAL = re.compile(r"\b(?=[apey/])(?:annually|annual|per\s+year|a\s+year|each\s+year|every\s+year|yearly|/year|/yr)\b", re.I)
_PERIOD_MODS = {"since", "until", "before", "after", "by"}


@dataclass(frozen=True, slots=True)
class ClaimContext:
    unit: str | None
    unit_family: str | None
    kind: str
    measure: str | None
    measure_key: frozenset[str]
    places: tuple[str, ...]
    period: str | None
    scale: float = 1.0  # a table's "(in billions of dollars)" applied to its bare cells
    currency: str | None = None


_new_context = maker(ClaimContext)  # ClaimContext(...), every field given, faster (one per claim)


def period_text(date) -> str:
    mod = getattr(date, "mod", None)
    if mod in _PERIOD_MODS:
        return f"{mod} {date.iso}"
    if mod in ("start", "mid", "end"):
        return f"{mod} {date.iso}"
    return date.iso


class ContextComponent:
    """Sets ``doc._.ca_contexts``: {number start offset: ClaimContext}."""

    def __init__(self, name: str = "ca_context") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.ca_contexts = self.contexts(doc)
        return doc

    def contexts(self, doc: Doc) -> dict[int, ClaimContext]:
        text = doc_text(doc)
        blocks = doc._.ca_blocks
        attributions = doc._.ca_attributions or {}
        numbers = _Sorted(n for n in doc._.ca_numbers if n.reason is None)
        all_numbers = _Sorted(doc._.ca_numbers)
        dates = _Sorted(doc._.ca_dates)
        places = _Sorted(find_places(text))
        out: dict[int, ClaimContext] = {}
        header_of = _table_headers(blocks, text)
        for start, end, block_index in doc._.ca_sentences:
            block = blocks[block_index]
            in_sentence = numbers.within(start, end)
            if not in_sentence:
                continue
            base = ctx.Skip(
                [(n.start, n.end) for n in all_numbers.within(start, end)]
                + [(d.start, d.end) for d in dates.within(start, end)]
            )
            rows: dict = {}
            previous_noun = None
            for number in in_sentence:
                attribution = attributions.get(number.start)
                skip = base.plus([(attribution.start, attribution.end)]) if attribution is not None else base
                if block.kind == "table":
                    header = blocks[header_of[block_index]] if block_index in header_of else None
                    span = (attribution.start, attribution.end) if attribution is not None else None
                    if span not in rows:
                        rows[span] = self._row_info(text, start, end, skip, dates, places, attribution, header)
                    out[number.start] = self._row_context(
                        text, number, start, end, skip, dates, places, attribution, header, rows[span]
                    )
                else:
                    context = self._prose_context(text, number, start, end, skip, dates, places, attribution, previous_noun)
                    out[number.start] = context
                    if context.unit_family == "count" and context.unit:
                        previous_noun = context.unit.split("/")[0]
        return out

    def _unit(self, text, number, limit, previous_noun=None):
        noun, modifiers = (None, ())
        if not number.currency and not number.unit:
            noun, modifiers = ctx.counted_noun(text, number.end, limit)
            if noun is None and previous_noun and _ELLIPTICAL.match(text, number.end, limit):
                # "60 vessels were enrolled in the MSP, and 9 were enrolled in the TSP": the
                # count repeats the noun of the figure before it in the sentence.
                noun = previous_noun
        currency = number.currency
        if not currency and not number.unit:
            of_money = _OF_MONEY.match(text, number.end, limit)
            if of_money:  # "hundreds of millions of dollars", "two billion euros' worth"
                currency, noun, modifiers = _MONEY_WORDS[of_money.group(1).lower()], None, ()
        base = currency or number.unit or noun
        unit = f"{base}/{number.per}" if base and number.per else (base or (f"per {number.per}" if number.per else None))
        family = "money" if currency else UNIT_KINDS.get(number.unit, number.unit) if number.unit else ("count" if noun else None)
        return unit, family, noun, modifiers, currency

    def _period(self, text, number, candidates, attribution, clause):
        usable = [
            d
            for d in candidates
            if attribution is None
            or attribution.date is None
            or (d.start, d.end) != (attribution.date.start, attribution.date.end)
        ]
        usable = [d for d in usable if attribution is None or not (attribution.start <= d.start < attribution.end)]
        in_clause = [d for d in usable if clause[0] <= d.start < clause[1]]
        pool = in_clause or usable
        if pool:
            best = min(pool, key=lambda d: abs(d.start - number.start))
            return period_text(best)
        if number.per == "year" or _ANNUAL.search(text, clause[0], clause[1]):
            return "annual"
        return None

    def _prose_context(self, text, number, start, end, skip, dates, places, attribution, previous_noun=None):
        clause = ctx.clause_span(text, number.start, number.end, start, end)
        unit, family, noun, modifiers, currency = self._unit(text, number, end, previous_noun)
        kind = ctx.kind_of(text, number.start, number.end, start, number.unit == "percent", number.sign)
        # Windows reach back at most REACH characters into the sentence, so that a sentence
        # of thousands of figures costs linear, not quadratic, time.
        floor = max(start, number.start - REACH)
        if kind == "share":
            clause = (floor, clause[1])  # the part is named before "45% of <whole>"
        if kind in ("level", "share") and ctx.is_conditional(text, clause[0], clause[1]):
            kind = "conditional"
        place_names = [p for p in places.within(clause[0], clause[1]) if not _inside(p, attribution)]
        if not place_names:
            place_names = [p for p in places.within(floor, min(end, number.end + REACH)) if not _inside(p, attribution)]
        words, content = ctx.measure_words_and_content(
            text, clause[0], clause[1], skip, [(p.start, p.end) for p in place_names]
        )
        if len(content) < 2 and clause[0] > start:
            # "..., and had $3.1 billion in TVL": the clause names too little; the subject is
            # at the start of the sentence.
            subject = ctx.measure_words(text, floor, number.start, skip.plus([(p.start, p.end) for p in place_names]))
            content = subject[:6] + content
        head = ctx.head_phrase(text, number.end, clause[1]) if not noun and kind != "share" else []
        place_words = {w.lower() for p in place_names for w in p.text.split()}
        head = [w for w in head if w.lower() not in place_words]
        key = ctx.measure_key(content, noun) | _modifier_marks(modifiers, _place_words(place_names))
        # "$55 million in technology transfers" measures technology transfers, whatever else the
        # clause mentions: "^word" marks that must agree between two claims of one quantity.
        key |= {"^" + ctx.stem(w) for w in head}
        key |= ctx.narrowing_marks(text, floor, clause[1])  # "Per capita GDP ... compared to $88,612"
        if kind == "share":
            whole = ctx.whole_marks(text, number.end, clause[1])
            key = (key - {w[1:] for w in whole}) | whole
        period = self._period(text, number, dates.within(floor, min(end, number.end + REACH)), attribution, clause)
        places_out = tuple(sorted({p.name for p in place_names}))
        return _new_context(unit, family, kind, " ".join(words[:12]) or None, key, places_out, period, 1.0, currency)

    def _row_info(self, text, start, end, skip, dates, places, attribution, header) -> "_RowInfo":
        """What every figure of one table row shares: label words, places, table marks, dates."""
        first_digit = _FIRST_FIGURE.search(text, start, end)
        category_end = first_digit.start() if first_digit else end
        source_start = attribution.start if attribution is not None and start <= attribution.start < end else end
        row_places = places.within(start, source_start)
        place_spans = [(p.start, p.end) for p in row_places]
        words, content = ctx.measure_words_and_content(text, start, category_end, skip, place_spans)
        marks = ctx.narrowing_marks(text, start, category_end)
        head = _category_head(text[start:category_end])
        if header is not None:
            # Cells of different tables are different measures, whatever their row labels: the
            # table is named by its title line (if any) and its header row.
            title = _title_of(text, header)
            marks |= {"#" + ctx.stem(w) for w in ctx.measure_words(text, header.start, min(header.end, header.start + 80), [])[:4]}
            marks |= {"#" + ctx.stem(w) for w in ctx.measure_words(title, 0, len(title), [])[:6]}
        return _new_row_info(
            category_end, source_start, row_places, place_spans, content, " ".join(words[:12]) or None,
            frozenset(marks), head, tuple(sorted({p.name for p in row_places})),
            ctx.measure_key(content, None), _place_words(row_places),
            [d for d in dates.within(start, end) if d.start < source_start],
        )

    def _row_context(self, text, number, start, end, skip, dates, places, attribution, header, row):
        # Row = "Category | figures | Source": the category is the text before the first figure.
        source_start = row.source_start
        label, header_cell = _local_label(text, number, start, end, header)
        unit, family, noun, modifiers, _ = self._unit(text, number, source_start)
        kind = ctx.kind_of(text, number.start, number.end, start, number.unit == "percent", number.sign)
        value_words = []
        if not (label or header_cell):  # in cells, what follows belongs to the next cell
            value_words = ctx.measure_words(text, number.end, min(source_start, number.end + 60), skip.plus(row.place_spans))
        # = measure_key(row.content + value_words[:3], noun); the row's part is computed once
        key = row.content_key | ctx.measure_key(value_words[:3], noun) | _modifier_marks(modifiers, row.place_words)
        key |= row.marks
        if kind == "share":
            whole = ctx.whole_marks(text, number.end, source_start)
            key = (key - {w[1:] for w in whole}) | whole
        key |= _label_marks(label)
        if row.head and not label and not header_cell:
            key |= {"^" + ctx.stem(row.head)}
        row_dates = row.dates
        segment = _segment(text, number, start, source_start)
        in_segment = [d for d in row_dates if segment[0] <= d.start < segment[1]]
        period = self._period(text, number, in_segment or row_dates, attribution, segment)
        scale, currency = _table_scale(text, header, header_cell, number)
        if scale != 1.0 or currency:
            unit = unit if not currency or number.currency else currency
            family = "money" if currency else family
        if header_cell:
            header_date = _header_date(header_cell)
            if header_date is not None:
                period = period_text(header_date)
            else:
                key |= _label_marks(header_cell)
        return _new_context(unit, family, kind, row.measure, key, row.place_names, period, scale, currency)


@dataclass(frozen=True, slots=True)
class _RowInfo:
    category_end: int
    source_start: int
    places: list
    place_spans: list
    content: list
    measure: str | None
    marks: frozenset
    head: str | None
    place_names: tuple
    content_key: frozenset  # measure_key(content, None)
    place_words: frozenset  # _place_words(places)
    dates: list  # dates of the row before its source


_new_row_info = maker(_RowInfo)


_FIRST_FIGURE = re.compile(r"[\d$€£¥~]")


@lru_cache(maxsize=4096)
def _header_date(cell: str):
    dates = [d for d in find_dates(cell) if d.year]
    return dates[0] if dates else None


REACH = 300  # characters of sentence context around a figure
# A count followed straight by a verb has no noun of its own ("and 9 were enrolled").
_OF_MONEY = re.compile(r"\s+of\s+(?:U\.S\.\s+|US\s+)?(dollars|euros|pounds\s+sterling|yuan|rubles|roubles|yen)\b", re.I)
_MONEY_WORDS = {"dollars": "USD", "euros": "EUR", "pounds sterling": "GBP", "yuan": "CNY", "rubles": "RUB", "roubles": "RUB", "yen": "JPY"}
_ELLIPTICAL = re.compile(r"\s+(?:were|was|are|is|had|have|has|remained|remain|did|do)\b", re.I)
_CELL_SPLIT = re.compile(r"\s*\|\s*|\t+")
_LABEL_CHARS = re.compile(r"[A-Za-z ,()/'’-]*")
_LABEL_TAIL = re.compile(r":\s*(?:[$€£¥~]|US\$)?\s*$")
_LETTER = re.compile(r"[A-Za-z]")


def _category_head(category: str) -> str | None:
    """The head noun of a table row's label: "North Korean Workers in China (2024)" -> "Workers"."""
    category = category.strip(" :|–—-")
    match = re.search(r"^(.*?)(?:\s(?:in|of|from|to|for|on|by|with|via)\s|\s*\(|$)", category)
    words = re.findall(r"[A-Za-z][\w’'-]*", match.group(1) if match else category)
    words = [w for w in words if w.lower() not in ctx.STOPWORDS]
    return words[-1] if words else None


def _segment(text, number, start, end) -> tuple[int, int]:
    """The cell or "; "-separated item of a row that holds the number."""
    left = max(text.rfind(";", start, number.start), text.rfind("|", start, number.start))
    right_candidates = [i for i in (text.find(";", number.end, end), text.find("|", number.end, end)) if i >= 0]
    return (left + 1 if left >= 0 else start, min(right_candidates) if right_candidates else end)


@lru_cache(maxsize=4096)  # labels repeat from row to row ("total", "male", "female")
def _label_marks(label: str) -> frozenset[str]:
    """"@word" marks for the label a table figure sits under ("total", "urban", "(2)")."""
    words = re.findall(r"[A-Za-z]+|\d+", label)
    return frozenset("@" + ctx.stem(w) for w in words if w.lower() not in ctx.STOPWORDS) or (
        frozenset({"@" + label.strip()}) if label.strip() else frozenset()
    )


def _title_of(text: str, header) -> str:
    """The line just above a table's header row, when it is a short title."""
    before = text[max(0, header.start - 300) : header.start].rstrip("\r\n ")
    line = before[before.rfind("\n") + 1 :] if before else ""
    return line if 0 < len(line.split()) <= 30 else ""


def _table_headers(blocks, text: str) -> dict[int, int]:
    """Block index of each delimited table row -> index of its table's first row (the header).

    Only rows with cell delimiters (| or tabs) on consecutive lines form a table with a header;
    "Field: value" lines stand alone.
    """
    headers: dict[int, int] = {}
    first = None
    for i, block in enumerate(blocks):
        row = text[block.start : block.end]
        delimited = block.kind == "table" and ("|" in row or "\t" in row)
        if delimited and first is not None and blocks[first].paragraph == block.paragraph:
            headers[i] = first
        elif delimited:
            first = i
        else:
            first = None
    return headers


def _cells(row: str) -> list[tuple[int, int]]:
    spans, cursor = [], 0
    for match in _CELL_SPLIT.finditer(row):
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, len(row)))
    return spans


def _local_label(text, number, start, end, header) -> tuple[str, str]:
    """The label a figure sits under: its column header in a delimited table, or the
    "label:" just before it in a "Field: a: 1%; b: 2%" line."""
    row = text[start:end]
    if header is not None and ("|" in row or "\t" in row):
        cells = _cells(row)
        index = next((i for i, (s, e) in enumerate(cells) if s <= number.start - start < e + 1), None)
        header_cells = _cells(text[header.start : header.end])
        if index is not None and index < len(header_cells) and len(header_cells) == len(cells):
            s, e = header_cells[index]
            return "", text[header.start + s : header.start + e]
        return "", ""
    before = text[max(start, number.start - 80) : number.start]
    cut = max(before.rfind(";"), before.rfind("|"))
    return _label_before(before[cut + 1 :]), ""


def _label_before(segment: str) -> str:
    r"""The "label:" a figure follows: the group of
    ``re.search(r"([A-Za-z][A-Za-z ,()/'’-]{0,60}):\s*(?:[$€£¥~]|US\$)?\s*$", segment)``, or "".

    Found without trying that pattern at every position: the label ends at the last colon (no
    label character is a colon), and starts at the first letter of the run of label characters
    before it, at most 61 back."""
    colon = segment.rfind(":")
    if colon <= 0 or not _LABEL_TAIL.match(segment, colon):
        return ""
    run = _LABEL_CHARS.match(segment[:colon][::-1]).end()
    letter = _LETTER.search(segment, colon - min(run, 61), colon)
    return segment[letter.start() : colon] if letter else ""


def _place_words(place_mentions) -> frozenset[str]:
    return frozenset(w.lower() for p in place_mentions for w in p.text.split())


def _modifier_marks(modifiers, place_words: frozenset[str]) -> frozenset[str]:
    """Words between a count and its noun ("female" in "2,500 female workers") narrow the measure;
    they are kept as "+word" marks, places and demonyms (``place_words``) excepted."""
    if not modifiers:
        return frozenset()
    return frozenset("+" + m for m in modifiers if m not in place_words and m not in ctx.STOPWORDS)


_TABLE_SCALE = re.compile(
    r"(?:\(|\bin\s+|\b)(?:(?P<cur1>\$|US\$|USD)\s*)?(?P<scale>thousands|millions|billions|trillions)\b"
    r"(?:\s+of\s+(?:constant\s+|current\s+|nominal\s+|real\s+)?(?:\d{4}\s+)?(?:U\.S\.\s+)?(?P<cur2>dollars))?",
    re.IGNORECASE,
)
_SCALES = {"thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12}
_WRITTEN_SCALE = re.compile(r"(?i:thousand|million|billion|trillion|\bbn\b|\bmn\b|\d[kmb]\b)")


def _table_scale(text, header, header_cell, number) -> tuple[float, str | None]:
    """A table's stated scale ("In Trillions of Dollars", "Amount Held ($ billions)") for a cell
    whose figure carries no scale of its own."""
    if header is None or _WRITTEN_SCALE.search(number.text) or number.unit == "percent":
        return 1.0, None
    for where in (header_cell or "", _title_of(text, header)):
        match = _TABLE_SCALE.search(where)
        if match:
            currency = "USD" if (match.group("cur1") or match.group("cur2")) else None
            return _SCALES[match.group("scale").lower()], currency
    return 1.0, None


def _inside(item, attribution) -> bool:
    return attribution is not None and attribution.start <= item.start < attribution.end
