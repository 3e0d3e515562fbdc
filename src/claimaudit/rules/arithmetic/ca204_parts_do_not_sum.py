from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterator, Sequence

from pydantic import BaseModel, ConfigDict

from claimaudit.models import Claim, Severity
from claimaudit.rules.arithmetic._common import (
    base_unit, by_line, by_sentence, fmt_interval, gap_ratio, is_percent, iv, total,
)
from claimaudit.rules.base import RawFinding, Rule, RuleContext
from claimaudit.rules.values import format_value, written
from claimaudit.rules.windows import after, before, between, offset

# Cues after a total that introduce its parts. Exhaustive cues promise the parts make up the
# whole; partial cues only that they are inside it.
EXHAUSTIVE = re.compile(r"\b(?:numbering|compris(?:ing|ed|es)(?: of)?|consist(?:ing|ed|s) of|composed of|made up of|"
                        r"split (?:between|among|into|as)|divided (?:between|among|into)|broken down (?:into|as)|"
                        r"distributed (?:between|among|as)|namely)\b|:\s*$", re.I)
PARTIAL = re.compile(r"\b(?:including|includes|included|of (?:which|whom)|among (?:them|which|whom)|such as|"
                     r"notably|mainly|mostly|primarily|chiefly|led by)\b", re.I)
# Cues before a total that follows its parts: "A in X and B in Y, a total of N".
TOTAL_AFTER = re.compile(r"(?:\bfor a total of|,\s*a total of|\btotal(?:l)?ing|\bin total|\bfor a combined|"
                         r"\ba combined total of)\s*(?:of\s*)?(?:about|around|roughly|some|nearly)?\s*$", re.I)
OF_THE_BEFORE = re.compile(r"\b[Oo]f\s+(?:the|these|those|its|their)\s+(?:\w+\s+)?\Z")
TOTAL_LABEL = re.compile(r"(?:^|[;:,]\s*|\|\s*)total\s*:\s*$", re.I)
PART_LABEL = re.compile(r"[;,]\s*[A-Za-z][\w ()'/-]{0,30}:\s*$")
# A sentence that opens by breaking down what the sentence before it totalled: "The contract
# comprised ...", "This sum was split between ..." (the noun is looked for in that sentence).
BREAKDOWN_OPENING = re.compile(
    r"^(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z][\w-]+)\s+(?:"
    r"compris(?:ed|es)|consist(?:ed|s)\s+of|(?:was|were|is|are)\s+(?:made\s+up\s+of|composed\s+of|"
    r"split\s+(?:between|among|into)|divided\s+(?:between|among|into)|broken\s+down\s+(?:into|as)))\s*$"
)
MAX_GAP_TEXT = 60
MAX_PARTIAL_GAP_TEXT = 160


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    error_gap: float = 0.05  # parts and total this far apart (relative): error
    min_gap: float = 0.01  # closer than this is left to rounding in the sources ...
    # ... unless the miss is more than this many times all the printed rounding together: a
    # total of 5,470,000 for parts exact to the thousand that add to 5,512,000 is no rounding
    rounding_multiple: float = 2.0


class PartsDoNotSum(Rule):
    """Listed parts do not add up to the total stated with them.

    **Why it matters**: "22,000 workers: 8,000 in textiles and 10,000 in construction" leaves
    4,000 workers unaccounted for; a reader who adds the parts finds the report does not.

    **Flagged**: in one sentence, a total followed by its parts ("a total of N: A in X and B in
    Y"; "N workers, numbering / comprising / split between A ... and B ..."; "total: N; land: A;
    water: B"; "Of the N people in need, A are children and B adults"), or parts followed by
    their total ("A and B, for a total of N"), or a sentence that breaks down the one figure of
    the sentence before it ("... a contract worth N. The contract comprised A for ..., B for ...");
    and in a table
    (delimited or aligned with spaces), a row labelled as a total ("Total", "GCC total"; "Total
    income" and "All regions" only as the table's last row, under at least three parts: elsewhere "Total exports"
    may be one indicator among others) against the rows above (or below) it, column by column (a "Sub-total" row
    above it standing for the rows above the sub-total), and a row's cell for
    a span of years ("2026-2030") against its cells for each year of the span. The sum of the
    parts' intervals (each part's rounding counted) must overlap the total's interval. When the
    parts are introduced as partial ("including", "of whom", "such as", "mainly"), only parts
    that exceed the total are flagged. Error when sum and total are 5% or more apart, warning
    below; under 1% apart only when the miss is more than twice the printed rounding of parts
    and total together (else the sources' own rounding may explain it). In a table, a cell in
    parentheses ("($38)") is an accountant's negative, and a row labelled "Less: ..." is taken away.

    **Fine**: parts that add up within rounding; partial lists that stay below the total; tables
    with nested sub-total rows; a column whose total row lies between its positive rows (a column
    of averages: "Average stay (days)" with 1.9 to 3.6 above an overall 2.9); parts in other units
    than the total; a total row with a category in its second cell ("| Total | Mature |") against
    the rows of that category only.
    """

    code = "CA204"
    name = "parts-do-not-sum"
    severity = Severity.ERROR
    Options = Options

    def check(self, ctx: RuleContext, options: Options) -> Iterator[RawFinding]:
        usable = [c for c in ctx.claims if c.value is not None and c.kind == "level"]
        sentences = by_sentence(c for c in usable if c.origin != "table")
        for members in sentences.values():
            for tot, parts, exhaustive in _prose_lists(members):
                yield from self._judge(tot, parts, exhaustive, options, "listed parts")
        for tot, parts in _broken_down_next(sentences):
            yield from self._judge(tot, parts, True, options, "listed parts")
        for tot, parts in _table_totals([c for c in usable if c.origin == "table"]):
            yield from self._judge(*_column_precision(tot, parts), True, options, "table rows")
        for tot, parts in _span_totals([c for c in usable if c.origin == "table"]):
            yield from self._judge(*_column_precision(tot, parts), True, options, "a row's years")

    def _judge(self, tot: Claim, parts: Sequence[Claim], exhaustive: bool, options: Options, what: str):
        it = iv(tot)
        ips = [iv(p) for p in parts]
        if it is None or any(i is None for i in ips) or tot.bound or any(p.bound for p in parts):
            return
        if tot.origin == "table":
            # "($38)" in a column of amounts is an accountant's minus: the row takes away
            # and so does a row labelled "Less: central costs"
            ips = [(-i[1], -i[0]) if _bracketed(p) or _deducted(p) else i for p, i in zip(parts, ips)]
        s = total(ips)
        over = s[0] > it[1]
        under = s[1] < it[0]
        if not over and not (exhaustive and under):
            return
        gap = gap_ratio(s, it)
        if gap < options.min_gap and not _far_beyond_rounding(s, it, options.rounding_multiple):
            return
        severity = Severity.ERROR if gap >= options.error_gap else Severity.WARNING
        listed = " + ".join(written(p) for p in sorted(parts, key=lambda p: p.start))
        lines = sorted({p.line for p in parts} | {tot.line})
        where = f"line {lines[0]}" if len(lines) == 1 else f"lines {lines[0]}–{lines[-1]}"
        yield self.finding(
            [tot, *parts],
            f"{what} ({where}): {listed} = {fmt_interval(s)}, but the total is {format_value(tot)} "
            f"({'more' if over else 'less'} than the total, {gap:.0%} apart)",
            severity=severity,
        )


def _bracketed(c: Claim) -> bool:
    """A table cell written in parentheses: "| ($38) |"."""
    start, end = offset(c)
    return c.sentence[start - 1 : start] == "(" and c.sentence[end : end + 1] == ")" and (c.value or 0) >= 0


def _far_beyond_rounding(parts_sum, tot, multiple: float) -> bool:
    """The distance between the parts' sum and the total is more than ``multiple`` times the
    width of both intervals together (their printed rounding)."""
    miss = max(parts_sum[0] - tot[1], tot[0] - parts_sum[1])
    slack = (parts_sum[1] - parts_sum[0]) + (tot[1] - tot[0])
    return slack > 0 and miss > multiple * slack


def _column_precision(tot: Claim, parts: list[Claim]) -> tuple[Claim, list[Claim]]:
    """A column is printed to one precision: "5,200" among "4,940" and "1,460" is exact to the
    10, not rounded to the 100 its trailing zeros alone would suggest."""
    steps = [c.step for c in (tot, *parts) if c.step]
    if not steps:
        return tot, parts
    finest = min(steps)

    def exact(c: Claim) -> Claim:
        return c.model_copy(update={"step": finest}) if c.step and c.step > finest and c.qualifier is None else c

    return exact(tot), [exact(p) for p in parts]


def _compatible(part: Claim, tot: Claim) -> bool:
    if part.per or tot.per or _compound(part) or _compound(tot):
        return False
    if is_percent(part) != is_percent(tot):
        return False
    if base_unit(part) == base_unit(tot):
        return True
    return tot.unit_family == "count" and part.unit_family in (None, "count") and not part.currency


def _compound(c: Claim) -> bool:
    """"seven-pointed", "12 per 100,000": a number that is part of a word or a rate."""
    return bool(re.match(r"^(?:-[A-Za-z]|\s*(?:per|a|an|for every)\s+\d|\s*per\b)", after(c, 20)))


def _prose_lists(members: list[Claim]) -> Iterator[tuple[Claim, list[Claim], bool]]:
    used: set[int] = set()
    for i, tot in enumerate(members):
        if i in used or is_percent(tot):
            continue
        # total first (not a bound the figure before is set against: "640 staff, against an
        # authorised ceiling of 800: ...")
        if i + 2 < len(members) and not _SET_AGAINST_BEFORE.search(before(tot, 50)):
            gap = between(tot, members[i + 1])
            labelled = bool(TOTAL_LABEL.search(before(tot, 20)))
            cue = None
            clean = "." not in gap.strip(". ") and not re.search(r"[();]", gap)
            if clean and not labelled and len(gap) <= MAX_GAP_TEXT and OF_THE_BEFORE.search(before(tot, 12)) and (
                gap.rstrip().endswith(",")
            ):
                # "Of the 2.35 million people in need, 1.31 million are children, ...": parts of it,
                # not necessarily all of them (only excess is flagged)
                cue = "partial"
            elif clean and not labelled and len(gap) <= MAX_PARTIAL_GAP_TEXT and PARTIAL.search(gap[-30:]):
                # "about $2.5 billion worth of gold ... since the 2022 invasion, including ...": a
                # partial list may follow a long description of its total (only excess is flagged)
                cue = "partial"
            elif len(gap) <= MAX_GAP_TEXT and clean:
                if labelled and PART_LABEL.search(gap):
                    cue = "exhaustive"
                elif not labelled and PARTIAL.search(gap):
                    cue = "partial"
                elif not labelled and EXHAUSTIVE.search(gap):
                    cue = "exhaustive"
            if cue:
                parts = _run(members, i + 1, tot, labelled)
                whole = tot
                if i >= 1 and members[i - 1].kind == "level" and _compatible(members[i - 1], tot) and (
                    _FROM_BETWEEN.fullmatch(between(members[i - 1], tot))
                ):
                    # "rose 6% to £84.0 million, from £79.3 million, comprising A and B": the
                    # parts are of the level reached, not of the one it is compared with
                    whole = members[i - 1]
                if len(parts) >= 2:
                    used.update(range(i, i + 1 + len(parts)))
                    yield whole, parts, cue == "exhaustive"
                    continue
        # total last
        if i >= 2 and TOTAL_AFTER.search(between(members[i - 1], tot)):
            parts = []
            j = i - 1
            while j >= 0 and _compatible(members[j], tot) and j not in used:
                if parts and not _list_gap(between(members[j], parts[0])):
                    break
                parts.insert(0, members[j])
                j -= 1
            if parts and j >= 0 and _listed_but_unlike(members[j], parts[0], tot):
                continue  # "QAR 1,000 a month, plus QAR 300 for food and QAR 500 ..., a total of QAR
                # 1,800": a part written as a rate is still a part; without it the sum says nothing
            if len(parts) >= 2:
                yield tot, parts, True


_FROM_BETWEEN = re.compile(r"\s*,?\s*(?:up|down)?\s*from\s+(?:about\s+|around\s+)?", re.I)


def _broken_down_next(sentences: dict[tuple[str, int], list[Claim]]) -> Iterator[tuple[Claim, list[Claim]]]:
    """"... signed a contract worth $4.2 billion. The contract comprised $2.9 billion for ...,
    $0.8 billion for ... and $0.4 billion for ...": the one figure of the sentence before that
    its parts could add up to, when that sentence names what the breakdown opens with."""
    keys = sorted(sentences)
    for prev_key, key in zip(keys, keys[1:]):
        members, previous = sentences[key], sentences[prev_key]
        first = members[0]
        if prev_key[0] != key[0] or first.sentence_offset is None:
            continue
        last = previous[-1]
        if key[1] - (last.sentence_start + len(last.sentence)) > 2:
            continue  # not the sentence right before (a heading or a paragraph between)
        opening = BREAKDOWN_OPENING.match(first.sentence[:first.sentence_offset])
        if opening is None or not re.search(rf"\b{re.escape(opening['noun'])}\b", last.sentence, re.I):
            continue
        totals = [c for c in previous if _compatible(first, c) and not is_percent(c)]
        if len(totals) != 1:
            continue
        parts = _run(members, 0, totals[0], False)
        if len(parts) >= 2:
            yield totals[0], parts


def _listed_but_unlike(other: Claim, first: Claim, tot: Claim) -> bool:
    """``other`` opens the same list as the parts (same currency or unit family) but cannot be added
    to them as written."""
    alike = (other.currency and other.currency == tot.currency) or (other.unit_family and other.unit_family == tot.unit_family)
    return bool(alike) and _list_gap(between(other, first))


def _list_gap(text: str) -> bool:
    return len(text) <= MAX_GAP_TEXT and not re.search(r"[.;]\s|\b(?:while|whereas|but|compared|versus|vs)\b", text)


_DEDUCTED_ROW = re.compile(r"\s*(?:less|minus|deduct(?:ion)?s?)\b", re.I)


def _deducted(part: Claim) -> bool:
    """A table row whose label takes it away from the rows above: "Less: central costs"."""
    return part.row is not None and _DEDUCTED_ROW.match(part.row) is not None and (part.value or 0) > 0


_NETTED = re.compile(r"\b(?:less|minus|net\s+of|offset\s+by|after\s+deducting|deducting)\b", re.I)


def _run(members: list[Claim], start: int, tot: Claim, labelled: bool) -> list[Claim]:
    parts: list[Claim] = []
    last = start
    for j in range(start, len(members)):
        c = members[j]
        if not _compatible(c, tot):
            break
        if parts:
            gap = between(parts[-1], c)
            if _WHERE_THE_PART_IS.fullmatch(gap):
                continue  # "410 monitors in six field offices": where a part is, no part
            if _NETTED.search(gap):
                return []  # "EUR 390 million of cash less borrowings of EUR 250 million": a netting, not a sum
            if labelled:
                if not PART_LABEL.search(gap):
                    break
            elif not _list_gap(gap) or re.search(r"\btotal\b", gap, re.I):
                break
        parts.append(c)
        last = j
    if parts and (following := next((c for c in members[last + 1 :] if _compatible(c, tot)), None)) is not None:
        gap = between(parts[-1], following)
        if not _list_gap(gap) and _list_gap(gap[-MAX_GAP_TEXT:]) and _ITEM_FOLLOWS.search(gap):
            return []  # "£3.1 million set aside for rebuilding the two warehouses, and £10.1 million": a long
            # item goes on to the next; where the list ends is unknown
    return parts


_WHERE_THE_PART_IS = re.compile(r"\s+(?:[a-z]+\s+){0,2}(?:in|across|at|from|within|among)\s+(?:(?:the|its|their|some|about)\s+)?")
_SET_AGAINST_BEFORE = re.compile(
    r"\b(?:against|compared\s+(?:with|to)|versus|vs\.?|than|(?:ceiling|target|cap|limit|maximum|quota)\s+of)\s+"
    r"(?:(?:an?|the|its|their)\s+)?(?:[a-z]+\s+){0,3}?(?:(?:ceiling|target|cap|limit|maximum|quota)\s+of\s+)?\Z"
)
_ITEM_FOLLOWS = re.compile(r"(?:,|\band)\s*\Z")


def _table_totals(claims: list[Claim]) -> Iterator[tuple[Claim, list[Claim]]]:
    rows = by_line(claims)
    for line in sorted(rows):
        row = rows[line]
        closing = False
        if not TOTAL_ROW.match(_label(row[0])):
            # "Total income" as a table's last row, under its parts: the sum of the rows above
            # (elsewhere "Total exports" may be one indicator among others)
            if not ((TOTAL_OF_ROW.match(_label(row[0])) or ALL_ROW.match(_label(row[0])))
                    and line + 1 not in rows and line + 2 not in rows):
                continue
            closing = True
        for direction in ((-1,) if closing else (-1, 1)):
            block = []
            n = line + direction
            while n in rows and not re.search(r"total|of which|subtotal", _label(rows[n][0]), re.I):
                block.append(rows[n])
                n += direction
            if (category := _category(row[0])) is not None:
                # "| Total | Mature | 7,400 |": the total of the rows of that category only
                block = [r for r in block if _category(r[0]) == category]
            if direction < 0 and block and n in rows and SUBTOTAL_ROW.match(_label(rows[n][0])):
                # "Sub-total" then what is added to it, then "Total": the sub-total stands for the rows above it
                yield from _columns(row, [*block, rows[n]])
                break
            # stopped at a nested total, at a gap inside the table, or too few rows
            if any(n + k * direction in rows for k in range(3)) or len(block) < (3 if closing else 2):
                continue
            yield from _columns(row, block)
            break


_YEAR = re.compile(r"\d{4}")
_YEAR_SPAN = re.compile(r"(\d{4})/(\d{4})")


def _span_totals(claims: list[Claim]) -> Iterator[tuple[Claim, list[Claim]]]:
    """A row's cell for a span of years ("2026-2030" over the column) against the row's cells for
    each of those years, when the row has one for every year of the span (budget tables)."""
    for row in by_line(claims).values():
        by_year: dict[int, list[Claim]] = defaultdict(list)
        for c in row:
            if c.period and _YEAR.fullmatch(c.period):
                by_year[int(c.period)].append(c)
        for tot in row:
            span = _YEAR_SPAN.fullmatch(tot.period or "")
            if not span or int(span.group(1)) >= int(span.group(2)):
                continue
            years = range(int(span.group(1)), int(span.group(2)) + 1)
            if all(len(by_year.get(y, ())) == 1 for y in years):
                parts = [by_year[y][0] for y in years]
                if all(_compatible(p, tot) for p in parts):
                    yield tot, parts


SUBTOTAL_ROW = re.compile(r"\s*sub-?\s?total\b[\s:]*$", re.I)
TOTAL_OF_ROW = re.compile(r"\s*total\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*[:|]?\s*$", re.I)  # "Total income"
ALL_ROW = re.compile(r"\s*all\s+[a-z][\w-]*s\s*[:|]?\s*$", re.I)  # "All depots", as a table's last row
# A row that sums the rows around it: "Total", "Total:", "GCC total", "World total", "Grand total"
# ("Total exports" is an indicator, not a sum of the rows)
TOTAL_ROW = re.compile(
    r"\s*(?:total\b[\s:,(-]*(?:all\b.*)?|(?:[\w&.'-]+\s+){0,3}total"
    # a company's segments summed: "Group revenue", "Consolidated EBITDA", "Group"
    r"|(?:group|consolidated)(?:\s+[\w&'-]+){0,2})\s*[:|]?\s*$",
    re.I,
)


def _label(c: Claim) -> str:
    """The row's label: the extracted row name, else the text before the first figure."""
    if c.row:
        return c.row
    s, _ = offset(c)
    return c.sentence[:s].strip(" |").split("|")[0]


_BARE_FIGURE = re.compile(r"[\d.,%()+−–-]*")


def _category(c: Claim) -> str | None:
    """The second label cell of a delimited row ("| Total | Mature | 7,400 |" -> "mature"),
    when the row has two before its figures."""
    if "|" not in c.sentence:
        return None
    cells = [cell.strip() for cell in c.sentence[: offset(c)[0]].strip().strip("|").split("|")]
    labels = [cell for cell in cells if not _BARE_FIGURE.fullmatch(cell)]
    if len(cells) == 2 and (len(labels) == 2 or len(labels) == 1 and cells[0] == "") and "total" not in labels[-1].lower():
        return labels[-1].lower()  # (a blank first cell: the row goes on with the label above it)
    return None  # (not "| | | Total | 39,600 |": a total under the last of several label columns)


def _column(c: Claim, row: list[Claim]) -> int:
    """The cell's column: cell delimiters before it, or its place among the row's figures in a
    table aligned with spaces."""
    head = c.sentence[:offset(c)[0]]
    if "|" in c.sentence:
        return head.count("|")
    if "\t" in c.sentence:
        return head.count("\t")
    return row.index(c)


def _lined_up(c: Claim, tot: Claim) -> bool:
    """In a table aligned with spaces, a cell under another: right edges (or left edges) within
    two characters ("Total  23,200  -  7,150": the "-" holds a column, it is no figure)."""
    return abs((c.column + len(c.text)) - (tot.column + len(tot.text))) <= 2 or abs(c.column - tot.column) <= 1


def _spread(c: Claim) -> bool:
    """The cell's column header names a spread statistic ("SE", "SD", "95% CI", "Standard error")."""
    marks = set(c.measure_key)
    return bool(marks & _SPREAD_MARKS) or "@error" in marks and bool(marks & {"@standard", "@margin"}) or (
        "@deviation" in marks and "@standard" in marks
    )


_SPREAD_MARKS = frozenset({"@se", "@sd", "@ci", "@iqr", "@cv", "@moe"})


def _columns(tot_row: list[Claim], block: list[list[Claim]]) -> Iterator[tuple[Claim, list[Claim]]]:
    aligned = not any("|" in c.sentence or "\t" in c.sentence for c in tot_row)
    for tot in tot_row:
        col = _column(tot, tot_row)
        if (is_percent(tot) or tot.unit is None) and tot.value is not None and tot.value <= 100 \
                and not 99 <= tot.value <= 101:
            continue  # a rate or share column: its total row is an average, not a sum
        if _spread(tot):
            continue  # a column of standard errors or intervals: they do not add up (SEs add in quadrature)
        parts = []
        for row in block:
            cell = [c for c in row if _lined_up(c, tot)] if aligned else [c for c in row if _column(c, row) == col]
            if len(cell) != 1 or not _compatible(cell[0], tot):
                break
            parts.append(cell[0])
        else:
            values = [p.value for p in parts if p.value is not None]
            if tot.value is not None and len(values) >= 2 and min(values) > 0 and min(values) <= tot.value < max(values):
                continue  # "ADR (days) ... 2.9" under 1.9 to 3.6: a column of averages, its total row theirs
            yield tot, parts
