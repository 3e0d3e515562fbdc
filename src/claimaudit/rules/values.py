"""Compare what was reported, not floats.

"2.3 million" stands for 2.25–2.35 million; "~20,000" and "approximately 22,000" carry their
hedges; "up to 22,000" is a bound; "1,500–2,000" is an interval. These helpers turn a claim into
the interval of values it asserts and compare intervals (statcheck widens reported statistics by
their rounding in the same way).
"""

from __future__ import annotations

import math

from claimaudit.models import Claim

# Rounding of a written figure never stands for more than this share of its value: "20,000" is
# read as 19,500-20,500, not 15,000-25,000, though its last written digit is in the ten-thousands.
MAX_ROUNDING_SHARE = 0.025
# A hedge ("about", "~", "approximately") widens the interval to at least this share.
HEDGE_SHARE = 0.025


def interval(claim: Claim) -> tuple[float, float] | None:
    """The closed interval of values the claim asserts, or None when it has no value."""
    if claim.value is None:
        return None
    if claim.low is not None and claim.high is not None:
        lo, hi = min(claim.low, claim.high), max(claim.low, claim.high)
        half = _half_step(claim, max(abs(lo), abs(hi)))
        lo, hi = lo - half, hi + half
    else:
        v = claim.value
        half = _half_step(claim, abs(v))
        lo, hi = v - half, v + half
    if claim.qualifier == "approximate":
        spread = HEDGE_SHARE * max(abs(lo), abs(hi))
        lo, hi = min(lo, claim.value - spread), max(hi, claim.value + spread)
    if claim.bound in ("gt", "ge"):
        hi = math.inf
    elif claim.bound in ("lt", "le"):
        lo = 0.0 if claim.value >= 0 else -math.inf
    return lo, hi


def _half_step(claim: Claim, magnitude: float) -> float:
    step = claim.step or 0.0
    return min(step / 2, MAX_ROUNDING_SHARE * magnitude)


def disjoint(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[1] < b[0] or b[1] < a[0]


def relative_difference(x: float, y: float) -> float:
    """|x - y| relative to the larger magnitude (0 when both are 0)."""
    scale = max(abs(x), abs(y))
    return abs(x - y) / scale if scale else 0.0


def relative_gap(a: Claim, b: Claim) -> float:
    """|a - b| relative to the larger magnitude (midpoints)."""
    return relative_difference(a.value or 0.0, b.value or 0.0)


def same_figure(a: Claim, b: Claim) -> bool:
    """Both claims state the same figure: overlapping intervals with the same unit."""
    ia, ib = interval(a), interval(b)
    return a.unit == b.unit and ia is not None and ib is not None and not disjoint(ia, ib)


def written(claim: Claim) -> str:
    """The claim's text as written, on one line: a figure wrapped over two lines ("4.3" over
    "percent") is quoted in a finding's message as "4.3 percent"."""
    text = claim.text
    return " ".join(text.split()) if "\n" in text else text


def format_value(claim: Claim) -> str:
    return f"{claim.qualifier + ' ' if claim.qualifier else ''}{written(claim)}"
