from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterator

from pydantic import BaseModel, ConfigDict

from claimaudit.models import Claim, Severity
from claimaudit.rules.base import RawFinding, Rule, RuleContext
from claimaudit.rules.matching import keyring
from claimaudit.rules.values import format_value, relative_difference


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    min_gap: float = 0.05  # a bound this far from the other range's (relative) is another bound
    window: int = 50  # each range is compared with the next ones of its source only (cost stays linear)
    min_similarity: float = 0.67  # measure containment two prose ranges need (a table cell needs a shared word)


# Words that say how a figure is given, not what it measures ("USD billion per year", "Estimate")
_UNSPECIFIC = frozenset("usd eur gbp billion million thousand trillion year annual estimate estim range table "
                        "selected select approach coverage horizon source total".split())


class RangeRestatedDifferently(Rule):
    """One source's range is restated with other bounds.

    **Why it matters**: a study that "estimates annual adaptation costs of USD 160-340 billion by
    2030" in the text and "140-300" in the table of estimates cannot say both. Overlapping ranges
    look consistent to a check of values, but a range is quoted, not measured: different bounds
    for the same source's figure mean one of the two quotations is wrong.

    **Flagged** (error): two figures written as ranges (both bounds stated), in different
    sentences and not both cells of tables, credited to the same named source with the same
    source date (or both undated), in the same unit and kind, for the same period when both
    state one ("by 2030" and "2030" are one horizon), whose measures match (two prose figures as
    for CA101; a table cell and a prose figure share a word, the table's title and header words
    counting for its cells, units and words like "estimate" not), and whose low or high bounds
    differ by more than 5%.

    **Fine**: the same range restated (within 5% at each end); a range against a single figure
    (CA101 compares values); ranges of different periods, units, sources or source dates; two
    cells of tables; one source's ranges for measures that share no word.
    """

    code = "CA105"
    name = "range-restated-differently"
    severity = Severity.ERROR
    Options = Options

    def check(self, ctx: RuleContext, options: Options) -> Iterator[RawFinding]:
        ring = keyring(ctx)
        groups: dict[tuple, list[Claim]] = defaultdict(list)
        for claim in ctx.claims:
            if _written_range(claim) and claim.source and not claim.source_vague:
                groups[(claim.source, claim.source_date or "", claim.unit, claim.kind)].append(claim)
        for key in sorted(groups, key=repr):
            members = groups[key]
            for i, a in enumerate(members):
                for b in members[i + 1 : i + 1 + options.window]:
                    if a.sentence_start == b.sentence_start or a.origin == b.origin == "table":
                        continue
                    if a.period and b.period and _horizon(a.period) != _horizon(b.period):
                        continue
                    ka, kb = ring[id(a)], ring[id(b)]
                    if not _related(ka, kb) or a.origin == b.origin and ka.containment(kb) < options.min_similarity:
                        continue  # (two prose ranges must measure the same thing, as for CA101)
                    gap = max(relative_difference(a.low, b.low), relative_difference(a.high, b.high))
                    if gap <= options.min_gap:
                        continue
                    yield self.finding(
                        [a, b],
                        f"{a.source} is cited for {format_value(a)} (line {a.line}) and {format_value(b)} "
                        f"(line {b.line}) for {a.measure or b.measure or 'one measure'}"
                        f"{f' ({a.period or b.period})' if a.period or b.period else ''}: one range, two sets of bounds",
                    )


def _written_range(claim: Claim) -> bool:
    return claim.low is not None and claim.high is not None and claim.low < claim.high and claim.bound is None


def _horizon(period: str) -> str:
    return re.sub(r"^(?:until|by)\s+", "", period)


def _related(a, b) -> bool:
    words_a = (a.words | a.tables) - _UNSPECIFIC
    words_b = (b.words | b.tables) - _UNSPECIFIC
    return bool(words_a & words_b)
