from __future__ import annotations

import re
from typing import Iterator

from pydantic import BaseModel, ConfigDict

from claimaudit.models import Severity
from claimaudit.rules.arithmetic._common import by_sentence
from claimaudit.rules.base import RawFinding, Rule, RuleContext
from claimaudit.rules.matching import (
    CONFLICT_KINDS, GENERIC_NOUNS, candidate_pairs, document_year, keyring, money_per, quantity_key, strict_marks,
)
from claimaudit.rules.values import disjoint, format_value, relative_gap
from claimaudit.rules.windows import after, before


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    min_similarity: float = 0.67
    error_gap: float = 0.05  # relative difference from which a conflict is an error
    # two sources' figures whose measures share only their noun ("passengers"), this far apart
    # (0.9: one ten times the other), count two things, not one
    far_apart: float = 0.9
    # figures whose measures differ in any word, this far apart (0.67: one three times the
    # other), are a part and its whole, or two kinds, not one count misstated
    part_apart: float = 0.67


class ConflictingValues(Rule):
    """The same quantity is stated with values that cannot both be true.

    **Why it matters**: a reader who meets "about 20,000 workers" on one page and "approximately
    22,000 workers" three pages later cannot tell which is right, and stops trusting both.

    **Flagged**: two claims with the same unit, the same kind (level, change or share), the same
    period and the same places, whose measures match (the shorter measure's words are mostly
    contained in the longer's; a few words that name one measure in other words count as one:
    "expenditure" and "spending") and whose reported intervals do not overlap. A table cell under
    a title "... as a share of GDP" is a share of GDP, as "2.4% of GDP" in prose is. A prose figure
    about a place is the cell of that place's row under the column its measure names ("3,840
    hectares planted" in the Brenna Hills, and the column "Area planted (ha)"); a figure compared
    with a year ("US$742.0m, up 14.0% on 2023") is the next year's. Intervals honour what
    was written: "2.3 million" is 2.25-2.35 million, "~20,000" and "about" widen a little, "up to"
    and "over" are one-sided, ranges are intervals. Error when the figures differ by 5% or more,
    warning below that.

    **Fine**: two sources' figures whose measures share nothing but their noun and that are ten
    times apart or more (a ferry's 2.4 million passengers and a bus company's 96 million); two
    figures three times apart or more whose measures differ in any word (a part or a kind of
    the whole: "48,000 permits were issued" and "seasonal farm permits rose to 6,100");
    one source's figure at two of its dates (a revision or an update: "projected 3.8% in
    May ... revised that projection to 4.1%"), the same figure in different places ("12,000 workers in Russia" vs "in Jilin"),
    different years of one series, a level and a change ("rose 8% to $45 million"), a bound and a
    value inside it ("up to 22,000" vs "about 20,000"), figures in one sentence ("from 19% to 22%"),
    a part of a set against the whole ("around 120 of our food banks" vs "our 186 food banks"), a
    distinctive figure restated ("the 52,310 vans" after "rose to 52,310": compared where first given),
    a table row the prose figure does not name (the "Arvania" row against the region's total),
    a place's figure that says what its row does not (flats, against all properties' price),
    figures under two numbered subsections of one section ("2.1 Cod" and "2.2 Haddock": the
    "TAC" of each is its own stock's),
    two rows of one table ("Exchange rate (period average)" and "(end-period)"), the figure a
    correction replaced ("restated from 4.58 million tonnes to 4.61 million"), a figure its own
    sentence calls a mistake ("the first edition gave 4,218 because of a typographical error"), and
    the counts of two dated updates on one page ("Update 2 | 9 March 2025, 17:00" over "Update 1
    | ..., 08:00": each update's figures are as at its stamp).
    """

    code = "CA101"
    name = "conflicting-values"
    severity = Severity.ERROR
    Options = Options

    def check(self, ctx: RuleContext, options: Options) -> Iterator[RawFinding]:
        year = document_year(ctx.document_date)
        ring = keyring(ctx)

        compared = _compared_with(ctx.claims)

        def group(claim):
            return _group(ring[id(claim)], compared.get(id(claim)))

        restated = _restated(ctx.claims)
        # same_period() never matches two different stated periods
        def period(claim):
            return ring[id(claim)].period

        for a, b in candidate_pairs(ctx.claims, quantity_key, group, ring, loose=period):
            if id(a) in restated or id(b) in restated:
                continue  # (compared where it was first given)
            ka, kb = ring[id(a)], ring[id(b)]
            ia, ib = ka.interval, kb.interval
            if ia is None or ib is None or not disjoint(ia, ib):
                continue
            if not ka.same_quantity(kb, options.min_similarity, year):
                continue
            if _updated(a, b):
                continue
            gap = relative_gap(a, b)
            if gap >= options.far_apart and not (ka.nominal and kb.nominal) and a.source != b.source:
                continue  # two bodies' counts of one bare noun ten times apart: two things counted, not one misstated
            if gap >= options.part_apart and ka.words != kb.words:
                continue  # ("48,000 permits were issued ... Seasonal farm permits rose to 6,100": a kind of the whole)
            severity = Severity.ERROR if gap >= options.error_gap else Severity.WARNING
            what = a.measure or b.measure or a.unit or "the same quantity"
            when = f" ({a.period})" if a.period else ""
            yield self.finding(
                [a, b],
                f"{what}{when}: {format_value(a)} (line {a.line}) vs {format_value(b)} (line {b.line}) "
                f"differ by {gap:.0%}",
                severity=severity,
            )


def _compared_with(claims) -> dict[int, tuple]:
    """The dated figure that a figure with no period of its own is compared with next in its
    sentence ("9 burglaries were recorded, down from 13 in 2022/23"): two counts of one noun
    compared with the same earlier figure are counts of one later period, whatever their
    sentences add ("Eleven burglaries were recorded during the year, down from 13 in 2022/23")."""
    out: dict[int, tuple] = {}
    for members in by_sentence(claims).values():
        for c, d in zip(members, members[1:]):
            if c.period is None and c.kind == "level" and d.kind == "previous" and d.period and d.unit == c.unit and (
                d.value is not None
            ):
                out[id(c)] = ("compared with", d.value, d.period)
    return out


def _restated(claims) -> set[int]:
    """The claims that point back to a distinctive figure given earlier ("the 52,310 vans they
    bought" after "fleet registrations rose to 52,310"): the repeat is the earlier figure, which
    is compared in its own right, however its own sentence words it."""
    seen, out = set(), set()
    for c in sorted(claims, key=lambda c: c.start):
        digits = sum(ch.isdigit() for ch in c.text)
        if digits < 4 or c.value is None:
            continue
        key = (c.unit_family, c.value, c.low, c.high, c.bound)  # ("rose to 52,310" and "the 52,310 vans": one count)
        if key in seen and _THE_BEFORE.search(before(c, 12)):
            out.add(id(c))  # (a figure given again as news, "China hosts about 20,000", is compared again)
        seen.add(key)
    return out


_THE_BEFORE = re.compile(r"\bthe\s+\Z", re.I)


def _updated(a, b) -> bool:
    """One source's figure at two dates: a revision or an update ("the IMF projected 3.8% in May
    ... revised that projection to 4.1%"), not two values for one thing."""
    return bool(a.source and a.source == b.source and a.source_date and b.source_date) and not (
        a.source_date.startswith(b.source_date) or b.source_date.startswith(a.source_date)
    )


# "restated from 798,000 tonnes, as first published, to 812,400": the figure a correction
# replaced (what stands before "from" says so)
_SUPERSEDED_BEFORE = re.compile(
    r"\b(?:restated|revised|corrected|amended|adjusted)\b(?:\s+(?:down|up)(?:wards?)?)?\s+from\s+(?:about\s+|around\s+|an?\s+)?\Z",
    re.I,
)


# "The first edition gave 4,218 because of a typographical error", "an earlier version misstated
# the total as 7.1 million": a sentence that calls its own figure a mistake
_MISTAKE = re.compile(
    r"\b(?:(?:transcription|typographical|clerical|printing|data[- ]entry|editing|editorial|keying)\s+(?:error|mistake)s?"
    r"|in\s+error|erroneous(?:ly)?|incorrectly|mistakenly|misstated|misreported|misquoted|misprint(?:ed)?"
    r"|an\s+earlier\s+version\s+of\s+this\s+(?:article|report|story|note|piece|brief))\b",
    re.I,
)


# "admissions were 4,218 in the March edition; this has since been corrected": the figure a correction replaced
_SUPERSEDED_AFTER = re.compile(
    r"\A[^.;]{0,40}?[;,]?\s*(?:this|it|which|that|the\s+figure)\s+(?:has\s+(?:since\s+)?been|had\s+been|was|is\s+now)\s+"
    r"(?:corrected|revised|restated|amended)\b",
    re.I,
)


def _superseded(claim) -> bool:
    sentence = claim.sentence
    return ("from" in sentence and _SUPERSEDED_BEFORE.search(before(claim, 60)) is not None
            or _MISTAKE.search(sentence) is not None
            or _SUPERSEDED_AFTER.search(after(claim, 80)) is not None)


# "around 120 of our food banks", "12 of the 40 sites": a part of a set the text counts elsewhere
# (but "all 148 of our shops" is the whole set)
_PART_OF_AFTER = re.compile(r"\s+of\s+(?:our|the|its|their|these|those)\s", re.I)
_ALL_BEFORE = re.compile(r"\ball\s+\Z", re.I)


def _some_of(claim) -> bool:
    return _PART_OF_AFTER.match(after(claim, 20)) is not None and _ALL_BEFORE.search(before(claim, 8)) is None


def _group(keys, compared=None):
    """What two claims of one block (unit, kind, places) must share to be one quantity (see
    ``Keys.same_quantity``): with places, nothing more; without, the narrowing marks that must
    agree exactly (``strict_marks``) and a stated period (or both no period and a specific counted
    noun; or, for a claim with no period, the dated figure it is ``compared`` with, see
    ``_compared_with``). None for a claim that can match no other."""
    claim = keys.claim
    if claim.kind not in CONFLICT_KINDS or _superseded(claim) or _some_of(claim):
        return None
    if compared is not None and claim.period is None and keys.noun and keys.noun not in GENERIC_NOUNS:
        return strict_marks(keys.modifiers), compared  # (the figure it is compared with stands for its period)
    if claim.places:
        return ()  # (the block holds the places; narrowing words, which a prose figure may share
        # with a cell's column, are matched in same_quantity: see Keys.same_column)
    if keys.period in (None, "annual") and (not keys.noun or keys.noun in GENERIC_NOUNS or not keys.bare) and (
        money_per(claim.unit) is None  # ("ODK 14,810 per head": specific, see Keys.anchored)
    ):
        return None  # anchored() needs a stated period or a specific noun ("257,927 words" says
        # nothing of what the words are; "annual", from "than a year earlier", names no period)
    # same_period() needs equal periods without places (a count's own modifiers are matched in same_quantity)
    return strict_marks(keys.modifiers), keys.period

