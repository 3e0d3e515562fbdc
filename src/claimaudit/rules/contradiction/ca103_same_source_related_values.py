from __future__ import annotations

import re
from typing import Iterator

from pydantic import BaseModel, ConfigDict

from claimaudit.models import Severity
from claimaudit.rules.base import RawFinding, Rule, RuleContext
from claimaudit.rules.matching import PRICE_BASES, candidate_pairs, keyring
from claimaudit.rules.values import disjoint, relative_gap, written


# a count the text gives as part of another ("Of these, 455 ...") or as the whole of one ("52 of the 80")
_PART_AND_WHOLE = frozenset({"+part", "+whole"})


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    min_similarity: float = 0.34
    max_gap: float = 0.5  # figures further apart than this are different measures
    # Figures this close, from one source and date, for similar measures of different places may
    # be one figure credited to the wrong place ("2.1 million" vs "2.3 million" worker shortage).
    close_gap: float = 0.15


def _block(claim):
    return (claim.source, claim.unit_family or claim.unit, claim.kind)


def _group(claim):
    """Units must be equal (the test in ``check``) unless the block is one of counts ("workers"
    and "people")."""
    return (claim.unit,) if (claim.unit_family or claim.unit) != "count" else ("count",)


def _whole_of_shares(claim) -> bool:
    """A table of shares' total row, 100%: the whole, no measure a source can be misquoted on."""
    return claim.origin == "table" and claim.value is not None and abs(claim.value - 100) < 0.05 and (
        claim.unit == "percent" and bool(_TOTAL_ROW.match(claim.row or ""))
    )


_TOTAL_ROW = re.compile(r"\W*(?:total|all)\b", re.I)


class SameSourceRelatedValues(Rule):
    """One source is cited for closely related measures with different values.

    **Why it matters**: when the same source is credited with a 2.1 million and a 2.3 million
    labour shortage, or with 1.9 and 2.3 million tons of CO2 for one year, either the measures
    differ in a way the text does not say, or one figure is misquoted. An editor should look.

    **Flagged** (warning): two claims credited to the same source (and, when both give one, the
    same source date, however precisely written), with the same unit (or both counts) and kind,
    related measures (sharing at least a third of their words), values that do not overlap but are within 50% of each other,
    about overlapping places (or different places when the values are within 15%: one figure may
    have been credited to the wrong place, unless one is a table cell), not one about a named place
    and one about none (with values more than 15% apart, or the named place a table row's), not
    a prose figure that equals another cell of the same table row (the row's other cells are
    other columns) or any cell of the same source and unit (it restates that cell), and not
    already a conflict of the same quantity (CA101).

    **Fine**: a source's figures for different periods or places (a figure written without its
    period counts as the period the same source's equal figure states); one in real and one in
    nominal terms; figures narrowed to two different kinds (a "primary" and a "secondary"
    class size, "male" and "female" rates); a part and the count it is part of ("640 samples. Of these, 455 ..."); a table of
    shares' total row (100%); very different magnitudes
    (a total and a part); one source's figures for unrelated measures; two cells of tables; a
    table row the prose figure does not name (a rate for one qualification against the rate for
    all); figures under two numbered subsections of one section ("2.1 Cod", "2.2 Haddock"),
    each about its own part.
    """

    code = "CA103"
    name = "same-source-related-values"
    severity = Severity.WARNING
    Options = Options

    def check(self, ctx: RuleContext, options: Options) -> Iterator[RawFinding]:
        # (a source inferred from the sentences around a figure, from a results story's headline or
        # from the sentence that opens a list is too weak a link for a warning)
        claims = [c for c in ctx.claims if c.source and not c.source_vague and c.attribution not in ("between", "subject", "listed")
                  and not _whole_of_shares(c)]
        ring = keyring(ctx)
        # (source, row, value) of table cells: a prose figure equal to a cell of a row is that
        # cell's, and the row's other cells are other columns, not other values of it
        cells: dict[tuple, list[float]] = {}
        for c in claims:
            if c.origin == "table" and c.row and c.value is not None:
                cells.setdefault((c.source, c.row), []).append(c.value)
        # (source, unit, value) of table cells: a prose figure equal to one is that cell's, whatever
        # other cell of the table it is paired with ("58,000" in prose is the 2025/26 row's, not the
        # 2024/25 row's 51,660 misquoted)
        cell_values = {(c.source, c.unit, c.value) for c in claims if c.origin == "table"}
        # (source, unit, value) -> the periods its claims state: a figure written without its
        # period restates the one written with it ("the rate averaged 305" in a summary, "305 in
        # April, against 301 in March" later), and is no other value of the March figure
        periods_of: dict[tuple, set[str]] = {}
        for c in claims:
            if c.period and c.value is not None:
                periods_of.setdefault((c.source, c.unit, c.value), set()).add(c.period)
        for a, b in candidate_pairs(claims, _block, _group, ring, loose=_period):
            if a.sentence_start == b.sentence_start or (a.origin == "table" and b.origin == "table"):
                continue  # cells of tables are distinct measures by construction
            if a.source_date and b.source_date and not (
                a.source_date.startswith(b.source_date) or b.source_date.startswith(a.source_date)
            ):
                continue  # (one date, written more or less precisely: "2025-07-01" and "2025-07")
            if a.period and b.period and a.period != b.period:
                continue
            if a.unit != b.unit and a.unit_family != "count":
                continue
            if any(c.period is None and o.period and periods_of.get((c.source, c.unit, c.value), set()) - {o.period}
                   for c, o in ((a, b), (b, a))):
                continue  # the undated figure is the same source's figure for another period
            gap = relative_gap(a, b)
            if gap > options.max_gap:
                continue
            if a.places and b.places and not set(a.places) & set(b.places) and (
                gap > options.close_gap or "table" in (a.origin, b.origin)
            ):
                continue  # (a table lists each place's figure by construction: none is misplaced)
            if bool(a.places) != bool(b.places) and (
                gap > options.close_gap or any(c.origin == "table" and c.places for c in (a, b))
            ):
                continue  # one is about a place, the other about none named (a table row's place
                # against "across the region"): a part and a whole
            if any(c.origin == "table" and c.row and o.origin != "table" and _restates_a_cell(ring[id(o)].interval, cells.get((c.source, c.row), ()))
                   for c, o in ((a, b), (b, a))):
                continue  # the prose figure is another cell of the same row, rounded or not ("6.3 million" for 6,280)
            if a.origin != b.origin and any(c.origin != "table" and (c.source, c.unit, c.value) in cell_values for c in (a, b)):
                continue  # the prose figure is another cell of the table
            ka, kb = ring[id(a)], ring[id(b)]
            ia, ib = ka.interval, kb.interval
            if ia is None or ib is None or not disjoint(ia, ib):
                continue
            if PRICE_BASES & ka.modifiers != PRICE_BASES & kb.modifiers:
                continue  # real and nominal terms: two measures ("real GDP grew 3.1%", "nominal GDP 6%")
            if _PART_AND_WHOLE & ka.modifiers != _PART_AND_WHOLE & kb.modifiers:
                continue  # "tested 640 samples. Of these, 455 were positive": a part and its whole
            if ka.narrowing - kb.narrowing and kb.narrowing - ka.narrowing:
                continue  # each names a kind the other does not: "the average primary class" and "the average secondary class"
            if ka.containment(kb) < options.min_similarity or not ka.same_row(kb) or ka.same_quantity(kb) or (
                ka.sibling_sections(kb)
            ):
                continue  # (a table row the prose figure does not name is another thing: "Wales")
            dated = f", {a.source_date}" if a.source_date else ""
            yield self.finding(
                [a, b],
                f"{a.source}{dated} is cited for {written(a)} ({a.measure}) on line {a.line} and "
                f"{written(b)} ({b.measure}) on line {b.line}",
            )


def _restates_a_cell(interval, values) -> bool:
    """A value of the row's cells lies within the prose figure's interval (its rounding counted)."""
    return interval is not None and any(interval[0] <= v <= interval[1] for v in values)


def _period(claim):
    """Two stated periods that differ rule a pair out (the test in ``check``)."""
    return claim.period or None
