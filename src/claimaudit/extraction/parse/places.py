"""Places and parties a claim concerns: countries, their aliases and demonyms, country groups and
named sub-national regions, normalised to one name ("DPRK" = "North Korean" = North Korea).

Country names come from pycountry (ISO 3166); what it lacks (short names for inverted or formal
names, demonyms, common aliases) is data in ``resources/places.json``. Sub-national places are
ISO 3166-2 subdivisions from pycountry plus "<Name> province/region/..." as written.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry

from .dates import MONTH_NAMES
from .frozen import maker

# A run of capitalised words (with inner connectors), or a dotted acronym such as "U.S.".
# (= r"(?:[A-Z]\.){2,}|[A-Z][\w’'-]*(?:...)*" with the first capital taken out of the alternation:
# a pattern that starts with a character set is searched by skipping to the set's characters,
# an alternation is tried at every position.)
_RUN = re.compile(
    r"[A-Z](?:\.(?:[A-Z]\.)+|[\w’'-]*(?:\s+(?:(?:of|the|and|de|del)\s+)*(?:d['’])?[A-Z][\w’'-]*)*)"
)
_POSSESSIVE = re.compile(r"[’']s$")
_SUBDIVISION_SUFFIX = re.compile(
    r"\s+(?:Sheng|Shi|Zizhiqu|Province|State|Oblast|oblast'|Prefecture|Region|Governorate|Krai|"
    r"kray|Respublika|Autonomous Region|Special Administrative Region)$"
)
# Capitalised words that are also subdivision names but mostly mean something else.
_AMBIGUOUS = frozenset(
    """Central North South East West Northern Southern Eastern Western Capital Centre Center
    Coast Lake Lakes River Mountain Mountains Islands Island Upper Lower Middle New Georgia
    Jordan Chad Guinea Victoria Washington Grand Orange Red Black White Green Blue Gold Sea
    National Federal Special Free Union Saint Santa San Dr Mr Mrs President Gulf Ocean Unity
    Latina The This That These Those Most Many Some Each Every Its Their Our Other All Both
    Member Several Key Border Frontier Industrial Economic Autonomous Coastal Rural Urban""".split()
)
# Words that make a run of capitals an organisation's name, not a place ("Bank of Korea").
_INSTITUTION = re.compile(
    r"\b(?:Institute|Bank|Ministry|Agency|Cent(?:er|re)|Council|Organi[sz]ation|University|"
    r"Association|Bureau|Office|Commission|Fund|Programme|Program|Department|Corporation|Group|"
    r"Company|Customs|Statistics|Yearbook|News|Times|Post|Journal|Review|Service|Administration|"
    r"Authority|Board|Committee|Court|Forum|Foundation|Society|Panel|Party|Agreement|Treaty|"
    r"Studies|Research|Economics|Watch|Development|Conference|Federation|Reserve|Survey|Daily|"
    r"Herald|Telegraph|Press|Broadcasting|Television|Radio|Studio|Exchange|Network|Institution)s?\b"
)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    text: str
    name: str  # canonical
    kind: str  # "country" | "group" | "region"


_new_place = maker(PlaceMention)  # PlaceMention(...) for every place of every text, faster


_SPACES = re.compile(r"\s+")
_SPACE = re.compile(r"\s")
_FOLLOW = re.compile(r"\s+(\w+)")
_WORDS = re.compile(r"\S+")
_HYPHEN_SPLIT = re.compile(r"([-–])")


@lru_cache(maxsize=1 << 16)
def _norm(name: str) -> str:
    return _SPACES.sub(" ", name.replace("’", "'")).strip().lower()


@lru_cache(maxsize=1 << 16)
def _strip_possessive(word: str) -> str:
    return _POSSESSIVE.sub("", word)


@lru_cache(maxsize=1)
def _places_data() -> dict:
    return json.loads(
        resources.files("claimaudit.extraction.resources").joinpath("places.json").read_text("utf-8")
    )


def _subdivision_names() -> list[str]:
    """The names of pycountry's ISO 3166-2 subdivisions, in its order, read from its JSON file:
    building its 5,000 subdivision objects took most of the lexicon's (first use) time."""
    database = pycountry.subdivisions
    try:
        with open(database.filename, encoding="utf-8") as f:
            return [entry["name"] for entry in json.load(f)[database.root_key]]
    except (AttributeError, OSError, KeyError, TypeError, ValueError):  # another pycountry layout
        return [sub.name for sub in database]


@lru_cache(maxsize=1)
def country_aliases() -> dict[str, str]:
    """Every English name, alias and demonym of a country (as written) -> ISO 3166-1 alpha-2."""
    overrides = _places_data()["countries"]
    table: dict[str, str] = {}
    for country in pycountry.countries:
        extra = overrides.get(country.alpha_2, {})
        names = [country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)]
        names += [extra.get("name")] + extra.get("aliases", []) + extra.get("demonyms", [])
        for name in names:
            if name and "," not in name:
                table.setdefault(name, country.alpha_2)
    return table


@lru_cache(maxsize=None)
def country_name(code: str) -> str | None:
    """The display name of a country by ISO 3166-1 alpha-2 code ("ML" -> "Mali")."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return None
    extra = _places_data()["countries"].get(code, {})
    return extra.get("name") or getattr(country, "common_name", None) or country.name


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, tuple[str, str]], frozenset[str], int, frozenset[str]]:
    """normalised name -> (canonical, kind); region words; longest entry in words; first words
    of the entries of several words."""
    data = _places_data()
    overrides = data["countries"]
    index: dict[str, tuple[str, str]] = {}
    for country in pycountry.countries:
        extra = overrides.get(country.alpha_2, {})
        canonical = extra.get("name") or getattr(country, "common_name", None) or country.name
        names = [country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)]
        names += extra.get("aliases", []) + extra.get("demonyms", []) + [canonical]
        for name in names:
            if name and "," not in name:
                index.setdefault(_norm(name), (canonical, "country"))
    for group in data["groups"].values():
        for name in [group["name"], *group["aliases"], *group["demonyms"]]:
            index.setdefault(_norm(name), (group["name"], "group"))
    for name in data.get("world_regions", ()):
        index.setdefault(_norm(name), (name, "region"))
    for demonym, region in data.get("region_demonyms", {}).items():
        index.setdefault(_norm(demonym), (region, "region"))  # "the African average"
    for sub in _subdivision_names():
        short = _SUBDIVISION_SUFFIX.sub("", sub).strip()
        if len(short) < 4 or short in _AMBIGUOUS or not short[:1].isupper() or "," in short:
            continue
        index.setdefault(_norm(short), (short, "region"))
    longest = max(len(k.split()) for k in index)
    firsts = frozenset(k.split(" ")[0] for k in index if " " in k)
    return index, frozenset(data["region_words"]), longest, firsts


@lru_cache(maxsize=4096)
def country_in_name(name: str) -> str | None:
    """The country an institution's name carries ("Central Bank of the Republic of Uzbekistan" ->
    "Uzbekistan", "Russia's Ministry of Finance" -> "Russia"); None when it names none or several."""
    index = _lexicon()[0]
    words = [_strip_possessive(w) for w in re.findall(r"[A-Za-z][\w'’.-]*", name)]
    found = set()
    for i in range(len(words)):
        for j in range(min(len(words), i + 4), i, -1):
            hit = index.get(_norm(" ".join(words[i:j])))
            if hit and hit[1] == "country":
                found.add(hit[0])
                break
    return found.pop() if len(found) == 1 else None


def _shouted_name(written: str, name: str) -> bool:
    """A place's own name written in capitals ("MARA", "NIGER"): in running text an acronym."""
    return len(written) >= 3 and written.isupper() and _norm(written) == _norm(name)


@lru_cache(maxsize=1 << 16)
def _lookup(span: str) -> tuple[str, tuple[str, str] | None]:
    """``span`` without a possessive "'s", and the lexicon's (canonical, kind) for it or None:
    one cached call for the few lookups of every capitalised word (most words recur)."""
    written = _strip_possessive(span)
    return written, _lexicon()[0].get(_norm(written))


@lru_cache(maxsize=1 << 16)
def _may_start_name(word: str) -> bool:
    """``word`` may start a lexicon entry of several words."""
    return _norm(word) in _lexicon()[3]


def find_places(text: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
    """Places named in ``text[start:end]``, longest match first, ordered by position."""
    index, region_words, longest, firsts = _lexicon()
    end = len(text) if end is None else end
    found: list[PlaceMention] = []
    for run in _RUN.finditer(text, start, end):
        run_text = run.group()
        if " " not in run_text and ("-" in run_text or "–" in run_text):
            # "DPRK-Russia", "China–DPRK": each side of a hyphenated pair is a party.
            offset = run.start()
            for part in _HYPHEN_SPLIT.split(run_text):
                hit = index.get(_norm(_strip_possessive(part))) if part not in "-–" else None
                if hit:
                    found.append(_new_place(offset, offset + len(part), part, hit[0], hit[1]))
                offset += len(part)
            continue
        if " " not in run_text:
            written, hit = _lookup(run_text)
            if hit and _shouted_name(written, hit[0]):
                hit = None  # "MARA" is an acronym, not the region Mara ("DPRK", "USA" are abbreviations)
            if hit:
                s = run.start()
                follow = _FOLLOW.match(text, run.end(), min(end, run.end() + 20))  # (no slice)
                kind = hit[1]
                if kind != "country" and follow and follow.group(1).lower() in region_words:
                    kind = "region"
                found.append(_new_place(s, s + len(written), written, hit[0], kind))
                continue
            if not _SPACE.search(run_text):
                # One word and not a place (most capitalised words): what the word-by-word pass
                # below would do with it, without the second lookup.
                place = _before_region_word(text, run.start(), run.end(), end, run_text, region_words)
                if place is not None and not _INSTITUTION.search(run_text):
                    found.append(place)
                continue
        if _INSTITUTION.search(run_text):
            written, hit = _lookup(run_text)
            if hit and hit[1] == "country" and written == run_text:
                # ("Russian Federation", "Federated States of Micronesia": a country's own name)
                found.append(_new_place(run.start(), run.end(), run_text, hit[0], hit[1]))
            continue
        words = list(_WORDS.finditer(run_text))
        i = 0
        while i < len(words):
            matched = False
            # A name of several words starts with one of ``firsts`` (the span's normalised form
            # starts with this word's): otherwise only the word alone can match.
            top = min(len(words), i + longest) if _may_start_name(words[i].group()) else i + 1
            for j in range(top, i, -1):
                s = run.start() + words[i].start()
                e = run.start() + words[j - 1].end()
                written, hit = _lookup(text[s:e])
                if hit:
                    name, kind = hit
                    e2 = s + len(written)
                    # "Jilin province", "Kursk region": the region word belongs to the name.
                    follow = _FOLLOW.match(text, e, end) if e < end else None  # no copy of the rest of the text
                    if kind == "region" or (follow and follow.group(1).lower() in region_words and kind != "country"):
                        kind = "region"
                    found.append(_new_place(s, e2, text[s:e2], name, kind))
                    i = j
                    matched = True
                    break
            if not matched and i == len(words) - 1:
                s = run.start() + words[i].start()
                place = _before_region_word(text, s, s + len(words[i].group()), end, words[i].group(), region_words)
                if place is not None:
                    found.append(place)
            if not matched:
                i += 1
    if "$" in text:  # "US$", "NZ$": a currency, not a place
        found = [p for p in found if text[p.end : p.end + 1] != "$"]
    return found


# A name the text itself marks as a country's, whatever the lexicon knows: "in neighbouring
# Ostria", "Kovaria's government" (reports often name places the lexicon cannot know)
_PLACE_CUE = re.compile(
    r"\b(?:neighbou?ring|bordering)\s+(?P<before>[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)\b(?![\w'’-])"
    r"|\b(?P<owner>[A-Z][a-z]{2,})['’]s\s+(?:capital|president|prime\s+minister|government|economy|parliament|"
    r"central\s+bank|finance\s+ministry|population|borders?)\b"
)


_IN_PLACE_OPENING = re.compile(
    rf"(?:^|(?<=[.!?]\s))In (?!(?:{MONTH_NAMES}|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Spring|Summer|Autumn|Winter|Total|Addition|Brief|Practice|"
    r"Contrast|Particular|Short|Sum|Turn|General|Summary|Response|Future|Fact)\b)([A-Z][a-z]{3,})(?:['’]s\b[^,\n]{0,40})?, ",
    re.M,
)
# "the Eastern Lowlands", "the Tarn Valley": a capitalised name whose last word is a landform's
# or a part of a country's, a region whatever the lexicon knows
_LANDFORM_NAME = re.compile(
    r"\b(?:[A-Z][a-z]{2,}\s+){1,2}(?:Highlands|Lowlands|Uplands|Midlands|Valley|Basin|Delta|Plateau|Coast|"
    r"Peninsula|Plains|Hills|Mountains|Borderlands|Lakelands|Steppe|Littoral|Hinterland)\b(?![\w'’-])"
)
# "9.80 Kovaria crowns": a currency's name, not the place
_MONEY_NOUN_AFTER = re.compile(r"\s+(?:crowns?|kron[aeo]r?|dollars?|pounds?|francs?|dinars?|pesos?|rupees?|shillings?|marks?|lira|riyals?|dirhams?)\b")


def places_named_by_cue(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """Every mention of a name the text marks as a place's (see ``_PLACE_CUE``) that ``found``
    (the places the lexicon knows) does not cover: the name alone, as a capitalised run of its own
    ("Ostria", "Ostria's"; not "Ostria Health Agency")."""
    names = {m.group("before") or m.group("owner") for m in _PLACE_CUE.finditer(text)}
    names |= _region_column_names(text)
    # "In Ostria, the number ... rose" where the text also writes "in Ostria" mid-sentence
    names |= {m.group(1) for m in _IN_PLACE_OPENING.finditer(text) if re.search(rf"\b(?:in|from|across) {m.group(1)}\b", text)}
    names = {n for n in names if not _INSTITUTION.search(n) and n.split()[0] not in _AMBIGUOUS and _lookup(n)[1] is None}
    regions = _landform_names(text, found)
    if not names:
        return regions
    taken = [(p.start, p.end) for p in found]
    out = []
    for run in _RUN.finditer(text):
        written = _POSSESSIVE.sub("", run.group())
        if (opener := _OPENING_WORD.match(written)) is not None and written[opener.end() :] in names:
            at, written = run.start() + opener.end(), written[opener.end() :]  # "In Ostria, ...": the sentence's first word
        else:
            at = run.start()
        if written in names and not any(s < at + len(written) and at < e for s, e in taken) and not (
            _MONEY_NOUN_AFTER.match(text, at + len(written))
        ):
            out.append(_new_place(at, at + len(written), written, written, "country"))
    return sorted([*out, *regions], key=lambda p: p.start) if regions else out


# a table whose first column is headed by a kind of place: "| Region | ...", "Province    Fires    Area"
_PLACE_COLUMN_HEADER = re.compile(
    r"^[ \t]*\|?[ \t]*(?:Region|Province|County|State|District|Territory|Municipality|Prefecture|Governorate)s?"
    r"[ \t]*(?:\||[ \t]{2,}|\t)",
    re.M,
)
_ROW_NAME = re.compile(r"[ \t]*\|?[ \t]*([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})[ \t]*(?:\||[ \t]{2,}|\t)")
_NOT_PLACE_ROW = frozenset("Total All Other Rest Average National Overall Unallocated Unknown Abroad".split())


def _region_column_names(text: str) -> set[str]:
    """The row labels of a table whose first column names a kind of place ("| Region |"): each is
    a place's name ("| Eastmoor | 412 |"), however unknown to the lexicon."""
    if "egion" not in text and "rovince" not in text and "istrict" not in text and "ounty" not in text and "tate" not in text:
        return set()
    out = set()
    for header in _PLACE_COLUMN_HEADER.finditer(text):
        pos = text.find("\n", header.end())
        while pos >= 0:
            end = text.find("\n", pos + 1)
            line = text[pos + 1 : end if end >= 0 else len(text)]
            if not line.strip():
                break
            if (row := _ROW_NAME.match(line)) is not None and row.group(1).split()[0] not in _NOT_PLACE_ROW:
                out.add(row.group(1))
            elif not set(line.strip()) <= set("|-: \t"):
                break  # (past the separator line, a row without a place's name ends the column)
            pos = end
    return out


def _landform_names(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """The regions ``_LANDFORM_NAME`` finds that no place of ``found`` overlaps."""
    if not _LANDFORM_HINT.search(text):
        return []
    out = []
    for m in _LANDFORM_NAME.finditer(text):
        at, written = m.start(), m.group()
        if (opener := _OPENING_WORD.match(written)) is not None:
            at, written = at + opener.end(), written[opener.end() :]  # ("In Tarn Valley" opens a sentence)
        first = written.split(None, 1)
        if first[0] in _NOT_A_NAME:  # ("The Northern Uplands had ...": the name after the article)
            if _LANDFORM_NAME.fullmatch(first[1]) is None:
                continue
            at, written = at + len(written) - len(first[1]), first[1]
        if any(p.start < at + len(written) and at < p.end for p in found):
            continue
        out.append(_new_place(at, at + len(written), written, written, "region"))
    return out


_LANDFORM_HINT = re.compile(r"lands\b|Valley|Basin|Delta|Plateau|Coast|Peninsula|Plains|Hills|Mountains|Steppe|Littoral|Hinterland")
_NOT_A_NAME = frozenset("The A An This That These Those Our Its Their All Both Each".split())


_OPENING_WORD = re.compile(r"(?:In|From|Across|For|To|And|But|On|At|By|With|Outside|Inside|Like|Unlike)\s+")


def _before_region_word(text, s, e, end, written, region_words) -> PlaceMention | None:
    """An unknown capitalised word followed by a region word: "Kursk region"."""
    follow = _FOLLOW.match(text, e, min(end, e + 20))  # (as on the slice, without one)
    if not follow or follow.group(1).lower() not in region_words:
        return None
    word = _strip_possessive(written)
    if word in _AMBIGUOUS or not word.isalpha():
        return None
    return _new_place(s, s + len(word), word, word, "region")


def heading_country(text: str, blocks, index: int) -> frozenset[str]:
    """"2.3 Nigeria" ... "The National Primary Health Care Development Agency said": the one
    country the section's heading names, for a paragraph that names none."""
    for block in reversed(blocks[:index]):
        line = text[block.start : block.end]
        if block.kind == "heading" or block.kind == "prose" and len(line.split()) <= 6 and line.rstrip()[-1:] not in ".!?:;,":
            # (a numbered heading, "2.3 Nigeria", reads as a short line of prose)
            named = {p.name for p in find_places(text, block.start, block.end) if p.kind == "country"}
            return frozenset(named) if len(named) == 1 else frozenset()
    return frozenset()
