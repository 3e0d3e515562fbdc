from __future__ import annotations

import re
from typing import Iterator

from pydantic import BaseModel, ConfigDict

from claimaudit.models import Claim, Severity
from claimaudit.rules.arithmetic._common import by_sentence, divide, fmt_interval, gap_ratio, is_percent, iv
from claimaudit.rules.base import RawFinding, Rule, RuleContext
from claimaudit.rules.matching import measure_words, whole_words
from claimaudit.rules.values import format_value
from claimaudit.rules.windows import after, before, between, may_end_with

# What a rate is counted per, and the units of the figure it divides by
PER_DIVISOR = {
    "hour": ("hours",), "day": ("days",), "week": ("weeks",), "month": ("months",), "year": ("years",),
    "person": ("people", "persons", "inhabitants", "residents"),
    "capita": ("people", "persons", "inhabitants", "residents"),
    "head": ("people", "persons"),
    # prices: "12,000 tonnes ... at roughly $20,000 per tonne, earning about $2.4 billion"
    "tonne": ("metric tons",), "ton": ("metric tons", "short tons", "tons"), "barrel": ("barrels",),
    "kilogram": ("kilograms",), "ounce": ("troy ounces", "ounces"),
    # yields: "30.1 million tonnes from 4.85 million hectares, an average of 6.2 tonnes per hectare"
    "hectare": ("hectares",), "acre": ("acres",),
}
POPULATION = ("population", "inhabitants", "residents", "people")
BOUND_REACH = 1.5  # "more than N" read as N to 1.5 N
# Between two counts and the percentage that is their ratio: "4,812 cases and 97 deaths, a CFR of
# 0.2%", "(CFR 1.3%)", "412 of the 1,036 samples it tested, a positivity rate of 40%", "..., or 62%"
_OF_ALL_AFTER = re.compile(r"\s+of\s+(?:all|every|the\s+(?:entire|whole|total))\b", re.I)
RATIO_BEFORE = re.compile(
    r"(?:,\s*(?:\w+\s+)?(?:a|an|the)?\s*(?:[\w-]+\s+){0,3}(?:rate|ratio|proportion|CFR)\s*(?:\([A-Z]{2,6}\))?\s*(?:of\s+)?"
    r"|\(\s*(?:CFR|[\w-]+\s+rate)\s*(?:of\s+)?"
    r"|,\s*or\s+)(?:about|around|roughly|nearly|almost|some|approximately|just\s+(?:over|under)\s+)?\Z",
    re.I,
)


# "a 0.7% premium comes to about US$105,000": what a percentage of an amount amounts to
COMES_TO = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}(?:comes?\s+to|came\s+to|amounts?\s+to|amounted\s+to|works?\s+out\s+(?:at|to)|"
    r"equals?|would\s+be|adds?\s+up\s+to|totals?)\s*(?:about|around|roughly|nearly|some|approximately|almost)?\s*\Z",
    re.I,
)
# "Of the 2.04 million hectares cleared ...": the whole the sentence's parts are shares of
WHOLE_BEFORE = re.compile(r"(?:^|[,;:]\s*|\b)[Oo]f\s+(?:the|these|those|its|their|all|all\s+the)\s+\Z")
# the words WHOLE_BEFORE ends with (blanks aside; it is case-sensitive): other windows are not
# searched (a search tries the pattern at every position of the window)
_WHOLE_LAST = ("the", "these", "those", "its", "their", "all")
SHARE_IN_PARENS = re.compile(r"^\s*(?:[a-z]+\s+){0,2}\(\s*(?:about|around|roughly|nearly|almost|some|just\s+(?:over|under))?\s*\Z")


_OF_THESE_BEFORE = re.compile(r"\b[Oo]f\s+(?:these|those)(?:\s+[a-z]+){0,2},\s*\Z")  # "Of these transfers, "
_OF_THE_NOUN_THEN_SHARE = re.compile(r"\s+of\s+(?:the|these|those)\s+([a-z][\w-]*)\s*(?:\(|[–—]|--?)\s*(?:about\s+|around\s+|some\s+)?\Z")
_PART_OF = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|our\s+|all\s+)?")  # "212 of our 530"
_ITEM_OPENING = re.compile(r"\s*(?:[•▪◦*–-]\s*)?\d")  # a list item that opens with its figure: "• 120 (48%) met ..."


def _opens_whole(window: str) -> bool:
    """``window`` ends with "of the", "of all" ...: the whole a sentence's parts are shares of."""
    return may_end_with(window, _WHOLE_LAST) and WHOLE_BEFORE.search(window) is not None


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    min_gap: float = 0.5  # the stated and the implied rate this far apart (relative): warning
    error_gap: float = 2.0  # this far apart (three times the smaller): error
    share_gap: float = 0.05  # a part's share of the whole it opened with, this far from the quotient: warning
    share_error_gap: float = 0.10  # ... this far: error
    conversion_gap: float = 0.10  # an amount restated at a stated exchange rate, this far off: warning
    min_conversions: int = 3  # restatements of one pair of currencies a document needs before one is odd
    conversion_outlier: float = 2.0  # one restatement's rate this many times the others' median: warning
    conversion_outlier_error: float = 5.0  # ... this many times: error


class RateInconsistent(Rule):
    """A rate stated with the total and the divisor it follows from does not follow from them.

    **Why it matters**: "1,840 people landed over 46 hours, roughly 400 an hour" is about 40 an
    hour; a reader who divides finds a figure ten times too high, usually a slipped digit or
    scale word.

    **Flagged**: in one sentence, a rate "R per <unit>" (an hour, a day, a year, per person,
    per capita, a price per tonne, barrel, kilogram or ounce, a yield per hectare or acre), a
    total in the rate's unit (or a count, for a bare "400 an hour"), and the figure it is divided
    by, in hours, days, months, years, people, the priced unit or the area (or a bare figure after
    "population"). The stated rate's interval (rounding and "about" counted; "more than N" read
    as N to 1.5 N) and the quotient's must overlap within 50%: warning beyond, error when one is
    three times the other.

    Also: two counts (or two sums in one currency) of one sentence followed by the percentage that
    is their ratio ("4,812 suspected cases and 97 deaths, a CFR of 0.2%", "412 of the 1,036 samples
    tested, a positivity rate of 40%", "420,000 of its 680,000 customers, or 62%", "212 of our 530
    members (40%)", "US$412.6
    million against a requirement of US$1.45 billion, leaving the appeal 32% funded"): the
    percentage must be the smaller figure over the larger, within rounding and 5% (warning;
    error from 10%).

    And: a sentence opening with its whole and giving its parts' shares in parentheses ("Of the
    2.04 million hectares cleared, 1.53 million hectares (64%) were pasture"): each share must be
    the part over the whole within rounding and 5% (warning; error from 10%).

    And: a sentence opening "Of these <noun>," with a count and its share in brackets ("Of these
    transfers, 90 (38%) happened at night"), or a count "of the <noun>" with its share in brackets
    or between dashes ("126 of the flats – 30% –"): the share is the count over the last count of
    that noun before it (within a few sentences), within the same margins.

    And: a list whose lead-in ends with its whole ("Of the 250 clinics inspected:") and whose items
    open with a count and its share in parentheses ("• 120 (48%) met ..."): each share must be the
    item's count over the whole, within the same margins.

    And: an amount restated in another currency at the exchange rate the sentence gives ("IDR
    71 trillion (about USD 4.4 billion at IDR 16,300 per USD)"): within 10% (warning), error
    when three times apart.

    And: a percentage of an amount the sentence stated before it, and what it "comes to" ("For a
    vessel insured at US$150 million, a 0.7% premium comes to about US$105,000"): within 10%.

    And: amounts restated in another currency ("GHS 9.8 million (about USD 650,000)"): where a
    document restates at least three amounts between one pair of currencies, one whose rate is
    twice (warning) or five times (error) the median of the others' ("GHS 2.4 million (about USD
    1.6 million)" among conversions at about 15 to the dollar).

    **Fine**: rates that agree with their quotient within rounding; rates with no total or no
    divisor in their sentence; totals and divisors of other units; a percentage after two counts
    that is no ratio of them ("... and 97 deaths, a rise of 20%") or that names a whole of its own
    ("killed 300 people and displaced 40,000, or a tenth of the district", "... to 1.3 million homes,
    or 88% of all homes"); an amount written
    after the rate that names another measure ("annual sales of about USD 210 million, after a
    build costing USD 540 million") is not the rate's total.
    """

    code = "CA207"
    name = "rate-inconsistent"
    severity = Severity.ERROR
    Options = Options

    def check(self, ctx: RuleContext, options: Options) -> Iterator[RawFinding]:
        for members in by_sentence(c for c in ctx.claims if c.value is not None and c.kind == "level").values():
            for rate in members:
                if rate.per not in PER_DIVISOR:
                    continue
                base = rate.unit.rsplit("/", 1)[0] if rate.unit and "/" in rate.unit else None
                totals = [c for c in members if c is not rate and not c.per and _same_base(c, base)]
                divisors = [c for c in members if c is not rate and not c.per and _divides(c, rate.per)]
                if len(totals) != 1 or len(divisors) != 1 or totals[0] is divisors[0]:
                    continue  # one total and one divisor, or no telling which goes with which
                if totals[0].start > rate.start and _measures_apart(rate, totals[0]):
                    continue  # "annual sales of USD 210 million, after a build costing USD 540 million"
                yield from self._judge(rate, totals[0], divisors[0], options)

        restated = []  # (amount, its restatement in another currency) of every sentence
        for members in by_sentence(c for c in ctx.claims if c.value is not None).values():
            yield from self._stated_ratios(members, options)
            yield from self._shares_of_a_whole(members, options)
            yield from self._conversions(members, options)
            yield from self._percent_of_amount(members, options)
            restated.extend(_restatements(members))
        yield from self._odd_conversions(restated, options)
        # (prose figures in document order: a list's lead-in or the count "Of these" refers to is
        # in an earlier sentence)
        ordered = sorted((c for c in ctx.claims if c.value is not None and c.origin == "prose"), key=lambda c: (c.path, c.start))
        yield from self._shares_of_a_listed_whole(ordered, options)
        yield from self._shares_of_the_count_before(ordered, options)

    def _odd_conversions(self, restated: list[tuple[Claim, Claim]], options: Options) -> Iterator[RawFinding]:
        """"GHS 2.4 million (about USD 1.6 million)" where every other GHS amount of the document is
        restated at about 15 to the dollar: the conversions of one pair of currencies should agree."""
        by_pair: dict[tuple[str, str], list[tuple[float, Claim, Claim]]] = {}
        for amount, converted in restated:
            rate = (amount.value or 0) / converted.value if converted.value else 0
            if rate > 0:
                by_pair.setdefault((amount.currency, converted.currency), []).append((rate, amount, converted))
        for (home, foreign), found in sorted(by_pair.items()):
            if len(found) < options.min_conversions:
                continue
            for i, (rate, amount, converted) in enumerate(found):
                others = sorted(r for j, (r, _, _) in enumerate(found) if j != i)
                usual = others[len(others) // 2]
                times = max(rate / usual, usual / rate)
                if times < options.conversion_outlier:
                    continue
                yield self.finding(
                    [amount, converted],
                    f"{format_value(amount)} restated as {format_value(converted)} (line {converted.line}) is "
                    f"{rate:,.3g} {home} per {foreign}, against about {usual:,.3g} in the document's other "
                    f"{len(others)} conversions ({times:.1f} times apart)",
                    severity=Severity.ERROR if times >= options.conversion_outlier_error else Severity.WARNING,
                    key="conversion-outlier",
                )

    def _percent_of_amount(self, members: list[Claim], options: Options) -> Iterator[RawFinding]:
        """"For a vessel insured at US$150 million, a 0.7% premium comes to about US$105,000":
        a percentage of an amount stated earlier in the sentence, and what it comes to."""
        for i, (share, result) in enumerate(zip(members, members[1:])):
            if not is_percent(share) or not result.currency or not COMES_TO.match(between(share, result)):
                continue
            bases = [c for c in members[:i] if c.currency == result.currency and not c.per and not is_percent(c)]
            if len(bases) != 1 or (bases[0].value or 0) <= (result.value or 0):
                continue  # one amount the percentage is of, larger than its part
            apart = _apart(result, bases[0], share, options, scale=0.01, min_gap=options.conversion_gap, multiply=True)
            if apart is None:
                continue
            implied, gap, severity = apart
            yield self.finding(
                [result, share, bases[0]],
                f"{format_value(share)} of {format_value(bases[0])} (line {share.line}) is {fmt_interval(implied)}, "
                f"but the text says {format_value(result)} ({gap + 1:.1f} times apart)",
                severity=severity,
                key="percent-of-amount",
            )

    def _conversions(self, members: list[Claim], options: Options) -> Iterator[RawFinding]:
        """"IDR 71 trillion (approximately USD 4.4 million at a rate of IDR 16,300 per USD)": an
        amount restated in another currency at an exchange rate the sentence gives."""
        for rate in members:
            if not rate.currency or not rate.per or rate.unit != f"{rate.currency}/{rate.per}":
                continue  # an exchange rate: IDR per USD
            home, foreign = rate.currency, rate.per
            for i, converted in enumerate(members):
                if converted is rate or converted.unit != foreign or converted.per:
                    continue
                amounts = [c for c in members[:i] if c is not rate and c.unit == home and not c.per]
                if not amounts:
                    continue
                amount = amounts[-1]  # the amount the converted figure restates, just before it
                apart = _apart(converted, amount, rate, options, min_gap=options.conversion_gap)
                if apart is None:
                    continue
                implied, gap, severity = apart
                yield self.finding(
                    [converted, amount, rate],
                    f"{format_value(amount)} at {format_value(rate)} per {foreign} (line {rate.line}) is "
                    f"{fmt_interval(implied)} {foreign}, but the text says {format_value(converted)} "
                    f"({gap + 1:.1f} times apart)",
                    severity=severity,
                    key="conversion",
                )

    def _shares_of_a_whole(self, members: list[Claim], options: Options) -> Iterator[RawFinding]:
        """"Of the 2.04 million hectares cleared, 1.53 million hectares (64%) were pasture": each
        part's percentage in parentheses is the part over the whole the sentence opened with."""
        for i, whole in enumerate(members):
            if is_percent(whole) or not _opens_whole(before(whole, 30)) or (whole.value or 0) <= 0:
                continue
            for part, share in zip(members[i + 1:], members[i + 2:]):
                if not is_percent(share) or is_percent(part) or not SHARE_IN_PARENS.match(between(part, share)):
                    continue
                if part.unit != whole.unit and not (part.unit is None and whole.unit_family == "count"):
                    continue  # ("Of the 946,000 people, 398,000 (36%)": a bare part counts the whole's noun)
                if not (0 < (part.value or 0) <= whole.value):
                    continue
                if (found := self._share_apart(share, part, whole, share.line, options, "share-of-whole")) is not None:
                    yield found

    def _share_apart(self, share: Claim, part: Claim, whole: Claim, line: int, options: Options, key: str) -> RawFinding | None:
        """A finding when ``share`` is not ``part`` over ``whole`` within the shares' margins."""
        apart = _apart(share, part, whole, options, scale=100.0, min_gap=options.share_gap,
                       error_gap=options.share_error_gap)
        if apart is None:
            return None
        implied, gap, severity = apart
        return self.finding(
            [share, part, whole],
            f"{format_value(part)} of {format_value(whole)} (line {line}) is "
            f"{fmt_interval(implied, '%')}, but the text says {format_value(share)} ({gap:.0%} apart)",
            severity=severity,
            key=key,
        )

    def _shares_of_a_listed_whole(self, ordered: list[Claim], options: Options) -> Iterator[RawFinding]:
        """"Of the 250 clinics inspected:" over "• 120 (48%) met ...", "• 95 (38%) failed ...": each item's
        percentage is its count over the whole the list's lead-in opened with."""
        whole = None
        for part, share in zip(ordered, ordered[1:] + [None]):
            if part.sentence.rstrip().endswith(":") and part.unit_family == "count" and (part.value or 0) > 0 and (
                _opens_whole(before(part, 30))
            ):
                whole = part  # the lead-in: "Of the 250 clinics inspected:"
                continue
            if whole is None or part.sentence_start == whole.sentence_start:
                continue
            if part.path != whole.path or part.start - whole.end > 2000 or not _ITEM_OPENING.match(part.sentence):
                whole = None  # past the list
                continue
            if (part.sentence_offset or 0) > 4 or share is None or share.sentence_start != part.sentence_start:
                continue  # (an item's later figures)
            if not is_percent(share) or part.unit != whole.unit or not SHARE_IN_PARENS.match(between(part, share)):
                continue
            if not (0 < (part.value or 0) <= whole.value):
                continue
            if (found := self._share_apart(share, part, whole, whole.line, options, "share-of-listed-whole")) is not None:
                yield found

    def _shares_of_the_count_before(self, ordered: list[Claim], options: Options) -> Iterator[RawFinding]:
        """"... logged 240 cargo transfers. Of these transfers, 90 (38%) happened at night": the
        share in brackets is the part over the count the sentence before stated."""
        for i, (part, share) in enumerate(zip(ordered, ordered[1:])):
            if is_percent(part) or not is_percent(share) or part.unit_family != "count" or share.sentence_start != part.sentence_start:
                continue
            if not (_OF_THESE_BEFORE.search(before(part, 40)) and SHARE_IN_PARENS.match(between(part, share))
                    or (of_the := _OF_THE_NOUN_THEN_SHARE.match(between(part, share))) and of_the.group(1) == part.unit):
                continue  # (or "126 of the flats – 35% –", "126 of the flats (35%)": the flats counted before)
            whole = next((c for c in reversed(ordered[:i]) if c.path == part.path and c.sentence_start < part.sentence_start
                          and part.start - c.end <= 600 and c.unit == part.unit and not is_percent(c)), None)
            if whole is None or not (0 < (part.value or 0) <= (whole.value or 0)):
                continue
            if (found := self._share_apart(share, part, whole, whole.line, options, "share-of-count-before")) is not None:
                yield found

    def _stated_ratios(self, members: list[Claim], options: Options) -> Iterator[RawFinding]:
        for a, b, share in zip(members, members[1:], members[2:]):
            if not (is_percent(share) and (_count(a) and _count(b) or _amounts_alike(a, b))):
                continue
            if not (RATIO_BEFORE.search(between(b, share)) or _FUNDED_BEFORE.search(between(b, share))
                    and _FUNDED_AFTER.match(after(share))
                    or _PART_OF.fullmatch(between(a, b)) and SHARE_IN_PARENS.match(between(b, share))):
                continue  # ("212 of our 530 members (40%)": the part's share, in brackets after the whole)
            small, large = sorted((a, b), key=lambda c: c.value)
            if _OF_ALL_AFTER.match(after(share, 30)):
                continue  # "to 1.31 million homes, or 88% of all homes": the larger's share of a whole unstated
            if _names_another_whole(share, large):
                continue  # "... and displaced 40,000, or a tenth of the district": the share's own whole
            # (a ratio written out is exact but for its rounding: the shares' tolerance, not a rate's)
            apart = _apart(share, small, large, options, scale=100.0,
                           min_gap=options.share_gap, error_gap=options.share_error_gap)
            if apart is None:
                continue
            implied, gap, severity = apart
            yield self.finding(
                [share, small, large],
                f"{format_value(small)} of {format_value(large)} (line {share.line}) is "
                f"{fmt_interval(implied, '%')}, but the text says {format_value(share)} ({_how_far(gap)})",
                severity=severity,
                key="ratio",
            )

    def _judge(self, rate: Claim, total: Claim, divisor: Claim, options: Options):
        apart = _apart(rate, total, divisor, options)
        if apart is None:
            return
        implied, gap, severity = apart
        yield self.finding(
            [rate, total, divisor],
            f"{format_value(total)} / {format_value(divisor)} (line {rate.line}) is "
            f"{fmt_interval(implied)} per {rate.per}, but the text says {format_value(rate)} "
            f"({gap + 1:.1f} times apart)",
            severity=severity,
        )


# between an amount and its restatement in another currency: "GHS 2.4 million (about USD 1.6 million)"
RESTATED_AS = re.compile(r"^\s*(?:\(|,)\s*(?:about|around|roughly|some|approximately|approx\.|or\s+about|equivalent\s+to|~)?\s*$", re.I)


def _restatements(members: list[Claim]) -> Iterator[tuple[Claim, Claim]]:
    """(amount, the same amount in another currency right after it) of one sentence."""
    for amount, converted in zip(members, members[1:]):
        if (amount.currency and converted.currency and amount.currency != converted.currency
                and not amount.per and not converted.per and RESTATED_AS.match(between(amount, converted))):
            yield amount, converted


def _apart(stated: Claim, total: Claim, divisor: Claim, options: Options, scale: float = 1.0,
           min_gap: float | None = None, error_gap: float | None = None, multiply: bool = False):
    """(implied interval, gap, severity) when ``stated`` is too far from ``scale`` x total / divisor
    (or ``scale`` x total x divisor, with ``multiply``): ``min_gap`` apart for a warning and
    ``error_gap`` for an error, by default the options'. None when close enough, or when an
    interval is unknown."""
    it, idv, ist = _near(total), _near(divisor), _near(stated)
    if it is None or idv is None or ist is None:
        return None
    if multiply:
        implied = (it[0] * idv[0] * scale, it[1] * idv[1] * scale) if it[0] >= 0 and idv[0] >= 0 else None
    else:
        implied = divide((it[0] * scale, it[1] * scale), idv)
    if implied is None:
        return None
    gap = gap_ratio(ist, implied)
    if gap < (options.min_gap if min_gap is None else min_gap):
        return None
    errors_from = options.error_gap if error_gap is None else error_gap
    return implied, gap, Severity.ERROR if gap >= errors_from else Severity.WARNING


def _near(claim: Claim):
    """The claim's interval, a bound read as the figure it is written near: "more than 1,840" is
    1,840 to half as much again, not any number above it."""
    interval = iv(claim)
    if interval is None or claim.value is None:
        return interval
    lo, hi = interval
    if claim.bound in ("gt", "ge"):
        return lo, max(lo, claim.value) * BOUND_REACH
    if claim.bound in ("lt", "le"):
        return min(hi, claim.value) / BOUND_REACH, hi
    return interval


def _how_far(gap: float) -> str:
    return f"{gap + 1:.1f} times apart" if gap >= 1 else f"{gap:.0%} apart"


def _amounts_alike(a: Claim, b: Claim) -> bool:
    """Two sums of money in one currency: "US$21.5 million of the US$86 million it requires"."""
    return bool(a.currency) and a.currency == b.currency and a.unit == b.unit and not (a.per or b.per) and (
        a.kind == b.kind == "level" and (a.value or 0) > 0 and (b.value or 0) > 0
    )


# "..., leaving the appeal 32% funded", "..., bringing it to 61% funded": a funding ratio
_FUNDED_BEFORE = re.compile(
    r",\s*(?:leaving|making|bringing)\s+(?:(?:it|the|its)\s+)?(?:[\w-]+\s+){0,3}?(?:to\s+)?"
    r"(?:about|around|roughly|nearly|just\s+)?\Z",
    re.I,
)
_FUNDED_AFTER = re.compile(r"\s*(?:funded|covered|financed|met)\b", re.I)


def _count(claim: Claim) -> bool:
    return claim.unit_family == "count" and claim.kind == "level" and not claim.per and (claim.value or 0) > 0


def _measures_apart(rate: Claim, total: Claim) -> bool:
    """Both name what they measure, and nothing in common: a total written after the rate is then
    not what the rate divides. (One written before it often is, in other words: "30.1 million
    tonnes ..., an average yield of 6.2 tonnes per hectare".)"""
    a, b = measure_words(rate), measure_words(total)
    return bool(a and b) and not a & b


def _names_another_whole(share: Claim, large: Claim) -> bool:
    """The share says what it is a share of ("or a tenth of the district"), and the larger figure
    does not measure that: the share restates a figure against a whole the sentence never gives."""
    wholes = {w[1:] for w in whole_words(share)}
    return bool(wholes) and not wholes & measure_words(large)


def _same_base(claim: Claim, base: str | None) -> bool:
    """The total is in the rate's own unit ("KES" for "KES/capita"), or a count when the rate
    names none ("400 an hour" after "1,840 people")."""
    if base is not None:
        return claim.unit == base and (claim.value or 0) > 0
    return claim.unit_family == "count" and (claim.value or 0) > 0


def _divides(claim: Claim, per: str) -> bool:
    if (claim.value or 0) <= 0:
        return False
    if claim.unit in PER_DIVISOR[per]:
        return True
    # "a population of roughly 52 million": a bare figure named a population
    return claim.unit is None and per in ("person", "capita", "head") and any(
        w in before(claim, 40).lower() for w in POPULATION
    )
