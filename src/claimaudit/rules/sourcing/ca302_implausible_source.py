from __future__ import annotations

import re
from typing import Iterator

from pydantic import BaseModel, ConfigDict

from claimaudit.models import Claim, Severity
from claimaudit.rules.base import RawFinding, Rule, RuleContext
from claimaudit.rules.sourcing.common import (
    country_code,
    coverage,
    date_parts,
    date_range,
    entries_of,
    mentions,
    schemes,
    sentence_groups,
    texts,
    topics_of,
)

# National governments (their agencies, ministries, central banks, armed forces, courts) report
# on their own programmes in every field: never judged by remit.
NATIONAL_GOVERNMENT_KINDS = ("government_agency", "ministry", "central_bank", "military", "legislature", "court")
# Remit tags of bodies whose work spans every subject (research services, auditors, governments).
GENERAL_REMITS = ("governance", "oversight")
# Kinds whose reports range over any subject: never judged by remit.
GENERAL_KINDS = (
    "news_agency", "news_media", "state_media", "statistics_office", "legislature", "court",
    "social_media", "journal", "academic", "company", "other",
)


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    lifetime: bool = True  # (a) body not yet founded / already dissolved at the source date
    remit: bool = True  # (b) claim outside the body's remit
    membership: bool = True  # (c) country outside a members-only scheme
    general_kinds: tuple[str, ...] = GENERAL_KINDS
    national_government_kinds: tuple[str, ...] = NATIONAL_GOVERNMENT_KINDS
    general_remits: tuple[str, ...] = GENERAL_REMITS
    remit_attributions: tuple[str, ...] = ("sentence", "parenthetical", "table")  # not "continued"
    max_remit_tags: int = 4  # a body with more remit tags than this is general
    remit_severity: Severity = Severity.WARNING
    membership_severity: Severity = Severity.ERROR


class ImplausibleSource(Rule):
    """A figure is credited to a body that could not have produced it.

    **Why it matters**: invented citations tend to pick a real, respectable name that does not fit:
    a panel quoted a year after its mandate ended, the FAO quoted on industrial energy use, EITI
    data for a country that has never joined EITI. Each is checkable against what the body is.

    **Flagged**: (a) error: the source's date is before the body was founded or after it was
    dissolved (registry `founded`/`dissolved`, with its note and successor); (b) warning: the
    claim's topics (keywords of its measure and sentence, `topics.json`) share nothing with the
    specialised body's remit, even widened by what each remit implies (an economy body covers
    trade and wages); (c) error: a members-only scheme (`scheme_members.json`, `check: true`)
    credited with data on countries that are not members, when the claim names no member country.

    **Fine**: national governments' agencies, ministries and central banks (they report on their
    own programmes in every field) and bodies whose remit is governance or oversight (research
    services, auditors); sources carried over from an earlier sentence; sentences naming several bodies (the figure may belong to another one); general sources (news agencies and media, statistics offices, companies, academic
    and broad-remit bodies: more than four remit tags) on any subject; claims whose topics cannot
    be told; a dissolved body cited with a date inside its lifetime or with no date; scheme data
    that also names a member ("Mongolia's coal exports to China", EITI); bodies whose reports also
    cover non-members (OECD, IEA, FATF).
    """

    code = "CA302"
    name = "implausible-source"
    severity = Severity.ERROR
    Options = Options

    def check(self, ctx: RuleContext, options: Options) -> Iterator[RawFinding]:
        for _, claims in sorted(sentence_groups(ctx.claims).items()):
            found: dict[tuple[str, str], tuple[list[Claim], str, Severity]] = {}
            for claim in claims:
                for entry in entries_of(ctx.registry, claim):
                    for kind, message, severity in self._problems(ctx, claim, entry, options):
                        slot = found.setdefault((kind, entry.name), ([], message, severity))
                        slot[0].append(claim)
            for (kind, name), (group, message, severity) in found.items():
                yield self.finding(group, f"{texts(group)}: {message}", severity=severity, key=f"{kind}|{name}")

    def _problems(self, ctx, claim: Claim, entry, options: Options):
        if options.lifetime:
            problem = _lifetime(claim, entry)
            if problem:
                yield "lifetime", problem, Severity.ERROR
        if options.remit:
            problem = _remit(ctx, claim, entry, options)
            if problem:
                yield "remit", problem, options.remit_severity
        if options.membership:
            problem = _membership(claim, entry)
            if problem:
                yield "membership", problem, options.membership_severity


def _year(text: str | None) -> int | None:
    parts = date_parts(text)
    return parts[0] if parts else None


def _lifetime(claim: Claim, entry) -> str | None:
    span = date_range(claim.source_date)
    if span is None:
        return None
    first, last = span[0][0], span[1][0]
    founded, dissolved = _year(entry.founded), _year(entry.dissolved)
    note = f" ({entry.note})" if entry.note else ""
    if founded is not None and last < founded:
        return f"{entry.name} is cited with a {claim.source_date} date but was founded in {entry.founded}{note}"
    if dissolved is not None and first > dissolved:
        after = f"; its successor is {entry.successor}" if entry.successor else ""
        return (f"{entry.name} is cited with a {claim.source_date} date but ceased to exist in "
                f"{entry.dissolved}{note}{after}")
    return None


def _claim_topics(ctx, claim: Claim) -> tuple[frozenset[str], frozenset[str]]:
    """Topics of the measure, and of the sentence with every source name blanked out (so that
    "International Energy Agency" does not make a claim about energy)."""
    sentence = claim.sentence
    spans = [(m.start, m.end) for m in mentions(ctx, sentence)]
    if claim.source_text:
        spans += [(m.start(), m.end()) for m in re.finditer(re.escape(claim.source_text), sentence)]
    chars = list(sentence)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    return _topics(ctx, claim.measure), _topics(ctx, "".join(chars))


def _topics(ctx, text: str | None) -> frozenset[str]:
    """``topics_of``, cached per document run (a sentence carries several claims)."""
    cache = ctx.cache.setdefault("ca302_topics", {})
    found = cache.get(text)
    if found is None:
        found = cache[text] = topics_of(text)
    return found


def _remit(ctx, claim: Claim, entry, options: Options) -> str | None:
    if entry.kind in options.general_kinds or not entry.remit or len(entry.remit) > options.max_remit_tags:
        return None
    if entry.country and entry.kind in options.national_government_kinds:
        return None
    if set(entry.remit) & set(options.general_remits):
        return None
    if claim.attribution not in options.remit_attributions:
        return None  # a source carried over from an earlier sentence may not be this figure's
    covered = coverage(entry.remit)
    if not covered:
        return None
    others = {m.entry.name for m in mentions(ctx, claim.sentence) if m.entry is not None}
    if others - {entry.name}:
        return None  # several bodies named: which one the figure belongs to is not clear
    measure_topics, sentence_topics = _claim_topics(ctx, claim)
    if claim.unit == "percent of GDP" or "%gdp" in claim.measure_key:
        # "4.48% of GDP", "relative to the size of its economy": the economy is the yardstick of
        # any share of GDP (defence spending, debt, remittances), not what the figure is about
        measure_topics, sentence_topics = measure_topics - {"economy"}, sentence_topics - {"economy"}
    if not measure_topics or measure_topics & covered or sentence_topics & covered:
        return None
    about = ", ".join(sorted(measure_topics | sentence_topics))
    remit = ", ".join(entry.remit)
    return (f"{entry.name} ({entry.kind}; remit: {remit}) is credited with a figure about {about}"
            f"{' (' + claim.measure + ')' if claim.measure else ''}, outside its remit")


def _membership(claim: Claim, entry) -> str | None:
    scheme = schemes().get(entry.name)
    if scheme is None or not scheme.check:
        return None
    codes = {p: country_code(p) for p in claim.places}
    known = {p: c for p, c in codes.items() if c}
    if not known or not all(scheme.excludes(c) for c in known.values()):
        return None
    places = ", ".join(sorted(known))
    return (f"{entry.name} data on {places}, which {'is' if len(known) == 1 else 'are'} not covered: "
            f"{scheme.covers} (members as of {scheme.as_of}: {scheme.note})")
