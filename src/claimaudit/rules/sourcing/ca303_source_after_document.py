from __future__ import annotations

import re
from typing import Iterator

from claimaudit.models import Claim, Severity
from claimaudit.rules.base import RawFinding, Rule, RuleContext
from claimaudit.rules.sourcing.common import date_parts, date_range, is_after, texts


def _fiscal_year_title(claim: Claim, year: int) -> bool:
    """"the FY2027 budget justification" is published before FY2027: its year is a title, not a date."""
    text = f"{claim.source_text or ''} {claim.sentence}"
    # (a work's title: "the FY2027 congressional budget justification"; not "8.1% of FY2025 spending")
    return re.search(
        rf"\b(?:FY\s?|fiscal\s+year\s+){year}\s+(?:[A-Za-z-]+\s+){{0,2}}?"
        r"(?:budget|request|justification|appropriations?|estimates?|plan|report|submission|proposal)s?\b",
        text, re.IGNORECASE,
    ) is not None


class SourceAfterDocument(Rule):
    """A figure is credited to a source dated after the document itself.

    **Why it matters**: a report dated June 2025 cannot quote a "September 2025 report"; either the
    citation's date is wrong, the document's date is wrong, or the citation was invented.

    **Flagged** (error): claims whose `source_date` is later than the document's date (`--as-of`,
    or the date inferred from the document's first lines), compared at the precision both have.
    One finding per source and date.

    **Fine**: a source dated in the same period at coarser precision ("2025" in a document dated
    2025-06, or "June 2025" in a document dated 2025), a source dated inside the period a
    document's title covers ("June 2025" in "..., 2023–2025"), sources without a date, documents with no
    known date, a source year that names a fiscal year ("the FY2027 budget request"), and forecasts whose *period* is later than the document ("growth of 4.5% in 2026").
    """

    code = "CA303"
    name = "source-after-document"
    severity = Severity.ERROR

    def check(self, ctx: RuleContext, options) -> Iterator[RawFinding]:
        # A document dated by a period ("..., 2023–2025") is no older than the period's end.
        span = date_range(ctx.document_date)
        if span is None:
            return
        doc = span[1]
        groups: dict[tuple[str, str], list[Claim]] = {}
        for claim in ctx.claims:
            parts = date_parts(claim.source_date)
            if parts is not None and is_after(parts, doc) and not _fiscal_year_title(claim, parts[0]):
                groups.setdefault((claim.source or "", claim.source_date or ""), []).append(claim)
        for (source, date), claims in groups.items():
            lines = sorted({c.line for c in claims})
            where = ", ".join(str(n) for n in lines[:5]) + ("..." if len(lines) > 5 else "")
            who = claims[0].source_text or source or "a source"
            yield self.finding(
                claims,
                f"{texts(claims)} credited to {who} dated {date}, after the document's own date "
                f"{ctx.document_date} (line {where})",
                key=f"{source}|{date}",
            )
