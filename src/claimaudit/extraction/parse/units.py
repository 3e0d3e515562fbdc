"""Unit, currency and scale lexicon (data in ``resources/units.json``), loaded once at import.

Exposes lookup tables and regex *fragments* (strings) that ``numbers.py`` composes into its patterns.
All fragments are plain alternations of literals, so they match in linear time.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
from importlib import resources

_DATA = json.loads(
    resources.files("claimaudit.extraction").joinpath("resources/units.json").read_text(encoding="utf-8")
)

#: canonical unit name -> kind ("length", "area", "volume", "mass", "speed", "percent", "money", ...)
UNIT_KINDS: dict[str, str] = {name: spec["kind"] for name, spec in _DATA["units"].items()}
#: units of elapsed time ("five years ago" is a time, not a quantity)
DURATION_UNITS = frozenset(name for name, kind in UNIT_KINDS.items() if kind == "duration")
#: kinds that count as physical dimensions (conformance scope "dimension")
PHYSICAL_KINDS = frozenset({"length", "area", "volume", "mass", "speed", "flow", "power", "energy"})

_CI_FORMS: dict[str, str] = {}      # lower-case surface form -> canonical unit
_CS_FORMS: dict[str, str] = {}      # case-sensitive surface form -> canonical unit
_WHOLE_FORMS: dict[str, str] = {}   # forms only accepted when the whole input is one expression ("5 in")
for _name, _spec in _DATA["units"].items():
    for _f in _spec.get("forms", []):
        _CI_FORMS[_f.lower()] = _name
    _CI_FORMS.setdefault(_name.lower(), _name)
    for _f in _spec.get("forms_cs", []):
        _CS_FORMS[_f] = _name
    for _f in _spec.get("forms_whole", []):
        _WHOLE_FORMS[_f.lower()] = _name

CURRENCY_SYMBOLS: dict[str, str] = _DATA["currency_symbols"]
DOLLAR_PREFIXES: dict[str, str] = _DATA["dollar_prefixes"]          # lower-case, may be spaced: "us $"
DOLLAR_PREFIXES_GLUED: dict[str, str] = _DATA["dollar_prefixes_glued"]  # case-sensitive, glued: "A$"
CURRENCY_ALIASES: dict[str, str] = _DATA["currency_aliases"]


def _iso4217_codes() -> list[str]:
    """Every ISO 4217 code pycountry ships, read from its JSON file without importing pycountry
    (whose import costs more than this whole module); [] if its layout differs."""
    try:
        spec = importlib.util.find_spec("pycountry")
        folder = list(spec.submodule_search_locations)[0]
        with open(os.path.join(folder, "databases", "iso4217.json"), encoding="utf-8") as f:
            return [entry["alpha_3"] for entry in json.load(f)["4217"]]
    except (AttributeError, ImportError, IndexError, OSError, KeyError, TypeError, ValueError):
        return []


#: every currency code read as one: the lexicon's (with old and informal codes: RMB, CFAF) and
#: ISO 4217's, less codes that are English words in capitals or no currency ("ALL", "TOP", "XXX")
CURRENCY_CODES: frozenset[str] = frozenset(
    set(_DATA["currency_codes"]) | set(_iso4217_codes())
) - set(_DATA["currency_codes_not_read"]["codes"])
#: the lexicon's own codes: read before any amount ("USD 200"); the other ISO codes need money
CURRENCY_CODES_CORE: frozenset[str] = frozenset(_DATA["currency_codes"])
#: a currency's hundredth as the number parser names it, and the currency (a cent is taken as a US cent)
SUBUNIT_CURRENCY: dict[str, str] = {"cents": "USD", "pence": "GBP"}
#: letter signs before an amount, case-sensitive: "RM 1,700", "GH₵3.4 billion", "KSh 5,000"
CURRENCY_PREFIXES_CS: dict[str, str] = {
    k: v for k, v in _DATA["currency_prefixes_cs"].items() if not k.startswith("_")
}
#: words after "per" that name no unit of a rate ("per the ministry", "per official estimates")
PER_NOT_A_UNIT: frozenset[str] = frozenset(_DATA["per_not_a_unit"]["words"])
#: currency words that are also names or other words when capitalised ("Real Madrid", "RAND")
CURRENCY_WORDS_LOWER_ONLY: frozenset[str] = frozenset(_DATA["currency_words_lower_only"])
CURRENCY_WORDS: dict[str, str] = _DATA["currency_words"]
CURRENCY_WORDS_AMBIGUOUS: dict[str, str] = _DATA["currency_words_ambiguous"]
PREFIX_CURRENCY_WORDS: dict[str, str] = _DATA["prefix_currency_words"]
SCALE_WORDS: dict[str, float] = {k: float(v) for k, v in _DATA["scales"].items()}
SCALE_LETTERS: dict[str, float] = {k: float(v) for k, v in _DATA["scale_letters"].items()}


def _alt(forms, flags: str = "") -> str:
    body = "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


def _alt_spaced(forms, flags: str = "", joiner: str = r"[ \t]+") -> str:
    """Alternation of literal forms, with any inner space matching ``joiner`` (one or more blanks)."""
    body = "|".join(joiner.join(re.escape(p) for p in f.split(" ")) for f in sorted(set(forms), key=len, reverse=True))
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


# A unit must not run into a following letter/digit ("5 min" yes, "5 mine" no).
_END = r"(?![A-Za-z0-9])"
_END_CS = r"(?![A-Za-z0-9]|[-‐–][A-Za-z0-9])"  # a case-sensitive short form ("F") is no unit in "32 F-35A fighters"
_END_SYM = r""  # symbol forms (%, ", '') need no boundary

_word_ci = [f for f in _CI_FORMS if f[-1].isalnum()]
_sym_ci = [f for f in _CI_FORMS if not f[-1].isalnum()]
_word_cs = [f for f in _CS_FORMS if f[-1].isalnum()]
_sym_cs = [f for f in _CS_FORMS if not f[-1].isalnum()]

_BLANKS_OR_HYPHEN = r"(?:[ \t]+|-)"
#: regex fragment: any unit form (longest first within each group)
UNIT_RX = (
    # (the words of a unit may be hyphened as an adjective: "the 1,000-cubic-metre threshold")
    f"(?:{_alt_spaced(_word_ci, 'i', _BLANKS_OR_HYPHEN)}{_END}|{_alt(_sym_ci, 'i')}|{_alt(_word_cs)}{_END_CS}|{_alt(_sym_cs)})"
)
UNIT_WHOLE_RX = f"(?:{_alt(_WHOLE_FORMS, 'i')}{_END})"

_codes = sorted(CURRENCY_CODES)
#: ISO code written as a word ("USD", "eur" lower case only in "usd$"-style prefixes)
CODE_RX = f"(?:{_alt(_codes)})"
#: currency words after the number ("euros", "us dollars", "chinese yuan")
CUR_WORD_RX = f"(?:{_alt_spaced(CURRENCY_WORDS, 'i')}{_END})"
CUR_WORD_AMBIG_RX = f"(?:{_alt(CURRENCY_WORDS_AMBIGUOUS, 'i')}{_END})"
#: currency symbols ($, €, US$ ...)
CUR_SYM_RX = _alt([s for s in CURRENCY_SYMBOLS if not s[0].isalpha()])
CUR_RS_RX = r"(?:\bRs\.?)"
#: letter signs before an amount ("RM", "GH₵", "KSh"), case-sensitive, not glued to a word before
CUR_PREFIX_CS_RX = "(?:" + "|".join(
    ("\\b" if f[0].isalnum() else "") + re.escape(f) + ("\\b" if f[-1].isalnum() else "")
    for f in sorted(CURRENCY_PREFIXES_CS, key=len, reverse=True)
) + ")"

#: "us $", "c $", "hk$", "usd$", "Mex$": letters glued or spaced before "$"
DOLLAR_PREFIX_RX = f"(?:\\b{_alt(DOLLAR_PREFIXES, 'i')}[ \\t]?\\$|\\b{_alt(DOLLAR_PREFIXES_GLUED)}\\$)"
SCALE_WORD_RX = f"(?:{_alt(SCALE_WORDS, 'i')}{_END})"


def unit_from_form(form: str) -> str | None:
    """Canonical unit for a matched surface form."""
    if form in _CS_FORMS:
        return _CS_FORMS[form]
    key = re.sub(r"[ \t]+", " ", form.lower())
    found = _CI_FORMS.get(key) or _WHOLE_FORMS.get(key)
    if found is None and "-" in key:  # "cubic-metre" as an adjective ("kilowatt-hours" is a form as written)
        found = _CI_FORMS.get(key.replace("-", " "))
    return found


def unit_forms(unit: str) -> tuple[str, ...]:
    """The surface forms of a canonical unit ("hectares" -> "hectare", "ha", ...)."""
    spec = _DATA["units"].get(unit, {})
    return (*spec.get("forms", ()), *spec.get("forms_cs", ()))


def unit_singular(unit: str) -> str:
    """The singular of a canonical unit, from its forms: "cubic meters" -> "cubic meter",
    "square feet" -> "square foot"; the name itself when no form is its singular."""
    forms = _DATA["units"].get(unit, {}).get("forms", [])
    head = unit.split()[:-1]
    return next((f for f in forms if f != unit and (unit.startswith(f) or f.split()[:-1] == head)), unit)


def currency_from_word(word: str) -> str | None:
    key = re.sub(r"[ \t]+", " ", word.lower())
    if key.startswith("united states "):
        key = "us " + key[14:]  # "United States dollar"
    return CURRENCY_WORDS.get(key) or CURRENCY_WORDS_AMBIGUOUS.get(key)


def currency_from_code(code: str) -> str:
    code = code.upper()
    return CURRENCY_ALIASES.get(code, code)


def currency_from_symbol(sym: str) -> str | None:
    sym = sym.strip()
    if sym in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[sym]
    if sym.endswith("$"):
        pre = sym[:-1].strip()
        return DOLLAR_PREFIXES_GLUED.get(pre) or DOLLAR_PREFIXES.get(pre.lower())
    return None


def _lead_alpha(form: str) -> str:
    out = []
    for ch in form.lower():
        if not ch.isalpha():
            break
        out.append(ch)
    return "".join(out)


#: leading letters of every suffix form (units, currency words/codes, scales, percent words):
#: a cheap pre-check before the big suffix alternation. Includes whole-only and case-sensitive forms.
SUFFIX_LEADS: frozenset[str] = frozenset(
    _lead_alpha(f) for f in (
        list(_CI_FORMS) + list(_CS_FORMS) + list(_WHOLE_FORMS) + list(CURRENCY_WORDS)
        + list(CURRENCY_WORDS_AMBIGUOUS) + list(CURRENCY_CODES) + ["m" + c for c in CURRENCY_CODES]
        + list(SCALE_WORDS) + list(SCALE_LETTERS) + ["percent", "percents", "per", "percentage", "pct", "pp", "ppt", "ppts", "p",
                                                     "rs", "us", "usd", "eur", "gbp", "rmb", "cny", "jpy",
                                                     "and", "am", "pm", "a", "st", "nd", "rd", "th", "s"]
    )
) - {""}


#: word family ("peso") -> {country name: ISO code}: a bare "pesos" is the claim's country's peso
CURRENCY_BY_COUNTRY: dict[str, dict[str, str]] = {
    k: v for k, v in _DATA.get("currency_by_country", {}).items() if not k.startswith("_")
}
_FAMILY: dict[str, str] = {
    k: v for k, v in _DATA["currency_by_country"].get("_families", {}).items() if not k.startswith("_")
}
_FAMILY_FORMS = sorted(
    {f for fam in list(CURRENCY_BY_COUNTRY) + list(_FAMILY) for f in (fam, fam + "s")}, key=len, reverse=True
)
_BARE_CURRENCY_WORD = re.compile(
    r"(?:\d|thousand|million|billion|trillion|\bbn|\bmn)[ \t]+(?P<w>" + "|".join(_FAMILY_FORMS) + r")\b",
    re.IGNORECASE,
)


#: "Rs 45,000", "Rs. 1,445 billion": the rupee of no named country
RUPEE_SIGN = re.compile(r"Rs\.?[ \t]?\d", re.IGNORECASE)


def _family(word: str) -> str:
    """The family of one currency word: "riyals" -> "rial", "kronor" -> "krona", "pesos" -> "peso"."""
    word = word.lower()
    word = _FAMILY.get(word, word)
    if word not in CURRENCY_BY_COUNTRY and word.endswith("s"):
        word = word[:-1]
    return _FAMILY.get(word, word)


def _bare_currency_family(number_text: str) -> dict[str, str]:
    """{country: code} of the currency family a bare word in ``number_text`` names ("pesos")."""
    match = _BARE_CURRENCY_WORD.search(number_text)
    if not match:
        # "Rs 45,000", "Rs. 1,445 billion": the rupee of the country the claim concerns
        return CURRENCY_BY_COUNTRY.get("rupee", {}) if RUPEE_SIGN.match(number_text) else {}
    return CURRENCY_BY_COUNTRY.get(_family(match.group("w")), {})


def currency_family_codes(number_text: str) -> frozenset[str]:
    """Every code a bare currency word in ``number_text`` can mean ("pesos": CLP, ARS, MXN...)."""
    return frozenset(_bare_currency_family(number_text).values())


def local_currency(number_text: str, countries) -> str | None:
    """The currency a bare currency word means in a claim about ``countries`` ("2.1 trillion
    pesos" about Chile -> "CLP"); None when the word is qualified, absent, or the countries do
    not settle it."""
    by_country = _bare_currency_family(number_text)
    codes = {by_country[c] for c in countries if c in by_country}
    return codes.pop() if len(codes) == 1 else None


# --- a demonym before a currency word: "Tunisian dinars", "Kenyan shillings", "Omani rials" -------
def _countries() -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """({demonym, lower case: (alpha-2, country name)}, {alpha-2: national ISO 4217 code}).

    The national code is the one non-fund ISO 4217 code that begins with the country's alpha-2
    code (ISO 4217's own rule: TND for TN, KES for KE); countries sharing a currency have none."""
    try:
        countries = json.loads(
            resources.files("claimaudit.extraction").joinpath("resources/places.json").read_text(encoding="utf-8")
        )["countries"]
    except (OSError, KeyError, ValueError):
        return {}, {}
    demonyms = {d.lower(): (a2, spec.get("name", a2)) for a2, spec in countries.items() for d in spec.get("demonyms", [])}
    by_prefix: dict[str, list[str]] = {}
    for code in CURRENCY_CODES:
        if len(code) == 3 and code[2] != "X":
            by_prefix.setdefault(code[:2], []).append(code)
    return demonyms, {a2: codes[0] for a2, codes in by_prefix.items() if len(codes) == 1}


_DEMONYMS, _NATIONAL_CODE = _countries()
#: lower-case demonyms ("tunisian", "sri lankan"), for the suffix pre-check
DEMONYM_WORDS: frozenset[str] = frozenset(w for d in _DEMONYMS for w in d.split())


def _country_names() -> dict[str, str]:
    try:
        countries = json.loads(
            resources.files("claimaudit.extraction").joinpath("resources/places.json").read_text(encoding="utf-8")
        )["countries"]
    except (OSError, KeyError, ValueError):
        return {}
    return {a2: spec.get("name", a2) for a2, spec in countries.items()}


_COUNTRY_NAMES = _country_names()
# currencies reports use for any country's figures: no sign of the country they are about
_INTERNATIONAL = frozenset({"USD"})


def country_of_currency(code: str | None) -> str | None:
    """The one country whose national currency ``code`` is ("MYR" -> "Malaysia"); None for a
    currency several countries share (EUR, XOF) or one used for any country's figures (USD)."""
    if not code or code in _INTERNATIONAL or _NATIONAL_CODE.get(code[:2]) != code:
        return None
    return _COUNTRY_NAMES.get(code[:2])


def currency_of_demonym(demonym: str, word: str) -> str | None:
    """The currency "<demonym> <word>" names ("Tunisian dinars" -> TND, "Egyptian pounds" -> EGP),
    or None when the demonym is no country's or the country has no currency of that name."""
    found = _DEMONYMS.get(re.sub(r"[ \t]+", " ", demonym.lower()))
    if found is None or currency_from_word(word) is None:
        return None
    a2, name = found
    family = CURRENCY_BY_COUNTRY.get(_family(word))
    if family is not None and name in family:
        return family[name]
    code = _NATIONAL_CODE.get(a2)
    if code is None or (family is not None and code in family.values() and family.get(name) != code):
        return None
    return code


# --- a document's own dollar: "All figures are in Veltran dollars (VTD), written $" ------------
_DOLLAR_DECLARATION = re.compile(
    # ("Money figures are in Harbour dollars (H$; currency code HRD)" on a line of its own, too)
    r"(?:\b(?:[Aa]ll|[Uu]nless[ \t]+(?:otherwise[ \t]+)?(?:stated|noted|indicated),?)[ \t]+|(?:^|(?<=\n))(?:(?:Money|Monetary|Dollar)[ \t]+)?)"
    r"(?:(?:dollar|money|monetary|currency|cash|financial)[ \t]+)?(?i:figures|amounts|values|sums|prices)[ \t]+"
    r"(?:(?:in[ \t]+this[ \t]+[a-z]+|here)[ \t]+)?(?:are[ \t]+)?(?:(?:expressed|given|stated|quoted|shown|reported)[ \t]+)?in[ \t]+"
    r"(?P<dem>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+dollars\b(?:[ \t]*\((?:[^()\n]{0,30}?\b)?(?P<code>[A-Z]{3})\))?"
    r"|\$[ \t]+(?:refers[ \t]+to|denotes|means|is)[ \t]+(?P<dem2>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+dollars\b"
    r"(?:[ \t]*\((?P<code2>[A-Z]{3})\))?"
)


def declared_dollar(text: str) -> str | None:
    """The code of the dollar a document says its "$" and "dollars" mean ("All figures are in
    Australian dollars", "$ refers to Veltran dollars (VTD)"), when that is no US dollar."""
    match = _DOLLAR_DECLARATION.search(text) if "dollars" in text else None
    if match is None:
        return None
    code = match.group("code") or match.group("code2")
    demonym = match.group("dem") or match.group("dem2")
    if code is None:
        code = currency_of_demonym(demonym, "dollars")
    return None if code in (None, "USD") or demonym in ("US", "American") else code
