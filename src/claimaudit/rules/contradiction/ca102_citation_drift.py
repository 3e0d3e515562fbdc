from __future__ import annotations

from typing import Iterator

from pydantic import BaseModel, ConfigDict

from claimaudit.models import Severity
from claimaudit.rules.base import RawFinding, Rule, RuleContext
from claimaudit.rules.matching import candidate_pairs, keyring
from claimaudit.rules.values import disjoint


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
    whose sources differ (warning: one may be citing the other, but an editor should look).

    **Fine**: one figure cited the same way twice; a figure with a source in one place and no
    source in another; the same number for different things ("12,000 workers in Russia" vs "12,000
    in Jilin").
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
                if a.source_date and b.source_date and not _compatible_dates(a.source_date, b.source_date):
                    yield self.finding(
                        [a, b],
                        f"{a.text} ({what}) is credited to {a.source} dated {a.source_date} on line "
                        f"{a.line} and dated {b.source_date} on line {b.line}",
                    )
            elif not _shares_source(a.source, b.source):
                yield self.finding(
                    [a, b],
                    f"{a.text} ({what}) is credited to {a.source} on line {a.line} and to "
                    f"{b.source} on line {b.line}",
                    severity=Severity.WARNING,
                    key="sources",
                )


def _compatible_dates(x: str, y: str) -> bool:
    """"2025" and "2025-05" can be one date; "2017" and "2019" cannot."""
    return x.startswith(y) or y.startswith(x)


def _shares_source(x: str, y: str) -> bool:
    return bool(set(x.split("; ")) & set(y.split("; ")))


def _period(claim):
    """Two stated periods that differ rule a pair out (the test in ``check``)."""
    return claim.period or None
