from __future__ import annotations

import re
from typing import Iterator

from pydantic import BaseModel, ConfigDict

from claimaudit.models import Claim, Severity
from claimaudit.rules.base import RawFinding, Rule, RuleContext
from claimaudit.rules.sourcing.common import date_parts, date_range, is_after, says, texts

# A period written as dates only ("2024", "2023/2024", "2025-01/2025-06"), not "since 2020",
# "until 2030" or "annual"
_PLAIN_PERIOD = re.compile(r"\d{4}(?:-\d\d){0,2}(?:/\d{4}(?:-\d\d){0,2})?")
# What makes a figure about a later period a forecast, a plan or a hypothesis, not a measurement
_NOT_MEASURED = re.compile(
    r"\b(?:will|would|could|can|may|might|should|shall|expect\w*|project(?:ed|ions?|ing|s)|forecast\w*|predict\w*|anticipat\w*|"
    r"likely|targets?|targeting|goals?|plan\w*|aim\w*|scenarios?|assum\w*|outlook|set\s+to|potential\w*|needs?|needed|must|"
    r"requir\w*|budget\w*|model\w*|simulat\w*|if|unless|(?:is|are|was|were)\s+to|to\s+(?:reach|rise|fall|grow|"
    r"increase|decrease|decline|double|triple|exceed|hit|top))\b",
    re.IGNORECASE,
)


# After the figure, only the words that make the figure itself hypothetical: in "41% of households
# displaced in April intend to return, while 23% plan to integrate locally" the plans are the
# respondents', what a survey measured
_NOT_MEASURED_AFTER = re.compile(
    r"\b(?:will|would|could|might|may|must|shall|forecast\w*|projected|expected|predicted|scenarios?|assum\w*|model\w*|simulat\w*|if|unless)\b",
    re.IGNORECASE,
)


def _not_measured(ctx, claim) -> bool:
    """The sentence makes the figure a forecast, a plan or a hypothesis."""
    if not says(ctx, _NOT_MEASURED, claim.sentence):
        return False
    at = claim.sentence_offset
    if at is None:  # (a record written before the field existed: the whole sentence counts)
        return True
    return _NOT_MEASURED.search(claim.sentence, 0, at) is not None or _NOT_MEASURED_AFTER.search(claim.sentence, at) is not None


# A figure the source says it measured: "An ILO survey published in 2023 counted 6,100 workers
# there last year" (in 2025) cannot be, even one year before its period
_COUNTED = re.compile(r"\b(?:counted|recorded|registered|documented|tallied|measured|identified|found)\b", re.IGNORECASE)


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    min_years: int = 2  # the source must be this many calendar years older than the period's start
    min_months: int = 2  # ... or, for a count dated to the month, this many months older


class SourceBeforePeriod(Rule):
    """A figure measured over a period is credited to a source published years before it began.

    **Why it matters**: "A 2019 study estimated that delays during 2023 and 2024 had cost
    developers £1.2 billion" cannot be right as written: a study cannot measure what had not yet
    happened. The study's date, the period or the attribution is wrong.

    **Flagged** (warning): a prose figure whose period is written as dates ("in 2023 and 2024",
    "in the first half of 2025"), ended by the document's date (the past, for the document),
    and starts at least `min_years` calendar years after the year of the figure's source, in a
    sentence that says nothing of a forecast, plan, need, model or condition ("will", "projected",
    "expected", "target", "scenario", "if", "to reach" ...; after the figure only the words that make
    the figure itself hypothetical: "23% plan to integrate" reports respondents' plans). One
    finding per source and date. Within one year, a figure the source says it counted or found
    for a period dated to the month, `min_months` months or more after the source ("a survey
    conducted in January 2024 found that 41% of households displaced by the April 2024
    escalation ...").

    **Fine**: forecasts and targets ("a 2018 review projected that queues would reach 400 GW by
    2030"), a source of the year before its period (budgets and plans are written the year
    before), unless the sentence says the source counted or recorded the figure ("a survey
    published in 2023 counted 6,100 workers there in 2024" is flagged), table cells (projection columns), periods such as "since 2020" or "annual", figures
    whose source or period has no date.
    """

    code = "CA305"
    name = "source-before-period"
    severity = Severity.WARNING
    Options = Options

    def check(self, ctx: RuleContext, options: Options) -> Iterator[RawFinding]:
        document = date_range(ctx.document_date)
        groups: dict[tuple[str, str], list[Claim]] = {}
        for claim in ctx.claims:
            if claim.origin != "prose" or not claim.period or not _PLAIN_PERIOD.fullmatch(claim.period):
                continue
            source, period = date_parts(claim.source_date), date_range(claim.period)
            if source is None or period is None:
                continue
            if period[0][0] - source[0] < 1 and not (
                _months_apart(source, period[0]) >= options.min_months and says(ctx, _COUNTED, claim.sentence)
            ):
                continue  # ("a survey conducted in January 2024 found that 41% of those displaced in April 2024")
            if 1 <= period[0][0] - source[0] < options.min_years and not says(ctx, _COUNTED, claim.sentence):
                continue  # (a plan or budget is written the year before its period; a count is not)
            if document is not None and is_after(period[1], document[1]):
                continue  # a period still to come for the document: a forecast
            if _not_measured(ctx, claim):
                continue
            groups.setdefault((claim.source or "", claim.source_date or ""), []).append(claim)
        for (source, date), claims in groups.items():
            who = claims[0].source_text or source
            periods = sorted({c.period for c in claims if c.period})
            start = min(date_range(p)[0] for p in periods)
            years = start[0] - date_parts(date)[0]
            gap = _years(years) if years >= 1 else _months(_months_apart(date_parts(date), start))
            yield self.finding(
                claims,
                f"{texts(claims)} for {', '.join(periods)} credited to {who} dated {date}, "
                f"{gap} or more before the period began (line {claims[0].line})",
                key=f"{source}|{date}",
            )


def _months_apart(earlier: tuple[int, ...], later: tuple[int, ...]) -> int:
    """Whole months from ``earlier`` to ``later``, both written to the month (else 0)."""
    if len(earlier) < 2 or len(later) < 2:
        return 0
    return (later[0] * 12 + later[1]) - (earlier[0] * 12 + earlier[1])


def _years(n: int) -> str:
    return f"{n} year" if n == 1 else f"{n} years"


def _months(n: int) -> str:
    return f"{n} month" if n == 1 else f"{n} months"
