"""Source names: registry, canonicalisation, mention finding, acronym definitions.

Pure functions and plain data, no spaCy. The bundled registry lives in
``claimaudit/extraction/resources/known_sources.json`` (documented in its ``_doc`` key).

Design of :meth:`SourceRegistry.find` (linear in the text length):

1. Every registry name and alias is tokenised and normalised (case, punctuation, "the",
   possessive 's, "&"/"and", U.S./United States, UN/United Nations, British/American
   spelling) and stored in a token trie; acronyms go into a case-sensitive dict.
2. One regex finds candidate tokens: a capital letter not preceded by a letter (the
   character class comes first so the engine skips ahead fast), or one of the few digit
   strings that start a name ("38 North"). A candidate that is neither a trie root nor an
   acronym is dropped after one dict lookup.
3. From a trie root the following tokens are read lazily and the trie is walked only
   while they continue some name, so the work per candidate is bounded by the longest
   name, not by the registry size. The longest match that passes the capitalisation
   and context checks wins.
4. Vague phrases ("secondary sources", "officials said") are found by ``str.find`` on a
   dozen head nouns and a look at the few words around each hit.

All regexes are linear: no nested unbounded quantifiers.
"""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from rapidfuzz import fuzz, process

from claimaudit.extraction.parse.dates import MONTH_NAMES

__all__ = [
    "SourceEntry",
    "SourceMention",
    "SourceRegistry",
    "find_acronym_definitions",
    "clean_source_name",
    "is_vague_source",
    "normalize_name",
    "KINDS",
    "REMITS",
]


# ---------------------------------------------------------------------------------------
# data types


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """One registry entry (fields as in known_sources.json)."""

    name: str
    aliases: tuple[str, ...]
    acronyms: tuple[str, ...]
    kind: str
    remit: tuple[str, ...]
    country: str | None
    founded: str | None
    dissolved: str | None
    successor: str | None
    note: str | None
    verifiable: bool
    # a specific body that texts often call by a shared generic name ("UN Panel of Experts"): the
    # generic entry's name, and words whose presence in a document makes the generic name this body
    variant_of: str | None = None
    context: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SourceMention:
    """A source named in a text.

    ``entry`` is None for vague phrases and for names the registry knows only
    ambiguously (e.g. "Ministry of Education" with no country, or an acronym shared by
    two entries and not defined in the document); ``score`` is then 0.
    """

    start: int
    end: int
    text: str
    name: str
    entry: SourceEntry | None
    vague: bool
    score: float


_RESOURCE_PATH = Path(__file__).resolve().parent.parent / "resources" / "known_sources.json"

_FIELDS = (
    "name", "aliases", "acronyms", "kind", "remit", "country", "founded", "dissolved",
    "successor", "note", "verifiable", "variant_of", "context",
)


@lru_cache(maxsize=1)
def _doc_vocab() -> tuple[frozenset[str], frozenset[str]]:
    data = json.loads(_RESOURCE_PATH.read_text("utf-8"))
    doc = data["_doc"]
    return frozenset(doc["kinds"]), frozenset(doc["remit_vocabulary"])


def _vocab_kinds() -> frozenset[str]:
    return _doc_vocab()[0]


def _vocab_remits() -> frozenset[str]:
    return _doc_vocab()[1]


# ---------------------------------------------------------------------------------------
# tokenising and normalising

# one token: a dotted abbreviation (U.S., U.N.), or a run of letters/digits possibly
# joined by "&" (S&P, AT&T), with an optional possessive 's; or a lone "&".
_TOKEN_RE = re.compile(
    r"(?:[^\W\d_]\.){2,}"
    r"|[^\W_]+(?:&[^\W_]+)*(?:['\u2019][sS](?![^\W_]))?"
    r"|&"
)
_POSS_RE = re.compile(r"['\u2019][sS]$")

_SPELLING = {
    "labour": "labor", "organisation": "organization", "organisations": "organizations",
    "centre": "center", "centres": "centers", "defence": "defense", "programme": "program",
    "programmes": "programs", "&": "and", "usa": "us",
}
# two-token names folded into one normalised token
_MERGE = {
    ("united", "states"): "us", ("united", "nations"): "un", ("united", "kingdom"): "uk",
}
_DROP = frozenset({"the"})
_MERGED_FORMS = frozenset(_MERGE.values())
_CONNECTORS = frozenset({
    "of", "for", "and", "the", "on", "in", "at", "de", "du", "des", "la", "le", "to", "y",
    "und", "&", "d", "sans", "a",
})


@lru_cache(maxsize=200_000)
def _norm_token(raw: str) -> str:
    tok = _POSS_RE.sub("", raw)
    tok = unicodedata.normalize("NFKD", tok)
    tok = "".join(ch for ch in tok if not unicodedata.combining(ch))
    tok = tok.replace(".", "").casefold()
    return _SPELLING.get(tok, tok)


def _tokens(text: str) -> list[tuple[int, int, int, str, str]]:
    """(start, end_without_possessive, end, norm, raw) for every token, "the" dropped,
    "United States"/"United Nations" merged."""
    out: list[tuple[int, int, int, str, str]] = []
    for m in _TOKEN_RE.finditer(text):
        raw = m.group()
        norm = _norm_token(raw)
        if not norm:
            continue
        s, e = m.start(), m.end()
        pm = _POSS_RE.search(raw)
        e_np = e - (len(pm.group()) if pm else 0)
        if out and out[-1][3] == "co" and text[out[-1][2]:s] == "-":
            ps = out[-1][0]  # "Co-operation" == "Cooperation"
            out[-1] = (ps, e_np, e, "co" + norm, text[ps:e])
            continue
        if out and (out[-1][3], norm) in _MERGE and text[out[-1][2]:s].isspace():
            ps, _, _, _, praw = out[-1]
            out[-1] = (ps, e_np, e, _MERGE[(out[-1][3], norm)], text[ps:e])
            continue
        out.append((s, e_np, e, norm, raw))
    return [t for t in out if t[3] not in _DROP]


def normalize_name(name: str) -> str:
    """Normalised lookup key: case, punctuation, "the", possessive 's, "&"/"and",
    U.S./United States, UN/United Nations and British/American spelling folded."""
    return " ".join(t[3] for t in _tokens(name))


def _cap(raw: str) -> bool:
    ch = raw[:1]
    return ch.isupper() or ch.isdigit()


def _cap_mask(name: str) -> tuple[bool, ...]:
    return tuple(_cap(t[4]) for t in _tokens(name))


# ---------------------------------------------------------------------------------------
# countries (for country-qualified generic names such as "Ministry of Education")

@lru_cache(maxsize=1)
def _country_phrases() -> dict[tuple[str, ...], str]:
    """Country names, aliases and demonyms (the places lexicon's) as normalised token tuples."""
    from claimaudit.extraction.parse.places import country_aliases

    table: dict[tuple[str, ...], str] = {}
    for name, code in country_aliases().items():
        key = tuple(normalize_name(name).split())
        if key:
            table.setdefault(key, code)
    # "Korea" and "Korean" alone mean South Korea in ordinary usage
    table[("korea",)] = table[("korean",)] = "KR"
    return table


def _country_code(phrase: str) -> str | None:
    """The ISO code of a country written as ``phrase`` ("Peru", "the United States"), else None."""
    return _country_phrases().get(tuple(normalize_name(phrase).split()))


_MAX_COUNTRY = 6


def _country_before(toks: list, i: int, text: str) -> tuple[str, int] | None:
    """Country phrase ending right before token i -> (code, index of its first token)."""
    table = _country_phrases()
    for n in range(min(_MAX_COUNTRY, i), 0, -1):
        seq = toks[i - n:i]
        if not all(_cap(t[4]) or t[3] in _CONNECTORS for t in seq):
            continue
        key = tuple(t[3] for t in seq)
        if key in table and _gap_ok(text, seq[-1][2], toks[i][0], strict=True):
            return table[key], i - n
    return None


def _country_after(toks: list, j: int, text: str) -> tuple[str, int] | None:
    """'of <country>' right after token j -> (code, index of the country's last token)."""
    if j + 1 >= len(toks) or toks[j + 1][3] != "of" or not _gap_ok(text, toks[j][2], toks[j + 1][0]):
        return None
    table = _country_phrases()
    for n in range(min(_MAX_COUNTRY, len(toks) - j - 2), 0, -1):
        seq = toks[j + 2:j + 2 + n]
        key = tuple(t[3] for t in seq)
        if key in table and _cap(seq[0][4]):
            return table[key], j + 1 + n
    return None


_DROPPED_WORD_RE = re.compile(r"(?<![^\W_])[Tt]he(?![^\W_])")


def _gap_ok(text: str, a: int, b: int, strict: bool = False) -> bool:
    gap = text[a:b]
    if len(gap) > 4:
        # a word the registry's keys leave out ("Organization of the United Nations")
        gap = _DROPPED_WORD_RE.sub("", gap).replace("  ", " ")
    if len(gap) > 4:
        return False
    stripped = gap.strip()
    if strict:
        return stripped in ("", "-")
    return stripped in ("", "-", "/", ",", ".", "\u2013") and "\n\n" not in gap


# ---------------------------------------------------------------------------------------
# cleaning, vagueness

_LEAD_DESCRIPTOR_RE = re.compile(
    r"^(?:[^\s]+\s+){0,6}?(?:reports?|study|studies|estimates?|surveys?|data|analys[ie]s|"
    r"assessments?|statements?|papers?|reviews?|publications?|figures|statistics|briefs?|"
    r"bulletins?|releases?|database|dataset|index|findings|projections?|forecasts?|"
    r"investigations?|calculations?|research)\s+(?:(?:issued|published|released|compiled|"
    r"conducted|produced|prepared)\s+)?(?:by|from)\s+",
    re.IGNORECASE,
)
_LEAD_WORDS = frozenset({
    "according", "to", "by", "from", "per", "via", "the", "a", "an", "this", "that", "these",
    "those", "its", "their", "his", "her", "recent", "latest", "new", "annual", "official",
    "cited", "citing", "said", "says",
})
_TRAIL_RE = re.compile(
    r"(?:['\u2019]s)?\s+(?:reports?|study|studies|estimates?|surveys?|data|analys[ie]s|"
    r"assessments?|statements?|papers?|figures|statistics|database|dataset|index|findings|"
    r"projections?|forecasts?|benchmarks?|calculations?|research|review|bulletin)$"
)  # case-sensitive: "Center for Nonproliferation Studies" keeps its last word
_STRIP_CHARS = " \t\r\n\"'“”‘’`()[]{}<>.,;:!?*_—–-"
# "the Bank of Ghana on Oct 6": the day it spoke, caught by a name pattern that joins "on"
_TRAIL_MONTH_RE = re.compile(
    r"\s+(?:on|in)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|June|July|"
    r"August|September|October|November|December)\.?$"
)

# Descriptors written before a name: "Washington-based", "the Swiss NGO", "the independent outlet".
DESCRIPTOR_NOUNS = (
    r"(?:NGO|think[- ]tank|watchdog|monitor|nonprofit|non-profit|consultancy|outlet|news\s+outlet|"
    r"monitoring\s+group|advocacy\s+group|campaign\s+group|research\s+(?:firm|group|center|centre))"
)
_DESCRIPTOR_RE = re.compile(
    r"^(?:(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w.’'-]*\s+){0,2}[\w.’'-]+-based\s+"
    rf"|(?:the\s+|a\s+|an\s+)?(?:(?:[A-Z][\w.-]*\s+){{0,2}}[A-Z][\w.-]*|independent|nonpartisan|non-partisan|influential|prominent)\s+{DESCRIPTOR_NOUNS}\s+"
    rf"|(?:the|a|an)\s+{DESCRIPTOR_NOUNS}\s+"
    rf"|{DESCRIPTOR_NOUNS}\s+(?=[A-Z][\w.’'-]*\s+[A-Z]|[A-Z]{{2,}}\b))+"  # "NGO Global Witness", not "NGO Monitor"
)


def strip_descriptors(name: str) -> str:
    """``"Washington-based Institute for Science"`` -> ``"Institute for Science"``."""
    stripped = _DESCRIPTOR_RE.sub("", name.strip())
    return stripped if stripped and stripped[:1].isupper() else name


_OWNED_TITLE = re.compile(
    r"(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s+(?:[A-Z][\w-]*\s+){0,4}"
    r"(?:Index|Report|Outlook|Survey|Monitor|Review|Database|Tracker|Bulletin|Yearbook|Barometer|Dashboard)$"
)


# a work titled after its owner's acronym: "HCT Flash Appeal", "WFP Market Monitor" (not a country's:
# "UK Labour Force Survey" names no body)
_ACRONYM_TITLE = re.compile(
    r"(?P<owner>(?!(?:US|USA|UK|UAE|DRC|PRC|ROK|DPRK)\b)[A-Z]{2,6})\s+(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:Appeal|Plan|Monitor|Report|Outlook|Review|Bulletin|Update|Tracker|Survey|Assessment|Snapshot|Dashboard|"
    r"Overview|Yearbook|Database|Index|Factsheet)$"
)


# "the Government's Commission for Refugees": the body's own name starts after the owner
_GENERIC_OWNER_RE = re.compile(r"^(?:[Gg]overnment|[Ss]tate|[Cc]ountry)['\u2019]s\s+(?=[A-Z])")


@lru_cache(maxsize=1 << 14)  # a pure function of the name; names recur (4.1k calls, 1.2k names over the corpus)
def clean_source_name(text: str) -> str:
    """Strip what surrounds a source name as written.

    Removes leading "according to", articles and determiners and descriptor phrases
    ("a March 2025 report by the"), trailing "report/study/estimate/data/...",
    a possessive 's and surrounding punctuation:
    ``clean_source_name("a March 2025 report by the IISS")  -> "IISS"``,
    ``clean_source_name("the World Bank's estimates") -> "World Bank"``.
    """
    s = unicodedata.normalize("NFC", text or "").strip(_STRIP_CHARS)
    if "\n" in s or "  " in s or "\t" in s:
        s = " ".join(s.split())  # ("Department of Roads\nand Bridges": a name the text wraps)
    for _ in range(4):
        before = s
        m = _LEAD_DESCRIPTOR_RE.match(s)
        if m and m.end() < len(s):
            s = s[m.end():]
        words = s.split(" ")
        k = 0
        while k < len(words) - 1 and words[k].lower() in _LEAD_WORDS and words[k] != "New":  # "New York ..."
            k += 1
        s = " ".join(words[k:]).strip(_STRIP_CHARS)
        s = _GENERIC_OWNER_RE.sub("", s)
        t = _TRAIL_MONTH_RE.sub("", _TRAIL_RE.sub("", s))
        if t.strip():
            s = t
        s = _POSS_RE.sub("", s).strip(_STRIP_CHARS)
        if s == before:
            break
    if s.count("(") > s.count(")") and (text or "").rstrip(" .,;:").endswith(")"):
        s += ")"  # "Ministry of Mines (Mali)" keeps the parenthesis that closes its country
    if owned := _OWNED_TITLE.match(s) or _ACRONYM_TITLE.match(s):
        s = owned.group("owner")  # "Drewry's World Container Index", "HCT Flash Appeal": the work's owner speaks
    if s.endswith(" et al"):
        s += "."  # "Silva et al." keeps the abbreviation's point
    return s


# Government bodies named through their country: "Mali's Ministry of Mines", "Malian Ministry of
# Mines" -> "Ministry of Mines (Mali)", the registry's spelling for country-specific bodies.
_GOV_BODY = re.compile(
    r"(?:Ministry|Department|Agency|Office|Bureau|Directorate|Committee|Commission|Service|"
    r"Authority|Administration|Administrator|Customs|Statistics|Inspectorate|Treasury|Secretariat|Guard|Police|Constabulary|Gendarmerie|Regulator)\b"
)
_PUBLICATIONS = "Yearbook|Report|Review|Outlook|Bulletin|Survey|Database|Index"  # (the head words of works)
_PUBLICATION_END = re.compile(rf"\b(?:{_PUBLICATIONS})$")
# ("National Energy Commission", "National Electric Energy Commission": a field between)
_BODY_START = re.compile(
    rf"(?:(?:Federal|State|National|General|Main)\s+(?:[A-Z][a-z]+\s+){{0,4}}?)?{_GOV_BODY.pattern}"
    # a council or board is a government body only as a "State ..." or "National ..." one (not the Atlantic Council)
    r"|(?:State|National)\s+(?:[A-Z][a-z]+\s+){0,3}?(?:Council|Board)\b"
)
# A national body named without its country, for qualifying by the text's country: also with a
# field before its head word ("Wholesale Market Administrator"), not an international one
# ("Global ... Agency"). (Not for splitting a country off a name: "Kenya Ports Authority" stays.)
_FIELD_BODY = re.compile(
    rf"(?!(?:International|Global|World|Regional|European|African|Asian|Arab|Pan|Inter|United|Joint)\b)"
    rf"[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?{_GOV_BODY.pattern}\Z"
)


_ORG_HEAD = re.compile(  # the government bodies' head words and these
    rf"\b(?:{_GOV_BODY.pattern}|Bank|Institute|Council|Organi[sz]ation|Association|Federation|Fund|"
    r"Programme|Program|Center|Centre|Union|Board|Foundation|Society|Chamber|Corporation|Group|"
    r"Observatory|Tribunal|Court|Parliament|Assembly|Laboratory|Lab|University|College|School|Academy|"
    r"Company|Forces?|Forum|Alliance|Network|Initiative|Project|Partnership|Coalition|Panel|Mission|Command|"
    r"Conference|Community|Unit|Cluster|Team|Library|Trust)\b"
)


def looks_like_body(name: str) -> bool:
    """A written name that names an organisation by its head word ("Ministry of Mines",
    "Kiel Institute"), as opposed to a place, a person or a document."""
    return bool(_ORG_HEAD.search(name)) and not _INSTRUMENT_END.search(name)


# A law or treaty named after a body: "the Bank of Kestria Act 2011", "the Central Bank Law"; a rate
_INSTRUMENT_END = re.compile(
    r"\b(?:Act|Acts|Law|Code|Decree|Regulations?|Ordinance|Treaty|Convention|Protocol|Agreement|Accord|Charter|"
    r"Directive|Bill|Statute"
    # a rate or index named after a body: "the Central Bank Rate (CBR)", "the Bank Rate"
    r"|Rate|Rates|Index|Ratio)(?:\s+(?:of\s+)?\d{4})?\s*\Z"
)


def body_head_words(name: str) -> list[str]:
    """The head words naming what kind of body a name is: "Authority" of "Communications and
    Digital Markets Authority" (which the document then calls "the Authority")."""
    return _ORG_HEAD.findall(name)


_MONTHS = frozenset(MONTH_NAMES.split("|"))


def is_body_list_tail(part: str) -> bool:
    """"Mines and Quarries (Burkina Faso)" after "Ministry of Energy,": the rest of one body's
    name ("Ministry of Agriculture, Forestry and Fisheries"), not another body."""
    words = re.sub(r"\([^()]*\)", "", part).split()
    return bool(words) and all(
        w in ("and", "&", "of") or (w[:1].isupper() and w[1:].islower()) for w in words
    ) and not _ORG_HEAD.search(part) and not any(w in _MONTHS for w in words)  # ("Ministry of Fisheries, June and December surveys")


def starts_with_body(name: str) -> bool:
    # ("Government": "the government said", qualified by its country like a ministry; not in
    # _GOV_BODY, which would split "Ministry of Housing, Communities and Local Government")
    return bool(_BODY_START.match(name) or _FIELD_BODY.match(name)) or name == "Government"


def body_base(name: str) -> str | None:
    """"Ministry of Mines (Mali)" -> "Ministry of Mines"; None for a name that is not a
    country-qualified government body."""
    match = re.fullmatch(r"(.+?) \(([^()]+)\)", name)
    if match and (_BODY_START.match(match.group(1)) or match.group(1) == "Government"):
        return match.group(1)
    return None


# "Argentina's National Institute of Statistics", "Russia's Central Bank": national only when possessed
# ("China Development Bank" is a name)
_POSSESSED_BODY = re.compile(rf"(?:[A-Z][a-z]+\s+){{0,2}}(?:{_GOV_BODY.pattern}|Institute|Bank|Council)")


# "Interior Ministry" is the "Ministry of the Interior"; "Foreign Ministry", "Ministry of Foreign Affairs"
FIELD_MINISTRY = {"interior": "the Interior", "foreign": "Foreign Affairs", "home": "Home Affairs"}
_FIELD_FIRST_MINISTRY = re.compile(r"(?P<field>[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,2})\s+Ministry(?P<rest>\s+\([^()]+\))?")


def ministry_of_field(name: str) -> str:
    """``"Interior Ministry (Italy)"`` -> ``"Ministry of the Interior (Italy)"``, ``"Defence
    Ministry"`` -> ``"Ministry of Defence"``: the form a ministry's name takes in full."""
    from claimaudit.extraction.parse.places import country_name

    match = _FIELD_FIRST_MINISTRY.fullmatch(name)
    if not match:
        return name
    field, rest = match.group("field"), match.group("rest") or ""
    first, _, others = field.partition(" ")
    if not rest and others and (code := _country_code(first)):
        field, rest = others, f" ({country_name(code)})"  # "Spanish Interior Ministry"
    elif _country_code(first):
        return name
    return f"Ministry of {FIELD_MINISTRY.get(field.lower(), field)}{rest}"


_COUNTRY_ABBREVIATIONS = frozenset({"US", "U.S.", "UK", "U.K."})


_UNKNOWN_PLACE = re.compile(r"[A-Z][a-z]{3,}")
_STATE_BODY = re.compile(r"(?:Ministry|Department)\s+(?:of|for)\s")  # (not "the Ombudsman's Office")


# A place the place list does not know, written just before a state body: its possessive
# ("Corsova's Ministry of Finance") or a demonym ("the Corsovan Ministry of Finance")
_OWNER_BEFORE = re.compile(r"(?<![\w'’])(?P<owner>[A-Z][a-z]{3,})['’]s\s+\Z")
_DEMONYM_BEFORE = re.compile(r"(?<![\w'’])(?P<demonym>[A-Z][a-z]{2,}(?:an|ese))\s+\Z")
_DEMONYM_WRITTEN = re.compile(r"(?P<demonym>[A-Z][a-z]{2,}(?:an|ese))\s+(?=(?:Ministry|Department)\s+(?:of|for)\s)")
# capitalised words that own or describe a ministry without being a state
_NOT_OWNERS = frozenset({"This", "That", "Their", "Government", "State", "Country", "Nation", "Federal", "Union",
                         "Republic", "Kingdom", "Regional", "Provincial", "Republican", "American", "European"})


def place_qualified(text: str, start: int, written: str, name: str) -> tuple[int, str] | None:
    """(where the phrase starts, the name qualified by its state) for a state body named bare
    ("Ministry of Finance") right after a state the place list does not know, written as its
    possessive or as a demonym of a place the text names ("the Kesharian Ministry of Water", in a
    text that names Kesharia): "Ministry of Finance (Corsova)". None otherwise; known countries
    are the place list's (``country_qualified_name``)."""
    demonym = _DEMONYM_WRITTEN.match(written)
    body = written[demonym.end() :] if demonym else written
    if not _STATE_BODY.match(body) or (name != body and name != written) or body_base(name):
        return None
    if demonym is None:
        before = text[max(0, start - 40) : start]
        if (possessed := _OWNER_BEFORE.search(before)) and possessed.group("owner") not in _NOT_OWNERS:
            if _is_place_name(possessed.group("owner")):
                return None  # a known country: the place list's name for it
            return start - len(before) + possessed.start(), f"{body} ({possessed.group('owner')})"
        demonym = _DEMONYM_BEFORE.search(before)
        if demonym is None:
            return None
        start = start - len(before) + demonym.start()
    word = demonym.group("demonym")
    if word in _NOT_OWNERS or _country_code(word):
        return None
    # "Kesharian" of Kesharia, "Dalmoran" of Dalmora, "Tavrinese" of Tavrin: a place the text names
    stem = word[:-3] if word.endswith("ese") else word[:-1]
    owner = stem if len(stem) >= 4 and re.search(rf"\b{stem}\b(?!['’]?[a-z])", text) else None
    return (start, f"{body} ({owner})") if owner and not _is_place_name(owner) else None


def country_qualified_name(name: str) -> str:
    """``"Venezuela's Ministry of Petroleum"`` -> ``"Ministry of Petroleum (Venezuela)"``, as do
    "Ministry of Energy and Mines of Ecuador" and "Department of Foreign Employment, Nepal"; other
    names unchanged."""
    from claimaudit.extraction.parse.places import country_name

    def display(phrase: str) -> str | None:
        code = _country_code(phrase)
        return country_name(code) if code else None

    words = name.split()
    if len(words) >= 3 and words[0] in _COUNTRY_ABBREVIATIONS and looks_like_body(" ".join(words[1:])):
        # "US Defense Security Cooperation Agency" -> "Defense Security Cooperation Agency (United States)"
        if country := display(words[0]):
            return f"{' '.join(words[1:])} ({country})"
    for k in range(1, min(5, len(words))):
        body = " ".join(words[k:])
        possessive = words[k - 1].endswith(("'s", "\u2019s"))
        if not (_BODY_START.match(body) or possessive and _POSSESSED_BODY.match(body)) or _PUBLICATION_END.search(body):
            continue
        owner = re.sub(r"['\u2019]s$", "", " ".join(words[:k]))
        if country := display(owner):
            return f"{body} ({country})"
        if possessive and k == 1 and _STATE_BODY.match(body) and _UNKNOWN_PLACE.fullmatch(owner) and not _is_place_name(owner):
            # "Corsova's Ministry of Finance": a state the place list does not know owns the ministry
            return f"{body} ({owner})"
    if not _BODY_START.match(name):
        return name
    comma = re.fullmatch(r"(.+?),\s+([A-Z][^,()]+)", name)
    if comma and (country := display(comma.group(2))):
        return f"{comma.group(1)} ({country})"  # "Department of Foreign Employment, Nepal"
    # "Ministry of Energy and Mines of Ecuador": the country closes the name (the longest phrase:
    # "of the Republic of Uzbekistan")
    for k in range(3, len(words)):
        if words[k - 1] not in ("of", "in"):
            continue
        place = re.sub(r"^(?:the\s+)?(?:Republic|Kingdom|State|Federation)\s+of\s+", "", " ".join(words[k:]))
        if country := display(place):
            return f"{' '.join(words[:k - 1])} ({country})"
    return name


_VAGUE_MODS = frozenset({
    "secondary", "unnamed", "anonymous", "unidentified", "unspecified", "undisclosed",
    "independent", "multiple", "several", "various", "numerous", "many", "some", "other",
    "local", "media", "press", "news", "open", "open-source", "official", "government",
    "governmental", "intelligence", "diplomatic", "military", "security", "western",
    "eastern", "regional", "international", "multilateral", "monitoring", "credible",
    "reliable", "informed", "knowledgeable", "well-placed", "unofficial", "confidential",
    "private", "industry", "market", "state", "foreign", "unconfirmed", "unverified",
    "anecdotal", "online", "internal", "outside", "external", "senior", "administration",
    "defense", "defence", "opposition", "activist", "human", "rights", "humanitarian",
    "aid", "ngo", "sanctions", "arms", "nuclear", "health", "social", "most", "sector",
    "independently", "unattributed", "third-party", "third", "party",
})
_NON_INFO_MODS = frozenset({
    "energy", "power", "renewable", "revenue", "revenues", "funding", "income", "water",
    "food", "protein", "light", "heat", "fuel", "financing", "carbon", "emission",
    "emissions", "pollution", "point", "nonpoint", "ignition", "radiation", "radioactive",
    "tax", "capital", "cash", "growth", "supply", "nutrient", "nutrition", "calorie",
    "electricity", "generation", "budget", "primary", "data", "these", "those", "such",
    "their", "its", "his", "her", "our", "the", "all", "two", "three", "both", "different",
    "alternative", "new", "additional", "main", "major", "key", "biggest", "largest",
    "important", "above", "following", "cited",
    # a data release's vintage, not who made it: "revisions between flash and final estimates"
    "first", "second", "third", "fourth", "initial", "flash", "final",
})
_SAY_VERBS = frozenset({
    "said", "say", "says", "estimate", "estimated", "estimates", "believe", "believed",
    "believes", "suggest", "suggested", "suggests", "claim", "claimed", "claims", "told",
    "note", "noted", "notes", "warn", "warned", "warns", "put", "puts", "reported", "report",
    "indicate", "indicated", "indicates", "stated", "state", "assess", "assessed",
    "assesses", "alleged", "allege", "reckon", "reckoned", "calculated", "calculate",
    "quoted", "cited", "cite", "show", "showed", "shows", "vary", "range", "put",
    "according", "familiar", "close", "speaking", "added", "confirmed",
})
_PEOPLE_HEADS = frozenset({
    "officials", "official", "analysts", "analyst", "experts", "expert", "observers",
    "diplomats", "insiders", "commentators", "researchers", "monitors", "sources", "source",
    "people", "person", "spokesperson", "spokesman", "interlocutors", "contacts",
})

# the verb a vague phrase's span ends with ("Experts say", "sources said"): the phrase is named
# without it, and the attribution reads it as the phrase's verb
VAGUE_VERB_TAIL = re.compile(r"\s+(?:" + "|".join(sorted(_SAY_VERBS - {"according", "familiar", "close", "speaking"})) + r")\Z")
_HEAD_RE = re.compile(
    r"(?i)(sources?|officials?|analysts?|experts?|observers|diplomats|insiders|"
    r"commentators|researchers|monitors|interlocutors|contacts|estimates|reports|media|date|familiar)\b"
)
_PHRASE_RE = re.compile(
    r"(?i)(?:it\s+(?:is|was|has\s+been)\s+(?:estimated|reported|believed|claimed|alleged|"
    r"rumou?red)|by\s+some\s+(?:estimates|accounts)|some\s+estimates|widely\s+reported"
    # "one widely cited industry analysis", "a recent study": a work no one can look up (not "a
    # recent study by the IMF", "... published in The Lancet")
    r"|(?:widely[-\s](?:cited|quoted)|recent|unpublished|industry|market)\s+(?:(?:industry|market|consultancy|private)\s+)?"
    r"(?:analysis|analyses|study|studies|assessment|survey)\b(?!\s+(?:by|from|of|for|commissioned|published|in|conducted|carried)\b))\b"
)
# "one senior airline executive estimated", "a bank insider said": one person of no named body
# (found from the person's noun, rarer than "a" or "one")
# one unnamed person of a trade: "one banker said", "a retailer in Harrowgate told inspectors"
_ONE_PERSON_NOUNS = (
    "executive", "insider", "banker", "trader", "broker", "wholesaler", "retailer", "shopkeeper", "merchant",
    "dealer", "farmer", "smuggler", "fisherman", "businessman", "businesswoman", "middleman",
    "official", "director", "manager", "administrator", "headteacher", "adviser", "advisor", "consultant",
)
_ONE_PERSON_BEFORE = re.compile(r"(?i:\b(?:one|an?)\s+(?:senior\s+|former\s+|top\s+)?(?:[a-z]+\s+){0,2}?)\Z")
_ONE_PERSON_SAYS = re.compile(
    # (the place the person works in; "a trader at Vanta Commodities" speaks for the firm)
    r"(?P<where>\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    # (or in an office no one names: "in the county's transport office")
    r"|\s+in\s+(?:the|an?|one)\s+(?:[a-z][\w'’-]*\s+){0,3}?(?:office|department|ministry|agency|team|unit|authority|council)"
    # (or at an unnamed firm of a kind: "at one of the big insurers", "at a large bank")
    r"|(?:\s+at\s+(?:one\s+of\s+the\s+|an?\s+|the\s+)(?:[a-z]+\s+){0,3}?[a-z]+)?"
    # (", who asked not to be named,", ", speaking on condition of anonymity,")
    r"(?:,\s+(?:who\s+(?:asked|declined|did\s+not\s+want)\s+(?:not\s+)?to\s+be\s+(?:named|identified)|"
    r"(?:who\s+)?(?:speaking|spoke)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity)\s*,)?)"
    r"\s+(?:estimated|estimates|said|says|told|put|puts|reckoned|claimed|believes|believed|expects|expected)\b"
)


# (after "one <person>": the named body they work at, then the verb or, after "according to", a comma)
_AT_NAMED = r"(?P<where>\s+at\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’-]*){0,5})?"
_ANONYMOUS = (
    r"(?:,\s+(?:who\s+(?:asked|declined|did\s+not\s+want)\s+(?:not\s+)?to\s+be\s+(?:named|identified)|"
    r"(?:who\s+)?(?:speaking|spoke)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity)\s*(?=,))?"
)
_ONE_AT_NAMED_SAYS = re.compile(
    _AT_NAMED + _ANONYMOUS + r",?\s+(?:estimated|estimates|said|says|told|put|puts|reckoned|claimed|believes|believed|expects|expected)\b"
)
_ONE_AT_NAMED_COMMA = re.compile(_AT_NAMED + _ANONYMOUS + r"\s*,")
_ACCORDING_TO_BEFORE = re.compile(r"(?i:\baccording\s+to\s+)\Z")


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c in "'\u2019-_"


def _words_before(text: str, pos: int, n: int) -> list[tuple[int, str]]:
    """Up to n words right before pos, stopping at punctuation (plain str.split on a
    short window: cheap enough to call for every head noun)."""
    lo = max(0, pos - 70)
    seg = text[lo:pos]
    out: list[tuple[int, str]] = []
    end = len(seg)
    if end and not seg[-1].isspace():
        return out  # head glued to something before it
    for w in reversed(seg.split()):
        i = seg.rfind(w, 0, end)
        end = i
        if not _is_word_char(w[-1]):
            break
        k = len(w)
        while k > 0 and _is_word_char(w[k - 1]):
            k -= 1
        if k > 0:  # punctuation inside/before the word: keep the tail, then stop
            out.append((lo + i + k, w[k:]))
            break
        out.append((lo + i, w))
        if len(out) >= n:
            break
    out.reverse()
    return out


def _words_after(text: str, pos: int, n: int) -> list[tuple[int, str]]:
    seg = text[pos:pos + 50]
    out: list[tuple[int, str]] = []
    if seg and not seg[0].isspace():
        return out
    start = 0
    for w in seg.split():
        i = seg.find(w, start)
        start = i + len(w)
        k = 0
        while k < len(w) and _is_word_char(w[k]):
            k += 1
        if k == 0:
            break
        out.append((pos + i, w[:k]))
        if k < len(w) or len(out) >= n:
            break
    return out


def _is_sentence_start(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k] in " \t\"'“‘(":
        k -= 1
    if k >= 2 and text[k] == "]" and text[k - 1].isdigit():  # ("[2] Grain estimates draw on": a note's first word)
        k = text.rfind("[", max(0, k - 5), k) - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
    return k < 0 or text[k] in ".!?\n:;"


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_HEAD_ANCHORS = (
    "source", "official", "analyst", "expert", "observers", "diplomats", "insiders",
    "commentators", "researchers", "monitors", "interlocutors", "contacts", "estimates", "reports", "media",
    "date", "familiar",
)
_PHRASE_ANCHORS = ("it is ", "it was ", "it has been ", "by some ", "some estimates", "widely reported", "widely cited",
                   "widely-cited", "widely quoted", "widely-quoted", "recent ", "unpublished ", "industry ", "market ")


def _anchor_hits(text: str, lowered: str, anchors: Iterable[str], pattern: re.Pattern) -> list[re.Match]:
    """Matches of ``pattern`` anchored where one of the literal ``anchors`` occurs at a
    word start (str.find is far faster than a regex scan over megabytes)."""
    hits: list[re.Match] = []
    for anchor in anchors:
        i = lowered.find(anchor)
        while i >= 0:
            if i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_"):
                m = pattern.match(text, i)
                if m is not None:
                    hits.append(m)
            i = lowered.find(anchor, i + 1)
    return hits


def has_vague_phrase(text: str, registry: "SourceRegistry | None" = None) -> bool:
    """Whether ``text`` holds a vague-source phrase ("secondary sources", "officials said")."""
    return bool(_vague_spans(text, registry))


def _vague_spans(text: str, registry: "SourceRegistry | None" = None) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lowered
        lowered = text.translate(_ASCII_LOWER)
    for m in _anchor_hits(text, lowered, _PHRASE_ANCHORS, _PHRASE_RE):
        spans.append((m.start(), m.end()))
    for m in _anchor_hits(text, lowered, _HEAD_ANCHORS, _HEAD_RE):
        span = _vague_at(text, m, registry)
        if span:
            spans.append(span)
    for noun in _ONE_PERSON_NOUNS:
        i = lowered.find(noun)
        while i >= 0:
            end = i + len(noun)
            if (says := _ONE_PERSON_SAYS.match(text, end)) and (one := _ONE_PERSON_BEFORE.search(text, max(0, i - 40), i)):
                spans.append((one.start(), says.end("where") if says.group("where") else end))
            elif (one := _ONE_PERSON_BEFORE.search(text, max(0, i - 40), i)) and one.group().lower().startswith("one") and (
                (at := _ONE_AT_NAMED_SAYS.match(text, end))
                or _ACCORDING_TO_BEFORE.search(text, max(0, one.start() - 16), one.start()) and (at := _ONE_AT_NAMED_COMMA.match(text, end))
            ):
                # "One senior manager at the Royal Eastvale Hospital said 2,317 ...", "According to one
                # official at the Ministry of Mines, ...", "according to one airline executive, who asked
                # not to be named, ...": one person no one can ask, whatever body they work at
                spans.append((one.start(), at.end("where") if at.group("where") else end))
            i = lowered.find(noun, end)
    spans.sort()
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
            continue
        out.append((s, e))
    return out


@lru_cache(maxsize=20_000)
def _is_country_word(w: str) -> bool:
    return tuple(normalize_name(w).split()) in _country_phrases()


_DEMONYM_RE = re.compile(r"(?:an|ian|ese|ish|i|ic|ch)$")


def _ends_a_name_before(word: tuple[int, str], text: str) -> bool:
    """Whether a capitalised word after ``word`` continues a name: "Ministry of Health", "Bank
    Security" (not "and Western officials", nor a sentence's first word before it)."""
    s, w = word
    return w in ("of", "for") or w[0].isupper() and not _is_sentence_start(text, s) and not _is_country_word(w)


def _mod_start(before: list[tuple[int, str]], text: str, head_start: int,
               registry: "SourceRegistry | None") -> tuple[int | None, bool]:
    """Start of the vague modifiers before a head noun; (None, blocked) if none."""
    start = None
    blocked = False
    for k in range(len(before) - 1, -1, -1):
        s, w = before[k]
        lw = w.lower()
        if lw in _NON_INFO_MODS:
            blocked = True
            break
        if lw in ("and", "or"):
            continue
        if lw in _VAGUE_MODS:
            if w[0].isupper() and k and _ends_a_name_before(before[k - 1], text):
                blocked = True  # "the Ministry of Health reports": the end of a body's name, no vague "Health reports"
                break
            start = s
            continue
        if w[0].isupper():
            # a nationality or an unnamed body ("Ukrainian sources"); a registry source
            # ("Pentagon officials") is reported as a named mention instead
            if _is_country_word(w):
                start = s
                continue
            if registry is not None and registry.resolve(w) is not None:
                blocked = True
                break
            if _DEMONYM_RE.search(w) and not _is_sentence_start(text, s):
                start = s  # "Kazakh sources", "Houthi officials"
                continue
            break
        break
    return start, blocked


def _vague_at(text: str, m: re.Match, registry: "SourceRegistry | None") -> tuple[int, int] | None:
    head = m.group(1)
    lh = head.lower()
    hs, he = m.start(1), m.end(1)
    before = _words_before(text, hs, 5)
    after = _words_after(text, he, 3)
    prev = [w.lower() for _, w in before]
    nxt = [w.lower() for _, w in after]
    according = len(prev) >= 2 and prev[-2:] == ["according", "to"] or (
        len(prev) >= 3 and prev[-3:-1] == ["according", "to"])
    start, blocked = _mod_start(before, text, hs, registry)
    if blocked:
        return None
    end = he
    if lh in ("source", "sources"):
        tail = text[he:he + 2]
        if tail.startswith(":"):
            return None
        if nxt[:1] == ["of"] and (len(nxt) < 2 or nxt[1] in _NON_INFO_MODS or nxt[1] in ("the", "a")):
            return None
        if start is not None:
            return start, end
        if nxt[:1] and nxt[0] in _SAY_VERBS:
            return hs, after[0][0] + len(after[0][1])
        if according:
            return hs, he
        return None
    if lh in _PEOPLE_HEADS or lh in ("analyst", "expert", "official"):
        singular = lh in ("analyst", "expert", "official")
        if nxt[:1] and nxt[0] in _SAY_VERBS:
            end = after[0][0] + len(after[0][1])
            return (start if start is not None else hs), end
        if not singular and (according or (start is not None and prev and prev[-1] != "the")):
            return (start if start is not None else hs), end
        return None
    if lh == "familiar":
        if nxt[:1] == ["with"] and prev and prev[-1] in ("people", "persons", "person", "sources", "source", "officials"):
            s = before[-1][0]
            if len(before) >= 2 and prev[-2] in ("a", "one", "two", "three", "several"):
                s = before[-2][0]
            end = _BLANKS.match(text, he).end() + 4  # he + leading blanks, without copying the rest
            if (matter := _FAMILIAR_OBJECT.match(text, end)) is not None:
                end = matter.end()  # "people familiar with the matter": the phrase as the press writes it
            return s, end
        return None
    if lh in ("estimates", "reports"):
        if start is not None:
            return start, end
        if nxt[:1] and nxt[0] in _SAY_VERBS and nxt[0] not in ("according",):
            if prev and (prev[-1] in ("the", "these", "its", "their", "our", "his", "her", "staff") or  # ("Staff estimates": the publisher's)
                         (before and before[-1][1][:1].isupper() and not _is_sentence_start(text, before[-1][0]))):
                return None
            if any(w[:1].isupper() and w.endswith(("'s", "’s")) for _, w in before[-3:]):
                return None  # "Harbour Health's weekly situation reports put": a named body's reports
            return hs, after[0][0] + len(after[0][1])
        if according:
            return hs, he
        return None
    if lh == "media":
        if start is not None and prev and prev[-1] != "social":
            return start, end
        if prev[-1:] == ["social"]:
            s = before[-1][0]
            if nxt[:1] and nxt[0] in ("post", "posts", "reports", "accounts", "users", "channels", "channel", "video", "videos"):
                if len(prev) >= 2 and prev[-2] in ("a", "an"):
                    s = before[-2][0]
                return s, after[0][0] + len(after[0][1])
            if len(prev) >= 2 and prev[-2] in ("on", "via", "in"):
                return s, he
        return None
    if lh in ("post", "posts"):
        return None  # covered by "social media post"
    if lh == "date":
        if prev and prev[-1] in ("unspecified", "unknown", "undisclosed", "unnamed", "unclear"):
            s = before[-1][0]
            if len(prev) >= 2 and prev[-2] in ("a", "an"):
                s = before[-2][0]
            return s, he
        return None
    return None


_FAMILIAR_OBJECT = re.compile(
    # ("the board's discussions", "the ministry's thinking": an owner's before the noun)
    r"[ \t]+(?:the|its|their)[ \t]+(?:[A-Za-z]+['’]s[ \t]+)?(?:matter|plans?|talks|situation|discussions|deal|negotiations|"
    r"process|decision|case|thinking|deliberations|review|investigation|probe|budget|proposals?)\b"
)

_BARE_VAGUE = frozenset({
    "sources", "source", "reports", "officials", "experts", "analysts", "observers", "media",
    "estimates", "state media", "social media", "unknown", "unspecified", "anonymous",
    "various", "multiple sources", "unnamed sources", "various sources", "others", "critics",
    "insiders", "diplomats", "researchers", "scholars", "observers", "local media",
})


def is_vague_source(text: str) -> bool:
    """True if the text names no identifiable source: "secondary sources", "Ukrainian
    sources", "officials said", "reports suggest", "a social media post"."""
    cleaned = clean_source_name(text)
    low = " ".join(cleaned.lower().split())
    if not low:
        return False
    if low in _BARE_VAGUE:
        return True
    if _vague_spans(text) or _vague_spans(cleaned):
        return True
    words = low.split()
    heads = ("sources", "officials", "analysts", "experts", "observers", "reports",
             "estimates", "media", "diplomats", "insiders", "researchers", "accounts", "interlocutors", "contacts")
    if words[-1] in heads and not any(w[:1].isupper() and w.upper() == w for w in cleaned.split()):
        return not any(w in _NON_INFO_MODS for w in words[:-1])
    return False


# ---------------------------------------------------------------------------------------
# acronym definitions (Schwartz & Hearst 2003)

_BLANKS = re.compile(r"\s*")
# (a second all-capital word: "(WHO AFRO)", "(UN OCHA)")
_PAREN_RE = re.compile(r"\(\s*([^\W_][\w&./'\u2019-]{1,11}(?:[ \t][A-Z][A-Z&-]{1,7})?)\s*(?:\)|[,;])")


_CUT_CHARS = "\n;:()[]|\t"  # (and a column gap of three spaces: see _last_cut)
_LOWER_WORD = re.compile(r"\b[a-z]+\b")


def _wrapped_prose_line(line: str) -> bool:
    """A line of running prose hard-wrapped at a fixed width: "... Ministry of Agriculture's Crop" over
    "Reporting Board (CRB)" is one name (a short line, a table row, a heading or a paragraph
    on one long line is not)."""
    return 50 <= len(line) <= 110 and line[-1:].isalnum() and "|" not in line and "\t" not in line and "   " not in line.strip() and (
        len(_LOWER_WORD.findall(line)) >= 3
    )


# The capitalised name that ends right before an acronym's parenthesis (a possessive country may
# open it: "Peru's Ministry of Energy and Mines").
_NAME_BEFORE_PAREN = re.compile(
    r"(?:[A-Z][\w’'.&-]*(?:\s+(?:of|for|in|the|and|on|de|del|la|&)\s+|\s+))*[A-Z][\w’'.&-]*\s*\Z"
)
# The same, for an acronym from another language, whose letters say nothing of where the name
# starts: a connector may take "the" ("Commission for the National Study of the El Niño
# Phenomenon (ENFEN)"), and a bare "the" ends the name ("In May the Commission ...").
_WHOLE_NAME_BEFORE_PAREN = re.compile(
    r"(?:[A-Z][\w’'.&-]*(?:\s+(?:of|for|in|and|on|de|del|la|&)(?:\s+the)?\s+|\s+))*[A-Z][\w’'.&-]*\s*\Z"
)
# A work named before the body that publishes it: "Energy Outlook of the ..."
_WORK_OF_PREFIX = re.compile(
    rf"^(?:[A-Z][\w’'.&-]*\s+)*(?:{_PUBLICATIONS}|Update|Assessment)"
    r"\s+(?:of|by)\s+(?:the\s+)?"
)
# A body whose remit is a list: "Ministry of Economy, Trade and Industry", "Department of
# Agriculture, Land Reform and Rural Development"
_LISTED_REMIT = re.compile(
    rf"(?:[A-Z][\w’'-]*\s+){{0,3}}{_GOV_BODY.pattern}\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"
    r"(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)+,?\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s*\Z"
)
_AFTER_LAST_OF = re.compile(r"\s(?:of|for)\s+(?:the\s+)?")
_OPENING_PREPOSITION = re.compile(
    r"^(?:Under|In|On|At|By|From|For|With|As|Per|Through|Since|After|Before"
    r"|But|And|Yet|So|Now|Still|Meanwhile|However,?|Indeed,?)\s+(?=the\s|[A-Z])"  # ("But the Institute ... (ITS) found")
)
_OWNER_ACRONYMS = re.compile(r"\A(?:[A-Z]{3,8}\s+)+")  # (not "HM Land Registry": a title, no owner)
_JUNCTION = re.compile(r"(?:\b(?:of|for|the)\s+)*\Z")
_LEAD_LOWER = re.compile(r"^(?:[a-z][\w-]*\s+)+(?=[A-Z])")


_POSSESSOR = re.compile(r"((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)['’]s\s+(?=[A-Z])")


def _possessor(name: str) -> tuple[int, bool, bool] | None:
    """For "X's Name": (where Name starts, X is a country, Name is a government body), else None."""
    match = _POSSESSOR.match(name)
    if not match:
        return None
    return match.end(), _country_code(match.group(1)) is not None, bool(_BODY_START.match(name, match.end()))


def _country_possessive_only(name: str) -> str:
    """"Beijing's Ministry of ..." -> "Ministry of ..."; "Peru's Ministry of ..." stays (the
    country qualifies a national body)."""
    owner = _possessor(name)
    if not (owner and owner[2] and not owner[1]):
        return name
    who = re.sub(r"['’]s\s*\Z", "", name[: owner[0]].strip())
    if _UNKNOWN_PLACE.fullmatch(who) and who not in _NOT_OWNERS and not _is_place_name(who):
        return name  # "Dalmora's Ministry of ...": a state the place list does not know
    return name[owner[0] :]


def strip_country_possessive(name: str) -> str:
    """"Oman's Nama Water Services" -> "Nama Water Services": a company or institute is named
    without the country that owns it (national government bodies keep it, as "Ministry of Health
    (Oman)", through :func:`country_qualified_name`)."""
    owner = _possessor(name)
    return name[owner[0] :] if owner and owner[1] and not owner[2] else name


def _other_name_ok(short: str, name: str) -> bool:
    """A parenthesised word that is an organisation's other name, not a place or another body."""
    from claimaudit.extraction.parse.places import find_places

    name = name.strip()
    if not looks_like_body(name) and len(name.split()) < 2:
        return False
    if find_places(short) or find_places(name.split()[-1]) and not looks_like_body(name):
        # "Ministry of Mines (Mali)", "exports to the United States (USA)"; but "Observatory of
        # Mining Conflicts in Latin America (OCMAL)" is a body
        return False
    first = {w[0].lower() for w in name.split() if w[:1].isupper()}
    return short[0].lower() in first or short.isupper() and len(name.split()) >= 2  # "Pacific Community (SPC)"


def _is_place_name(name: str) -> bool:
    """``name`` is a country or place and nothing more ("Central African Republic")."""
    from claimaudit.extraction.parse.places import find_places

    places = find_places(name)
    return len(places) == 1 and places[0].start == 0 and places[0].end == len(name)


def _last_cut(window: str) -> int:
    """Index just after the last sentence or clause boundary in ``window``."""
    cut = max(window.rfind(c) for c in _CUT_CHARS if c != "\n") + 1
    line_end = len(window)
    while (newline := window.rfind("\n", cut, line_end)) >= 0:
        if not _wrapped_prose_line(window[window.rfind("\n", 0, newline) + 1 : newline]):
            cut = newline + 1  # a line or paragraph of its own, not prose wrapped mid-name
            break
        line_end = newline
    if (gap := window.rfind("   ")) >= cut:
        cut = gap + 3  # "| Supervisor        Office of Water Regulation (OWR)": a label in the column before
    k = len(window)
    while True:
        k = window.rfind(". ", cut, k)
        if k <= 0:
            break
        prev = window[k - 1]
        word = window[window.rfind(" ", 0, k) + 1 : k]
        if prev.islower() or prev.isdigit() or len(word) >= 2 and word.isalpha() and word.isupper():
            return max(cut, k + 2)  # (an acronym ends a sentence: "... of GDP. Under the ..."; "U.S. Army" does not)
    for q in ("? ", "! "):
        cut = max(cut, window.rfind(q) + 2 if window.rfind(q) >= 0 else cut)
    return cut


def _sh_long_form(short: str, long: str) -> str | None:
    """Schwartz & Hearst's best long form: match the short form's characters right to
    left in the candidate; the first character must start a word."""
    s_chars = [c.lower() for c in short if c.isalnum()]
    if len(s_chars) < 2:
        return None
    li = len(long) - 1
    si = len(s_chars) - 1
    low = long.lower()
    while si >= 0:
        c = s_chars[si]
        while li >= 0 and (low[li] != c or (si == 0 and li > 0 and low[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return None
        li -= 1
        si -= 1
    start = low.rfind(" ", 0, li + 1) + 1
    return long[start:].strip()


def without_owner_acronym(name: str, acronyms: dict[str, str]) -> str:
    """"OCHA Financial Tracking Service" where the text defines "Financial Tracking Service (FTS)":
    the defined name, without its owner's acronym before it."""
    owner = _OWNER_ACRONYMS.match(name)
    return name[owner.end() :] if owner and name[owner.end() :] in acronyms.values() else name


_OWNER_WORD_END = re.compile(r"([A-Z][\w-]*)['’]s\s*$")


_CELL_GAP = re.compile(r"[ ]{3,}|\t| \| ")


def find_acronym_definitions(text: str) -> dict[str, str]:
    """Acronyms the document defines, ``"International Organization for Migration (IOM)"``
    -> ``{"IOM": "International Organization for Migration"}``.

    Implements the algorithm of Schwartz, A. S. and Hearst, M. A. (2003), "A simple
    algorithm for identifying abbreviation definitions in biomedical text", Pacific
    Symposium on Biocomputing 8:451-462: a short form in parentheses (2-10 characters,
    starting with a letter or digit, containing an upper-case letter) is matched against at
    most ``min(|A| + 5, 2|A|)`` preceding words; characters are matched right to left and
    the first character of the short form must begin a word of the long form. The first
    definition of an acronym in the text wins; a leading "the" is dropped.
    """
    out: dict[str, str] = {}
    if not text:
        return out
    for m in _PAREN_RE.finditer(text):
        short = m.group(1).rstrip(".'\u2019-")
        if not (2 <= len(short) <= 10) or short in out:
            continue
        if not any(c.isupper() for c in short) or not short[0].isalnum():
            continue
        if sum(c.isalpha() for c in short) < 2:
            continue
        lo = max(0, m.start() - 240)
        window = text[lo:m.start()]
        window = window[_last_cut(window):]
        words = window.split()
        # Schwartz & Hearst's min(|A| + 5, 2|A|), widened for short acronyms of long official
        # names ("Central Bank of the Republic of Uzbekistan (CBU)": 7 words for 3 letters)
        n_max = len(short) + 5
        all_words, words = words, words[-n_max:]
        if not words:
            continue
        joined = " ".join(words)
        long = _sh_long_form(short, joined)
        name_run = _NAME_BEFORE_PAREN.search(joined)
        if long and (listed := _LISTED_REMIT.search(joined)) and listed.group().endswith(long):
            long = listed.group()  # "Ministry of Economy, Trade and Industry (METI)": the commas are the name's
        elif long:
            long = long.rsplit(",", 1)[-1]  # "billion, according to the Central Reserve Bank of Peru"
            long = _LEAD_LOWER.sub("", long.strip())
            if name_run and name_run.group().endswith(long) and len(name_run.group()) > len(long):
                # "Pacific Islands Forum Fisheries Agency (FFA)", "Peru's Ministry of Energy and
                # Mines (MINEM)": the name runs on to the left of the words the letters matched,
                # but not past an "of": "Financial Tracking Service of the UN Office for the
                # Coordination of Humanitarian Affairs (OCHA)" abbreviates the office
                left = name_run.group()[: -len(long)]
                junction = _JUNCTION.search(left).group()  # "Office of" + "Utilities Regulation (OUR)"
                # (not over an owner's acronym: "OCHA Financial Tracking Service (FTS)" is the service)
                left = _AFTER_LAST_OF.split(left[: len(left) - len(junction)])[-1]
                if (owner := _OWNER_ACRONYMS.match(left)) and not _is_place_name(owner.group().strip()):
                    left = left[owner.end() :]  # (a country's is the name's: "US Defense Security ...")
                if (owning := _OWNER_WORD_END.search(left)) and not junction.strip() and not _is_place_name(owning.group(1)) and (
                    looks_like_body(long)
                ):
                    # "the Ministry of Transport's Road Safety Directorate (RSD)": a body of the
                    # owner's is a body of its own (an owner's product, "the Bank's Payments
                    # Price Index (PPI)", keeps its owner)
                    left = ""
                long = left + junction + long
        elif (
            # (the whole name may run past the letters' window)
            (name_run := _WHOLE_NAME_BEFORE_PAREN.search(" ".join(all_words[-2 * n_max :])))
            and " " in name_run.group().strip() and short[:1].isupper()
            and _other_name_ok(short, name_run.group())
            # (a table row's label, then its source's tag: "Berth Occupancy (KPX)   71%")
            and (looks_like_body(name_run.group()) or not _CELL_GAP.match(text, m.end()))
        ):
            # "Pacific Community (SPC)", "Chilean Copper Commission (Cochilco)": an acronym from
            # another language, right after an organisation's name; not the work named before it
            # ("the Energy Outlook of the Latin American Energy Organization (OLADE)")
            long = _WORK_OF_PREFIX.sub("", name_run.group())
        if not long:
            continue
        # ("Under the Medium-Term Fiscal Framework (MTFF)": a sentence's opening word is no part of the name)
        long = _OPENING_PREPOSITION.sub("", long.strip())
        long = _country_possessive_only(strip_descriptors(re.sub(r"^(?:the|The|THE)\s+", "", long)))
        if text[m.end() - 1] in ",;" and not looks_like_body(long):
            continue  # "across Mali, Burkina Faso and Niger (RUSI, June 2025)": a citation
        long = long.strip(" ,;:-\u2013\u2014\"'“”")
        if len(long) <= len(short) or " " not in long and len(long) < len(short) + 3:
            continue
        if long.lower() == short.lower():
            continue
        if re.search(r"[\d%$€£]", long) and not re.search(r"\d", short):
            continue  # "... up 29% (CBU, January 2025)" cites, a name has no figures in it
        if _is_place_name(long):
            continue  # "Ministry of Health of the Central African Republic (CAR)": a country's acronym
        out[short] = long
    if ") " in text:
        for m in _REFERENCE_ENTRY.finditer(text):
            # "DISR (2025) Resources and Energy Quarterly. Canberra: Department of Industry,
            # Science and Resources.": a reference list names the publisher an acronym cites
            short, long = m.group("short"), m.group("long").strip()
            if short in out or long.lower() == short.lower() or " " not in long:
                continue
            # (the letters spell the publisher's words, or the publisher is a body by its name)
            if _sh_long_form(short, long) or looks_like_body(long) and _other_name_ok(short, long):
                out[short] = long
    return out


# A Harvard-style reference: "ACRONYM (Year) Title. Place: Publisher."
_REFERENCE_ENTRY = re.compile(
    r"^[ \t]*(?P<short>[A-Z][A-Za-z&]{1,9})[ \t]+\((?:19|20)\d\d[a-z]?\)[ \t]+[^\n]{3,300}?[.?][ \t]+"
    r"[A-Z][^\n:.]{1,40}:[ \t]+(?P<long>[A-Z][^\n]{3,150}?)\.?[ \t]*$",
    re.MULTILINE,
)


# (Each pattern opens with its capital and only then looks behind it: a pattern that opens with a
# look-behind is tried at every position of the text, one that opens with a character class lets
# the regex engine skip to the next capital. "(?<![\w.&-][A-Z])" after the capital = "(?<![\w.&-])"
# before it.)
_CAPS_TOKEN = re.compile(r"[A-Z](?<![\w.&-][A-Z])[A-Z]{2,5}(?![\w&-])")  # = (?<![\w.&-])[A-Z]{3,6}(?![\w&-])
_BODY_NAME_RUN = re.compile(  # = (?<![\w'’-])[A-Z][a-z][\w'’-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[A-Z][\w'’-]*)+
    r"[A-Z](?<![\w'’-][A-Z])[a-z][\w'’-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[A-Z][\w'’-]*)+"
)
_NO_INITIAL = frozenset({"of", "for", "and", "on", "the", "&"})


def infer_acronyms(text: str, defined: dict[str, str], known: Iterable[str] = ()) -> dict[str, str]:
    """Acronyms the document uses without defining: "(KNBS, 2019)" in a text that names the
    "Kenya National Bureau of Statistics" is that bureau, when it is the one organisation the
    text names whose words' initials spell it. Not an acronym the document defines or the
    registry knows, and not one written after a capitalised word ("Ostmark Metals AB").
    """
    wanted = set()
    for m in _CAPS_TOKEN.finditer(text):
        short = m.group()
        if short in defined or short in wanted:
            continue
        before = text[max(0, m.start() - 30) : m.start()].rstrip()
        if before[-1:].isalpha() and (prev := before.split()[-1]) and prev[:1].isupper() and not prev.isupper():
            continue  # "Ostmark Metals AB": a legal form
        wanted.add(short)
    wanted -= set(known)
    if not wanted:
        return {}
    spelled: dict[str, set[str]] = {}
    for m in _BODY_NAME_RUN.finditer(text):
        words = m.group().split()
        # initials[i]: the initials of words[i:], built from the end (one pass, not one per start)
        initials = [""] * len(words)
        tail = ""
        for i in range(len(words) - 1, -1, -1):
            if words[i].lower() not in _NO_INITIAL:
                tail = words[i][0] + tail
            initials[i] = tail
        for i in range(len(words) - 1):  # a name may follow a capitalised word ("In Kenya National ...")
            if initials[i] not in wanted or words[i].lower() in _NO_INITIAL:
                continue
            name = " ".join(words[i:])
            if looks_like_body(name):
                spelled.setdefault(initials[i], set()).add(re.sub(r"['’]s$", "", name))
    return {short: next(iter(names)) for short, names in sorted(spelled.items()) if len(names) == 1}


# ---------------------------------------------------------------------------------------
# registry

_TERM = ""  # trie terminal key (no token normalises to the empty string)

_MONTHS_DAYS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
})
_OK_PREV = _MONTHS_DAYS | frozenset({
    "a", "an", "according", "by", "from", "in", "on", "at", "for", "with", "per", "via",
    "under", "since", "both", "each", "former", "while", "when", "as", "and", "or", "but",
    "if", "after", "before", "this", "that", "these", "those", "its", "their", "his", "her",
    "our", "new", "latest", "recent", "see", "source", "sources", "note", "notes", "data",
    "also", "then", "however", "meanwhile", "report", "reports", "is", "was", "said",
})
# single-token names that are also ordinary words: not accepted at a sentence start
_COMMON_WORDS = frozenset({
    "science", "nature", "heritage", "guardian", "economist", "sputnik", "fed", "amnesty",
    "telegram", "forbes", "axios", "politico", "ria",
})
# acronyms that are English words: ignored inside all-caps runs ("WHO WE ARE")
_WORD_ACRONYMS = frozenset({
    "WHO", "CAN", "AIM", "ACE", "SAFE", "FAIR", "CARE", "HOPE", "NEW", "ARE", "ALL", "ONE",
    "IT", "US", "OR", "AS", "AT", "ON", "IN", "IS", "TASS", "RAND", "AP", "FT", "MAS", "CNS",
})


def _entry_from_dict(d: dict[str, Any], where: str) -> SourceEntry:
    if not isinstance(d, dict):
        raise ValueError(f"{where}: expected an object, got {type(d).__name__}")
    unknown = set(d) - set(_FIELDS)
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}; expected keys {list(_FIELDS)}")
    name = d.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"{where}: 'name' must be a non-empty string")
    kinds, remits = _doc_vocab()
    kind = d.get("kind") or "other"
    if isinstance(kind, str):  # accept "think-tank", "Think tank"
        kind = re.sub(r"[\s-]+", "_", kind.strip().lower())
    if kind not in kinds:
        raise ValueError(f"{where} ({name!r}): kind {kind!r} is not one of {sorted(kinds)}")

    def str_list(key: str) -> tuple[str, ...]:
        val = d.get(key, [])
        if val is None:
            return ()
        if not isinstance(val, list) or not all(isinstance(x, str) and x.strip() for x in val):
            raise ValueError(f"{where} ({name!r}): {key!r} must be a list of non-empty strings")
        return tuple(val)

    remit = str_list("remit")
    bad = [r for r in remit if r not in remits]
    if bad:
        raise ValueError(f"{where} ({name!r}): remit tags {bad} not in the vocabulary {sorted(remits)}")

    def opt_str(key: str, pattern: str | None = None) -> str | None:
        val = d.get(key)
        if val is None:
            return None
        if not isinstance(val, str) or (pattern and not re.fullmatch(pattern, val)):
            raise ValueError(f"{where} ({name!r}): {key!r} must be null or a string"
                             + (f" matching {pattern}" if pattern else ""))
        return val

    country = opt_str("country", r"[A-Z]{2}")
    founded = opt_str("founded", r"\d{4}")
    dissolved = opt_str("dissolved", r"\d{4}")
    if founded and dissolved and int(founded) > int(dissolved):
        raise ValueError(f"{where} ({name!r}): founded {founded} is after dissolved {dissolved}")
    verifiable = d.get("verifiable", True)
    if not isinstance(verifiable, bool):
        raise ValueError(f"{where} ({name!r}): 'verifiable' must be true or false")
    variant_of, context = opt_str("variant_of"), str_list("context")
    if bool(variant_of) != bool(context):
        raise ValueError(f"{where} ({name!r}): 'variant_of' and 'context' go together")
    return SourceEntry(
        name=name.strip(), aliases=str_list("aliases"), acronyms=str_list("acronyms"),
        kind=kind, remit=remit, country=country, founded=founded, dissolved=dissolved,
        successor=opt_str("successor"), note=opt_str("note"), verifiable=verifiable,
        variant_of=variant_of, context=context,
    )


_PAREN_COUNTRY_RE = re.compile(r"^(.*\S)\s*\(([^()]+)\)$")


class SourceRegistry:
    """Known sources with fast lookup by name, alias and acronym."""

    def __init__(self, entries: Iterable[SourceEntry], extra_aliases: dict[str, str] | None = None):
        self._entries: list[SourceEntry] = list(entries)
        self._by_name: dict[str, SourceEntry] = {}
        self._by_key: dict[str, SourceEntry] = {}
        self._mask: dict[str, tuple[bool, ...]] = {}
        self._trie: dict[str, Any] = {}
        self._acr: dict[str, list[SourceEntry]] = {}
        self._generic: dict[str, dict[str, SourceEntry]] = {}
        self._names_of: dict[str, tuple[str, ...]] = {}
        self._resolve_cache: dict[str, SourceEntry | None] = {}
        for e in self._entries:
            if e.name in self._by_name:
                raise ValueError(f"duplicate source name {e.name!r}")
            self._by_name[e.name] = e
        for e in self._entries:
            self._index_entry(e)
        self._variants: dict[str, tuple[SourceEntry, ...]] = {}
        for e in self._entries:
            if e.variant_of is not None:
                if e.variant_of not in self._by_name:
                    raise ValueError(f"source {e.name!r} is a variant of unknown source {e.variant_of!r}")
                self._variants[e.variant_of] = (*self._variants.get(e.variant_of, ()), e)
        for alias, target in (extra_aliases or {}).items():
            if not isinstance(alias, str) or not isinstance(target, str):
                raise ValueError("extra aliases must be a mapping of alias string -> canonical name string")
            entry = self.get(target)
            if entry is None:
                raise ValueError(f"alias {alias!r} points to unknown source {target!r}")
            self._add_key(alias, entry, explicit=True)
        self._keys = list(self._by_key)
        self._sorted_keys = [" ".join(sorted(k.split())) for k in self._keys]
        # candidate token starts: a capital letter not preceded by a letter/digit, or one of
        # the few digit strings that begin a registry name ("38 North"). The first character
        # is read by one character set before the alternatives (each checks it by a
        # look-behind), so that the regex engine can skip ahead to such characters quickly:
        # a pattern that starts with an alternation is tried at every position.
        digit_firsts = [d for d in sorted({k.split(" ")[0] for k in self._mask if k[:1].isdigit()}, key=len, reverse=True)
                        if d.isascii()]
        digit_alt = "".join(
            "|(?<=" + re.escape(d[0]) + r")(?<![^\W_]" + re.escape(d[0]) + ")" + re.escape(d[1:]) + r"(?![^\W_])"
            for d in digit_firsts)
        self._cand_re = re.compile(
            "[A-Z" + "".join(sorted({d[0] for d in digit_firsts})) + "](?:"
            r"(?<=[A-Z])(?<![^\W_][A-Z])(?:(?:\.[A-Z])+\.|[^\W_]*(?:&[^\W_]+)*(?:['\u2019][sS](?![^\W_]))?)"
            + digit_alt + ")"
        )

    # -- building ------------------------------------------------------------------
    def _add_key(self, name: str, entry: SourceEntry, *, explicit: bool) -> None:
        key = normalize_name(name)
        if not key:
            if explicit:
                raise ValueError(f"name or alias {name!r} of {entry.name!r} has no letters or digits")
            return
        old = self._by_key.get(key)
        if old is not None and old is not entry:
            if explicit:
                raise ValueError(
                    f"alias {name!r} of {entry.name!r} is already a name or alias of {old.name!r}")
            return
        self._by_key[key] = entry
        self._insert(key, _cap_mask(name))

    def _insert(self, key: str, mask: tuple[bool, ...]) -> None:
        old = self._mask.get(key)
        if old is not None and len(old) == len(mask):
            mask = tuple(a and b for a, b in zip(old, mask))
        self._mask[key] = mask
        node = self._trie
        for tok in key.split(" "):
            node = node.setdefault(tok, {})
        node[_TERM] = key

    def _index_entry(self, e: SourceEntry) -> None:
        names = (e.name, *e.aliases)
        self._names_of[e.name] = names
        generic = _PAREN_COUNTRY_RE.match(e.name)
        for n in names:
            if generic and n != e.name and normalize_name(n) == normalize_name(generic.group(1)):
                continue  # "Ministry of Economy and Finance" alone is any country's: only with a country
            self._add_key(n, e, explicit=True)
        for a in e.acronyms:
            self._acr.setdefault(a, []).append(e)
        # "Ministry of Education (Russia)": generic base, matched only with a country
        m = _PAREN_COUNTRY_RE.match(e.name)
        if m and e.country and tuple(normalize_name(m.group(2)).split()) in _country_phrases():
            base = normalize_name(m.group(1))
            self._generic.setdefault(base, {})[e.country] = e
            if base not in self._mask:
                self._insert(base, _cap_mask(m.group(1)))
        # "U.S. Department of Agriculture" is also written without "U.S."
        if e.country == "US" and e.kind in ("government_agency", "court", "military", "legislature"):
            for n in names:
                key = normalize_name(n)
                if key.startswith("us ") and len(key.split()) >= 3:
                    stripped = key[3:]
                    if stripped not in self._by_key and stripped not in self._generic:
                        self._by_key[stripped] = e
                        self._insert(stripped, _cap_mask(n)[1:])

    # -- construction API ----------------------------------------------------------
    @classmethod
    def from_json(cls, data: dict[str, Any] | list[Any]) -> "SourceRegistry":
        items = data.get("sources") if isinstance(data, dict) else data
        if not isinstance(items, list):
            raise ValueError("registry JSON must be a list of entries or an object with a 'sources' list")
        return cls(_entry_from_dict(d, f"sources[{i}]") for i, d in enumerate(items))

    @classmethod
    def default(cls) -> "SourceRegistry":
        """The bundled registry (cached)."""
        return _default_registry()

    def with_extra(self, entries: list[dict], aliases: dict[str, str]) -> "SourceRegistry":
        """A new registry with user entries and extra aliases (alias -> canonical name).

        A new entry whose name equals an existing one replaces it. Raises ValueError with
        a message naming the offending item on invalid input.
        """
        if entries is None:
            entries = []
        if aliases is None:
            aliases = {}
        if not isinstance(entries, list):
            raise ValueError(f"extra sources must be a list of objects, got {type(entries).__name__}")
        if not isinstance(aliases, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in aliases.items()):
            raise ValueError("extra aliases must be a mapping of alias string -> canonical name string")
        new = [_entry_from_dict(d, f"extra source #{i + 1}") for i, d in enumerate(entries)]
        seen: set[str] = set()
        for e in new:
            if e.name in seen:
                raise ValueError(f"extra sources: duplicate name {e.name!r}")
            seen.add(e.name)
        merged = [e for e in self._entries if e.name not in seen] + new
        return SourceRegistry(merged, aliases)

    # -- lookup ----------------------------------------------------------------------
    def acronyms(self) -> frozenset[str]:
        """Every acronym of a registry entry."""
        return frozenset(self._acr)

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self):
        return iter(self._entries)

    def get(self, name: str) -> SourceEntry | None:
        """Entry by exact canonical name (or, failing that, by normalised name/alias)."""
        if not isinstance(name, str):
            return None
        return self._by_name.get(name) or self._by_key.get(normalize_name(name))

    def national(self, kind: str, country: str) -> SourceEntry | None:
        """The current body of ``kind`` (``central_bank``, ``statistics_office``, ...) of the
        country written as ``country``: the shortest name when several are listed ("Federal
        Reserve", not "Federal Reserve Bank of New York"); None when none is."""
        code = _country_code(country)
        found = [e for e in self._entries if e.kind == kind and code is not None and e.country == code and not e.dissolved]
        return min(found, key=lambda e: (len(e.name), e.name)) if found else None

    def variants(self, name: str) -> tuple[SourceEntry, ...]:
        """The specific bodies a generic entry's name may mean ("UN Panel of Experts" on Libya, ...)."""
        return self._variants.get(name, ())

    def ambiguous_acronyms(self) -> dict[str, tuple[SourceEntry, ...]]:
        """Acronyms that several entries share ("ICE": an exchange and a U.S. agency)."""
        return {a: tuple(es) for a, es in self._acr.items() if len(es) > 1}

    def _acronym(self, raw: str) -> SourceEntry | None:
        cands = self._acr.get(raw)
        if cands and len(cands) == 1:
            return cands[0]
        return None

    def _with_country(self, toks: list, key: str) -> SourceEntry | None:
        """Resolve "Russian Ministry of Education" / "Ministry of Education of Russia"."""
        n = len(toks)
        if n < 2:
            return None
        cands: list[tuple[str, str]] = []
        for i in range(1, n):
            key_pre = tuple(t[3] for t in toks[:i])
            cc = _country_phrases().get(key_pre)
            if cc:
                cands.append((cc, " ".join(t[3] for t in toks[i:])))
        for j in range(n - 1):
            if toks[j][3] == "of":
                cc = _country_phrases().get(tuple(t[3] for t in toks[j + 1:]))
                if cc:
                    cands.append((cc, " ".join(t[3] for t in toks[:j])))
        # "Ministry of Education (Russia)"-style written names normalise to "... russia"
        for i in range(n - 1, 0, -1):
            cc = _country_phrases().get(tuple(t[3] for t in toks[i:]))
            if cc:
                cands.append((cc, " ".join(t[3] for t in toks[:i])))
                break
        for cc, base in cands:
            if base in self._generic:
                hit = self._generic[base].get(cc)
                if hit:
                    return hit
                e = self._by_key.get(base)
                return e if e is not None and e.country == cc else None
            e = self._by_key.get(base)
            if e is not None:
                return e if e.country == cc else None
        return None

    def _query_country(self, toks: list) -> str | None:
        table = _country_phrases()
        for n in range(min(_MAX_COUNTRY, len(toks)), 0, -1):
            for i in range(0, len(toks) - n + 1):
                cc = table.get(tuple(t[3] for t in toks[i:i + n]))
                if cc:
                    return cc
        return None

    def resolve(self, name: str, *, acronyms: dict[str, str] | None = None) -> SourceEntry | None:
        """Registry entry for a written source name, or None.

        Order: exact match of the cleaned, normalised name on names/aliases/acronyms;
        a country-qualified generic name ("Russian Ministry of Education"); an acronym
        the document defines (``acronyms``: short -> long form); fuzzy match
        (rapidfuzz token_sort_ratio >= 90) guarded against short strings, differing
        numbers, differing countries and substituted (not misspelt) words.
        """
        if not isinstance(name, str):
            return None
        if not acronyms or clean_source_name(name) not in acronyms:
            # (the document's acronyms only matter for a name that is one of them, once cleaned:
            # otherwise the answer is the one without them, cached)
            if name in self._resolve_cache:
                return self._resolve_cache[name]
            hit = self._resolve(name, None)
            if len(self._resolve_cache) < 50_000:
                self._resolve_cache[name] = hit
            return hit
        return self._resolve(name, acronyms)

    def _resolve(self, name: str, acronyms: dict[str, str] | None) -> SourceEntry | None:
        direct = self._by_key.get(normalize_name(name))
        if direct is not None:
            return direct
        cleaned = clean_source_name(name)
        if not cleaned:
            return None
        compact = cleaned
        if " " not in cleaned:
            if acronyms and compact in acronyms and isinstance(acronyms[compact], str):
                # the document's own definition wins: "International Desalination Association (IDA)"
                # is not the registry's International Development Association
                defined = self.resolve(acronyms[compact])
                own = self._acronym(compact)
                if defined is None and own is not None and normalize_name(acronyms[compact]) in normalize_name(own.name):
                    return own  # "... of the UN Office for the Coordination of Humanitarian Affairs (OCHA)"
                return defined
            hit = self._acronym(compact)
            if hit is not None:
                return hit
            if compact in self._acr:  # ambiguous acronym
                return None
        toks = _tokens(cleaned)
        key = " ".join(t[3] for t in toks)
        if not key:
            return None
        hit = self._by_key.get(key)
        if hit is not None:
            return hit
        hit = self._with_country(toks, key)
        if hit is not None:
            return hit
        if acronyms and cleaned in acronyms:
            hit = self.resolve(acronyms[cleaned])
            if hit is not None:
                return hit
        return self._fuzzy(key, toks)

    def _fuzzy(self, key: str, toks: list) -> SourceEntry | None:
        if len(key) < 8 or len(toks) < 2 or key in self._generic:
            return None
        qcc = self._query_country(toks)
        q = " ".join(sorted(key.split()))
        found = process.extract(q, self._sorted_keys, scorer=fuzz.ratio, score_cutoff=90, limit=5)
        for _, score, idx in found:
            cand = self._keys[idx]
            entry = self._by_key[cand]
            if not _fuzzy_guard(key, cand):
                continue
            if qcc is not None and entry.country != qcc:
                continue
            if qcc is None and self._query_country(_tokens(cand)) is not None:
                continue  # "Bureau of National Statistics" is not the "National Bureau of Statistics of China"
            if qcc is None and score < 100 and self._query_country(_tokens(entry.name)) is not None:
                continue  # nor is England's "Department for Education" the "U.S. Department of Education"
                # (a name its country tells apart matches it without the country only as written)
            if qcc is None and entry.country is not None and score < 97 and _content_words(key) != _content_words(cand):
                # "National Statistics Office" (of any country) is not the UK's "Office for National
                # Statistics"; "Office of National Statistics" is, the same words in the same order
                continue
            if qcc is None:
                # a generic national body ("Ministry of Education (Russia)") needs the country
                m = _PAREN_COUNTRY_RE.match(entry.name)
                if m and entry.country and self._query_country(_tokens(cand)) == entry.country:
                    continue
            return entry
        return None

    # -- finding -----------------------------------------------------------------------
    def find(self, text: str, *, acronyms: dict[str, str] | None = None) -> list[SourceMention]:
        """Every registry source named in ``text`` plus vague-source phrases.

        Names and aliases match case-insensitively where the registry writes a word in
        lower case, but a word capitalised in the registry must be capitalised in the text;
        acronyms match case-sensitively as whole tokens. The longest name wins; results
        are ordered and non-overlapping; a named source wins over an overlapping vague
        phrase. ``acronyms`` (short -> long form) are the document's own definitions;
        when None they are computed with :func:`find_acronym_definitions`; pass ``{}``
        to ignore them. An acronym the document defines as something the registry does
        not know is not reported.

        Only capitalised tokens (and the few digits that start a registry name) are
        candidates; the trie is walked from a candidate only while the following tokens
        continue a name, so the work is linear in the text length.
        """
        if not isinstance(text, str) or not text:
            return []
        if acronyms is None:
            acronyms = find_acronym_definitions(text)
        doc_acr: dict[str, SourceEntry | None] = {}
        for short, long in (acronyms or {}).items():
            if isinstance(short, str) and isinstance(long, str):
                doc_acr[short] = self.resolve(long)
        trie = self._trie
        acr = self._acr
        named: list[SourceMention] = []
        pending: list[tuple[int, list[SourceEntry]]] = []  # ambiguous acronyms
        mentioned: set[str] = set()
        last_end = -1
        for cm in self._cand_re.finditer(text):
            s0 = cm.start()
            if s0 < last_end:
                continue
            raw = cm.group()
            e0 = cm.end()
            norm = _norm_token(raw)
            node = trie.get(norm)
            if node is None and norm != "united":
                # fast path: not the start of any name; maybe an acronym
                e_np = e0 - 2 if raw[-2:] in ("'s", "\u2019s", "'S", "\u2019S") else e0
                compact = text[s0:e_np]
                if compact not in doc_acr and compact not in acr:
                    continue
            pm = _POSS_RE.search(raw)
            e_np = e0 - (len(pm.group()) if pm else 0)
            first = (s0, e_np, e0, norm, raw)
            if first[3] == "united":
                merged = _next_token(text, e0)
                if merged is not None and merged[3] in ("states", "nations", "kingdom") and text[e0:merged[0]].isspace():
                    first = (s0, merged[1], merged[2], _MERGE[("united", merged[3])], text[s0:merged[2]])
            node = trie.get(first[3])
            best = None
            if node is not None:
                seq = [first]
                terms: list[tuple[int, str]] = []
                while True:
                    k = node.get(_TERM)
                    if k is not None:
                        terms.append((len(seq), k))
                    nt = _next_token(text, seq[-1][2])
                    if nt is None or not _gap_ok(text, seq[-1][2], nt[0]):
                        break
                    node = node.get(nt[3])
                    if node is None:
                        break
                    seq.append(nt)
                for n_tok, key in reversed(terms):
                    best = self._match_name(text, seq[:n_tok], key, last_end)
                    if best is not None:
                        break
            if best is not None:
                named.append(best)
                if best.entry is not None:
                    mentioned.add(best.entry.name)
                last_end = best.end
                continue
            compact = text[s0:e_np]
            if (compact in doc_acr or compact in acr) and self._acronym_ok(text, s0, e_np, compact):
                if compact in doc_acr:
                    entry = doc_acr[compact]
                    if entry is None:
                        continue
                    named.append(SourceMention(s0, e_np, text[s0:e_np], entry.name, entry, False, 100.0))
                    mentioned.add(entry.name)
                else:
                    cands = acr[compact]
                    if len(cands) == 1:
                        named.append(SourceMention(s0, e_np, text[s0:e_np], cands[0].name, cands[0], False, 100.0))
                        mentioned.add(cands[0].name)
                    else:
                        pending.append((len(named), cands))
                        named.append(SourceMention(s0, e_np, text[s0:e_np], compact, None, False, 0.0))
                last_end = e_np
        # ambiguous acronyms: pick the candidate the document names in full, if exactly one
        for idx, cands in pending:
            hits = [c for c in cands if c.name in mentioned]
            if len(hits) == 1:
                old = named[idx]
                named[idx] = SourceMention(old.start, old.end, old.text, hits[0].name, hits[0], False, 90.0)
        out = list(named)
        spans = [(m.start, m.end) for m in named]
        starts = [sp[0] for sp in spans]
        for s, e in _vague_spans(text, self):
            k = bisect.bisect_left(starts, e)
            if k > 0 and spans[k - 1][1] > s:
                continue
            phrase = text[s:e]
            # (named without the verb the phrase holds: "Experts say" are "Experts")
            # (and without the comma that closes "who asked not to be named,")
            name = VAGUE_VERB_TAIL.sub("", " ".join(phrase.split())).rstrip(", ")
            out.append(SourceMention(s, e, phrase, name or phrase, None, True, 0.0))
        out.sort(key=lambda m: (m.start, -m.end))
        return out

    def _acronym_ok(self, text: str, s: int, e: int, compact: str) -> bool:
        raw = text[s:e]
        if not any(c.isupper() for c in raw):
            return False
        if compact in _WORD_ACRONYMS:
            # "WHO WE ARE": an all-capitals heading, not the organisation
            for w in (_prev_word(text, s), _next_word(text, e)):
                if w and len(w) >= 2 and w.isalpha() and w.isupper() and w not in self._acr:
                    return False
        return True

    def _match_name(self, text: str, seq: list, key: str, last_end: int) -> SourceMention | None:
        mask = self._mask.get(key, ())
        if len(mask) == len(seq):
            for need, t in zip(mask, seq):
                if need and not _cap(t[4]):
                    return None
        if not _cap(seq[0][4]):
            return None
        for t in seq:
            # "UN"/"U.S." or "United Nations", never "Un" (Kim Jong Un) or "Us"
            if t[3] in _MERGED_FORMS and " " not in t[4] and not t[4].replace(".", "").isupper():
                return None
        start, end = seq[0][0], seq[-1][1]
        entry = self._by_key.get(key)
        generic = self._generic.get(key)
        single = len(seq) == 1
        if single:
            raw = seq[0][4]
            if key in _COMMON_WORDS and not raw.isupper():
                if _is_sentence_start(text, start):
                    return None
                if _NAME_CONT_AFTER_RE.match(text, seq[-1][2]):
                    return None  # "Science and Technology"
                bm = _NAME_CONT_BEFORE_RE.search(text, max(0, start - 40), start)
                if bm and bm.group(1).lower() not in _OK_PREV:
                    return None  # "Office of Science", "Chief Economist", "Justice, Science"
            nt = _next_token(text, seq[-1][2]) if seq[-1][1] == seq[-1][2] else None  # ("GSMA's State of ...")
            if nt is not None:
                nraw = nt[4]
                if (text[seq[-1][2]:nt[0]] == " " and nraw[:1].isupper() and nraw.isalpha()
                        and nt[3] not in _MONTHS_DAYS and not nraw.isupper()):
                    return None  # "Carnegie Mellon", "Guardian Council"
        prev = _tokens_window(text, max(0, start - 80), start)
        before = _country_before(prev + [seq[0]], len(prev), text) if prev else None
        if before is not None and prev[before[1]][0] < last_end:
            before = None
        if generic is not None:
            cc, s2, e2 = None, start, end
            if before is not None:
                cc, s2 = before[0], prev[before[1]][0]
            else:
                fwd = _tokens_window(text, seq[-1][2], min(len(text), seq[-1][2] + 120))
                after = _country_after([seq[-1]] + fwd, 0, text)
                if after is not None:
                    cc, e2 = after[0], fwd[after[1] - 1][1]
            if cc is not None:
                hit = generic.get(cc) or (entry if entry is not None and entry.country == cc else None)
                written = text[s2:e2]
                if hit is None:
                    return SourceMention(s2, e2, written, clean_source_name(written), None, False, 0.0)
                return SourceMention(s2, e2, written, hit.name, hit, False, 100.0)
            if entry is None:
                written = text[start:end]
                return SourceMention(start, end, written, clean_source_name(written), None, False, 0.0)
        if entry is None:
            return None
        if before is not None:
            cc, lo = before
            if cc != entry.country:
                return None  # "Russian Security Council" is not the UN Security Council
            start = prev[lo][0]
        elif prev and not single and prev[-1][2] > last_end:
            p = prev[-1]
            praw = p[4]
            if (text[p[2]:seq[0][0]].isspace() and _cap(praw) and praw.isalpha()
                    and p[3] not in _OK_PREV and not _is_sentence_start(text, p[0])):
                return None  # part of a longer unknown name: "American Red Cross"
        end_tok = seq[-1]
        if end_tok[2] > end_tok[1]:
            poss = text[end_tok[0]:end_tok[2]].replace("\u2019", "'").lower()
            if any(poss in n.lower().replace("\u2019", "'") for n in self._names_of.get(entry.name, ())):
                end = end_tok[2]
        return SourceMention(start, end, text[start:end], entry.name, entry, False, 100.0)


def _next_token(text: str, e: int) -> tuple[int, int, int, str, str] | None:
    """The token starting within 4 characters after position e ("the" skipped,
    "United States" merged), or None."""
    n = len(text)
    while True:
        k = e
        lim = min(n, e + 5)
        while k < lim and not (text[k].isalnum() or text[k] == "&"):
            k += 1
        if k >= lim:
            return None
        m = _TOKEN_RE.match(text, k)
        if m is None:
            return None
        raw = m.group()
        norm = _norm_token(raw)
        pm = _POSS_RE.search(raw)
        e_np = m.end() - (len(pm.group()) if pm else 0)
        if norm in _DROP:
            e = m.end()
            continue
        if norm == "co" and text[m.end():m.end() + 1] == "-":
            m2 = _TOKEN_RE.match(text, m.end() + 1)
            if m2 is not None:
                raw2 = m2.group()
                pm2 = _POSS_RE.search(raw2)
                return (k, m2.end() - (len(pm2.group()) if pm2 else 0), m2.end(),
                        "co" + _norm_token(raw2), text[k:m2.end()])
        if norm == "united":
            nxt = _next_token(text, m.end())
            if nxt is not None and (norm, nxt[3]) in _MERGE and text[m.end():nxt[0]].isspace():
                return (k, nxt[1], nxt[2], _MERGE[(norm, nxt[3])], text[k:nxt[2]])
        return (k, e_np, m.end(), norm, raw)


def _tokens_window(text: str, a: int, b: int) -> list[tuple[int, int, int, str, str]]:
    return [(s + a, e1 + a, e2 + a, n, r) for s, e1, e2, n, r in _tokens(text[a:b])]


def _prev_word(text: str, s: int) -> str:
    m = _PREV_WORD_RE.search(text, max(0, s - 40), s)
    return m.group(1) if m else ""


def _next_word(text: str, e: int) -> str:
    m = _NEXT_WORD_RE.match(text, e, min(len(text), e + 40))
    return m.group(1) if m else ""


_NAME_CONT_AFTER_RE = re.compile(r",?[ \t]+(?:(?:and|of|for|&|on)[ \t]+)?[A-Z]")
_NAME_CONT_BEFORE_RE = re.compile(r"(?<![^\W_])([A-Z][\w'\u2019]*),?[ \t]+(?:(?:of|for|and|&|on)[ \t]+)?$")
_PREV_WORD_RE = re.compile(r"([^\W_]+)[ \t]{1,3}$")
_NEXT_WORD_RE = re.compile(r"[ \t]{1,3}([^\W_]+)")


def _content_words(key: str) -> list[str]:
    return [w for w in key.split() if w not in ("of", "for", "the", "and", "on", "in")]


def _fuzzy_guard(q: str, c: str) -> bool:
    """Accept only spelling variants: same numbers, and every word that differs has a
    close counterpart (so "Bank of Japan" never becomes "Bank of Spain")."""
    qt, ct = q.split(), c.split()
    if [t for t in qt if t.isdigit()] != [t for t in ct if t.isdigit()]:
        return False
    qs, cs = list(qt), list(ct)
    for t in list(qs):
        if t in cs:
            cs.remove(t)
            qs.remove(t)
    qs = [t for t in qs if t not in _CONNECTORS]
    cs = [t for t in cs if t not in _CONNECTORS]
    if len(qs) != len(cs):
        return False
    for t in qs:
        best = max(cs, key=lambda x: fuzz.ratio(t, x), default=None)
        if best is None or fuzz.ratio(t, best) < 75 or len(t) < 3:
            return False
        cs.remove(best)
    return True


@lru_cache(maxsize=1)
def _default_registry() -> SourceRegistry:
    data = json.loads(_RESOURCE_PATH.read_text("utf-8"))
    return SourceRegistry.from_json(data)


def KINDS() -> frozenset[str]:  # noqa: N802 - reads the registry's _doc
    """Allowed values of an entry's ``kind`` (from the registry's ``_doc``)."""
    return _vocab_kinds()


def REMITS() -> frozenset[str]:  # noqa: N802
    """Allowed remit tags (from the registry's ``_doc``)."""
    return _vocab_remits()
