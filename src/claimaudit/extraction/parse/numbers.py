"""Pure number parser: every numeric mention in a text, with value, scale, unit, currency, range,
qualifier and a reason when the number is not a claim (year, date, identifier, ...). No spaCy.

How it works (like statcheck's regex.R, patterns are composed from named pieces below; lexicons
live in ``resources/units.json`` via ``units.py``):

1. ``_Anchors`` yields number cores in offset order from two narrow scans merged by position:
   digits (``RGX_TIME`` / ``RGX_DIGITS``: "10:30", "1,500", "1 234 567", ".08", "3/4", "10 1/2") and
   words (``RGX_VAGUE`` "hundreds of millions", ``number_words.WORD_SEQ`` "two hundred and five").
2. Around each core, anchored regexes read the prefix (qualifier, range opener, sign, currency) with
   one ``match`` on the *reversed* look-back window (``_REV_PREFIX``), the suffix (scale, currency,
   percent, unit: ``_SCALE_AT`` / ``_POST_AT``), a range continuation (``_RANGE_SEP_AT`` + a second
   amount), a postfix bound ("or more") and a rate ("per hour", "/year", "annually": ``_PER_AT``).
   Cheap character pre-checks skip the big alternations when they cannot match.
3. ``_reason`` names non-claims: url, phone_number, date (looked up lazily near month names / glued
   separators), time_of_day, age, relative_time, idiom, list_number, section_number, citation, page,
   legal_reference, identifier, ordinal, year.
4. ``_merge_bounds`` joins "larger than 10 and smaller than 20" into one range.

Every pattern is an alternation of literals or a bounded repeat without nested quantifiers, the
look-back window is bounded (``_LOOKBACK``) and word runs are tokenized once, so the scan is linear
in the input (see the pathological-input tests).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from . import number_words as nw
from . import units as U
from .frozen import maker

__all__ = ["NumberMention", "find_numbers", "parse_number", "canonical_text"]


@dataclass(frozen=True, slots=True)
class NumberMention:
    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    currency: str | None
    per: str | None
    qualifier: str | None
    bound: str | None
    qualifier_start: int | None
    sign: str | None
    step: float | None
    words: bool
    reason: str | None


_new_mention = maker(NumberMention)  # one per number of every text
_BLANKS = re.compile(r"[ \t]+")
# unit_from_form is a pure lexicon lookup, asked for the same few forms ("%", "km", "tonnes") all along
_unit_from_form = lru_cache(maxsize=1 << 12)(U.unit_from_form)


# ======================================================================================================
# Regex pieces
# ======================================================================================================
_LOOKBACK = 48

# --- number cores -------------------------------------------------------------------------------------
RGX_TIME = r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)(?:[ \t]?(?i:[ap]\.?m\b\.?))?"
RGX_MIXED_FRACTION = r"(?<![\d.,])\d{1,3}[ \t]\d{1,2}/\d{1,2}(?![\d/])"            # 10 1/2
RGX_FRACTION = r"(?<![\d.,/])\d{1,3}/\d{1,3}(?![\d/])"                             # 3/4, 1/4
RGX_THOUSANDS = r"(?<![\d.])\d{1,3}(?:,\d{3}(?!\d))+(?:\.\d+)?"                     # 1,234,567.5
# 1 234 567 / 40\u202f000: groups of exactly three digits; the whole run must end cleanly
RGX_SPACE_THOUSANDS = r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}(?!\d))+(?![ \u00a0\u202f\u2009]?\d|[,.]\d|/)"
RGX_PLAIN = r"(?<![\d.])\d+(?:\.\d+)?"                                              # 1500, 0.5
RGX_LEADING_DOT = r"(?<![\w.])\.\d+"                                                # .08
RGX_DIGITS = f"(?:{RGX_MIXED_FRACTION}|{RGX_FRACTION}|{RGX_THOUSANDS}|{RGX_SPACE_THOUSANDS}|{RGX_PLAIN}|{RGX_LEADING_DOT})"

# vague magnitudes: "hundreds of millions", "tens of thousands", "thousands", "millions of"
_VAGUE_BODY = (r"(?P<vmul>tens|hundreds|thousands|millions|billions)[ \t]+of[ \t]+"
               r"(?P<vbase>thousands|millions|billions|trillions)\b"
               r"|(?P<vsolo>thousands|millions|billions)(?=[ \t]+of\b)")
RGX_VAGUE = rf"\b(?i:{_VAGUE_BODY})"

# The leading look-ahead is a cheap first-character filter (sre skips positions by charset).
_ANCHOR = re.compile(
    r"(?=[\d.zntfoseahqmbZNTFOSEAHQMB])"
    f"(?:(?P<time>{RGX_TIME})|(?P<num>{RGX_DIGITS})|(?P<vague>{RGX_VAGUE})|(?P<words>(?i:{nw.WORD_SEQ})))"
)
# Scanning uses two narrower passes (digits; words) merged by offset: much faster than one
# alternation tried at every character. ``_ANCHOR.match`` then gives a uniform match object.
# The digit pass is RGX_TIME | RGX_DIGITS written to consume its first character, a digit or a dot,
# before anything else: the regex engine then skips to those characters by a character set instead
# of entering the pattern at every position (a look-ahead first does not allow that). Each piece is
# its RGX_* above after that first character, whose look-behind now takes the character in
# ("(?<![\d.])\d+" becomes "(?<![\d.]\d)\d*" after a digit). A match's groups "time" and "num"
# start after the first character: read the number from the whole match.
_AFTER_DIGIT = (
    r"(?:(?<![\d.,]\d)\d{0,2}[ \t]\d{1,2}/\d{1,2}(?![\d/])"                                # RGX_MIXED_FRACTION
    r"|(?<![\d.,/]\d)\d{0,2}/\d{1,3}(?![\d/])"                                              # RGX_FRACTION
    r"|(?<![\d.]\d)\d{0,2}(?:,\d{3}(?!\d))+(?:\.\d+)?"                                       # RGX_THOUSANDS
    r"|(?<![\d.,]\d)\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3}(?!\d))+(?![ \u00a0\u202f\u2009]?\d|[,.]\d|/)"  # RGX_SPACE_THOUSANDS
    r"|(?<![\d.]\d)\d*(?:\.\d+)?)"                                                            # RGX_PLAIN
)
_NUM_SCAN = re.compile(
    r"[\d.](?:(?P<time>(?<=\d)(?<!\d\d)\d?:\d{2}(?::\d{2})?(?!\d)(?:[ \t]?(?i:[ap]\.?m\b\.?))?)"  # RGX_TIME
    rf"|(?P<num>(?<=\d){_AFTER_DIGIT}|(?<=\.)(?<![\w.]\.)\d+))"                              # RGX_LEADING_DOT
)
# a figure glued to "c." (circa): "c.2.3%", "c.40 sites" (the scan above refuses a digit after a dot)
_CIRCA_SCAN = re.compile(r"(?<=\bc\.)(?P<num>\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)")
# Every word form starts a word, and its first two characters are one of these pairs (İ and ı
# match "i" case-insensitively): most word starts are skipped without trying the alternations.
_WORD_SCAN = re.compile(
    r"\b(?=[zntfoseahqmbZNTFOSEAHQMB][eaoniwhluEAONIWHLU\u0130\u0131 \t])"
    f"(?:(?P<vague>{RGX_VAGUE})|(?P<words>(?i:{nw.WORD_SEQ})))"
)
# The same scan, case-sensitive, over the lower-cased text: a third faster (the case-insensitive
# alternations cannot skip alternatives by their first letter). It finds the same spans whenever
# lower-casing keeps every offset and no character matches an ASCII letter case-insensitively
# without lower-casing to it (checked by ``_lower_scan_ok``).
_WORD_SCAN_LOWER = re.compile(
    r"\b(?=[zntfoseahqmb][eaoniwhlu \t])"
    rf"(?:(?P<vague>\b(?:{_VAGUE_BODY}))|(?P<words>{nw.WORD_SEQ}))"
)
# İ lower-cases to two characters (caught by the length test); dotless ı (U+0131), long ſ (U+017F)
# and the Kelvin sign (U+212A) match i, s and k case-insensitively.


def _word_start_candidates() -> tuple[re.Pattern, re.Pattern]:
    """Where a _WORD_SCAN_LOWER match can start: a word (not glued to a letter before it) that is a
    cardinal, half, quarter, a vague magnitude, or "a"/"an" and a blank. One alternative per first
    letter; the scan is for the character before the word (a non-word character, where the scan
    skips to by a character set: fewer than the letters), then each alternative is tried by its
    first letter. Returns (that scan, the alternatives alone: for a word at the text's start)."""
    words = set(nw.UNITS) | set(nw.TEENS) | set(nw.TENS) | {"half", "quarter", "tens", "hundreds", "thousands",
                                                               "millions", "billions"}
    rests: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        rests.setdefault(w[0], []).append(re.escape(w[1:]))
    # ("a"/"an" ends before its blank: the blank is the character before the next word's scan)
    alts = "|".join([*(rf"{c}(?:{'|'.join(r)})" for c, r in rests.items()), r"an?(?=[ \t])"])
    return re.compile(rf"\W(?:{alts})"), re.compile(alts)


_WORD_START_LOWER, _WORD_START_AT_TEXT_START = _word_start_candidates()


def _word_matches_lower(lower: str) -> list[re.Match]:
    """``list(_WORD_SCAN_LOWER.finditer(lower))``, the full pattern tried only at the candidates
    (a few thousand per corpus, against every position of the text)."""
    out = []
    last = 0
    match = _WORD_SCAN_LOWER.match
    starts = [c.start() + 1 for c in _WORD_START_LOWER.finditer(lower)]  # (+ 1: past the character before)
    if _WORD_START_AT_TEXT_START.match(lower):
        starts.insert(0, 0)
    for i in starts:
        if i >= last and (m := match(lower, i)) is not None:
            out.append(m)
            last = m.end()
    return out


def _lower_scan_ok(text: str, lower: str) -> bool:
    return len(lower) == len(text) and (text.isascii() or not ("\u0131" in text or "\u017f" in text or "\u212a" in text))


_MAX_WORD_RUN = 400  # chars; no number in words is longer


class _WordHit:
    """A number-word run tokenized once; ``i`` is where the next number starts."""

    __slots__ = ("toks", "i")

    def __init__(self, toks, i):
        self.toks, self.i = toks, i

    def start(self):
        return self.toks[self.i][1]

    def end(self):
        return self.toks[self.i][2]

    def groupdict(self):
        return {"words": self}


def _can_start_words(toks, i) -> bool:
    w = toks[i][0]
    if w in nw.UNITS or w in nw.TEENS or w in nw.TENS or w == "half":
        return True
    nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
    return w in ("a", "an", "quarter") and (nxt in nw.SCALES or nxt in nw.HUNDRED or nxt in nw.FRACTIONS) or (
        w in ("a", "an") and nxt == nw.DOZEN
    )


def _match_start(m: re.Match) -> int:
    return m.start()


class _Anchors:
    """Next number core at or after a position, in offset order. Word runs are tokenized once and
    then consumed number by number, so long runs stay linear."""

    def __init__(self, text: str, lower: str | None = None):
        """``lower``: ``text.lower()`` when ``_lower_scan_ok``, else None."""
        self.text = text
        nums = _NUM_SCAN.finditer(text)
        if "c." in text and (circa := list(_CIRCA_SCAN.finditer(text))):
            nums = iter(sorted([*nums, *circa], key=_match_start))
        if lower is not None:
            words = _word_matches_lower(lower)
        else:
            words = list(_WORD_SCAN.finditer(text))
        # both scans read ahead of the caller anyway: merged at once by offset (a digit and a
        # letter never start at the same offset)
        self.it = iter(sorted([*nums, *words], key=_match_start)) if words else nums
        self.run = None          # tokens of the current word run
        self.run_starts = None

    def _from_run(self, pos: int):
        toks = self.run
        i = bisect.bisect_left(self.run_starts, pos)
        while i < len(toks) and not _can_start_words(toks, i):
            i += 1
        return _WordHit(toks, i) if i < len(toks) else None

    def search(self, pos: int):
        if self.run is not None and pos < self.run[-1][2]:
            hit = self._from_run(pos)
            if hit is not None:
                return hit
        while True:
            c = next(self.it, None)
            if c is None:
                return None
            if c.re is not _NUM_SCAN and c.re is not _CIRCA_SCAN and c.group("words") is not None:
                self.run = nw.tokenize(c.group("words"), c.start())
                self.run_starts = [t[1] for t in self.run]
                if c.end() <= pos:
                    continue
                hit = self._from_run(pos)
                if hit is not None:
                    return hit
                continue
            if c.start() < pos:
                continue
            return c


# --- prefix (read in a look-back window ending at the number) ----------------------------------------
_QUALIFIERS = {
    # phrase -> (qualifier, bound)
    "about": ("approximate", None), "around": ("approximate", None), "approximately": ("approximate", None),
    "approx.": ("approximate", None), "approx": ("approximate", None), "roughly": ("approximate", None),
    "circa": ("approximate", None), "ca.": ("approximate", None), "c.": ("approximate", None), "some": ("approximate", None),
    "nearly": ("approximate", None), "almost": ("approximate", None), "close to": ("approximate", None),
    "an estimated": ("approximate", None), "estimated": ("approximate", None), "an approximate": ("approximate", None),
    "~": ("approximate", None), "≈": ("approximate", None),
    "over": ("over", "gt"), "more than": ("over", "gt"), "above": ("over", "gt"), "exceeding": ("over", "gt"),
    "exceeded": ("over", "gt"), "exceeds": ("over", "gt"), "exceed": ("over", "gt"), "in excess of": ("over", "gt"),
    "greater than": ("over", "gt"), "larger than": ("over", "gt"), "bigger than": ("over", "gt"),
    "higher than": ("over", "gt"), "surpassing": ("over", "gt"), "surpassed": ("over", "gt"), "surpass": ("over", "gt"),
    "upwards of": ("over", "gt"), "well over": ("over", "gt"), "just over": ("over", "gt"), ">": ("over", "gt"),
    "at least": ("at least", "ge"), "no less than": ("at least", "ge"), "not less than": ("at least", "ge"),
    "no fewer than": ("at least", "ge"), "minimum of": ("at least", "ge"), "a minimum of": ("at least", "ge"),
    "greater than or equal to": ("at least", "ge"), "more than or equal to": ("at least", "ge"),
    "bigger or equal than": ("at least", "ge"), "higher or equal than": ("at least", "ge"),
    "larger or equal than": ("at least", "ge"), "greater or equal than": ("at least", "ge"),
    "equal to or more than": ("at least", "ge"), "equal to or greater than": ("at least", "ge"),
    "at least or equal to": ("at least", "ge"), ">=": ("at least", "ge"), "> =": ("at least", "ge"), "≥": ("at least", "ge"),
    "up to": ("up to", "le"), "at most": ("up to", "le"), "no more than": ("up to", "le"), "not more than": ("up to", "le"),
    "as many as": ("up to", "le"), "as much as": ("up to", "le"), "maximum of": ("up to", "le"),
    "a maximum of": ("up to", "le"), "less than or equal to": ("up to", "le"), "smaller or equal than": ("up to", "le"),
    "less or equal than": ("up to", "le"), "lower or equal than": ("up to", "le"), "equal to or less than": ("up to", "le"),
    "equal to or lower than": ("up to", "le"), "<=": ("up to", "le"), "< =": ("up to", "le"), "≤": ("up to", "le"),
    "under": ("under", "lt"), "less than": ("under", "lt"), "below": ("under", "lt"), "fewer than": ("under", "lt"),
    "lower than": ("under", "lt"), "smaller than": ("under", "lt"), "just under": ("under", "lt"), "<": ("under", "lt"),
}
_POSTFIX_QUALIFIERS = {
    "or more": ("at least", "ge"), "and more": ("at least", "ge"), "or greater": ("at least", "ge"),
    "or above": ("at least", "ge"), "and above": ("at least", "ge"), "or higher": ("at least", "ge"),
    "plus": ("at least", "ge"), "+": ("at least", "ge"),
    "or less": ("up to", "le"), "or fewer": ("up to", "le"), "or below": ("up to", "le"), "or lower": ("up to", "le"),
    "and less": ("up to", "le"), "at most": ("up to", "le"),
}


def _phrase_alt(phrases) -> str:
    out = []
    for p in sorted(phrases, key=len, reverse=True):
        body = r"[ \t]+".join(re.escape(w) for w in p.split(" "))
        out.append(("\\b" if p[0].isalpha() else "") + body + ("\\b" if p[-1].isalpha() else ""))
    return "|".join(out)


RGX_QUALIFIER = f"(?i:{_phrase_alt(_QUALIFIERS)})"
RGX_RANGE_OPENER = r"(?i:\bbetween|\bfrom)"
RGX_SIGN = r"(?:(?<![\w.,%)\]])[-–−+]|(?i:\bminus|\bnegative)[ \t]+)"
RGX_CUR_PREFIX = (
    f"(?:{U.DOLLAR_PREFIX_RX}|{U.CUR_SYM_RX}|{U.CUR_PREFIX_CS_RX}|{U.CUR_RS_RX}|\\bM?{U.CODE_RX}\\b|\\b(?i:usd|eur|gbp)\\b"
    f"|\\b(?i:dollars?|euros?)\\b)"
)

_CUR_PREFIX_AT = re.compile(f"(?:{RGX_CUR_PREFIX})[ \\t]?")


# The same prefix grammar, written for the *reversed* look-back window so that one anchored
# ``match`` replaces a ``search`` over every start position (the hot path of the scanner).
def _rev_lit(p: str) -> str:
    """Reversed literal phrase; inner blanks match runs of blanks; word edges keep their \\b."""
    parts = [re.escape(w[::-1]) for w in reversed(p.split(" "))]
    body = r"[ \t]+".join(parts)
    return ("\\b" if p[-1].isalnum() else "") + body + ("\\b" if p[0].isalnum() else "")


def _rev_alt(phrases, flags: str = "") -> str:
    body = "|".join(_rev_lit(p) for p in sorted(set(phrases), key=len, reverse=True))
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


_REV_CUR = (
    f"(?:\\$[ \\t]?{_rev_alt(U.DOLLAR_PREFIXES, 'i')}|\\${_rev_alt(U.DOLLAR_PREFIXES_GLUED)}"
    f"|{_rev_alt(U.CURRENCY_PREFIXES_CS)}|{_rev_alt([c for c in U.CURRENCY_SYMBOLS if not c[0].isalpha()])}|\\.?sR\\b"
    f"|\\b(?:{'|'.join(c[::-1] for c in sorted(U.CURRENCY_CODES))})M?\\b|{_rev_alt(['usd', 'eur', 'gbp'], 'i')}"
    f"|{_rev_alt(['dollar', 'dollars', 'euro', 'euros'], 'i')})"
)
_REV_SIGN = r"(?:[-–−+](?![\w.,%)\]])|[ \t]+(?i:sunim|evitagen)\b)"
_REV_PREFIX = re.compile(
    f"(?:[ \\t]?(?P<cur>{_REV_CUR}))?"
    f"(?P<sign>[ \\t]?{_REV_SIGN})?"
    f"(?:[ \\t]*(?P<q>{_rev_alt(_QUALIFIERS, 'i')})|[ \\t]+(?P<rng>(?i:neewteb|morf)\\b))?"
)


def _last_words(phrases) -> frozenset[str]:
    return frozenset(p.split(" ")[-1].lower() for p in phrases)


# last word of anything the prefix grammar can end with (qualifier, opener, sign word, currency word)
_PREFIX_LAST_WORDS = (
    _last_words(_QUALIFIERS) | {"between", "from", "minus", "negative", "dollar", "dollars", "euro", "euros", "rs", "rs."}
    | {c.lower() for c in U.CURRENCY_CODES} | {"m" + c.lower() for c in U.CURRENCY_CODES}
    | {c.lower() for c in U.CURRENCY_PREFIXES_CS if c[-1].isalpha()}
)
_CURRENCY_SIGNS = frozenset(
    c[-1] for c in list(U.CURRENCY_SYMBOLS) + list(U.CURRENCY_PREFIXES_CS) if not c[-1].isalnum() and c[-1] != "."
)
_PREFIX_LAST_CHARS = frozenset("$€£¥₩₹₽₺₪₦₱₫฿~<>=≥≤≈-–−+") | _CURRENCY_SIGNS


def _prefix_possible(window: str) -> bool:
    """Cheap test before the reversed prefix regex: the window must end in a prefix symbol or word."""
    w = window.rstrip(" \t")
    if not w:
        return False
    if w[-1] in _PREFIX_LAST_CHARS:
        return True
    if not w[-1].isalpha() and w[-1] != ".":
        return False
    # the run of letters and dots w ends with: the whole last token, unless that holds other characters
    word = w.rsplit(None, 1)[-1]
    letters = word.replace(".", "")
    if letters and not letters.isalpha():
        i = len(w) - 1
        while i >= 0 and (w[i].isalpha() or w[i] == "."):
            i -= 1
        word = w[i + 1:]
    return word.lower() in _PREFIX_LAST_WORDS


class _RevMatch:
    """Adapter: group/start/end of a match on the reversed window, in window coordinates."""

    __slots__ = ("_m", "_n")

    def __init__(self, m: re.Match, n: int):
        self._m, self._n = m, n

    def group(self, g):
        v = self._m.group(g)
        return None if v is None else v[::-1]

    def start(self, g=0):
        return self._n - self._m.end(g)

    def end(self, g=0):
        return self._n - self._m.start(g)


def _read_opener(pm: _RevMatch, lo: int, out: dict) -> None:
    """Into ``out``: the qualifier ("about") or range opener ("between") a reversed prefix match
    read before a figure (``lo``: where the searched window starts)."""
    if pm.group("q") is not None:
        out["q"] = _QUALIFIERS[_BLANKS.sub(" ", pm.group("q").lower())]
        out["qstart"] = lo + pm.start("q")
    elif pm.group("rng") is not None:
        out["rng"] = pm.group("rng").lower()
        out["rstart"] = lo + pm.start("rng")


# "plus or minus 2 percentage points": the "minus" of a tolerance, no sign
_PLUS_OR_BEFORE = re.compile(r"\bplus\s+or\s+\Z", re.IGNORECASE)
_SIGN_AT = re.compile(f"{RGX_SIGN}[ \\t]?")

# --- suffix (anchored right after the number) ---------------------------------------------------------
_SCALE_AT = re.compile(
    f"(?:[ \\t]*-?[ \\t]*(?P<sw>{U.SCALE_WORD_RX})"     # million, bn, mn (space or hyphen allowed)
    r"|(?P<sl>[kKMBTmb])(?![A-Za-z0-9])"                # 10k, 3M, $5m, €10B (glued)
    r"|[ \t](?P<sk>[kK])(?![A-Za-z0-9]))"               # 2.33 k
)
_AND_FRACTION_AT = re.compile(r"[ \t]+and[ \t]+(?:a|an|one)[ \t]+(?P<f>half|quarter|third)\b", re.I)
_MONEY_SCALE_CODE_AT = re.compile(f"[ \\t]?M(?P<code>{U.CODE_RX})\\b")  # 30 MUSD, 120 MEUR
_POST_ALTS = [
    r"(?P<pct>%|(?i:percentage[ \t]+points?|per[ \t]?cents?|percents?|pct)\b|(?i:pp\b|p\.p\.|ppts?\b))",
    f"(?P<curw>{U.CUR_WORD_RX})",
    f"(?P<code>{U.CODE_RX}\\b)",
    f"(?P<sym>US\\$|{U.CUR_SYM_RX}|Rs\\b)",
    f"(?P<ambig>{U.CUR_WORD_AMBIG_RX})",
    r"(?P<lcode>(?i:usd|eur|gbp|rmb|cny|jpy)\b)",
    f"(?P<unit>{U.UNIT_RX})",
]
_POST_AT = re.compile(r"(?P<gap>[ \t]*-?[ \t]*)(?:" + "|".join(_POST_ALTS) + ")")
# "Tunisian dinars", "Kenyan shillings": a demonym names the country whose currency it is (tried
# when nothing else follows the amount; checked against the lexicons in units.currency_of_demonym)
_DEMONYM_CURRENCY_AT = re.compile(r"[ \t]+(?P<dem>[A-Z][a-z]{1,20}(?:[ \t]+[A-Z][a-z]{1,20})?)[ \t]+(?P<word>[a-z]{2,12})\b")
# the same alternatives, unit first: a longer unit wins over a currency word ("pounds per square inch")
_POST_UNIT_FIRST_AT = re.compile(r"(?P<gap>[ \t]*-?[ \t]*)(?:" + "|".join(_POST_ALTS[-1:] + _POST_ALTS[:-1]) + ")")
# a weight just given in other units, then in pounds: "88,400 tonnes, or 194.9 million pounds", "(about"
_WEIGHT_CONVERTED_BEFORE = re.compile(
    r"\d[ \t]*(?:tonnes|tons|t|kg|kilograms|kilogrammes|kilotonnes|kt)\b[ \t]*(?:,[ \t]*or|\(|or|,[ \t]*equivalent[ \t]+to)"
    r"[ \t]*(?:about[ \t]+|some[ \t]+|roughly[ \t]+|around[ \t]+)?\Z"
)
_WEIGHT_AFTER_POUNDS = re.compile(r"[ \t]+(?:of[ \t]+(?!sterling\b)[a-z]|per[ \t]|a[ \t]+(?:day|year|acre|person)\b)")
_CENTS_AT = re.compile(r"[ \t]+(?:and[ \t]+)?", re.I)
_CENT_WORD_AT = re.compile(r"[ \t]*(?i:cents?|pence|p)\b")
_SUFFIX_FIRST = frozenset("%$€£¥₩₹₽₺₪₦₱₫฿\"'°μµ¢") | _CURRENCY_SIGNS


# two-letter unit abbreviations that are no English word: "a 5,600-km route", "a 120-MW plant"
_HYPHEN_ABBREVIATIONS = frozenset({"km", "kg", "mm", "cm", "ha", "MW", "GW", "kW", "TW", "mi", "nm", "Mt", "kt"})

# currency words that are also common capitalised names: accepted only in lower case
_CASED_CURRENCY_WORDS = U.CURRENCY_WORDS_LOWER_ONLY


def _next_char_at(chars: str):
    """``(text, pos) -> Match | None``, a match when the first non-blank character at/after ``pos``
    (within 3) is one of ``chars``. One compiled match instead of a Python loop (called for every
    number); the hot paths call it bare, ``_next_char_in`` wraps it as a test."""
    assert " " not in chars and "\t" not in chars  # else backtracking over blanks would differ
    return re.compile(f"[ \t]{{0,3}}[{re.escape(chars)}]").match


def _next_char_in(match):
    """The test ``(text, pos) -> bool`` for a ``_next_char_at`` match."""
    return lambda text, pos: match(text, pos) is not None


_RANGE_NEXT_AT = _next_char_at("-–—~tTaA")
_TIME_OR_ORDINAL_NEXT_AT = _next_char_at("aApPsSnNrRtT")
_POSTFIX_NEXT_AT = _next_char_at("oapOAP+")
_RANGE_NEXT = _next_char_in(_RANGE_NEXT_AT)
_TIME_OR_ORDINAL_NEXT = _next_char_in(_TIME_OR_ORDINAL_NEXT_AT)
_POSTFIX_NEXT = _next_char_in(_POSTFIX_NEXT_AT)


def _suffix_possible(text: str, pos: int) -> bool:
    """Cheap test: can a scale / unit / currency / percent start at ``pos`` (after <=2 blanks, a hyphen)?"""
    n = len(text)
    peek = _SUFFIX_PEEK.match(text, pos)
    word = peek.group(1)
    i = peek.end() if word is None else peek.start(1)
    if i >= n:
        return False
    c = text[i]
    if c in _SUFFIX_FIRST:
        return True
    if word is None or not c.isalpha():  # (a letter would have started the group)
        return False
    if not word.isalpha():  # a numeric symbol among the letters ("km²"): the letters only
        j = i
        while j < n and j < i + 24 and text[j].isalpha():
            j += 1
        word = text[i:j]
    word = word.lower()
    return word in U.SUFFIX_LEADS or (c.isupper() and word in U.DEMONYM_WORDS)


# up to 3 blanks or hyphens, then up to 24 letters ([^\W\d_] also takes the few non-decimal numeric
# symbols, which isalpha() rejects: checked)
_SUFFIX_PEEK = re.compile(r"[ \t-]{0,3}([^\W\d_]{1,24})?")


# cheap pre-checks before the big suffix / rate alternations
# A rate (_PER_AT) needs a slash, a rate keyword or adverb, "to"/"against"/"of", or a lower-case noun
# before a slash, "per" or "a"/"an": a tenth of the numbers followed by a word pass this test
_PER_POSSIBLE = re.compile(
    r"[ \t]*/"
    r"|[ \t]+(?:(?i:per|an?|each|every|annually|yearly|daily|monthly|weekly|hourly)\b|(?:to|against|of)[ \t]"
    r"|[a-z][a-z-]{0,20}(?:[ \t]*/|[ \t]+per\b|[ \t]+for[ \t]+every\b|[ \t]+an?[ \t]|[ \t]+(?:[a-z][a-z-]{0,20}s|people)[ \t]+(?:per|for[ \t]+every)\b))"
)
_UNIT_WHOLE_AT = re.compile(f"[ \\t]*(?P<unit>{U.UNIT_WHOLE_RX})")
_HALF_A_AT = re.compile(r"[ \t]+an?[ \t]+", re.I)
_STREET_WORDS = (r"(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.?|Lane|Drive|Way|Place|Square|Terrace|Crescent|"
                 r"Highway|Avenida|Rua|Calle|Via|Viale|Rue|Strasse|Straße|Laan|Gade|Gatan|Vej)")
_STREET_AFTER = re.compile(rf"[ \t]+(?:[A-Z][\w'’-]*[ \t]+){{1,3}}{_STREET_WORDS}(?![\w-]|[ \t]+[a-z])")  # (not "300 High Street stores")
_STREET_BEFORE = re.compile(rf"\b{_STREET_WORDS}(?:[ \t]+(?:da|de|do|dos|das|del|della|di|des|du|la|le|[A-Z][\w'’-]*)){{1,4}}[ \t]+\Z")
_ADDRESS_END_AT = re.compile(r"[ \t]*(?:,|\n|\Z)")
_YEAR_CLASS_AT = re.compile(r"[ \t-]+(?i:year[ \t-]+class(?:es)?|year[ \t-]+group|cohort)\b")
_AMPM_AT = re.compile(r"[ \t]?(?i:[ap]\.?m\b\.?)")
_OCLOCK_AT = re.compile(r"[ \t]+o['’]clock\b", re.I)
_ORDINAL_AT = re.compile(r"(?i:st|nd|rd|th)\b")
_DECADE_AT = re.compile(r"'?s\b")
_ORDINAL_HALF_BEFORE = re.compile(r"\b(?i:the|first|second|latter|other|1st|2nd|[Hh]\d)[ \t]+\Z")

# --- range continuation -------------------------------------------------------------------------------
_RANGE_SEP_AT = re.compile(
    r"[ \t]*(?:(?P<dash>[-–—~])|(?P<word>(?i:to|through|thru|and))\b)[ \t]*"
    r"(?:(?i:about|around|approximately|roughly|~)[ \t]*)?"
)

# --- rate ---------------------------------------------------------------------------------------------
_PER_WORDS = ("hour|hr|day|week|month|year|yr|annum|capita|person|head|household|barrel|bbl|ton|tonne|"
              "troy ounce|ounce|oz|metric ton|"
              "kilogram|kg|pound|lb|gallon|liter|litre|share|unit|dozen|kilometer|km|mile|meter|kwh|mwh|gwh|mmbtu|"
              "student|worker|employee|resident|inhabitant|vehicle|passenger|flight|visit|trip|month|quarter|hectare|ha|"
              "mcf|boe|scf|d|l")  # ("d" and "l" only after a slash: "boe/d", "mmscf/d", "mmol/L")
_A_TIME = r"an?[ \t]+(?i:hour|day|week|month|year|quarter)\b"
_PER_AT = re.compile(
    # optional noun: "students/year", "wafers a month", "tonnes per day"
    # (or two: "21.5 job openings per 1,000 posts")
    f"(?:[ \\t]+(?:[a-z][a-z-]{{0,20}}[ \\t]+(?=(?:[a-z][a-z-]{{0,20}}s|people)[ \\t]+(?:per|for[ \\t]+every)\\b))?[a-z][a-z-]{{0,20}}(?=[ \\t]*/|[ \\t]+per\\b|[ \\t]+for[ \\t]+every\\b|[ \\t]+{_A_TIME})"
    # or what the amount is of: "2,300 litres of drinking water per person"
    # (or "52 minutes of radio a day")
    f"|[ \\t]+of[ \\t]+[a-z]{{1,20}}(?:[ \\t]+(?:[a-z]{{1,20}}|[A-Z]{{2,4}}))?(?=[ \\t]+(?:per[ \\t]|{_A_TIME})))?"
    r"(?:[ \t]*/[ \t]*|[ \t]+(?P<kw>(?i:per|a|an|each|every|for[ \t]+every))[ \t]+)"
    # "per 100,000 people", "per 1,000 live births" (an adjective and a plural noun)
    f"(?:(?P<per>(?i:(?:{_PER_WORDS})s?)\\b|(?:\\d{{1,3}}(?:,\\d{{3}})+(?!,?\\d)|\\d+(?!,?\\d))(?:[ \\t]+[a-z]{{1,20}}(?<!s)[ \\t]+[a-z]{{1,20}}s\\b|[ \\t]+(?!(?:in|on|at|by|for|of|to|from|and|or|the|a|an|with|during|since|as|is|was|were|are|respectively|compared|each|every)\\b)[A-Za-z]+(?:-[a-z]+)?)?)"
    # any other noun after "per" ("per dose", "per infant", "per cubic metre"): checked in _rate
    r"|(?P<pn>(?i:sq\.?[ \t]?(?:m|ft|km|mi))\b|(?:(?i:cubic|square|sq\.?|gross|net|deadweight|dry|wet)[ \t]+)?[a-z][a-z-]{1,24}\b|(?:[kMGT]Wh?|kV|MMBtu|[MGTPE]J|[kMGT]Hz|[kMGTP]B|[TF]EU)\b|(?:k|c)?m[23²³](?![^\W_])))"  # "per MW", "per kWh", "per TJ", "per m³", "per MHz", "per GB"
    r"|[ \t]+(?P<adv>(?i:annually|yearly|per[ \t]+annum|daily|monthly|weekly|hourly))\b"
    # an exchange rate: "₦1,530 to the dollar", "92.6 per US dollar"
    r"|[ \t]+(?P<xkw>per|to[ \t]+the|against[ \t]+the)[ \t]+(?P<xcur>(?:(?:US|U\.S\.|United[ \t]+States)[ \t]+)?[a-z]{3,12}\b|[A-Z]{3}\b|US\$)"
)
# a second rate unit: "litres per person per day"
_PER_AGAIN_AT = re.compile(f"(?:[ \\t]*(?P<slash>/)[ \\t]*|[ \\t]+(?:per|a|an)[ \\t]+)(?P<per>(?i:(?:{_PER_WORDS})s?)\\b)")
# a plural noun or a counted unit after a glued "m": "1.7m TEU", "4m tonnes", "1.2m people" are millions
_MILLION_OF_AT = re.compile(r"[ \t]+(?:[a-z][a-z-]*[^s\W]s\b|TEU|FEU|people|tonnes|tons|bbl|cattle|livestock)")
_RELATIVE_TIME_AT = re.compile(r"[ \t]+(?:ago|earlier|later)\b", re.I)  # "five years ago"
_TIME_AGO = re.compile(r"[ \t]+(?:earlier|ago|before|later|previously|prior)\b", re.I)
_ADV_PER = {"annually": "year", "yearly": "year", "per annum": "year", "daily": "day", "monthly": "month",
            "weekly": "week", "hourly": "hour"}
_POSTFIX_AT = re.compile(f"[ \\t]*(?P<pq>{_phrase_alt(_POSTFIX_QUALIFIERS)})(?![ \\t]+than)(?![\\w\\d])", re.I)
_BOUND_JOIN = re.compile(r"\s*(?:,|and|,\s*and|but)\s*\Z", re.I)
_OUT_OF_AT = re.compile(r"[ \t]+out[ \t]+of[ \t]+(?:(?:the|these|those|that|currently|a[ \t]+total[ \t]+of)[ \t]+)?", re.I)

# --- context for reasons ------------------------------------------------------------------------------
_RATE_BASES = frozenset({10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0})
_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_DATE_RE = re.compile(
    # every form starts with a digit, a month or mid/early/late/end/start/beginning: a cheap first test
    r"(?=[\djfmasondelb])"
    r"(?P<date>"
    rf"\b{_MONTHS}\.?[ \t]+{_DAY}(?:[ \t]*[-–—][ \t]*{_DAY})?(?:,?[ \t]+(?:\d{{4}}))?(?![\d,.]*\d)"  # June 28–29, 2025
    rf"|\b{_DAY}(?:(?:[ \t]*[-–—][ \t]*|[ \t]+(?:to|and|&)[ \t]+){_DAY})?[ \t]+(?:of[ \t]+)?{_MONTHS}\b\.?(?:,?[ \t]+\d{{4}})?"
    # 17 June 2025, "from 7 to 13 April", "on 16 and 23 April"
    rf"|\b{_MONTHS}\.?,?[ \t]+\d{{4}}\b"                                                        # June 2025
    r"|\b\d{4}-[01]\d-[0-3]\d\b|\b\d{4}/[01]?\d/[0-3]?\d\b"                                    # 2025-06-17
    r"|\b[0-3]?\d[/.][01]?\d[/.]\d{4}\b|\b[01]?\d/[0-3]?\d/\d{2}\b"                            # 17/06/2025
    r"|\b(?i:mid|early|late|end|start|beginning)[ \t]*-[ \t]*\d{4}\b"                          # mid-2025
    r")",
    re.IGNORECASE,
)
_MONTH_HINT = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)")
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)
_LEGAL_BEFORE = re.compile(
    r"(?:\b(?i:acts?|resolutions?|sections?|sec\.|articles?|art\.|titles?|public[ \t]+laws?|p\.l\.|chapters?|"
    r"paragraphs?|para\.|clauses?|rules?|amendments?|annex(?:es)?|executive[ \t]+orders?|e\.o\.|"
    r"docket|case[ \t]+no\.|nos?\.|numbers?|bills?|h\.r\.|h\.res\.|s\.res\.|u\.s\.c\.|c\.f\.r\.|directives?|"
    r"decrees?|protocols?|regulations?|reg\.|report[ \t]+no\.|tables?|figures?|figs?\.|charts?|"
    r"exhibits?|appendix|appendices|box|footnotes?|endnotes?|notes?|map|graph|version|phase|tier|levels?|(?-i:types?)|"
    r"categor(?:y|ies)|cat\.|scopes?|grades?|stage|rounds?|parts?|recommendations?|volume|vol\.|issue|update|rept\.|res\.|doc\.|prt\.|proclamations?|orders?[ \t]+\([A-Z.]+\)|"
    r"(?:epidemiological[ \t]+)?weeks?)"  # "week 23", "epidemiological weeks 1-23": numbered weeks
    r"|\bS\.|\bFR|§§?)[ \t]*\Z"
)
# A reference code's capital letters, then a slash: "RHEA/MSL/"
_CODE_BEFORE_NUMBERED = re.compile(r"(?<![\w/])\d+/[A-Z][A-Z0-9-]*/(?:[A-Z0-9-]+/)*\Z")
_NUMBERED_OF_YEAR_AT = re.compile(r"/(?:(?:19|20)\d\d(?![\d/])|[A-Z]{2,}[A-Z0-9-]*/)")
_FREQUENCY_UNITS = frozenset({"kilohertz", "megahertz", "gigahertz"})
_BAND_AT = re.compile(r"[ \t]+(?:spectrum[ \t]+)?bands?\b", re.I)
_SHORT_YEAR_REF_AT = re.compile(r"/\d\d(?![\d/.,])")  # "31207/25": a number of a two-digit year
_QUESTION_BEFORE = re.compile(r"\b(?i:questions?|ref\.?|reference)[ \t]+(?:(?i:no\.?)[ \t]*)?\Z")
_FORM_BEFORE = re.compile(r"\bForm[ \t]+\Z")
_QUESTIONS_NUMBERED_BEFORE = re.compile(
    r"\bQuestions?[ \t]*(?:\(|Nos?\.[ \t]*)(?:\d+(?:[ \t]*,|[ \t]+and)[ \t]*)*\Z"
)
_CODE_BEFORE = re.compile(r"(?<![\w/])[A-Z][A-Z0-9-]*/(?:[A-Z0-9-]+/)*\Z")
# A number right before a legal abbreviation: "90 FR 60064", "19 U.S.C. 2132", "117 Stat. 5".
_LEGAL_AFTER = re.compile(r"[ \t]+(?:FR|U\.S\.C\.|C\.F\.R\.|CFR|Stat\.|U\.S\.(?=[ \t]+\d))(?![\w])")
# Era markers make a number a year: "3000 B.C.", "A.D. 1200", "500 BCE".
_ERA_AFTER = re.compile(r"[ \t]*(?:B\.C\.(?:E\.)?|BCE?\b|A\.D\.|CE\b)")
_ERA_BEFORE = re.compile(r"(?:\bA\.D\.|\bAD)[ \t]*\Z")
_DOT_LEADER_BEFORE = re.compile(r"(?:\.{4,}|…{2,}|(?:\. ){3,})[ \t]*\Z")
_LINE_ENDS_AT = re.compile(r"[ \t]*(?:\r?\n|\Z)")  # (a contents line's page number ends its line)
# a leader line whose value no page number is written as: "~96 km", "22%", "3,412", "4.1"
_LEADER_FIGURE_LINE = re.compile(r"[^\n]*?\.{3,}[ \t]*(?:[~≈<>]|[$€£]|\d{1,3}(?:,\d{3})+|\d+\.\d|\d+[ \t]*(?:%|[A-Za-z]))")
_FACT_BOX_REACH = 4  # lines above and below a leader line looked at
_FACT_BOX_WINDOW = 600  # characters either side those lines are read from


def _in_fact_box(text: str, at: int) -> bool:
    """A dot-leader line among others whose values are figures ("Area flooded ...... 2,140 ha",
    "Rainfall ...... 212 mm"): a fact box's line, its bare figure a count, not a contents page."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    above = text[max(0, line_start - _FACT_BOX_WINDOW) : line_start].split("\n")[-_FACT_BOX_REACH - 1 : -1]
    below = text[line_end + 1 : line_end + 1 + _FACT_BOX_WINDOW].split("\n")[:_FACT_BOX_REACH] if line_end >= 0 else []
    for lines in (reversed(above), below):  # (outwards from the line, over leader lines only)
        for line in lines:
            if "..." not in line:
                break
            if _LEADER_FIGURE_LINE.match(line):
                return True
    return False
_LEGAL_PAREN_BEFORE = re.compile(r"\b(?i:articles?|art\.|sections?|sec\.|paragraphs?|para\.|rules?|§)[ \t]*\d+[a-z]?\(\Z")
_PAGE_BEFORE = re.compile(r"(?:\b(?i:pp?|pages?|slides?)\.?)[ \t]*\Z")
_IDENT_BEFORE = re.compile(r"(?:[A-Z][\w.]*|[a-z]*[A-Z][\w]*)-\Z")                 # Malligyong-, COVID-, Su-
_ENUMERATOR_AFTER = re.compile(r"\)[ \t]+[A-Za-z]")
ENUMERATION_REACH = 1500


def _inline_enumerator(text: str, start: int, end: int, value: float) -> bool:
    """"(1) ... and (2) ...": a small number in parentheses opening an item, with the item
    before or after it numbered the same way nearby."""
    if not 1 <= value <= 20 or not _ENUMERATOR_AFTER.match(text, end):
        return False
    n = int(value)
    if n > 1 and f"({n - 1}) " in text[max(0, start - 1 - ENUMERATION_REACH):start - 1]:
        return True
    return f"({n + 1}) " in text[end:end + ENUMERATION_REACH]


_LIST_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[(\[][ \t]*)?\Z")
_LIST_AFTER = re.compile(r"[ \t]*[.)\]][ \t]+\S")
# "2.1 Southeast Asia's place in ...", "6.3 Priorities for ...": a decimal opening a numbered paragraph
_SECTION_AFTER = re.compile(r"(?:\.\d{1,2}){0,2}\.?[ \t]+[A-Z\"“‘'(]")
# A chapter heading's words after its number: a capitalised line with no figure and no full stop,
# then a blank line ("2 The scale of the problem")
_HEADING_AFTER = re.compile(r"[ \t]+[A-Z][^\d\n]{0,80}(?<![.:;,])[ \t]*\n[ \t]*(?:\n|\Z)")
# a table cell's edges: "| (11.9) |", "   (11.9)   " in a table aligned with spaces
_CELL_OPENS = re.compile(r"(?:\|[ \t]*|[ \t]{2,}|\t)\Z")
_CELL_CLOSES = re.compile(r"[ \t]*(?:\||\n|\Z)|[ \t]{2,}|\t")
# A telephone number: after "+" or a word naming one, digit groups split by blanks, dots or hyphens
_PHONE_RE = re.compile(
    r"(?:(?<![\w+])\+|\b(?i:tel|telephone|phone|hotline|helpline|fax|mobile|whatsapp|call|toll[ -]free|enquiries|contact|"
    r"press[ \t]+office|switchboard)\b\.?:?"
    r"[ \t]*(?:\([ \t]*)?\+?"
    # or an area code with its trunk zero in parentheses: "(021) 5790 2211", or North American
    # style: "(202) 555-0148"
    r"|(?=\(0\d{1,4}\)[ \t]?\d{2,4}[ \t.-]\d{3,4}(?!\d)|\(\d{3}\)[ \t]?\d{3}-\d{4}(?!\d)))"
    # each group after a blank, dot or hyphen, or after ")": no run of digits splits two ways
    # (a bracket opened closes: "(24 hours)" after a number is no part of it)
    r"(?:\(\d{1,4}\)|\d{1,4}\)?)(?:(?:[ \t.-]{1,2}|(?<=\)))(?:\(\d{1,4}\)|\d{1,4}\)?)){2,6}(?!\d)"
)
# Where a phone number can start: "+" or a cue word, found in the lower-cased text with a plain
# alternation (a case-insensitive scan of every position costs five times as much)
_PHONE_CUES = "tel|phone|hotline|helpline|fax|mobile|whatsapp|call|toll|enquiries|contact|press|switchboard"  # (word starts, lower case)
_PHONE_START_LOWER = re.compile(rf"\+|{_PHONE_CUES}")
_PHONE_START_WORDS = ("+", "(", *_PHONE_CUES.split("|"))


def _phone_starts(lower: str) -> list[int]:
    """``[m.start() for m in _PHONE_START_LOWER.finditer(lower)]`` from one ``str.find`` scan per cue
    (a third faster). No cue starts another, so the regex takes, left to right, every occurrence
    that does not overlap the one before."""
    found = []
    for cue in _PHONE_START_WORDS:
        i = lower.find(cue)
        while i >= 0:
            found.append((i, i + len(cue)))
            i = lower.find(cue, i + 1)
    found.sort()
    starts = []
    last = 0
    for i, end in found:
        if i >= last:
            starts.append(i)
            last = end
    return starts


def _phone_matches(text: str, lower: str):
    """``_PHONE_RE.finditer(text)``, tried only where a phone number can start (``lower`` is
    ``text.lower()``)."""
    if len(lower) != len(text):  # (a character whose lower case is longer moves the offsets)
        yield from _PHONE_RE.finditer(text)
        return
    last = -1
    for start in _phone_starts(lower):
        if start < last:
            continue
        match = _PHONE_RE.match(text, start)
        if match:
            last = match.end()
            yield match


# "+1 500 000": a number, not a phone (all its digits grouped in threes: not "Tel. 0800 412 550")
_GROUPED_THOUSANDS = re.compile(r"(?:\A|[^\d \u00a0])[ \t.:]*\+?\d{1,3}(?:[ \u00a0]\d{3})+\Z")
_PHONE_HINT = re.compile(rf"\+\d|\(0\d|\(\d{{3}}\)\s?\d{{3}}-|(?i:{_PHONE_CUES})")
_PHONE_HINT_LOWER = re.compile(rf"\+\d|\(0\d|\(\d{{3}}\)\s?\d{{3}}-|{_PHONE_CUES}")  # the same in the lower-cased text (see _lower_scan_ok)
# an age band: "Under-five mortality", "under-18s", "children under five", "women aged 15–49"
_AGE_BEFORE = re.compile(
    r"(?:\b(?i:under|over)-"
    r"|\b(?i:children|child|kids|infants|babies|boys|girls|adults|adolescents|youths?|people|persons|men|women|"
    r"those|patients|pupils|workers)[ \t]+(?i:aged[ \t]+)?(?i:under|below|over|above|younger[ \t]+than|older[ \t]+than)[ \t]+"
    r"|\b(?i:aged)[ \t]+(?:(?i:between|from)[ \t]+|\d{1,3}[ \t]+(?i:and|or)[ \t]+)?"
    # ("averaged over ages 4-9", "(age 3 in 2022)", "at age 16")
    r"|\b(?i:ages)[ \t]+(?:(?i:between|from)[ \t]+)?|(?:\(|\b(?i:at|from|until|to)[ \t]+)(?i:age)[ \t]+)\Z"
)
# a table row's label that ends in an age limit: "  Pensioners, over 65      1,204"
_AGE_LIMIT_LABEL = re.compile(r"[ \t]*(?:[A-Za-z][^\n\d|:]{0,60}\b)?(?i:under|over|below|above)[ \t]+\Z")
_COLUMN_GAP_AT = re.compile(r" {2,}\d|\t")
# "16- and 17-year-olds": the first age of a pair that shares its "-year-olds"
_SHARED_AGE_AFTER = re.compile(r"-[ \t]+(?:and|or|to)[ \t]+\d{1,3}-(?i:years?)-(?i:olds?)\b")
# the "000" of a column counted in thousands, after "('": "('000)", "('000 t)"
_THOUSANDS_MARK_AT = re.compile(r"000s?(?:\)|[ \t]+[A-Za-z][^\d()\n]{0,60}\))")  # (", October–September years)")
# a year that opens a range, read as a date: "from 4,120 GWh in 2026 to ..."
_YEAR_PREPOSITION_BEFORE = re.compile(r"\b(?:in|since|by|during|until)[ \t]+\Z")
# "a 46-year-old farmer": an age that describes a person (attributive, hyphenated); "he is over
# thirty years old" states a quantity
_AGE_AFTER = re.compile(r"-(?i:years?|yrs?)-(?i:old)\b")
# a labour statistics row label's age band, after a comma: "rate, 16-64 (%)", "level, 16+ (thousands)"
_LABEL_AGE_BAND_AT = re.compile(r"\d{1,2}(?:[-–]\d{2}|\+)(?=[ \t]*(?:\(|$|\n|[ \t]{2}|,))")
_RATE_OR_LEVEL_LABEL = re.compile(r"\b(?:rate|level|ratio|population|employed|unemployed|inactive|people|persons|adults)s?,[ \t]\Z", re.I)
_OLDS_AT = re.compile(r"[ \t-](?i:olds?)\b")
# "the first six months", "the past 12 months": a stretch of time the figure is counted over
_SPAN_WORD_BEFORE = re.compile(r"\b(?i:first|last|past|next|previous|coming|final|initial|preceding|following)[ \t]+\Z")
# "one day at a time", "one by one": an idiom, no quantity
_IDIOM_AFTER = re.compile(r"(?:[ \t]+[a-z]+)?[ \t]+(?:at[ \t]+a[ \t]+time|by[ \t]+one|after[ \t]+(?:another|the[ \t]+other))\b")
# "One in four": a proportion, not the pronoun
_ONE_IN_AFTER = re.compile(r"[ \t]+in[ \t]+(?:\d|(?i:two|three|four|five|six|seven|eight|nine|ten|twenty)\b)")
_CHANGE_VERB_WORDS = (
    r"\b(?i:rose|risen|rises|rising|increased?|increases|increasing|grew|grown|grows|growing|fell|fallen|falls|"
    r"falling|declined?|declines|declining|dropped|drops|dropping|decreased?|decreases|decreasing|jumped|"
    r"climbed|surged|soared|plunged|plummeted|slid|shrank|shrunk|expanded|widened|narrowed|changed|went|"
    r"moved|raised|cut|reduced|lowered|boosted|up|down|slipped|tumbled|gained|lost|doubled|tripled|"
    r"revised|adjusted|corrected|restated|upgraded|downgraded|amended)\b"  # ("revised from 4.4% to 4.5%": a change)
)
_CHANGE_VERB = re.compile(_CHANGE_VERB_WORDS + r"(?:[ \t]+[\w%$.,]+){0,4}?[ \t]*\Z")
# "is forecast to rise by 2.1 mb/d to 104.9 mb/d": a change, then the level, when the second is
# far above the first (not "to grow by a further 5 to 6 percent", a range of growth)
_BASE_CHANGE_BY = re.compile(r"\b(?i:rise|grow|fall|increase|decline|drop)[ \t]+by(?:[ \t]+[\w%$.,]+){0,3}?[ \t]*\Z")
# the same further back, before "from": "had risen by 4.2 points since October 2024, from 12.6% to 16.8%"
# (not "up from its previous forecast of 410,000 to 450,000 tonnes", a range the forecast gave)
# ("would raise the Family Allowance (FA) from $62 to $75": "from" makes these verbs a change too)
_CHANGE_VERB_BEFORE_FROM = re.compile(
    rf"(?:{_CHANGE_VERB_WORDS}|\b(?i:raise|raises|raising|lift|lifts|lifting|reduce|reduces|reducing|lower|lowers|lowering|"
    r"go|goes|going|gone|move|moves|moving|edged|edges|ticked|ticks)\b)"
    r"(?:[ \t]+[\w%$.,()]+){0,8}?[ \t]*\Z"
)


# ======================================================================================================
# Internal amount (one endpoint)
# ======================================================================================================
@dataclass(slots=True)
class _Amt:
    start: int              # start incl. currency prefix / sign
    end: int                # end incl. scale / unit / currency suffix
    core_start: int         # the digits / words themselves
    core_end: int
    value: float
    step: float | None
    words: bool = False
    is_int: bool = True
    plain: bool = True       # digits without comma/decimal/scale (year candidate)
    scaled: bool = False
    currency: str | None = None
    unit: str | None = None
    sign: str | None = None
    kind: str = "num"        # num, time, vague
    low: float | None = None
    high: float | None = None
    factor: float = 1.0      # scale written on this amount (1e6 for "10 million")


@lru_cache(maxsize=1 << 13)  # years and round figures recur throughout a text
def _digits_value(s: str) -> tuple[float, float | None, bool, bool] | None:
    """(value, step, is_int, plain) of a digit core."""
    if s.isdecimal():  # the usual case, "1500": no separator, point or fraction to read
        stripped = s.rstrip("0")  # (_int_step, inline)
        return float(s), float(10 ** (len(s) - len(stripped))) if stripped else 1.0, True, True
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    if "/" in s:
        whole = 0.0
        if " " in s or "\t" in s:
            w, s = s.split(None, 1)
            whole = float(w)
        a, b = s.split("/")
        if float(b) == 0:
            return None
        return whole + float(a) / float(b), None, False, False
    has_sep = "," in s or " " in s
    t = s.replace(",", "").replace(" ", "")
    if "." in t:
        ip, dp = t.split(".")
        return float(t), 10.0 ** -len(dp), False, False
    v = float(t)
    return v, _int_step(t), True, not has_sep


def scaled(value: float, factor: float) -> float:
    """``value * factor`` as written in decimal: "4.1 million" is 4100000.0, not the binary product
    4099999.9999999995."""
    if factor == 1.0:
        return value
    if type(value) is float and type(factor) is float:
        if value.is_integer() and factor.is_integer() and abs(value * factor) < 2.0 ** 53:
            return value * factor  # whole numbers: the binary product is exact, as the decimal one
        exponent = _POWERS_OF_TEN.get(factor)
        r = repr(value)
        if exponent is not None and "e" not in r and "n" not in r:
            # "1.2" million: the decimal product is the written digits with the point moved, which
            # float() rounds the same way
            return float(f"{r}e{exponent}")
    return float(Decimal(repr(value)) * Decimal(repr(factor)))


_POWERS_OF_TEN = {10.0 ** k: k for k in range(1, 16)}  # (exact floats)


def _int_step(digits: str) -> float:
    stripped = digits.rstrip("0")
    if not stripped:
        return 1.0
    return float(10 ** (len(digits) - len(stripped)))


# currency words a document may declare a code for
_CURRENCY_NOUN = (
    r"(?:dollars?|francs?|pounds?|shillings?|pesos?|rupees?|dinars?|dirhams?|rials?|riyals?|lira|lire|liras|kron[aeo]r?|"
    r"crowns?|marks?|euros?|rand|naira|cedis?|kwacha|birr|rubles?|roubles?|leva?|lei|zloty|forints?|tenge|soms?|manats?|"
    r"taka|baht|ringgit|rupiah|dong|sols?|soles|reais|reals?|colones|lempiras?|yuan|yen|won|ducats?|florins?|guilders?|thalers?|"
    r"escudos?|kunas?|korunas?|hryvnias?|shekels?|quetzal(?:es)?|guaranis?|bolivars?|bol[ií]vares|kyats?|riels?|kips?|"
    r"denars?|drams?|laris?|pulas?|tugriks?|afghanis?|leones?|somoni|ariary|vatu|dobras?|nakfa|ouguiyas?|cordobas?|balboas?)"
)
# = r"\b([A-Z]{3})[ \t\u00a0]?\d", starting with the capital (a scan skips to capitals; a pattern
# starting with \b is tried at every position): the boundary is the lookbehind after it
_CODE_BEFORE_DIGIT = re.compile(r"([A-Z](?<!\w[A-Z])[A-Z]{2})[ \t\u00a0]?\d")


# after a code and its amount: "(Calvarian dollars)", or an exchange rate "per US dollar"
_DECLARING_AFTER = re.compile(
    rf"[ \t\u00a0]?\d[\d,.]*(?:(?:[ \t\u00a0]*(?:million|billion|trillion|bn|mn))?[ \t\u00a0]*"
    rf"\((?:[A-Z][a-z]+[ \t\u00a0]+)?{_CURRENCY_NOUN}\)"
    r"|[ \t\u00a0]+(?:per|to[ \t]+the|against[ \t]+the)[ \t\u00a0]+(?:(?:US[ \t\u00a0]+|United[ \t\u00a0]+States[ \t\u00a0]+)?"
    r"(?:dollar|euro)\b|US\$|USD\b|EUR\b|€)"
    # "VRK 45.4 billion, equivalent to about US$ 385 million", "DMD 4.6 billion (about US$310 million)": an
    # amount converted into a known currency
    r"|[ \t\u00a0]?\d[\d,.]*(?:[ \t\u00a0]*(?:million|billion|trillion|bn|mn))?(?:[ \t\u00a0]+(?:in|for)[ \t\u00a0]+\d{4})?"
    r"(?:[ \t\u00a0]*\([ \t\u00a0]*|,?[ \t\u00a0]+(?:or|equivalent[ \t\u00a0]+to)[ \t\u00a0]+)"
    r"(?:(?:about|roughly|around|some|approximately|equivalent[ \t\u00a0]+to)[ \t\u00a0]+)?(?:US\$|USD|EUR|€)[ \t\u00a0]?\d)"
)
# before "(CVD)": "the Kestrian lira", "Calvarian dollars"
_DECLARING_BEFORE = re.compile(rf"\b[A-Z][a-z]+[ \t\u00a0]+{_CURRENCY_NOUN}[ \t\u00a0]*\Z")
# after the code, naming it: "(KSD being the Kestrian dinar)", "KSD is the Kestrian dinar", "KSD = Kestrian dinar"
_NAMING_AFTER = re.compile(
    rf"[ \t\u00a0]*(?:being|is|means|stands[ \t]+for|=|:)[ \t\u00a0]+(?:the[ \t\u00a0]+)?[A-Z][a-z]+[ \t\u00a0]+{_CURRENCY_NOUN}\b"
)


# "Brennish kronor (symbol K, currency code BRK)", "florins (ƒ; code MFL)": a currency's own
# symbol, which the document then glues to its amounts ("K241,300")
# (the bracket up to the code: "(symbol K, currency code ", "(ƒ; code ", "(currency code ")
_CODE_LABEL = r"\((?:symbol:?[ \t]+)?(?:(?P<sym>[^\s\d(),;:.]{1,3})[ \t]*[,;][ \t]*)?(?:(?:ISO|currency)[ \t]+)?code:?[ \t]+"
_SYMBOL_DECLARATION = re.compile(_CODE_LABEL + r"(?P<code>[A-Z]{3})[ \t]*\)")
_SYMBOL_DECLARED_BEFORE = re.compile(rf"{_CURRENCY_NOUN}[ \t\u00a0]*\Z", re.I)
# "Ardenzan florins (AZF), written ƒ", "Carrowmere pounds (CMP), shown as C£": the symbol after the code
_SYMBOL_WRITTEN = re.compile(
    rf"{_CURRENCY_NOUN}[ \t\u00a0]*\((?P<code>[A-Z]{{3}})\),?[ \t]+(?:and[ \t]+)?(?:written|shown|printed|denoted|abbreviated)"
    r"(?:[ \t]+as)?[ \t]+(?P<sym>[^\s\d(),;:.]{1,3})(?=[\s,.;)])",
    re.I,
)


def declared_symbols(text: str) -> dict[str, str]:
    """The currency symbols a document declares, with their codes: "(symbol K, currency code
    BRK)" after "Brennish kronor" (a symbol the lexicon knows, such as "$", keeps its meaning)."""
    out = {}
    if "code" in text:
        for match in _SYMBOL_DECLARATION.finditer(text):
            sym = match.group("sym")
            if sym is None or sym in U.CURRENCY_SYMBOLS or not _SYMBOL_DECLARED_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                continue
            out.setdefault(sym, match.group("code"))
    if "(" in text:
        for match in _SYMBOL_WRITTEN.finditer(text):
            # (not a word: "(USD), shown as a share of GDP")
            if (sym := match.group("sym")) not in U.CURRENCY_SYMBOLS and not (sym.isascii() and sym[0].islower()) and sym != match.group("code"):
                out.setdefault(sym, match.group("code").upper())
    return out


def with_declared_symbols(text: str, numbers: list[NumberMention]) -> list[NumberMention]:
    """Numbers glued to a symbol the document declares ("K241,300"), read as that currency's
    amounts instead of identifiers."""
    symbols = declared_symbols(text)
    if not symbols:
        return numbers
    out = []
    for n in numbers:
        if n.currency is not None and n.unit is None:
            # "C£512" under "Carrowmere pounds (CMP), shown as C£": the declared symbol holds the
            # lexicon's "£", which took the amount for pounds sterling
            for sym, code in symbols.items():
                for i in range(1, len(sym)):
                    if n.text.startswith(sym[i:]) and n.start >= i and text.startswith(sym[:i], n.start - i) and not (
                        n.start > i and text[n.start - i - 1].isalnum()
                    ):
                        n = replace(n, start=n.start - i, text=text[n.start - i : n.end], currency=code)
                        break
        elif n.currency is None and n.unit is None and n.reason in (None, "identifier"):
            for sym, code in symbols.items():
                at = n.start - len(sym)
                if at >= 0 and text.startswith(sym, at) and not (at and text[at - 1].isalnum()) and not (
                    # ("the K2 rifle", "K9-A": a letter and a short number make a model's name)
                    sym[-1].isalpha() and (sum(c.isdigit() for c in n.text) < 3 and not any(c in n.text for c in ",.")
                                           or text[n.end : n.end + 1] == "-")
                ):
                    n = replace(n, start=at, text=text[at : n.end], currency=code, reason=None)
                    break
        out.append(n)
    return out


_CODE_LABEL_BEFORE = re.compile(rf"\b[A-Z][a-z]+[ \t\u00a0]+{_CURRENCY_NOUN}[ \t\u00a0]*{_CODE_LABEL}\Z")


def _declares(text: str, code: str) -> bool:
    """The text declares ``code`` a currency: "CVD 38.6 billion (Calvarian dollars)", "CVD 147.3
    per US dollar" (or "per US$", "per USD"), "the Kestrian lira (KSL)", "(KSL being the Kestrian lira)". (Found through the
    code's literal occurrences.)"""
    at = text.find(code)
    while at >= 0:
        end = at + len(code)
        if (at == 0 or not text[at - 1].isalnum()) and (_DECLARING_AFTER.match(text, end) or _NAMING_AFTER.match(text, end)):
            return True
        if text[at - 1 : at] == "(" and text[end : end + 1] == ")" and _DECLARING_BEFORE.search(text, max(0, at - 41), at - 1):
            return True
        if text[end : end + 1] == ")" and _CODE_LABEL_BEFORE.search(text, max(0, at - 80), at):
            return True  # "Brennish marks (currency code BRM)", "kronor (symbol K, code BRK)"
        at = text.find(code, at + 1)
    return False


_VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
_CODE_AT_END = re.compile(r"(?<![\w-])([A-Z]{3})[ \t\u00a0]?\Z")
# a name ending in a number, then its register number: "Chon Ma 3 (IMO 8604917)"
_REGISTERED_NAME = re.compile(r"(?<![\w-])((?:[A-Z][\w'’-]*[ \t]+){1,3}\d{1,4})[ \t]*\((?:IMO|MMSI)[ \t]+\d{7,9}\)")
_REGISTER_TAG = re.compile(r"\((?:IMO|MMSI)[ \t]+\d{7,9}\)")  # the pattern's end: starts with a literal, found fast


def _registered_name_matches(text: str) -> list[re.Match]:
    """``list(_REGISTERED_NAME.finditer(text))``, searched only before each register tag: on its
    line and after the tag before it (a name holds no line break or parenthesis). The full
    pattern starts at a capital, so scanning the whole text tried it at every capital."""
    out = []
    floor = 0
    for tag in _REGISTER_TAG.finditer(text):
        m = _REGISTERED_NAME.search(text, max(floor, text.rfind("\n", 0, tag.start()) + 1), tag.end())
        if m is not None:
            out.append(m)
        floor = tag.end()
    return out


# a code before an amount written as money: grouped, decimal, in the hundreds or scaled
_CODE_BEFORE_MONEY = re.compile(
    r"\b([A-Z]{3})[ \t\u00a0]?(?:\d{1,3}(?:,\d{3})+|\d+\.\d+|[1-9]\d{2,}|\d+(?=[ \t\u00a0]*(?:million|billion|trillion|bn|mn)\b))"
)


# "Contents" or "Table of contents" on a line of its own, then its entries up to a blank line:
# short lines, none a sentence ("1. Overview ....... 3", "  2  Capacity and population      6")
_CONTENTS_HEADING = re.compile(r"(?m)^[ \t]*(?:Table[ \t]+of[ \t]+)?(?:[Cc]ontents|CONTENTS)[ \t]*:?[ \t]*\n")
_CONTENTS_ENTRY = re.compile(r"[ \t]*[^\n]{1,100}?(?<![.!?])[ \t]*(?:\n|\Z)")


def _contents_block(text: str) -> tuple[int, int] | None:
    """The span of a table of contents' entries, if the text has one."""
    heading = _CONTENTS_HEADING.search(text)
    if heading is None:
        return None
    pos = heading.end()
    for _ in range(60):
        entry = _CONTENTS_ENTRY.match(text, pos)
        if entry is None or not text[pos : entry.end()].strip():
            break
        pos = entry.end()
    return (heading.end(), pos) if pos > heading.end() else None


class _Parser:
    """Scans one text. ``whole=True`` enables forms only safe when the input is one expression."""

    def __init__(self, text: str, whole: bool = False):
        self.text = text
        self.whole = whole
        self.lower = lower = text.lower()  # (for the scans below and the word scan of _Anchors)
        # Every URL holds "://" or "www." (any case): most texts need no case-insensitive scan.
        maybe_url = "://" in text or "www." in lower
        self.urls = [(m.start(), m.end()) for m in _URL_RE.finditer(text)] if maybe_url else []
        self._url_starts = [s for s, _ in self.urls]
        self.lower_ok = _lower_scan_ok(text, lower)
        hint = _PHONE_HINT_LOWER.search(lower) if self.lower_ok else _PHONE_HINT.search(text)
        self.phones = [
            (m.start(), m.end()) for m in _phone_matches(text, lower)
            if sum(c.isdigit() for c in m.group()) >= 7 and sum(c in " \t.-" for c in m.group().lstrip("+(")) >= 2
            # ("+45 333 121 400" may be a change grouped in thousands, but not after "Tel:")
            and (not _GROUPED_THOUSANDS.search(m.group()) or m.group()[:1].isalpha())
        ] if hint else []
        self._phone_starts = [s for s, _ in self.phones]
        self.contents = _contents_block(text) if "ontents" in text else None
        self._month_pos = [m.start() for m in _MONTH_HINT.finditer(text)]
        self._date = (-1, -1)  # last date span found (dates are looked up lazily, near small integers)
        self._money_codes: frozenset[str] | None = None  # codes the text writes before money (lazily)
        self._registered: frozenset[str] | None = None  # vessels' names with a number (lazily)
        self._declared: frozenset[str] | None = None  # currency codes the document declares (lazily)
        self._sterling: bool | None = None  # whether the text counts money in pounds (lazily)

    @property
    def sterling(self) -> bool:
        """Whether the text counts money in pounds ("£", "GBP", "sterling", "pence"): then a "p"
        glued to a figure is pence, not a letter of an identifier ("1080p")."""
        if self._sterling is None:
            self._sterling = "£" in self.text or "GBP" in self.text or "sterling" in self.text or "pence" in self.text
        return self._sterling

    def _written_in_millions(self, start: int, end: int) -> bool:
        """Whether the text writes the figure ``text[start:end]`` with "million" elsewhere: then
        its glued "m" ("| 1.7m |" beside "1.7 million pupils") is the million, not metres."""
        figure = self.text[start:end]
        return f"{figure} million" in self.text or f"{figure} mn" in self.text

    # ---------------------------------------------------------------------------------------------
    def mask_at(self, a: "_Amt") -> str | None:
        """"url" / "date" when the number sits inside one."""
        pos = a.core_start
        if self.urls:
            i = bisect.bisect_right(self._url_starts, pos) - 1
            if i >= 0 and self.urls[i][0] <= pos < self.urls[i][1]:
                return "url"
        if self.phones:
            i = bisect.bisect_right(self._phone_starts, pos) - 1
            if i >= 0 and self.phones[i][0] <= pos < self.phones[i][1]:
                return "phone_number"
        if a.kind != "num" or not a.is_int or a.currency or a.unit or not (a.plain or a.low is not None):
            return None
        if self.contents is not None and self.contents[0] <= pos < self.contents[1]:
            # a table of contents: a line's leading number numbers a chapter, its last one is a page
            line_start = self.text.rfind("\n", 0, pos) + 1
            return "list_number" if not self.text[line_start:pos].strip() else "page"
        if self._date[0] <= pos < self._date[1]:
            return "date"
        text = self.text
        lo, hi = max(0, pos - 24), min(len(text), a.core_end + 24)
        i = bisect.bisect_left(self._month_pos, lo)
        near_month = i < len(self._month_pos) and self._month_pos[i] < hi
        glued = text[pos - 1:pos] in ("-", "/", ".") or text[a.core_end:a.core_end + 1] in ("-", "/", ".")
        if not near_month and not glued:
            return None
        for m in _DATE_RE.finditer(text, lo, hi):
            if m.start() <= pos < m.end():
                self._date = (m.start(), m.end())
                return "date"
        return None

    # ---------------------------------------------------------------------------------------------
    def core_at(self, m: re.Match) -> _Amt | None:
        """Amount for an anchor match: core value plus suffix (scale, currency, percent, unit)."""
        text = self.text
        # the outermost named group that matched (the named groups inside "vague" close first)
        kind = "words" if type(m) is _WordHit else m.lastgroup
        if kind == "time":
            return _Amt(m.start(), m.end(), m.start(), m.end(), None, None, kind="time", plain=False)
        if kind == "num":
            dv = _digits_value(m.group())  # (the whole match: see _NUM_SCAN)
            if dv is None:
                return None
            v, step, is_int, plain = dv
            s, e = m.span()
            if (fraction := _VULGAR_FRACTIONS.get(text[e : e + 1])) is not None and is_int:
                v, step, is_int, plain, e = v + fraction, None, False, False, e + 1  # "3½ percent"
            a = _Amt(s, e, s, e, v, step, False, is_int, plain)  # (start, end, core_start, core_end, ..., plain)
        elif kind == "vague":
            if m.group("vsolo"):
                base = nw.SCALES[m.group("vsolo").lower()]
                lo, hi = base, base * 10
            else:
                mul = {"tens": 10, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9}[m.group("vmul").lower()]
                base = nw.SCALES[m.group("vbase").lower()]
                lo, hi = mul * base, mul * base * 10
            a = _Amt(m.start(), m.end(), m.start(), m.end(), (lo + hi) / 2, None, words=True, is_int=True,
                     plain=False, scaled=True, kind="vague", low=lo, high=hi)
        else:
            w = m if kind == "words" and type(m) is _WordHit else m.group("words")
            if isinstance(w, _WordHit):
                toks, i0 = w.toks, w.i
            else:
                toks, i0 = nw.tokenize(w[:_MAX_WORD_RUN], m.start()), 0
            if toks[i0][0] == "half" and (i0 + 1 == len(toks) or toks[i0 + 1][0] not in nw.SCALES) \
                    and _ORDINAL_HALF_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                return None  # "the first half of 2025"
            wn = nw.parse_word_tokens(toks, i0)
            if wn is None:
                return None
            a = _Amt(m.start(), wn.end, m.start(), wn.end, wn.value, wn.step, words=True,
                     is_int=wn.value == int(wn.value), plain=False, scaled=wn.has_scale)
        return a

    def _suffix(self, a: _Amt) -> None:
        text = self.text
        pos = a.end
        if a.kind in ("num", "words") and not a.scaled and a.value in _ONE_IN_NUMERATORS and (
            share := _one_in(text, pos)
        ) and not _AGE_BEFORE.search(text, max(0, a.start - 40), a.start):  # ("children under five in twelve districts")
            # "one in twelve children", "2 in 5 households": a share, as a percentage
            denominator, a.end = share
            if a.value < denominator:
                a.value, a.step, a.unit, a.plain, a.is_int = 100 * a.value / denominator, None, "percent", False, False
                return
            a.end = pos
        if text.startswith("%", pos):
            # "12.5%", the most common suffix: what the code below reads, without its regexes (no
            # scale or money code starts with "%"; the percent alternative comes first in _POST_AT)
            a.unit = "percent"
            a.end = pos + 1
            if a.currency is not None and a.start < a.core_start:
                a.currency = None
                a.start = a.core_start if a.sign is None else a.start
            return
        if text.startswith("p", pos) and a.kind == "num" and a.currency is None and not text[pos + 1 : pos + 2].isalnum() and (
            self.sterling
        ):
            a.unit, a.end, a.plain = "pence", pos + 1, False  # "EPS of 58.3p", "1,212p": pence in a text in sterling
            return
        if not _suffix_possible(text, pos):
            if self.whole and a.kind == "num":
                pass
            else:
                return
        if a.kind == "num" or (a.kind != "vague" and not a.scaled):
            sm = _SCALE_AT.match(text, pos)
            if sm:
                letter = sm.group("sl") or sm.group("sk")
                if letter:
                    sc = U.SCALE_LETTERS[letter]
                    if letter in ("m", "b", "B", "T") and a.currency is None and not self._currency_follows(sm.end()) and not (
                        letter == "m" and (_MILLION_OF_AT.match(text, sm.end()) or self._written_in_millions(a.core_start, pos))
                    ):
                        sc = None  # bare "10m" is meters ("4.2m tonnes", "1.2m people": millions); "B"/"T" need money context
                else:
                    sw = sm.group("sw").lower()
                    sc = U.SCALE_WORDS[sw if sw in U.SCALE_WORDS or not sw.endswith("s") else sw[:-1]]  # "millions" -> "million"
                if sc:
                    a.factor = sc
                    a.value = scaled(a.value, sc)
                    a.step = a.step * sc if a.step is not None else None
                    a.scaled = True
                    a.plain = False
                    a.end = pos = sm.end()
                    if sm.group("sw"):
                        fm = _AND_FRACTION_AT.match(text, pos)
                        if fm:
                            a.value += {"half": 0.5, "quarter": 0.25, "third": 1 / 3}[fm.group("f").lower()] * sc
                            a.end = pos = fm.end()
        mc = _MONEY_SCALE_CODE_AT.match(text, pos) if "M" in text[pos:pos + 2] else None
        if mc and not a.scaled:
            a.factor = 1e6
            a.value = scaled(a.value, 1e6)
            a.step = a.step * 1e6 if a.step else None
            a.scaled = True
            a.plain = False
            a.currency = U.currency_from_code(mc.group("code"))
            a.end = mc.end()
            return
        pm = _POST_AT.match(text, pos)
        if pm and (pm.group("curw") or pm.group("ambig")):
            um = _POST_UNIT_FIRST_AT.match(text, pos)
            if um.group("unit") and um.end() > pm.end():
                pm = um
        if pm:
            gap = pm.group("gap")
            if "-" in gap and not (pm.group("unit") or pm.group("curw")):
                pm = None  # "3-inch" yes, "5-%" no
            elif pm.group("unit") and "\n" in gap:
                pm = None
        if pm is None and a.currency is None and (dm := _DEMONYM_CURRENCY_AT.match(text, pos)):
            code = U.currency_of_demonym(dm.group("dem"), dm.group("word"))
            if code is not None:
                a.currency = code
                a.end = dm.end()
                self._suffix_after_currency(a)
                return
        if pm and pm.group("pct") and pm.group("pct").lower().startswith("ppt") and not _PERCENT_NEAR.search(
            text, max(0, a.start - 200), min(len(text), pm.end() + 200)
        ):
            pm = None  # "35 ppt" with no percentage near: parts per thousand (salinity), not points
        if pm:
            if pm.group("pct"):
                p = pm.group("pct").lower()
                if p.startswith("ppt"):
                    p = "pp"  # "+1.5 ppt" beside percentages: percentage points
                a.unit = "percentage points" if p.startswith("percentage") or p in ("pp", "p.p.") else "percent"
                a.end = pm.end()
                if a.currency is not None and a.start < a.core_start:
                    # "in CNY 85%": a code before a percentage labels the column, not the amount
                    a.currency = None
                    a.start = a.core_start if a.sign is None else a.start
            elif pm.group("curw") or pm.group("code") or pm.group("sym") or pm.group("lcode"):
                if a.currency is None:
                    if pm.group("curw"):
                        w = pm.group("curw")
                        if w.lower() in _CASED_CURRENCY_WORDS and w != w.lower():
                            return  # "2024 RAND report", "Real Madrid"
                        a.currency = U.currency_from_word(w)
                    elif pm.group("code") or pm.group("lcode"):
                        a.currency = U.currency_from_code(pm.group("code") or pm.group("lcode"))
                    else:
                        a.currency = U.currency_from_symbol(pm.group("sym")) or "USD"
                    a.end = pm.end()
                    self._suffix_after_currency(a)
                    self._cents_after_currency(a)
                elif pm.group("curw") or pm.group("code"):
                    a.end = pm.end()  # "$5 USD"
            elif pm.group("unit"):
                unit = _unit_from_form(pm.group("unit"))
                form = pm.group("unit")
                if unit is not None and self._unit_ok(a, form, unit, pm):
                    a.unit = unit
                    a.end = pm.end()
            elif pm.group("ambig"):
                # "pounds": money with a scale word or a currency-looking amount, else weight
                weight = _WEIGHT_AFTER_POUNDS.match(text, pm.end()) or _WEIGHT_CONVERTED_BEFORE.search(
                    text, max(0, a.start - 40), a.start
                )  # "pounds of seafood", "pounds per acre", "88,400 tonnes, or 194.9 million pounds"
                if (a.scaled or (not a.is_int and a.step == 0.01)) and not weight:
                    a.currency = "GBP"
                else:
                    a.unit = "pounds"
                a.end = pm.end()
        elif self.whole:
            wm = _UNIT_WHOLE_AT.match(text, pos)
            if wm:
                a.unit = _unit_from_form(wm.group("unit"))
                a.end = wm.end()

    def _suffix_after_currency(self, a: _Amt) -> None:
        """'1.8M dollars', '75 USD million': a scale may follow the currency word."""
        if a.scaled:
            return
        sm = _SCALE_AT.match(self.text, a.end)
        if sm and sm.group("sw"):
            sc = U.SCALE_WORDS[sm.group("sw").lower()]
            a.factor = sc
            a.value = scaled(a.value, sc)
            a.step = a.step * sc if a.step else None
            a.scaled = True
            a.plain = False
            a.end = sm.end()

    def _cents_after_currency(self, a: _Amt) -> None:
        """'thirteen dollars and forty-five cents', '3 CAD 3 cents'."""
        if a.scaled or not a.is_int:
            return
        cm = _CENTS_AT.match(self.text, a.end)
        if not cm:
            return
        m = _ANCHOR.match(self.text, cm.end())
        if m is None or m.group("time") is not None or m.group("vague") is not None:
            return
        c = self.core_at(m)
        if c is None or not c.is_int or not 0 < c.value < 100:
            return
        um = _CENT_WORD_AT.match(self.text, c.end)
        if not um:
            return
        a.value += c.value / 100
        a.step = 0.01
        a.is_int = False
        a.words = a.words or c.words
        a.end = um.end()

    def _currency_follows(self, pos: int) -> bool:
        pm = _POST_AT.match(self.text, pos)
        return bool(pm and (pm.group("curw") or pm.group("code") or pm.group("sym")))

    def _unit_ok(self, a: _Amt, form: str, unit: str, pm: re.Match) -> bool:
        """Accept a unit after the amount? Guards for money and for 1-2 letter abbreviations."""
        gap = pm.group("gap")
        kind = U.UNIT_KINDS.get(unit)
        if a.currency is not None and kind != "money":
            return False  # "$5 a barrel" is a rate (per), "$2 billion years" is not a unit
        if len(form) <= 2:
            if "-" in gap and form not in _HYPHEN_ABBREVIATIONS:
                return False  # "3-inch" yes, "5-m" no, "5,600-km" yes
            if form in ("C", "F", "L", "t", "g", "m") and a.words:
                return False  # "one m", "two C"
        if form in ('"', "''"):
            # 'trained "more than 400"': a closing quote mark, not inches (the quote may open on an
            # earlier line of a hard-wrapped paragraph)
            line_start = self.text.rfind("\n", 0, a.start) + 1
            paragraph_start = self.text.rfind("\n\n", 0, a.start) + 1
            return not a.words and all(
                before.count('"') % 2 == 0 and before.count("“") <= before.count("”")
                for before in (self.text[max(start, a.start - 300) : a.start] for start in (line_start, paragraph_start))
            )
        if kind == "duration" and a.kind == "vague":
            return False  # "thousands of years" is not a quantity of years
        return True

    # ---------------------------------------------------------------------------------------------
    def prefix(self, a: _Amt) -> dict:
        """Qualifier / range opener / sign / currency before the core (look-back window)."""
        text = self.text
        out: dict = {}
        c = text[a.core_start - 1] if a.core_start else ""
        if c not in " \t" and c not in _PREFIX_LAST_CHARS and c != "." and not c.isalpha():
            return out  # (what _prefix_possible would say, without slicing the window)
        lo = max(0, a.core_start - _LOOKBACK)
        window = text[lo:a.core_start]
        if window and a.currency is None and (declared := self.declared_codes()) and (
            code_at := _CODE_AT_END.search(window)
        ) and code_at.group(1) in declared:
            # "CVD 38.6 billion (Calvarian dollars)": a currency code the document itself declares
            a.currency, a.start, a.plain = code_at.group(1), lo + code_at.start(1), False
            before = window[: code_at.start(1)]
            if before and _prefix_possible(before) and (rm := _REV_PREFIX.match(before[::-1])) is not None and rm.end():
                # "between ARD 35 billion and ...", "about CVD 2 billion": the words before the code
                _read_opener(_RevMatch(rm, len(before)), lo, out)
            return out
        if not window or not _prefix_possible(window):
            return out
        rm = _REV_PREFIX.match(window[::-1])
        if rm is None or rm.end() == 0:
            return out
        pm = _RevMatch(rm, len(window))
        cur = pm.group("cur")
        if cur is not None:
            cstart = lo + pm.start("cur")
            code = self._currency_of_prefix(cur)
            if code is not None and not self._code_reads_as_money(cur, a):
                code = None  # "APDO 1, HNL 1": a party's acronym and its seats, not lempiras
            if code is not None:
                # currency prefix glued to a letter word ("for $5" is fine; "ABC 2000" is not a code)
                if a.currency is None or a.currency == code:
                    a.currency = code
                    a.start = cstart
                    if cur.strip().startswith("M") and cur.strip()[1:].upper() in U.CURRENCY_CODES and not a.scaled:
                        a.factor = 1e6
                        a.value = scaled(a.value, 1e6)
                        a.step = a.step * 1e6 if a.step else None
                        a.scaled = True
                    a.plain = False
            else:
                return out
        sign = pm.group("sign")
        if sign is not None and not self.whole and sign[-1] in " \t" and sign.strip() in "-–−+":
            sign = None  # "- - $ 75 million": a dash with a space after is punctuation in running text
        if sign is not None and sign.strip().lower() == "minus" and _PLUS_OR_BEFORE.search(
            text, max(0, lo + pm.start("sign") - 9), lo + pm.start("sign")
        ):
            sign = None  # "plus or minus 2 percentage points": a tolerance's width, not a negative figure
        if sign is not None:
            s = sign.strip().lower()
            sg = "-" if s in ("-", "–", "−", "minus", "negative") else "+"
            a.sign = sg
            a.start = lo + pm.start("sign")
            a.plain = False
            if sg == "-":
                a.value = -a.value
                if a.low is not None:
                    a.low, a.high = -a.high, -a.low
        _read_opener(pm, lo, out)
        return out

    def _code_reads_as_money(self, cur: str, a: _Amt) -> bool:
        """A code outside the lexicon's own list (an ISO 4217 code such as HNL, BHD, OMR) is read
        as a currency only before an amount written as money: scaled, decimal, grouped or in the
        hundreds at least ("GHS 500", not a party's "HNL 1")."""
        c = cur.strip()
        c = c[1:] if c[:1] == "M" and c[1:] in U.CURRENCY_CODES and c not in U.CURRENCY_CODES else c
        if c not in U.CURRENCY_CODES or c in U.CURRENCY_CODES_CORE:
            return True
        digits = self.text[a.core_start:a.core_end]
        if (rng := _RANGE_END_AT.match(self.text, a.end)) and (
            _SCALE_AT.match(self.text, rng.end()) is not None or (rng.group("code") or "").strip() == c
        ):
            return True  # "LYD 14-17 billion", "TND 24 to TND 27": the range is money
        return (not a.is_int or "," in digits or a.scaled or a.value >= 100
                or _SCALE_AT.match(self.text, a.end) is not None or c in self.money_codes())

    def registered_names(self) -> frozenset[str]:
        """Names ending in a number that the text gives a register number ("Chon Ma 3 (IMO
        8604917)", "Un Bong 5 (MMSI 445123000)") or introduces by a craft's kind ("the reefer Hai
        Feng 718"): the number is the name's, wherever it is written."""
        if self._registered is None:
            self._registered = (frozenset(
                m.group(1) for m in _registered_name_matches(self.text)
            ) if "IMO" in self.text or "MMSI" in self.text else frozenset()) | {
                m.group(1) for m in _CRAFT_NAME.finditer(self.text)
            }
        return self._registered

    def declared_codes(self) -> frozenset[str]:
        """Three-letter codes outside ISO 4217 that the document declares currencies: "CVD 38.6
        billion (Calvarian dollars)", "the Kestrian lira (KSL)", "CVD 147.3 per US dollar"."""
        if self._declared is None:
            # (the codes written before a number first: most texts have none outside ISO 4217, and
            # each candidate is then looked for with its own literal, fast, patterns)
            candidates = {m.group(1) for m in _CODE_BEFORE_DIGIT.finditer(self.text)} - U.CURRENCY_CODES
            self._declared = frozenset(code for code in sorted(candidates) if _declares(self.text, code))
        return self._declared

    def money_codes(self) -> frozenset[str]:
        """Codes the text writes before an amount that reads as money ("GHS 120", "GHS 58,000"):
        there, a small amount after the code is money too ("up from GHS 80")."""
        if self._money_codes is None:
            self._money_codes = frozenset(
                m.group(1) for m in _CODE_BEFORE_MONEY.finditer(self.text) if m.group(1) in U.CURRENCY_CODES
            )
        return self._money_codes

    def _currency_of_prefix(self, cur: str) -> str | None:
        c = cur.strip()
        if c.endswith("$"):
            return U.currency_from_symbol(_BLANKS.sub("", c)) or (
                "USD" if c == "$" else U.DOLLAR_PREFIXES.get(c[:-1].strip().lower()))
        if c in U.CURRENCY_SYMBOLS:
            return U.CURRENCY_SYMBOLS[c]
        if c in U.CURRENCY_PREFIXES_CS:
            return U.CURRENCY_PREFIXES_CS[c]
        if c.lower().rstrip(".") == "rs":
            return "INR"
        if c.lower() in U.PREFIX_CURRENCY_WORDS:
            return U.PREFIX_CURRENCY_WORDS[c.lower()]
        up = c.upper()
        if up in U.CURRENCY_CODES:
            return U.currency_from_code(up)
        if up.startswith("M") and up[1:] in U.CURRENCY_CODES:
            return U.currency_from_code(up[1:])
        return None

    # ---------------------------------------------------------------------------------------------
    def amount_at(self, pos: int) -> _Amt | None:
        """Second endpoint of a range: optional currency prefix / sign, then a core at ``pos``."""
        text = self.text
        cur = None
        sign = None
        cstart = pos
        for _ in range(2):  # "-$5" and "$-5"
            sm = _SIGN_AT.match(text, pos) if sign is None else None
            if sm:
                s = sm.group().strip().lower()
                sign = "-" if s in ("-", "–", "−", "minus", "negative") else "+"
                pos = sm.end()
            cm = _CUR_PREFIX_AT.match(text, pos) if cur is None else None
            if cm:
                cur = self._currency_of_prefix(cm.group().strip())
                if cur:
                    pos = cm.end()
        if cur is None and (dm := _DECLARED_CODE_AT.match(text, pos)) is not None and dm.group(1) in self.declared_codes():
            cur, pos = dm.group(1), dm.end()  # "between ARD 35 billion and ARD 50 billion": the document's own code
        m = _ANCHOR.match(text, pos)
        if m is None or m.group("time") is not None or m.group("vague") is not None:
            return None
        a = self.core_at(m)
        if a is None:
            return None
        if cur:
            a.currency = cur
            a.start = cstart
        self._suffix(a)
        if cur and a.currency != cur:
            return None
        if sign:
            a.sign = sign
            a.start = cstart
            if sign == "-":
                a.value = -a.value
        return a


# ======================================================================================================
# Mention assembly
# ======================================================================================================
def _compatible(a1: _Amt, a2: _Amt) -> bool:
    if a1.unit and a2.unit and a1.unit != a2.unit:
        return False
    if a1.currency and a2.currency and a1.currency != a2.currency:
        return False
    if (a1.unit and a2.currency) or (a1.currency and a2.unit and U.UNIT_KINDS.get(a2.unit) != "money"):
        return False  # "8% to $1,200" is a change, not a range
    if a1.unit and not a2.unit:
        return False  # "15% to 1.2 million": the unit is written on the upper end of a range
    return True


def _try_range(p: _Parser, a1: _Amt, pre: dict) -> _Amt | None:
    text = p.text
    if _RANGE_NEXT_AT(text, a1.end) is None:
        return None
    sm = _RANGE_SEP_AT.match(text, a1.end)
    if sm is None or a1.kind != "num" and not a1.words:
        return None
    if a1.kind == "vague":
        return None
    dash, word = sm.group("dash"), sm.group("word")
    word = word.lower() if word else None
    opener = pre.get("rng")
    if word == "and" and opener != "between":
        return None
    if word in ("through", "thru") and opener == "between":
        return None
    if dash and sm.group().strip() != dash and dash in "-" and "\n" in sm.group():
        return None
    if dash and dash in "-–" and sm.group()[:2] in ("  ", " \t", "\t") and not sm.group().endswith((" ", "\t")):
        return None  # "0.47   -12.8%": a table's next cell, a negative figure, no range's other end
    a2 = p.amount_at(sm.end())
    if a2 is None or a2.kind != "num":
        return None
    if a1.currency and not a1.scaled and not a2.currency and a2.unit == "meters" and text[a2.core_end : a2.end] == "m":
        # "€40–60m": the range's money, its "m" the million both ends share, not metres
        a2.value, a2.unit, a2.scaled, a2.factor = scaled(a2.value, 1e6), None, True, 1e6
        a2.step = a2.step * 1e6 if a2.step else None
    if not _compatible(a1, a2):
        return None
    if a1.plain and not a1.words and a1.is_int and 1800 <= a1.value <= 2100 and (
        a2.currency and not a1.currency
        or a2.unit and not a1.unit and _YEAR_PREPOSITION_BEFORE.search(text, max(0, a1.start - 12), a1.start)
    ):
        # "from JPY 1.2 trillion in 2023 to JPY 1.8 trillion", "from 4,120 GWh in 2026 to 4,480
        # GWh in 2030": a year, then the new level
        return None
    # years: "2013-14"
    if dash and a1.plain and a2.plain and 1800 <= a1.value <= 2100 and a2.value < 100 and a2.core_end - a2.core_start == 2:
        v2 = (int(a1.value) // 100) * 100 + a2.value
        if v2 > a1.value:
            a2.value = v2
    v1, v2 = a1.value, a2.value
    # scale / unit / currency propagate from the written end to the bare end ("$5–10 million", "15–20%")
    if not a1.scaled and a2.scaled and not a1.words:
        factor = a2.factor
        if factor != 1.0 and v1 * factor <= v2:
            v1 = scaled(v1, factor)
            a1.step = a1.step * factor if a1.step else None
            a1.scaled = True
    if v1 >= v2:
        return None  # "fell from 10 to 5", "30-20": not a range
    opener = pre.get("rstart") or a1.start
    if word == "to" and (_CHANGE_VERB_BEFORE_FROM if text.startswith(("from", "From"), opener) else _CHANGE_VERB).search(
        text, max(0, opener - 60), opener
    ):
        return None
    if word == "to" and v2 > 3 * v1 and _BASE_CHANGE_BY.search(text, max(0, opener - 40), opener):
        return None
    r = _Amt(a1.start, a2.end, a1.core_start, a2.core_end, (v1 + v2) / 2, _min_step(a1.step, a2.step),
             words=a1.words or a2.words, is_int=a1.is_int and a2.is_int, plain=a1.plain and a2.plain,
             scaled=a1.scaled or a2.scaled, currency=a1.currency or a2.currency, unit=a1.unit or a2.unit,
             sign=a1.sign, low=v1, high=v2)
    return r


def _min_step(s1, s2):
    if s1 is None:
        return s2
    if s2 is None:
        return s1
    return min(s1, s2)


# a name's number: a capitalised word (not opening a sentence) before it, nothing counted after it
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?:]\s)(?<=\s)[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?[ \t]\Z")
# the same before a capitalised number word: "Security and Net Zero", "Group of Seven"
_NAME_WORD_BEFORE_WORD = re.compile(r"(?<![.!?:]\s)(?<=\s)(?:[A-Z][a-z]+|of)[ \t]\Z")
_NAMED_NO_AFTER = re.compile(r"[ \t]*\((?![^()]*\d[^()]*[,%;])|[ \t]+and[ \t]+[A-Z]|[ \t]+imagery\b|[ \t]+data\b")


@lru_cache(maxsize=4096)
def _is_place(word: str) -> bool:
    from claimaudit.extraction.parse.places import find_places

    return bool(find_places(word))


_LIST_JOINERS = frozenset({"and", "or", "to", "&", "–", "-"})
_PAGE_OF_BEFORE = re.compile(r"\b[Pp](?:age|\.)[ \t]+\d{1,4}[ \t]+of[ \t]+\Z")
_REFERENCES_LISTED_BEFORE = re.compile(
    r"\b(?i:paragraphs|sections|recommendations|articles|chapters|annexes|tables|figures|rules|clauses|items|"
    r"categories|cat\.|scopes?|(?:epidemiological[ \t]+)?weeks|periods)[ \t]+"  # ("Scope 1 and 2", "Cat. 1, 3, 4, 9":
    # emission scopes and categories; "weeks 3 and 4", "periods 5 and 6": numbered weeks and periods)
    r"[\dA-Z][\d.]*(?:[ \t]*\([^()]{0,60}\))?(?:[ \t]*,[ \t]*[\dA-Z][\d.]*(?:[ \t]*\([^()]{0,60}\))?)*"
    r"[ \t]*(?:,|and|or|to|&|–|-)[ \t]*\Z"
)
_PERCENT_NEAR = re.compile(r"%|\bper\s?cent|\bpercent")
_PAGE_WORDS = frozenset({"p", "p.", "pp", "pp.", "page", "pages", "slide", "slides"})  # ("Slide 7 – Outlook": a deck's page)
# A capitalised title word before a bare number names a document, a grade or a site, it counts nothing.
_TITLE_WORDS = ("Brief", "Bulletin", "Report", "Paper", "Grade", "Block", "Series", "Edition", "Model", "Mark", "Class",
                "Type", "Field", "Well", "Unit", "Reactor", "Project", "Train", "Stream", "Flight", "Route", "Highway")
_TITLE_NO_BEFORE = re.compile(
    rf"(?<![.!?:]\s)\b(?:{'|'.join(_TITLE_WORDS)})[ \t]+\Z"
    # "Arctic LNG 2 loaded", "Nord Stream 2": a name's number after an acronym, nothing counted after it
    r"|(?<![.!?:]\s)(?<![$€£¥])\b[A-Z][a-z]*[ \t]+[A-Z]{2,5}[ \t]+\Z"
)
# A name's number after "the" or a possessive: "the Sea-Watch 5", "Tesla's Megapack 2"; the name
# ends after it (no counted noun follows)
# ("the Humanity 1 was held", "the Hai Feng 818, a trawler": a name of one or two words)
_CRAFT_KINDS = (
    r"(?:reefer|trawler|tanker|vessel|ship|freighter|bulker|carrier|barge|tug|yacht|ferry|frigate|corvette|"
    r"destroyer|submarine|satellite|rocket|aircraft|drone|missile|locomotive|train)"
)
# (a craft's kind before its name: "the reefer Hai Feng 718", "the satellite Sentinel 2")
_NAMED_NO_BEFORE = re.compile(
    rf"(?:\b[Tt]he|[A-Za-z]['’]s)[ \t]+(?:{_CRAFT_KINDS}[ \t]+)?[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?[ \t]\Z"
)
# a craft introduced by its kind: its name's number is the name's wherever it is written again
_CRAFT_NAME = re.compile(rf"\b[Tt]he[ \t]+{_CRAFT_KINDS}[ \t]+((?:[A-Z][a-z]+[ \t]+){{1,3}}\d{{1,4}})\b")
# a count, then a capitalised name: "two Airbus ", "12 Tatra "
_COUNT_THEN_NAME_BEFORE = re.compile(
    r"(?:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?<![\d.,])\d{1,3})[ \t]+)"
    r"(?!(?:In|Of|All|The|And|For|At|On|By|To|From|With|Between|Over|Under|About|Some|Most|Only|Since)\b)"
    r"[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?[ \t]\Z"
)
_WORD_AFTER = re.compile(r"[ \t]+[A-Za-z]{2,}")
_NAME_ENDS_AFTER = re.compile(
    r"(?:[ \t]*[,;:)]|\.(?!\d)|[ \t]+[A-Z]{1,4}\b|[ \t]+(?:and|or|were|was|is|are|has|had|have|will|would|at|in|on|to|"
    r"from|with|for|which|that|fleet|vessel|ship|mission|project|programme|program|model)\b)"
)
_MONTH_WORD_BEFORE = re.compile(
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)[ \t]\Z"
)
_YEAR_COLON_BEFORE = re.compile(r"\b(?:19|20)\d\d:\Z")
_COUNTED_AFTER = re.compile(r"[ \t]+(?:[a-z-]+[ \t]+)?[a-z]+s\b")
_LEGAL_LAST = frozenset({
    "act", "acts", "resolution", "resolutions", "section", "sections", "article", "articles", "title", "titles", "law", "laws",
    "chapter", "chapters", "paragraph", "paragraphs", "clause", "clauses", "rule", "rules", "amendment",
    "amendments", "annex", "annexes", "order", "orders", "docket", "number", "numbers", "bill", "bills",
    "directive", "directives", "decree", "decrees", "protocol", "protocols", "regulation", "regulations",
    # references to parts of a document: "Table 4-1", "Figure 2", "note 2:", "Appendix B-3"
    "table", "tables", "figure", "figures", "fig.", "figs.", "chart", "charts", "exhibit", "exhibits",
    "appendix", "appendices", "box", "footnote", "footnotes", "endnote", "note", "notes", "map", "graph",
    "version", "phase", "tier", "stage", "part", "parts", "volume", "vol.", "issue", "update", "fr", "week", "weeks",
    "level", "levels", "category", "categories", "cat.", "scope", "scopes", "grade", "grades", "round", "rounds",
    "type", "types",  # ("type 2 diabetes": a kind's number; a capitalised "Type 055" names a design, an identifier)
    "rept.", "res.", "doc.", "prt.", "proclamation", "proclamations", "(e.o.)", "recommendation", "recommendations",
})


# Cheap necessary conditions for the searches that end in ``before`` (most numbers pass none):
_ASCII_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
# _AGE_BEFORE: "under-", or a blank after one of these words (no i, s or k: lower() is exact)
_AGE_BAND_BEFORE = re.compile(
    r"\b(?i:children|child|infants|babies|boys|girls|women|men|adolescents|youths?|people|persons|adults)"
    r"[ \t]+(?:(?i:aged|of)[ \t]+)?\Z"
)
_AGE_LIMIT_WORDS = ("under", "below", "over", "above")
_AGE_LAST_WORDS = (*_AGE_LIMIT_WORDS, "than", "aged", "between", "from", "and", "or", "age", "ages")
# _ERA_AFTER and _LEGAL_AFTER: the first non-blank character after the number
_ERA_OR_LEGAL_NEXT = re.compile(r"[ \t]*[ABCFSU]")


# Objects sold or shipped in stated sizes: "a 40-foot container", "per 90-kilogram bag"
_CONTAINERS = (
    r"(?:container|barrel|bag|sack|drum|bottle|box|crate|can|jerrycan|tin|carton|packet|cylinder|bucket|tank|"
    r"pallet|trailer)s?"
)
_SIZE_CLASS_AT = re.compile(rf"[ \t]+(?:[a-z-]+[ \t]+)?{_CONTAINERS}\b")
_TERM_NOUN_AT = re.compile(
    r"[ \t]+(?:[A-Za-z-]+[ \t]+)?(?:plans?|notes?|bonds?|yields?|maturit(?:y|ies)|horizons?|highs?|lows?|"
    r"averages?|strateg(?:y|ies)|frameworks?|standards?|targets?|rules?|windows?|rolling|readmissions?|mortality|performance)\b"
)  # ("the 62-day standard", "the 12-month rolling rate", "28-day readmissions")
# A duration that defines what is counted: "patients waiting more than 52 weeks", "waits <18 weeks",
# "left within 15 minutes of schedule", "Patients >12 hours in ED"
_THRESHOLD_BEFORE = re.compile(
    r"(?:\b(?i:wait\w*|spent|spend\w*|stay\w*|delay\w*|left|depart\w*|arriv\w*|seen|treated|answered|responded|"
    r"resolved|patients|pathways|cases)\b[^.;:\d]{0,20}?)"
    r"(?<!\bby\s)(?:<|>|≤|≥|\b(?i:more\s+than|less\s+than|longer\s+than|fewer\s+than|over|under|within|at\s+least|beyond))[ \t]*\Z"
)  # (not "delayed by more than 18 months": how long the delay was)
# a line drawn at a share of a median or mean: "(with|on) less than 50% of median income", "below 50% of the median"
_RELATIVE_LINE_AT = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?:[\w/-]+[ \t]+){0,2}?(?:median|mean|average)\b")
_BELOW_LINE_BEFORE = re.compile(
    r"\b(?:(?:with|on|having|earning)[ \t]+(?:less|more)[ \t]+than|below|under|beneath|above)[ \t]+\Z"
)
_CLOCK_ZONE_AT = re.compile(r"[ \t]+(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|IST|JST|AEST|SGT|HKT|hrs|hours|local[ \t]+time)\b")
_INDEX_NAME_BEFORE = re.compile(
    r"\b(?:FTSE|S&P|ASX|CAC|DAX|Nikkei|NIFTY|Nifty|Russell|STOXX|Stoxx|TOPIX|KOSPI|IBEX|AEX|SMI|MIB|JSE|"
    r"BSE|Sensex|Hang[ \t]+Seng)(?:[ \t]+(?:All[ \t]+Share|SmallCap|MidCap))?[ \t]+\Z"
)
# The words _INDEX_NAME_BEFORE can end with before its blanks: a window whose words end otherwise
# is not searched (a search tries the pattern at every position)
_INDEX_NAME_LAST = (
    "FTSE", "S&P", "ASX", "CAC", "DAX", "Nikkei", "NIFTY", "Nifty", "Russell", "STOXX", "Stoxx", "TOPIX", "KOSPI",
    "IBEX", "AEX", "SMI", "MIB", "JSE", "BSE", "Sensex", "Seng", "Share", "SmallCap", "MidCap",
)
_CONFIDENCE_AT = re.compile(
    r"[ \t]+(?:(?:confidence|credible|prediction)[ \t]+(?:intervals?|levels?|bounds?)\b|(?:CI|CrI|PI)\b"
    r"|(?:fan[- ]chart|probability)[ \t]+bands?\b)", re.I  # "the 90% fan-chart band": the band's coverage (not "a 5% band around the peg")
)
# "(central 90%)", "the inner 50% of the distribution": a band's coverage
_CENTRAL_BEFORE = re.compile(r"\b(?i:central|inner)[ \t]+\Z")
_CALIBRE_NOUN_AT = re.compile(
    r"[ \t]+(?:[a-z-]+[ \t]+)?(?:artillery|shells?|rounds?|ammunition|munitions|guns?|howitzers?|mortars?|"
    r"cannons?|rifles?|cartridges?|calibre|caliber)\b"
)


# A proportion written N:M: one digit after the colon (not a clock's "2:15"), or after a word that
# names a proportion ("randomized 1:10", "a ratio of 3:2")
_RATIO_AROUND = re.compile(
    r"(?P<pair>(?<![\d:.,])\d{1,2}:\d(?![\d:.,]))"
    r"|(?i:ratio(?:\s+of)?|randomi[sz]ed|allocated|split)\s+(?P<pair2>\d{1,2}:\d{1,2}(?![\d:.,]))"
)
_SCALE_STATEMENT_BEFORE = re.compile(r"\((?:in\s+)?\Z", re.I)


_WIRE_UPDATE_BEFORE = re.compile(r"(?:\A|\n)[ \t]*(?:[A-Z]+-)?UPDATE[ \t]*\Z")


def _reason(p: _Parser, a: _Amt, has_qual: bool) -> str | None:
    text = p.text
    mk = p.mask_at(a)
    if mk:
        return mk
    if a.kind == "time":
        return "time_of_day"
    if a.kind == "vague":
        if _SCALE_STATEMENT_BEFORE.search(text, max(0, a.start - 6), a.start):
            return "table_scale"  # "Table 1 (millions of dollars, by fiscal year)": how the table counts
        return None
    # from here a.kind is "num" (digits or words)
    # The first test that holds names the reason. Tests that need a figure with no unit and no
    # currency (``bare``: two thirds of them), or one with a unit, are grouped under one check of
    # that (called for every number): a figure fails at once the tests of the other group. Only
    # tests that cannot both hold for one figure changed places.
    e = a.end
    core_start, core_end = a.core_start, a.core_end
    unit, currency = a.unit, a.currency
    value, low, is_int, plain = a.value, a.low, a.is_int, a.plain
    bare = not unit and not currency
    if currency and value == 0 and text[core_start:core_end].lstrip("'’") == "000":
        return "table_scale"  # "($000s)", "(USD 000)": a column counted in thousands of the currency
    if value is not None and value <= 12 and not currency and _OCLOCK_AT.match(text, core_end):
        return "time_of_day"  # "at 9 o'clock", "Nine o'clock"
    if bare and _TIME_OR_ORDINAL_NEXT_AT(text, core_end):
        if _AMPM_AT.match(text, core_end) and value < 24 and not a.scaled:
            return "time_of_day"
        if _ORDINAL_AT.match(text, core_end):
            return "ordinal"
    before = text[max(0, core_start - 24):core_start]
    if bare and low is None and is_int and (":" in text[core_end : core_end + 1] or text[core_start - 1 : core_start] == ":") and any(
        r.start(r.lastgroup) <= core_start and core_end <= r.end(r.lastgroup)
        for r in _RATIO_AROUND.finditer(text, max(0, core_start - 30), min(len(text), core_end + 4))
    ):
        return "ratio"  # "randomized 2:1", "a 3:1 ratio": parts of a proportion, no quantity each
    if low is None and _COLUMNS_AT.match(text, core_end) and _FIRST_LAST_BEFORE.search(before):
        return "document_reference"  # "(first five data columns)": which columns of a table a note means
    if bare and low is None and is_int and value < 100000 and (
        _STREET_AFTER.match(text, core_end) or _STREET_BEFORE.search(before) and _ADDRESS_END_AT.match(text, core_end)
    ):
        return "identifier"  # "12 Harbour Street", "Rua das Flores 210, Building C": a street number
    if low is None and is_int and not currency and 1800 <= value <= 2100 and _YEAR_CLASS_AT.match(text, core_end):
        return "year"  # "the 2019 year class": the cohort born that year
    if bare and low is None:
        era_or_legal = _ERA_OR_LEGAL_NEXT.match(text, core_end) is not None
        if (era_or_legal and _ERA_AFTER.match(text, core_end)) or ("A" in before and _ERA_BEFORE.search(before)):
            return "year"
        if era_or_legal and _LEGAL_AFTER.match(text, core_end):
            return "legal_reference"
    # tok: the run of non-blank characters before ends with (after spaces and tabs), "" when a line
    # break or other blank comes first; blank_end: before ends with a space or tab
    w = before.rstrip(" \t")
    tok = "" if not w or w[-1].isspace() else w.rsplit(None, 1)[-1]
    blank_end = len(w) != len(before)
    if low is not None and is_int and unit in ("months", "years") and a.high <= 120 and _AGE_BAND_BEFORE.search(before):
        return "age"  # "children aged 6-59 months", "Children 12-23 months (n)": an age band names a group
    if is_int and not currency and (unit is None or unit in ("years", "months")) and 0 < value:
        if (a.high if low is not None else value) <= 120 \
                and (before.endswith("-") or blank_end and tok.lower().endswith(_AGE_LAST_WORDS)) and _AGE_BEFORE.search(before):
            return "age"  # "children under five", "Under-five mortality", "women aged 15"
        if value <= 120 and blank_end and tok.lower() in _AGE_LIMIT_WORDS and _COLUMN_GAP_AT.match(text, e) and (
            _AGE_LIMIT_LABEL.fullmatch(text, text.rfind("\n", 0, core_start) + 1, core_start)
        ):
            return "age"  # "  Pensioners, over 65      1,204": the row's label, an age limit
        if value <= 120 and _SHARED_AGE_AFTER.match(text, core_end):
            return "age"  # "16- and 17-year-olds"
        if (a.high if low is not None else value) <= 120 and before.endswith(", ") and _LABEL_AGE_BAND_AT.match(text, core_start) and (
            _RATE_OR_LEVEL_LABEL.search(before)
        ):
            return "age"  # "Inactivity rate, 16-64 (%)", "Claimant level, 16+ (thousands)": the ages a row counts
        if value <= 120 and text.startswith("-", core_end) and _AGE_AFTER.match(text, core_end):
            return "age"  # "a 46-year-old farmer"
        if unit == "years" and (a.high if low is not None else value) <= 120 and text.startswith("year", e - 4) and (
            _OLDS_AT.match(text, e)
        ):
            return "age"  # "25 to 34 year olds", "a 34 year old man" (not "30 years old": a quantity)
    if unit:
        if unit in U.DURATION_UNITS and not a.scaled and (
            _RELATIVE_TIME_AT.match(text, e) or _SPAN_WORD_BEFORE.search(before)
        ):
            return "relative_time"  # "from 18% five years ago", "two decades earlier", "in the first six months"
        if low is None and not currency and text.startswith("-", core_end) and _SIZE_CLASS_AT.match(text, e):
            return "size_class"  # "a 40-foot container", "a 200-litre barrel": the kind of object, it measures nothing
        if unit in U.DURATION_UNITS and low is None and text.startswith("-", core_end) and _TERM_NOUN_AT.match(text, e):
            return "term"  # "10-year Treasury notes", "a five-year plan", "a 52-week high": a term, no quantity
        if unit in U.DURATION_UNITS and low is None and _THRESHOLD_BEFORE.search(text, max(0, core_start - 50), core_start):
            return "threshold"  # "patients waiting more than 52 weeks": the duration defines what is counted
        if unit in _FREQUENCY_UNITS and _BAND_AT.match(text, e):
            return "identifier"  # "the 800 MHz band", "2.5–2.7 GHz band": a band's name, not a bandwidth
        if unit == "percent" and low is None and _RELATIVE_LINE_AT.match(text, e) and _BELOW_LINE_BEFORE.search(
            text, max(0, core_start - 30), core_start
        ):
            return "threshold"  # "households with less than 50% of median income": a poverty line's definition
        if unit == "percent" and (_CONFIDENCE_AT.match(text, e) or _CENTRAL_BEFORE.search(text, max(0, core_start - 10), core_start)):
            return "term"  # "the 95% confidence interval": a statistic's level, no quantity
    elif bare and is_int:
        if core_end - core_start == 4 and _CLOCK_ZONE_AT.match(text, core_end) \
                and int(text[core_start:core_start + 2]) < 24 and int(text[core_start + 2:core_end]) < 60:
            return "time_of_day"  # "by 0910 BST", "at 1430 GMT"
        if blank_end and w.endswith(_INDEX_NAME_LAST) and _INDEX_NAME_BEFORE.search(before):
            return "identifier"  # "the FTSE 100 index", "the S&P 500": an index's name
        if value < 100 and _NUMBERED_PERIOD_BEFORE.search(before):
            return "legal_reference"  # "periods 8 to 10", "accounting period 7": a numbered period (not "end of period 7.00")
        if value <= 10 and _RATED_BEFORE.search(before) and not _PLURAL_NOUN_AT.match(text, core_end):
            return "category"  # "rated 4 or better", "a rating of 5", "rated 0 or 1": a level of a rating scale
    if not currency and is_int and low is None and value in _RATE_BASES and before.lower().endswith("per "):
        return "rate_base"  # "the ratio per 100 inhabitants", "(per 1,000 people)": what a rate is counted per
    if currency and low is None and text[max(0, a.start - 4) : a.start].lower() == "per " and not a.scaled:
        return "rate_base"  # "(USD per USD 200)": the amount a cost is counted per
    if currency and low is None and value == 1 and _EVERY_BEFORE.search(text, max(0, a.start - 12), a.start):
        return "rate_base"  # "81p of every £1", "for each $1 invested": the money a share is counted per
    if unit:
        if unit == "degrees Fahrenheit" and value > 200 and text[core_end:core_end + 1] == "F":
            return "identifier"  # "Caterpillar 797F haul trucks": a model, not a temperature
        if unit == "millimeters" and low is None and text.startswith("mm", core_end) and _CALIBRE_NOUN_AT.match(text, e):
            return "identifier"  # "155mm artillery shells", "a 120mm gun": a calibre names a weapon, it measures nothing
    if value == 1 and low is None and not currency and _IDIOM_AFTER.match(text, e):
        return "idiom"  # "one year at a time", "one by one"
    if a.words:
        if bare and not a.scaled:
            word = text[core_start:core_end]
            if word.lower() == "one" and not has_qual and a.sign is None and not _ONE_IN_AFTER.match(text, core_end):
                return "pronoun"  # "One notable initiative", "one of the countries"
            if text.startswith("-", core_end) and text[core_end + 1 : core_end + 2].isalpha():
                return "compound"  # "seven-pointed", "three-year-old"
            if word[:1].isupper() and _NAME_WORD_BEFORE_WORD.search(before) and not _COUNTED_AFTER.match(text, core_end):
                return "identifier"  # "Net Zero", "the Group of Seven", "Formula One": a word of a name
        return None
    if ("\n" in before or core_start < 24) and _LIST_BEFORE.search(before):
        if _LIST_AFTER.match(text, core_end) and is_int and value < 1000 and a.sign is None and not currency:
            return "list_number"
        if not is_int and not a.scaled and a.sign is None and value < 100 and _SECTION_AFTER.match(text, core_end):
            return "section_number"  # "2.1 Southeast Asia's place in ...", "6.3 Priorities for ..."
        if is_int and a.plain and value < 100 and low is None and not currency and _HEADING_AFTER.match(text, core_end):
            return "section_number"  # "2 The scale of the problem" on a line of its own: a chapter's number
    if before.endswith("[") and text.startswith("]", core_end):
        return "citation"
    if bare and is_int and text.startswith("-", core_end) and _WIRE_UPDATE_BEFORE.search(before):
        return "identifier"  # "UPDATE 2-Halden Resources beats ...": the wire story's version
    lw = tok.lower().lstrip("([")  # "(Table 1)", "(see p. 38)"
    if not currency and unit is None and lw in _PAGE_WORDS and _PAGE_BEFORE.search(before):
        return "page"
    if bare:
        # (each search below looks for a pattern that ends the window: the window's last
        # characters are tested first)
        if plain and w[-1:] in _DOT_LEADER_LAST and _DOT_LEADER_BEFORE.search(before) and _LINE_ENDS_AT.match(text, core_end) and (
            not _in_fact_box(text, core_start)
        ):
            # "2. Recent inflation developments ........... 5": a contents line's page (a grouped
            # "Visitor arrivals ....... 1,300" is a fact box's figure: no page is numbered so)
            return "page"
        if is_int and before.endswith("(") and _LEGAL_PAREN_BEFORE.search(before):
            return "legal_reference"  # "Article 12(2)", "section 4(1)": a sub-paragraph's number
        if is_int and before.endswith("(") and _inline_enumerator(text, core_start, core_end, value):
            return "list_number"  # "consists of two types: (1) permanent programs, and (2) ..."
        if lw == "of" and is_int and _PAGE_OF_BEFORE.search(before):
            return "page"  # "Page 1 of 14"
        if a.sign is None and (lw in _LIST_JOINERS or w.endswith(",")) \
                and _REFERENCES_LISTED_BEFORE.search(text, max(0, core_start - 120), core_start):
            return "legal_reference"  # "(paragraphs 2.4 and 2.5)", "recommendations 5.1 (first and second points) and 5.3"
        if (lw in _LEGAL_LAST or lw.endswith(".") or lw.startswith("§")) and _LEGAL_BEFORE.search(before):
            return "legal_reference"
        if plain and blank_end:
            if (tok.endswith(_TITLE_WORDS) or tok[-1:] in _ASCII_UPPER) and _TITLE_NO_BEFORE.search(before) and not (
                before.rstrip()[-1:].isupper() and _COUNTED_AFTER.match(text, core_end)
            ):
                return "identifier"  # "Migration and Development Brief 41", "Block 15", "Arctic LNG 2"
            if is_int and value < 1000 and tok[:1] in _ASCII_UPPER \
                    and _NAMED_NO_BEFORE.search(before) and _NAME_ENDS_AFTER.match(text, core_end) \
                    and not _MONTH_WORD_BEFORE.search(before):
                return "identifier"  # "the Humanity 1 was held", "Tesla's Megapack 2 XL", "the Boeing 737 fleet"
            if is_int and value < 1000 and tok[:1] in _ASCII_UPPER and _COUNT_THEN_NAME_BEFORE.search(before) \
                    and _WORD_AFTER.match(text, core_end) and not _MONTH_WORD_BEFORE.search(before):
                return "identifier"  # "two Airbus 330 freighters", "four Tatra 815 trucks": the model counted
            if is_int and core_end - core_start >= 5 \
                    and 2 <= len(tok.lstrip("([")) <= 6 and tok.lstrip("([").isupper() and tok.lstrip("([").isalpha():
                return "identifier"  # "(IMO 9713548)", "MMSI 636019825": a register's number after its acronym
            if is_int and value < 100 and tok[:1] in _ASCII_UPPER \
                    and _NAMED_NO_AFTER.match(text, core_end) and _NAME_WORD_BEFORE.search(before) \
                    and not _MONTH_WORD_BEFORE.search(before) and not _is_place(tok):
                return "identifier"  # "the bulk carrier Pacific Dawn 11 (IMO ...)", "Landsat 8 and", "Collection 9 ("
            if is_int and tok[:1] in _ASCII_UPPER and (names := p.registered_names()) and any(
                text.startswith(name, core_end - len(name)) for name in names
            ):
                return "identifier"  # "Chon Ma 3 (IMO 8604917)" and, later, "the Chon Ma 3": a vessel's name
    if before.endswith(("('", "(’")) and text.startswith("000", core_start) and _THOUSANDS_MARK_AT.match(text, core_start):
        return "table_scale"  # "Beneficiaries ('000)", "('000 t)": the column is in thousands
    if before.endswith(":") and is_int and _YEAR_COLON_BEFORE.search(before):
        return "identifier"  # "Working Paper 2024:11": a series number
    year_like = plain and is_int and 1800 <= abs(value) <= 2100 and core_end - core_start == 4
    if low is not None and plain and 1800 <= low and a.high <= 2100:
        year_like = True
    # glued to letters: A320, G7, 3G, IF11175, COVID-19, Su-27
    cb = text[core_start - 1] if core_start > 0 else ""
    if not currency and a.sign is None and (cb.isalpha() or cb == "_" or (cb == "-" and _IDENT_BEFORE.search(before))):
        return "year" if year_like and cb != "-" else "identifier"
    if cb == "/" and before.endswith("S/") and (text.startswith("/", e) or year_like):
        return "identifier"  # "S/2024/215": a UN Security Council document's symbol, not soles
    if cb == "/" and not currency and (_CODE_BEFORE.search(before) or _CODE_BEFORE_NUMBERED.search(text, max(0, core_start - 40), core_start)):
        return "identifier"  # "Ref. RHEA/MSL/25-019", "HOA-DWA/SR-07", "No. 21/LHP/XVIII/05/2025": a reference code
    ce = text[e] if e < len(text) else ""
    if bare:
        if ce == "/" and is_int and _NUMBERED_OF_YEAR_AT.match(text, e):
            return "identifier"  # "advisory 031/2025", "Law No. 12,651/2012", "No. 21/LHP/...": a document's number
        if ce == "/" and is_int and plain and core_end - core_start >= 4 and _SHORT_YEAR_REF_AT.match(text, e) and (
            cb == "[" or _QUESTION_BEFORE.search(before)
        ):
            return "identifier"  # "[31207/25]", "(Question 18842/25)": a parliamentary question's reference
        if cb == "(" and text.startswith(")", core_end) and is_int and value < 10 and core_start >= 2 and (
            text[core_start - 2].isalpha() or text[core_start - 2] == "%"
            or text[core_start - 2] == ")" and text.endswith("(%)", 0, core_start - 1)
        ):
            # "organic(3)", "–6.2%(1)", "retention (%)(3)": a note's mark glued to what it annotates
            return "footnote"
        if is_int and ce == "-" and _FORM_BEFORE.search(before):
            return "identifier"  # "Form 20-F", "Form 8-K": a filing's name
        if is_int and _QUESTIONS_NUMBERED_BEFORE.search(before):
            return "list_number"  # "Questions (214, 215)", "Questions Nos. 214 and 215": the order paper's numbers
        if ce.isalpha() or ce == "_":
            if year_like and _DECADE_AT.match(text, e):
                return "year"
            if not (ce in "sS" and year_like):
                return "identifier"
    if bare and low is None and is_int and core_end - core_start >= 2 and text.startswith("0", core_start) and (
        text[core_start:core_end].isdigit() and text[core_start - 1 : core_start] not in ("'", "’")  # (not "('000)")
    ):
        return "identifier"  # "08 Mining and quarrying", "dialling code 0161": a code, no quantity
    if ce == "'" and year_like and _DECADE_AT.match(text, e):
        return "year"
    if year_like and not has_qual and bare and a.sign is None:
        return "year"
    return None


_DOT_LEADER_LAST = (".", "…")  # what a window that _DOT_LEADER_BEFORE finds ends with, blanks aside


def _parenthesised_year(text: str, a: _Amt) -> bool:
    """"(2016)", "(2016 est.)": four plain digits of a year between "(" (after a blank or the
    start) and ")" or " est.)". Nothing the reading steps look for is there: no prefix ends in
    "(" (see ``prefix``); ")" and " est." start no unit, scale, currency or percent
    (``_suffix_possible``), range, postfix qualifier or rate; and of ``_reason``'s tests only
    ``mask_at`` (a url, phone number or date around it) may come before "year" (the others need
    a unit, a value under 1000, a word, a blank, ":", "[", "-", "/" or a letter next to the
    digits, or "A.D."/"AD", a clock zone or "columns" next to them)."""
    cs, ce = a.core_start, a.core_end
    return (
        ce - cs == 4 and a.plain and a.kind == "num" and 1800 <= a.value <= 2100
        and cs >= 1 and text[cs - 1] == "(" and (cs == 1 or text[cs - 2].isspace())
        and a.start == cs and a.end == ce
        and (text.startswith(")", ce) or text.startswith(" est.)", ce))
    )


def _build(p: _Parser, a: _Amt, pre: dict, post_q, qual_start, per: str | None) -> NumberMention:
    text = p.text
    q, b = (None, None)
    if "q" in pre:
        q, b = pre["q"]
        qual_start = pre["qstart"]
    elif post_q:
        q, b = post_q
    if a.kind == "vague":
        q = q or "approximate"
    is_range = a.low is not None
    if is_range and b is not None:
        q, b = None, None  # a comparator before a two-sided range ("over 10-20") is dropped
    reason = _reason(p, a, q is not None)
    value, low, high, unit = a.value, a.low, a.high, a.unit
    step = a.step
    if unit in _SCALED_UNITS:
        # "468 Mt CO2e" is 468 million tonnes of CO2e: one value for "468 Mt" and "468 million tonnes"
        factor, unit = _SCALED_UNITS[unit]
        value, low, high, step = (x * factor if x is not None else None for x in (value, low, high, step))
    if value is not None and value == 0.0:
        value = 0.0  # no negative zero
    return _new_mention(  # NumberMention's fields, in order
        a.start, a.end, text[a.start:a.end], value, low, high, unit, a.currency, per,
        q, b, qual_start if q else None, a.sign, step, a.words, reason,
    )


# Units that carry a scale: the value is given in their base unit
_SCALED_UNITS = {
    "kilotonnes": (1e3, "metric tons"), "megatonnes": (1e6, "metric tons"), "gigatonnes": (1e9, "metric tons"),
    "kilotonnes CO2e": (1e3, "metric tons CO2e"), "megatonnes CO2e": (1e6, "metric tons CO2e"),
    "gigatonnes CO2e": (1e9, "metric tons CO2e"),
    "megatonnes carbon": (1e6, "metric tons carbon"), "gigatonnes carbon": (1e9, "metric tons carbon"),
    "billion cubic meters": (1e9, "cubic meters"), "million cubic meters": (1e6, "cubic meters"),
    "trillion cubic meters": (1e12, "cubic meters"),
    "billion cubic feet": (1e9, "cubic feet"), "trillion cubic feet": (1e12, "cubic feet"),
    "million barrels per day": (1e6, "barrels per day"), "thousand barrels per day": (1e3, "barrels per day"),
    "thousand ounces": (1e3, "ounces"), "million ounces": (1e6, "ounces"),  # a gold miner's "koz", "Moz"
}


def _accounting_negative(text: str, a: "_Amt") -> bool:
    """A table cell that holds a plain number in parentheses and nothing else: "| (11.9) |",
    "   (11.9)   " in a table aligned with spaces (an accountant's way of writing -11.9); not
    where the lines above say what the brackets hold ("Estimates by district, thousand tonnes
    (2023 in brackets):")."""
    return (
        a.low is None and a.kind == "num" and not a.words and text[a.end : a.end + 1] == ")"
        and _CELL_OPENS.search(text, max(0, a.core_start - 9), a.core_start - 1) is not None
        and _CELL_CLOSES.match(text, a.end + 1) is not None
        and not _BRACKETS_EXPLAINED.search(text[max(0, a.start - 800) : a.start].rpartition("\n\n")[2])
    )


_BRACKETS_EXPLAINED = re.compile(r"\b(?:in|within)\s+(?:brackets|parenthes[ie]s)\b|\bbracketed\b", re.I)


def _scan(text: str, whole: bool = False) -> list[tuple[NumberMention, int, int]]:
    """Mentions plus their full extent (incl. qualifier / opener / rate / postfix)."""
    p = _Parser(text, whole)
    out: list[tuple[NumberMention, int, int]] = []
    pos = 0
    search = _Anchors(text, p.lower if p.lower_ok else None).search
    last_end = 0
    bounded: list[int] = []  # the mentions with a bound ("over", "at most"): the only ones _merge_bounds joins
    core_at, prefix, suffix = p.core_at, p.prefix, p._suffix
    while True:
        m = search(pos)
        if m is None:
            break
        a = core_at(m)
        if a is None:
            pos = m.end() if m.end() > m.start() else m.start() + 1
            continue
        if a.start < last_end:
            pos = max(m.end(), last_end)
            continue
        if not whole and _parenthesised_year(text, a):
            # what the steps below make of it, without them: a year alone (a third of the numbers
            # of a report that dates its figures), only a url, phone number or date comes first
            mention = _new_mention(a.start, a.end, text[a.start:a.end], a.value, None, None, None, None, None,
                                   None, None, None, None, a.step, False, p.mask_at(a) or "year")
            out.append((mention, a.start, a.end))
            last_end = pos = a.end
            continue
        if a.kind != "time":
            pre = prefix(a)
            suffix(a)
            if a.sign is None and text[a.core_start - 1 : a.core_start] == "(" and _accounting_negative(text, a):
                a.sign, a.value, a.plain = "-", -a.value, False  # "| (11.9) |": an accountant's negative
        else:
            pre = {}
        if a.start < last_end:  # prefix ran into the previous mention
            a.start = max(a.start, last_end)
        full_start = min(a.start, pre.get("qstart", a.start), pre.get("rstart", a.start)) if pre else a.start
        r = _try_range(p, a, pre)
        if r is not None:
            a = r
        elif pre.get("rng"):
            full_start = min(a.start, pre.get("qstart", a.start))
        end_full = a.end
        post_q = None
        qual_start = None
        if ("q" not in pre or pre["q"][0] == "approximate") and a.kind != "time":
            pq = _POSTFIX_AT.match(text, a.end) if _POSTFIX_NEXT_AT(text, a.end) else None
            if pq and not (pq.group("pq") == "+" and pq.start("pq") != a.end):
                post_q = _POSTFIX_QUALIFIERS[_BLANKS.sub(" ", pq.group("pq").lower())]
                qual_start = pq.start("pq")
                pre.pop("q", None)
                end_full = pq.end()
        per = None
        if a.unit in _GRADE_MASSES and (grade := _PER_T_AT.match(text, end_full)) is not None:
            per, end_full = "tonne", grade.end()  # "1.8 g/t": an ore grade, grams per tonne
        elif a.kind in ("num", "vague") and a.unit not in ("percent", "percentage points"):
            pr = _PER_AT.match(text, end_full) if _PER_POSSIBLE.match(text, end_full) else None
            if pr:
                per, per_end = _rate(pr, a, text)
                if per is not None and _TIME_AGO.match(text, per_end):
                    per = None  # "up from 19 a year earlier": a time ago, not a rate
                if per is not None:
                    end_full = per_end
                    again = _PER_AGAIN_AT.match(text, end_full) if pr.group("per") or pr.group("pn") else None
                    if again and not _TIME_AGO.match(text, again.end()):
                        second = _norm_per(again.group("per"))
                        if second != per and (again.group("slash") or again.group().split()[0].lower() == "per" or second in _A_PER_OK):
                            per = f"{per}/{second}"  # "2,300 litres per person per day", "€38/sq m/month"
                            end_full = again.end()
        if whole and a.kind == "num" and a.low is None and a.unit is None and a.currency is None:
            om = _OUT_OF_AT.match(text, a.end)
            if om:
                m2 = _ANCHOR.match(text, om.end())
                if m2 and m2.group("time") is None:
                    a2 = p.core_at(m2)
                    if a2:
                        p._suffix(a2)
                    if a2 and a2.value:
                        a.value = a.value / a2.value
                        a.step = None
                        a.end = end_full = a2.end
        if whole and a.words and a.unit is None and a.currency is None and text[a.core_start:a.core_end].lower() in ("half", "a half"):
            hm = _HALF_A_AT.match(text, a.end)
            if hm:
                a.end = hm.end()
                p._suffix(a)
                if a.unit is None and a.currency is None:
                    a.end = hm.start()
                end_full = a.end
        mention = _build(p, a, pre, post_q, qual_start, per)
        last_end = end_full if end_full > a.end else a.end
        if mention.bound is not None:
            bounded.append(len(out))
        out.append((mention, full_start, last_end))
        pos = last_end if last_end > m.start() else m.end()
    return _merge_bounds(text, out, bounded) if bounded else out


# "/t" alone is per tonne only after a small mass: a grade or dose ("g/t", "kg/t", "oz/t"); elsewhere
# a bare "t" after a slash is too often something else
_GRADE_MASSES = frozenset({"grams", "milligrams", "kilograms", "ounces"})
_PER_T_AT = re.compile(r"[ \t]*/[ \t]*t(?![^\W_]|[/.-]\w)")


_A_PER_OK = {"hour", "day", "week", "month", "year", "share", "head", "barrel", "ton", "tonne", "kilogram", "ounce", "troy ounce",
             "pound", "gallon", "liter", "dozen", "person", "capita", "unit", "quarter"}


def _rate(pr: re.Match, a: _Amt, text: str) -> tuple[str | None, int]:
    """What a rate after an amount is counted per, and where it ends: "per tonne" -> "tonne",
    "a month" -> "month", "per dose" -> "dose", "per cubic metre" -> "cubic meter", "per fishing
    day" -> "day", "to the dollar" -> "USD"; None when it is no rate."""
    word = _rate_word(pr, a)
    if word is not None and word[:1].isdigit():
        if not pr.group("kw") and _YEAR_AFTER_SLASH.fullmatch(word):
            return None, pr.end()  # "advisory 031/2025", "Law 12,709/2024": a document's number and year
        if word.isdigit() and (sized := _SIZED_NOUN_AT.match(text, pr.end())):
            # "KES 6,210 per 90-kilogram bag": per bag (of a stated size)
            return _norm_per(sized.group("noun")), sized.end()
    if word is not None and pr.group("pn") is not None:
        # "per fishing day", "per working hour": the last noun of a compound is the unit
        head = _PER_HEAD_AT.match(text, pr.end())
        if head:
            return _norm_per(head.group("per")), head.end()
        if (named := _PER_ACRONYM_AT.match(text, pr.end())) is not None:
            return named.group("acr"), named.end()  # "per forty-foot equivalent unit (FEU)": per FEU
    return word, pr.end()


_PER_ACRONYM_AT = re.compile(r"(?:[ \t]+[a-z][a-z-]*){0,3}[ \t]+\((?P<acr>[A-Z]{2,6})\)")


_YEAR_AFTER_SLASH = re.compile(r"(?:19|20)\d\d(?:[ \t]+[a-z]+)?")
_SIZED_NOUN_AT = re.compile(rf"-(?:[a-z]+|[a-z]+[ \t]+[a-z]+)[ \t]+(?P<noun>{_CONTAINERS})\b")
_PER_HEAD_AT = re.compile(r"[ \t]+(?P<per>(?i:hour|day|week|month|year|night|shift|trip|visit|season)s?)\b")


# a currency code before an amount ("ARD 50 billion"): read as money when the document declares it
_DECLARED_CODE_AT = re.compile(r"([A-Z]{3})[ \t]?(?=\d)")
# the other end of a range, after its first figure: "-17 billion", " to TND 27"
_RANGE_END_AT = re.compile(r"[ \t]*(?:[-–]|to)[ \t]*(?P<code>[A-Z]{3}[ \t]?)?\d[\d,]*(?:\.\d+)?")
_ONE_IN_NUMERATORS = frozenset(float(n) for n in range(1, 10))
_ONE_IN_AT = re.compile(r"[ \t]+in[ \t]+(?:every[ \t]+)?(?:(?P<num>[1-9]\d{0,2}(?:,\d{3})?)(?![\d,.])|(?P<words>[A-Za-z]+(?:[ -][A-Za-z]+)?))")


def _one_in(text: str, pos: int) -> tuple[float, int] | None:
    """(N, end) for "in N" / "in every N" after a figure ("one in twelve"), else None."""
    m = _ONE_IN_AT.match(text, pos)
    if m is None:
        return None
    if m.group("num"):
        return float(m.group("num").replace(",", "")), m.end()
    toks = nw.tokenize(m.group("words"), m.start("words"))
    wn = nw.parse_word_tokens(toks, 0) if toks else None
    if wn is None or wn.has_scale or wn.value < 2:
        return None
    return float(wn.value), wn.end


def _rate_word(pr: re.Match, a: _Amt) -> str | None:
    if pr.group("adv"):
        return _ADV_PER[_BLANKS.sub(" ", pr.group("adv").lower())]
    if pr.group("xcur") is not None:
        if pr.group("xkw") != "per" and a.currency is None:
            return None  # "2 to the dollar" without a currency is no exchange rate
        x = pr.group("xcur")
        if x == "US$":
            return "USD"  # "KES 129.2 per US$"
        if x.isupper():
            return U.currency_from_code(x) if x in U.CURRENCY_CODES else None
        return U.currency_from_word(x)
    kw = (pr.group("kw") or "").lower()
    if kw.startswith("for"):
        if (pr.group("per") or "")[:1].isdigit():
            return None  # "one nurse for every 40 patients": the 40 is a figure of its own
        kw = "per"  # "2.4 applicants for every vacancy": a rate, as "per vacancy" is
    if pr.group("pn") is not None:
        if kw != "per" and not (kw == "" and _unit_from_form(_BLANKS.sub(" ", pr.group("pn")))):
            return None  # "a", "each", "every" and "/" only before the known rate words (or "/" a unit: "/sq m")
        word = _BLANKS.sub(" ", pr.group("pn").lower())
        if word in U.PER_NOT_A_UNIT or word.endswith("ly"):
            return None  # "per the ministry", "per official estimates", "per cent"
        if word.endswith("s") and not word.endswith(("ss", "us", "is")):
            return None  # a plural after "per" is no unit ("per reports")
        code = U.currency_from_word(word)
        if code:
            return code  # "cents per dollar"
        if word in U.SCALE_WORDS and U.SCALE_WORDS[word] >= 100:
            return f"{int(U.SCALE_WORDS[word]):,}"  # "5 deaths per thousand" -> "1,000"
        unit = _unit_from_form(_BLANKS.sub(" ", pr.group("pn"))) or _unit_from_form(word)  # "per MW" as written
        if unit:
            return U.unit_singular(unit)  # "per cubic metre" -> "cubic meter"
        measured, _, rest = word.partition(" ")
        if measured in ("gross", "net", "deadweight", "dry", "wet") and rest and (unit := _unit_from_form(rest)):
            return f"{measured} {_norm_per(rest)}"  # "per gross tonne": a ship's tonnage, as written
        if " " in word:
            return None  # "per square" + a word that is no unit
        return pr.group("pn") if pr.group("pn").isupper() else word  # ("per TEU" as written)
    if pr.group("per").lower() in ("d", "l") and kw:
        return None  # "d" is a day and "l" a litre after a slash only ("boe/d", "mmol/L")
    per = _norm_per(pr.group("per"))
    if kw in ("a", "an") and per not in _A_PER_OK:
        return None
    return per


def _norm_per(s: str) -> str:
    s = _BLANKS.sub(" ", s.strip())
    low = s.lower()
    if low[:1].isdigit():
        return s
    low = {"hr": "hour", "yr": "year", "annum": "year", "bbl": "barrel", "kg": "kilogram", "lb": "pound",
           "litre": "liter", "km": "kilometer", "oz": "ounce"}.get(low.rstrip("s") if low not in ("bbls",) else "bbl", low)
    if low.endswith("s") and low not in ("capita",):
        low = low[:-1]
    return {"hr": "hour", "yr": "year", "annum": "year", "bbl": "barrel", "kg": "kilogram", "lb": "pound",
            "litre": "liter", "km": "kilometer", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "mmbtu": "MMBtu",
            "ha": "hectare", "d": "day", "l": "liter"}.get(low, low)


def _merge_bounds(text: str, items, bounded: list[int]):
    """'larger than 10 and smaller than 20' -> one range 10..20. ``bounded``: the indexes of the
    items with a bound, ascending (only an item with a bound merges with the next one)."""
    out = []
    done = 0  # items[:done] are in out
    for i in bounded:
        if i < done:
            continue  # merged into the item before
        m1, s1, e1 = items[i]
        if i + 1 < len(items) and m1.bound and m1.low is None:
            m2, s2, e2 = items[i + 1]
            if m2.bound and m2.low is None and m2.qualifier_start is not None and m2.qualifier_start >= m1.end:
                lower = {"gt", "ge"}
                if (m1.bound in lower) != (m2.bound in lower) and _BOUND_JOIN.search(text, e1, m2.qualifier_start) \
                        and m1.unit == m2.unit and m1.currency == m2.currency and m1.value is not None and m2.value is not None:
                    lo_m, hi_m = (m1, m2) if m1.bound in lower else (m2, m1)
                    if lo_m.value < hi_m.value:
                        lo, hi = lo_m.value, hi_m.value
                        merged = replace(m1, end=m2.end, text=text[m1.start:m2.end], value=(lo + hi) / 2, low=lo,
                                         high=hi, qualifier=None, bound=None, qualifier_start=None,
                                         step=_min_step(m1.step, m2.step), words=m1.words or m2.words)
                        out.extend(items[done:i])
                        out.append((merged, s1, e2))
                        done = i + 2
    if not done:
        return items
    out.extend(items[done:])
    return out


# ======================================================================================================
# Public API
# ======================================================================================================
def find_numbers(text: str) -> list[NumberMention]:
    """Every number in ``text``, in order of start offset, non-overlapping. Candidate claims have
    ``reason`` None; others carry a named reason (year, date, ordinal, identifier, legal_reference,
    list_number, section_number, page, time_of_day, url, phone_number, citation, document_reference,
    pronoun, compound, age, relative_time, idiom)."""
    mentions = [m for m, _, _ in _scan(text)]
    for i, m in enumerate(mentions):
        reason = m.reason
        if reason is None:
            # "Table 4-1", "Section 301-2": the second part of a reference is the reference too.
            start = m.start
            if i and start >= 1 and text[start - 1] in "-–." and mentions[i - 1].end == start - 1 \
                    and mentions[i - 1].reason in ("legal_reference", "document_reference", "identifier"):
                mentions[i] = replace(m, reason=mentions[i - 1].reason)
        elif reason == "legal_reference" and _DOC_PART_BEFORE.search(text, max(0, m.start - 16), m.start):
            mentions[i] = replace(m, reason="document_reference")
        if i and m.currency and mentions[i].reason is None and m.per is None and (
            (base := mentions[i - 1]).currency and base.value == 1 and base.low is None and base.reason is None
            and base.currency != m.currency and _EQUALS_BETWEEN.fullmatch(text, base.end, m.start)
        ):
            # "EUR 1 = ZMW 30.2": an exchange rate, ZMW per EUR; the "1" is what it is counted per
            mentions[i - 1] = replace(base, reason="rate_base")
            mentions[i] = replace(mentions[i], unit=f"{m.currency}/{base.currency}", per=base.currency)
        if m.reason == "rate_base" and m.currency and i + 1 < len(mentions) and (
            (share := mentions[i + 1]).currency or share.unit in ("pence", "cents")
        ) and share.per is None and share.reason is None and _EVERY_THEN_SHARE.fullmatch(text, m.end, share.start):
            mentions[i + 1] = replace(share, per=m.currency)  # "for every £1 raised, was 19p": pence per pound
        if i and m.reason == "rate_base" and m.currency and ((share := mentions[i - 1]).currency or share.unit in ("pence", "cents")) \
                and share.per is None \
                and share.reason is None and _SHARE_OF_EVERY.fullmatch(text, share.end, m.start):
            mentions[i - 1] = replace(share, per=m.currency)  # "81p of every £1": pence per pound
    return mentions


_EQUALS_BETWEEN = re.compile(r"\s*=\s*")
_PLURAL_NOUN_AT = re.compile(r"[ \t]+(?!(?:was|has|does|is|as|us|its|this|thus|plus|across)\b)[a-z]{2,}s\b")  # ("rated 5 suppliers": a count)
_NUMBERED_PERIOD_BEFORE = re.compile(r"(?<!\bof )(?<!\bend-)(?<!\bper )\b[Pp]eriods?[ \t]+\Z")
_RATED_BEFORE = re.compile(r"\b(?:[Rr]ated|[Rr]atings?\s+of)\s+(?:\d{1,2}\s+(?:or|and|to)\s+)?\Z")
_EVERY_BEFORE = re.compile(r"\b(?i:every|each)[ \t]+\Z")
_EVERY_THEN_SHARE = re.compile(r"[^.;:\d]{0,80}?,\s*(?:was|is|were|are|stood\s+at|came\s+to)\s+(?:(?:about|around|just)\s+)?", re.I)
_SHARE_OF_EVERY = re.compile(r"[ \t]+(?:of|for|in|out[ \t]+of)[ \t]+(?:every|each)[ \t]+", re.I)


_COLUMNS_AT = re.compile(r"[ \t]+(?:data[ \t]+)?(?:columns|rows)\b", re.I)
_FIRST_LAST_BEFORE = re.compile(r"\b(?i:first|last|other)[ \t]+\Z")
_DOC_PART_BEFORE = re.compile(
    r"\b(?i:tables?|figures?|figs?\.|charts?|exhibits?|appendix|appendices|box|footnotes?|endnotes?|"
    r"notes?|map|graph|version|phase|tier|levels?|categor(?:y|ies)|cat\.|scopes?|grades?|stage|parts?|volume|vol\.|issue)[ \t]*\Z"
)


def parse_number(text: str) -> NumberMention | None:
    """Parse a single expression (the whole string is one number expression, possibly with a
    qualifier), or None if it is not one. Offsets refer to ``text``."""
    items = _scan(text, whole=True)
    am = _ARTICLE_START.match(text)
    if am and (not items or items[0][1] > am.start(1)):
        # "a dollar", "an ounce": read the article as the number 1 (same length keeps offsets)
        one = "1" + " " * (am.end(1) - am.start(1) - 1)
        alt = _scan(text[:am.start(1)] + one + text[am.end(1):], whole=True)
        if alt and alt[0][0].start == am.start(1) and (alt[0][0].unit or alt[0][0].currency):
            m0, s0, e0 = alt[0]
            items = [(replace(m0, text=text[m0.start:m0.end], words=True, step=None), s0, e0)] + alt[1:]
    if not items:
        return None
    # the mention covering most of the input; everything else must be blank or punctuation
    best = max(items, key=lambda t: t[2] - t[1])
    m, s, e = best
    rest = text[:s] + text[e:]
    if re.search(r"[A-Za-z0-9]", rest):
        return None
    return m


_ARTICLE_START = re.compile(r"\s*(?:\S+\s+)??(an?)\s+(?=[A-Za-z])", re.I)


def _fmt(v: float) -> str:
    if v == int(v) and abs(v) < 1e18:
        return str(int(v))
    r = repr(v)
    if "e" in r or "E" in r:
        r = format(Decimal(r), "f")
    return r


_CANONICAL_UNIT_FORM = {"pounds": "lb"}  # "pounds" alone may be money
_BOUND_WORD = {"gt": "over", "ge": "at least", "lt": "under", "le": "up to"}


def canonical_text(m: NumberMention) -> str:
    """A canonical written form that ``parse_number`` re-parses to the same value/low/high/unit/currency."""
    def amount(v: float) -> str:
        s = _fmt(abs(v))
        sign = "-" if v < 0 else ""
        if m.currency:
            return f"{sign}{m.currency} {s}"
        return f"{sign}{s}"

    if m.low is not None and m.high is not None:
        body = f"between {amount(m.low)} and {amount(m.high)}"
    else:
        body = amount(m.value if m.value is not None else 0.0)
    if m.unit == "percent":
        body += "%"
    elif m.unit:
        body += " " + _CANONICAL_UNIT_FORM.get(m.unit, m.unit)
    if m.per:
        body += " per " + m.per
    if m.bound:
        body = _BOUND_WORD[m.bound] + " " + body
    elif m.qualifier == "approximate" and m.low is None:
        body = "about " + body
    return body
