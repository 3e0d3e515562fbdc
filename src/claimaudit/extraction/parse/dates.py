"""Absolute date expressions in English prose (pure Python, no spaCy).

``find_dates(text)`` returns every absolute date expression in ``text``: full dates
(``June 17, 2025``, ``17 June 2025``, ``2025-06-17``, ``6/17/2025``), months
(``March 2025``, ``2025-03``), years (``2024``, ``FY2026``), quarters and halves
(``Q3 2016``, ``first half of 2025``), decades (``the 1990s``), ranges
(``2025–2027``, ``June 28–29, 2025``, ``2014 through May 2018``, ``2025/26``) and
bounds or positions anchored on them (``since 2020``, ``by 2027``, ``mid-2025``,
``end of 2012``). Relative expressions (``today``, ``last year``, ``next May``) are
never returned.

Output conventions follow ``shared/conformance/README.md`` (dates section):

* ``year``/``month``/``day`` are the start of the expression; fields finer than the
  text states are ``None``.
* ranges (including quarters, halves, decades and ``2025/26``) have granularity
  ``"range"`` and an inclusive ``end_date``; each endpoint keeps its own written
  precision (``2014 through May 2018`` -> ``2014/2018-05``).
* ``mod`` vocabulary: ``start``/``mid``/``end`` (beginning/early, mid/middle, end/late)
  and the bounds ``before``/``after``/``since``/``until``. Mapping of bound words
  (chosen to agree with the Recognizers-Text conformance data):

  ====================================================  =========
  before, prior to, earlier than, sooner than, until,   ``before``
  till, up until, no later than, ending with
  after, later than, greater than, more recent than     ``after``
  since, starting (on/from/in), beginning in, on or     ``since``
  after, after or equal to, later than or at/in,
  ``X or later``, ``X and after``, ``X onward(s)``
  by, through, thru, on or before, before or on/in,     ``until``
  on or earlier than, ``X or earlier``
  ====================================================  =========

  When both a bound and a position word apply (``by mid-2025``) the bound wins; the
  span covers both words.
* anchored offsets (``2 weeks before May 13 1999``, ``16 days from 01/02/2018``)
  resolve to a day (granularity ``day``, no mod).
* numeric dates: ``6/17/2025`` is month-first unless ``day_first=True``; a reading
  that is impossible (``13/03/2014``) flips; ``17.06.2025`` (dots) is day-first;
  ISO ``2025-06-17`` is always year-month-day. Two-digit tails: ``2025/26``,
  ``2024-25``, ``2010–11`` are year ranges, but ``2010-11`` (hyphen, valid month) is
  ISO year-month, so every ``iso`` we emit re-parses to the same value
  (``2016-07/2016-09`` is read as an ISO interval).
* ``fiscal`` is set for ``FY2026``/``FY26``/``fiscal year 2025``; the year is the
  fiscal year's number (no shift to the calendar months it covers).
* a bare year (1800-2100 only) is dropped when it reads as an amount or an identifier:
  after a currency sign/code, ``No.``, ``Resolution``, ``H.R.``, ``Section`` ...;
  before ``%``, a scale word (``million``) or a unit (``tons``, ``km``, ``people`` ...,
  unless a date preposition such as ``in``/``since`` precedes); glued to letters or
  digits (``IF11175``, ``2,024``, ``3.2024``).

Performance: every regex quantifier run over a document is bounded, so matching at one position costs a
bounded amount of work. Every returned expression contains an anchor (a 4-digit year
1800-2100 or ``FY26``) and starts at most ``_LOOKBACK`` characters before it, within a
run of date words; the master regex is tried only at word starts in that run (usually
just the anchor). A scan is therefore linear in the input length, and the anchor scan
itself uses a leading character class that the regex engine skips to quickly.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .frozen import maker

__all__ = ["DateMention", "find_dates", "parse_date", "date_sort_key", "latest_point"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """One absolute date expression found in a text.

    start/end/text: the span as written (including bound/position words such as
    "since", "mid-"). year/month/day: the start; finer fields than written are None.
    granularity: "year" | "month" | "day" | "range". end_date: inclusive end of a range
    at its own written precision, else None. mod: "start" | "mid" | "end" | "before" |
    "after" | "since" | "until" | None. iso: "2025", "2025-03", "2025-06-17" or
    "start/end". fiscal: written as a fiscal year (FY2026).
    """

    start: int
    end: int
    text: str
    year: int | None
    month: int | None
    day: int | None
    granularity: str  # "year" | "month" | "day" | "range"
    end_date: tuple[int, int | None, int | None] | None
    mod: str | None
    iso: str
    fiscal: bool = False


_new_date = maker(DateMention)  # DateMention(...) for every date of every text, faster


# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------

#: the months' names in full, as a regex alternation (each written with its capital)
MONTH_NAMES = r"January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_NUM = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_WEEKDAYS = {
    "mon", "monday", "tue", "tues", "tuesday", "wed", "weds", "wednesday", "thu",
    "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday",
}
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_UNITS_ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
_TEENS_ORD = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
              "sixteenth", "seventeenth", "eighteenth", "nineteenth"]


def _day_words() -> dict[str, int]:
    words: dict[str, int] = {}
    for i, (c, o) in enumerate(zip(_UNITS, _UNITS_ORD), start=1):
        words[c] = words[o] = i
        words[f"twenty {c}"] = words[f"twenty {o}"] = 20 + i
    for i, (c, o) in enumerate(zip(_TEENS, _TEENS_ORD), start=10):
        words[c] = words[o] = i
    words.update({"twenty": 20, "twentieth": 20, "thirty": 30, "thirtieth": 30,
                  "thirty one": 31, "thirty first": 31})
    return words


_DAY_WORDS = _day_words()
_SMALL_NUMBERS = {"a": 1, "an": 1, **{w: n for w, n in _DAY_WORDS.items() if " " not in w and n <= 12}}

# ---------------------------------------------------------------------------
# Regex pieces. Every quantifier is bounded ({m,n}, ?), so matching from any start
# position does a bounded amount of work.
# ---------------------------------------------------------------------------

# Gaps between the words of one expression: spaces/tabs, or one line break (wrapped text),
# never a blank line (a paragraph or table-cell boundary).
_S = r"(?:[^\S\n]{1,3}|[^\S\n]{0,2}\n[^\S\n]{0,2})"  # required gap
_S0 = r"[^\S\n]{0,2}\n?[^\S\n]{0,2}"  # optional gap

# A month name, not glued to a preceding/following letter; optional period.
MONTH = (
    r"(?<![^\W\d_])"
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
    r"(?![^\W\d_])\.?"
)
WEEKDAY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)(?![^\W\d_])\.?"
)
# A 4-digit year 1800-2100 that is not glued to a word, a currency sign or a number
# ("IF11175", "$2024", "1,2024", "3.2024").
YEAR_DIGITS = r"(?:1[89]\d\d|20\d\d|2100)(?!\d)"
YEAR = r"(?<![\w$€£¥₩₹])(?<!\d[.,])" + YEAR_DIGITS
# A day of month as digits, optionally ordinal ("04th", "1st"); not part of a number
# such as "6,107.31".
DAYNUM_GLUED = r"(?<![\w.,])(?<!\d[.,])(?:0?[1-9]|[12]\d|3[01])(?!\d)(?:st|nd|rd|th)?"  # "14april 2015"
DAYNUM = DAYNUM_GLUED + r"(?![^\W\d_])"
_U = "|".join(_UNITS)
_UO = "|".join(_UNITS_ORD)
DAYWORD_ORD = (
    rf"\b(?:twenty(?:\s|-)?(?:{_UO})|thirty(?:\s|-)?first|twentieth|thirtieth"
    rf"|{'|'.join(_TEENS_ORD)}|{_UO})\b"
)
DAYWORD_ANY = (
    rf"\b(?:twenty(?:\s|-)?(?:{_UO}|{_U})|thirty(?:\s|-)?(?:first|one)|twentieth|thirtieth"
    rf"|{'|'.join(_TEENS_ORD)}|{'|'.join(_TEENS)}|twenty|thirty|{_UO}|{_U})\b"
)
_WD = rf"(?:{WEEKDAY}\s{{0,2}},?{_S})?"  # optional leading weekday
_THE = rf"(?:the{_S})?"
# Glue between the day/month part and the year: "17, 2025", "july of 1995", "june in 2020".
_TO_YEAR = rf"(?:{_S0},{_S0}|{_S}of{_S}|{_S}in{_S}|{_S}|[-/])"
_ORDQ = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|last|final)"

# Numeric pieces of separator forms: a 1-2 digit number or a month name.
_X = rf"(?:(?<!\d)\d{{1,2}}(?!\d)|{MONTH})"
_XN = r"(?<![\d.,])\d{1,2}(?!\d)"  # numeric only


def _sep_forms() -> list[str]:
    """Separator forms: 2025-06-17, 6/17/2025, 17.06.2025, Dec/2018, 2019-aug-1, 2015-3."""
    out = []
    for sep in ("-", "/"):
        s = re.escape(sep)
        out += [
            rf"{YEAR}{s}{_X}{s}{_X}(?![\w/-]\d)",  # Y-M-D, 2020/Sep/23, 2020/23/Sep
            rf"{_X}{s}{_X}{s}{YEAR}",  # M/D/Y, D/M/Y, 23/Sep/2020, Sep-23-2020
            rf"{_X}{s}{YEAR}{s}{_X}",  # September-2020-23 (month name required)
        ]
    out += [
        rf"{YEAR}\.\d{{1,2}}\.\d{{1,2}}(?![\d])",  # 2015.5.13
        rf"{_XN}\.\d{{1,2}}\.{YEAR_DIGITS}",  # 17.06.2025 (day first)
        rf"{_XN}/\d{{1,2}},{_S0}{YEAR}",  # 5/7, 2020
        rf"{YEAR} \d{{1,2}} \d{{1,2}}(?!\d|[.,]\d)",  # 2016 10 16
        rf"{_XN} \d{{1,2}} {YEAR}",  # 31 10 1974
    ]
    for sep in ("-", "/"):
        s = re.escape(sep)
        out += [
            rf"{YEAR}{s}{_X}(?![\w/.-]?\d)",  # 2015-3, 2016/11, Dec: 2019-12, fiscal 2025/26
            rf"{_X}{s}{YEAR}",  # 3/2015, 11-2016, Dec-2018
        ]
    out.append(rf"{YEAR}[–—]\d{{2}}(?!\d)")  # 2025–26 (fiscal-style)
    return out


# Kind name -> pattern. Order matters: at one start position the first alternative
# that matches wins, so longer / more specific forms come first.
_SINGLE_FORMS: list[tuple[str, str]] = [
    ("fiscal", rf"(?<![\w])(?:FY|FFY|fiscal{_S}year|fiscal){_S0}['’]?(?:{YEAR_DIGITS}|\d{{2}}(?!\d))"
               rf"(?:{_S0}[-–—/]{_S0}(?:FY{_S0})?(?:(?:1[89]|20)\d\d|\d{{2}})(?!\d))?"),
    ("quarter", rf"(?<![\w])[QH][1-4](?:{_S0}[-/]?{_S0}|{_S}of{_S}){YEAR}"),
    ("quarter", rf"(?<![\w])(?:Quarter|Qtr\.?){_S}[1-4](?:{_S0},{_S0}|{_S}|{_S}of{_S}){YEAR}"),  # Quarter 1 2025
    # ISO 8601 interval, as our own ``iso`` writes ranges: 2025/2027, 2016-07/2016-09
    ("interval", rf"{YEAR}(?:-\d\d(?:-\d\d)?)?/{YEAR_DIGITS}(?:-\d\d(?:-\d\d)?)?(?![\d/])"),
    ("quarter", rf"{YEAR}{_S0}[-/]?{_S0}[QH][1-4](?!\w)"),
    # the trade's short form: "1Q25", "2H24", "3Q2025"
    ("quarter", rf"(?<![\w.,])(?:[1-4]Q|[12]H){_S0}(?:(?:19|20)\d\d|\d\d)(?!\w)"),
    ("quarter", rf"{_THE}{_ORDQ}{_S}(?:calendar{_S})?(?:quarter|qtr\.?|half)(?:{_S}of|{_S0},)?{_S}"
                rf"(?:(?:the{_S})?(?:calendar{_S})?year{_S})?{YEAR}"),
    ("decade", rf"the{_S}{YEAR}\s?['’]?s(?![^\W\d_])"),  # the 1990s
    *(("numeric", p) for p in _sep_forms()),
    ("text", rf"{_WD}{MONTH}(?:{_S0}|[-/]){_THE}(?:{DAYNUM}|{DAYWORD_ANY}){_TO_YEAR}{YEAR}"),
    ("text", rf"{_WD}{_THE}(?:{DAYNUM_GLUED}|{DAYWORD_ORD})(?:{_S}day)?(?:{_S}of{_S}|{_S0}[-/.]?{_S0})"
             rf"{MONTH}{_TO_YEAR}{YEAR}"),
    ("text", rf"{MONTH}{_TO_YEAR}{YEAR}"),  # March 2025, Dec/2018, April of 1987
    ("text", rf"{YEAR}(?:{_S0},{_S0}|{_S}){MONTH}"),  # 2017 april, 2016, nov
    ("year", rf"{_THE}(?:calendar{_S})?year{_S}(?:of{_S})?{YEAR}"),  # the year 2008
    ("decade", rf"{YEAR}\s?['’]?s(?![^\W\d_])"),  # 1990s, 1970's, 1990 s
    ("year", rf"{YEAR}(?:{_S0}(?:A\.D\.|AD|CE|C\.E\.)(?![^\W\d_]))?"),  # 2024, 2014 AD
]

# Year-less pieces that can open a range ("Nov 18–Dec 19, 2015", "5/1-5/7/2020").
_PARTIAL_FORMS: list[tuple[str, str]] = [
    ("p_md", rf"{MONTH}{_S0}{_THE}(?:{DAYNUM}|{DAYWORD_ORD})"),
    ("p_dm", rf"{_THE}(?:{DAYNUM}|{DAYWORD_ORD})(?:{_S}of)?(?:{_S}|-){MONTH}"),
    ("p_num", rf"{_XN}/\d{{1,2}}(?![\d/])"),
    ("p_q", r"(?<![\w])[QH][1-4](?!\w)"),
    ("p_m", MONTH),
]


def _single_alternation(prefix: str | None) -> str:
    """All single forms as one alternation.

    Forms that start with a 4-digit year share one YEAR prefix, ``YEAR(?:tail|tail|...)``, so
    at a year the prefix is matched once instead of once per form (the main cost of a scan).
    With a prefix, form i is captured as <prefix>o<i>, or as <prefix>y (the whole text) with
    <prefix>t<i> (its tail) for year-first forms.
    """

    def grp(name: str, body: str) -> str:
        return f"(?P<{prefix}{name}>{body})" if prefix else f"(?:{body})"

    others, tails = [], []
    for i, (_, pat) in enumerate(_SINGLE_FORMS):
        if pat.startswith(YEAR):
            tails.append(grp(f"t{i}", pat[len(YEAR):]))
        else:
            others.append(grp(f"o{i}", pat))
    # No "other" form can match where a 4-digit year starts, so the year-first group can go
    # first: at a year (the usual case) none of the other forms is even tried.
    return "(?:" + "|".join([grp("y", YEAR + "(?:" + "|".join(tails) + ")"), *others]) + ")"


_SINGLE_ANY = _single_alternation(None)

_PARTIAL_ANY = "(?:" + "|".join(p for _, p in _PARTIAL_FORMS) + ")"
_CONN_TO = rf"(?:{_S0}[-–—~‒―]{_S0}|{_S}(?:to|through|thru|till|until|til){_S}{_THE})"
_CONN_AND = rf"(?:{_S}and{_S}{_THE})"

_N_FORMS = len(_SINGLE_FORMS)
_MASTER_PARTS = [
    # June 28–29, 2025 / 4-22 January, 1995 (day ranges inside one month)
    rf"(?P<dayrange>(?:{MONTH}{_S0}(?P<d1>{DAYNUM}){_CONN_TO}(?P<d2>{DAYNUM})(?:{_S0},{_S0}|{_S}){YEAR})"
    rf"|(?:(?P<d3>{DAYNUM}){_CONN_TO}(?P<d4>{DAYNUM}){_S}{MONTH}{_TO_YEAR}{YEAR}))",
    # [between|from] LEFT [CONN RIGHT]: one pass over the single forms, with an optional range
    # tail. LEFT is a single form (groups s*, see _single_alternation) or a year-less opener;
    # "and" is a connector only after "between"; a bare day opens a range only after
    # between/from (both checked in _build).
    rf"(?:(?P<pre>between|from){_S}{_THE})?"
    rf"(?:{_single_alternation('s')}|(?P<part>{_PARTIAL_ANY}|{DAYNUM}))"
    rf"(?:(?P<conn>{_CONN_AND}|{_CONN_TO}){_single_alternation('r')})?",
]
_FLAGS = re.IGNORECASE
_MASTER = re.compile(r"\b(?:" + "|".join(_MASTER_PARTS) + ")", _FLAGS)
@lru_cache(maxsize=None)
def _form_at(i: int) -> re.Pattern[str]:
    """Single form i alone, for the rare fallbacks: compiled when first needed (compiling all of
    them took a fifth of the module's import)."""
    return re.compile(_SINGLE_FORMS[i][1], _FLAGS)


def _form_groups(prefix: str) -> list[tuple[int, int, str]]:
    """(group number to test, form index, name of the group holding the form's text)."""
    out = []
    for i, (_, pat) in enumerate(_SINGLE_FORMS):
        if pat.startswith(YEAR):
            out.append((_MASTER.groupindex[f"{prefix}t{i}"], i, f"{prefix}y"))
        else:
            out.append((_MASTER.groupindex[f"{prefix}o{i}"], i, f"{prefix}o{i}"))
    # Only one form takes part in a match, so the scan order is free: most frequent first.
    return sorted(out, key=lambda t: (t[2] != f"{prefix}y", -t[1]))


_LEFT_GROUPS = _form_groups("s")
_RIGHT_GROUPS = _form_groups("r")
# The group that closes last (``lastindex``) names the form at once when it is the form's own group:
# the left form of a match without a range (or the year-less opener "part"), the right form of a
# range. A year-first form closes inside "sy"/"ry", which the loop then resolves.
_LEFT_BY_LAST = {gi: (i, name) for gi, i, name in _LEFT_GROUPS if name != "sy"} | {_MASTER.groupindex["part"]: (-1, "part")}
_RIGHT_BY_LAST = {gi: (i, name) for gi, i, name in _RIGHT_GROUPS if name != "ry"}


def _form_index(m: re.Match[str], groups: list[tuple[int, int, str]], by_last: dict) -> tuple[int, str]:
    """(form index, text group name) of the single form that took part in the match."""
    hit = by_last.get(m.lastindex)
    if hit is not None:
        return hit
    start = m.start  # (not ``m.regs``: that builds a tuple for each of the master's 68 groups)
    for gi, i, name in groups:
        if start(gi) >= 0:
            return i, name
    return -1, "part"


_PARTIAL_RES = [(k, re.compile(p, _FLAGS)) for k, p in _PARTIAL_FORMS]
_DAYNUM_RE = re.compile(DAYNUM, _FLAGS)

# Anchors: every returned expression contains one. Windows around them are scanned.
# The leading character class lets the regex engine skip quickly to candidate positions; the
# "not preceded by a digit / letter" test is done in find_dates.
_ANCHOR = re.compile(
    r"[12Ff](?:(?<=1)[89]\d\d|(?<=2)(?:0\d\d|100)|(?<=[Ff])[Yy]\s?['’]?\d\d(?:\d\d)?)(?!\d)"
    r"|[1-4][QH]\s?\d\d(?:\d\d)?(?!\w)"  # ("2Q25": a quarter's short form carries its year)
)
_LOOKBACK = 48
# Word starts where a date expression can begin (first letters of every form above).
_START = re.compile(
    r"\b(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun"
    r"|the\b|between\b|from\b|ff?y|fiscal\b|calendar\b|year\b|[qh][1-4]|quarter\b|qtr\b"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twent|thirt"
    r"|last\b|final\b)",
    _FLAGS,
)

# --- context checks ---------------------------------------------------------
# Words before an anchor date (searched at the end of a short window).
_POS_PREFIX = re.compile(
    r"(?:(?:at|in|from|around|toward|towards)\s{1,3})?(?:the\s{1,3})?"
    r"(?P<w>beginning|start|end|middle|close)\s{1,3}of\s{1,3}(?:the\s{1,3})?$"
    r"|\b(?P<w2>early|mid|middle|late)(?:\s{1,3}|\s{0,2}[-–]\s{0,2})$|\b(?P<w3>end)\s{0,2}[-–]\s{0,2}$",
    _FLAGS,
)
_BOUND_PREFIX = re.compile(
    r"\b(?P<b>"
    r"no\s{1,3}later\s{1,3}than|not\s{1,3}later\s{1,3}than"
    r"|later\s{1,3}than\s{1,3}or\s{1,3}(?:at|in|on)|after\s{1,3}or\s{1,3}(?:equal\s{1,3}to|at|in|on)"
    r"|on\s{1,3}or\s{1,3}after|in\s{1,3}or\s{1,3}after"
    r"|before\s{1,3}or\s{1,3}(?:on|in|at)|on\s{1,3}or\s{1,3}(?:before|earlier\s{1,3}than)"
    r"|in\s{1,3}or\s{1,3}before"
    r"|(?:anytime\s{1,3}|sometimes?\s{1,3}|some\s{1,3}time\s{1,3})?(?:after|before)"
    r"|later\s{1,3}than|earlier\s{1,3}than|sooner\s{1,3}than|greater\s{1,3}than|more\s{1,3}recent\s{1,3}than"
    r"|prior\s{1,3}to|up\s{1,3}until|until|till|ending\s{1,3}with"
    r"|since|ever\s{1,3}since|starting(?:\s{1,3}(?:on|from|in|at))?|beginning\s{1,3}(?:on|in|from)"
    r"|by|through|thru"
    r")\s{1,3}$",
    _FLAGS,
)
_BOUND_MOD = [
    (re.compile(r"^(?:no|not)\b|^(?:\w+\s+)?before$|^prior|^earlier|^sooner|^until|^till|^up\s+until|^ending", _FLAGS), "before"),
    (re.compile(r"^(?:later\s+than\s+or|after\s+or|on\s+or\s+after|in\s+or\s+after|since|ever|starting|beginning)", _FLAGS), "since"),
    (re.compile(r"^(?:\w+\s+)?after$|^later|^greater|^more", _FLAGS), "after"),
    (re.compile(r"^(?:by|through|thru|before\s+or|on\s+or|in\s+or\s+before)", _FLAGS), "until"),
]
_BOUND_SUFFIX = re.compile(
    r"(?:\s{1,3}(?P<since>(?:or|and)\s{1,3}(?:later|after|greater|beyond|thereafter)|(?:and\s{1,3})?onwards?)"
    r"|\s{1,3}(?P<until>(?:or|and)\s{1,3}(?:earlier|before|prior)))"
    r"(?!\s{0,3}[\w(])",
    _FLAGS,
)
_OFFSET_PREFIX = re.compile(
    r"(?<![\w,.])(?:in\s{1,3})?(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s{1,3}(?P<u>day|week|month|year)s?\s{1,3}(?P<d>before|after|from|since|prior\s{1,3}to)\s{1,3}$",
    _FLAGS,
)
_NOT_OFFSET = re.compile(r"\b(?:the|those|these|past|next|last|first|over|within|for)\s{1,3}$", _FLAGS)
# Bare years that are quantities or identifiers ("$2024", "Resolution 2397", "H.R. 2024").
_QTY_SIGNS = frozenset("$€£¥₩₹#§")
_QTY_WORDS = frozenset({
    "resolution", "number", "section", "article", "chapter", "page", "form", "rule", "item", "figure",
    "table", "appendix", "volume", "issue", "route", "flight", "model", "code", "iso", "room", "suite",
    "usd", "eur", "gbp", "jpy", "cny", "rmb", "krw", "inr", "rs", "res.", "no.", "nos.", "num.", "h.r.",
    "h.res.", "p.l.", "pub.l.", "sec.", "art.", "ch.", "p.", "pp.", "e.o.", "fig.", "vol.", "ext.", "s.", "rs.",
})
_DATE_PREPS = frozenset({"in", "during", "since", "by", "until", "till", "before", "after", "from", "through",
                         "of", "around", "circa", "year", "for"})
# What follows a bare year: a sign/number continuation, or the next word (looked up in sets,
# which is much cheaper than a long regex alternation).
_AFTER_YEAR = re.compile(r"[ \t\u00a0]{0,2}(?P<sym>%|[.,]\d|[x×]\d)|(?P<sp>[ \t\u00a0]{0,2})(?P<w>[^\W\d_]+)")
_SCALE_WORDS = frozenset({
    "percent", "per", "pct", "thousand", "million", "billion", "trillion", "bn", "mn", "mln", "k", "m", "b",
})
_UNIT_WORDS = frozenset("""
    ton tons tonne tonnes kg kilogram kilograms lb lbs pounds ounces oz km kilometer kilometers kilometre
    kilometres mi mile miles meter meters metre metres ft feet acre acres hectare hectares ha sq square cubic
    barrel barrels bbl gallon gallons liter liters litre litres mw gw kw kwh mwh gwh twh people persons
    individuals workers troops soldiers students children employees members units vehicles cars ships vessels
    aircraft companies firms households cases deaths votes jobs dollars euros yuan won rubles rupees yen usd
    eur tokens shares hours hrs minutes calories kcal points bps basis
""".split())
# Words allowed around a whole-string date in parse_date.
_FILLER = re.compile(
    r"(?:\s|[,.;:()\[\]]|\b(?:in|on|at|during|the|of|for|sometimes?|anytime|around|circa|about|year|date)\b)*",
    _FLAGS,
)

# ---------------------------------------------------------------------------
# Parsing helpers
# ---------------------------------------------------------------------------

_FOUR_DIGITS = re.compile(r"\d{4}")
_LOWER_VERB_AFTER_YEAR = re.compile(r"\d{4}\W{0,4}(?:may|march)\b")  # case-sensitive
_TOKEN = re.compile(r"\d+(?:st|nd|rd|th)?|[^\W\d_]+", _FLAGS)
_IGNORED = {"the", "of", "in", "day", "a", "d", "ad", "c", "ce", "year", "calendar", "on"} | _WEEKDAYS


def _valid(y: int, m: int | None, d: int | None) -> bool:
    if m is None:
        return d is None
    if not 1 <= m <= 12:
        return False
    return d is None or 1 <= d <= calendar.monthrange(y, m)[1]


def _month_of(tok: str) -> int | None:
    return _MONTH_NUM.get(tok.lower().rstrip("."))


_Point = tuple[int | None, int | None, int | None]


class _Val:
    """Intermediate value: start point, optional inclusive end point."""

    __slots__ = ("start", "end", "fiscal", "kind")

    def __init__(self, start: _Point, end: _Point | None = None, fiscal: bool = False, kind: str = ""):
        self.start, self.end, self.fiscal, self.kind = start, end, fiscal, kind


def _parse_text(text: str) -> _Val | None:
    """Textual and mixed forms: find year, month name and day among the tokens."""
    year = month = day = None
    words: list[str] = []
    for tok in _TOKEN.findall(text):
        low = tok.lower()
        if tok.isdigit() and len(tok) == 4:
            if year is not None:
                return None
            year = int(tok)
        elif tok[0].isdigit():
            if day is not None:
                return None
            day = int(re.match(r"\d+", tok).group())
        elif (mn := _month_of(low)) is not None and month is None and low not in ("sun",):
            month = mn
        elif low not in _IGNORED:
            words.append(low)
    if words:
        if day is not None:
            return None
        day = _DAY_WORDS.get(" ".join(words))
        if day is None:
            return None
    if year is None or (day is not None and month is None):
        return None
    if _LOWER_VERB_AFTER_YEAR.search(text):  # "data for 2025 may change"
        return None
    return _Val((year, month, day)) if _valid(year, month, day) else None


def _parse_numeric(text: str, day_first: bool) -> _Val | None:
    """Separator forms: classify tokens into year, month name and numbers."""
    toks = _TOKEN.findall(text)
    yi = [i for i, t in enumerate(toks) if t.isdigit() and len(t) == 4]
    if len(yi) != 1:
        return None
    y = int(toks[yi[0]])
    names = [(_month_of(t), i) for i, t in enumerate(toks) if not t[0].isdigit()]
    nums = [(int(t), i) for i, t in enumerate(toks) if t.isdigit() and len(t) <= 2]
    if any(n is None for n, _ in names):
        return None
    if names:
        if len(names) != 1 or len(nums) > 1:
            return None
        m = names[0][0]
        d = nums[0][0] if nums else None
        return _Val((y, m, d)) if _valid(y, m, d) else None
    if len(nums) == 1:
        n, raw = nums[0][0], toks[nums[0][1]]
        if yi[0] == 0:  # year first: 2015-3, 2016/11, or fiscal-style 2025/26
            # "2025/26", "2024-25", "2010–11" are fiscal-style year ranges; "2010-11" with a
            # hyphen and a valid month is ISO year-month (our own iso output re-parses).
            hyphen_month = "-" in text and 1 <= n <= 12
            if len(raw) == 2 and not hyphen_month and (n == (y + 1) % 100 or (n > 12 and n > y % 100)):
                end = y - y % 100 + n
                return _Val((y, None, None), (end, None, None))
            if "–" in text or "—" in text:
                return None
        return _Val((y, n, None)) if _valid(y, n, None) else None
    if len(nums) != 2:
        return None
    (a, _), (b, _) = nums
    if yi[0] == 0:
        m, d = a, b
    elif yi[0] == 2:
        dot = "." in text
        m, d = (b, a) if (day_first or dot) else (a, b)
    else:
        return None
    if not _valid(y, m, d) and _valid(y, d, m):
        m, d = d, m
    return _Val((y, m, d)) if _valid(y, m, d) else None


_ORD_Q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _parse_quarter(text: str) -> _Val | None:
    low = text.lower()
    if short := _SHORT_QUARTER.fullmatch(low):
        n, y = int(short.group(1)), int(short.group(3))
        size = 6 if short.group(2) == "h" else 3
        y = y + 2000 if y < 100 else y
        return _Val((y, (n - 1) * size + 1, None), (y, n * size, None))
    y = int(re.search(r"(?<!\d)\d{4}(?!\d)", low).group())
    half = bool(re.search(r"half|(?<![a-z])h[12]", low))
    m = re.search(r"(?<![a-z])(?:[qh]|quarter\s+|qtr\.?\s+)([1-4])(?!\d)", low)
    if m:
        n = int(m.group(1))
    else:
        w = re.search(r"first|second|third|fourth|1st|2nd|3rd|4th|last|final", low).group()
        n = _ORD_Q.get(w, 2 if half else 4)
    size = 6 if half else 3
    if n * size > 12:
        return None
    return _Val((y, (n - 1) * size + 1, None), (y, n * size, None))


_SHORT_QUARTER = re.compile(r"([1-4])([qh])\s?(\d{2}|\d{4})")


def _parse_fiscal(text: str) -> _Val | None:
    nums = re.findall(r"\d+", text)
    years = []
    for s in nums:
        n = int(s)
        if len(s) == 2:
            base = years[0] - years[0] % 100 if years else 2000
            n = base + n
        years.append(n)
    if not years or not all(1800 <= y <= 2100 for y in years):
        return None
    if len(years) == 2:
        if years[1] <= years[0]:
            return None
        return _Val((years[0], None, None), (years[1], None, None), fiscal=True)
    return _Val((years[0], None, None), fiscal=True)


@lru_cache(maxsize=1 << 14)  # the same years and dates recur throughout a text; the result is shared, never mutated
def _parse_kind(kind: str, text: str, day_first: bool) -> _Val | None:
    if kind == "text":
        v = _parse_text(text)
    elif kind == "numeric":
        v = _parse_numeric(text, day_first)
    elif kind == "quarter":
        v = _parse_quarter(text)
    elif kind == "decade":
        y = int(_FOUR_DIGITS.search(text).group())
        v = _Val((y, None, None), (y + 9, None, None)) if y % 10 == 0 else None
    elif kind == "interval":
        a, b = ([int(x) for x in part.split("-")] + [None, None] for part in text.split("/"))
        v = None
        if _valid(a[0], a[1], a[2]) and _valid(b[0], b[1], b[2]) and _key(tuple(a[:3])) < _key(tuple(b[:3])):
            v = _Val(tuple(a[:3]), tuple(b[:3]))
    elif kind == "fiscal":
        v = _parse_fiscal(text)
    else:  # year
        y = text[:4]
        v = _Val((int(y if y.isdigit() else _FOUR_DIGITS.search(text).group()), None, None))
    if v is not None:
        v.kind = kind
    return v


def _parse_partial(text: str, day_first: bool) -> tuple[str, _Point] | None:
    """Year-less range opener -> (kind, (None, month, day))."""
    for kind, rx in _PARTIAL_RES:
        if not rx.fullmatch(text):
            continue
        low = text.lower()
        if kind == "p_num":
            a, b = (int(x) for x in re.findall(r"\d+", low))
            m, d = (b, a) if day_first else (a, b)
            if not (1 <= m <= 12 and 1 <= d <= 31):
                m, d = d, m
            if 1 <= m <= 12 and 1 <= d <= 31:
                return kind, (None, m, d)
        elif kind == "p_q":
            return kind, (None, None, None)  # handled by caller with the right side
        else:
            v = _parse_text(text + " 2000")  # leap year: allows Feb 29
            if v is not None:
                return kind, (None, v.start[1], v.start[2])
    if _DAYNUM_RE.fullmatch(text):
        return "p_d", (None, None, int(re.match(r"\d+", text).group()))
    return None


def _key(p: _Point) -> tuple[int, int, int]:
    return (p[0] or 0, p[1] or 0, p[2] or 0)


def _range_from(left_text: str, left: _Val | None, right: _Val, day_first: bool) -> _Val | None:
    """Combine an opener (a parsed single date, or year-less text) with a closing date."""
    r_start = right.start
    r_end = right.end or right.start
    if left is not None:
        start = left.start
        fiscal = left.fiscal or right.fiscal
    else:
        part = _parse_partial(left_text, day_first)
        if part is None:
            return None
        kind, (_, m, d) = part
        if kind == "p_q":  # "Q1-Q3 2019": quarter opener takes the right side's year
            q = _parse_quarter(left_text + f" {r_start[0]}")
            if q is None or right.kind != "quarter":
                return None
            start = q.start
        else:
            if m is None:  # bare day: borrow the month
                m = r_start[1]
                if m is None or r_start[2] is None:
                    return None
            elif d is None and r_start[1] is None:
                return None
            if r_start[1] is None:  # "May to 2020": no month to compare with
                return None
            y = r_start[0]
            if (m, d or 0) > (r_start[1], r_start[2] or 0):
                y -= 1  # Nov-Feb 2017 starts in 2016
            if not _valid(y, m, d):
                return None
            start = (y, m, d)
        fiscal = right.fiscal
    if _key(start) > _key(r_end) or start == r_end:
        return None
    return _Val(start, r_end, fiscal=fiscal, kind="range")


def _iso_point(p: _Point) -> str:
    y, m, d = p
    s = f"{y:04d}"
    if m is not None:
        s += f"-{m:02d}"
        if d is not None:
            s += f"-{d:02d}"
    return s


@lru_cache(maxsize=1 << 14)  # (granularity, iso) of a value; the same years recur throughout a text
def _gran_iso(start: _Point, end: _Point | None) -> tuple[str, str]:
    if end is not None:
        return "range", f"{_iso_point(start)}/{_iso_point(end)}"
    _, m, d = start
    return "day" if d is not None else "month" if m is not None else "year", _iso_point(start)


def _mention(text: str, s: int, e: int, v: _Val, mod: str | None) -> DateMention:
    y, m, d = v.start
    gran, iso = _gran_iso(v.start, v.end)
    return _new_date(s, e, text[s:e], y, m, d, gran, v.end, mod, iso, v.fiscal)


_SECTIONS_FROM = re.compile(r"§\s?\d+[a-z]?[-–]\Z")


def _is_quantity(text: str, s: int, e: int) -> bool:
    """A bare year that reads as an amount or an identifier ("$2024", "2024 tons", "H.R. 2024")."""
    before = text[max(0, s - 24):s].rstrip()
    last = before.rsplit(None, 1)[-1].lower() if before else ""
    if before and (before[-1] in _QTY_SIGNS or last in _QTY_WORDS or before[-1] in "-–" and _SECTIONS_FROM.search(before)):
        return True  # (the end of a range of a code's sections: "16 U.S.C. §§1801-1891d")
    nxt = _AFTER_YEAR.match(text, e)
    if nxt is None:
        return False
    if nxt.group("sym"):
        return True
    word = nxt.group("w").lower()
    if word in _SCALE_WORDS:  # "2024 million", "2024bn"; "per cent"
        return word != "per" or text.startswith("cent", nxt.end() + (text[nxt.end():nxt.end() + 1] == " "))
    return bool(nxt.group("sp")) and word in _UNIT_WORDS and last not in _DATE_PREPS


_TRIGGER_LAST = frozenset({
    "after", "before", "since", "until", "till", "by", "through", "thru", "than", "with", "starting",
    "early", "mid", "late", "middle",
})
_TRIGGER_PREV = {
    "in": {"or", "starting", "beginning"}, "on": {"or", "starting", "beginning"},
    "at": {"or", "starting", "beginning"}, "to": {"prior", "equal"},
    "of": {"beginning", "start", "end", "middle", "close"}, "the": {"of"},
    "from": {"starting", "beginning", "day", "days", "week", "weeks", "month", "months", "year", "years"},
}


def _prefix_possible(before: str) -> bool:
    """Cheap test (string ops only) whether a mod/offset prefix can end right here."""
    if not before:
        return False
    c = before[-1]
    if c in "-–":
        return before.rstrip("-– ").lower().endswith(("mid", "early", "late", "middle", "end"))
    if not c.isspace():
        return False
    ws = before.lower().split()[-2:]
    if not ws:
        return False
    if ws[-1] in _TRIGGER_LAST:
        return True
    return len(ws) == 2 and ws[0] in _TRIGGER_PREV.get(ws[-1], ())


def _add_offset(p: _Point, n: int, unit: str, sign: int) -> _Point | None:
    y, m, d = p[0], p[1] or 1, p[2] or 1
    try:
        base = _dt.date(y, m, d)
        if unit == "day":
            r = base + _dt.timedelta(days=sign * n)
        elif unit == "week":
            r = base + _dt.timedelta(weeks=sign * n)
        else:
            months = sign * n * (12 if unit == "year" else 1)
            tot = base.year * 12 + base.month - 1 + months
            ny, nm = divmod(tot, 12)
            nm += 1
            r = _dt.date(ny, nm, min(base.day, calendar.monthrange(ny, nm)[1]))
    except (ValueError, OverflowError):
        return None
    return (r.year, r.month, r.day)


def _build(text: str, m: re.Match[str], day_first: bool, floor: int) -> tuple[int, int, _Val, str | None] | None:
    """Interpret one master match -> (start, end, value, mod), or None if invalid."""
    g = m.lastgroup
    s, e = m.span()
    bare_years = False
    if g == "dayrange":
        sub = m.group(g)
        y = int(re.search(r"(?<!\d)\d{4}(?!\d)", sub).group())
        mon = next(_month_of(t) for t in _TOKEN.findall(sub) if _month_of(t) is not None)
        da = int(re.match(r"\d+", m.group("d1") or m.group("d3")).group())
        db = int(re.match(r"\d+", m.group("d2") or m.group("d4")).group())
        if not (_valid(y, mon, da) and _valid(y, mon, db) and da < db):
            return None
        v = _Val((y, mon, da), (y, mon, db), kind="range")
    else:
        li, g = _form_index(m, _LEFT_GROUPS, _LEFT_BY_LAST)
        left_text = m.group(g)
        pre = (m.group("pre") or "").lower()
        conn = m.group("conn")
        v = None
        bare_day = li < 0 and _DAYNUM_RE.fullmatch(left_text) is not None
        if conn is not None and (pre == "between" or conn.strip().lower()[:3] != "and") and (pre or not bare_day):
            ri, rg = _form_index(m, _RIGHT_GROUPS, _RIGHT_BY_LAST)
            right = _parse_kind(_SINGLE_FORMS[ri][0], m.group(rg), day_first)
            left = _parse_kind(_SINGLE_FORMS[li][0], left_text, day_first) if li >= 0 else None
            if right is not None:
                v = _range_from(left_text, left, right, day_first)
            if v is not None:
                bare_years = right.kind == "year" and left is not None and left.kind == "year"
        if v is None:  # no (valid) range: the opener alone, if it is a complete date
            if g == "part":
                return None
            s = m.start(g)
            v = _parse_kind(_SINGLE_FORMS[li][0], left_text, day_first)
            e = m.end(g)
            if v is None:  # e.g. "2025 may [change]": try the later (shorter) forms here
                for i in range(li + 1, _N_FORMS):
                    mm = _form_at(i).match(text, s)
                    if mm is not None:
                        v = _parse_kind(_SINGLE_FORMS[i][0], mm.group(), day_first)
                        if v is not None:
                            e = mm.end()
                            break
                if v is None:
                    return None
            bare_years = v.kind == "year"
    return _with_context(text, s, e, v, bare_years, floor)


def _with_context(text: str, s: int, e: int, v: _Val, bare_years: bool, floor: int,
                  ends_here: bool = False) -> tuple[int, int, _Val, str | None] | None:
    """(start, end, value, mod) of a parsed expression at s..e, with the words around it (an offset,
    a position, a bound); None when bare years read as a quantity. ``ends_here``: no word can follow
    (see _bare_year_at), so no bound after it ("or later") either."""
    if bare_years and _is_quantity(text, s, e):
        return None

    mod = None
    if v.kind != "range":
        win_start = max(floor, s - 48)
        before = text[win_start:s]
        if not _prefix_possible(before):
            before = ""
        off = _OFFSET_PREFIX.search(before) if before else None
        if off and not _NOT_OFFSET.search(text[max(floor, win_start - 12):win_start + off.start()]):
            n_raw = off.group("n").lower()
            n = int(n_raw) if n_raw.isdigit() else _SMALL_NUMBERS[n_raw]
            sign = -1 if off.group("d").lower().startswith(("before", "prior")) else 1
            p = _add_offset(v.start, n, off.group("u").lower(), sign)
            if p is not None:
                return win_start + off.start(), e, _Val(p, kind="offset"), None
        pos = _POS_PREFIX.search(before) if before else None
        if pos:
            w = (pos.group("w") or pos.group("w2") or pos.group("w3")).lower()
            mod = {"beginning": "start", "start": "start", "early": "start", "middle": "mid", "mid": "mid",
                   "end": "end", "close": "end", "late": "end"}[w]
            s = win_start + pos.start()
            before = text[win_start:s]
        b = _BOUND_PREFIX.search(before) if before and _prefix_possible(before) else None
        if b:
            words = " ".join(b.group("b").lower().split())
            for rx, name in _BOUND_MOD:
                if rx.search(words):
                    mod = name
                    break
            s = win_start + b.start()
        elif not ends_here:
            suf = _BOUND_SUFFIX.match(text, e)
            if suf:
                mod = "since" if suf.group("since") else "until"
                e = suf.end()
    return s, e, v, mod


_VOCAB_WORDS = frozenset(
    set(_MONTH_NUM) | _WEEKDAYS | set(w for k in _DAY_WORDS for w in k.split())
    | {"the", "of", "in", "and", "to", "through", "thru", "till", "until", "til", "between", "from", "day",
       "year", "calendar", "fiscal", "fy", "ffy", "q", "h", "quarter", "qtr", "half", "last", "final",
       "st", "nd", "rd", "th", "tues", "weds", "thur", "thurs", "mid", "end", "early", "late"}
)
_TOKEN_CHARS = re.compile(r"[\w.,\-–—~/'’]*")
_TOKEN_PARTS = re.compile(r"[^\W\d_]+|\d+")
_SPLIT_WS = re.compile(r"(\s+)")
_vocab_cache: dict[str, bool] = {}


def _is_vocab(tok: str) -> bool:
    """Can this whitespace-delimited token be part of a date expression before its year?"""
    hit = _vocab_cache.get(tok)
    if hit is None:
        core = tok.lstrip("([{\"'“‘").rstrip(",;:")  # "" for a lone "," or "("
        hit = not core or _TOKEN_CHARS.fullmatch(core) is not None and all(
            p.isdigit() or p.lower() in _VOCAB_WORDS for p in _TOKEN_PARTS.findall(core)
        )
        if len(_vocab_cache) < 50_000:
            _vocab_cache[tok] = hit
    return hit


def _run_start(text: str, a_start: int, floor: int) -> int:
    """Leftmost position an expression containing the anchor at a_start can start from.

    Walks back over whitespace-separated tokens made only of date vocabulary (month and
    day words, numbers, "of", "between", "Q", ...), at most _LOOKBACK characters.
    """
    if a_start == 0 or text[a_start - 1] in "([\"“":
        return a_start
    lo = max(floor, a_start - _LOOKBACK)
    window = text[lo:a_start]
    # usually the word before the anchor is no date word ("population 2019"): the loop below would
    # step back over the blanks only
    w = window.rstrip()
    if w and not _is_vocab(w.rsplit(None, 1)[-1]):
        return a_start - (len(window) - len(w))
    pieces = _SPLIT_WS.split(window)
    start = a_start
    for piece in reversed(pieces):
        if not piece:
            continue
        if not piece[0].isspace():
            if not _is_vocab(piece):
                break
        start -= len(piece)
    return max(start, lo)


# What can follow a year in a longer expression (the first character after any blanks): a separator
# or a digit of a numeric date, a month, "s" of a decade, AD/CE, a quarter, a range's dash or word
# (and, to, through, till, until). The ignore-case forms also match "ſ" for "s".
_YEAR_GOES_ON = frozenset("-/.,'’–—~‒―\u017f" + "jfmasondctuqh" + "JFMASONDCTUQH")
_NEXT_NONBLANK = re.compile(r"\s*(\S)")


def _bare_year_at(text: str, p: int) -> bool:
    """Is the master's match at a 4-digit year anchor ``p`` (not glued to a letter or digit) the year
    alone? Then no later form or range can start after it, and the YEAR look-behinds hold."""
    if p:
        c = text[p - 1]
        if c == "_" or c in "$€£¥₩₹" or (c in ".," and p >= 2 and text[p - 2].isdecimal()):
            return False
    nxt = _NEXT_NONBLANK.match(text, p + 4)
    if nxt is None:
        return True
    c = nxt.group(1)
    return c not in _YEAR_GOES_ON and not c.isdecimal()


def find_dates(text: str, *, day_first: bool = False) -> list[DateMention]:
    """All absolute date expressions in text, ordered, non-overlapping (longest match wins).

    day_first: read ambiguous numeric dates (3/7/2017) as day/month (en-GB).

    Every expression we return contains an anchor (a 4-digit year or ``FY26``), and none
    starts more than ``_LOOKBACK`` characters before its first anchor. So for each anchor
    not yet covered, the master regex is tried (``match``, not ``search``) only at the
    plausible word starts in that short stretch; the leftmost start that yields a valid
    expression covering the anchor wins.
    """
    out: list[DateMention] = []
    last_end = 0
    for a in _ANCHOR.finditer(text):
        a_start = a.start()
        if a_start < last_end or (a_start and text[a_start - 1].isalnum()):
            continue
        lo = _run_start(text, a_start, last_end)
        if lo == a_start or text[lo:a_start].isspace():
            starts = (a_start,)  # (_START finds no word start in blanks)
        else:
            starts = (c.start() for c in _START.finditer(text, lo, a.end()))
        for p in starts:
            if p > a_start:
                break
            if p == a_start and text[p:p + 4].isdigit() and _bare_year_at(text, p):
                # most anchors are a year standing alone: what the master would match, without it
                y = text[p:p + 4]
                r = _with_context(text, p, p + 4, _parse_kind("year", y, day_first), True, last_end, ends_here=True)
            else:
                m = _MASTER.match(text, p)
                if m is None or m.end() <= a_start:
                    continue
                r = _build(text, m, day_first, last_end)
            if r is not None:
                s, e, v, mod = r
                out.append(_mention(text, s, e, v, mod))
                last_end = e
                break
    return out


def parse_date(text: str, *, day_first: bool = False) -> DateMention | None:
    """The whole string as one date expression, or None.

    Leading/trailing filler words ("in", "at the", "sometimes", punctuation) are allowed.
    """
    found = find_dates(text, day_first=day_first)
    if len(found) != 1:
        return None
    d = found[0]
    if _FILLER.fullmatch(text[: d.start]) and _FILLER.fullmatch(text[d.end:]):
        return d
    return None


def _expand_end(p: tuple[int, int | None, int | None]) -> tuple[int, int, int]:
    y, m, d = p
    if m is None:
        return (y, 12, 31)
    if d is None:
        return (y, m, calendar.monthrange(y, m)[1])
    return (y, m, d)


def date_sort_key(m: DateMention) -> tuple[int, int, int]:
    """(year, month or 0, day or 0) of the start of the expression."""
    return (m.year or 0, m.month or 0, m.day or 0)


def latest_point(m: DateMention) -> tuple[int, int, int]:
    """The latest day the expression can mean: end of range / month / year.

    A ``before`` bound ends the day before its anchor starts; other mods are ignored
    (``since 2020`` -> end of 2020, ``end of 2012`` -> 2012-12-31).
    """
    if m.year is None:
        return (0, 0, 0)
    if m.end_date is not None:
        return _expand_end(m.end_date)
    if m.mod == "before":
        start = _dt.date(m.year, m.month or 1, m.day or 1) - _dt.timedelta(days=1)
        return (start.year, start.month, start.day)
    return _expand_end((m.year, m.month, m.day))


_WIRE_DATELINE = re.compile(
    r"[A-Z][A-Za-z.'’ /-]{0,30}(?:,\s+[A-Z][A-Za-z.]{1,15})?,\s+(?P<date>[^()\-–—]{6,30}?)\s*(?:\([^()]{0,60}\))?\s*[-–—]{1,2}\s"
)


_DATE_CUE = re.compile(
    r"\b(?:updated|published|dated|as of|released|issued|revised|date of (?:issue|publication|release|paper|report|document|note)|"
    r"(?:issue|publication|release) date)\b|\bdate\s*:"  # ("DATE:  April 7, 2025": a memo's field)
    r"|\b(?:broadcast|aired|transmitted|recorded)\s*:"  # ("Broadcast:  Monday 3 March 2025, 07:10": a transcript's)
    r"|\b(?:submitted|presented|laid|received)\s*:"  # ("Submitted: 14 April 2025": a written submission's)
    r"|(?<!next )\b(?:release|issue)\s*:",  # ("Release: 18 March 2025, 09:30"; not "Next release: ...")
    re.I,
)
_DATA_DATE_PART = re.compile(
    r"\s*(?:(?:data\s+)?as\s+(?:of|at)|data\s+cut-?off|reporting\s+period|covering|coverage)\b", re.I
)
# a header's label of the period a report covers: "Period covered: 1 January – 31 December 2025"
_PERIOD_LABEL = re.compile(r"\s*period(?:\s+(?:covered|under\s+review))?\s*:", re.I)
_DATA_DATE_AFTER = re.compile(r"\s*(?:data|figures|statistics)\b", re.I)
_HEADER_CHARS = 4000  # the document's date is read from its first lines, within these characters


_TIME_OF_DAY_END = re.compile(r",?\s+\d{1,2}[:.]\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4}(?:[+-]\d{1,2})?))?\Z")


def document_date(text: str) -> "DateMention | None":
    """The document's own date, read from its first lines (its year, month and day; the offsets
    are those of the line part it was read from, not of ``text``).

    In order: a line that is nothing but a date ("April 14, 2026 (R48905)") or a dateline
    ("Nairobi, 30 May 2025"); a short dated line with a cue ("Updated April 16, 2026",
    "Published: 2025-03-01"); a title that ends with its date
    ("..., 2025"). Dates inside a title's name ("the Trade Act of 1974") are not the document's.
    """
    return _date_in_first_lines(text[:_HEADER_CHARS])


_HEADER_PART_SPLIT = re.compile(r" [|·•] ")


@lru_cache(maxsize=4)  # read twice a document: by the numbers component and for the document's record
def _date_in_first_lines(header: str) -> "DateMention | None":
    lines = [line.strip() for line in header.splitlines() if line.strip()][:10]
    period = None  # a line that is a period only ("Q2 2025"): the report's period, its date if no other
    for line in lines:
        # "Research Paper 7/2025 | Barents Policy Centre | 15 August 2025", "3 June 2025 · 9 min read"
        for part in _HEADER_PART_SPLIT.split(line):
            if _DATA_DATE_PART.match(part):
                continue  # "As of 30 September 2025 | Issued 3 October 2025": the data's date, not the document's
            if _PERIOD_LABEL.match(part):
                # the period covered: the document's date only if no line dates the document
                period = period or next((d for d in find_dates(part) if d.year), None)
                continue
            bare = re.sub(r"\([^()]*\)", "", part).strip(" ,.-–—|")
            # a dateline: "Nairobi, 30 May 2025", "DUBAI/RABAT, 11 June 2025"
            dateline = bare
            bare = re.sub(r"^[A-Z][A-Za-z.'’ /-]{0,30},\s+(?:[A-Z][A-Za-z.]{1,15},\s+)?(?=\d|[A-Z][a-z]+\s+\d)", "", bare)
            # "Washington, DC, 30 June 2025"; a wire story's "ROME/TUNIS, 14 July 2025 (Agency) - Boats ..."
            if (wire := _WIRE_DATELINE.match(part)) is not None:
                bare = wire.group("date").strip()
            bare = _TIME_OF_DAY_END.sub("", bare)  # "Tuesday, 14 October 2025, 11:05 GMT": the day's
            dates = [d for d in find_dates(bare) if d.year]
            if dates and bare != dateline and dates[0].month is None:
                continue  # "CARGO HIGHLIGHTS, 2024": a heading's year, not a dateline's day
            if dates and _DATA_DATE_AFTER.match(bare, dates[0].end):
                continue  # "Issue No. 12 | August 2025 data | Published 9 September 2025": the data's month
            if dates and len(dates[0].text) >= 0.6 * len(bare):
                if dates[0].day is None and (dates[0].granularity == "range" or dates[0].month is not None):
                    # ("Q3 2025", "June 2025" over "Published 21 October 2025": the period an
                    # update covers; the document's date if no later line dates it to the day)
                    period = period or dates[0]
                    continue
                return dates[0]
    for line in lines:
        if len(line) > 120:
            continue  # a paragraph of the body ("figures released in January 2025"), not a header line
        if _DATE_CUE.search(line):
            # (the date a cue gives follows it: "Updated April 16, 2026"; not "(2017-03-28; data
            # mostly dated 2014-2016)", a note on other dates)
            cues = [m.end() for m in _DATE_CUE.finditer(line)]
            dates = [d for d in find_dates(line) if d.year and d.granularity != "range"
                     and any(0 <= d.start - at <= 30 for at in cues)]
            if period is not None:
                # (not a day before the period a line gave: "Data as of 28 February 2025" under "March 2025")
                dates = [d for d in dates if (d.year, d.month or 12) >= (period.year, period.month or 1)]
            if dates:
                return max(dates, key=lambda d: (d.year or 0, d.month or 0, d.day or 0))
    if lines:
        title = lines[0]
        dates = [d for d in find_dates(title) if d.year]
        if dates and title[: title.rfind(dates[-1].text)].rstrip().endswith((",", "-", "–", "—", ":")):
            return dates[-1]
    return period


# "on 3 June", "June 3rd": a day of a month with no year, read in the year of the document's date
_YEARLESS = re.compile(
    # (a weekday before the day is part of the date: "on Tuesday, 1 April")
    # (a month's name, not any capitalised word: "Baltic Fish Watch   12 June" is the 12th)
    r"(?<![\w/.-])(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:(?P<d1>[12]?\d|3[01])(?:st|nd|rd|th)?\s+(?P<m1>(?=Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[A-Z][a-z]{2,8})"
    r"|(?P<m2>(?=Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[A-Z][a-z]{2,8})\.?\s+(?P<d2>[12]?\d|3[01])(?:st|nd|rd|th)?)"  # ("Sept. 3")
    r"(?![\w/-]|\.\d|,?\s*(?:1[89]|20)\d\d|\s*[-–]\s*\d|\s*%)"  # ("reported on 1 July." ends a sentence)
)


_AHEAD_DAYS = 62  # a day this close after the document's is of its year: "will publish on 15 April"


def _days_after(ref: tuple[int, int], month: int, day: int) -> int:
    """Days from the reference (month, day) forward to (month, day), counted in a leap year (so
    29 February is a day); a day past its month's end counts as the month's last."""
    def on(m: int, d: int) -> _dt.date:
        return _dt.date(2024, m, min(d, calendar.monthrange(2024, m)[1]))
    return (on(month, day) - on(*ref)).days


def find_yearless_dates(text: str, reference: "DateMention | None") -> list[DateMention]:
    """Dates written without a year, read against ``reference`` (the document's own date), each
    the latest such date not after it, or within two months after it ("will report on 15 April";
    "an outlook issued on 20 May" in a bulletin of 14 May is after it, not a year before): days
    of a month ("said on 3 June"), months naming a work's edition ("its September WASDE") and, in
    a story dated to the day, weekdays ("on Monday"). Nothing without a reference month."""
    if reference is None or reference.year is None or reference.month is None:
        return []
    ref = (reference.month, reference.day or 31)
    out = []
    for m in _YEARLESS.finditer(text):
        month = _MONTH_NUM.get((m.group("m1") or m.group("m2")).lower())
        if month is None:
            continue
        day = int(m.group("d1") or m.group("d2"))
        year = reference.year if (month, day) <= ref or _days_after(ref, month, day) <= _AHEAD_DAYS else reference.year - 1
        if not 1 <= day <= calendar.monthrange(year, month)[1]:
            continue  # "31 June" is no day
        out.append(DateMention(m.start(), m.end(), m.group(), year, month, day, "day", None, None,
                               f"{year:04d}-{month:02d}-{day:02d}", False))
    for m in (*_MONTH_OF_WORK.finditer(text), *_IN_MONTH.finditer(text)):
        # "puts the crop at 28.5 million tonnes in its September WASDE" (a work), "In June, headline
        # inflation stood at 7.1%", "down from 7.6% in May": a month of the document's year (the
        # latest such month not after the document's date)
        if m.re is _MONTH_OF_WORK and _COMPARED_WORK_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue  # "held at 2.1%, unchanged from its March review": an earlier work, no date of this one
        month = _MONTH_NUM[m.group("m").lower()]
        year = reference.year if month <= reference.month else reference.year - 1
        out.append(DateMention(m.start("m"), m.end("m"), m.group("m"), year, month, None, "month", None, None,
                               f"{year:04d}-{month:02d}", False))
    if "year" in text:
        for m in _RELATIVE_YEAR.finditer(text):
            # "counted 6,100 workers there last year", "so far this year": years of the document's date
            year = reference.year + _RELATIVE_SHIFT[m.group("which").lower()]
            out.append(DateMention(m.start(), m.end(), m.group(), year, None, None, "year", None, None, f"{year:04d}", False))
    if "month" in text:
        for m in _RELATIVE_MONTH.finditer(text):
            # "said in a statement last month": the month before the document's
            year, month = divmod(reference.year * 12 + reference.month - 1 + _RELATIVE_SHIFT[m.group("which").lower()], 12)
            month += 1
            out.append(DateMention(m.start(), m.end(), m.group(), year, month, None, "month", None, None,
                                   f"{year:04d}-{month:02d}", False))
    if out:
        out.sort(key=lambda d: d.start)
    if reference.day is not None and _WEEKDAY_HINT.search(text):
        # "settled at USD 6,725 a tonne on Monday", "At Monday's rate": in a dated story, the
        # latest such day not after the document's date (the day itself when it is that day)
        ref_day = _dt.date(reference.year, reference.month, reference.day)
        for m in _WEEKDAY.finditer(text):
            back = (ref_day.weekday() - _WEEKDAY_ORDER.index(m.group("wd").lower())) % 7
            day = ref_day - _dt.timedelta(days=back)
            out.append(DateMention(m.start("wd"), m.end("wd"), m.group("wd"), day.year, day.month, day.day, "day",
                                   None, None, day.isoformat(), False))
        out.sort(key=lambda d: d.start)
    return out


_COMPARED_WORK_BEFORE = re.compile(r"\b(?:from|than|since|versus|against|with)\s+\Z")
# a month with no year naming the edition of a work: "its September World Agricultural Supply and
# Demand Estimates", "the June update", "in a May report" (not "in May 2025", a full date)
_MONTH_OF_WORK = re.compile(
    rf"\b(?:its|their|the|a|an)\s+(?P<m>{MONTH_NAMES})"
    r"\s+(?![12]\d{3}\b)(?=[A-Z][a-z]|[A-Z]{2,}|(?:report|update|outlook|estimates?|survey|bulletin|review|edition|issue|"
    r"forecast|assessment|statement|release|note|briefing|figures|data)\b)"
)
# "in June", "during May", with no year or day after it (nor before it: "on 3 June" is a day)
_IN_MONTH = re.compile(
    rf"(?:(?<=\b[Ii]n )|(?<=\b[Dd]uring ))(?P<m>{MONTH_NAMES})\b(?![ \t]*(?:\d|,[ \t]*\d|-|–|/))"
)
# "last year", "this year" (not "the last year", twelve months; nor "next year", which dates a plan
# or hope more often than the figure beside it)
_RELATIVE_YEAR = re.compile(r"(?<![Tt]he )(?<![\w-])(?P<which>[Ll]ast|[Tt]his)\s+year\b(?!['’-])")
_RELATIVE_MONTH = re.compile(r"(?<![Tt]he )(?<![\w-])(?P<which>[Ll]ast|[Tt]his)\s+month\b(?!['’-])")
_RELATIVE_SHIFT = {"last": -1, "this": 0}
_WEEKDAY_ORDER = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")  # (date.weekday() order)
_WEEKDAY_HINT = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
# a weekday named as the day something happened: "on Monday", "last Friday", "Monday's rate"
# (not "Mondays", nor "Monday 13 October", a full date read elsewhere)
_WEEKDAY = re.compile(
    r"(?<![\w-])(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?=['’]s\b|\b(?!['’-]))(?!,?\s+(?:\d|[A-Z][a-z]+\s+\d))"
)
