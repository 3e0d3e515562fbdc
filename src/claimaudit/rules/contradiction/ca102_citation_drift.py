from __future__ import annotations

import re
from typing import Iterator

from pydantic import BaseModel, ConfigDict

from claimaudit.models import Severity
from claimaudit.rules.base import RawFinding, Rule, RuleContext
from claimaudit.rules.matching import candidate_pairs, keyring
from claimaudit.rules.values import disjoint, written
from claimaudit.rules.windows import before


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    min_similarity: float = 0.67


def _block(claim):
    return (claim.unit, claim.kind, claim.places)


class CitationDrift(Rule):
    """The same figure is credited to the same source with different dates, or to different sources.

    **Why it matters**: a citation is how a reader checks a figure. When "$160 million a year"
    comes from a 2017 UN Panel of Experts report on one page and from its 2019 report on another,
    at least one citation is wrong, and the reader cannot find the figure.

    **Flagged**: two claims of the same figure (overlapping reported intervals, same unit, same
    places, matching measure) whose sources are the same but whose source dates differ (error), or
    whose sources differ (warning: one may be citing the other, but an editor should look). Also
    (error) the same specific figure written the same way (two significant digits or a range), from
    the same named source with incompatible dates, about overlapping places, when the two
    measures share at least one word (counts whatever noun each names: "killed 597,000 people"
    and "597,000 malaria deaths") or the figure has four significant digits or more ("$2,718
    billion" for "world military expenditure" and, later, "against a global total of"), or one of
    the two sentences names no measure for the figure ("its estimate of USD 1.2-1.6 billion,
    published on 14 March"; "At 1.8%, the January projection ..."): the wording of a measure
    varies more than a figure does.

    **Fine**: one figure cited the same way twice; a figure with a source in one place and no
    source in another; the starting level of a change restated by a later release ("up from
    840,000 in early April"); a figure whose date is only inferred (a results story's uncredited figure,
    credited to its company and dated by the company's work cited last); a passage that credits the figure to the source at both dates (two
    statements of one body, "In March, the WFP warned ... WFP confirmed on 10 April ..."); the same number for different things ("12,000 workers in Russia" vs "12,000
    in Jilin"; one source's "14.5%" inflation and "14.5%" unemployment).
    """

    code = "CA102"
    name = "citation-drift"
    severity = Severity.ERROR
    Options = Options

    def check(self, ctx: RuleContext, options: Options) -> Iterator[RawFinding]:
        ring = keyring(ctx)

        def group(claim):
            # only sourced claims pair, and narrowing words must agree (same_marks)
            if not claim.source or claim.source_vague:
                return None
            return ring[id(claim)].modifiers

        reported: set[tuple[int, int]] = set()
        dated_lines = _dated_lines(ctx.claims)
        for a, b in candidate_pairs(ctx.claims, _block, group, ring, loose=_period):
            ka, kb = ring[id(a)], ring[id(b)]
            if a.sentence_start == b.sentence_start or not ka.same_table(kb):
                continue
            if a.period and b.period and a.period != b.period:
                continue
            # same_figure: the block gives one unit; the reported intervals must overlap
            if ka.interval is None or kb.interval is None or disjoint(ka.interval, kb.interval):
                continue
            if ka.containment(kb) < options.min_similarity:
                continue
            what = a.measure or b.measure or "the same figure"
            if a.source == b.source:
                if _both_dated(a, b) and not _compatible_dates(a.source_date, b.source_date) and not (
                    _told_twice(dated_lines, a, b)
                ):
                    reported.add((id(a), id(b)))
                    yield self.finding(
                        [a, b],
                        f"{written(a)} ({what}) is credited to {a.source} dated {a.source_date} on line "
                        f"{a.line} and dated {b.source_date} on line {b.line}",
                    )
            elif not _shares_source(a.source, b.source):
                yield self.finding(
                    [a, b],
                    f"{written(a)} ({what}) is credited to {a.source} on line {a.line} and to "
                    f"{b.source} on line {b.line}",
                    severity=Severity.WARNING,
                    key="sources",
                )

        yield from self._exact_figure_drift(ctx, reported, dated_lines)

    def _exact_figure_drift(self, ctx, reported, dated_lines) -> Iterator[RawFinding]:
        """The same specific figure, written the same way, from one named source with two dates:
        a misdated citation even when the two sentences word the measure differently ("$1.1
        billion in crude and gold for drones" vs "drone-related payments of $1.1 billion")."""
        groups: dict[tuple, list] = {}
        for claim in ctx.claims:
            if claim.source and not claim.source_vague and claim.source_date and _specific(claim.text):
                # (counts of one figure may name their noun two ways: "killed 597,000 people",
                # "the 597,000 malaria deaths")
                unit = "count" if claim.unit_family == "count" else claim.unit
                key = (claim.source, unit, claim.value, claim.low, claim.high)
                groups.setdefault(key, []).append(claim)
        for claims in groups.values():
            for i, a in enumerate(claims[:_MAX_SAME_FIGURE]):
                for b in claims[i + 1 : _MAX_SAME_FIGURE]:
                    if (id(a), id(b)) in reported or a.sentence_start == b.sentence_start:
                        continue
                    if not _both_dated(a, b) or _compatible_dates(a.source_date, b.source_date) or _told_twice(dated_lines, a, b):
                        continue
                    if a.places and b.places and not set(a.places) & set(b.places):
                        continue
                    if not _share_a_root(a, b) and not _very_specific(a.text) and not (
                        not (a.measure and b.measure)
                    ):
                        continue  # nothing in common but the number: different measures (unless the
                        # number alone is one figure: "$2,718 billion", four significant digits; or a
                        # restatement names no measure: "its estimate of $1.2-1.6 billion", "At 1.8%, ...")
                    what = a.measure or b.measure or "the same figure"
                    yield self.finding(
                        [a, b],
                        f"{written(a)} ({what}) is credited to {a.source} dated {a.source_date} on line "
                        f"{a.line} and dated {b.source_date} on line {b.line}",
                    )


def _both_dated(a, b) -> bool:
    """Both claims carry a source date the text gives them, not one guessed for a results story's
    uncredited figure (attribution "subject": the date of the company's work cited last), nor the
    date of a later release that restates the figure as its starting point ("released on 6 May
    ..., up from 840,000 in early April")."""
    return (
        bool(a.source_date and b.source_date) and "subject" not in (a.attribution, b.attribution)
        and not _earlier_level(a) and not _earlier_level(b)
    )


# "up from", "down 4% from", "rising from": the level a change started from
_EARLIER_LEVEL_BEFORE = re.compile(
    r"\b(?:up|down|rising|falling|rose|fell|increased|decreased|climbed|dropped|grew|declined)"
    r"(?:\s+(?:by\s+)?[\d.,]+\s*(?:%|per\s*cent|percent)?)?\s+from\s+(?:about\s+|around\s+|some\s+|nearly\s+|an?\s+)?\Z",
    re.I,
)


def _earlier_level(claim) -> bool:
    return "from" in claim.sentence and _EARLIER_LEVEL_BEFORE.search(before(claim, 40)) is not None


def _dated_lines(claims) -> dict[tuple, set[tuple[int, str]]]:
    """(source, value) -> the (line, source date) pairs it is credited with."""
    out: dict[tuple, set[tuple[int, str]]] = {}
    for claim in claims:
        if claim.source and claim.source_date and claim.value is not None:
            out.setdefault((claim.source, claim.value), set()).add((claim.line, claim.source_date))
    return out


def _told_twice(dated_lines, a, b) -> bool:
    """The passage of one of the two claims credits the figure to the source at both dates ("In
    March, the WFP warned it would cut the USD 12 ration ... WFP confirmed on 10 April that the
    USD 12 ration would be maintained"): the document reports two statements, it does not misdate one."""
    seen = dated_lines.get((a.source, a.value), set())
    return any((line, a.source_date) in seen and (line, b.source_date) in seen for line in (a.line, b.line))


_MAX_SAME_FIGURE = 12  # a figure repeated more often than this is a constant, not a citation


# the base of an irregular verb's past forms: "grew" and "growth" share "grow"
_VERB_BASE = {"grew": "grow", "grown": "grow", "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall"}


def _plain_words(claim) -> frozenset[str]:
    """A claim's measure words and marks, without the marks' prefixes."""
    return frozenset(_VERB_BASE.get(w := m.lstrip("+@#%^"), w) for m in claim.measure_key) - {""}


def _roots(claim) -> frozenset[str]:
    """The first letters of a claim's measure words: "committed" and "commitments" share "commi"."""
    return frozenset(w[:5] for w in _plain_words(claim) if len(w) >= 4)


def _share_a_root(a, b) -> bool:
    """The two measures share a word's first five letters ("committed" and "commitments"), or a
    word of four letters opens a word of the other ("grow" and "growth")."""
    if _roots(a) & _roots(b):
        return True
    wa = {w for w in _plain_words(a) if len(w) == 4}
    wb = {w for w in _plain_words(b) if len(w) == 4}
    return any(w.startswith(short) for short in wa for w in _plain_words(b)) or any(
        w.startswith(short) for short in wb for w in _plain_words(a)
    )


def _specific(text: str) -> bool:
    """A figure specific enough that two equal ones are one figure: two significant digits or a
    range ("42%", "$1.1 billion", "400–600"), not "5%" or "two"."""
    return _significant_digits(text) >= 2 or any(sep in text for sep in ("–", "-", " to "))


def _very_specific(text: str) -> bool:
    """Four significant digits or more ("$2,718 billion", "1,343"): one source does not give that
    number for two different things."""
    return _significant_digits(text) >= 4


def _significant_digits(text: str) -> int:
    """Digits of the figure (a range's first end), zeros at either end aside: "$2,718 billion" 4, "5%" 1."""
    return len(re.sub(r"\D", "", text.split("–")[0].split("-")[0]).strip("0"))


def _compatible_dates(x: str, y: str) -> bool:
    """"2025" and "2025-05" can be one date; "2017" and "2019" cannot."""
    return x.startswith(y) or y.startswith(x)


def _shares_source(x: str, y: str) -> bool:
    return bool(set(x.split("; ")) & set(y.split("; ")))


def _period(claim):
    """Two stated periods that differ rule a pair out (the test in ``check``)."""
    return claim.period or None
