"""What the CA3xx rules share: date parts, registry look-ups, claim topics and scheme membership.

Pure functions over ``Claim`` records and the bundled JSON resources (``topics.json``,
``scheme_members.json``); no spaCy.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable

from claimaudit.models import Claim
from claimaudit.rules.values import written

_DATE_RE = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?(?!\d)")


def date_parts(text: str | None) -> tuple[int, ...] | None:
    """(year[, month[, day]]) of the first date in an ISO-like string; a range gives its start.

    >>> date_parts("2025-06-28/2025-06-29")
    (2025, 6, 28)
    """
    if not text:
        return None
    m = _DATE_RE.search(text)
    if not m:
        return None
    return tuple(int(g) for g in m.groups() if g)


def date_range(text: str | None) -> tuple[tuple[int, ...], tuple[int, ...]] | None:
    """(first, last) dates of an ISO-like string ("1964/1998" gives 1964 and 1998)."""
    if not text:
        return None
    found = [tuple(int(g) for g in m.groups() if g) for m in _DATE_RE.finditer(text)]
    return (found[0], found[-1]) if found else None


def is_after(later: tuple[int, ...], earlier: tuple[int, ...]) -> bool:
    """``later`` is after ``earlier`` at the precision both have ("2025" is not after "2025-06")."""
    n = min(len(later), len(earlier))
    return later[:n] > earlier[:n]


def entry_of(registry, claim: Claim):
    """The registry entry of a claim's (single) source, or None."""
    if registry is None or not claim.source or ";" in claim.source:
        return None
    try:
        return registry.get(claim.source)
    except Exception:  # a registry that cannot answer is no evidence either way
        return None


def entries_of(registry, claim: Claim) -> list:
    """Registry entries of every source a claim names ("KCNA; TASS" gives two)."""
    if registry is None or not claim.source:
        return []
    out = []
    for name in claim.source.split(";"):
        entry = registry.get(name.strip()) if name.strip() else None
        if entry is not None:
            out.append(entry)
    return out


def mentions(ctx, sentence: str):
    """Source mentions (named and vague) of a sentence, cached per document run."""
    if ctx.registry is None:
        return []
    cache = ctx.cache.setdefault("ca3_mentions", {})
    if sentence not in cache:
        try:
            cache[sentence] = ctx.registry.find(sentence)
        except Exception:
            cache[sentence] = []
    return cache[sentence]


def vague_mentions(ctx, sentence: str):
    """The vague mentions of ``mentions`` (a sentence with no vague phrase at all, most of them,
    is not scanned for names)."""
    if ctx.registry is None:
        return []
    cache = ctx.cache.setdefault("ca3_vague", {})
    found = cache.get(sentence)
    if found is None:
        from claimaudit.extraction.parse.sources import has_vague_phrase

        found = cache[sentence] = [m for m in mentions(ctx, sentence) if m.vague] if has_vague_phrase(sentence, ctx.registry) else []
    return found


def says(ctx, pattern: re.Pattern, sentence: str, cues: tuple[str, ...] = ()) -> bool:
    """``pattern`` occurs in the sentence; cached per document run (a sentence carries several
    claims, and a case-insensitive alternation is slow to search). ``cues``: lower-case strings
    one of which every match of ``pattern`` holds; an ASCII sentence that holds none of them is
    not searched (lower-casing does not fold non-ASCII letters as the pattern may)."""
    cache = ctx.cache.setdefault(pattern, {})
    found = cache.get(sentence)
    if found is None:
        found = cache[sentence] = _may_hold(sentence, cues) and pattern.search(sentence) is not None
    return found


def _may_hold(sentence: str, cues: tuple[str, ...]) -> bool:
    if not cues or not sentence.isascii():
        return True
    lowered = sentence.lower()
    return any(cue in lowered for cue in cues)


def sentence_groups(claims: Iterable[Claim]) -> dict[tuple[str, int], list[Claim]]:
    groups: dict[tuple[str, int], list[Claim]] = {}
    for claim in claims:
        groups.setdefault((claim.path, claim.sentence_start), []).append(claim)
    return groups


def texts(claims: Iterable[Claim]) -> str:
    return ", ".join(written(c) for c in sorted(claims, key=lambda c: c.start))


# ---------------------------------------------------------------------------------------
# topics


@dataclass(frozen=True)
class Topics:
    keywords: dict[str, tuple[str, ...]]
    covers: dict[str, frozenset[str]]
    ignore_remit: frozenset[str]
    exact: dict[str, frozenset[str]]  # keyword (words joined by one space) -> tags
    prefixes: dict[str, frozenset[str]]  # "remittance*" keywords, without the star -> tags
    max_words: int
    starts: frozenset[str]  # first words of the exact keywords of several words
    head: int  # length of the shortest prefix keyword
    by_head: dict[str, tuple[tuple[str, frozenset[str]], ...]]  # prefix keywords by their first characters


def _load(name: str) -> dict:
    return json.loads(resources.files("claimaudit.extraction.resources").joinpath(name).read_text("utf-8"))


@lru_cache(maxsize=1)
def topics() -> Topics:
    data = _load("topics.json")
    keywords = {tag: tuple(words) for tag, words in data["topics"].items()}
    # A keyword is one or more words; one ending in "*" matches any word it begins; a keyword may
    # carry several tags ("remittance*": labour, migration, finance). Lookups are by dictionary:
    # a long alternation of keywords would be tried at every character of every sentence.
    exact: dict[str, set[str]] = {}
    prefixes: dict[str, set[str]] = {}
    for tag, words in keywords.items():
        for word in words:
            word = word.lower()
            table = prefixes if word.endswith("*") else exact
            table.setdefault(word.rstrip("*"), set()).add(tag)
    covers = {tag: frozenset([tag, *implied]) for tag, implied in data["covers"].items()}
    head = min((len(k) for k in prefixes), default=1)
    by_head: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for prefix, tags in sorted(prefixes.items()):
        by_head.setdefault(prefix[:head], []).append((prefix, frozenset(tags)))
    return Topics(
        keywords, covers, frozenset(data["ignore_remit"]),
        {k: frozenset(v) for k, v in exact.items()}, {k: frozenset(v) for k, v in prefixes.items()},
        max((len(k.split()) for k in (*exact, *prefixes)), default=1),
        frozenset(k.split(" ")[0] for k in exact if " " in k),
        head, {k: tuple(v) for k, v in by_head.items()},
    )


_TOKEN = re.compile(r"[\w-]+")


def topics_of(text: str | None) -> frozenset[str]:
    """Topic tags whose keywords occur in ``text``: a keyword, or its word with a plural "s" or
    "es" dropped, or a prefix keyword ("remittance*") beginning the text at a word."""
    if not text:
        return frozenset()
    lex = topics()
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    found: set[str] = set()
    for i, first in enumerate(tokens):
        phrase = first
        _add_exact(lex, phrase, found)
        if first in lex.starts:  # only then can a keyword of several words begin here
            for word in tokens[i + 1:i + lex.max_words]:
                phrase = f"{phrase} {word}"
                _add_exact(lex, phrase, found)
        # A prefix keyword may span words ("foreign direct*"): any prefix of the longest phrase
        # from here can be one; the first characters pick the few worth testing.
        longest = first if len(first) >= lex.head else " ".join(tokens[i:i + lex.max_words])
        candidates = lex.by_head.get(longest[:lex.head])
        if candidates:
            longest = " ".join(tokens[i:i + lex.max_words])
            for prefix, tags in candidates:
                if longest.startswith(prefix):
                    found.update(tags)
    return frozenset(found)


def _add_exact(lex: Topics, phrase: str, found: set[str]) -> None:
    for form in (phrase, phrase[:-1] if phrase.endswith("s") else None, phrase[:-2] if phrase.endswith("es") else None):
        if form and form in lex.exact:
            found.update(lex.exact[form])


def coverage(remit: Iterable[str]) -> frozenset[str]:
    """Topics a body with this remit can plausibly report on (remit tags plus what they imply)."""
    lex = topics()
    out: set[str] = set()
    for tag in remit:
        if tag in lex.ignore_remit:
            continue
        out.update(lex.covers.get(tag, (tag,)))
    return frozenset(out)


# ---------------------------------------------------------------------------------------
# scheme membership


@dataclass(frozen=True)
class Scheme:
    source: str
    members: frozenset[str]
    former: frozenset[str]
    non_members: frozenset[str]
    check: bool
    covers: str
    note: str
    as_of: str

    def excludes(self, code: str) -> bool:
        """The country cannot appear in the scheme's country data."""
        if not self.check:
            return False
        if self.non_members:
            return code in self.non_members
        return code not in self.members and code not in self.former


@lru_cache(maxsize=1)
def schemes() -> dict[str, Scheme]:
    data = _load("scheme_members.json")
    out = {}
    for item in data["schemes"]:
        out[item["source"]] = Scheme(
            source=item["source"],
            members=frozenset(item.get("members", ())),
            former=frozenset(item.get("former_members", ())),
            non_members=frozenset(item.get("non_members", ())),
            check=bool(item.get("check", False)),
            covers=item.get("covers", ""),
            note=item.get("note", ""),
            as_of=item.get("as_of", ""),
        )
    return out


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    import pycountry

    table: dict[str, str] = {}
    places = _load("places.json").get("countries", {})
    for country in pycountry.countries:
        extra = places.get(country.alpha_2, {})
        names = [country.name, getattr(country, "common_name", None), getattr(country, "official_name", None),
                 extra.get("name"), *extra.get("aliases", ()), *extra.get("demonyms", ())]
        for name in names:
            if name:
                table.setdefault(_norm(name), country.alpha_2)
    return table


def _norm(name: str) -> str:
    return re.sub(r"\s+", " ", name.replace("\u2019", "'")).strip().lower()


def country_code(place: str) -> str | None:
    """ISO 3166-1 alpha-2 code of a country name as the extractor writes it, or None."""
    return _country_codes().get(_norm(place))
