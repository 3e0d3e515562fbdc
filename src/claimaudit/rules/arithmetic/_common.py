"""Helpers shared by the CA2xx rules (and CA101's sentence grouping): claims grouped by sentence
or line, and interval arithmetic on what was reported (see ``rules/values.py``; the text around a
claim is ``rules/windows.py``)."""

from __future__ import annotations

import math
import re
from operator import attrgetter
from collections import defaultdict
from typing import Iterable, Sequence

from claimaudit.extraction.parse.context import stem
from claimaudit.models import Claim
from claimaudit.rules.values import interval

Interval = tuple[float, float]


def by_line(claims: Iterable[Claim]) -> dict[int, list[Claim]]:
    """Claims by line, in the order given: a table's rows (the claims of one document)."""
    rows: dict[int, list[Claim]] = defaultdict(list)
    for claim in claims:
        rows[claim.line].append(claim)
    return rows


def by_sentence(claims: Iterable[Claim]) -> dict[tuple[str, int], list[Claim]]:
    """Claims of one sentence (or one table row), in order of position."""
    groups: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for claim in claims:
        groups[(claim.path, claim.sentence_start)].append(claim)
    for members in groups.values():
        members.sort(key=_START)
    return groups


_START = attrgetter("start")


def base_unit(claim: Claim) -> str | None:
    """The unit without its rate denominator: "USD/year" and "USD" add up."""
    unit = claim.unit
    if unit is None:
        return None
    return unit.split("/", 1)[0].strip()


def is_percent(claim: Claim) -> bool:
    return claim.unit_family == "percent" or (claim.unit or "").startswith("percent")


def places_overlap(a: Claim, b: Claim) -> bool:
    """Unknown places (none named) do not rule a match out; named places must share one."""
    if not a.places or not b.places:
        return True
    return bool(set(a.places) & set(b.places))


def year_of(period: str | None) -> int | None:
    if not period:
        return None
    m = re.fullmatch(r"(?:FY\s?)?(\d{4})(?:-\d{2}(?:-\d{2})?)?", period.strip())
    return int(m.group(1)) if m else None


def iv(claim: Claim) -> Interval | None:
    return interval(claim)


def add(a: Interval, b: Interval) -> Interval:
    return a[0] + b[0], a[1] + b[1]


def total(intervals: Sequence[Interval]) -> Interval:
    lo = sum(i[0] for i in intervals)
    hi = sum(i[1] for i in intervals)
    return lo, hi


def divide(a: Interval, b: Interval) -> Interval | None:
    """a / b for a positive b."""
    if b[0] <= 0 or not all(map(math.isfinite, b)):
        return None
    cands = [a[0] / b[0], a[0] / b[1], a[1] / b[0], a[1] / b[1]]
    return min(cands), max(cands)


def widen(a: Interval, share: float) -> Interval:
    return a[0] * (1 - share) if a[0] >= 0 else a[0] * (1 + share), a[1] * (1 + share) if a[1] >= 0 else a[1] * (1 - share)


def gap_ratio(a: Interval, b: Interval) -> float:
    """How far apart two disjoint positive intervals are: the larger near end over the smaller
    near end, minus one (0 when they overlap)."""
    if a[1] < b[0]:
        lo, hi = a[1], b[0]
    elif b[1] < a[0]:
        lo, hi = b[1], a[0]
    else:
        return 0.0
    if lo <= 0:
        return math.inf
    return hi / lo - 1


def fmt(x: float) -> str:
    """A human figure: 1,234, 2.35 million, 0.012."""
    ax = abs(x)
    if not math.isfinite(x):
        return "unbounded"
    if ax >= 1e12:
        return f"{x / 1e12:.3g} trillion"
    if ax >= 1e9:
        return f"{x / 1e9:.3g} billion"
    if ax >= 1e6:
        return f"{x / 1e6:.3g} million"
    if ax >= 100:
        return f"{x:,.0f}"
    if ax >= 1:
        return f"{x:.3g}"
    return f"{x:.2g}"


def fmt_interval(a: Interval, suffix: str = "") -> str:
    low, high = fmt(a[0]), fmt(a[1])
    if low == high:  # (bounds that round to one figure: "3.37 billion", not "3.37 billion–3.37 billion")
        return low + suffix
    return f"{low}–{high}{suffix}"


def words(text: str) -> list[str]:
    return [normal(w) for w in re.findall(r"[A-Za-z][A-Za-z\-]+", text)]


def normal(word: str) -> str:
    return stem(word)
