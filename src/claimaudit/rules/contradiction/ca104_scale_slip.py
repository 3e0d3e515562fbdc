from __future__ import annotations

import math
from typing import Iterator

from pydantic import BaseModel, ConfigDict

from claimaudit.models import Claim, Severity
from claimaudit.rules.base import RawFinding, Rule, RuleContext
from claimaudit.rules.matching import candidate_pairs, document_year, keyring, quantity_key
from claimaudit.rules.values import format_value, interval


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    min_similarity: float = 0.67
    min_digits: int = 2  # significant digits both figures must show: "$2bn" vs "$200mn" says too little


class ScaleSlip(Rule):
    """The same quantity is given twice with the same digits at scales a power of ten apart.

    **Why it matters**: "net debt of $2.94bn" in one paragraph and "net debt of $294mn" in
    another is a slipped decimal point or scale word. One of the two figures is wrong by a factor
    of ten or more, and a reader cannot tell which.

    **Flagged** (error): two figures in different sentences, not both cells of one table, with
    the same unit (no percentages), kind and places, measures that match as for CA101 (the
    shorter measure's words mostly in the longer's, the same narrowing words, the same period
    when both state one), and values 10, 100, 1,000 ... times apart once the rounding each was
    written with is counted, written with the same significant digits, at least two of them.

    **Fine**: figures of different measures, places or periods; 2.5% and 25% (percentages are
    left to CA101); "$2bn" against "$200mn" (one significant digit is too little to tell a slip
    from two different figures); ranges; two rows of a table.
    """

    code = "CA104"
    name = "scale-slip"
    severity = Severity.ERROR
    Options = Options

    def check(self, ctx: RuleContext, options: Options) -> Iterator[RawFinding]:
        year = document_year(ctx.document_date)
        ring = keyring(ctx)
        usable = [c for c in ctx.claims if c.unit and c.unit != "percent" and c.unit_family != "percent"
                  and c.low is None and len(_significant(c)) >= options.min_digits and (c.value or 0) > 0]
        for a, b in candidate_pairs(usable, quantity_key, ring=ring, loose=lambda c: c.period):
            ka, kb = ring[id(a)], ring[id(b)]
            if a.sentence_start == b.sentence_start or a.origin == b.origin == "table":
                continue
            if a.period and b.period and not ka.same_period(kb, year):
                continue  # (a figure with no stated period may be of any)
            if not (ka.same_marks(kb) and ka.containment(kb) >= options.min_similarity):
                continue
            power = _power_apart(a, b) if _significant(a) == _significant(b) else None
            if power is None:
                continue
            small, large = sorted((a, b), key=lambda c: c.value)
            yield self.finding(
                [a, b],
                f"{a.measure or a.unit}: {format_value(small)} (line {small.line}) and {format_value(large)} "
                f"(line {large.line}) have the same digits {10 ** power:,} times apart: a slipped scale?",
            )


def _significant(claim: Claim) -> str:
    """The significant digits as written: "$2.94bn" and "$294mn" "294", "$2bn" "2", "1,500" "15"."""
    return "".join(ch for ch in claim.text if ch.isdigit()).strip("0")


def _power_apart(a: Claim, b: Claim) -> int | None:
    """k >= 1 when one figure is the other times 10**k, within the rounding of both."""
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return None
    (lo_s, hi_s), (lo_l, hi_l) = sorted((ia, ib), key=lambda i: i[0])
    if lo_s <= 0 or hi_s >= lo_l:
        return None  # the figures overlap: CA101's business
    k = round(math.log10(((lo_l + hi_l) / 2) / ((lo_s + hi_s) / 2)))
    if k < 1:
        return None
    scaled = (lo_s * 10 ** k, hi_s * 10 ** k)
    return k if scaled[0] <= hi_l and lo_l <= scaled[1] else None
