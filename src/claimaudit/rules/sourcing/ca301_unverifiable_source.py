from __future__ import annotations

import re
from typing import Iterator

from pydantic import BaseModel, ConfigDict

from claimaudit.models import Claim, Severity
from claimaudit.rules.base import RawFinding, Rule, RuleContext
from claimaudit.rules.sourcing.common import (
    country_code, entries_of, mentions, says, sentence_groups, texts, vague_mentions,
)


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    vague: bool = True  # flag vague sources ("secondary sources suggest", "officials said")
    reportedly: bool = True  # flag figures whose only attribution is "reportedly"/"reports suggest"
    max_gap_words: int = 8  # "1,500 casualties reported by Ukrainian sources": words between figure and source


_UNDATED_RE = re.compile(
    r"\b(?:(?:an?|some)\s+)?(?:unspecified|undisclosed|unknown|unstated)\s+(?:date|time|point)\b|\bundated\b",
    re.IGNORECASE,
)
# what ties a vague phrase after a figure to that figure ("... reported by Ukrainian sources")
_TIE_RE = re.compile(
    r"\b(?:reported|cited|claimed|estimated|given|provided|counted|documented|confirmed|alleged)\s+by\s*$"
    r"|\b(?:according\s+to|citing|per|from)\s*$",
    re.IGNORECASE,
)
# a figure whose sentence leans on unnamed reports and names no source ((?=[...]): the
# alternatives' first letters, so that other word starts are passed over fast)
_REPORTEDLY_RE = re.compile(
    r"\b(?=[rapiwums])(?:reportedly|allegedly|purportedly|(?:is|are|was|were)\s+(?:said|rumou?red)\s+to|"
    r"(?:unconfirmed|unverified|media|press|some)\s+reports\s+(?:suggest|say|indicate|claim)\w*)\b",
    re.IGNORECASE,
)
# every match of _REPORTEDLY_RE holds one of these, lower-cased ("reportedly", "allegedly",
# "is said to", "rumoured", "media reports suggest")
_REPORTEDLY_CUES = ("edly", "said", "rumo", "report")
_REPORTEDLY = frozenset({"reportedly", "reports suggest", "reports say", "reports indicate", "reported"})


class UnverifiableSource(Rule):
    """A figure rests on a source a reader cannot check.

    **Why it matters**: "secondary sources suggest", "Ukrainian sources", "experts say", a post on
    X or Telegram, or a report "on an unspecified date" give the reader nothing to look up; the
    figure may be right, but nobody can verify it, and a fact-checker must say so.

    **Flagged** (warning, one finding per sentence and source): claims whose source is a vague
    phrase (the extractor's `source_vague`, e.g. "independent multilateral reports", "officials
    said", "reportedly"); claims whose source is a registry entry with `verifiable: false` (social
    media); unattributed claims whose sentence says "reportedly", "allegedly", "is said to";
    attributed claims in a sentence that dates the source as "an unspecified date" or
    "undated"; and figures followed within a few words by "reported by"/"according to" a vague
    phrase, or table rows whose source cell is a vague phrase, when extraction did not link it.

    **Fine**: figures credited to a named body ("according to the ILO's May 2025 report"), named
    news outlets, and vague phrases that do not carry a figure ("secondary sources suggest that the
    agreements facilitate covert channels").
    """

    code = "CA301"
    name = "unverifiable-source"
    severity = Severity.WARNING
    Options = Options

    def check(self, ctx: RuleContext, options: Options) -> Iterator[RawFinding]:
        for (_, _), claims in sorted(sentence_groups(ctx.claims).items()):
            found: dict[tuple[str, str], list[Claim]] = {}
            for claim in claims:
                hit = self._why(ctx, claim, options)
                if hit is not None:
                    found.setdefault(hit, []).append(claim)
            for (kind, what), group in found.items():
                yield self.finding(group, self._message(kind, what, group), key=f"{kind}|{what.lower()}")

    def _why(self, ctx: RuleContext, claim: Claim, options: Options) -> tuple[str, str] | None:
        entries = entries_of(ctx.registry, claim)
        if claim.source:
            if claim.source_kind == "social_media" or any(not e.verifiable for e in entries):
                return "social", claim.source_text or claim.source
            if claim.source_vague:
                written = (claim.source_text or claim.source).strip()
                if written.lower() in _REPORTEDLY:
                    return ("vague", written) if options.reportedly else None
                if not _named_just_before(ctx, claim, written) and not _country_reports(written):
                    return ("vague", written) if options.vague else None
        tied = self._tied_vague(ctx, claim, options)
        if tied is not None and options.vague:
            return "linked", tied
        if not claim.source and options.reportedly and says(ctx, _REPORTEDLY_RE, claim.sentence, _REPORTEDLY_CUES):
            return "vague", "reportedly"
        if claim.source and says(ctx, _UNDATED_RE, claim.sentence):
            return "undated", claim.source_text or claim.source
        return None

    def _tied_vague(self, ctx: RuleContext, claim: Claim, options: Options) -> str | None:
        """A vague phrase the extractor did not link: right after the figure, or in a table row
        with no source."""
        offset = claim.start - claim.sentence_start
        end = claim.end - claim.sentence_start
        for mention in vague_mentions(ctx, claim.sentence):
            if mention.start >= end and not claim.sentence[end : mention.start].strip():
                continue  # "a mean of 11 analyst estimates": what the figure counts, not its source
            if claim.origin == "table" and not claim.source and mention.start >= end:
                return mention.text
            if mention.start < end or offset < 0:
                continue
            between = claim.sentence[end:mention.start]
            words = between.split()
            if (len(words) <= options.max_gap_words and not re.search(r"\d|[;:()]", between)
                    and _TIE_RE.search(between.rstrip(" ,"))):
                return mention.text
        return None

    @staticmethod
    def _message(kind: str, what: str, claims: list[Claim]) -> str:
        figures = texts(claims)
        date = next((c.source_date for c in claims if c.source_date), None)
        when = f", dated {date}" if date else ""
        if kind == "social":
            return f"{figures} rest on a social-media post ({what}{when}), which is not a verifiable source"
        if kind == "undated":
            return f"{figures} are credited to {what} at an unspecified date: the source cannot be traced"
        if kind == "linked":
            return f"{figures} {'is' if len(claims) == 1 else 'are'} credited to {what!r}, a vague source: name the body and the document"
        return f"{figures} rest on a vague source ({what!r}{when}): name the body and the document"


def _country_reports(written: str) -> bool:
    """"Italy reports its data ...": the country's government is the source, not a vague one."""
    m = re.fullmatch(r"(?:the\s+)?(.+?)\s+reports?", written.strip(), re.IGNORECASE)
    return bool(m) and country_code(m.group(1)) is not None


def _named_just_before(ctx: RuleContext, claim: Claim, written: str) -> bool:
    """The vague phrase ends a named body's descriptor ("an OECD report on cultural trade
    estimates that ..."): the extractor took the wrong words, the source is the named body."""
    at = claim.sentence.find(written)
    if at < 0:
        return False
    for mention in mentions(ctx, claim.sentence):
        if mention.vague or mention.entry is None or mention.end > at:
            continue
        between = claim.sentence[mention.end:at]
        if len(between.split()) <= 5 and not re.search(r"[,;:()\d]|\bby\b", between):
            return True  # (not "information shared with the UN mission by several interlocutors": their own words)
    return False
