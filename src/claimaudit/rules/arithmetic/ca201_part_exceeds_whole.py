from __future__ import annotations

import re
from typing import Iterator

from pydantic import BaseModel, ConfigDict

from claimaudit.models import Claim, Severity
from claimaudit.rules.arithmetic._common import base_unit, by_sentence, gap_ratio, is_percent, iv
from claimaudit.extraction.parse.places import find_places
from claimaudit.rules.base import RawFinding, Rule, RuleContext
from claimaudit.rules.matching import measure_words
from claimaudit.rules.values import format_value
from claimaudit.rules.windows import between, offset

# A part measured by the first words can never exceed a whole measured by the second (same
# unit, places and period): exports and imports are parts of trade with the same partner.
PART_WHOLE: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset({"export", "exported"}), frozenset({"trade", "turnover"})),
    (frozenset({"import", "imported"}), frozenset({"trade", "turnover"})),
)
# A whole carrying one of these words is not a sum of flows (a trade deficit is a difference).
NOT_A_WHOLE = frozenset({"deficit", "surplus", "balance", "gap", "growth", "share", "increase",
                         "decline", "change", "rise", "fall", "drop", "net"})
# Words a measure of total trade may carry besides "trade".
WHOLE_GENERIC = frozenset({"trade", "turnover", "total", "bilateral", "volume", "value", "foreign",
                           "official", "overall", "good", "goods", "merchandise", "two-way", "annual",
                           "reached", "reaching", "valued", "worth", "amounted", "stood"})
# A measure with one more of these words names a subgroup of the measure without it.
SUBGROUP_WORDS = frozenset({"female", "male", "women", "men", "woman", "girl", "boy", "urban",
                            "rural", "child", "children", "adult", "elderly"})
# "12,000 workers, of whom 15,000 women": what follows the cue is a part of what precedes it.
PART_CUE = re.compile(r"^[^.;:]{0,40}?\b(?:of (?:which|whom)|including|among (?:them|which|whom))\b[^.;:\d]{0,40}$",
                      re.I)


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    error_gap: float = 0.05  # the part exceeds the whole by at least this share: error


class PartExceedsWhole(Rule):
    """A part is reported larger than the whole it belongs to.

    **Why it matters**: exports to a country cannot exceed total trade with it, and women workers
    cannot outnumber all workers. One of the two figures is wrong, and a reader who adds them up
    notices at once.

    **Flagged**: a part and its whole with the same unit, kind, period and places, where the
    smallest value the part can stand for (rounding and hedges honoured) is above the largest
    value the whole can stand for. Parts and wholes are recognised from a small table of word
    pairs (exports or imports within trade with the same partners; a subgroup such as
    "female workers" within "workers") and, in one sentence, from "N ..., of which / of whom /
    including M ...". Error when the part exceeds the whole by 5% or more, warning below.

    **Fine**: exports to one partner against trade with another, a trade deficit (a difference,
    not a sum), figures for different years, a part inside its whole, and overlapping rounded
    figures ("about 1,000 workers, including 1,000 in construction").
    """

    code = "CA201"
    name = "part-exceeds-whole"
    severity = Severity.ERROR
    Options = Options

    def check(self, ctx: RuleContext, options: Options) -> Iterator[RawFinding]:
        seen: set[tuple[str, str]] = set()
        for part, whole, how in self._pairs(ctx.claims):
            if (part.text, whole.text) in seen:
                continue
            ip, iw = iv(part), iv(whole)
            if ip is None or iw is None or ip[0] <= iw[1]:
                continue
            seen.add((part.text, whole.text))
            gap = gap_ratio(ip, iw)
            severity = Severity.ERROR if gap >= options.error_gap else Severity.WARNING
            yield self.finding(
                [part, whole],
                f"{how}: the part {format_value(part)} (line {part.line}) exceeds the whole "
                f"{format_value(whole)} (line {whole.line}) by {gap:.0%} or more",
                severity=severity,
                key=how,
            )

    def _pairs(self, claims) -> Iterator[tuple[Claim, Claim, str]]:
        levels = [c for c in claims if c.value is not None and c.kind == "level" and not is_percent(c)
                  and c.bound is None]
        # 1. word pairs across the document, only within one frame (unit, period, places), so
        # the cost grows with the size of a frame, not of the document
        framed = [c for c in levels if base_unit(c) is not None and c.period is not None]
        # A frame yields pairs only if it holds a part: places (slow to find) are looked for only
        # where one is.
        with_part = {(base_unit(c), c.period) for c in framed if _may_be_part(c, measure_words(c))}
        frames: dict[tuple, list[Claim]] = {}
        for claim in framed:
            if (base_unit(claim), claim.period) not in with_part:
                continue
            places = _places(claim)
            if places:
                frames.setdefault((base_unit(claim), claim.period, places), []).append(claim)
        for key in sorted(frames, key=repr):
            yield from _frame_pairs(frames[key])
        # 2. "N ..., of which M ..." inside one sentence
        for members in by_sentence(levels).values():
            for i, whole in enumerate(members[:-1]):
                part = members[i + 1]
                if not PART_CUE.match(between(whole, part)):
                    continue
                rest = [c for c in members[i + 2:] if base_unit(c) == base_unit(part)]
                if rest:  # a list of parts is CA204's business
                    continue
                if base_unit(part) == base_unit(whole) or (part.unit is None and whole.unit_family == "count"):
                    yield part, whole, "a part stated with its whole"


def _frame_pairs(group: list[Claim]) -> Iterator[tuple[Claim, Claim, str]]:
    """Parts and wholes of one frame, in the order of a scan of every (part, whole) pair; only
    the wholes a part can match are looked at, so a frame costs its matches, not its square."""
    words = [measure_words(c) for c in group]
    trade_wholes = [j for j, ww in enumerate(words) if ww & _WHOLE_WORDS]
    by_first_word: dict[str, list[int]] = {}  # a subgroup's whole has all its words in the part
    for j, ww in enumerate(words):
        if ww:
            by_first_word.setdefault(min(ww), []).append(j)
    for i, part in enumerate(group):
        pw = words[i]
        wholes: set[int] = set()
        if pw & _PART_WORDS:  # _word_pair needs a part word here and a whole word there
            wholes.update(trade_wholes)
        if _may_be_subgroup(part, pw):
            for w in pw:
                wholes.update(by_first_word.get(w, ()))
        for j in sorted(wholes):
            whole = group[j]
            if j == i or whole.sentence_start == part.sentence_start:
                continue
            ww = words[j]
            how = _word_pair(pw, ww) or _subgroup(part, whole, pw, ww)
            if how:
                yield part, whole, how


def _may_be_part(claim: Claim, words: frozenset[str]) -> bool:
    return bool(words & _PART_WORDS) or _may_be_subgroup(claim, words)


def _may_be_subgroup(claim: Claim, words: frozenset[str]) -> bool:
    """_subgroup's preconditions on the part."""
    return bool(words & SUBGROUP_WORDS) and claim.unit_family == "count"


_PART_WORDS = frozenset().union(*(part for part, _ in PART_WHOLE))
_WHOLE_WORDS = frozenset().union(*(whole for _, whole in PART_WHOLE))


def _word_pair(pw: frozenset[str], ww: frozenset[str]) -> str | None:
    if ww & NOT_A_WHOLE or pw & NOT_A_WHOLE:
        return None
    # the whole must be trade itself ("bilateral trade volume"), not something trade-related
    if len([w for w in ww - WHOLE_GENERIC if "-" not in w]) > 1:
        return None
    for part_words, whole_words in PART_WHOLE:
        if pw & part_words and ww & whole_words and not ww & part_words and not pw & whole_words:
            return f"{sorted(pw & part_words)[0]} within {sorted(ww & whole_words)[0]}"
    return None


def _subgroup(part: Claim, whole: Claim, pw: frozenset[str], ww: frozenset[str]) -> str | None:
    extra = (pw - ww) & SUBGROUP_WORDS
    if not ww or not ww < pw or not extra or ww & SUBGROUP_WORDS or part.unit_family != "count":
        return None
    return f"{sorted(extra)[0]} subgroup within the total"


def _places(claim: Claim) -> frozenset[str]:
    """The claim's places plus those named just before it ("DPRK-Russia trade", "North Korea
    and Russia saw trade of")."""
    window = claim.sentence[:offset(claim)[0]][-80:]
    found = {m.name for m in find_places(re.sub(r"[-\u2013\u2014/]", " ", window)) if m.kind == "country"}
    return frozenset(claim.places) | found
