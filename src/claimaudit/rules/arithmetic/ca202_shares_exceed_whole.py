from __future__ import annotations

import re
from typing import Iterator

from pydantic import BaseModel, ConfigDict

from claimaudit.models import Claim, Severity
from claimaudit.rules.arithmetic._common import (
    add, by_sentence, fmt_interval, is_percent, iv, places_overlap, total, words,
)
from claimaudit.rules.base import RawFinding, Rule, RuleContext
from claimaudit.rules.values import format_value, written
from claimaudit.rules.windows import after, before

# Two shares of one whole that together make it up: what is remitted and what is retained.
COMPLEMENTS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset({"remit", "remitted", "remits", "remitting", "surrender", "surrendered", "confiscated"}),
     frozenset({"retain", "retained", "retaining", "retains", "keep", "kept", "keeping"})),
    (frozenset({"exported", "export"}), frozenset({"domestically", "domestic"})),
    (frozenset({"urban"}), frozenset({"rural"})),
    (frozenset({"public"}), frozenset({"private"})),
    (frozenset({"male", "men"}), frozenset({"female", "women"})),
)
_COMPLEMENT_WORDS = frozenset().union(*(x | y for x, y in COMPLEMENTS))
# Rates measured within each group (literacy of men, access of rural people) are not shares of
# one whole; measures with these words are never complements.
RATE_WORDS = frozenset({"rate", "literacy", "participation", "unemployment", "employment",
                        "enrollment", "enrolment", "mortality", "prevalence", "access", "improved",
                        "unimproved", "growth", "tax", "tariff", "poverty", "coverage", "turnout",
                        "smoking", "obesity", "sanitation", "water", "electrification", "ratio"})
# "urban: 97.5%": a table label names the group a rate is measured in.
LABEL = re.compile(r"\b[\w-]+\s*:\s*$")
OF_WHOLE = re.compile(r"^\s*(?:of|in)\s+([^,.;:()\d%]{2,50})")
WHOLE_STOP = re.compile(r"\b(?:by|from|for|according|since|during|as|at|to|with|which|that|and|or|while|when|"
                        r"was|were|is|are|has|had|have|be|being|been|go|goes|went|remain|remains)\b.*$")
# Names of one whole: what a worker earns.
SYNONYMS = {"earning": "wage", "salary": "wage", "pay": "wage", "income": "wage", "paycheck": "wage"}
FILLER = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "in", "of", "on", "total"})


# Between two shares of one list: a few words and a comma or "and", no figure, no clause end
_LIST_GAP = re.compile(r"[^.;:%()]{0,90}")
_FOR_BEFORE = re.compile(r"(?:,|\band)\s+[^,]{0,60}?\b(?:for|at)\s+(?:about\s+|around\s+|some\s+)?$")  # "..., those aged 10-14 for 11%"
_TO_AFTER = re.compile(r"\s+(?:went\s+)?to\s+[a-z]")  # "29% to air and missile defence"
# "the remaining 38%", "the rest, 12%", "all other nationalities ... 9%": the share that closes a list
# (not the level of a rate in the rest: "on the remaining lines occupancy improved to 83.7%")
REMAINDER_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:remaining|remainder|rest)\b"
    r"(?![^.%\d]*\b(?:improved|rose|fell|increased|decreased|declined|grew|dropped|climbed|reached|stood|averaged|"
    r"edged|slipped|jumped)\b)[^.%\d]{0,25}$",
    re.I,
)


# "... is divided as follows:", "... breaks down as follows:": a list of the whole's shares follows
SPLIT_INTRO = re.compile(
    r"\b(?:divided|split|broken\s+down|breaks?\s+down|allocated|distributed|apportioned|shared)\b[^.;]*"
    r"(?:as\s+follows|among|between|into)?\s*:\s*$",
    re.I,
)
BULLET = re.compile(r"\s*(?:[-•*–—]|\(?[a-z0-9]\)|\d+\.)\s")


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    tolerance: float = 1.0  # percentage points of slack around 100%
    error_gap: float = 2.0  # beyond rounding, a shortfall from 100% of this many points is an error


def _beyond_whole(parts, options: Options) -> tuple[float, float] | None:
    """The interval the shares add up to, when even its low end is over 100% (beyond rounding);
    None when it fits, or when a share's interval is unknown."""
    intervals = [iv(c) for c in parts]
    if any(i is None for i in intervals):
        return None
    summed = total(intervals)
    return summed if summed[0] > 100 + options.tolerance else None


class SharesExceedWhole(Rule):
    """Percentage shares of one whole do not fit into 100%.

    **Why it matters**: "80–90% of wages are remitted" and "workers keep 30%" cannot both be
    true; shares held by different partners of one whole cannot add to more than all of it.

    **Flagged**: (1) a share and its complement (remitted/retained, exported/consumed
    domestically, urban/rural, public/private, male/female) of the same measure, period and
    places, whose intervals cannot add to 100% (1 point of slack): error above 100%, error when
    they fall 5 points or more short, warning when they fall a little short. (2) Two shares
    "P% of <the same whole>" held by different parties (each names a place the other does not) in
    the same period, adding to more than 100%: error. (3) A list of shares closed by "the
    remaining N%" (in its sentence or the next) that adds to more than 100%: error. (4) One
    whole split in a list of parallel shares in one sentence ("46% of equipment spending went to
    land systems, 29% to air defence, 17% to ships and 16% to space"; "under-fives accounted for
    58% of cases, those aged 5-9 for 24% ...") that adds to more than 100%: error. (5) A split
    announced by its sentence ("the allocation of IDR 71 trillion is divided as follows:") and
    listed one share a bullet, adding to more than 100%: error.

    **Fine**: "80–90% remitted" with "10–15% retained" (the intervals can make 100), rates within
    groups ("literacy: male 96%, female 92%"; "urban: 97% of population, rural: 93%"), shares
    of different wholes, and shares of one party in different years.
    """

    code = "CA202"
    name = "shares-exceed-whole"
    severity = Severity.ERROR
    Options = Options

    def check(self, ctx: RuleContext, options: Options) -> Iterator[RawFinding]:
        shares = [c for c in ctx.claims if c.value is not None and is_percent(c) and c.kind == "share"
                  and (c.unit or "") == "percent"]
        # Only shares of one whole can clash: compare within groups of the same (normalised)
        # whole, so the cost grows with the size of a group, not of the document.
        groups: dict[tuple[str, ...], list[Claim]] = {}
        for claim in shares:
            whole = _whole_of(claim)
            if whole:
                key = tuple(sorted({SYNONYMS.get(w, w) for w in whole}))
                groups.setdefault(key, []).append(claim)
        for key in sorted(groups):
            yield from self._complements(groups[key], options)
            yield from self._partners(groups[key], options)
        yield from self._with_remainder(ctx.claims, options)
        yield from self._distribution(ctx.claims, options)
        yield from self._listed_split(ctx.claims, options)

    def _listed_split(self, claims, options: Options) -> Iterator[RawFinding]:
        """"The allocation of IDR 71 trillion is divided as follows:" then one bullet a share
        ("- food ingredients: 68%;"): the shares of the split cannot add to more than 100%."""
        ordered = sorted((c for c in claims if c.value is not None), key=lambda c: c.start)
        for index, intro in enumerate(ordered):
            sentence = intro.sentence.rstrip()
            # (the intro ends with its colon: other sentences are passed over without a search)
            if not (sentence.endswith(":") and SPLIT_INTRO.search(sentence)):
                continue
            if index + 1 < len(ordered) and ordered[index + 1].sentence_start == intro.sentence_start:
                continue  # (the intro's last figure opens the list)
            parts: list[Claim] = []
            for item in ordered[index + 1:]:
                if not BULLET.match(item.sentence):
                    break
                if not is_percent(item) or (parts and item.sentence_start == parts[-1].sentence_start):
                    parts = []  # one share a bullet, and only shares
                    break
                parts.append(item)
            if len(parts) < 2:
                continue
            summed = _beyond_whole(parts, options)
            if summed is not None:
                yield self.finding(
                    parts,
                    f"the split listed after line {intro.line} ({', '.join(format_value(p) for p in parts)}) adds up to "
                    f"{fmt_interval(summed, '%')}, more than the whole",
                    key="listed-split",
                )

    def _distribution(self, claims, options: Options) -> Iterator[RawFinding]:
        """"46% of equipment spending went to land systems, 29% to air defence and 16% to space",
        "under-fives accounted for 58% of cases, those aged 5-9 for 24% and older people for 14%":
        one whole split in a list of parallel shares, which cannot add to more than 100%."""
        groups = by_sentence(
            c for c in claims if c.value is not None and (c.unit or "") == "percent" and c.kind in ("level", "share")
        )
        for key in sorted(groups):
            members = groups[key]
            for index, first in enumerate(members[:-2]):
                whole = _whole_of(first)
                if not whole:
                    continue
                parts = [first]
                for later in members[index + 1:]:
                    gap = later.sentence[parts[-1].end - later.sentence_start : later.start - later.sentence_start]
                    if not _LIST_GAP.fullmatch(gap) or _whole_of(later) not in ((), whole):
                        break
                    if not (_FOR_BEFORE.search(gap) or _TO_AFTER.match(after(later, 20))):
                        break
                    parts.append(later)
                if len(parts) < 3:
                    continue
                summed = _beyond_whole(parts, options)
                if summed is not None:
                    yield self.finding(
                        parts,
                        f"shares of the {' '.join(whole)} listed on line {first.line}: "
                        f"{' + '.join(written(c) for c in parts)} add to {fmt_interval(summed, '%')}, more than 100%",
                        key="distribution",
                    )
                break

    def _with_remainder(self, claims, options: Options) -> Iterator[RawFinding]:
        """"A at 22%, followed by B (16%), C (13%) ... All others made up the remaining 38%": the
        remainder closes a list of shares of one whole, which must come to 100%."""
        groups = by_sentence(
            c for c in claims if c.value is not None and (c.unit or "") == "percent" and c.kind in ("level", "share")
        )
        keys = sorted(groups)
        for index, key in enumerate(keys):
            members = groups[key]
            for rest in members:
                if not REMAINDER_BEFORE.search(before(rest, 50)):
                    continue
                parts = [c for c in members if c.start < rest.start]
                if not parts and index and keys[index - 1][0] == key[0]:
                    previous = groups[keys[index - 1]]
                    # the list closes the sentence just before ("... Sudanese (9%). All others made up ...")
                    if 0 <= key[1] - (previous[0].sentence_start + len(previous[0].sentence)) <= 3:
                        parts = previous
                if len(parts) < 2:
                    continue
                intervals = [iv(c) for c in (*parts, rest)]
                if any(i is None for i in intervals):
                    continue
                lo, hi = total(intervals)
                if lo <= 100 + options.tolerance:
                    continue
                listed = " + ".join(written(c) for c in parts)
                yield self.finding(
                    [*parts, rest],
                    f"a list of shares closed by the remainder {format_value(rest)} (line {rest.line}): {listed} + "
                    f"{written(rest)} add to {fmt_interval((lo, hi), '%')}, more than 100%",
                    key="remainder",
                )

    def _complements(self, shares: list[Claim], options: Options) -> Iterator[RawFinding]:
        # the shares that may have a complement, found once per share, not once per pair
        sides = [(c, w) for c, w in ((c, _words(c)) for c in shares) if _may_complement(c, w)]
        for i, (a, wa) in enumerate(sides):
            for b, wb in sides[i + 1:]:
                pair = _complement_words(wa, wb)
                if pair is None or not _same_whole(a, b):
                    continue
                ia, ib = iv(a), iv(b)
                if ia is None or ib is None:
                    continue
                lo, hi = add(ia, ib)
                if lo > 100 + options.tolerance:
                    severity, what = Severity.ERROR, "more than 100%"
                elif hi < 100 - options.tolerance:
                    short = 100 - hi
                    severity = Severity.ERROR if short >= options.error_gap else Severity.WARNING
                    what = f"less than 100% (at least {short:.1f} points short)"
                else:
                    continue
                yield self.finding(
                    [a, b],
                    f"complementary shares ({pair[0]} / {pair[1]}): {format_value(a)} (line {a.line}) and "
                    f"{format_value(b)} (line {b.line}) add to {fmt_interval((lo, hi), '%')}, {what}",
                    severity=severity,
                    key="complement",
                )

    def _partners(self, shares: list[Claim], options: Options) -> Iterator[RawFinding]:
        wholes = [(c, _whole_of(c)) for c in shares]
        wholes = [(c, w) for c, w in wholes if w]
        for i, (a, wa) in enumerate(wholes):
            for b, wb in wholes[i + 1:]:
                if wa != wb or a.period != b.period or (a.period is None and a.sentence_start != b.sentence_start):
                    continue
                pa, pb = set(a.places), set(b.places)
                if not (pa - pb) or not (pb - pa):
                    continue
                if _PER_PARTY.search(after(a, 80)) or _PER_PARTY.search(after(b, 80)):
                    continue  # "Japan (80% of all audits for the country), Venezuela (100% ...)": each its own whole
                ia, ib = iv(a), iv(b)
                if ia is None or ib is None:
                    continue
                lo, hi = add(ia, ib)
                if lo <= 100 + options.tolerance:
                    continue
                yield self.finding(
                    [a, b],
                    f"shares of the {' '.join(wa)} held by different parties: {format_value(a)} (line "
                    f"{a.line}) and {format_value(b)} (line {b.line}) add to {fmt_interval((lo, hi), '%')}, "
                    f"more than 100%",
                    key="partners",
                )


def _may_complement(claim: Claim, words: frozenset[str]) -> bool:
    """A share can have a complement when its words name one side of a pair ("remitted",
    "urban"), unless it is a rate ("literacy", "access") or sits under a table label ("urban:
    97.5%")."""
    return bool(words & _COMPLEMENT_WORDS) and not words & RATE_WORDS and not LABEL.search(before(claim, 30))


def _complement_words(wa: frozenset[str], wb: frozenset[str]) -> tuple[str, str] | None:
    """The complementary words of two shares' measure words (see ``_may_complement`` first)."""
    for one, other in COMPLEMENTS:
        if wa & one and not wa & other and wb & other and not wb & one:
            return min(wa & one), min(wb & other)
        if wb & one and not wb & other and wa & other and not wa & one:
            return min(wa & other), min(wb & one)
    return None


def _words(claim: Claim) -> frozenset[str]:
    return frozenset(w.lstrip("+@#%^") for w in claim.measure_key)


def _same_whole(a: Claim, b: Claim) -> bool:
    """Both are "P% of <the same whole>", and the whole is not itself a group ("3% of urban
    bridges" is a rate within urban bridges, not the urban share of bridges)."""
    if a.period and b.period and a.period != b.period:
        return False
    if not places_overlap(a, b):
        return False
    wa, wb = _whole_of(a), _whole_of(b)
    if not wa or not wb:
        return False
    if _COMPLEMENT_WORDS & (set(wa) | set(wb)):
        return False
    na = {SYNONYMS.get(w, w) for w in wa}
    nb = {SYNONYMS.get(w, w) for w in wb}
    return na == nb


# A whole that is each party's own: "of all audits for the country", "of its exports", "respectively"
_PER_PARTY = re.compile(
    r"^[^;.]{0,60}?\b(?:(?:for|of|in)\s+(?:the|each|that|its|their)\s+(?:country|countries|region|state|party|"
    r"partner|economy)\b|respectively\b)|^\s+of\s+(?:its|their)\b", re.I
)


def _whole_of(claim: Claim) -> tuple[str, ...]:
    m = OF_WHOLE.match(after(claim, 60))
    if not m:
        return ()
    phrase = WHOLE_STOP.sub("", m.group(1).lower())
    return tuple(w for w in words(phrase) if w not in FILLER)
