from __future__ import annotations

import math
import re
from typing import Iterator

from pydantic import BaseModel, ConfigDict

from claimaudit.models import Claim, Severity
from claimaudit.rules.arithmetic._common import (
    base_unit, by_sentence, fmt_interval, gap_ratio, is_percent, iv, places_overlap, widen, words,
)
from claimaudit.rules.base import RawFinding, Rule, RuleContext
from claimaudit.rules.values import format_value
from claimaudit.rules.windows import after, between

# "X, or P% of Y", "X, accounting for P% of Y", "X (P% of Y)"
AMOUNT_THEN_SHARE = re.compile(
    r"^\s*(?:in\s+(?:FY\s?)?\d{4}\s*)?(?:,|\(|—|–|-)?\s*(?:(?:is|was)\s+)?(?:or|i\.e\.,?|accounting for|representing|equivalent to|equal to|"
    r"making up|which is|which was|amounting to|amounts to|or about|or around|or roughly|or nearly|or some)?"
    r"\s*(?:about|around|roughly|nearly|almost|some|approximately|only|just)?\s*$", re.I)
# "... 3.2% of a GDP of US$1.06 trillion", "1.6% of its US$2.14 trillion economy": the whole, stated next
WHOLE_STATED_NEXT = re.compile(r"^\s*of\s+(?:(?:a|an|the|its|their)\s+)?(?:([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+of\s+)?$", re.I)
# "P% of Y, or X", "P% of Y (X)"
SHARE_THEN_AMOUNT = re.compile(
    r"^\s*of\s+([^,;()%]{2,60}?)\s*(?:,|—|–)?\s*(?:or|i\.e\.,?|equivalent to|equal to|worth|amounting to)"
    r"\s*(?:about|around|roughly|nearly|some|approximately)?\s*$",
    re.I)
OF_WHOLE = re.compile(r"^\s*of\s+([^,;()%\d]{2,60})")
WHOLE_STOP = re.compile(r"\b(?:in|by|from|for|according|since|during|as|at|to|with|which|that|and|or|"
                        r"while|when|was|were|is|are|has|had|have)\b.*$", re.I)
FILLER = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "all",
                    "total", "overall", "entire", "whole", "annual", "country", "nation", "national"})


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    margin: float = 0.10  # implied and stated totals further apart than this (relative): error


class PercentOfTotal(Rule):
    """An amount and its share imply a total that the document states differently.

    **Why it matters**: "$150 million, or 6.5% of trade" implies trade of about $2.3 billion; if
    the report puts trade at $4 billion elsewhere, the amount, the share or the total is wrong.

    **Flagged**: "X, or P% of Y" (also "X, P% of Y", "X, accounting for / representing P% of
    Y", "X (P% of Y)") and "P% of Y, or X" in one sentence: the implied total X / (P/100), with
    the rounding of X and P carried through, is compared with every figure of Y with the same
    unit, overlapping places and a compatible period whose measure contains the head word of Y
    ("GDP", "trade", "population"). A whole written right after the share ("3.2% of a GDP of
    US$1.06 trillion", "1.6% of its US$2.14 trillion economy") is the one compared; "of the total"
    with no whole named is compared with the larger figures of X's unit in the sentences just
    before, except those stated as a share of a total themselves. Error when no such figure lies
    within 10% of the implied interval.

    **Fine**: totals that agree within rounding and 10%; a Y that is never stated; a stated Y of
    another country or year; several stated Ys of which one agrees.
    """

    code = "CA203"
    name = "percent-of-total"
    severity = Severity.ERROR
    Options = Options

    def check(self, ctx: RuleContext, options: Options) -> Iterator[RawFinding]:
        amounts = [c for c in ctx.claims if c.value is not None and c.kind == "level" and not is_percent(c)
                   and c.unit is not None and c.value > 0]
        for amount, share, head, whole in _pairs(ctx.claims):
            ia, ip = iv(amount), iv(share)
            if ia is None or ip is None or ip[0] <= 0:
                continue
            implied = (ia[0] / (ip[1] / 100) if math.isfinite(ip[1]) else 0.0,
                       ia[1] / (ip[0] / 100))
            if whole is not None:  # the whole written right after the share
                stated = [whole]
            elif head == _ANTECEDENT:
                stated = _antecedent(amounts, amount)
            else:
                # (a whole is larger than its part: not the amount restated in a table's row, "81.2"
                # for "holds 81.2 Mt C", nor another row's smaller figure)
                stated = [c for c in amounts if c is not amount and _states_whole(c, amount, head) and c.value > ia[1]]
            if not stated:
                continue
            loose = widen(implied, options.margin)
            if any(_agrees(c, loose) for c in stated):
                continue
            nearest = min(stated, key=lambda c: gap_ratio(iv(c), implied))
            gap = gap_ratio(iv(nearest), implied)
            yield self.finding(
                [amount, share, nearest],
                f"{format_value(amount)} being {format_value(share)} of the {head} (line {amount.line}) "
                f"implies a {head} of {fmt_interval(implied)}, but line {nearest.line} states "
                f"{format_value(nearest)} ({gap:.0%} apart)",
            )


def _agrees(claim: Claim, loose: tuple[float, float]) -> bool:
    i = iv(claim)
    return i is not None and not (i[1] < loose[0] or loose[1] < i[0])


def _pairs(claims) -> Iterator[tuple[Claim, Claim, str, Claim | None]]:
    """(amount, share, what the whole is called, the whole when written right after the share)."""
    for members in by_sentence(claims).values():
        for i, (x, y) in enumerate(zip(members, members[1:])):
            if x.value is None or y.value is None:
                continue
            if not is_percent(x) and is_percent(y) and x.kind == "level" and x.unit and \
                    AMOUNT_THEN_SHARE.match(between(x, y)):
                z = members[i + 2] if i + 2 < len(members) else None
                if z is not None and z.value is not None and base_unit(z) == base_unit(x) and (
                    named := WHOLE_STATED_NEXT.match(between(y, z))
                ):
                    # "US$16.9bn is equivalent to 3.2% of a GDP of US$1.06 trillion"
                    yield x, y, (named.group(1) or z.measure or "whole").split()[-1], z
                    continue
                m = OF_WHOLE.match(after(y, 70))
                head = _head(m.group(1)) if m else None
                if head:
                    yield x, y, head, None
            elif is_percent(x) and not is_percent(y) and y.kind == "level" and y.unit:
                m = SHARE_THEN_AMOUNT.match(between(x, y))
                head = _head(m.group(1)) if m else None
                if head:
                    yield y, x, head, None


def _head(phrase: str) -> str | None:
    phrase = WHOLE_STOP.sub("", phrase)
    content = [w for w in words(phrase) if w not in FILLER]
    if not content and "total" in words(phrase):
        return _ANTECEDENT  # "96,500 m³, or 38% of the total": the total stated just before
    return content[-1] if content else None


# "2.18 million passengers, 56% of the national total": a part itself, no total of a later share
_STATED_AS_A_SHARE = re.compile(r"[^,;.()\d%]{0,40}(?:,|\()\s*(?:or\s+)?(?:about\s+|some\s+|nearly\s+)?\d[\d.]*\s*%\s+of\b")
_ANTECEDENT = "total"
_ANTECEDENT_REACH = 600  # characters back from the amount's sentence


def _antecedent(amounts: list[Claim], amount: Claim) -> list[Claim]:
    """"Imports reached 412,000 m³. The Gambia alone supplied 96,500 m³, or 38% of the total":
    the larger figures of the same unit in the sentences just before the amount's."""
    earlier = [c for c in amounts if c.path == amount.path and c.sentence_start < amount.sentence_start
               and amount.sentence_start - c.end <= _ANTECEDENT_REACH and base_unit(c) == base_unit(amount)
               and c.value is not None and amount.value is not None and c.value > amount.value
               and not _STATED_AS_A_SHARE.match(after(c, 60))]
    return earlier  # (any of them may be the total: one that agrees clears the share)


def _states_whole(c: Claim, amount: Claim, head: str) -> bool:
    if base_unit(c) != base_unit(amount) or c.sentence_start == amount.sentence_start:
        return False
    if c.period and amount.period and c.period != amount.period:
        return False
    if not c.places or not amount.places or not places_overlap(c, amount):
        return False
    return head in {w.lstrip("+@#%^") for w in c.measure_key}
