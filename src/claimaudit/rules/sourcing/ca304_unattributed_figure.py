from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import Iterator

from pydantic import BaseModel, ConfigDict

from claimaudit.models import Claim, Severity
from claimaudit.rules.base import RawFinding, Rule, RuleContext
from claimaudit.rules.matching import Keys, keyring
from claimaudit.rules.sourcing.ca301_unverifiable_source import _REPORTEDLY_CUES, _REPORTEDLY_RE
from claimaudit.rules.sourcing.common import mentions, says, sentence_groups, texts


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    min_count: float = 20  # counts below this ("three ministers", "11 nations") are not specific
    round_count_below: float = 1000  # counts below this that are multiples of 100 are round
    min_measure_overlap: float = 0.3  # measure-word containment for "the same figure elsewhere"
    # Below this share of attributed claims the document is not a sourced report (a reference
    # text, a novel, a data dump) and the rule stays silent.
    min_attributed_share: float = 0.1
    min_shared_context: int = 2  # or this many content words shared around the two figures


_YEAR_RE = re.compile(r"^(?:1[89]|20)\d\d$")


class UnattributedFigure(Rule):
    """A specific figure that the document attributes to no source, here or anywhere else.

    **Why it matters**: "$300 million in 2024" with no source cannot be checked; when the same
    figure is credited elsewhere in the document (a table row, an earlier sentence) the reader
    can follow it, otherwise the editor should add the source or drop the number.

    **Flagged** (info, one finding per sentence or table row): claims with no source whose figure
    (same unit, overlapping reported value, no conflicting places or period, and overlapping
    measure words, or two content words shared around the figures, or a count unit such as
    "troops" that names the measure itself; "over $55 million" is within a factor of two of
    $55 million) is not attributed anywhere
    else in the document, and whose sentence names no source at all (a source the extractor did
    not link counts as attribution). Tables are treated like prose: an unsourced row under a
    table whose other rows carry sources is flagged, because that row's source is missing.

    **Fine**: figures attributed in the same sentence or elsewhere; year-like numbers ("2024");
    small or round counts ("three ministers", "11 nations", "300 delegates"); every figure of a
    text that attributes fewer than 10% of its figures (a reference text such as the World
    Factbook, a data dump, a novel: the rule has nothing to compare against). Info by default.
    """

    code = "CA304"
    name = "unattributed-figure"
    severity = Severity.INFO
    Options = Options

    def check(self, ctx: RuleContext, options: Options) -> Iterator[RawFinding]:
        attributed = [c for c in ctx.claims if c.source and c.value is not None]
        if len(attributed) < options.min_attributed_share * len(ctx.claims):
            return  # a text that cites (almost) nothing is not a sourced report: no signal here
        ring = keyring(ctx)
        by_unit: dict[str | None, _ByValue] = {}
        for claim in attributed:
            by_unit.setdefault(claim.unit, _ByValue()).add(ring[id(claim)])
        context: dict[int, frozenset[str]] = {}  # context words of each claim, read once
        for _, claims in sorted(sentence_groups(ctx.claims).items()):
            bare = [c for c in claims if not c.source and _specific(c, options)]
            if not bare or _names_a_source(ctx, bare[0]):
                continue
            bare = [
                c for c in bare
                if c.unit not in by_unit or not by_unit[c.unit].attributed(ring[id(c)], options, context)
            ]
            if not bare:
                continue
            where = "table row" if bare[0].origin == "table" else "sentence"
            yield self.finding(
                bare,
                f"{texts(bare)} ({where} at line {bare[0].line}): no source is given for "
                f"{'this figure' if len(bare) == 1 else 'these figures'} anywhere in the document",
            )


def _specific(claim: Claim, options: Options) -> bool:
    if claim.value is None:
        return False
    text = claim.text.strip()
    if _YEAR_RE.match(text) or (claim.unit is None and _YEAR_RE.match(re.sub(r"\D", "", text) or "x")
                                and len(re.sub(r"\D", "", text)) == len(text)):
        return False
    if claim.unit_family == "count" or claim.unit_family is None:
        v = abs(claim.value)
        if v < options.min_count:
            return False
        if v < options.round_count_below and v % 100 == 0 and claim.low is None:
            return False
    return True


def _names_a_source(ctx: RuleContext, claim: Claim) -> bool:
    if says(ctx, _REPORTEDLY_RE, claim.sentence, _REPORTEDLY_CUES):
        return True  # CA301's business
    return any(m.entry is not None or m.vague for m in mentions(ctx, claim.sentence))


NEAR_LIMIT = 200


class _ByValue:
    """Attributed claims of one unit, sorted by the low end of their reported interval, so that
    only claims whose values can overlap are compared (the rule stays near-linear)."""

    def __init__(self) -> None:
        self.items: list[tuple[float, float, Keys]] = []
        self.sorted = True

    def add(self, keys: Keys) -> None:
        iv = _near(keys)
        if iv is not None:
            self.items.append((iv[0], iv[1], keys))
            self.sorted = False

    def _sort(self) -> None:
        self.items.sort(key=lambda t: (t[0], t[1], t[2].claim.start))
        self.lows = [t[0] for t in self.items]
        self.highs = [t[1] for t in self.items]
        # The highest high end of the items up to each one: values that all end below a figure's
        # interval are not scanned.
        self.reach = list(accumulate(self.highs, max))
        # What the test of a candidate reads, in flat lists (it is the rule's inner loop).
        self.keys = [t[2] for t in self.items]
        self.periods = [k.claim.period for k in self.keys]
        self.starts = [k.claim.sentence_start for k in self.keys]
        self.places = [k.claim.places for k in self.keys]
        self.found: dict[tuple[float, float], array] = {}
        self.sorted = True

    def near(self, iv: tuple[float, float]) -> array:
        """Indices of the claims whose interval overlaps ``iv``, closest values first: among the
        NEAR_LIMIT * 2 claims with the highest low ends not above its high end, the first
        NEAR_LIMIT that reach its low end. Beyond that the figure is too common in the document
        to call unattributed on its own. Memoised: a figure is often repeated."""
        if not self.sorted:
            self._sort()
        found = self.found.get(iv)
        if found is not None:
            return found
        low = iv[0]
        stop = bisect_right(self.lows, iv[1])
        first = max(0, stop - NEAR_LIMIT * 2, bisect_left(self.reach, low))
        highs = self.highs
        # (an array: a long document memoises many of these)
        hits = array("l", [i for i in range(stop - 1, first - 1, -1) if highs[i] >= low][:NEAR_LIMIT])
        self.found[iv] = hits
        return hits

    def attributed(self, keys: Keys, options: Options, context: dict[int, frozenset[str]]) -> bool:
        """The claim's figure (an overlapping interval) is stated with a source elsewhere."""
        iv = _near(keys)
        if iv is None:
            return False
        candidates = self.near(iv)
        claim = keys.claim
        start, period, places = claim.sentence_start, claim.period, set(claim.places)
        periods, starts, others = self.periods, self.starts, self.places
        for i in candidates:
            # the same figure, not ruled out by its sentence, period or places, and measure
            if (starts[i] != start and not (period and periods[i] and period != periods[i])
                    and not (places and others[i] and places.isdisjoint(others[i]))
                    and _same_measure(keys, self.keys[i], options, context)):
                return True
        return False


def _near(keys: Keys) -> tuple[float, float] | None:
    """The values a figure can be restated as: its interval, a bound's open end closed at a factor
    of two ("over $55 million" is not the "$1.8 billion" of another sentence)."""
    iv, claim = keys.interval, keys.claim
    if iv is None or claim.bound is None or claim.value is None or claim.value <= 0:
        return iv
    if claim.bound in ("gt", "ge"):
        return iv[0], max(iv[0], claim.value * 2)
    return min(iv[1], claim.value / 2), iv[1]


def _same_measure(keys: Keys, other: Keys, options: Options, context: dict[int, frozenset[str]]) -> bool:
    claim = keys.claim
    if claim.unit_family == "count" and claim.unit and claim.unit not in _GENERIC_UNITS:
        return True  # "14,000 troops" and "14,000 troops (KCNA)": the unit is the measure
    if keys.containment(other) >= options.min_measure_overlap:
        return True
    return len(_context(keys, context) & _context(other, context)) >= options.min_shared_context


def _context(keys: Keys, cache: dict[int, frozenset[str]]) -> frozenset[str]:
    words = cache.get(id(keys))
    if words is None:
        words = cache[id(keys)] = _context_words(keys.claim)
    return words


_GENERIC_UNITS = frozenset({"units", "unit", "items", "cases", "people", "persons", "times"})
_STOP = frozenset({
    "that", "this", "with", "from", "which", "were", "have", "been", "their", "about", "into",
    "than", "more", "over", "under", "some", "such", "also", "annually", "according", "reported",
    "estimated", "estimate", "report", "reports", "while", "these", "those", "other",
})


def _context_words(claim: Claim, reach: int = 60) -> frozenset[str]:
    """Content words within ``reach`` characters of the figure (its own words excluded)."""
    at = claim.start - claim.sentence_start
    if at < 0 or at > len(claim.sentence):
        return frozenset()
    end = at + (claim.end - claim.start)
    window = claim.sentence[max(0, at - reach):at] + " " + claim.sentence[end:end + reach]
    words = re.findall(r"[a-z][a-z-]{3,}", window.lower())
    return frozenset(w.rstrip("s") for w in words if w not in _STOP)
