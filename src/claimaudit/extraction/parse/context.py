"""What a figure measures: its counted noun, the measure phrase, level vs change vs share.

Without a trained parser we read the words around the number. The clause around a figure is cut
at commas, semicolons, dashes and conjunctions that open a new clause; the counted noun is the
first noun-like word after the number ("22,000 North Korean workers" -> "workers"); the measure
is the content words of the clause, with places, dates, attributions and function words removed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from claimaudit.extraction.parse.dates import MONTH_NAMES

# Letters of any script ("Côte d'Ivoire"), or a dotted acronym ("U.S."): the pattern
# r"(?:[A-Z]\.){2,}|[^\W\d_](?:[^\W\d_]|[’'-])*" with its first letter taken out of the
# alternation, so that the regex engine skips to letters instead of trying it at every character;
# its "(?:[^\W\d_]|[’'-])*" unrolled as "letters*(?:mark letters*)*" (the same maximal run: a
# repeat of a single set runs in one loop of the engine, an alternation is entered per character).
# (a gas's formula keeps its digit: "CO2 emissions" are not "CO emissions")
_WORD = re.compile(r"[^\W\d_](?:(?<=[A-Z])\.(?:[A-Z]\.)+|[^\W\d_]*(?:[’'-][^\W\d_]*)*)(?:(?<=[CNS]O|CH)[234](?![\w.]))?")

STOPWORDS = frozenset(
    """a an the of in on at by for from to with and or but as per into onto over under than
    that which who whom whose this these those its it their they them there here is are was were
    be been being has have had do does did will would could should may might can must not no
    such also about approximately around nearly almost roughly some up least more most less
    fewer only just over above below under between among within while during since until
    through across via each every both all any other another same own so very what when where
    how why if then thus hence however although though because due s percent per cent""".split()
)
# Reporting and linking words that say nothing about what is measured.
_FILLER = frozenset(
    """according reported report reports estimated estimate estimates estimating noted notes
    said says stated states cited calculated documented projected forecast recorded data
    showed shows indicated indicates suggests suggested found finds reveals revealed details
    detailed argues argued warns warned study survey analysis figure figures total value valued
    worth amount amounting amounted reaching reached reach stood stands standing currently
    roughly approximately estimated about nearly around generating generated generate
    contributing contributed contribute accounting accounts account representing represents
    represent making makes made making including include includes respectively annually
    put puts putting dated published released issued
    annual yearly year years month months per day daily weekly quarter million billion
    thousand trillion hundred hundreds thousands millions billions mn bn
    section sections paragraph paragraphs chapter
    worldwide globally nationwide nationally""".split()
)
_CHANGE_BEFORE = re.compile(
    r"(?:\b(?:by|of)\s+(?:an?\s+)?(?:estimated\s+|about\s+|around\s+|approximately\s+|nearly\s+|some\s+|roughly\s+|over\s+|more\s+than\s+)?$)"
)
_CHANGE_VERBS = re.compile(
    r"\b(?:rose|rise|rises|rising|risen|grew|grow|grows|growing|grown|increased?|increases|increasing|"
    r"fell|fall|falls|falling|fallen|declined?|declines|declining|dropped|drop|drops|dropping|"
    r"decreased?|decreases|decreasing|climbed?|climbs|jumped?|jumps|surged?|surges|slipped|"
    r"slid|shrank|shrunk|contracted|expanded|gained?|lost|plunged?|soared?|up|down|boost(?:ed)?|"
    r"cut|reduced?|reduces|reducing|raised?|raising|lowered|widened|narrowed)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# stocks that "build" or "draw": the commodity trade's words for a stock's rise and fall
_STOCK_CHANGE_BEFORE = re.compile(
    r"\b(?:stocks?|stockpiles?|inventor(?:y|ies)|storage)\b[^.;\d]{0,40}\b(?:built|drew)\s+(?:by\s+)?"
    r"(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE,
)
# ("made up 24% of" is a share, not a change: "up" after make is no direction)
_UP_DOWN_BEFORE = re.compile(r"(?:^|[,;(]\s*|\s)(?<!\bmade\s)(?<!\bmake\s)(?<!\bmakes\s)(?<!\bmaking\s)(?:up|down)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+|almost\s+)?[~+\-–]?\s*$", re.I)
_CHANGE_AFTER = re.compile(
    r"\A\s*(?:year-on-year|year-over-year|y/y|yoy)?\s*(?:increase|rise|growth|decline|drop|decrease|"
    r"jump|surge|fall|gain|loss|reduction|cut|boost|expansion|contraction|hike|uptick|downturn|"
    r"improvement|deterioration)\b",
    re.IGNORECASE,
)
_VERB_JUST_BEFORE = re.compile(
    r"\b(?:rose|rise[sn]?|grew|grow(?:s|n)?|increased|increases?|fell|falls?|fallen|declined|"
    r"declines?|dropped|drops?|decreased|decreases?|climbed|jumped|surged|slipped|slid|shrank|"
    r"gained|plunged|soared|expanded|contracted)\s+(?:by\s+)?(?:an?\s+)?(?:estimated\s+|about\s+|"
    r"around\s+|approximately\s+|nearly\s+|some\s+|roughly\s+|over\s+|more\s+than\s+|almost\s+)?[~$€£¥]?\s*$",
    re.IGNORECASE,
)
# the first letters of _CHANGE_AFTER's words ("year-on-year", "y/y", "increase", "rise" ...)
_CHANGE_AFTER_FIRST = frozenset("yirgdjsflcbehuYIRGDJSFLCBEHU")
# A change of a count against a period before: "(down 900) on the quarter", "over the year",
# "against the same month", "(1,300) more than a year earlier"; the change is the figure before it
PERIOD_CHANGE_AFTER = re.compile(
    r"\s+(?:(?P<on>on|over|from|against)\s+(?:the|a)\s+(?:previous\s+|prior\s+|same\s+)?(?:quarter|year|month|week)\b(?![’'])"
    r"|(?P<than>more|fewer|less|higher|lower|larger|smaller|greater|bigger)\s+than\s+(?:(?:in|at|on)\s+)?"
    r"(?:(?:the|a)\s+(?:previous|prior|same|year|quarter|month|last|earlier"
    # ("3,400 ha larger than at the first survey", "... than in 2015": the difference from then)
    r"|(?:first|second|third|fourth|fifth|last|previous)\s+(?:inventory|census|survey|count|round|assessment|edition))\b"
    r"|(?:19|20)\d\d\b))"
)
_PERIOD_CHANGE_FIRST = frozenset("omfhlasgb")


def _may_start_change(after: str) -> bool:
    """A necessary condition for _CHANGE_AFTER: the first non-blank character starts one of its
    words (or is not ASCII: case folding)."""
    first = after.lstrip()[:1]
    return first in _CHANGE_AFTER_FIRST or (first != "" and not first.isascii())


_SHARE_AFTER = re.compile(r"\A\s*(?:of|share\s+of)\b", re.IGNORECASE)
# Clause boundaries: punctuation, and words that open a new clause.
_CLAUSE_BREAK = re.compile(
    r"[,;:–—()]|\s-\s|\b(?:while|whereas|but|which|who|where|with|according|although|though|even\s+as|even\s+though|"
    r"as\s+(?:reported|estimated|calculated|documented|noted))\b"
)
_VERBISH = re.compile(r"(?:ed|ing)$")
_NOT_UNIT_NOUNS = frozenset(
    """ed ing per of in on at to from for by and or but with as is are was were has have had
    out each every times calendar business working fiscal last next previous past figure estimate tally""".split()) | frozenset(
    """
    that which who than annually yearly year years month months day days week weeks percent
    million billion thousand trillion hundred dollars usd times fold
    higher lower larger smaller greater bigger""".split()  # ("1,300 higher than a year earlier": a comparison, no noun)
)


@lru_cache(maxsize=1 << 16)  # called for every measure word of every figure; words repeat
def stem(word: str) -> str:
    """A crude singular lower-case form for comparing measures: "workers'" -> "worker"."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def clause_span(text: str, start: int, end: int, floor: int, ceiling: int) -> tuple[int, int]:
    """The clause around ``text[start:end]`` within the sentence ``[floor, ceiling)``."""
    left = max(floor, start - 200)  # a clause longer than this is cut: cost stays linear
    for match in _CLAUSE_BREAK.finditer(text, left, start):
        left = match.end()
    right_match = _CLAUSE_BREAK.search(text, end, min(ceiling, end + 200))
    right = right_match.start() if right_match else min(ceiling, end + 200)
    return left, max(right, end)


# A model or type designator between a count and its noun: a token with a digit or in capitals,
# then capitalised names ("K2 Black Panther", "AH-64E Apache"), before a lower-case word
_DESIGNATOR_RUN = re.compile(
    r"(?:[ \t]+[A-Z][a-z]+(?=[ \t]+\d+[A-Z]))?"  # "44 Leopard 2A8 tanks": a name, then its model code
    r"(?:[ \t]+(?:[A-Z][\w/-]*\d[\w/-]*|(?![A-Z]+s\b)[A-Z]{2,}[\w/-]*|\d+[A-Z][\w/-]*))+(?:[ \t]+[A-Z][a-z][\w-]*){0,3}(?=[ \t]+[a-z])"
    # ("171 NDCs it reviewed", "1,200 SMEs": an acronym's plural is the noun counted, no model)
)


_LOWER_WORD_AT = re.compile(r" [a-z]")


def counted_noun(text: str, end: int, limit: int) -> tuple[str | None, tuple[str, ...]]:
    """The noun a bare count counts: "22,000 North Korean workers" -> ("workers", ("north", "korean")).

    Up to five words after the number are read: the first plural-looking word (or irregular
    plural) is the noun, the words before it its modifiers ("1,718 deployed nuclear warheads",
    "192 submarine-launched ballistic missiles"). A singular word is the noun only when it ends
    the phrase ("a 125-member delegation"). Function words, units of time and verbs end the phrase.
    """
    designator = _DESIGNATOR_RUN.match(text, end, limit)
    if designator:
        end = designator.end()  # "486 HIMARS M142 launchers", "32 F-35A fighters": the model, then the noun
    words = []
    resume = end  # (where the gap before the next word starts)
    for match in _WORD.finditer(text, end, min(limit, end + 80)):
        if match.start() < resume:
            continue  # (inside a bracket read past)
        gap = text[resume : match.start()]
        if words and gap == " (" and match.group().isupper() and text.startswith(") ", match.end()):
            continue  # (the acronym itself; the word after it is read on)
        if words and gap == " (" and (close := text.find(")", match.start(), match.start() + 20)) > 0 and (
            "(" not in text[match.start() : close] and _LOWER_WORD_AT.match(text, close + 1)
        ):
            resume = close + 1  # "14 major (type 1) departments": an aside inside the noun phrase
            continue
        if gap.strip(" ") not in ("", "-") and gap != "\n" and (words or gap.strip(" ") != "+") and not (  # "400+ engineers"
            words and _ACRONYM_GAP.fullmatch(gap)  # "96 ship-to-ship (STS) transfers"
        ) and not (
            gap == "/" and words and words[-1].group().isupper() and match.group().isupper()  # "287 new ICU/HDU admissions"
        ):
            break
        words.append(match)
        resume = match.end()
        if len(words) >= 5:
            break
    singular = None
    for i, match in enumerate(words):
        word = match.group()
        low = word.lower()
        if "." in word:
            continue  # "U.S." before the noun is a place, not the noun
        if i == 0 and low in _COUNT_DETERMINERS:
            continue  # "46 such transfers", "12 more inspectors", "3 other vessels": the noun follows
        if low in _NOT_UNIT_NOUNS or low in STOPWORDS:
            break
        plural = (low.endswith("s") and not low.endswith("ss") and low not in _NOT_PLURAL) or low in _IRREGULAR_PLURALS
        verbish = _VERBISH.search(low) and not word[:1].isupper() and low not in _ING_NOUNS
        if plural and not verbish:
            if i + 1 < len(words) and _compound_head(words[i + 1].group()) and text[match.end() : words[i + 1].start()] == " ":
                continue  # "41,386 suspected measles cases", "300 arms shipments": the last noun is the head
            if i + 2 < len(words) and _noun_between(words[i + 1].group()) and _compound_head(words[i + 2].group()) and (
                text[match.end() : words[i + 2].start()] == " " + words[i + 1].group() + " "
            ):
                # "130 fisheries inspector posts": the compound's last noun is the head
                return words[i + 2].group().lower(), tuple(w.group().lower() for w in words[: i + 2])
            if i + 1 < len(words) and words[i + 1].group().lower() in _UNIT_HEADS:
                # "500,000 consumer goods units": the compound's head is what is counted
                return words[i + 1].group().lower(), tuple(w.group().lower() for w in words[: i + 1])
            return low, tuple(w.group().lower() for w in words[:i])
        if (
            i == 0 and not verbish and word[:1].islower() and i + 1 < len(words)
            and words[i + 1].group().lower() in _GAP_HEADS
        ):
            # "a 2.3 million worker deficit", "its 2.1 million worker shortage": the count is of workers
            return plural_of(low), ()
        if i == 0 and word[:1].islower() and (shared := _SHARED_HEAD.match(text, match.end())) and is_plural_noun(shared.group(1)):
            # "23 arid and semi-arid (ASAL) counties", "40 injured and displaced children": two
            # modifiers of one noun
            return shared.group(1).lower(), (low,)
        if i == 0 and (
            verbish and not _later_plural(words, i)
            or low in _IRREGULAR_PAST and not (low in _PAST_AS_ADJECTIVE and _later_plural(words, i))
            or low in _PREPOSITIONS
        ):
            break  # "12,000 were employed", "1,800 reported", "22 took place", "7,310 following a recount": no noun
        if i + 1 < len(words) and not verbish and word[:1].islower() and low not in _TIME_MODIFIERS and (
            words[i + 1].group() in _TIME_HEADS
        ) and text[match.end() : words[i + 1].start()] == " ":
            # "312 patrol days", "1,200 flight hours": the time counted, of that kind
            return words[i + 1].group(), tuple(w.group().lower() for w in words[: i + 1])
        if i == 0 and low in _RANKING_TIME_MODIFIERS | _TIME_MODIFIERS and i + 1 < len(words) and (
            words[i + 1].group() in _SPANS_OF_TIME
        ) and text[match.end() : words[i + 1].start()] == " ":
            # "18 consecutive months", "the ten warmest years": the spans of time counted, of that kind
            return words[i + 1].group(), (low,)
        if singular is None and not verbish and word[:1].islower() and not low.endswith("ical") and (
            i + 1 == len(words) or _next_is_break(words, i, text)
        ):  # (not "six epidemiological weeks")
            singular = (low, tuple(w.group().lower() for w in words[:i]))
    return singular if singular else (None, ())


_ACRONYM_GAP = re.compile(r" \([A-Z]{2,8}\) ")  # a modifier's acronym between it and the noun
# past tenses without "-ed": the verb of a count that is the subject ("22 took place", "two held cover")
_IRREGULAR_PAST = frozenset(
    "took held made gave got came left paid sold bought built lost won ran kept met saw went fell rose grew became "
    "began brought drew drove found flew knew led meant sent spent stood struck taught told thought wrote".split()
)
# ("9.2 million paid streaming accounts", "300 lost jobs": a participle before the counted noun)
_PAST_AS_ADJECTIVE = frozenset({"paid", "built", "lost"})
_COUNT_DETERMINERS = frozenset({"such", "more", "other", "further", "additional"})
_SHARED_HEAD = re.compile(r"[ \t]+(?:and|or)[ \t]+[a-z][\w-]*(?:[ \t]+\([A-Z]{2,8}\))?[ \t]+([a-z][a-z-]+)\b")


def _compound_head(word: str) -> bool:
    """``word`` may head a compound whose modifier looks plural: a lower-case plural noun."""
    low = word.lower()
    return (word[:1].islower() and low not in _NOT_UNIT_NOUNS and low not in _UNIT_HEADS and low not in _S_ADVERBS
            and is_plural_noun(word))


# words ending in -s that are no nouns ("twelve island countries plus Timor-Leste")
_S_ADVERBS = frozenset("plus versus thus whereas perhaps across towards besides always sometimes afterwards nowadays".split())


def is_plural_noun(word: str) -> bool:
    """A plural-looking noun ("workers", "personnel"), not a verb form or a singular in -s."""
    low = word.lower()
    if word.isupper() and len(word) <= 4 and low not in _IRREGULAR_PLURALS:
        return False  # an acronym ending in S ("DFS", "OS", "GPS"), not a plural ("NGOs" is)
    plural = (low.endswith("s") and not low.endswith("ss") and low not in _NOT_PLURAL) or low in _IRREGULAR_PLURALS
    return plural and not (_VERBISH.search(low) and low not in _ING_NOUNS) and low not in STOPWORDS


_UNIT_HEADS = frozenset("units items pieces packages boxes containers".split())
_TIME_HEADS = frozenset("days hours weeks nights".split())
_SPANS_OF_TIME = frozenset("days hours weeks nights months years decades".split())
# superlatives that rank spans of time ("the ten warmest years", "the five wettest months")
_RANKING_TIME_MODIFIERS = frozenset(
    "warmest coldest hottest coolest wettest driest sunniest dullest windiest busiest quietest best worst".split()
)
_TIME_MODIFIERS = frozenset("calendar business working school trading consecutive straight".split())


def _noun_between(word: str) -> bool:
    """A lower-case singular noun that may sit inside a compound ("fisheries inspector posts")."""
    low = word.lower()
    return (word[:1].islower() and low not in _NOT_UNIT_NOUNS and low not in STOPWORDS and not is_plural_noun(word)
            and not _VERBISH.search(low) and low not in _COUNT_DETERMINERS and low not in _PREPOSITIONS)


# prepositions that are no stop words: "2,400 assaults against nurses" counts assaults
_PREPOSITIONS = frozenset(
    "after before behind upon against among amid amongst beyond despite toward towards via versus within without following including excluding".split()
)


_GAP_HEADS = frozenset(
    "deficit deficits shortage shortages shortfall shortfalls gap gaps surplus surpluses deficiency".split()
)


def plural_of(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")


_NOT_PLURAL = frozenset("this its thus various previous famous serious analysis basis status gas bus us".split()) | frozenset(
    # singulars in -s ("| MDX consensus |" counts no consensuses)
    """consensus census bonus virus campus corpus focus stimulus surplus bias atlas alias apparatus nexus
    prospectus syllabus radius genus thesis crisis emphasis hypothesis diagnosis prognosis synopsis
    canvas plus minus chorus""".split()
) | frozenset(
    # fields of study and practice named like plurals ("Geriatrics | 3,410": a specialty, not a count)
    """economics physics mathematics statistics politics linguistics genetics logistics athletics gymnastics
    electronics aeronautics orthopaedics orthopedics paediatrics pediatrics geriatrics obstetrics
    therapeutics diagnostics""".split()
)
_ING_NOUNS = frozenset("buildings holdings savings earnings dwellings beings housing funding spending".split())


def _later_plural(words, i) -> bool:
    return any(w.group().lower().endswith("s") or w.group().lower() in _IRREGULAR_PLURALS for w in words[i + 1 :])


_IRREGULAR_PLURALS = frozenset(
    "people children men women personnel staff police cattle livestock sheep fish aircraft "
    "equipment machinery".split()
)


def _next_is_break(words, i, text) -> bool:
    if i + 1 >= len(words):
        return True
    nxt = words[i + 1].group().lower()
    return nxt in STOPWORDS or nxt in _NOT_UNIT_NOUNS


# Hypotheticals and projections are not facts that other figures can contradict. (?=[...]): the
# alternatives' first letters, so that other word starts are passed over fast.
_CONDITIONAL = re.compile(
    r"\b(?=[wcmiash])(?:would|could|might|if|assuming|assumes?|suppose|supposing|hypothetical(?:ly)?|"
    r"scenario|as\s+low\s+as|as\s+high\s+as|simulat(?:e|es|ed|ing|ions?)|model(?:s|ed|led)?\s+(?:predicts?|shows?))\b",
    re.IGNORECASE,
)


def is_conditional(text: str, start: int, end: int) -> bool:
    return _CONDITIONAL.search(text, start, end) is not None


# The word each "...$"-anchored pattern below can end with: a pattern is searched only when the
# window ends with one of them (searching a window tries the pattern at every position).
_VERB_JUST_BEFORE_LAST = frozenset(
    """rose rise rises risen grew grow grows grown increased increase increases fell fall falls
    fallen declined decline declines dropped drop drops decreased decrease decreases climbed jumped
    surged slipped slid shrank gained plunged soared expanded contracted by a an estimated about
    around approximately nearly some roughly over than almost""".split()
)
_CHANGE_BEFORE_LAST = frozenset(
    "by of a an estimated about around approximately nearly some roughly over than".split()
)
# (_UP_DOWN_BEFORE: the word before its optional sign)
_UP_DOWN_LAST = frozenset("up down by about around nearly roughly some almost".split())
_BY_OF_LAST = frozenset("by of a an".split())
_FROM_LAST = frozenset("from a an".split())
_BY_OF_END = re.compile(r"\b(?:by|of)\s+(?:an?\s+)?$")
_CHANGE_NOUN_BY_OF_END = re.compile(
    r"\b(?:increase|rise|growth|decline|drop|decrease|reduction|gain|loss|cut)\w*\s+(?:by|of)\s+(?:an?\s+)?$",
    re.IGNORECASE,
)
_FROM_END = re.compile(r"\bfrom\s+(?:an?\s+)?$", re.IGNORECASE)
# ("from Rs 2.51 lakh crore in 2022-23 to ...": the earlier level's own period may come between)
_UP_FROM_END = re.compile(r"\b(?:up|down)\s+from\s+(?:an?\s+)?$", re.IGNORECASE)
_COMMA_FROM_END = re.compile(r",\s+from\s+(?:an?\s+)?$")  # (not "up 2.1% from 176.3 million": CA205 reads that change)
_A_PERIOD_EARLIER_AFTER = re.compile(
    r"[^,.;:()\d]{0,25}?\b(?:a|one|the)\s+(?:year|quarter|month|week)\s+(?:earlier|before|ago)\b", re.IGNORECASE
)
_TO_AFTER = re.compile(  # ("from 2,840 in June to 3,310 in July": a month between too)
    # (and a rate's denominator, "1,043 Ml/d in 2023-24 to", or a date's position, "at end-June 2024 to")
    rf"(?:/[a-z]{{1,3}}\b)?\s*(?:(?:in|during|for|at)\s+(?:the\s+)?(?:(?:end|mid|start)\s*[-–]\s*|(?:end|middle|start)\s+of\s+)?"
    rf"(?:(?:FY\s?)?(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?|(?:{MONTH_NAMES})(?:\s+(?:19|20)\d\d)?)\s+|\((?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?\)\s*)?"
    r"(?:to|-|–)\s"
)


def _last_word(window: str, symbols: str = "") -> str | None:
    """The word (run of \\w characters) ``window`` ends with, lower-cased, after trailing blanks
    (and then one of ``symbols`` and blanks). None when that word is not plain ASCII: the
    case-insensitive patterns fold a few non-ASCII letters, so the caller must search."""
    t = window.rstrip()
    if symbols and t and t[-1] in symbols:
        t = t[:-1].rstrip()
    return _word_at_end(t)


_WORD_RUN = re.compile(r"\w*")


def _word_at_end(t: str) -> str | None:
    """_last_word of a string without trailing blanks."""
    word = t[len(t) - _WORD_RUN.match(t[::-1]).end() :]  # the run of \w read backwards, in C
    return word.lower() if word.isascii() else None


def kind_of(text: str, number_start: int, number_end: int, floor: int, is_percent: bool, sign: str | None) -> str:
    """"change" for "rose by 8%", "+15%", "a 10% increase"; "share" for "95% of"; else "level"."""
    before = text[max(floor, number_start - 60) : number_start]
    after = text[number_end : number_end + 40]
    if sign == "+":
        return "change"
    t = before.rstrip()
    last = _word_at_end(t)  # = _last_word(before); None: search every pattern
    last_sym = _word_at_end(t[:-1].rstrip()) if t and t[-1] in "~$€£¥" else last  # = _last_word(before, "~$€£¥")
    if (last_sym is None or last_sym in _VERB_JUST_BEFORE_LAST) and _VERB_JUST_BEFORE.search(before):
        return "change"  # "grew 23% to $2.3 billion", "fell 4.2%"
    last_sign = _word_at_end(t[:-1].rstrip()) if t and t[-1] in "~+-–" else last  # = _last_word(before, "~+-–")
    if (last_sign is None or last_sign in _UP_DOWN_LAST) and _UP_DOWN_BEFORE.search(before):
        return "change"  # "$14.8 billion in 2024, up 29%", "down 23% from 2023"
    if _may_start_change(after) and _CHANGE_AFTER.match(after):
        return "change"
    if after[1:2] in _PERIOD_CHANGE_FIRST and PERIOD_CHANGE_AFTER.match(after):
        return "change"  # "down 900 on the quarter and 2,100 on the year", "1,300 more than a year earlier"
    if (last is None or last in _CHANGE_BEFORE_LAST) and _CHANGE_BEFORE.search(before) and _CHANGE_VERBS.search(before):
        return "change"
    if (last is None or last in _BY_OF_LAST) and _BY_OF_END.search(before) and _CHANGE_NOUN_BY_OF_END.search(before):
        return "change"
    if (last is None or last in ("by", "built", "drew", "about", "around", "some")) and _STOCK_CHANGE_BEFORE.search(before):
        return "change"  # "crude stocks built by 4.3 mb", "inventories drew 1.9 mb": a stock's change
    if (last is None or last in _FROM_LAST) and _FROM_END.search(before) and (
        _TO_AFTER.match(after) or _UP_FROM_END.search(before)
        or _A_PERIOD_EARLIER_AFTER.match(after) and _COMMA_FROM_END.search(before)
    ):
        # "from 19% to 22%", "..., up from BDT 160 billion the year before", "fell to 992 Ml/d,
        # from 1,043 Ml/d a year earlier": the earlier level
        return "previous"
    if is_percent and before.endswith("or ") and _OR_RESTATED_CHANGE_END.search(before):
        return "change"  # "down 2.0 percentage points, or 10%, from 20.0%": the change restated relative
    if is_percent and _SHARE_AFTER.match(after):
        return "share"
    return "level"


_OR_RESTATED_CHANGE_END = re.compile(
    r"\b(?:up|down|rose|fell|increased|decreased|declined|grew|dropped|(?:a\s+)?(?:rise|fall|drop|increase|decrease)\s+of)\s+"
    r"(?:by\s+)?[\d.,]+\s*(?:percentage\s+points?|points?|pp|pts?|%)?,?\s+or\s+\Z",
    re.I,
)


def _merged(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    starts: list[int] = []
    ends: list[int] = []
    for s, e in sorted(spans):
        if starts and s <= ends[-1]:
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)
    return starts, ends


class Skip:
    """Character spans to leave out of a measure (numbers, dates, attributions, places).

    Built once per sentence from its many spans; ``plus`` adds a few per-claim spans cheaply.
    """

    __slots__ = ("starts", "ends", "extra")

    def __init__(self, spans=(), extra=()) -> None:
        self.starts, self.ends = _merged(list(spans))
        self.extra = tuple(extra)

    def plus(self, spans) -> "Skip":
        new = Skip.__new__(Skip)
        new.starts, new.ends = self.starts, self.ends
        new.extra = self.extra + tuple(spans)
        return new

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and pos < self.ends[i]:
            return True
        for s, e in self.extra:  # a plain loop: no generator per call (hot path)
            if s <= pos < e:
                return True
        return False


def _in_spans(pos: int, spans) -> bool:
    for s, e in spans:
        if s <= pos < e:
            return True
    return False


_ORDINALS = frozenset("first second third fourth final last".split())
_ORDINAL_PERIOD = re.compile(r"\w+\s+(?:quarter|half|month|week)\b", re.I)


def measure_words(text: str, start: int, end: int, skip, limit: int | None = None) -> list[str]:
    """Content words of ``text[start:end]`` outside the ``skip`` spans (a Skip or a list), in order;
    only the first ``limit`` of them when given (= ``measure_words(...)[:limit]``, read no further)."""
    out = []
    if not isinstance(skip, Skip):
        skip = Skip(skip)
    # (``pos in skip``, inline: a method call per word cost more than its test)
    starts, ends, extra = skip.starts, skip.ends, skip.extra
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        low = word.lower()
        # the cheap word tests first: most words are function words (same result either order)
        if low in STOPWORDS or low in _FILLER or len(low) < 2 or word == "us":  # ("told us"; "US" is a place)
            continue
        pos = match.start()
        i = bisect_right(starts, pos) - 1
        if i >= 0 and pos < ends[i] or extra and _in_spans(pos, extra):
            continue
        if low in _ORDINALS and _ORDINAL_PERIOD.match(text, pos):
            continue  # ("in the first quarter": when, not what)
        out.append(word)
        if len(out) == limit:
            break
    return out


def measure_words_and_content(text: str, start: int, end: int, skip: Skip, places) -> tuple[list[str], list[str]]:
    """``measure_words(text, start, end, skip)``, and the same words outside ``places`` spans too
    (= ``measure_words(..., skip.plus(places))``), in one pass over the words."""
    places = tuple(places)
    words, content = [], []
    starts, ends, extra = skip.starts, skip.ends, skip.extra  # (``pos in skip``, inline)
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        low = word.lower()
        if low in STOPWORDS or low in _FILLER or len(low) < 2 or word == "us":  # ("told us"; "US" is a place)
            continue
        pos = match.start()
        i = bisect_right(starts, pos) - 1
        if i >= 0 and pos < ends[i] or extra and _in_spans(pos, extra):
            continue
        if low in _ORDINALS and _ORDINAL_PERIOD.match(text, pos):
            continue  # (as in measure_words)
        words.append(word)
        for s, e in places:
            if s <= pos < e:
                break
        else:
            content.append(word)
    return words, content


# Words that turn one measure into another ("GDP" vs "GDP per capita", "wage" vs "average wage").
_NARROWING_WORDS = (
    "average", "median", "mean", "real", "nominal", "net", "gross",
    "other", "remaining", "additional", "further", "existing", "excluding", "including",
    "divest", "divested", "divestment",  # ("committed to divest 12 plants": the part sold, not all it owns)
    "urban", "rural", "male", "female", "adult", "youth", "maximum", "minimum", "peak", "cumulative", "marginal", "effective",
    "primary", "secondary", "tertiary",  # ("primary" and "secondary" schools, or balances)
)
# the words a "+word" narrowing mark holds ("+average" names another measure than the figure without it)
NARROWING_WORDS = frozenset(_NARROWING_WORDS)
# (?=[...]) after \b: the alternatives' first letters (same case folding), so that a word start
# with another letter is passed over without trying each alternative.
_NARROWING = re.compile(
    r"\b(?=[" + "".join(sorted({w[0] for w in _NARROWING_WORDS} | {"p"})) + r"])"
    r"(per\s+capita|per\s+person|per\s+head|" + "|".join(_NARROWING_WORDS) + r")(?:(?<=peak)(?:ing|ed))?\b",
    re.IGNORECASE,
)
_WHOLE = re.compile(r"\s*(?:of|share\s+of)\s+(?:the\s+|its\s+|their\s+|all\s+|total\s+)*", re.IGNORECASE)


# A numbered class of what is measured: "Scope 1 emissions", "Scope 1 and 2", "IPC Phase 3",
# "Tier 2 suppliers", "Category 4 storms" (each number its own measure)
_NUMBERED_CLASS = re.compile(
    r"\b(?=[SsPpTtCcGg])(scope|phase|tier|stage|category|cat\.|grade)\s+(\d{1,2}(?:\s*(?:,|and|&|\+|or)\s*\d{1,2}\b)*)(?![\d.,]\d)",
    re.IGNORECASE,
)


# An air pollutant named by its formula: "annual mean NO2", "PM2.5 concentrations" (each its own measure)
_POLLUTANT = re.compile(r"(?<![\w.])(NO2|NO₂|NOx|PM2\.5|PM₂\.₅|PM10|PM₁₀|SO2|SO₂|O3|O₃|NH3|NH₃)(?![\w.]|\.\d)")


# A mobile network's generation: "4G download speed", "5G coverage" (each its own measure)
_NETWORK_GENERATION = re.compile(r"(?<![\w.])([2-6]G)(?![\w])")


def narrowing_marks(text: str, start: int, end: int, skip: "Skip | None" = None) -> frozenset[str]:
    """"+per-capita", "+average" ... marks for words in the clause that change the measure (not
    those inside ``skip`` spans: the "Net" of "Ministry of Net Zero and Average Earnings")."""
    marks = frozenset(
        "+" + m.group(1).lower().replace(" ", "-") for m in _NARROWING.finditer(text, start, end)
        if skip is None or m.start() not in skip
    )
    if any(c.isdigit() for c in text[start:end]):
        marks |= {
            "+" + m.group(1).lower().rstrip(".") + "-" + "-".join(re.findall(r"\d+", m.group(2)))
            for m in _NUMBERED_CLASS.finditer(text, start, end)
        }
        marks |= {"+" + m.group(1).lower().translate(_SUBSCRIPTS) for m in _POLLUTANT.finditer(text, start, end)}
        marks |= {"+" + m.group(1).lower() for m in _NETWORK_GENERATION.finditer(text, start, end)}
        marks |= {f"+over-{m.group(1)}-{m.group(2).lower().rstrip('s')}" for m in _WAIT_THRESHOLD.finditer(text, start, end)}
    return marks


# A count of those past a time threshold: "patients waiting more than 40 weeks" (each threshold its own measure)
_WAIT_THRESHOLD = re.compile(r"\b(?:(?:more|longer)\s+than|over)\s+(\d{1,3})\s+(hours?|days?|weeks?|months?|years?)\b", re.I)


_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")


def whole_marks(text: str, number_end: int, clause_end: int) -> frozenset[str]:
    """"%word" marks for the whole a share is of: "45% of the DPRK's GDP" -> {"%gdp"}."""
    match = _WHOLE.match(text, number_end, clause_end)
    if not match:
        return frozenset()
    words = measure_words(text, match.end(), min(clause_end, match.end() + 60), [], 3)
    return frozenset("%" + stem(w) for w in words)


_HEAD_PHRASE = re.compile(
    r"\s*(?:(?:annually|a\s+year|per\s+year|each\s+year|a\s+month|per\s+month)\s+)?"
    r"(?:(?:worth|value|valued)\s+)?(?:in|of|for|worth\s+of|in\s+the\s+form\s+of)\s+(?:the\s+|its\s+|their\s+|annual\s+)?"
    r"((?:[A-Za-z][\w’'-]*\s*){1,4})",
)
_MONTHS = frozenset(MONTH_NAMES.lower().split("|"))
_PERIOD_NOUNS = frozenset("quarter quarters half year years month months week weeks season period fortnight".split())
_HEAD_STOP = re.compile(r"\b(?:in|of|for|from|to|by|at|on|with|and|as|that|which|during|since|between)\b")


def head_phrase(text: str, number_end: int, limit: int) -> list[str]:
    """What an amount is of: "$55 million in technology transfers" -> ["technology", "transfers"]."""
    match = _HEAD_PHRASE.match(text, number_end, limit)
    if not match:
        return []
    phrase = match.group(1)
    stop = _HEAD_STOP.search(phrase)
    if stop:
        phrase = phrase[: stop.start()]
    written = re.findall(r"[A-Za-z][\w’'-]*", phrase)
    if any(w.lower() in _PERIOD_NOUNS for w in written[:3]):
        return []  # ("$14,230 in the first quarter", "in the second half": when, not what of)
    words = [w for w in written if w.lower() not in STOPWORDS and w.lower() not in _FILLER]
    return [] if words and words[0].lower() in _MONTHS else words  # ("6.8% in June 2025": when, not what of)


def measure_key(words: list[str], unit_noun: str | None) -> frozenset[str]:
    key = {stem(w) for w in words}
    if unit_noun:
        key.add(stem(unit_noun))
    return frozenset(key)
