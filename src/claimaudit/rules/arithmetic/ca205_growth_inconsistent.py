from __future__ import annotations

import re
from typing import Iterator

from pydantic import BaseModel, ConfigDict

from claimaudit.models import Claim, Severity
from claimaudit.rules.arithmetic._common import (
    base_unit, by_line, by_sentence, fmt_interval, gap_ratio, is_percent, iv, widen, words, year_of,
)
from claimaudit.rules.base import RawFinding, Rule, RuleContext
from claimaudit.rules.matching import Keys, containment, measure_words
from claimaudit.rules.values import format_value
from claimaudit.rules.windows import after, before, between, may_end_with

RISE = r"grew|grown|rose|risen|increased|climbed|jumped|expanded|gained|surged|soared|up|increase|rise|growth|gain|jump"
FALL = r"fell|fallen|declined|decreased|dropped|shrank|shrunk|contracted|slipped|plunged|down|decline|decrease|drop|fall|reduction|contraction"
VERB_BEFORE = re.compile(rf"\b(?P<verb>{RISE}|{FALL})\b(?:\s+by)?(?:\s+(?:about|around|roughly|nearly|almost|some|over|more than))?\s*$", re.I)
TO_BETWEEN = re.compile(r"^\s*(?:year[- ]on[- ]year|year[- ]over[- ]year|annually|a year)?\s*,?\s*to\s*$", re.I)
FROM_BEFORE = re.compile(r"\bfrom\s*(?:about|around|roughly|some|nearly)?\s*$", re.I)
# "from A to B", "from A in 2023 to B", "from A in 2022-23 to B" (a fiscal year between)
FROM_TO = re.compile(
    r"^(?:/[a-z]{1,3}\b)?"  # ("from 1,043 Ml/d in 2023-24 to": the rest of A's unit)
    r"\s*(?:of\s+(?:(?:the|its|their|total)\s+)?(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s+)?"  # ("from 47.8% of current health spending in 2019 to")
    r"(?:[a-z][a-z-]+\s+(?=in\b|during\b|at\b|by\b|as\s+of\b|\())?"  # ("from 1,640 sailings in 2022/23 to")
    r"(?:(?:in|during|at|by|as\s+of)\s+(?:the\s+(?:end|start|beginning)\s+of\s+|(?:end|mid)-)?(?:[A-Z][a-z]+\s+)?(?:FY\s?)?\d{4}(?:[-–/]\d{2,4})?"
    r"|\(\d{4}(?:[-–/]\d{2,4})?\))?\s*to\s*$",
    re.I,
)  # ("from A at the end of March 2024 to B")
# An amount of money a level moved by: "$4.10", "US$1.2 billion", "EUR 350m"
AMOUNT = r"(?:(?:US|A|C|NZ|HK)?\$|€|£|¥|(?-i:[A-Z]{3})\s?)[\d.,]*\d(?:\s*(?:million|billion|trillion|mn|bn|m|b)\b)?"
# "to B from A": "fell to 13,213 vessels in 2024 from 26,434", "dropped to US$3.99 billion from US$10.25 billion"
# (a verb with its object: "raised the farm-gate price to B from A", "cut its forecast to B from A")
SET = r"raised|lifted|hiked|boosted|cut|lowered|reduced|trimmed|slashed"
TO_BEFORE = re.compile(
    rf"\b(?:(?:{RISE}|{FALL})|(?:{SET})\s+(?:the|its|their|our)(?:\s+[\w-]+){{1,4}}?)"
    rf"(?:\s+(?:by\s+)?(?:{AMOUNT}|[\d.,]+\s*(?:%|per\s*cent|percent))(?:\s+(?:over|on)\s+the\s+(?:year|quarter|month))?)?"
    r"\s+to\s*(?:(?:an\s+)?average(?:\s+of)?\s*)?(?:about|around|roughly|some|nearly|just)?\s*$",
    re.I,
)  # (and "jumped 23 per cent to $612mn from $533mn", "rose $0.62 over the quarter to average $3.48")
# The words FROM_BEFORE and TO_BEFORE end with (blanks aside): a window that ends otherwise is
# not searched (each search tries the pattern at every position of the window)
_FROM_LAST = ("from", "about", "around", "roughly", "some", "nearly")
_TO_LAST = ("to", "about", "around", "roughly", "some", "nearly", "just", "average", "of")
TO_FROM = re.compile(
    r"^(?:/[a-z]+|\s+(?:per|a|an)\s+[a-z]+)?"  # ("to $61.20/bbl in June, from"; "to €0.31 per kWh, from")
    r"\s*,?\s*(?:[a-z]+\s+){0,2}?(?:(?:in|during)\s+(?:(?:FY\s?)?\d{4}(?:[-–/]\d{2,4})?|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?)\s*,?\s*"
    r"|at\s+(?:the\s+)?end[- ](?:of\s+)?(?:[A-Z][a-z]+[ -]?)?\d{4}\s*,?\s*)?from\s*"  # ("to B at end-June 2025, from A")
    r"(?:a\s+record\s+|about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$",
    re.I,
)
# "B, down from A (in 2024), a fall of N": the earlier level right after the later, then the change
UP_DOWN_FROM = re.compile(  # (after the later level's date: "B in March 2025, up from A in March 2024")
    r"^(?:\s+(?:in|at|during|for)\s+[^,;()]{1,30})?\s*,\s*(?:up|down)\s+from\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$", re.I
)
# "B of members had voted, compared with A in 2023, a rise of N points": the earlier level
# the later is compared with (the change after them says which way it moved)
COMPARED_WITH = re.compile(
    r"^[^.;]{0,80}?,\s*(?:compared\s+with|as\s+against|against|versus|vs\.?)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$",
    re.I,
)
# "B in 2024, up N% from A": the change written after its later level, and the earlier level after it
UP_BEFORE_RATE = re.compile(r",\s*(?:(?:up|down|rising|falling|an?\s+(?:increase|rise|fall|drop|decline)\s+of)\s*(?:by\s+)?"
                            # (or the change in points first: ", down 2.0 percentage points, or 10%, from")
                            r"(?:[\d.,]+\s*(?:percentage\s+points?|points?|pp|pts?),?\s+or\s+)?"
                            r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?)\Z", re.I)
# a change written as prose inside a row's label: "Raise allotment rents by 15%"
PROSE_CHANGE_BEFORE = re.compile(r"\b(?:by|of|to|from|than)\s*\Z", re.I)
# "B (US$1.9 billion)", "€414 per sq m a year (€34.50 per sq m a month)": B restated in brackets
CONVERTED = re.compile(r"(?:\s*/\s*[a-z][a-z ]{0,12}|\s+(?:per|a|an)\s+[a-z][a-z ]{0,12}?)*"
                       r"\s*\(\s*(?:about\s+|around\s+|roughly\s+|approximately\s+|some\s+)?")
PARENTHESES = re.compile(r"\([^()]*\)")
ATTRIBUTED = re.compile(r",\s*according\s+to\s+[^,;]{2,80}?,")  # ", according to the Vintners' Federation,"
# ("..., an increase of 7.2% on the 14.1 million handled a year earlier": "on" names the base too)
FROM_BETWEEN = re.compile(r"\s*,?\s*(?:from|compared\s+with|on(?:\s+the)?)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?\Z", re.I)
# "up 9.6% to £1,284.5 million (2023: £1,187.2 million)": a results statement's prior period in parentheses
PRIOR_PERIOD = re.compile(r"^\s*\(\s*(?:FY\s?)?\d{4}(?:[-–/]\d{2,4})?\s*:\s*$")
CHANGE_NEAR = re.compile(rf"\b(?:{RISE}|{FALL})\b", re.I)
AFTER_CUE = re.compile(rf"^\s*(?:{RISE}|{FALL})\b", re.I)
FROM_YEAR = re.compile(r"^\s*(?:\w+\s+){0,3}?from\s+(?:FY\s?)?(\d{4})\b", re.I)


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    margin: float = 0.02  # slack around the implied figure (relative) for unrounded sources
    error_gap: float = 0.10  # relative distance from which the mismatch is an error


_OR_BETWEEN = re.compile(r",?\s+or\s+(?:about\s+|around\s+|roughly\s+)?")


class GrowthInconsistent(Rule):
    """A stated rate of change does not match the levels it connects.

    **Why it matters**: "rose from 19% to 22%, an increase of 30%" cannot be right (the rise is
    16%, or 3 points); "grew 23% to $2.3 billion" contradicts an earlier level of $1.5 billion
    stated elsewhere. Readers recompute such rates.

    **Flagged**: (1) in one sentence, "from A to B" ("from 61% of employment in 2015 to 58%"; or "fell to B from A", "up N% to B
    (2023: A)", "B, up N% from A", or "B ..., compared with A ..., a rise of N") with a change of N%
    (or N percentage points, or N basis points: "up 5bp" is 0.05 points) next to it: the actual change (B-A)/A, or B-A for percentage points, carried through the
    rounding of A and B, must include N (for two percentages a stated N% may be either relative
    or in points). A rise stated for a fall is flagged too. (2) "grew / rose / fell N% to X"
    against the previous period's level stated elsewhere for the same measure and places
    (measure words mostly shared, the period one year earlier, or the year named in "from
    2023"): the implied earlier level X/(1±N/100) must match it within rounding and 2%. (3) In
    a table row with two levels of two periods and one change cell ("| 49.8 | 51.6 | -2.8 |"
    under "Jan-Mar 2025 | Jan-Mar 2024 | Change (pp)"), the change must fit the levels as in (1);
    a "+" or "-" written on it gives its direction. Error when 10% or more apart, warning below.

    **Fine**: changes that match within rounding; a "from A to B" with no stated rate; a rate
    whose base is never stated; levels of other places or measures; a bare change cell with no
    unit ("+6.0" under "Change" between two counts of staff) that is either the percentage or the
    difference of its row's levels; a change cell that is, as written, the difference of two other
    cells of its row ("+0.85" under "Q2 vs plan": the quarter against its plan, not the quarter
    before).
    """

    code = "CA205"
    name = "growth-inconsistent"
    severity = Severity.ERROR
    Options = Options

    def check(self, ctx: RuleContext, options: Options) -> Iterator[RawFinding]:
        groups = by_sentence(c for c in ctx.claims if c.value is not None)
        for members in groups.values():
            yield from self._from_to(members, options)
        levels = [c for c in ctx.claims if c.value is not None and c.kind == "level"]
        for members in groups.values():
            yield from self._grew_to(members, levels, options)
        yield from self._table_rows(ctx.claims, options)

    # (1) "from A to B, an increase of N%"
    def _from_to(self, members: list[Claim], options: Options) -> Iterator[RawFinding]:
        for k, (first, second) in enumerate(zip(members, members[1:])):
            lead, wide = before(first, 20), before(first, 40)  # (a "to" cue may hold a rate: "jumped 23% to")
            if may_end_with(lead, _FROM_LAST) and FROM_BEFORE.search(lead) and FROM_TO.match(between(first, second)):
                a, b = first, second
            elif may_end_with(wide, _TO_LAST) and TO_BEFORE.search(wide) and (
                TO_FROM.match(between(first, second)) or PRIOR_PERIOD.match(between(first, second))
            ):
                a, b = second, first  # "fell to 13,213 vessels in 2024 from 26,434 in 2023", "up 9.6% to £1,284.5
                # million (2023: £1,187.2 million)"
            elif UP_DOWN_FROM.match(gap := between(first, second)) or COMPARED_WITH.match(gap):
                a, b = second, first  # "an approval rate of 52.4%, down from 60.1% ..., a fall of 5.7 points"
            else:
                continue
            if base_unit(a) != base_unit(b) or (a.value or 0) <= 0:
                continue
            rate = _rate_near(members, k, first, second) or _amount_before(members, k, first)
            if rate is not None:
                yield from self._judge(a, b, rate, options, "from-to")
        # "hours worked were 178.0 million, up 2.1% from 176.3 million a year earlier": the later
        # level, its change, then the earlier level
        for i in range(1, len(members) - 1):
            b, rate, a = members[i - 1], members[i], members[i + 1]
            if i >= 2 and CONVERTED.fullmatch(between(members[i - 2], b)):
                b = members[i - 2]  # "EUR 4.2 billion (US$4.6 billion) in 2024, ..., up 4% from EUR 3.5 billion"
            j = i - 1
            while j >= 1 and (
                members[j].kind == "change" and _OR_BETWEEN.fullmatch(between(members[j], rate))
                or "(" in between(members[j - 1], members[j]) and ")" in between(members[j], members[j + 1])
            ):
                j -= 1  # "fell to 18.0% (95% CI 17.1–18.9), down 2.0 points, or 10%, from 20.0%": past the
                # interval in brackets and the change in points the rate restates
            if j < i - 1 and is_percent(rate) and is_percent(members[j]) and is_percent(a):
                b = members[j]
            levels = ("level", "share") if is_percent(b) and is_percent(a) else ("level",)
            if not (is_percent(rate) or _amount_of(rate, b)) or b.kind not in levels or a.kind not in levels or is_percent(b) != is_percent(a):
                continue
            gap = ATTRIBUTED.sub(",", PARENTHESES.sub("", between(b, rate)))  # (a conversion, a credit aside)
            if len(gap) > 60 or not (UP_BEFORE_RATE.search(gap) and FROM_BETWEEN.match(between(rate, a))):
                continue
            if base_unit(a) == base_unit(b) and (a.value or 0) > 0:
                yield from self._judge(a, b, rate, options, "from-to")

    def _judge(self, a: Claim, b: Claim, rate: Claim, options: Options, key: str) -> Iterator[RawFinding]:
        """A change ``rate`` stated for the levels ``a`` (earlier) and ``b`` (later)."""
        ia, ib, ir = iv(a), iv(b), iv(rate)
        if ia is None or ib is None or ir is None or ia[0] <= 0:
            return
        ir = (abs(ir[0]), abs(ir[1])) if ir[1] <= 0 else ir
        ir = (min(ir), max(ir))
        basis = "basis" in (rate.unit or "")
        if basis:
            ir = (ir[0] / 100, ir[1] / 100)  # "up 5bp to 3.17%": 0.05 points
        rel = ((ib[0] / ia[1] - 1) * 100, (ib[1] / ia[0] - 1) * 100)
        pts = (ib[0] - ia[1], ib[1] - ia[0])
        in_points = "point" in (rate.unit or "") or re.match(r"^\s*(?:percentage )?points?\b", after(rate, 20), re.I)
        amount = _amount_of(rate, a)
        # a bare change cell ("+6.0" under "Change", levels in FTEs): a percentage or a difference
        bare = not amount and not in_points and rate.unit is None and a.unit is None and b.unit is None
        if amount:
            in_points, candidates = True, [pts]  # ("rose $0.62 to $3.48 from $2.96"): the difference itself
        elif bare:
            candidates = [rel, pts]
        elif in_points:
            candidates = [pts] if is_percent(a) else []
        else:
            candidates = [rel, pts] if is_percent(a) else [rel]
        if not candidates:
            return
        actual = rel if not in_points else pts
        fits = [c for c in candidates if not (abs_iv(c)[1] < ir[0] or ir[1] < abs_iv(c)[0])]
        direction = _direction(rate)
        if direction is None and rate.value:
            direction = 1 if rate.value > 0 and rate.text.lstrip().startswith("+") else -1 if rate.value < 0 else None
        wrong_way = direction is not None and ((direction > 0 and ib[1] < ia[0]) or (direction < 0 and ib[0] > ia[1]))
        if fits and not wrong_way:
            return
        gap = gap_ratio(abs_iv(actual), ir) if not fits else 1.0
        severity = Severity.ERROR if wrong_way or gap >= options.error_gap else Severity.WARNING
        unit = " points" if in_points else "%"
        if wrong_way:
            why = "states the opposite direction"
        elif amount:
            why = f"the levels are {fmt_interval(abs_iv(actual))} apart"
        elif bare:
            why = f"the change is {fmt_interval(rel, '%')} and the levels are {fmt_interval(abs_iv(pts))} apart"
        elif basis:
            why = f"the change is {_moved((actual[0] * 100, actual[1] * 100), ' basis points')}"
        else:
            why = f"the change is {_moved(actual, unit)}"
        yield self.finding(
            [a, b, rate],
            f"from {format_value(a)} to {format_value(b)} (line {a.line}) with a stated change of "
            f"{format_value(rate)}: {why}",
            severity=severity,
            key=key,
        )

    # (3) a table row: two levels of two periods and the row's change column
    def _table_rows(self, claims: list[Claim], options: Options) -> Iterator[RawFinding]:
        for row in by_line(c for c in claims if c.origin == "table").values():
            # (a change the row's label writes as prose is what the row proposes, no change between its
            # cells: "Raise allotment rents by 15% | 120 | 0")
            changes = [c for c in row if c.period is None and (c.kind == "change" or "@change" in c.measure_key)
                       and not (c.sentence_offset is not None and PROSE_CHANGE_BEFORE.search(c.sentence[: c.sentence_offset]))]
            levels = [c for c in row if c.kind == "level" and c.period]  # (no change cell has a period)
            if len(changes) != 1 or len(levels) != 2 or levels[0].period == levels[1].period:
                continue
            a, b = sorted(levels, key=lambda c: c.period)
            if base_unit(a) != base_unit(b) or (a.value or 0) <= 0:
                continue
            if _difference_of_other_cells(row, changes[0]):
                continue  # ("| Q2 | Q2 plan | Q2 vs plan |": the change compares other columns)
            yield from self._judge(a, b, changes[0], options, "table-change")

    # (2) "grew N% to X" against the earlier level stated elsewhere
    def _grew_to(self, members: list[Claim], levels: list[Claim], options: Options) -> Iterator[RawFinding]:
        for n, x in zip(members, members[1:]):
            if not is_percent(n) or is_percent(x) or x.kind != "level" or not TO_BETWEEN.match(between(n, x)):
                continue
            m = VERB_BEFORE.search(before(n, 40))
            if not m:
                continue
            sign = -1 if re.fullmatch(FALL, m.group("verb"), re.I) else 1
            year = year_of(x.period)
            fy = FROM_YEAR.match(after(x, 60))
            earlier_year = int(fy.group(1)) if fy else (year - 1 if year else None)
            if earlier_year is None:
                continue
            ix, ir = iv(x), iv(n)
            if ix is None or ir is None:
                continue
            ir = (abs(ir[0]), abs(ir[1])) if ir[1] <= 0 else ir
            factors = (1 + sign * min(ir) / 100, 1 + sign * max(ir) / 100)
            if min(factors) <= 0:
                continue
            implied = (ix[0] / max(factors), ix[1] / min(factors))
            loose = widen(implied, options.margin)
            for e in levels:
                if e.sentence_start == x.sentence_start or year_of(e.period) != earlier_year:
                    continue
                if base_unit(e) != base_unit(x) or set(e.places) != set(x.places) or _similarity(e, x) < 0.5:
                    continue
                if e.origin != x.origin and not Keys.of(e).same_row(Keys.of(x)):
                    continue  # (the "Diesel" row's May 2024 cell is not the market's level)
                ie = iv(e)
                if ie is None or not (ie[1] < loose[0] or loose[1] < ie[0]):
                    continue
                gap = gap_ratio(ie, implied)
                severity = Severity.ERROR if gap >= options.error_gap else Severity.WARNING
                verb = "rising" if sign > 0 else "falling"
                yield self.finding(
                    [n, x, e],
                    f"{verb} {format_value(n)} to {format_value(x)} (line {x.line}) implies {fmt_interval(implied)} "
                    f"in {earlier_year}, but line {e.line} states {format_value(e)} ({gap:.0%} apart)",
                    severity=severity,
                    key="grew-to",
                )


STOP = frozenset({"the", "a", "an", "of", "in", "on", "to", "with", "was", "were", "is", "are", "and",
                  "its", "their", "grew", "rose", "fell", "reached", "stood", "at", "by", "from"})


def _moved(interval, unit: str) -> str:
    """A change as words: "a fall of 0.8–1 points", not "-1–-0.8 points"."""
    low, high = interval
    if high < 0:
        return "a fall of " + fmt_interval((-high, -low), unit)
    if low > 0:
        return "a rise of " + fmt_interval(interval, unit)
    return fmt_interval(interval, unit)


_WRITTEN = re.compile(r"[-−+]?\d+(?:\.(\d+))?")


def _written(claim: Claim) -> tuple[float, int] | None:
    """The figure as written in its cell (no table scale) and its number of decimals."""
    match = _WRITTEN.fullmatch(claim.text.strip().replace(",", ""))
    if match is None:
        return None
    return float(match.group().replace("−", "-")), len(match.group(1) or "")


def _difference_of_other_cells(row: list[Claim], change: Claim) -> bool:
    """The row's change cell equals, as written, the difference of two of its other cells."""
    stated = _written(change)
    cells = [w for c in row if c is not change and (w := _written(c)) is not None]
    if stated is None or len(cells) < 2:
        return False
    for i, (x, dx) in enumerate(cells):
        for j, (y, dy) in enumerate(cells):
            # (each of the three written figures may be half a unit of its last decimal off)
            if i != j and abs((y - x) - stated[0]) <= 1.5 * 10 ** -max(stated[1], dx, dy) + 1e-9:
                return True
    return False


def _similarity(a: Claim, b: Claim) -> float:
    """Measure containment; when extraction named no measure, the words just before the figure."""
    if measure_words(a) and measure_words(b):
        return containment(a, b)
    ta, tb = _title_words(a), _title_words(b)
    if ta and tb and (a.origin == "table") != (b.origin == "table"):
        # a total row's cell, whose measure is its table's title: "Registrations of new vans ..."
        return len(ta & tb) / min(len(ta), len(tb))
    wa, wb = _window_words(a), _window_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def _title_words(c: Claim) -> frozenset[str]:
    """A table cell's title words (its measure key's "#" marks), or a prose figure's measure words."""
    if c.origin != "table":
        return measure_words(c)
    return frozenset(w[1:] for w in c.measure_key if w[:1] == "#") if not measure_words(c) else frozenset()


def _window_words(c: Claim) -> frozenset[str]:
    return frozenset(w for w in words(before(c, 60)) if w not in STOP and len(w) > 2)


def abs_iv(a: tuple[float, float]) -> tuple[float, float]:
    if a[0] >= 0:
        return a
    if a[1] <= 0:
        return -a[1], -a[0]
    return 0.0, max(-a[0], a[1])


# a clause of its own between the levels and a change: "..., while the average size rose 7.6%"
_OTHER_CLAUSE = re.compile(r";|\b(?:while|whereas|but|although|though|meanwhile)\b", re.I)


def _rate_near(members: list[Claim], k: int, a: Claim, b: Claim) -> Claim | None:
    """The percent change stated for "from A to B": right after B ("..., an increase of N%",
    "..., a N% rise") or right before "from A" ("rose N% from A to B"); first the one right
    before "to B from A" ("climbed 9% to $4.12bn from $3.78bn, while profit jumped 23% ...")."""
    if k >= 1 and is_percent(members[k - 1]) and re.fullmatch(r"\s*to\s*", between(members[k - 1], a)):
        return members[k - 1]
    for c in members[k + 2:k + 3]:
        gap = between(b, c)
        if is_percent(c) and c.kind != "share" and len(gap) <= 60 and (
            CHANGE_NEAR.search(gap[-30:]) or AFTER_CUE.match(after(c, 20))
        ) and not _OTHER_CLAUSE.search(gap):
            # (not "fell to 1,840 from 1,910, while the average sailing rose 6.2%": another subject's
            # change; nor "..., and they made up 21% of all deaths": a share)
            return c
    if k >= 1:
        c = members[k - 1]
        gap = between(c, a)
        if is_percent(c) and len(gap) <= 40 and (CHANGE_NEAR.search(before(c, 25)) or AFTER_CUE.match(gap)):
            return c
    return None


def _amount_of(change: Claim, level: Claim) -> bool:
    """``change`` is an amount ``level`` moved by: a change in the level's currency (or unit),
    with or without the level's rate ("$0.62" against "$3.48/lb")."""
    return (
        change.kind == "change" and not is_percent(change) and not is_percent(level)
        and change.unit is not None and base_unit(change) == base_unit(level)
    )


AMOUNT_TO = re.compile(r"^\s*(?:(?:over|on)\s+the\s+(?:year|quarter|month)\s+)?to\s*(?:(?:an\s+)?average(?:\s+of)?\s*)?$", re.I)


def _amount_before(members: list[Claim], k: int, later: Claim) -> Claim | None:
    """The amount written right before "to B": "rose $0.62 over the quarter to average $3.48"."""
    if k < 1:
        return None
    c = members[k - 1]
    return c if _amount_of(c, later) and AMOUNT_TO.match(between(c, later)) else None


def _direction(rate: Claim) -> int | None:
    text = before(rate, 30) + " " + after(rate, 12)
    rise = re.search(rf"\b(?:{RISE})\b", text, re.I)
    fall = re.search(rf"\b(?:{FALL})\b", text, re.I)
    if rise and not fall:
        return 1
    if fall and not rise:
        return -1
    return None
