"""Unit, currency and scale lexicon (data in ``resources/units.json``), loaded once at import.

Exposes lookup tables and regex *fragments* (strings) that ``numbers.py`` composes into its patterns.
All fragments are plain alternations of literals, so they match in linear time.
"""

from __future__ import annotations

import json
import re
from importlib import resources

_DATA = json.loads(
    resources.files("claimaudit.extraction").joinpath("resources/units.json").read_text(encoding="utf-8")
)

#: canonical unit name -> kind ("length", "area", "volume", "mass", "speed", "percent", "money", ...)
UNIT_KINDS: dict[str, str] = {name: spec["kind"] for name, spec in _DATA["units"].items()}
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
CURRENCY_CODES: frozenset[str] = frozenset(_DATA["currency_codes"])
CURRENCY_WORDS: dict[str, str] = _DATA["currency_words"]
CURRENCY_WORDS_AMBIGUOUS: dict[str, str] = _DATA["currency_words_ambiguous"]
PREFIX_CURRENCY_WORDS: dict[str, str] = _DATA["prefix_currency_words"]
SCALE_WORDS: dict[str, float] = {k: float(v) for k, v in _DATA["scales"].items()}
SCALE_LETTERS: dict[str, float] = {k: float(v) for k, v in _DATA["scale_letters"].items()}


def _alt(forms, flags: str = "") -> str:
    body = "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


def _spaced(form: str) -> str:
    """Literal form, with any inner space matching one or more blanks."""
    return r"[ \t]+".join(re.escape(p) for p in form.split(" "))


def _alt_spaced(forms, flags: str = "") -> str:
    body = "|".join(_spaced(f) for f in sorted(set(forms), key=len, reverse=True))
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


# A unit must not run into a following letter/digit ("5 min" yes, "5 mine" no).
_END = r"(?![A-Za-z0-9])"
_END_SYM = r""  # symbol forms (%, ", '') need no boundary

_word_ci = [f for f in _CI_FORMS if f[-1].isalnum()]
_sym_ci = [f for f in _CI_FORMS if not f[-1].isalnum()]
_word_cs = [f for f in _CS_FORMS if f[-1].isalnum()]
_sym_cs = [f for f in _CS_FORMS if not f[-1].isalnum()]

#: regex fragment: any unit form (longest first within each group)
UNIT_RX = (
    f"(?:{_alt_spaced(_word_ci, 'i')}{_END}|{_alt(_sym_ci, 'i')}|{_alt(_word_cs)}{_END}|{_alt(_sym_cs)})"
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
#: "us $", "c $", "hk$", "usd$", "Mex$": letters glued or spaced before "$"
DOLLAR_PREFIX_RX = f"(?:\\b{_alt(DOLLAR_PREFIXES, 'i')}[ \\t]?\\$|\\b{_alt(DOLLAR_PREFIXES_GLUED)}\\$)"
SCALE_WORD_RX = f"(?:{_alt(SCALE_WORDS, 'i')}{_END})"


def unit_from_form(form: str) -> str | None:
    """Canonical unit for a matched surface form."""
    if form in _CS_FORMS:
        return _CS_FORMS[form]
    key = re.sub(r"[ \t]+", " ", form.lower())
    return _CI_FORMS.get(key) or _WHOLE_FORMS.get(key)


def currency_from_word(word: str) -> str | None:
    key = re.sub(r"[ \t]+", " ", word.lower())
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
        + list(SCALE_WORDS) + list(SCALE_LETTERS) + ["percent", "percents", "per", "percentage", "pct", "pp", "p",
                                                     "rs", "us", "usd", "eur", "gbp", "rmb", "cny", "jpy",
                                                     "and", "am", "pm", "a", "st", "nd", "rd", "th", "s"]
    )
) - {""}


#: word family ("peso") -> {country name: ISO code}: a bare "pesos" is the claim's country's peso
CURRENCY_BY_COUNTRY: dict[str, dict[str, str]] = {
    k: v for k, v in _DATA.get("currency_by_country", {}).items() if not k.startswith("_")
}
_BARE_CURRENCY_WORD = re.compile(
    r"(?:\d|thousand|million|billion|trillion|\bbn|\bmn)[ \t]+(?P<w>pesos?|rupees?|dinars?|francs?|kronor|krona|kroner|krone|shillings?)\b",
    re.IGNORECASE,
)
_FAMILY = {"kronor": "krona", "kroner": "krone"}


def _bare_currency_family(number_text: str) -> dict[str, str]:
    """{country: code} of the currency family a bare word in ``number_text`` names ("pesos")."""
    match = _BARE_CURRENCY_WORD.search(number_text)
    if not match:
        return {}
    word = match.group("w").lower()
    return CURRENCY_BY_COUNTRY.get(_FAMILY.get(word) or word.rstrip("s"), {})


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
