"""``ca_context``: unit, measure, places, period and kind of every candidate claim."""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from claimaudit.extraction.extensions import doc_places, doc_tables, doc_text

from claimaudit.extraction.components.attribution import _Sorted
from claimaudit.extraction.parse import context as ctx
from claimaudit.extraction.parse.attribution import DATELINE, last_match
from claimaudit.extraction.parse.dates import MONTH_NAMES, find_dates
from claimaudit.extraction.parse.numbers import declared_symbols, find_numbers
from claimaudit.extraction.parse.frozen import maker
from claimaudit.extraction.parse.places import country_in_name, find_places, heading_country, places_named_by_cue
from claimaudit.extraction.parse.tables import CELL_SPLIT, AlignedHeader, column_header
from claimaudit.extraction.parse.units import (
    CURRENCY_CODES, RUPEE_SIGN, SUBUNIT_CURRENCY, UNIT_KINDS, currency_family_codes, currency_from_code, currency_from_symbol,
    currency_from_word, local_currency, unit_from_form,
)

# the look-ahead lists the alternatives' first characters: other word starts are passed over fast
_ANNUAL = re.compile(r"\b(?=[apey/])(?:annually|annual|per\s+year|a\s+year|each\s+year|every\s+year|yearly|/year|/yr)\b", re.I)
# Words that say how a figure relates, not what it measures ("reflects a 23% increase").
_THIN_WORDS = frozenset(
    "increase decrease rise growth decline reflect reflects represent represents account accounts "
    "equal equals total figure amount share".split()
)
_ANAPHOR = re.compile(r"\W*(?:This|These|That|Those|Such)\s+([a-z]+)\b")
_HEADER_RATE = re.compile(r"\b(monthly|annual|yearly|daily|weekly|per\s+(?:month|year|day|week))\b", re.I)
_HEADER_RATES = {"monthly": "month", "annual": "year", "yearly": "year", "daily": "day", "weekly": "week"}
_HEADER_RATES.update({f"per {k}": k for k in ("month", "year", "day", "week")})
_QUALIFIERS = (
    r"(?:(?:about|around|roughly|some|nearly|almost|approximately|an\s+estimated|(?:just\s+)?(?:under|over)|just|only|"
    r"(?:fewer|less|more)\s+than|at\s+(?:least|most)|up\s+to)\s+)?"
)
# "- Civilians killed: about 1,800", "▪ Visitor arrivals ........ 412,000" (a dot leader for the colon)
_BULLET_LABEL = re.compile(rf"\s*(?:[-•*–▪◦►]\s+)?([^:.;…]{{3,80}})(?::|[ \t]*(?:\.{{3,}}|…+))\s+{_QUALIFIERS}\Z")
_LABEL_END = re.compile(r":[^:]{0,40}\Z")  # a "label: value" line; the figure soon after the colon
_NOT_HEADER_NOUNS = frozenset(
    "years dates sources notes figures details values amounts totals shares thousands millions billions".split()
)
_GLUED_NOUN = re.compile(
    r"-(?!(?:strong|odd|plus|fold|old|point|percent|page|year|month|week|day|hour|minute|second|mile|meter|metre|"
    r"kilometer|kilometre|foot|inch|ton|tonne|pound|round|stage|phase|part|step|way|time|term)\b)([a-z]{3,})\b(?=\s+[A-Za-z])"
)
_APPOSITIVE = re.compile(r"\s*(?:up|down)\b", re.I)
_BASE_BEFORE = re.compile(r"\b(?:from|over|on|than|versus|vs\.?)\s+(?:the\s+)?$", re.I)
_PERIOD_MODS = {"since", "until", "before", "after", "by"}
_OVER_THE_PERIOD = r"(?:\s+(?:on|over|in|during)\s+the\s+(?:quarter|year|month|week|period))?"
# Measures that count people: a population, and those in (or out of) work. "Employment rose by
# 12,000 to 1.9 million" counts people as "the population of 9.1 million" does.
_PEOPLE_MEASURE = r"(?:population|employment|unemployment|labou?r\s+force|workforce)"
_PEOPLE_COUNT_BEFORE = re.compile(
    rf"\b{_PEOPLE_MEASURE}(?:\s*\([^()]{{1,60}}\))?(?:\s+(?:in|among|of)\s+(?:[a-z]+\s+){{0,2}}?[a-z]+)?\s+"
    r"(?:(?:of|was|is|stood\s+at|reached|totall?ed|numbered|at|(?:was|is)\s+estimated\s+at)"
    r"|(?:grew|rose|fell|increased|decreased|declined)\s+(?:by\s+(?:about\s+|some\s+)?[\d.,]+(?:\s*(?:%|per\s*cent))?"
    rf"{_OVER_THE_PERIOD}\s+)?to"
    r"|(?:grew|rose|fell|increased|decreased|declined|was\s+(?:up|down))\s+by)"
    r"\s+(?:(?:about|around|roughly|some|nearly|almost|an\s+estimated|approximately|over|more\s+than)\s+)?\Z",
    re.I,
)
_CITATION_OPEN = re.compile(r"\([A-Z][^()\d]{1,80},\s*\Z")
_COMPARED_FIGURE_DATE = re.compile(
    r"\b(?:from|than|versus|vs\.?|against|compared\s+(?:with|to))\s+(?:the\s+)?(?:(?:about|around|some|nearly|just)\s+)?"
    r"(?:[$€£]|[A-Z]{3}\s?)?\d[\d.,]*(?:\s*(?:%|per\s*cent|percent|million|billion|bn|mn|m)|[a-z]{1,2}\b|\s?[^\s\d/]{1,4}/[^\s\d/]{1,4}(?!\S))?"
    # ("from 8 weeks in 2023", "from 55.0 µg/m³ in 2023", "than the €528 per tonne paid in 2023")
    r"(?:\s+(?!in\b|during\b|for\b)[a-z][a-z-]{1,20}){0,3}\s+(?:in|during|for)\s+(?:the\s+)?\Z"
)


@dataclass(frozen=True, slots=True)
class ClaimContext:
    unit: str | None
    unit_family: str | None
    kind: str
    measure: str | None
    measure_key: frozenset[str]
    places: tuple[str, ...]
    period: str | None
    scale: float = 1.0  # a table's "(in billions of dollars)" applied to its bare cells
    currency: str | None = None
    per: str | None = None  # a rate read after the noun phrase ("2,000 students annually")
    row: str | None = None  # a table cell's row label, as written


# "2.2% of GDP", "3.1 per cent of the country's gross domestic product"
_OF_GDP_AT = re.compile(r"(?:\s*%|\s+per\s*cent|\s+percent)?\s+of\s+(?:(?:the|its|their|a|[A-Z][a-z]+['’]s|the\s+country['’]s|national|nominal)\s+)*"
                        r"(?:GDP|gross\s+domestic\s+product)\b")
_OF_GDP_TITLE = re.compile(r"\bas\s+an?\s+(?:share|percentage|per\s*cent|percent|proportion)\s+of\s+(?:nominal\s+)?GDP\b", re.I)
_OF_GDP_WHOLE = frozenset({"%gdp"})  # the whole mark of a share of GDP
_OF_GDP_HEADER = re.compile(r"(?:%|\bper\s*cent|\bpercent)\s+of\s+(?:nominal\s+)?GDP\b", re.I)
# rate bases written as units after a figure ("/MWh", "/MMBtu"): not measure words
_RATE_BASE_WORDS = frozenset({"MWh", "kWh", "GWh", "TWh", "MMBtu", "bbl", "t", "kg", "lb", "oz"})
_THAT_PERIOD = re.compile(r"\b(?:over|during|in|for)\s+(?:that|the\s+same)\s+period\b")
_CURRENT_BEFORE = re.compile(r"\b(?:[Tt]he\s+)?(?:current|present|today['’]s)\s+\Z")
_CURRENT_WORDS = ("current", "present", "today's", "today’s")  # what _CURRENT_BEFORE's window ends with, blanks aside
_BEFORE_THE = re.compile(r"\b(?:before|prior\s+to)\s+the\s+\Z")
_new_context = maker(ClaimContext)  # ClaimContext(...), every field given, faster (one per claim)


# a paragraph that opens with one to three words and a full stop, then its first sentence
_RUN_IN_HEAD = re.compile(r"([A-Z][a-z]{2,}(?:[ -][A-Za-z][a-z]+){0,2})\.[ \t]+(?=[A-Z])")
_NOT_RUN_IN = frozenset("Yes Note Notes See Source Sources However Overall Thus Meanwhile Also Still".split())
# "and" (or "but", "while") opening the next figure's noun phrase, and the figure before it with its words
_AND_NEXT_FIGURE = re.compile(rf"\s+(?:and|but|while|whereas)\s+{_QUALIFIERS}[$€£¥]?\d")
_FIGURE_AND_BEFORE = re.compile(rf"[$€£¥]?\d[\d.,]*[^\d;:]{{1,60}}?\s(?:and|but|while|whereas)\s+{_QUALIFIERS}[$€£¥]?\Z")
# a figure and its unit just before an opening bracket: "2.61 t/ha (", "1,200 km ("
_CONVERTED_BEFORE = re.compile(r"\d[\d.,]*[ \t]*[^\s\d()]{1,10}(?:[ \t]+[a-z]{1,8})?[ \t]+\(\Z")
_COMPARED_PERIOD_BEFORE = re.compile(
    r"\b(?:than|compared\s+(?:with|to))\s+(?:in\s+|during\s+)?(?:the\s+)?"
    r"(?:same\s+(?:quarter|month|period|week|half|season)\s+(?:of|in)\s+)?\Z"
)
# The end of _COMPARED_FIGURE_DATE: no date without it before can be a compared figure's
_COMPARED_DATE_END = re.compile(r"\s(?:in|during|for)\s+(?:the\s+)?\Z")


@dataclass(frozen=True, slots=True)
class _DateMarks:
    """What the words before (or after) each of a document's dates make of it: read once per
    document, not once per figure that may take the date as its period."""

    based: frozenset[int]  # starts of the dates written as the base of a change ("up 31% from 2023")
    cited: frozenset[tuple[int, int]]  # spans of a citation's dates ("(Ndoto Health Trust, 2020)")
    may_compare: frozenset[int]  # starts of the dates that may be a compared figure's ("from 31.5% in 2019")


def _date_marks(text: str, dates) -> _DateMarks:
    based, cited, may_compare = set(), set(), set()
    for d in dates:
        if _BASE_BEFORE.search(text, max(0, d.start - 12), d.start):
            based.add(d.start)
        if text[d.end : d.end + 1] == ")" and _CITATION_OPEN.search(text, max(0, d.start - 90), d.start):
            cited.add((d.start, d.end))
        if _COMPARED_DATE_END.search(text, max(0, d.start - 60), d.start):
            may_compare.add(d.start)
    return _DateMarks(frozenset(based), frozenset(cited), frozenset(may_compare))


# A dated update's heading on a page of several ("Update 2 | Sunday 9 March 2025, 17:00",
# "Situation update - 3 May 2025 09:00 hrs"), and the clock time in it
_STAMP_LINE = re.compile(
    r"^[ \t]*(?:(?:situation|flash|incident|operational|status)[ \t]+)?(?:update|bulletin|sitrep)\b[^\n]{0,100}$",
    re.I | re.M,
)
_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b")
_STAMP_HINT = re.compile(r"update|bulletin|sitrep", re.I)  # (no stamp line without one: no scan)


def _stamped_periods(text: str, dates, out: dict) -> None:
    """A page of two or more dated updates (an incident's, an outbreak's): a figure of one update
    that states no period of its own is as at its update's stamp, day and clock time, so that the
    count of one update is not read as contradicting the count of another."""
    if _STAMP_HINT.search(text) is None:
        return
    stamps = []
    for line in _STAMP_LINE.finditer(text):
        day = next((d for d in dates if line.start() <= d.start < line.end() and len(d.iso) == 10), None)
        if day is not None:
            clock = _CLOCK.search(text, day.end, line.end())
            stamps.append((line.end(), f"{day.iso} {clock.group().replace('.', ':')}" if clock else day.iso))
    if len(stamps) < 2:
        return
    ends = [end for end, _ in stamps]
    for at, context in out.items():
        if context.period is None and (i := bisect.bisect_right(ends, at)):
            out[at] = dataclasses.replace(context, period=stamps[i - 1][1])


def period_text(date) -> str:
    mod = getattr(date, "mod", None)
    if mod in _PERIOD_MODS:
        return f"{mod} {date.iso}"
    if mod in ("start", "mid", "end"):
        return f"{mod} {date.iso}"
    return date.iso


class ContextComponent:
    """Sets ``doc._.ca_contexts``: {number start offset: ClaimContext}."""

    def __init__(self, name: str = "ca_context") -> None:
        self.name = name
        self._declared: frozenset[str] = frozenset()  # the document's own currency codes (set per document)

    def __call__(self, doc: Doc) -> Doc:
        doc._.ca_contexts = self.contexts(doc)
        return doc

    def contexts(self, doc: Doc) -> dict[int, ClaimContext]:
        text = doc_text(doc)
        blocks = doc._.ca_blocks
        attributions = doc._.ca_attributions or {}
        numbers = _Sorted(n for n in doc._.ca_numbers if n.reason is None)
        all_numbers = _Sorted(doc._.ca_numbers)
        dates = _Sorted(doc._.ca_dates)
        marks = _date_marks(text, dates.items)
        known_places = doc_places(doc)
        # (the places the text itself names are for what a figure concerns only: the bodies a
        # document credits are found by the places the lexicon knows)
        places = _Sorted([*known_places, *places_named_by_cue(text, known_places)])
        # currency codes the document declares ("CVD 38.6 billion (Calvarian dollars)"), for its tables' headers
        self._declared = frozenset(n.currency for n in all_numbers.items if n.currency and n.currency not in CURRENCY_CODES)
        # and their symbols ("kronor (symbol K, currency code BRK)"): a header's "(K)" is that money, not thousands
        self._symbols = declared_symbols(text) if self._declared else {}
        self._acronym_nouns = _acronym_nouns(text)  # "internally displaced persons (IDPs)"
        # an index the document names by its acronym ("Herfindahl-Hirschman Index (HHI)"): its levels' unit
        indices = sorted(short for short, long in (doc._.ca_acronyms or {}).items() if _INDEX_NAME.search(long))
        index_before = re.compile(r"\b(?:" + "|".join(map(re.escape, indices)) + r")\b") if indices else None
        out: dict[int, ClaimContext] = {}
        header_of, aligned_of = doc_tables(doc)
        section_of = _table_sections(blocks, text)
        caption_of = _money_captions(blocks, text, header_of, aligned_of)
        paragraph_noun: tuple[int, str] | None = None  # (block, count noun) of the paragraph's last count
        section_country: dict[int, frozenset[str]] = {}  # block -> the country its section heading names
        for start, end, block_index in doc._.ca_sentences:
            block = blocks[block_index]
            in_sentence = numbers.within(start, end)
            if not in_sentence:
                continue
            base = ctx.Skip(
                [(n.start, n.end) for n in all_numbers.within(start, end)]
                + [(d.start, d.end) for d in dates.within(start, end)]
            )
            rows: dict = {}
            previous_noun = None
            previous, previous_end = None, 0
            sentence_contexts: list = []
            earlier_noun = paragraph_noun[1] if paragraph_noun and paragraph_noun[0] == block_index else None
            if earlier_noun is None and paragraph_noun and block.kind != "table" and (
                lead_in := _list_lead_in(text, in_sentence[0].start)
            ) is not None and blocks[paragraph_noun[0]].end > lead_in:
                earlier_noun = paragraph_noun[1]  # each item of a list counts what its lead-in counted
            ambient = None  # the country the sentence's paragraph or section is about
            for number in in_sentence:
                attribution = attributions.get(number.start)
                skip = base.plus([(attribution.start, attribution.end)]) if attribution is not None else base
                if block.kind == "table":
                    header = blocks[header_of[block_index]] if block_index in header_of else aligned_of.get(block_index)
                    span = (attribution.start, attribution.end) if attribution is not None else None
                    if span not in rows:
                        rows[span] = self._row_info(
                            text, start, end, skip, dates, places, attribution, header, section_of.get(block_index),
                            all_numbers.within(start, end),
                        )
                    context = self._row_context(
                        text, number, start, end, skip, dates, places, attribution, header, rows[span], marks,
                        caption_of.get(block_index),
                    )
                    if context.unit is None and context.kind == "change" and previous is not None and previous.unit and (
                        previous.unit_family in ("count", "money") and _NEXT_CELL.fullmatch(text, previous_end, number.start)
                    ):
                        # "Clinics   Change" over "214   +12": a change cell right after a count is in its unit
                        context = dataclasses.replace(context, unit=previous.unit, unit_family=previous.unit_family,
                                                      currency=previous.currency, per=previous.per)
                    out[number.start] = context
                    previous, previous_end = context, number.end
                else:
                    context = self._prose_context(
                        text, number, start, end, skip, dates, places, attribution, marks, previous_noun, previous,
                        earlier_noun, sentence_contexts, (block.start, block.end),
                    )
                    if not context.places:
                        # "2.3 Nigeria ... Of 5,870 samples tested, 3,102 were positive": a figure whose
                        # sentence names no place is about the country its section heading names (not
                        # the paragraph's last: prose names countries in passing)
                        if ambient is None:
                            if block_index not in section_country:
                                section_country[block_index] = _opening_country(text, block, places) or heading_country(
                                    text, blocks, block_index
                                )
                            ambient = section_country[block_index]
                        if ambient:
                            context = dataclasses.replace(context, places=tuple(sorted(ambient)))
                    if index_before is not None and context.unit in (None, "points") and not number.currency and not number.unit and (
                        index := last_match(index_before, text, max(start, number.start - 60), number.start)
                    ) is not None and (context.unit == "points" or not _DIGIT_RUN.search(text, index.end(), number.start)):
                        # "the MCI would rise to 2,140, an increase of 310 points": the index's levels and changes
                        context = dataclasses.replace(context, unit=index.group(), unit_family="index", per=None)
                    if context.unit is None and not number.currency and (
                        statistic := _STATISTIC_BEFORE.search(text, max(start, number.start - 40), number.start)
                    ):
                        # "(HR 0.71; ...)", "odds ratio 1.8", "p<0.001": a statistic's own scale
                        context = dataclasses.replace(context, unit=_statistic_unit(statistic), unit_family="ratio",
                                                      currency=None, per=None)
                    if context.unit is None and not number.currency and (
                        _SAMPLE_SIZE_BEFORE.search(text, max(start, number.start - 6), number.start)
                    ) and (counted := _sample_noun(text, start, previous_noun or earlier_noun, number.start)):
                        # "Patients were assigned to the vaccine (n=312)": a sample size counts the
                        # sentence's plural subject, else what the text counted last
                        context = dataclasses.replace(context, unit=counted, unit_family="count")
                    if context.unit is None and number.low is not None and (
                        ci := _CI_BEFORE.search(text, max(start, number.start - 40), number.start)
                    ) and (estimate := next((out[n.start] for n in reversed(in_sentence)
                                             if n.end <= ci.start() and n.start in out), None)):
                        # "26.6% (95% CI 25.0-28.2)", "62 deaths per 1,000 (95% CI 54-70)": the
                        # interval is in the estimate's unit
                        context = dataclasses.replace(context, unit=estimate.unit, unit_family=estimate.unit_family,
                                                      currency=estimate.currency, per=estimate.per)
                    if (context.unit is None or _named_in_label(text, number.start, context)) and not number.currency and (
                        not number.unit and number.per is None
                        and text[number.start : number.end].replace(",", "").replace(".", "").isdigit()
                    ) and (lead := _items_lead_in(text, number.start)) is not None and (
                        stated := _scaled_title_tail(_PARENTHESES.sub("", lead).rstrip(" :"))
                    ) is not None:
                        # "Estimates by district, thousand tonnes:" over "- North Ridge ..... 41.2": the
                        # lead-in's scale and unit are its items' bare figures'
                        scale, unit, currency, family = stated
                        context = dataclasses.replace(context, scale=scale, unit=unit, unit_family=family, currency=currency)
                    sentence_contexts.append(context)
                    out[number.start] = context
                    if context.unit_family == "duration" and _SPAN_OPENING.search(text, max(start, number.start - 16), number.start):
                        continue  # "in the six months to March, down from 5,300": a span the figures are of, not one compared
                    if _may_end_clause(text, max(start, number.start - 16), number.start, _BOUND_LAST) and (
                        _BOUND_ON_COUNTED_BEFORE.search(text, max(start, number.start - 60), number.start)
                    ):
                        continue  # "2,410 clients paying more than $50,000, up 9% from 2,210": a bound on the clients
                    previous = context
                    if context.unit_family == "count" and context.unit:
                        previous_noun = context.unit.split("/")[0]
                        paragraph_noun = (block_index, previous_noun)
                    elif context.unit and context.unit_family not in (None, "count", "percent"):
                        previous_noun = None
            if block.kind != "table" and len(in_sentence) > 1:
                _share_rate_backwards(text, in_sentence, out)
                _change_count_backwards(text, in_sentence, out)
                _listed_counts_backwards(text, in_sentence, out)
        _stamped_periods(text, dates.items, out)
        return out

    def _unit(self, text, number, limit, previous_noun=None, floor=None, earlier_noun=None, previous_measure=None):
        noun, modifiers = (None, ())
        if not number.currency and not number.unit and (glued := _GLUED_NOUN.match(text, number.end, limit)):
            # "a 125-member delegation", "the 27-nation bloc": the glued noun is what is counted
            word = glued.group(1).lower()
            noun, modifiers = (word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "s"), ()
        elif not number.currency and not number.unit:
            noun, modifiers = ctx.counted_noun(text, number.end, limit)
            if noun is None and _may_end_clause(text, max(0, number.start - 80), number.start, _SUBJECT_LAST) and (
                subject := _SUBJECT_BEFORE.search(text, max(0, number.start - 80), number.start)
            ) and (
                not subject.group("rel") or _ELLIPTICAL.match(text, number.end, limit)
            ):
                # "The workers, numbering 8,000 in ...", "workers in Jilin, where 12,000 were employed"
                noun = subject.group("noun").lower()
            if noun is None and _may_end_clause(text, max(0, number.start - 40), number.start, _REACHES_LAST) and (
                _VERB_REACHES.search(text, max(0, number.start - 40), number.start)
            ) and (
                sv := _SUBJECT_VERB_BEFORE.search(text, max(0, number.start - 160), number.start)
            ):
                subject = sv.group("noun").lower()
                while sv and (subject in _REPORTING_VERBS_S or _CLAUSE_OPENING.match(sv.group("mid"))):
                    # (another clause's subject: the subject of the verb is further on, if any)
                    sv = _SUBJECT_VERB_BEFORE.search(text, sv.end("noun"), number.start)
                    subject = sv.group("noun").lower() if sv else ""
                if sv is not None and subject not in _NOT_COUNTED_SUBJECTS and subject not in ctx.STOPWORDS:
                    noun = subject  # "accounts stood at 77.3 million", "Arrivals fell 48% to 11,575"
                    if text.find("umber of", max(0, sv.start("noun") - 120), sv.start("noun")) >= 0 and (
                        counted := _NUMBER_OF_SUBJECT.search(text, max(0, number.start - 200), number.start)
                    ) and counted.start("noun") < sv.start("noun") and not _VERB_BETWEEN.search(
                        text, counted.end("noun"), sv.start("noun")
                    ):
                        # "The number of patients waiting more than 52 weeks fell to 2,496": the
                        # number's noun, not a threshold's in its clause
                        noun = counted.group("noun").lower()
                elif sv is not None and subject == "numbers" and (
                    whose := _NUMBERS_OF_BEFORE.search(text, max(0, sv.start("noun") - 30), sv.start("noun"))
                ) and whose.group(1).lower() not in ctx.STOPWORDS:
                    noun = ctx.plural_of(whose.group(1).lower())  # "Volunteer numbers rose 3% to 2,140": volunteers
            if noun is None and text.find("umber of", max(0, number.start - 200), number.start) >= 0 and (
                counted := _NUMBER_OF_SUBJECT.search(text, max(0, number.start - 200), number.start)
                or _NUMBER_OF_OBJECT.search(text, max(0, number.start - 200), number.start)
            ):
                # "The number of people aged 15 and over in employment was estimated at 5.21 million"
                noun = counted.group("noun").lower()
            if noun is None and (partitive := _PARTITIVE.match(text, number.end, limit)):
                # "37 of Russia's 89 federal subjects", "3 of the 12 firms": a part of a counted whole
                noun, modifiers = ctx.counted_noun(text, partitive.end(), limit)
                if (spans := _PARTITIVE_SPANS.match(text, partitive.end(), limit)) is not None:
                    noun, modifiers = spans.group(1).lower(), ()  # "Four of the six months": months
            if noun is None and previous_noun and (
                _ELLIPTICAL.match(text, number.end, limit)
                or _COMPARED_BEFORE.search(text, max(0, number.start - 50), number.start)
                or _FROM_TO_BEFORE.search(text, max(0, number.start - 40), number.start)
            ):
                # "60 vessels were enrolled in the MSP, and 9 were enrolled in the TSP", "more
                # than 400 advisers, up from about 150": the count repeats the noun of the figure
                # before it in the sentence.
                noun = previous_noun
            elif noun is None and previous_noun and (
                _PARALLEL_BEFORE.search(text, max(0, number.start - 60), number.start)
                or _GAPPED_BEFORE.search(text, max(0, number.start - 40), number.start)
                # ("Marrovia, with 3,863 students, and Tessport, with 2,417, ...")
                or _NAME_WITH_BEFORE.search(text, max(0, number.start - 40), number.start)
            ) and _PARALLEL_AFTER.match(text, number.end, limit):
                # "400–600 in Burkina Faso and up to 300 in Niger", "mining employed 9,000
                # people, tourism 12,500 and fishing 3,100": the verb and noun left unsaid
                noun = previous_noun
            elif noun is None and earlier_noun and not previous_noun and _list_lead_in(text, number.start) is not None:
                # "Of the 250 clinics inspected:" over "• 120 (48%) met ...": each item counts what the lead-in counted
                noun = earlier_noun
            elif noun is None and (previous_noun or earlier_noun) and _FURTHER_BEFORE.search(text, max(0, number.start - 40), number.start):
                noun = previous_noun or earlier_noun  # "... 2,500 personnel. RUSI counts a further 400–600"
            elif noun is None and (previous_noun or earlier_noun) and _named_part(text, number, 0, limit):
                # "Of these, 22 took place ...", "Fourteen of them had ...", "Of the 31 barges,
                # only two held ...": a part of the count named before
                noun = previous_noun or earlier_noun
            elif noun is None and (previous_noun or earlier_noun) and (
                changed := ctx.PERIOD_CHANGE_AFTER.match(text, number.end, limit)
            ) and (changed.group("than") or _CHANGE_BEFORE.search(text, max(0, number.start - 30), number.start)):
                # "... at 61,000, down 2,000 on the quarter and 4,500 on the year", "This was 900
                # more than a year earlier": a change of the count before it
                noun = previous_noun or earlier_noun
        if noun is not None and (defined := self._acronym_nouns.get(noun)) is not None:
            noun, modifiers = defined  # "2.63 million IDPs": the persons the document's acronym names
        currency = number.currency
        if not currency and not number.unit:
            of_money = _OF_MONEY.match(text, number.end, limit)
            if of_money:  # "hundreds of millions of dollars", "two billion euros' worth"
                currency, noun, modifiers = _MONEY_WORDS[of_money.group(1).lower()], None, ()
        measured = number.unit
        # (each match holds its word: the window is searched only when str.find sees that word in it)
        if not currency and not measured and noun is None and text.find("factor", max(0, number.start - 40), number.start) >= 0 and (
            _FACTOR_OF_BEFORE.search(text, max(0, number.start - 40), number.start)
        ):
            measured = "times"  # "exceed them by a factor of more than 18": a ratio, as "18 times" is
        elif not currency and not measured and noun is None and number.unit is None and (
            text.find("ratio", max(0, number.start - 40), number.start) >= 0
            and _RATIO_BEFORE.search(text, max(0, number.start - 40), number.start)
        ):
            measured = "ratio"  # "In London the ratio was 11.1", "giving a ratio of 8.3": a ratio of two figures
        if (
            not currency and not measured and noun is None and previous_measure is not None
            and not _ELLIPTICAL.match(text, number.end, limit)
            and (
                _COMPARED_BEFORE.search(text, max(0, number.start - 50), number.start)
                or _PARALLEL_BEFORE.search(text, max(0, number.start - 60), number.start) and _PARALLEL_AFTER.match(text, number.end, limit)
            )
        ):
            # "Bolivia accounts for 23 million tonnes, Argentina for 22 million", "8,000 nautical
            # miles, against 10,500": the figure repeats the unit of the one before it
            currency, measured = previous_measure
        base = currency or measured or noun
        per = number.per
        if per is None and noun and not currency and not measured and (
            counted := _COUNT_PER_N_AFTER.match(text, number.end, limit)
        ) and counted.group("noun").lower() == noun:
            # "2.1 hospital beds per 1,000 people": the count is a rate per so many
            per = f"{counted.group('n')} {' '.join(counted.group('what').split())}"
        if per is None and base and UNIT_KINDS.get(number.unit) not in ("percent", "time"):
            rate = _RATE_AFTER.match(text, number.end, limit)
            money_rate = _MONEY_RATE_AFTER.match(text, number.end, limit) if currency else None
            if rate:
                per = _RATE_WORDS[" ".join(rate.group("rate").lower().split()[-1:])]
            elif money_rate:  # "$150,000 a day", "US$1.62 a pound", "US$12,000 per fishing day"
                word = (money_rate.group("per") or money_rate.group("adv")).lower()
                per = _MONEY_PER.get(word) or _ADVERB_PER.get(word, word)
            elif floor is not None and (adj := _RATE_ADJ_BEFORE.search(text, max(floor, number.start - 80), number.start)):
                per = _RATE_ADJS[adj.group(1).lower()]  # "the average monthly wage rose to 72,000 rubles"
            elif (currency or number.unit in SUBUNIT_CURRENCY) and floor is not None and (
                owned := _PER_NOUN_BEFORE.search(text, max(floor, number.start - 60), number.start)
            ):
                per = owned.group("noun").lower()  # "earnings per share of EUR 1.83", "the cost per child was US$165"
            elif currency and floor is not None and (hyphen := _PER_HYPHEN_BEFORE.search(text, max(floor, number.start - 90), number.start)):
                per = hyphen.group("per")  # "cut its per-kilometre rate for standard cars from KES 47 to KES 40"
            elif (currency or number.unit in SUBUNIT_CURRENCY) and floor is not None and _PER_SHARE_BEFORE.search(
                text, max(floor, number.start - 60), number.start
            ):
                per = "share"  # "our EPS estimate by 6% to EUR 1.71": earnings per share
            elif currency and floor is not None and "price" in text[max(floor, number.start - 120) : number.start] and (
                priced := _PRICE_OF_ONE.search(text, max(floor, number.start - 120), number.start)
            ):
                per = priced.group("noun").lower()  # "the price of a 200-litre barrel of water rose from US$4.50"
        if not base and per and per[:1].isdigit() and (
            numerator := _rate_numerator(text, number, floor, previous_noun)
        ):
            # "an attack rate of 73.6 per 100,000", "4,406 cases, or ~72 per 100,000 population"
            base, noun = numerator, numerator
            if per.replace(",", "").isdigit() and numerator in _VITAL_EVENTS:
                per = f"{per} population"  # cases, deaths and births are counted per N people
        if per and not currency and per.replace(",", "").isdigit() and (
            named := last_match(_PER_N_NAMED, text, max(0, number.start - 200), number.start)
        ) is not None and named.group(1) == per and "\n\n" not in text[named.end() : number.start]:
            per = f"{per} {' '.join(named.group(2).split())}"  # "96.1 per 100,000 population, ... 88.4 per 100,000": one base
        if base and per and not currency and UNIT_KINDS.get(f"{base} per {per}"):
            # "39,000 barrels a day" is in "barrels per day", as "46,000 barrels per day" is
            measured, base, per, noun = f"{base} per {per}", f"{base} per {per}", None, None
        unit = f"{base}/{per}" if base and per else (base or (f"per {per}" if per else None))
        family = "money" if currency else UNIT_KINDS.get(measured, measured) if measured else ("count" if noun else None)
        return unit, family, noun, modifiers, currency, per

    def _period(self, text, number, candidates, attribution, clause, marks: _DateMarks):
        """``marks``: what the document's dates are (see ``_date_marks``)."""
        at = number.start
        # (called for every figure: the window is searched only when it ends as the pattern needs)
        if text[max(0, at - 12) : at].rstrip().endswith(_CURRENT_WORDS) and _CURRENT_BEFORE.search(text, max(0, at - 12), at):
            return None  # "the current 21% rate": now, whatever year the sentence names
        if attribution is None:
            usable = candidates
        else:
            own = attribution.date
            usable = [
                d
                for d in candidates
                if (own is None or (d.start, d.end) != (own.start, own.end))
                and not (attribution.start <= d.start < attribution.end)
            ]
            if not usable and own is not None and attribution.how == "parenthetical" and _AS_OF_END.search(
                text, max(0, own.start - 10), own.start
            ):
                usable = [own]  # "1.42 million minors (UNHCR, as of 30 June 2025)": the count's day too
        if usable and (marks.may_compare or marks.cited):
            # "26.6%, down from 31.5% in the 2019 round": the date of the figure compared with, not
            # its own; "(Ndoto Health Trust, 2020)": a citation's date, even one the document's own
            # publisher gives
            usable = [d for d in usable if not (
                d.start in marks.may_compare and number.end < d.start
                and _COMPARED_FIGURE_DATE.search(text, max(number.end, d.start - 60), d.start)
                or (d.start, d.end) in marks.cited
            )]
        if usable:
            # "678 burglaries, 11.6% fewer than in the same quarter of 2024": the period compared with
            usable = [d for d in usable if not (
                number.end < d.start and _COMPARED_PERIOD_BEFORE.search(text, max(number.end, d.start - 45), d.start)
            )]
        if usable and text.find("(", max(0, at - 400), at + 400) >= 0:
            # "up 9.6% to £1,284.5 million (2023: £1,187.2 million)": the year labels the figure
            # after its colon, the prior period's, and no other
            usable = [d for d in usable if not (
                text[d.start - 1 : d.start] == "(" and (label := _PRIOR_LABEL.match(text, d.end)) is not None
                and not label.end() <= at <= label.end() + 1
            )]
        # "up 31% from 2023": the year after "from" is the base of a change, not its period
        based = marks.based
        if based and len(usable) > 1:  # (a single date is never left out)
            n_based = sum(1 for d in usable if d.start in based)
            if n_based and n_based < len(usable):
                usable = [d for d in usable if d.start not in based]
        low, high = clause
        in_clause = [d for d in usable if low <= d.start < high]
        # ("Ratios above 8% mark decline (Author, 1991), so the 2025 result ...": a clause drawn as a
        # consequence after the figure's is about another figure)
        pool = in_clause or [d for d in usable if not (d.start > number.end and _CONSEQUENCE.search(text, number.end, d.start))]
        if not in_clause and len(pool) > 1:
            # ("..., 22% less than the €528 paid in 2023, and feed fell 9% to €356": another clause's
            # compared figure's date, when the sentence has another; a single date is never left out)
            pool = [d for d in pool if not (
                d.end <= number.start and d.start in marks.may_compare
                and _COMPARED_FIGURE_DATE.search(text, max(0, d.start - 60), d.start)
            )] or pool
        if pool:
            if len(pool) == 1:
                best = pool[0]
            else:
                # "from 11,594 km2 in 2022 to 9,001 km2 in 2023": a date the figure's own words lead
                # to ("... km2 in 2023") is its period, however close the one before it
                best = next((d for d in pool if number.end <= d.start <= number.end + 40
                             and _DATE_RIGHT_AFTER.fullmatch(text, number.end, d.start)), None)
                if best is None:
                    best = min(pool, key=lambda d: abs(d.start - at))
            if best.mod is None and text[max(0, best.start - 12) : best.start].rstrip().endswith("the") and _BEFORE_THE.search(
                text, max(0, best.start - 12), best.start
            ):
                return f"before {best.iso}"  # "the 35% rate before the 2017 rate cut"
            return period_text(best)
        if number.per == "year" or _ANNUAL.search(text, clause[0], clause[1]):
            return "annual"
        return None

    def _prose_context(self, text, number, start, end, skip, dates, places, attribution, marks, previous_noun=None, previous=None,
                       earlier_noun=None, earlier=None, paragraph=None):
        clause = ctx.clause_span(text, number.start, number.end, start, end)
        measured = previous
        if previous is not None and previous.unit_family == "percent" and earlier:
            # "14.6 million tonnes, an increase of 7.2% on the 14.1 million handled": past the change
            measured = next((c for c in reversed(earlier) if c.unit_family != "percent"), previous)
        unit, family, noun, modifiers, currency, per = self._unit(
            text, number, end, previous_noun, clause[0], earlier_noun, _measure_of(measured)
        )
        if per is None and not number.per and number.start - start <= 80 and (
            every := _EVERY_PERIOD_OPENING.match(text, start, number.start)
        ) and family != "percent":
            # "Every day in 2024, about 95 children drowned": a count per day, not the year's
            per = every.group(1).lower()
            unit = f"{unit}/{per}" if unit else None
        if (
            unit is None and not number.currency and not number.unit
            and (label := _BULLET_LABEL.match(text, start, number.start))
            and not _ELLIPTICAL.match(text, number.end, end)
        ):
            # "- Russian personnel in the Sahel: roughly 3,000", "- Civilians killed since 2022:
            # more than 1,800": the label's plural noun is what the bare count counts
            head = _label_noun(label.group(1))
            if head:
                unit, family, noun = head, "count", head
        if unit is None and not number.currency and not number.unit and text.endswith("(", max(start, number.start - 2), number.start) and (
            whole := _SHARE_OF_BEFORE_BRACKET.search(text, max(start, number.start - 60), number.start)
        ) and ctx.is_plural_noun(whole.group(1)):
            # "available to 78.4% of premises (2.41 million)": the bracket counts the share's whole's noun
            unit, family, noun = whole.group(1).lower(), "count", whole.group(1).lower()
        if (
            unit is None and not number.currency and not number.unit and number.low is None
            and (number.value or 0) >= 1000 and _PEOPLE_COUNT_BEFORE.search(text, max(start, number.start - 60), number.start)
        ):
            # "a combined population of 5.29 million", "the population grew by 6% to 7.4 million": people
            unit, family, noun = "people", "count", "people"
        if (
            unit is None and not number.currency and not number.unit and previous is not None
            and previous.unit_family == "count" and "/" not in (previous.unit or "/")
            and (_TO_AFTER_FROM_BEFORE.search(text, max(start, number.start - 60), number.start)
                 or _TO_AFTER_BY_BEFORE.search(text, max(start, number.start - 60), number.start)
                 or _COMPARED_BEFORE.search(text, max(start, number.start - 50), number.start)
                 or _CHANGE_OF_BEFORE.search(text, max(start, number.start - 30), number.start)
                 or _UP_DOWN_BEFORE.search(text, max(start, number.start - 30), number.start)
                 or _TOTAL_TO_BEFORE.search(text, max(start, number.start - 60), number.start)
                 or _OUT_OF_BEFORE.search(text, max(start, number.start - 30), number.start))
        ):
            # ("3,410 applicants were placed out of 4,520": the whole counts what its part does)
            # "Ferry crossings fell from 8,240 in 2023 to 7,115 in 2024", "The number of registered
            # nurses fell by 1,200 to 36,400", "610 permits, compared with 584", "(2024: 584)", "4.1
            # million members, a rise of 60,000", "410,000, down 9,000": the other figure counts what the earlier does
            unit, family, noun = previous.unit, "count", previous.unit
        if unit is None and not number.currency and not number.unit and previous is not None and previous.unit == "points" and (
            _POINTS_THEN_TO.search(text, max(start, number.start - 60), number.start)
        ):
            unit, family, noun = "points", previous.unit_family, None  # "The FTSE 100 fell 42 points to 8,120": the index's level
        if unit is None and not number.currency and not number.unit and _BRACKET_IN_A_RUN_AT.match(text, number.end) and (
            _NAMED_IN_BRACKETS_BEFORE.search(text, max(start, number.start - 40), number.start)
        ) and (counted := next((c for c in reversed(earlier or ()) if c.unit_family == "count" and c.unit and "/" not in c.unit), None)):
            # "with 268 claims, ..., followed by motor (187) and property (176)": the sentence's count
            unit, family, noun = counted.unit, "count", counted.unit
        if unit in (None, "total") and not number.currency and not number.unit and _TOTAL_AFTER.match(text, number.end) and (
            _OF_THE_BEFORE.search(text, max(start, number.start - 10), number.start)
        ) and (counted := next((c for c in reversed(earlier or ()) if c.unit_family == "count" and c.unit and "/" not in c.unit), None)):
            # "1,180, or 26.1% of the 4,520 total": the total of what the sentence counted
            unit, family, noun = counted.unit, "count", counted.unit
        partitive = _OF_ALL_OPENING.match(text, start, number.start) if not number.currency and not number.unit else None
        # (the figures after the opening's comma: "Of the 40 sites, 12 are camps and 28 are settlements")
        whole = partitive.group("noun") if partitive else None
        if whole is not None and ctx.is_plural_noun(whole) and whole.lower() not in _NOT_HEADER_NOUNS:
            if unit is None:
                # "Of all registered vehicles, 1.2 million run on diesel", "Of the 310 sites, 64 are
                # camps": a part of what the opening names
                unit, family, noun = whole.lower(), "count", whole.lower()
        elif (unit is None or family == "count" and not _OF_THESE_OPENING.match(text, start, number.start)) and (
            not number.currency and not number.unit
        ) and (
            predicate := _COUNTED_PREDICATE_AT.match(text, number.end, end)
        ) and ctx.is_plural_noun(predicate.group(1)) and predicate.group(1).lower() not in _NOT_HEADER_NOUNS:
            # "Of those injured, 14 were cyclists and 6 were children": what the count is
            unit, family, noun = predicate.group(1).lower(), "count", predicate.group(1).lower()
        elif unit is None and partitive is not None and whole is None:
            unit, family, noun = "people", "count", "people"  # "Of those still waiting, 3,100 ...": people
        if (
            not number.currency and not number.unit and previous is not None and previous.per
            and unit in (None, (previous.unit or "").split("/")[0])  # (the noun the comparison repeats, without its rate)
            and (
                previous.per[:1].isdigit() and _COMPARED_RATE_BEFORE.search(text, max(start, number.start - 60), number.start)
                or previous.unit_family not in (None, "percent") and _COMPARED_BEFORE.search(text, max(start, number.start - 50), number.start)
            )
        ):
            # "a penetration of 76.7 per 100 inhabitants, well above the regional average of 46.5",
            # "1.9 pupils per computer, compared with 2.4", "139 litres per person per day, compared
            # with 142": the figure compared is the same rate
            unit, family, per = previous.unit, previous.unit_family, previous.per
        kind = ctx.kind_of(text, number.start, number.end, start, number.unit == "percent", number.sign)
        parallel_share = (
            kind == "level" and number.unit == "percent" and previous is not None and previous.kind == "share"
            and _PARALLEL_BEFORE.search(text, max(0, number.start - 60), number.start) is not None
        )
        if parallel_share:
            kind = "share"  # "52% of cargoes went to EU ports, 31% to China and 24% to Asia": one whole's shares
        # Windows reach back at most REACH characters into the sentence, so that a sentence
        # of thousands of figures costs linear, not quadratic, time.
        floor = max(start, number.start - REACH)
        if (dateline := DATELINE.match(text, start, number.start)) is not None:
            floor = max(floor, dateline.end())  # "GENEVA, October 14 (Wire) - ": where the story was filed
        if kind == "share":
            clause = (floor, clause[1])  # the part is named before "45% of <whole>"
        if kind in ("level", "share") and ctx.is_conditional(text, clause[0], clause[1]):
            kind = "conditional"
        def ranked_in(p) -> bool:
            # ("rose by 34% in 2024, one of the fastest in Europe": the set it is ranked in, not its place)
            return p.start > number.end and (
                _RANKED_IN_BEFORE.search(text, max(number.end, p.start - 50), p.start) is not None
                or _COMPARED_TO_THE_BEFORE.search(text, max(number.end, p.start - 20), p.start) is not None
                and _LEVEL_AFTER.match(text, p.end) is not None
            )

        place_names = [p for p in places.within(clause[0], clause[1]) if not _inside(p, attribution) and not ranked_in(p)]
        if len(place_names) >= 2:
            place_names = _own_place(text, number, place_names, clause[1])
        source_place = None
        # "... reached $14.8 billion in 2024, up 31% from 2023, with Russia ...": an appositive
        # change is about what the figure before it measures, not about the places after it.
        inherited = previous is not None and kind == "change" and not place_names and _APPOSITIVE.match(
            text, clause[0], number.start
        )
        if not place_names and not inherited:
            # Nearest first: the sentence before the figure, the country of a national source
            # ("the Central Bank of the Republic of Uzbekistan reported ..."), then what follows.
            around = places.within(floor, min(end, number.end + REACH))
            place_names = [p for p in around if p.start < number.start and not _inside(p, attribution)]
            source_place = _source_country(attribution) if not place_names else None
            if not place_names and not source_place:
                # (not past a semicolon: "... rose 6% to 2.1 million; visitors from Japan grew ...")
                place_names = [p for p in around if not _inside(p, attribution) and not ranked_in(p)
                               and (p.start < number.start or ";" not in text[number.end : p.start])]
            if not place_names and not source_place and start > 0 and (
                text.find("country", floor, number.start) >= 0 and _THE_COUNTRY.search(text, floor, number.start)
            ):
                # "Tajikistan depends ... on money sent home. Remittances to the country were worth
                # $5.7 billion": the country the sentence before opens with
                before = max(text.rfind(". ", 0, start - 1), text.rfind("\n", 0, start - 1)) + 1
                place_names = [p for p in places.within(before, start) if p.kind == "country"][:1]
        local = local_currency(number.text, [p.name for p in place_names] or [p.name for p in places.within(start, end)]) if currency else None
        if currency and local is None and paragraph is not None and currency_family_codes(number.text):
            # "10 billion dirhams" in a sentence naming only Casablanca: the paragraph's country,
            # else the last country named before it
            local = local_currency(number.text, [p.name for p in places.within(*paragraph) if p.kind == "country"])
            if local is None and not RUPEE_SIGN.match(number.text):  # ("Rs" alone is India's, unless said otherwise nearby)
                named = [p.name for p in places.within(max(0, number.start - 1500), number.start) if p.kind == "country"]
                local = local_currency(number.text, named[-1:])
        if currency and local is None and (codes := currency_family_codes(number.text)):
            # "CLP 1.2 trillion (about US$1.3 billion) ..., down from 2.1 trillion pesos"
            local = next((c.currency for c in reversed(earlier or ()) if c.currency in codes), None)
        if currency and local and local != currency:
            unit, currency = unit.replace(currency, local, 1), local  # "2.1 trillion pesos" about Chile
        if currency and per is None and previous is not None and previous.currency and previous.per and (
            _COMPARED_BEFORE.search(text, max(0, number.start - 50), number.start)
            or _RESTATED_BEFORE.search(text, max(0, number.start - 40), number.start)
        ) and not _IN_TOTAL.match(text, number.end):  # ("US$2.40 per child, or about US$4.6 million in total")
            # "US$2.05 per pound, compared with US$1.62", "CNY 3.6bn a year, about US$500mn"
            per = previous.per
            unit = f"{unit}/{per}"
        elif (family == "money" or number.unit and family not in ("percent", "time")) and unit and per is None and earlier and (
            rated := next((c for c in reversed(earlier) if c.unit_family == family and c.unit.split("/")[0] == unit), None)
        ) and rated.per and (
            _COMPARED_BEFORE.search(text, max(0, number.start - 50), number.start)
            or _RANKED_AGAINST.search(text, max(0, number.start - 40), number.start)
            or _TO_AFTER_FROM.search(text, max(start, number.start - 120), number.start)
            or _AND_BEFORE.search(text, max(0, number.start - 30), number.start) and (
                _RATE_PAIR.search(text, start, number.start) or earlier[-1] is rated)
            or _PLUS_BEFORE.search(text, max(0, number.start - 12), number.start)
        ) and not _IN_TOTAL.match(text, number.end):
            # "21 US cents a share, up 17% from 18 cents", "from KSh 498 a month ... to KSh 517",
            # "USD 1,960 per hectare for pasture and USD 4,910 for cropland": the same money per the same
            # thing; so with a unit ("140 litres per person a day, down from 152 litres")
            per = rated.per
            unit = f"{unit}/{per}"
        label = _BULLET_LABEL.match(text, start, number.start) if clause[0] > start else None
        words_end = clause[1]
        if noun is not None and (next_figure := _AND_NEXT_FIGURE.search(text, number.end, clause[1])) is not None:
            # "received 812 submissions from residents and 47 from businesses": the words after "and"
            # are the next figure's
            words_end = next_figure.start()
        words_skip = skip
        if noun is not None and (figure_before := _FIGURE_AND_BEFORE.search(text, clause[0], number.start)) is not None:
            # "... 812 submissions from residents and 47 submissions from businesses": nor the words before "and",
            # the figure before's (the clause's subject, before both, is kept)
            words_skip = skip.plus([(figure_before.start(), figure_before.end())])
        words, content = ctx.measure_words_and_content(
            # ("Bed occupancy, serviced rooms ....... 64%": the label's comma opens no clause of its own)
            text, label.start(1) if label and clause[0] < label.end(1) else clause[0], words_end, words_skip,
            [(p.start, p.end) for p in place_names],
        )
        head_of = None  # the head noun's mark of a noun phrase the figure is apposed to
        if label and clause[0] >= label.end(1):
            # "Mobile penetration: 128.3 subscriptions per 100 inhabitants": the label names the measure
            label_places = [(p.start, p.end) for p in places.within(label.start(1), label.end(1))]
            label_words = ctx.measure_words(text, label.start(1), label.end(1), skip.plus(label_places))
            content = label_words[:6] + content
            words = label_words[:6] + words
        elif (len(content) < 2 or not set(content) - _THIN_WORDS) and clause[0] > start and _VALUED_AT.match(text, clause[0]) and (
            _BARE_NOUN_PHRASE_BEFORE.search(text, max(floor, clause[0] - 60), clause[0])
        ) and (named := ctx.measure_words(text, max(floor, clause[0] - 60), clause[0], skip)[-2:]):
            # "exports lifted the country's foreign reserves, estimated at $9.4 billion": the figure is
            # what the noun phrase before the participle names, not the rest of the sentence
            content = named + content
            words = named + words
            head_of = {"^" + ctx.stem(named[-1].lower())}
        elif len(content) < 3 and clause[0] > start and (antecedent := _RELATIVE_ANTECEDENT.search(
            text, max(floor, clause[0] - 60), clause[0]
        )) and (named := ctx.measure_words(text, antecedent.start(), antecedent.end("np"), skip)[-2:]):
            # "Digital transfers, which the World Bank says cost about 4.8% on average": the relative
            # clause's figure measures the noun phrase it describes (its head: "driven by garage break-ins,
            # which rose to 4,310 offences" is no count of all the thefts the section is about)
            content = named + content
            words = named + words
            head_of = {"^" + ctx.stem(named[-1].lower())}
        elif clause[0] > start and (antecedent := (
            _WHERE_ANTECEDENT.search(text, max(floor, clause[0] - 60), clause[0])
            or _NAME_WITH_BEFORE.search(text, max(floor, clause[0] - 40), clause[0])
        )) and (
            named := ctx.measure_words(text, antecedent.start("np"), antecedent.end("np"), skip)[-2:]
        ):
            # "Growth was fastest in dentistry, where enrolled students rose 5.1% to 3,170": the
            # students of dentistry, not all enrolled students
            content = named + content
            words = named + words
        elif (len(content) < 2 or not set(content) - _THIN_WORDS) and clause[0] > start and not (
            # ("of which 283 GW was battery storage, 204 GW solar, 168 GW offshore wind": a listed
            # part is named by its own words, as the first part is)
            content and previous is not None and previous.unit == unit and unit is not None
            and _PARALLEL_BEFORE.search(text, max(start, number.start - 40), number.start)
            and _OWN_WORDS_AFTER.match(text, number.end)
        ):
            # "..., and had $3.1 billion in TVL": the clause names too little; the subject is
            # at the start of the sentence.
            subject_places = place_names or [p for p in places.within(floor, number.start)]
            subject = ctx.measure_words(text, floor, number.start, skip.plus([(p.start, p.end) for p in subject_places]))
            content = subject[:6] + content
        head = ctx.head_phrase(text, number.end, clause[1]) if not noun and kind != "share" else []
        place_words = {w.lower() for p in place_names for w in p.text.split()}
        head = [w for w in head if w.lower() not in place_words]
        if self._acronym_nouns and noun is not None:
            content = _spelled_out(content, self._acronym_nouns, noun)
        if paragraph is not None and paragraph[0] < start and _POSSESSIVE_OPENING.match(text, start, number.start) and (
            subject := _PARAGRAPH_SUBJECT.match(text, paragraph[0], start)
        ):
            # "Borel operates 12 mills. Its turnover was EUR 0.8 billion": the turnover is Borel's,
            # not that of the group the paragraph before opened with
            content = [*content, subject.group(1).lower()]
        key = ctx.measure_key(content, noun) | _modifier_marks(modifiers, _place_words(place_names)) | _age_marks(text, start, end)
        if paragraph is not None and paragraph[0] < start and (run_in := _RUN_IN_HEAD.match(text, paragraph[0], start)) and (
            run_in.group(1).split()[0] not in _NOT_RUN_IN
        ):
            # "Rye. Growers planted more ...": a paragraph's run-in heading names what its figures are of
            key |= {ctx.stem(w.lower()) for w in run_in.group(1).split()}
        if per and per in _RATE_BASE_WORDS:
            key -= {per.lower()}  # "EUR 36.20/MWh": the rate's base is its unit, not what it measures
        # "$55 million in technology transfers" measures technology transfers, whatever else the
        # clause mentions: "^word" marks that must agree between two claims of one quantity.
        key |= {"^" + ctx.stem(w) for w in head}
        if head_of:
            key |= head_of
        if not set(content) - _THIN_WORDS:
            # "This figure reflects a 10% increase": the measure is the demonstrative's noun
            # (another sentence's figure); it must agree with what another claim measures.
            anaphor = _ANAPHOR.match(text, start, number.start)
            if anaphor:
                key |= {"^" + ctx.stem(anaphor.group(1).lower())}
        key |= ctx.narrowing_marks(text, floor, clause[1], skip)  # "Per capita GDP ... compared to $88,612"
        lo = max(floor, number.start - 150)
        # (every match holds "ang", "ari" or "ary": most clauses need no scan)
        if any(text.find(part, lo, number.start) >= 0 for part in ("ang", "ari", "ary")) and _RANGED_FROM.search(
            text, lo, number.start
        ):
            key |= {"+extreme"}  # "Rates ranged from 41 in the North to 80 in the capital": the ends of a spread, no total
        if text.find(" of ", max(floor, number.start - 30), number.start) >= 0 and _PART_OF_BEFORE.search(
            text, max(floor, number.start - 30), number.start
        ):
            key |= {"+whole"}  # "delivered 52 of the 80 trucks due": the whole, not what was delivered
        if _named_part(text, number, floor, len(text)) or kind != "share" and _PART_OF_THE_AFTER.match(text, number.end):
            # "Of these, 3,100 were interviewed", "in at least 14 of the transfers": a part of a count,
            # not it again
            key |= {"+part"}
        if _WORLD_MEASURE_BEFORE.search(text, max(floor, number.start - 90), number.start):
            key |= {"+global"}  # "the global under-five mortality ratio (U5MR) was 37": the world's, not a country's
        if kind == "share":
            whole = ctx.whole_marks(text, number.end, clause[1])
            if parallel_share and not whole:
                whole = frozenset(w for w in previous.measure_key if w[:1] == "%")
            key = (key - {w[1:] for w in whole}) | whole
        reach = min(end, number.end + REACH)
        if (compared := _COMPARED_FIGURE_AFTER.match(text, number.end, reach)) is not None:
            reach = compared.start("figure")  # "was 4.2%, compared with 5.1% in Quarter 3 2024": that date is the other figure's
        candidates = [d for d in dates.within(floor, reach) if d.start < number.end or not (
            _COMPARISON_BASE_BEFORE.search(text, max(number.end, d.start - 40), d.start)
        )]  # ("US$210.4 million, ... 12.0% up on May 2024": the date compared with is not the figure's)
        period = self._period(text, number, candidates, attribution, clause, marks)
        if period is None and _THAT_PERIOD.search(text, number.end, min(clause[1], number.end + 80)):
            # "Of the 52 trawlers the FEU boarded over that period": the span the text gave last
            spans = [d for d in dates.within(max(0, number.start - 2000), number.start) if d.end_date is not None]
            if spans:
                period = period_text(spans[-1])
        if inherited:
            places_out = previous.places
        elif source_place:
            places_out = (source_place,)
        else:
            places_out = tuple(sorted({p.name for p in place_names}))
        if unit == "percent" and _OF_GDP_AT.match(text, number.end):
            unit = "percent of GDP"  # "2.2% of GDP": a ratio to the economy, not a share of the measure
        measure = " ".join(words[:12]) or None
        if previous is not None and unit and previous.unit and unit != previous.unit and text.endswith("(", 0, number.start) and (
            _CONVERTED_BEFORE.search(text, max(start, number.start - 30), number.start)
        ):
            # "a yield of 2.61 t/ha (38.8 bu/acre)": the figure before, in another unit; it measures
            # what that figure measures
            measure, key = previous.measure, previous.measure_key
        return _new_context(unit, family, kind, measure, key, places_out, period, 1.0, currency, per, None)

    def _row_info(self, text, start, end, skip, dates, places, attribution, header, section=None, mentions=()) -> "_RowInfo":
        """What every figure of one table row shares: label words, places, table marks, dates."""
        category_end = _label_end(text, start, end, mentions, dates.within(start, end))
        # (a source cell after the figures; not a label that cites a study: "| UNEP (2023) | ... |")
        source_start = attribution.start if attribution is not None and category_end <= attribution.start < end else end
        row_places = places.within(start, source_start)
        place_spans = [(p.start, p.end) for p in row_places]
        label_scale = _label_scale(text[start:category_end])
        if label_scale is None and self._declared and (
            declared := _DECLARED_HEADER.search(text, start, source_start)
        ) and declared.group(1) in self._declared:
            # "Fee income, year to 30 June (LRM m)": the document's own currency code, and its scale
            label_scale = _SCALES[declared.group(2).lower()], declared.group(1), declared.group(1), "money"
        words_end = category_end
        if label_scale is not None and (unit_cell := _UNIT_COLUMN_CELL.search(text, start, category_end)) is not None and (
            _unit_cell(unit_cell.group(1)) == label_scale
        ):
            words_end = unit_cell.start(1)  # (a Unit column's cell says how, not what, the row measures)
        label_start, label_end = start, category_end
        if not text[start:category_end].strip(" \t|") and (after := _label_after_first_figure(text, category_end, source_start)):
            # "3.7M   people in need   <source>", " 1   Orchard Vale   30   21 ...": a row that opens
            # with its figure (a key-figures box) or a rank is labelled by the words cell after it
            label_start, label_end = after
        words, content = ctx.measure_words_and_content(text, label_start, label_end if label_start != start else words_end,
                                                       skip, place_spans)
        marks = _label_narrowing(text[label_start - 1 : label_start] if label_start else "", text[label_start:label_end])
        head = _category_head(text[label_start:label_end])
        if header is not None:
            # Cells of different tables are different measures, whatever their row labels: the
            # table is named by its title line (if any) and its header row.
            title = _title_of(text, header)
            marks |= {"#" + ctx.stem(w) for w in ctx.measure_words(text, header.start, min(header.end, header.start + 80), [])[:4]}
            marks |= {"#" + ctx.stem(w) for w in ctx.measure_words(title, 0, len(title), [])[:6]}
        if section:
            # "INCREASES IN DIRECT SPENDING" over "Estimated Outlays": the section heading inside
            # the table tells its rows from the same labels under another heading
            marks |= {"#" + ctx.stem(w) for w in ctx.measure_words(section, 0, len(section), [])[:4]}
        # "Pensioners (thousands)" over "Over 80   61.5": a section heading that states a scale
        # or unit states it for its rows, whose labels state none
        section_scale = _label_scale(section) if section and label_scale is None else None
        bands = _band_marks(text, start, mentions)
        return _new_row_info(
            category_end, source_start, " ".join(words[:12]) or None,
            head, tuple(sorted({p.name for p in row_places})), _place_words(row_places),
            [d for d in dates.within(start, end) if d.start < source_start],
            _row_label(text[label_start:label_end] if label_start != start else text[start:end] if "|" in text[start:end]
                       else text[start:category_end]),
            # ("| Amazonas | 2,594 |" under a "State" column names a place, it counts nothing)
            None if header is not None and len([c for c in text[label_start:label_end].split("|") if c.strip()]) == 1
            and (_PLACE_COLUMN.match(text, header.start, header.end) or _BREAKDOWN_TITLE.search(_title_of(text, header) or ""))
            # (a band's noun is the band's measure, "2–6 days": it counts none of the row's figures)
            else None if bands else _unnamed(text, _label_noun(_without_name_cells(text[label_start:label_end].split(":")[0])))
            or (section_scale and _label_noun(section))
            # ("Licensed operators | 161" over "  of which remote | 94": a part of the row above, in its noun)
            or (_OF_WHICH_LABEL.match(text, label_start, label_end) and _parent_label_noun(text, start)),
            label_scale or section_scale,
            skip.plus(place_spans),
            ctx.measure_key(content, None) | marks | _age_marks(text, start, category_end) | bands,
        )

    def _row_context(self, text, number, start, end, skip, dates, places, attribution, header, row, marks, caption=None):
        # Row = "Category | figures | Source": the category is the text before the first figure.
        source_start = row.source_start
        label, header_cell = _local_label(text, number, start, end, header)
        # (what a cell counts is written inside it: not the next cell's "Utility logs")
        cell_end = _CELL_END.search(text, number.end, source_start)
        unit, family, noun, modifiers, _, per = self._unit(text, number, cell_end.start() if cell_end else source_start)
        kind = ctx.kind_of(text, number.start, number.end, start, number.unit == "percent", number.sign)
        if kind == "level" and number.sign == "-" and header_cell and _CHANGE_HEADER.search(header_cell):
            kind = "change"  # "−3.1" under "Change (pts)", as "+2.4" above it
        value_words = []
        if not (label or header_cell):  # in cells, what follows belongs to the next cell
            # (only the first three are used; row.value_skip = skip plus the row's places, per row)
            value_words = ctx.measure_words(text, number.end, min(source_start, number.end + 60), row.value_skip, 3)
        elif cell_end is not None and cell_end.start() - number.end > 2:
            # "+5.4% reported" over "+2.9% organic": the words inside the cell tell its figures apart
            value_words = ctx.measure_words(text, number.end, cell_end.start(), row.value_skip, 3)
        # = measure_key(label words + value_words[:3], noun) | table marks; the row's part is computed once
        key = row.base_key | ctx.measure_key(value_words, noun)
        if modifiers:
            key |= _modifier_marks(modifiers, row.place_words)
        if kind == "share":
            whole = ctx.whole_marks(text, number.end, source_start)
            key = (key - {w[1:] for w in whole}) | whole
        key |= _label_marks(label)
        if row.head and not label and not header_cell:
            key |= {"^" + ctx.stem(row.head)}
        row_dates = row.dates
        segment = _segment(text, number, start, source_start)
        in_segment = [d for d in row_dates if segment[0] <= d.start < segment[1]]
        period = self._period(text, number, in_segment or row_dates, attribution, segment, marks)
        if per is None and not number.per and unit and family != "percent" and number.unit != "percent" and (
            rate := _HEADER_RATE.search(text, start, row.category_end)
        ):
            # "Annual DPRK Forest Loss  8,000 hectares": the row label gives the figure its rate
            per = _HEADER_RATES[" ".join(rate.group(1).lower().split())]
            unit = f"{unit}/{per}"
        if per is None and unit is None and not (number.per or number.unit or number.currency) and row.label and (
            rate := _PER_N_LABEL.search(row.label)
        ):
            # "| TB incidence (per 100,000 people) | 121 |": the label's rate, counting what the rate names
            per = " ".join(rate.group(1).split())
            counted = next((noun for noun, name in _RATE_NAMES if name.search(row.label)), None)
            unit, family = (f"{counted}/{per}", "count") if counted else (f"per {per}", None)
        if header_cell:
            # "Reported monthly cost" / "Personnel (est.)": the column header gives a bare cell its
            # rate and its counted noun
            if per is None and not number.per and unit and (rate := _HEADER_RATE.search(header_cell)):
                per = _HEADER_RATES[" ".join(rate.group(1).lower().split())]
                unit = f"{unit}/{per}"
            if unit is None and not number.currency and not number.unit and (
                standing := _standings_unit(text[header.start : header.end], header_cell)
            ):
                unit, family = standing, "count"  # "Pos  Club  P  W  D  L  GF  GA  GD  Pts": a league table's columns
            elif unit is None and not number.currency and not number.unit:
                noun, _ = ctx.counted_noun(header_cell, 0, len(header_cell))
                if noun is None and (last := _label_noun(header_cell)) and header_cell.rstrip(" *").lower().endswith(last):
                    noun = last  # "ED/UTC attendances": the plural noun that ends the header
                if noun and re.search(rf"\d\s+{re.escape(noun)}\b", header_cell, re.I):
                    noun = None  # "On list over 26 weeks", "Aged 65 years and over": a threshold, not what is counted
                if noun and noun not in _NOT_HEADER_NOUNS and (noun.endswith("s") and noun not in ctx._NOT_PLURAL or noun in ctx._IRREGULAR_PLURALS):
                    unit, family = noun, "count"
                elif _PEOPLE_LABEL.fullmatch(header_cell.strip()):
                    unit, family = "people", "count"  # "Employed   Unemployed   Labour force": counts of people
                elif _RATIO_HEADER.search(header_cell):
                    unit, family = "ratio", "ratio"  # "| Ratio |", "Change in ratio since 2014": bare ratios
        if unit is None and not number.currency and not number.unit and (label_noun := row.label_noun) and not (
            header_cell and _MEASURE_NOT_COUNT_HEADER.search(header_cell)
        ):
            # "NSR transit voyages   75   92", "Airports: 507": the label's plural noun is what a
            # bare count counts (not under "Load factor" or "Price index": those columns count nothing)
            unit, family = label_noun, "count"
        if unit is None and not number.currency and not number.unit and _SAMPLE_SIZE_BEFORE.search(
            text, max(start, number.start - 8), number.start
        ) and (counted := _sample_noun(text, number.start, None, number.start)):
            unit, family = counted, "count"  # "| Placebo (n=417) |": the arm's size, in the subjects named last
        bare = not (number.unit or number.currency or _WRITTEN_SCALE.search(number.text)) and (
            unit not in ("pts", "points") or not _POINTS_AFTER.match(text, number.end)
        ) and not (
            unit and family == "count" and number.text.isalpha()
        )  # ("+1.4 pts" under "Change (%)": the cell says points; "five largest banks" in a label counts banks)
        stated = (
            _symbol_unit(header_cell, self._symbols) or _header_unit(header_cell) or _declared_unit(header_cell, self._declared)
        ) if header_cell and bare else None
        if stated is not None and stated[1] in ("pts", "points") and header is not None and _TITLE_ENDS_IN_PERCENT.search(
            _title_of(text, header)
        ):
            stated = (1.0, "percentage points", None, "percent")  # "Change (pts)" in a table of percentages
        if stated is None and bare and header_cell and self._declared and (
            declared := _DECLARED_HEADER.search(header_cell)
        ) and declared.group(1) in self._declared:
            # "Original contract (CVD million)": a currency code the document declares, and its scale
            stated = _SCALES[declared.group(2).lower()], declared.group(1), declared.group(1), "money"
        if stated is None and bare and header_cell and (thousands := _THOUSANDS_HEADER.search(header_cell)):
            # "Beneficiaries ('000)": the column counts its noun in thousands
            noun = thousands.group(1).lower()
            stated = (1e3, noun, None, "count") if ctx.is_plural_noun(noun) else (1e3, unit, None, family)
        row_scale = _row_label_scale(text, row, start, number) if bare and stated is None else None
        if row_scale is None and bare and stated is None and self._declared and (
            coded := _declared_unit(text[start : row.category_end].rstrip(" |\t:").rsplit("|", 1)[-1], self._declared)
        ) is not None and coded[3] == "money":
            row_scale = coded  # "Cost per place (BRT)": the document's own currency
        if stated is not None and bare and stated[3] == "money" and (
            labelled := _row_label_scale(text, row, start, number)
        ) is not None and labelled[3] in ("money", "percent") and labelled[1:3] != stated[1:3]:
            # "Final dividend (pence)" in a column of "£m": the row states its own unit
            stated, row_scale = None, labelled
        if row_scale is None and not bare and not (number.unit or number.currency) and unit is None and (
            (labelled := _row_label_scale(text, row, start, number)) is not None and labelled[1] and not labelled[2]
        ):
            # "Fuel seized, 2025 (litres) | 4.9 million": the label's unit for a figure that writes
            # its own scale (never the label's scale too)
            row_scale = (1.0, *labelled[1:])
        if stated is None and bare and caption is not None and row_scale is None and unit in (None, row.label_noun):
            # "Gross debt bridge, €m" over rows without a header: their money and scale (a label's
            # plural, "Repayments", names a sum of money there, not a count)
            stated = caption
        per_column = False  # the title states units column by column
        if stated is None and bare and header is not None:
            # "Table 1. Annual clearing ..., PRODES (km2)": the title's unit, for cells whose column
            # states none (a column's own unit was read just above)
            title = _title_of(text, header)
            if title and (parts := _title_unit_parts(title)):
                # "(volumes in cubic metres; values in USD million)": the part whose noun the
                # column's header names, else the first of two or more
                words = {ctx.stem(w.lower()) for w in _LABEL_WORD.findall(header_cell or "")}
                stated = next((part for stems, part in parts if stems & words), parts[0][1] if len(parts) >= 2 else None)
            elif title and (short := _TRAILING_ACRONYM.sub("", title)) != title:
                # "Spot rates, US$ per 40-foot container (FEU)": the acronym abbreviates the rate's
                # noun; the rate before it is the unit
                stated = _header_unit(short)
                if stated is not None and not (stated[2] or "/" in (stated[1] or "")):
                    stated = None
            if stated is None and title and (parts := _title_sentence_parts(title)):
                # "Juveniles in millions of fish; biomass and catch in tonnes.": the part whose
                # noun the column's header names (no other)
                words = {ctx.stem(w.lower()) for w in _LABEL_WORD.findall(header_cell or "")}
                stated = next((part for stems, part in parts if stems & words), None)
                per_column = True  # (the title's scale is no other column's)
            elif stated is None and title and not title.rstrip().endswith(")") and (
                inner := _TITLE_PAREN.match(title, numbered.end() if (numbered := _TITLE_NUMBER.match(title)) else 0)
            ):
                # "Table 2. Cargo (tonnes) by port": the title's unit, stated inside it
                stated = _header_unit(f"x ({inner.group(1)})")
                if stated is not None and stated[3] in (None, "percent"):
                    stated = None
            percent_tail = _PERCENT_TITLE_TAIL.search(title) if stated is None and title else None
            if percent_tail:
                stated = (1.0, "percent", None, "percent")  # "..., 2024: % (95% CI)": the table's cells are percentages
            if stated is None and title and (title.rstrip().endswith(")") or (tail := _scaled_title_tail(title))):
                stated = (_symbol_unit(title, self._symbols) or _header_unit(title) or _first_stated_part(title)
                          or _declared_unit(title, self._declared)
                          if title.rstrip().endswith(")") else tail)
                if stated is not None and stated[2] and _counts_header_noun(unit, family, header_cell, number):
                    stated = None  # ("Losses by region (USD billion)" over "| Events |": a count of events)
                if stated is not None and stated[3] in ("duration", "volume", "count") and "/" not in (stated[1] or "") and (
                    every := _DAILY_TITLE.search(title)
                ):  # "Average daily radio listening by age (minutes)": minutes a day
                    stated = (stated[0], f"{stated[1]}/{_EVERY[every.group(1).lower()]}", *stated[2:])
                if stated is not None and row_scale is None and (
                    _LABEL_UNIT.search(text, start, row.category_end)
                    or _COMMA_UNIT_END.search(text[start : row.category_end].rstrip(" |\t:+−"))
                ):  # ("Change, %" under a title in "(US$ million)": a row of percentages)
                    row_scale = _row_label_scale(text, row, start, number)
                if stated is not None and row_scale is not None and (row_scale[1] or row_scale[2]):
                    if stated[2] and "/" in (stated[1] or "") and not row_scale[2] and (
                        per_row := _money_per_row(stated[2], text[start : row.category_end])
                    ):
                        # "(MRD per kg unless stated)" over "Cooking oil (litre)": that money per litre
                        stated, row_scale = per_row, None
                    else:
                        stated = None  # the row's own unit ("Stocks-to-use ratio (%)") wins over the title's
            if stated is not None and (stated[3] is None or stated[3] == "percent" and not (
                number.value is not None and _TITLE_ENDS_IN_PERCENT.search(title) and (
                    abs(number.value) <= 100 or abs(number.value) < 1000 and _RATIO_LABEL.search(text, start, row.category_end)
                )
            )):
                stated = None  # (a "(%)" inside a title may describe one column only; one closing it,
                # "Employment rate by qualification, UK (%)", is the table's, for its percent-sized cells)
            if stated is None and title and _PERCENT_TABLE_TITLE.search(title) and row_scale is None:
                # "Table 4.1 (annual percentage change unless stated)": every row states percentages,
                # save those whose label names another unit
                stated = 1.0, "percent", None, "percent"
            if stated is None and title and row_scale is None and unit is None and number.value is not None and (
                abs(number.value) <= 100 and _OF_GDP_TITLE.search(title)
            ):
                # "Table 2: Health expenditure as a share of GDP, 2024": its bare cells are ratios to GDP
                stated = 1.0, "percent of GDP", None, "percent"
            elif stated is None and title and row_scale is None and unit in (None, row.label_noun) and number.value is not None and (
                0 <= number.value <= 100 and not _header_unit(header_cell or "") and _SHARES_TITLE.search(title)
            ):
                # "Shares of sales (%) and concentration index": its cells up to 100 are the
                # shares (of the market its row names: "Sand, East coast")
                stated = 1.0, "percent", None, "percent"
        label_scale = row_scale if stated is None else None
        if stated is not None:
            # "Installed capacity (million cubic metres/day)", "Share (%)": the column's unit
            if stated[1] is None and stated[2] is None and header_cell and (
                head_unit := unit_from_form(header_cell.split("(")[0].strip())
            ):
                scale, unit, currency, family = stated[0], head_unit, None, UNIT_KINDS.get(head_unit)  # "TEU (million)"
            elif stated[1] is None and stated[2] is None and unit is not None:
                scale, currency = stated[0], None  # "Doses delivered (million)": the column's scale, the header's noun
            else:
                scale, unit, currency, family = stated
                if per is None and "/" in (unit or "") and (currency or unit.rsplit("/", 1)[1] not in _TIME_PERS):
                    # "Price (USD/t)", "Grade (g/t)": a money rate or an intensity, whose cells no
                    # total row sums (a flow per day or year does add up)
                    per = unit.split("/", 1)[1]
        elif not per_column and not (label_scale and (label_scale[2] or unit_from_form(label_scale[1] or ""))) and (
            table := _table_scale(text, header, header_cell, number, self._declared)
        ) != (1.0, None) and not (
            # ("| Damage (USD bn) | Deaths |": a column whose header names what it counts is no money)
            table[1] and _counts_header_noun(unit, family, header_cell, number)
        ) and not (
            # ("Average staff (number)" in a table "€m unless stated": a count of the label's noun)
            table[1] and unit and unit == row.label_noun and _COUNT_LABEL.search(text, start, row.category_end)
        ):  # (unlike "| Exports | Imports |", amounts)
            # (a row whose label states its own unit keeps it: "Copper output (tonnes)" in a table
            # "in US$ million unless stated"; not a noun of its own, "Direct spending (outlays)")
            scale, currency = table
            unit = unit if not currency or number.currency else currency
            family = "money" if currency else family
            if unit is None and not currency and not number.unit and (noun := _title_noun(text, header)):
                # "Table 1: Mobile subscriptions by operator, 2024 (millions)": the title's noun is
                # what its bare cells count
                unit, family = noun, "count"
        else:
            scale, currency = 1.0, None
            if label_scale is not None:
                # "NSR cargo volume, million tonnes   36.3   37.4": the row label's scale and unit
                scale, label_unit, label_currency, label_family = label_scale
                if label_currency and "/" in (label_unit or "") and per is None:
                    # "Rotterdam ($/t)   9,150": the label's money per tonne
                    unit, family, currency, per = label_unit, label_family, label_currency, label_unit.split("/", 1)[1]
                elif label_unit or label_currency:
                    unit, family, currency = label_currency or label_unit, label_family, label_currency
                    if label_currency and per is None and unit == label_currency and (
                        each := _PER_NOUN_LABEL.search(text, start, row.category_end)
                    ):
                        per = each.group(1).lower()  # "Cost per place (BRT)": money per place
                        unit = f"{label_currency}/{per}"
                if unit == "percent" and header_cell and _CHANGE_HEADER.search(header_cell) and "%" not in number.text:
                    unit = "percentage points"  # "Employment rate (%)" under "Change on year": a change in points
        if currency and per is None and unit == currency and header_cell and (each := _PER_NOUN_LABEL.search(header_cell)):
            per = each.group(1).lower()  # "| Spend per visit (ƒ) |": money per visit
            unit = f"{currency}/{per}"
        if unit is None and stated is None and label_scale is None and not (currency or number.unit) and header is not None and (
            counted := _title_counted(_title_words(text, header))
            or ("." not in number.text and _title_breakdown_noun(_title_words(text, header)))
        ):
            # "Table 4: Recorded crime by offence type" over unscaled counts, and its "Rate per
            # 1,000" column: the counts and the rate of what the title counts
            rate = _RATE_PER_HEADER.search(header_cell or "")
            unit, family = (f"{counted}/{' '.join(rate.group(1).split())}" if rate else counted), "count"
        if per is None and family == "money" and unit and "/" not in unit and _PER_SHARE_BEFORE.search(text, start, row.category_end):
            per = "share"  # "Basic EPS (EUR) | 1.83", "Dividend per share (SEK) | 7.25"
            unit = f"{unit}/{per}"
        if per is None and not number.per and not currency and (family == "count" and unit and "/" not in unit or unit is None) and (
            header is not None and (rate := _PER_N_TITLE.search(_title_of(text, header) or ""))
        ):
            # "Table 3: Selected indicators, 2024 (per 100 inhabitants)": the column's noun (if it
            # names one) per N people
            per = " ".join(rate.group(1).split())
            unit = f"{unit}/{per}" if unit else f"per {per}"
        elif per is None and not number.per and not currency and (family == "count" and unit and "/" not in unit or unit is None) and (
            header_cell and (rate := _PER_N_HEADER.search(header_cell))
        ):
            # "| Admissions per 10,000 residents |": the column's noun per N people
            per = " ".join(f"{rate.group(1)} {rate.group(2)}".split())
            unit, family = (f"{unit}/{per}" if unit else f"per {per}"), family or "count"
        elif per is None and not number.per and not currency and unit is None and bare and header is not None and (
            (rate := _EVENT_RATE_TITLE.search(_title_of(text, header) or "")) is not None
        ) and (events := _event_noun(rate.group(1))):
            # "Table 6. Emergency referral rate per 100,000 population, by district": referrals per N
            per = " ".join(rate.group(2).split())
            unit, family = f"{events}/{per}", "count"
        if bare and header_cell and _P_VALUE_HEADER.fullmatch(header_cell.strip()) and 0 <= (number.value or 0) <= 1:
            unit, family, scale, currency, per = "p-value", "ratio", 1.0, None, None  # a column of p-values
        elif bare and (statistic := _summary_statistic(row.label or "")) is not None:
            # "Women, n (%)  633 (52.6)", "Age, years, mean (SD)  58.3 (11.2)": a study table's
            # summary cells, a count and its percentage, or a mean and its spread in the label's unit
            stat, stated_unit = statistic
            in_brackets = _FIGURE_THEN_BRACKET.search(text, max(start, number.start - 24), number.start) is not None
            scale, currency, per = 1.0, None, None
            if stat.startswith("n"):
                unit, family = ("percent", "percent") if in_brackets else (None, None)
            else:
                unit, family = _stated_unit_of(stated_unit) if stated_unit else (None, None)
        header_date = None
        if header_cell:
            header_date = _header_date(header_cell)
            if header_date is not None:
                period = period_text(header_date)
            elif header_cell.strip().lower() not in _GENERIC_HEADERS:
                key |= _label_marks(header_cell)
                # the column's own header is what the cell measures ("Zero-dose children")
                key |= _header_marks(header_cell)
        if unit == "percent" and (_OF_GDP_AT.match(text, number.end) or header_cell and _OF_GDP_HEADER.search(header_cell)
                                  or _OF_GDP_HEADER.search(text, start, row.category_end)):
            unit = "percent of GDP"  # "Defence (% of GDP) | 2.2", "Debt, % of GDP | 58.7"
        if unit == "percent of GDP" and kind == "level":
            # a ratio to the economy, as "2.2% of GDP" in prose is: a share whose whole is GDP
            kind, key = "share", key | _OF_GDP_WHOLE
        if unit in ("pts", "points") and (
            "%" in text[start:end] or header is not None and _PERCENT_HEADER.search(text, header.start, header.end)
        ):
            unit, family = "percentage points", "percent"  # "Share %   Change (pts)", "71.4%   +1.6 pts"
        measure = row.measure
        if measure is None and header_cell and header_date is None:
            # "| 2024/25 | 600,000 | 51,660 |": a row labelled by its period only measures what its
            # column's header names ("Farm-gate price at season end (GHS per tonne)")
            measure = " ".join(ctx.measure_words(header_cell, 0, len(header_cell), [], 12)) or None
        row_places = row.place_names
        if not row_places and header_cell:
            row_places = _header_places(header_cell)  # "| EU-27, end-2023 |": the column's place, for rows naming none
        return _new_context(unit, family, kind, measure, key, row_places, period, scale, currency, per, row.label)


# the noun a row label's money is counted per ("Cost per place (BRT)")
_PER_NOUN_LABEL = re.compile(r"\bper\s+(?!cent\b|capita\b|head\b|annum\b|year\b|month\b|week\b|day\b|hour\b)([a-z]{3,})\b(?=[^|()]*\()")
_POINTS_AFTER = re.compile(r"[ \t]*(?:pts|points)\b")
_SPAN_OF_NOUN = re.compile(r"(days|weeks|months|years)\s+of\s+([a-z][a-z ]{2,30})")
_NEXT_CELL = re.compile(r"[ \t]{2,}|[ \t]*\|[ \t]*|\t+")
_CHANGE_HEADER = re.compile(r"\b(?:change|chg|growth|y/y|yoy|y-o-y|vs\.?|versus|on\s+(?:previous|prior|last))\b|[±∆Δ]", re.I)
_PERCENT_HEADER = re.compile(r"%|\b(?:per\s?cent|percent|share)\b", re.I)
# the summary statistic a study table's row label ends with: "Women, n (%)", "Waist, cm, median (IQR)"
_SUMMARY_STAT = re.compile(
    r",\s*(?:(?P<unit>[^,()\d]{1,24}?)\s*,\s*)?(?P<stat>n\s*\(\s*%\s*\)|(?:mean|median)\s*(?:\(\s*(?:SD|SE|IQR|range)\s*\)|±\s*SD))"
    r"[\s:|]*\Z",
    re.I,
)
_FIGURE_THEN_BRACKET = re.compile(r"\d[\d,.]*\s*\(\s*\Z")
# A league table's column abbreviations (played, won, drawn, lost, goals for/against/difference,
# points), read as such only in a header that has at least five of them
_STANDINGS_COLUMNS = {"p": "matches", "pl": "matches", "pld": "matches", "gp": "matches", "mp": "matches",
                      "w": "wins", "d": "draws", "l": "defeats", "gf": "goals", "ga": "goals", "gd": "goals",
                      "pts": "points"}


@lru_cache(maxsize=256)
def _standings_unit(header_row: str, header_cell: str) -> str | None:
    """What a bare cell under ``header_cell`` counts when its header row is a league table's."""
    unit = _STANDINGS_COLUMNS.get(header_cell.strip().lower())
    if unit is None:
        return None
    cells = {c.lower() for c in re.split(r"[\s|]+", header_row) if c}
    return unit if len(cells & _STANDINGS_COLUMNS.keys()) >= 5 else None


_P_VALUE_HEADER = re.compile(r"(?i:p|p[ -]?values?|p for trend)")


@lru_cache(maxsize=256)
def _summary_statistic(label: str) -> tuple[str, str | None] | None:
    """("n (%)", None) or ("mean (SD)", "kg/m²") for a row label that ends with a summary statistic."""
    if (match := _SUMMARY_STAT.search(label)) is None:
        return None
    return " ".join(match.group("stat").lower().split()), (match.group("unit") or "").strip() or None


@lru_cache(maxsize=256)
def _stated_unit_of(written: str) -> tuple[str | None, str | None]:
    """(unit, family) of a unit a label writes: "years", "kg/m²", "mmol/L"."""
    stated = _header_unit(f"x ({written})")
    if stated is not None and stated[1] and stated[0] == 1.0:
        return stated[1], stated[3]
    if "/" in written or unit_from_form(written):
        return unit_from_form(written) or written, None
    return None, None


@dataclass(frozen=True, slots=True)
class _RowInfo:
    category_end: int
    source_start: int
    measure: str | None
    head: str | None
    place_names: tuple
    place_words: frozenset  # _place_words(places)
    dates: list  # dates of the row before its source
    label: str | None  # the row's label (its text before the first figure), as written
    label_noun: str | None  # the plural noun a bare count of the row counts ("NSR transit voyages")
    label_scale: tuple | None  # (scale, unit, currency, family) the label states ("..., million tonnes")
    value_skip: ctx.Skip  # the row's skip spans plus its places (the same for every cell of the row)
    base_key: frozenset  # what the row's label measures, and the marks of its table and section


_new_row_info = maker(_RowInfo)


_FIRST_FIGURE = re.compile(r"\d|[$€£¥~](?=\s?\d)|[-−](?=\d)")  # (not the "$" of a label's "(US$ billions)")
# A plural acronym in brackets: "internally displaced persons (IDPs)", "small and medium enterprises (SMEs)"
_PLURAL_ACRONYM = re.compile(r"\(([A-Z]{2,6})s\)")
_WORDS_BEFORE = re.compile(r"(?:[a-z][\w-]*\s+)*[a-z][\w-]*s\s+\Z")


def _acronym_nouns(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Counted noun ("idps") -> (head noun, its modifiers) for each plural acronym the text
    defines, when the acronym's letters are the initials of the words before it."""
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for match in _PLURAL_ACRONYM.finditer(text):
        letters = match.group(1).lower()
        before = _WORDS_BEFORE.search(text, max(0, match.start() - 80), match.start())
        if before is None:
            continue
        words = [w for w in before.group().lower().split() if w not in ("and", "of", "&")]
        named = words[-len(letters):]
        if len(named) == len(letters) and "".join(w[0] for w in named) == letters:
            out.setdefault(letters + "s", (named[-1], tuple(named[:-1])))
    return out


def _spelled_out(words: list[str], acronyms: dict, noun: str) -> list[str]:
    """Measure words with the plural acronym that names the counted noun written out ("counted
    2.63 million IDPs": "internally displaced persons"), so that both spellings measure one thing
    (not an acronym the clause names in passing: "two thirds of IDPs (about 263,000 people)")."""
    out: list[str] = []
    for word in words:
        defined = acronyms.get(word.lower())
        out.extend((*defined[1], defined[0]) if defined and defined[0] == noun else (word,))
    return out


_AS_OF_END = re.compile(r"\bas\s+(?:of|at)\s+\Z", re.I)
_WORLD_MEASURE_BEFORE = re.compile(
    r"\b(?:global|worldwide|world)\s+(?:[a-z][\w-]*\s+){0,3}(?:\([A-Z][A-Z0-9]{1,6}\)\s+)?"
    r"(?:was|were|is|are|stood\s+at|reached|of)\s+(?:about\s+|around\s+|some\s+|an\s+estimated\s+)?\Z"
)
_COMPARED_FIGURE_AFTER = re.compile(
    r"[^.;\d]{0,12}?,?\s+(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:about\s+|some\s+|around\s+)?(?P<figure>[$€£]?\d)"
)
# the words before the date a change is measured against: "up 15% on April 2024", "unchanged from March"
_COMPARISON_BASE_BEFORE = re.compile(
    r"(?:\b(?:up|down|higher|lower|more|less|rise|fall|increase|decrease)\b[^,;.\d]{0,12}(?:[\d.,]+\s*(?:%|per\s*cent|percent)\s*)?"
    r"\s(?:on|from|than|over)|\bunchanged\s+(?:on|from)|\bcompared\s+(?:with|to))\s+(?:in\s+)?(?:the\s+same\s+\w+\s+(?:of|in)\s+)?\Z",
    re.I,
)
_EVERY_PERIOD_OPENING = re.compile(r"\s*(?:Every|Each)\s+(day|week|month|hour)\b")
# the whole a part is counted out of, and "of the N total"
_OUT_OF_BEFORE = re.compile(r"\bout\s+of\s+(?:a\s+total\s+of\s+|the\s+|all\s+)?\Z")
_OF_THE_BEFORE = re.compile(r"\bof\s+(?:the|a|an)\s+\Z")
_TOTAL_AFTER = re.compile(r"\s+total\b")
# a change named with its noun between a count and the figure: "..., an increase of 85,000"
# "310 kiosks opened in June, taking the total to 4,870": the total of that count
_TOTAL_TO_BEFORE = re.compile(
    rf"\b(?:bringing|taking|raising|lifting|pushing|putting)\s+(?:the|its|their|(?:the\s+)?[A-Za-z]+['’]s)\s+(?:[a-z]+\s+){{0,2}}total\s+to\s+{_QUALIFIERS}\Z"
)
_UP_DOWN_BEFORE = re.compile(rf",\s+(?:up|down)\s+(?:by\s+)?{_QUALIFIERS}\Z")  # "410,000, down 9,000 (2.1%)"
_CHANGE_OF_BEFORE = re.compile(
    r",\s+(?:an?\s+)?(?:(?:net|further|small|slight)\s+)?(?:increase|rise|fall|decrease|drop|decline|reduction|gain|loss)\s+of\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|just\s+over|just\s+under)\s+)?\Z", re.I
)
# a bare count followed by what it is: "14 were cyclists", "6 are retired teachers" (an adjective at most)
_COUNTED_PREDICATE_AT = re.compile(r"\s+(?:were|are)\s+(?:(?:all|also|mostly|either)\s+)?(?:[a-z]+\s+)??([a-z]+)\b(?=\s*(?:[,;.]|and\b|or\b|$))")
# a sentence opening with a part of the count before it: "Of these, 1,800 were transits" counts
# what that count counted (calls), not the kinds of them its predicate names
_OF_THESE_OPENING = re.compile(r"\s*Of\s+(?:these|those|them|which)\s*,")
# a sentence opening with the whole its figures are parts of: "Of all registered vehicles, ...",
# "Of the 2,300 vessels inspected, ...", "Of those waiting, ..."
_OF_ALL_OPENING = re.compile(
    r"\s*Of\s+(?:(?:all|the|these|our|its|their)\s+(?:[\d,.]+\s+)?(?:[a-z-]+\s+){0,3}?(?P<noun>[a-z]+)(?:\s+(?:[a-z]+(?:ed|ing)|in|on|at|from|with|under|over|aged)\b[^,]{0,40})?"
    r"|those\s+(?:[a-z]+\s+)?[a-z]+(?:ed|ing|en)\b[^,]{0,40}),\s"
)
# a change in index points, then the level it reaches: "up 93 points on the week to"
_POINTS_THEN_TO = re.compile(r"\b(?:by\s+)?[\d.,]+\s+points?(?:\s+[a-z]+){0,4}?,?\s+to\s+(?:about\s+|around\s+|nearly\s+)?\Z")
_TO_AFTER_BY_BEFORE = re.compile(rf"\bby\s+[\d.,]+{_OVER_THE_PERIOD}\s+to\s+\Z")
# between a change "by N" and the level it reaches: "rose by 1,300 over the year to 52,400 nurses"
_BY_THEN_TO = re.compile(rf"{_OVER_THE_PERIOD}\s+to\s+(?:about\s+|some\s+|nearly\s+|around\s+)?")
_BY_BEFORE = re.compile(r"\bby\s+\Z")
# "with 268 claims, followed by motor (187) and property (176)": a count in brackets after what it
# counts, in a run of counts of one thing
_BRACKET_IN_A_RUN_AT = re.compile(r"\)\s*(?:[,;.]|and\b|or\b|\Z)")
_NAMED_IN_BRACKETS_BEFORE = re.compile(r"(?:,|\band|\bby|\bthen)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s\(\Z")
_TO_AFTER_FROM_BEFORE = re.compile(
    r"\bfrom\s+[\d.,]+(?:\s+(?:thousand|million|billion|mn|bn|m))?(?:\s+[a-z][a-z-]+)?"  # ("from 1,640 sailings in 2022/23 to")
    rf"(?:\s+(?:in|during)\s+(?:(?:FY\s?)?\d{{4}}(?:[-–/]\d{{2,4}})?|(?:{MONTH_NAMES})(?:\s+(?:19|20)\d\d)?))?,?\s+to\s+\Z"  # ("from 2,840 in June to")
)
_CELL_END = re.compile(r" {2,}|\t|\|")
# numbers inside a row's label: the label reads past them ("Scope 1 emissions", "2–6 days")
_NAME_NUMBERS = frozenset({"document_reference", "legal_reference", "identifier", "category", "footnote", "age"})


def _label_end(text: str, start: int, end: int, mentions, dates=()) -> int:
    """Where a row's label ends: at its first figure, read past the numbers of names inside the
    label ("Scope 1 emissions", "Phase 2 sites", "Cat. 1, 3, 4, 9") and past a period that opens a
    label of more words ("| Q3 2025 | Options | 8,000 |")."""
    pos = start
    while (first := _FIRST_FIGURE.search(text, pos, end)) is not None:
        named = next((m for m in mentions if m.start <= first.start() < m.end and m.reason in _NAME_NUMBERS), None)
        if named is None and (dated := next((d for d in dates if d.start <= first.start() < d.end), None)) is not None and (
            _WORDS_CELL_AT.match(text, dated.end, end)
        ):
            pos = dated.end
            continue
        if named is None:
            return first.start()
        pos = named.end
    return end


# the cell after a row's first figure, when it is words: "people in need", "Orchard Vale" (not "n/a")
_FIGURE_THEN_WORDS = re.compile(
    r"[^\s|]+(?:[ ][^\s|]+)*(?:[ \t]*\|[ \t]*|[ \t]{2,}|\t)(?P<words>[A-Za-z][A-Za-z’'.,&()/-]*[A-Za-z)](?:[ ][A-Za-z’'.,&()/-]+)*)"
    r"(?=[ \t]*(?:\||[ \t]{2}|\t|$))",
    re.MULTILINE,
)


def _label_after_first_figure(text: str, figure_start: int, end: int) -> tuple[int, int] | None:
    """The span of the words cell right after a row's first figure cell, if that is words of at
    least three letters."""
    match = _FIGURE_THEN_WORDS.match(text, figure_start, end)
    if match is None or len(re.sub(r"[^A-Za-z]", "", match.group("words"))) < 3:
        return None
    return match.span("words")


_WORDS_CELL_AT = re.compile(r"[ \t]*(?:\|[ \t]*|[ \t]{2,})[A-Za-z][A-Za-z .&/-]*[ \t]*(?:\||[ \t]{2,})")


@lru_cache(maxsize=4096)
def _header_date(cell: str):
    dates = [d for d in find_dates(cell) if d.year]
    return dates[0] if dates else None


REACH = 300  # characters of sentence context around a figure
# A count followed straight by a verb has no noun of its own ("and 9 were enrolled").
_OF_MONEY = re.compile(r"\s+of\s+(?:U\.S\.\s+|US\s+)?(dollars|euros|pounds\s+sterling|yuan|rubles|roubles|yen)\b", re.I)
_MONEY_WORDS = {"dollars": "USD", "euros": "EUR", "pounds sterling": "GBP", "yuan": "CNY", "rubles": "RUB", "roubles": "RUB", "yen": "JPY"}
# A rate adverb closing the figure's noun phrase: "2,000 students annually", "3 million tons of
# coal each year", "$100 million in remittances a year" (a few plain words, no punctuation or verb
# in between; the number parser already reads the adverb right after the number).
# what a rate per N people is per: "per 100,000 population", "per 1,000 live births"
_RATE_BASES = "people|persons|population|inhabitants|residents|births|adults|children|women|men|pupils|students|workers|households|patients"
_COUNT_PER_N_AFTER = re.compile(
    r"(?:[ \t]+[a-z][\w-]*){0,2}?[ \t]+(?P<noun>[a-z][\w-]*)[ \t]+per[ \t]+(?P<n>\d{1,3}(?:,\d{3})*|100|1000|10000|100000)"
    rf"[ \t]+(?P<what>(?:live[ \t]+)?(?:{_RATE_BASES}))\b"
)
_RATE_AFTER = re.compile(
    r"(?:[ \t]+(?!(?:is|are|was|were|has|have|had|will|would|could|can|may|be|been|and|or|but|which|that|in\s+\d)\b)"
    r"(?:[a-z][\w’'-]*|of|in)){0,4}?[ \t]+(?P<rate>annually|yearly|per[ \t]+(?:year|annum)|a[ \t]+year(?![ \t]+(?:earlier|ago|before|later|prior|previously)\b)|each[ \t]+year|every[ \t]+year)\b"
)
# "annual budget of $1.26 billion", "average monthly wage ... rose to 72,000 rubles": a rate
# adjective on the measure's noun, the figure closing the phrase.
_RATE_ADJ_BEFORE = re.compile(
    r"\b(monthly|annual|yearly|daily|weekly)\s+(?!reports?\b|reviews?\b|surveys?\b|meetings?\b|summits?\b|"
    r"conferences?\b|sessions?\b|outlooks?\b|growth\b|rates?\b|average\b|change\b|increase\b|decline\b|"
    r"inflation\b|statistics\b|data\b|bulletins?\b|figures\b|"
    # (a statistic of each day: "a daily mean of 14.2 °C", "a daily peak of 48 GW", no rate)
    r"mean\b|maximum\b|minimum\b|highs?\b|lows?\b|peaks?\b|temperatures?\b)[a-z-]+"
    r"(?:\s+(?!(?:rose|fell|was|is|were|are|reached|stood|totall?ed|amounted|averaged|came|hit|said|says)\b)[A-Za-z-]+){0,7}?"
    r"\s*(?:,\s*)?"
    r"(?:of|at|was|is|were|are|reached|stood\s+at|rose\s+to|fell\s+to|totall?ed|amounted\s+to|averaged|"
    r"came\s+to|hit)\s+(?:(?:about|around|approximately|roughly|nearly|some|an\s+estimated|just\s+over|"
    r"just\s+under|over|under|almost)\s+)?[~$€£¥]?\s*$",
    re.I,
)
# "earnings per share of EUR 1.83", "the cost per child was about US$165": a money figure per the noun
_PER_NOUN_BEFORE = re.compile(
    # (and what the noun is of: "revenue per tonne of cargo handled was CVL 10.01")
    r"\bper\s+(?!cent\b)(?P<noun>[a-z]{3,}(?<!s))(?:\s+\([A-Z]{2,6}\))?(?:\s+of\s+(?:[a-z]+\s+){0,2}?[a-z]+(?=\s+(?:was|is|were|are)\b))?\s+(?:of|was|were|is|are|at|rose\s+to|fell\s+to|reached|stood\s+at|"
    r"averaged|came\s+to|amounted\s+to|totall?ed)\s+(?:(?:about|around|roughly|nearly|some|an\s+estimated|"
    r"approximately|only|just)\s+)?\Z",
)
_PER_SHARE_BEFORE = re.compile(
    r"\b(?:EPS|DPS|(?i:earnings|dividends?)\s+per\s+share|(?i:target\s+price|price\s+target|share\s+price)"
    r"(?:\s*:|\s+(?:rises|rose|falls|fell|is|was|of|at|cut|raised)\b)[^|;.]{0,20}$"
    r"|(?i:shares?|(?:the\s+)?stock)\s+(?:closed|ended|traded|trade|finished)\s+(?:[\w%.]+\s+){0,4}?at\s+$)(?![^.;]*\b(?:and|while)\b)",
    re.M,
)
_RATE_ADJS = {"monthly": "month", "annual": "year", "yearly": "year", "daily": "day", "weekly": "week"}
_RATE_WORDS = {"annually": "year", "yearly": "year", "year": "year", "annum": "year"}
_MONEY_RATE_AFTER = re.compile(
    r"[ \t]+(?:(?:a|an|per|each|every|for[ \t]+each|for[ \t]+every)[ \t]+(?:(?:fishing|working|calendar|business|charter)[ \t]+)?"
    r"(?P<per>day|month|week|hour|tonne|ton|pound|barrel|kilogram|kg|ounce|litre|liter|gallon|head|person|trip)"
    r"|(?P<adv>daily|monthly|weekly|hourly))\b"
    r"(?![ \t]+(?:earlier|ago|before|later|prior|previously)\b)"  # ("$19,950 a week earlier": when, not per what)
)
_MONEY_PER = {"kg": "kilogram", "liter": "litre"}
_PER_HYPHEN_BEFORE = re.compile(
    r"\bper-(?P<per>[a-z]+)\s+(?:[a-z-]+\s+){0,2}?(?:rate|price|fee|fare|charge|cost|tariff|wage|pay)s?\b[^.;:]{0,60}\Z"
)
_ADVERB_PER = {"daily": "day", "monthly": "month", "weekly": "week", "hourly": "hour"}
# Before a bare count that is compared with the figure before it ("up from about 150").
_CONSEQUENCE = re.compile(r"[,;]\s+(?:and\s+)?(?:so|therefore|thus|hence)\b")
_ITEM_MARK = re.compile(r"[ \t]*(?:[•▪◦*–-]|\(?[a-z0-9]{1,2}[.)])[ \t]+")  # "  • ", "- ", "(a) ", "2. "


_PARENTHESES = re.compile(r"\([^()]*\)")


def _named_in_label(text: str, at: int, context) -> bool:
    """The count noun read for the figure at ``at`` is a capitalised word of its line's label, a
    name's part ("- Eastern Farms ...... 41.2"), not what is counted."""
    if context.unit_family != "count" or not context.unit:
        return False
    label = text[text.rfind("\n", 0, at) + 1 : at]
    return re.search(rf"\b{re.escape(context.unit.title())}\b", label) is not None


def _lead_in_above(text: str, line: int) -> tuple[int, int] | None:
    """(start, end) of the lead-in line, ending with a colon, of the list whose item line starts
    at ``line``; None if the lines above the list's items are no such lead-in."""
    while line > 0:  # up over the list's earlier items to its lead-in
        above = text.rfind("\n", 0, line - 1) + 1
        if not _ITEM_MARK.match(text, above, line - 1):
            return (above, line - 1) if text[above : line - 1].rstrip().endswith(":") else None
        line = above
    return None


def _items_lead_in(text: str, at: int) -> str | None:
    """The lead-in line of the list whose item holds the figure at ``at`` anywhere on the item's
    line ("- North Ridge ...... 41.2"), if it is one."""
    line = text.rfind("\n", 0, at) + 1
    if not _ITEM_MARK.match(text, line, at) or (lead := _lead_in_above(text, line)) is None:
        return None
    return text[lead[0] : lead[1]].rstrip()


def _list_lead_in(text: str, at: int) -> int | None:
    """Where the lead-in line of a list starts, when the figure at ``at`` opens one of its items
    and the lead-in ends with a colon ("Of the 250 clinics inspected:" over "• 120 (48%) met ...")."""
    line = text.rfind("\n", 0, at) + 1
    if not _ITEM_MARK.fullmatch(text, line, at) or (lead := _lead_in_above(text, line)) is None:
        return None
    return lead[0]


# a bound that picks out the counted ("clients paying more than $50,000", "firms with
# fewer than 50 employees"): the figure after it compares the count, not the bound
_BOUND_ON_COUNTED_BEFORE = re.compile(
    r"\b[a-z]+s\s+(?:with|having|contributing|earning|spending|employing|generating|paying|receiving|holding|owning)\s+"
    r"(?:more\s+than|fewer\s+than|less\s+than|over|under|above|below|at\s+least)\s+\Z"
)
_BOUND_LAST = ("than", "over", "under", "above", "below", "least")
# the words before a span of time the sentence's figures are measured over: "in the three months to"
_SPAN_OPENING = re.compile(r"\b(?:in|over|during|for)\s+the\s+(?:(?:past|last|first|latest|previous)\s+)?\Z", re.I)
_COMPARED_BEFORE = re.compile(
    # ("an increase of 7.2% on the 14.1 million handled a year earlier"; "(2024: KSD 9.80)", an
    # annual report's figure for the year before)
    # ("4.0% more than the 39,700", "up 4% on the revised 39,700": the figure compared)
    r"(?:\b(?:(?:up|down)\s+from|from|compared\s+(?:with|to)|versus|vs\.?|against(?:\s+(?:[a-z-]+\s+){1,3}?of)?"
    r"|%\s+on(?:\s+the)?(?:\s+(?:revised|restated|previous|earlier))?|(?:more|less|fewer)\s+than\s+the"
    r"|(?:higher|lower|greater|smaller|bigger)\s+than(?:\s+the)?)"
    r"|\((?:FY\s?)?(?:19|20)\d\d(?:[/–-]\d\d(?:\d\d)?)?:)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|approximately|an\s+estimated|just|only|under|over|"
    r"(?:fewer|less|more)\s+than|at\s+(?:least|most)|(?:a|the)\s+(?:revised|restated|provisional|previously\s+published))\s+)?\Z",
    re.I,
)
# "grew from 0.6 million to 1.9 million", "rose by 310 over the year, to 14,200": the second
# figure counts what the first does
_FROM_TO_BEFORE = re.compile(
    r"\b(?:from\s+[\d.,]+(?:\s*(?:million|billion|thousand|mn|bn|m|k))?|"
    r"by\s+[\d.,]+(?:\s*(?:million|billion|thousand|mn|bn|m|k))?(?:\s+[a-z]+)?(?:\s+(?:over|on|in|during)\s+the\s+[a-z]+)?,?)"
    rf"\s+to\s+{_QUALIFIERS}(?:just\s+(?:over|under)\s+)?\Z"
)
# "... in Burkina Faso and up to 300 in Niger", "Tajikistan for 1.1 million": one of a list of figures
_PRIOR_LABEL = re.compile(r"(?:/\d{2})?[ \t]*:[ \t]*")  # "(2023: £1,187.2 million)", "(H1 2023/24: £251m)" (the date reads "H1 2023")
_PARALLEL_BEFORE = re.compile(
    rf"(?:,|\band|\bwhile|\bwhereas)\s+(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}}\s+(?:(?:accounts?|accounted)\s+)?"
    rf"(?:for|at|with|to)\s+)?{_QUALIFIERS}\Z"
)  # (", Dalmora accounts for 11.9 billion, Kesharia for 8.6 billion": the parts of a whole before them)
_GAPPED_BEFORE = re.compile(  # ", tourism 12,500": a subject whose verb and noun the clause before gave
    rf"(?:,|\band)\s+(?!(?:than|from|with|against|versus|of|to|by|for|and|or|but|the|about|around|some|nearly|almost|over|under)\s)"
    rf"[a-z]{{3,}}\s+{_QUALIFIERS}\Z"
)
_SUBJECT_BEFORE = re.compile(
    rf"\b(?P<noun>[a-z]{{3,}}(?:s|people|personnel|staff))\b(?:\s+(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?,?\s+"
    rf"(?:numbering|totall?ing|counting|(?P<rel>where|of\s+whom))\s+{_QUALIFIERS}\Z"
)
# "Registered accounts stood at 77.3 million", "detections on the route rose 6% to about 29,300":
# the clause's plural subject counts the bare figure its verb reaches
_REACH_VERBS = (
    r"stood\s+at|reached|rose|fell|climbed|dropped|jumped|increased|decreased|declined|grew|totall?ed|numbered|"
    r"hit|passed|topped|exceeded|came\s+to|amounted\s+to|were|risen|fallen|grown|reaching|hitting|topping"
)
_SUBJECT_VERB_BEFORE = re.compile(
    r"(?P<noun>(?:(?<=[.!?]\s)|(?<=^)|(?<=\n)|(?<=^[*•-]\s)|(?<=\n[*•-]\s))[A-Z][a-z-]{2,}[^s\W]s|\b[a-z][a-z-]{2,}[^s\W]s)\b(?P<mid>(?:(?!\n[ \t]*\n)(?:[^.;:()\d%$€£¥]|(?<!\d)(?:19|20)\d\d(?!\d))){0,60}?)"
    r"(?:\s+\([^()]{1,40}\))?\s+"  # ("Mobile broadband subscriptions (3G, 4G and 5G) rose to 41.2 million")
    rf"(?:{_REACH_VERBS})"
    # ("rose 6% to", "fell by 14,000 on the month to": a change of the same count before its level)
    rf"(?:\s+(?:by\s+)?(?:about\s+|around\s+|some\s+)?\d[\d.,]*(?:\s*%|(?<=\d{{3}})|\s+(?:thousand|million|billion)))?"
    rf"(?:\s+(?:in|over|during|on)\s+[a-z][a-z ]{{0,30}}?)?,?"
    rf"(?:\s+(?:to|from|by))?\s+{_QUALIFIERS}\Z"  # ("5G subscriptions grew from 0.6 million to 1.9 million")
)
# "the registry shows (that) members rose by 2,400": a reporting verb, or a clause that opens
# right after the noun, is not the subject of the verb that reaches the figure
_CLAUSE_OPENING = re.compile(r"\A,?\s+(?:that|whether|how)\b")
_REPORTING_VERBS_S = frozenset("shows says suggests indicates finds notes reveals confirms implies means states".split())
# "number of (Karvelian) workers": the plural noun a count of it counts
_NUMBER_OF_NOUN = (
    r"number\s+of\s+(?:[A-Za-z][A-Za-z-]*\s+){0,2}?(?P<noun>people|persons|children|men|women|(?:\d{1,3}-)?[a-z][a-z-]{2,}[^s\W]s)\b"
)
# "The number of <counted noun> ... was estimated at": a count whose noun is the subject's
_NUMBER_OF_SUBJECT = re.compile(
    rf"\b[Nn]{_NUMBER_OF_NOUN[1:]}[^.;:!?]{{0,80}}?\s+"
    r"(?:(?:would|will|could|may|might|has|have|had)\s+(?:been\s+)?)?"
    r"(?:was|were|is|are|be|stood|rose|fell|reached|totalled|totaled|increased|decreased|grew|dropped|climbed|remained|"
    r"rise|fall|increase|decrease|grow|drop|revised)\b"
    r"[^.;:!?\d%]{0,40}"
    # ("would rise by about 4,200, to nearly 61,000", "has been revised down by 900 to 20,400")
    r"(?:\bby\s+[^.;:!?\d%]{0,15}\d[\d.,]*(?:\s*(?:%|per\s*cent|million|thousand))?,?\s+to\s+[^.;:!?\d%]{0,15})?\Z"
)
_SHARE_OF_BEFORE_BRACKET = re.compile(r"(?:%|\bper\s*cent)\s+of\s+(?:(?:all|the)\s+)?(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\s*\(\s*\Z")
# (a verb between "the number of X" and the subject found: another clause's subject)
_VERB_BETWEEN = re.compile(r"\b(?:was|were|is|are|rose|fell|grew|increased|decreased|dropped|climbed|reached|stood|and)\b")
# "The report put the number of Karvelian workers abroad at 36,000": the same, as the verb's object
_NUMBER_OF_OBJECT = re.compile(
    rf"\b(?:put|puts|putting|estimated|estimates|estimate|placed|places|place)\s+(?:the\s+)?(?:total\s+)?{_NUMBER_OF_NOUN}"
    r"[^.;:!?\d%]{0,60}?\s+at\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?\Z"
)
# (a cheap test first: the words right before the figure end such a clause)
_VERB_REACHES = re.compile(rf"(?:\bto|\bat|\bfrom|(?:{_REACH_VERBS})(?:\s+by)?),?\s+{_QUALIFIERS}\Z")
# The words _SUBJECT_BEFORE and _VERB_REACHES can end with (before the blanks, and a comma,
# that end the window): a window that ends otherwise is not searched (each search tries the
# pattern at every position of the window).
_QUALIFIER_LAST = ("about", "around", "roughly", "some", "nearly", "almost", "approximately", "estimated", "just",
                   "only", "under", "over", "than", "least", "most", "to")
_SUBJECT_LAST = _QUALIFIER_LAST + ("numbering", "totaling", "totalling", "counting", "where", "whom")
_REACHES_LAST = _QUALIFIER_LAST + ("at", "from", "by", "reached", "rose", "fell", "climbed", "dropped", "jumped", "increased",
                                   "decreased", "declined", "grew", "totaled", "totalled", "numbered", "hit",
                                   "passed", "topped", "exceeded", "were", "risen", "fallen", "grown", "reaching",
                                   "hitting", "topping")


_RATIO_BEFORE = re.compile(
    r"\bratio\s+(?:was|is|stood\s+at|of|at|rose\s+to|fell\s+to|reached|has\s+(?:risen|fallen)\s+(?:from|to)|"
    r"(?:had\s+)?(?:risen|fallen)\s+(?:from|to))\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?\Z"
)
_COUNT_PER_BASE = re.compile(r"([A-Za-z][a-z-]+s)\s+per\s+(1(?:0|,?000)+)\s+([a-z][a-z-]+s)")
_MEASURE_NOT_COUNT_HEADER = re.compile(r"\b(?:factors?|coefficients?|multipliers?|index|indices|scores?|ratios?|elasticit(?:y|ies))\b", re.I)
_RATIO_HEADER = re.compile(r"\bratios?\b(?!\s*\()", re.IGNORECASE)  # "Ratio", "Change in ratio since 2014" (not "Ratio (%)")
_DECLARED_HEADER = re.compile(r"\(\s*([A-Z]{3})[ \t]+(thousands?|millions?|billions?|trillions?|bn|mn|m)\s*\)", re.IGNORECASE)
_FACTOR_OF_BEFORE = re.compile(r"\bfactor\s+of\s+(?:more\s+than\s+|less\s+than\s+|about\s+|almost\s+|nearly\s+|some\s+|over\s+|up\s+to\s+)?\Z")
# ", estimated at $9.4 billion", ", valued at", ", worth": a participle that puts a figure on the noun before it
# (a noun phrase that ends at the comma: "lifted the country's foreign reserves, estimated at"; not
# "shipped 80,000 tonnes of wheat to Egypt in 2024, valued at", whose last words are a place and a year)
_BARE_NOUN_PHRASE_BEFORE = re.compile(r"\b(?:[a-z][\w-]*\s+){1,3}[a-z][\w-]*,\s*\Z")
# a noun phrase of at most three words, then ", which": what a relative clause describes
_RELATIVE_ANTECEDENT = re.compile(r"(?:(?<=[.!?]\s)|(?<=^)|(?<=\n)|\b(?:the|its|their|of|in|for|by|from|to|on|with|at)\s+)"
                                  r"(?P<np>(?:[A-Za-z][\w-]*\s+){0,2}[a-z][\w-]*),\s*which\s*\Z")
# "Marrovia, with": the named subject a "with" clause gives a figure of
_NAME_WITH_BEFORE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s)|(?<=\band\s))(?P<np>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s*with\s*\Z")
# "... in dentistry, where": what the clause after "where" is about (after a preposition)
_WHERE_ANTECEDENT = re.compile(r"\b(?:for|in|among|at|across)\s+(?:the\s+)?(?P<np>(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*),\s*where\s*\Z")
_VALUED_AT = re.compile(r"\s*(?:projected|estimated|valued|put|forecast|pegged|assessed|calculated|priced)\s+at\b|\s*worth\b")
# "In Ivory Coast, the Council set ...": a paragraph that opens on a country is about it throughout
_SCENE_OPENER = re.compile(r"\s*(?:(?:Meanwhile|Elsewhere),?\s+)?(?:In|Across|Throughout|Elsewhere\s+in)\s+(?:the\s+)?\Z")


def _opening_country(text: str, block, places) -> frozenset[str]:
    """The country a prose paragraph opens on ("In Ivory Coast, ..."), else nothing."""
    first = next(iter(places.within(block.start, min(block.end, block.start + 40))), None)
    if first is None or first.kind != "country" or not _SCENE_OPENER.fullmatch(text, block.start, first.start):
        return frozenset()
    return frozenset({first.name})


def _may_end_clause(text: str, start: int, end: int, last_words: tuple[str, ...]) -> bool:
    """``text[start:end]`` ends with one of ``last_words`` (lower-cased, as a suffix), then
    perhaps a comma and blanks; always True for a window with a non-ASCII character (case
    folding). A necessary condition for the patterns above to match the window's end."""
    window = text[start:end].rstrip()
    if window.endswith(","):
        window = window[:-1]
    return not window.isascii() or window.lower().endswith(last_words)


# the singular noun before "numbers" that says what is numbered ("volunteer numbers", "Member numbers")
_NUMBERS_OF_BEFORE = re.compile(r"\b([A-Za-z][a-z]{3,}(?<!s))\s+\Z")


# subjects whose bare figures are amounts, rates or indices, not counts of the subject
_NOT_COUNTED_SUBJECTS = frozenset(
    "prices exports imports revenues earnings costs rates emissions levels numbers figures totals estimates reserves "
    "flows inflows outflows remittances volumes sales profits losses tariffs wages savings assets debts balances "
    "shares stocks yields temperatures speeds receipts payments transfers investments budgets expenditures "
    "outlays subsidies premiums claims deposits loans bonds holdings results scores ratings readings".split()
)
# "... from KSh 498 a month in the first quarter to KSh 517": the level a change reaches
_TO_AFTER_FROM = re.compile(r"\bfrom\b[^;]*\bto\s+(?:about|around|roughly|nearly|some|almost)?\s*\Z", re.I)
_RANKED_IN_BEFORE = re.compile(
    r"\b(?:fastest|highest|lowest|largest|biggest|smallest|strongest|weakest|slowest|steepest|best|worst)\b"
    r"[^,;.]{0,30}?\bin\s+(?:the\s+)?\Z"
)
# "coverage of 78.4% is close to the EU level": the place a figure is compared with, not its own
_COMPARED_TO_THE_BEFORE = re.compile(r"\b(?:close\s+to|above|below|under|than|behind|ahead\s+of|in\s+line\s+with)\s+the\s+\Z")
_LEVEL_AFTER = re.compile(r"[-\w]*\s+(?:level|average|mean|median|figure|rate)\b")
_RANKED_AGAINST = re.compile(r"\b(?:ahead\s+of|above|below|short\s+of|in\s+line\s+with|than)\s+(?:the\s+|a\s+)?\Z")
_PLUS_BEFORE = re.compile(r",?\s+plus\s+(?:a\s+further\s+|another\s+)?\Z")  # "QAR 1,000 a month, plus QAR 300"
_AND_BEFORE = re.compile(r"\band\s+(?:about|around|roughly|nearly|some|almost)?\s*\Z")
# a rate written right after a figure, then words and "and": "USD 1,960 per hectare for pasture and"
_RATE_PAIR = re.compile(r"\d\s*(?:per|a|an|each)\s+[a-z][\w³²]*(?:\s+[a-z]+){0,4}\s+and\s+[^\d,;]{0,20}\Z")
# "95% CI", "confidence interval": what opens an estimate's interval in parentheses
_CI = r"(?:\d{2}(?:\.\d)?%\s+)?(?:CI|confidence\s+interval)"
# "(95% CI 25.0-28.2)", "(CI: 54-70)", "(HR 0.71; 95% CI, 0.58-0.86)", "95% confidence interval [CI],
# 0.58-0.86": a confidence interval's bounds, after the estimate
_CI_BEFORE = re.compile(rf"(?:\(|[;,]\s*){_CI}(?:\s*\[CI\])?\s*[:=,]?\s*\Z", re.I)
# A statistic named before its value: "HR 0.71", "hazard ratio [HR] 0.71", "(OR = 1.8", "p<0.001"
_STATISTIC_BEFORE = re.compile(
    r"(?:\b(?P<name>hazard\s+ratio|odds\s+ratio|risk\s+ratio|relative\s+risk|rate\s+ratio)(?:\s*[\[(](?:HR|OR|RR|IRR)[\])])?"
    r"|[(\[;,]\s*(?P<acr>HR|aHR|OR|aOR|RR|IRR))\s*[:=,]?\s*\Z"  # (an acronym inside brackets: not "OR 2", a road)
    r"|(?<![\w-])(?P<p>[pP])\s*(?:[<>=≤≥]|&lt;)\s*\Z",
)
_INDEX_NAME = re.compile(r"\bIndex\Z")
_DIGIT_RUN = re.compile(r"\d")


_SAMPLE_SIZE_BEFORE = re.compile(r"(?<![\w-])[nN]\s*=\s*\Z")
# the subjects a sample's size counts when its sentence has no plural subject
_SAMPLED = re.compile(
    r"\b(patients|participants|respondents|subjects|adults|children|women|men|people|persons|households|"
    r"pupils|students|workers|employees|firms|businesses|companies|farms|schools|hospitals|infants|mothers|cases)\b", re.I
)
_PLURAL_SUBJECT = re.compile(r"(?:(?:The|All|Some)\s+)?([A-Za-z][a-z]+s)\s+(?:were|are|was|had|have|received)\b")


def _sample_noun(text: str, start: int, last_noun: str | None, at: int) -> str | None:
    """What a sample size at ``at`` counts: the sentence's plural subject ("Patients were ..."),
    else ``last_noun``, else the subjects named last before it ("1,126 patients were screened and
    842 were randomized ... (n=421)")."""
    subject = _PLURAL_SUBJECT.match(text, start)
    if subject and ctx.is_plural_noun(subject.group(1).lower()):
        return subject.group(1).lower()
    if start < at and (here := _SAMPLED.findall(text, max(start, at - 120), at)):
        return here[-1].lower()  # "19.7% of children aged 6-23 months (n = 948)": the subjects just named
    if last_noun:
        return last_noun
    named = _SAMPLED.findall(text, max(0, at - 600), at)
    return named[-1].lower() if named else None


_STATISTIC_NAMES = {"hr": "hazard ratio", "ahr": "hazard ratio", "or": "odds ratio", "aor": "odds ratio",
                    "rr": "relative risk", "irr": "rate ratio"}


def _statistic_unit(match: re.Match) -> str:
    if match.group("p"):
        return "p-value"
    if match.group("name"):
        name = " ".join(match.group("name").lower().split())
        return "relative risk" if name == "risk ratio" else name
    return _STATISTIC_NAMES[match.group("acr").lower()]
_IN_TOTAL = re.compile(r"\s+(?:in\s+(?:total|all)|overall|altogether|all\s+told)\b")
_RESTATED_BEFORE = re.compile(
    r"(?:,|\()\s*(?:or\s+)?(?:(?:equivalent|equal)\s+to\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|approximately\s+)?"
    r"|(?:about|around|roughly|some|nearly|approximately)\s+)\Z"
)  # ("EUR 9.30 per dose, equivalent to about USD 10.90": the conversion keeps the rate)
_OWN_WORDS_AFTER = re.compile(r"\s+(?!(?:in|on|at|by|for|of|to|from|and|or|the|a|an|was|were|is|are)\b)[a-z]")
_PARALLEL_AFTER = re.compile(
    r"\s+(?:in|to|from|for|at|across|among|within|throughout|outside)\s+(?:the\s+)?[A-Za-z]|\s*(?:[,;.)]|\band\b|$)"
    r"|\s+[A-Z][\w-]*(?=\s*[,;.)]|\s+and\b)"  # "412 were Chinese-flagged, 298 Taiwanese, 176 Korean and ..."
)
_OF_THESE_BEFORE = re.compile(
    r"\b[Oo]f\s+(?:these|those|them|which|whom)\s*,?\s+"
    r"(?:(?:the\s+)?[A-Za-z][\w'’ -]{0,30}?\s+(?:says|said|estimates|reports),\s+)?"  # ("Of those, the council says, 1,920 ...")
    r"(?:only\s+|just\s+|about\s+|some\s+|nearly\s+|at\s+least\s+)?\Z"
)
def _named_part(text: str, number, floor: int, limit: int) -> bool:
    """Whether the figure is a part of a count named before it: "Of these, 22 ...", "Fourteen of
    them ...", "Of the 31 barges, only two ..."."""
    return bool(
        _OF_THESE_BEFORE.search(text, max(floor, number.start - 40), number.start)
        or _OF_THEM_AFTER.match(text, number.end, limit)
        or _OF_THE_COUNT_BEFORE.search(text, max(floor, number.start - 100), number.start)
        or _OF_NAMED_OPENING_BEFORE.search(text, max(0, number.start - 70), number.start)  # (past the clause's floor)
    )


_PART_OF_THE_AFTER = re.compile(r"\s+of\s+(?:the|these|those|its|their)\s+(?:[\d,.]+\s+)?[a-z]")
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|these|those)\b")
_OF_THE_COUNT_BEFORE = re.compile(
    r"\b[Oo]f\s+(?:the|these|those|its|their)\s+[\d,.]+\s+[^,;.\d]{1,50},\s+"
    r"(?:only\s+|just\s+|about\s+|some\s+|nearly\s+|at\s+least\s+)?\Z"
)
# a sentence opening with the whole its figure is part of, named: "Of these schools, 212 ...",
# "Of the closed schools, 212 ..."
_OF_NAMED_OPENING_BEFORE = re.compile(
    r"(?:\A|[.;:!?]\s+|\n\s*)Of\s+(?:the|these|those|all|our|its|their)\s+[^,;.\d]{1,50},\s+"
    r"(?:only\s+|just\s+|about\s+|some\s+|nearly\s+|at\s+least\s+)?\Z"
)
_CHANGE_BEFORE = re.compile(rf"(?:\b(?:up|down)(?:\s+by)?|,|\band)\s+{_QUALIFIERS}\Z")
_FURTHER_BEFORE = re.compile(rf"\b(?:a\s+further|another|an\s+additional|a\s+total\s+of)\s+{_QUALIFIERS}\Z", re.I)
_PART_OF_BEFORE = re.compile(r"\d\s+(?:\([^()]{1,12}\)\s+)?(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?\Z")
_PARTITIVE = re.compile(
    r"\s+of\s+(?:(?:the|its|their|these|those|all|our|his|her|my|your)\s+)?"
    r"(?:(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|[a-z]+)['’]s\s+)?"
    r"(?:\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion|thousand))?\s+)?(?=[a-z])"  # ("1.6 million of the 2.9 million people")
)
# the whole counted in spans of time: "(of the) twelve months", "ten warmest years"
_PARTITIVE_SPANS = re.compile(r"(?:(?:[a-z]+|\d[\d,]*)\s+)?(?:[a-z]+\s+)?(days|weeks|months|years|decades)\b")
# ("455 (31%) were confirmed": a share in brackets between the count and its verb)
_ELLIPTICAL = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s+(?:were|was|are|is|had|have|has|remained|remain|did|do"
    # ("412 people killed and 1,630 injured": people, as the count before)
    r"|injured|wounded|killed|missing|displaced|detained|arrested|evacuated|rescued|hospitali[sz]ed)\b", re.I
)
_LABEL_CHARS = re.compile(r"[A-Za-z ,()/'’-]*")
_LABEL_TAIL = re.compile(r":\s*(?:[$€£¥~]|US\$)?\s*$")
_LETTER = re.compile(r"[A-Za-z]")


def _measure_of(context: ClaimContext | None) -> tuple[str | None, str | None] | None:
    """(currency, unit) a later figure of the sentence may repeat ("23 million tonnes, Argentina
    for 22 million"); None for a count, a percentage or nothing (counts repeat their noun)."""
    if context is None:
        return None
    if context.currency:
        return context.currency, None
    if context.unit and context.unit_family not in (None, "count", "percent"):
        return None, context.unit.split("/")[0]
    return None


# The row-label helpers below are pure functions of a label's text, and labels repeat from row to
# row and from document to document ("Area: total: ", "Land use: agricultural land: "): cached.
_LABEL_HEAD = re.compile(r"^(.*?)(?:\s(?:in|of|from|to|for|on|by|with|via|since|across|at)\s|\s*\(|$)")
_CATEGORY_HEAD = re.compile(r"^(.*?)(?:\s(?:in|of|from|to|for|on|by|with|via)\s|\s*\(|$)")
_LABEL_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_ACRONYM_IN_PARENS = re.compile(r"\s*\([A-Z][A-Za-z0-9&./-]{0,9}\)")


@lru_cache(maxsize=4096)
def _row_label(category: str) -> str | None:
    """"| factbook2017-china.txt | factbook/... |" -> "factbook2017-china.txt": the first cell of a
    delimited row, else the text before the row's first figure."""
    cells = [c.strip() for c in CELL_SPLIT.split(category.strip()) if c.strip()]
    label = " ".join((cells[0] if cells else "").split()).strip(" :–—-")
    return label or None


@lru_cache(maxsize=4096)
def _label_noun(label: str) -> str | None:
    """The last plural noun of a label before its first preposition ("Civilians killed in ..." ->
    "civilians"), if any."""
    label = _ACRONYM_IN_PARENS.sub("", label)  # "Mobile (SIM) subscriptions": the acronym ends nothing
    match = _LABEL_HEAD.search(label.strip(" -•*–"))
    head = match.group(1) if match else label
    nouns = _plural_nouns(head.split(", ", 1)[0]) or _plural_nouns(head)  # ("Overnight visitors, coastal towns": the visitors)
    if not nouns and _PEOPLE_LABEL.fullmatch(label.strip(" -•*–|")):
        return "people"  # "| Population | 2024 | 18.4 million |": a count of people
    return nouns[-1] if nouns else None


def _plural_nouns(words: str) -> list[str]:
    return [w.lower() for w in _LABEL_WORD.findall(words) if ctx.is_plural_noun(w) and w.lower() not in _NOT_HEADER_NOUNS]


# A label or column header naming people by a state they are in: "Population", "Employed, aged 15+
# (thousands)", "Labour force". (Not "Unemployment": a bare cell under it may be a rate.)
_PEOPLE_LABEL = re.compile(
    r"(?i:(?:total|resident|national|mid-year|estimated)\s+)?"
    r"(?i:population|employed|unemployed|in\s+employment|economically\s+inactive|labou?r\s+force|workforce)"
    r"(?:,?\s+aged(?:\s+[^()]{1,20})?)?(?:,?\s+(?:mid-)?(?:19|20)\d\d)?(?:\s*\([^()]*\))?"  # (a label cut at its age, "Employed, aged" of "... aged 15+"; "Population, 2024 (million)")
)


@lru_cache(maxsize=4096)
def _label_narrowing(before: str, label: str) -> frozenset[str]:
    """= ``narrowing_marks(text, start, end)`` for ``label`` = text[start:end] and ``before`` the
    character before it (the pattern's word boundary reads it), or "" at the text's start."""
    return ctx.narrowing_marks(before + label, len(before), len(before) + len(label))


@lru_cache(maxsize=4096)
def _category_head(category: str) -> str | None:
    """The head noun of a table row's label: "North Korean Workers in China (2024)" -> "Workers"."""
    category = category.strip(" :|–—-")
    match = _CATEGORY_HEAD.search(category)
    words = _LABEL_WORD.findall(match.group(1) if match else category)
    words = [w for w in words if w.lower() not in ctx.STOPWORDS]
    return words[-1] if words else None


def _segment(text, number, start, end) -> tuple[int, int]:
    """The cell or "; "-separated item of a row that holds the number."""
    # (a "|" is looked for only between the figure and the nearer ";": a row without bars is not
    # read to its end once for each of its figures)
    semi = text.rfind(";", start, number.start)
    bar = text.rfind("|", semi + 1 if semi >= 0 else start, number.start)
    left = bar if bar >= 0 else semi
    semi = text.find(";", number.end, end)
    bar = text.find("|", number.end, semi if semi >= 0 else end)
    right = bar if bar >= 0 else semi if semi >= 0 else end
    return (left + 1 if left >= 0 else start, right)


# A column headed "Value" or "Figure" holds the row's quantity: the header narrows nothing
_GENERIC_HEADERS = frozenset({"value", "values", "amount", "figure", "figures", "number", "estimate", "estimates",
                              "data", "latest", "latest figure", "latest value", "level", "quantity", "count"})


@lru_cache(maxsize=4096)  # labels repeat from row to row ("total", "male", "female")
def _label_marks(label: str) -> frozenset[str]:
    """"@word" marks for the label a table figure sits under ("total", "urban", "(2)")."""
    words = re.findall(r"[A-Za-z]+|\d+", label)
    return frozenset("@" + ctx.stem(w) for w in words if w.lower() not in ctx.STOPWORDS) or (
        frozenset({"@" + label.strip()}) if label.strip() else frozenset()
    )


# "Remittances to the country": a country named before, not a group of countries
_THE_COUNTRY = re.compile(r"\b[Tt]he\s+country(?:['’]s)?\b(?!\s+(?:level|office|team|report|programme|strategy))")
# "Table 2: Employment by broad sector, thousands": the rows are categories of what the table
# measures ("| Services | 3,393 |" counts no services)
_BREAKDOWN_TITLE = re.compile(r"\bby\s+(?:[a-z]+\s+){0,2}?(?:sectors?|industry|industries|categor(?:y|ies)|types?|activity|"
                              r"activities|occupations?|products?|sources?|components?|groups?|kinds?)\b", re.I)
# a header row whose first column names places: "State | 2022 | 2023", "Region | SPPGs operating"
_PLACE_COLUMN = re.compile(
    r"\s*\|?\s*(?:State|Region|Province|Country|District|County|Municipality|Department|Prefecture|Territory|"
    r"Governorate|Oblast|City|Zone|Area|Location|Origin|Destination|Partner|Supplier)s?\s*(?:\||\t|\s{2,})",
    re.I,
)
# "the price of a 200-litre barrel of water rose from", "the price of a goat fell to": a price per one
_PRICE_OF_ONE = re.compile(
    r"\b[Pp]rices?\s+of\s+(?:a|an|one)\s+(?:[\d.,]+-[a-z]+\s+)?(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]{3,})"
    r"(?=\s+(?:of|in|at|rose|fell|was|is|has|had|increased|decreased|climbed|jumped|dropped|doubled|reached|"
    r"stood|averaged|went|cost|from|to)\b)(?:[^.;:%]|\.(?=\d)){0,80}\Z"
)
_TRAILING_ACRONYM = re.compile(r"\s*\([A-Z]{2,6}\)\s*$")
# A sentence opening with a possessive pronoun, and the name a paragraph opens with as its subject
_POSSESSIVE_OPENING = re.compile(r"(?:Its|Their)\s+[a-z]")
_PARAGRAPH_SUBJECT = re.compile(
    r"(?:\d{1,3}(?:\.\d{1,3})*\.?\s+)?(?:The\s+)?([A-Z][\w&'’-]+)(?:\s+[A-Z][\w&'’-]+){0,3}\s+(?:is|was|are|were|has|had|operates|owns|runs|employs|reported|produces|makes|holds)\b"
)
_RANGED_FROM = re.compile(r"\b(?:rang(?:ed|es|e|ing)|var(?:ied|ies|y|ying))\s+(?:\w+\s+)?(?:from|between)\s+[^.;]*\Z", re.I)
_PERCENT_AFTER_COLON = (  # ("Prevalence by region, 2023: % (95% CI)", "Forecasts of GDP growth, % per year")
    r"[:,]\s*(?:%|per\s*cent)(?:\s+(?:per\s+(?:year|annum)|a\s+year|y/y|year[- ]on[- ]year))?(?:\s*\([^()]{1,30}\))?"
)
_TITLE_ENDS_IN_PERCENT = re.compile(
    # ("(% of passengers)"; "(%, end-June)": a date or a basis after the sign)
    rf"(?:\((?:%|per\s*cent|percent)(?:\s+of\s+[^()]{{1,40}})?(?:,\s*[^()%,]{{1,30}})?\)|{_PERCENT_AFTER_COLON})\s*$", re.I
)
# a row that names a ratio, whose percentages may pass 100: "Household debt to disposable income",
# "Liquidity coverage ratio"
_RATIO_LABEL = re.compile(r"\bratio\b|\b(?:debt|loans?|credit|assets?|liabilities|deposits?)\s+to\s+[a-z]", re.I)
_CHANGE_HEADER = re.compile(r"^\W*(?:change|diff(?:erence)?)\b(?![^()]*%)", re.I)  # ("Change on quarter"; not "Change (%)")
_DAILY_TITLE = re.compile(r"\b(daily|weekly)\b", re.I)
_EVERY = {"daily": "day", "weekly": "week"}
_PERCENT_TITLE_TAIL = re.compile(rf"{_PERCENT_AFTER_COLON}\s*$", re.I)
# a title stating the shares its table gives in percent: "Shares of sales (%) and ..., 2023"
_SHARES_TITLE = re.compile(r"\bshares\b[^()]{0,30}\((?:%|per\s*cent|percent)\)", re.I)
# A title that puts the whole table in percent: "(annual percentage change)", "(%, unless stated)"
_PERCENT_TABLE_TITLE = re.compile(
    r"\b(?:percentage|per\s*cent|percent)\s+change\b|(?:\b(?:percentages?|per\s*cent|percent)\b|%)[^()]{0,30}\bunless\b"
    r"|\(%\s+(?:change|growth)\b[^()]{0,40}\)\s*$",  # ("(% change on previous year)")
    re.I,
)
_THOUSANDS_HEADER = re.compile(r"([A-Za-z0-9][\w/-]*)\s*\(\s*(?:['’]000s?|000s)\s*\)\s*$")  # (or "2024 ('000)")


_DATE_RIGHT_AFTER = re.compile(
    r"(?:[ \t]+[^\s\d,;.()]+){0,3}?[ \t]+(?:in|during|for|as[ \t]+of)[ \t]+(?:the[ \t]+)?"
    r"(?:(?:fiscal|calendar|financial|crop|marketing)[ \t]+year[ \t]+)?"
)


# "from KES 5,400 to KES 6,210 per 90-kilogram bag": the first level of a "from A to B" is counted
# per what the second is
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?\Z")
_TO_BETWEEN = re.compile(
    r"\s*(?:(?:in|during|on)\s+[\w ]{1,25}?\s*)?,?\s*to\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?"
)


def _change_count_backwards(text: str, numbers, out: dict) -> None:
    """"Enrolment increased by 2,300 on the year to 48,100 pupils": a bare change "by
    N" counts what the level it leads to counts; so does the level it started from ("fell from
    12,400 to 11,050 offences")."""
    for first, second in zip(numbers, numbers[1:]):
        a, b = out.get(first.start), out.get(second.start)
        if a is not None and b is not None and first.currency and a.per is None and b.per and a.currency == b.currency and (
            _BY_THEN_TO.fullmatch(text, first.end, second.start) and _BY_BEFORE.search(text, max(0, first.start - 12), first.start)
            or _TO_BETWEEN.fullmatch(text, first.end, second.start) and _FROM_BEFORE.search(text, max(0, first.start - 30), first.start)
        ):
            # "the tariff rose by €6 to €148 per TEU", "from €0.82 to €0.86 per gross tonne": the
            # money a rate moved by (or from) is per what the rate is per
            out[first.start] = dataclasses.replace(a, unit=b.unit, per=b.per)
            continue
        if a is None or b is None or a.unit is not None or first.currency or first.unit or b.unit_family in (None, "percent", "money"):
            continue
        if b.unit_family == "count" and _BY_THEN_TO.fullmatch(text, first.end, second.start) and _BY_BEFORE.search(
            text, max(0, first.start - 12), first.start
        ):
            out[first.start] = dataclasses.replace(a, unit=b.unit, unit_family="count")
        elif first.low is None and second.low is None and _TO_BETWEEN.fullmatch(text, first.end, second.start) and (
            _FROM_BEFORE.search(text, max(0, first.start - 30), first.start)
        ):
            # (a measure too: "revised from 38,900 to 39,150 hectares")
            out[first.start] = dataclasses.replace(a, unit=b.unit, unit_family=b.unit_family, per=b.per)


# between counts listed before the noun they share: "3,100, 3,450 and 3,720 buses"
_LIST_BETWEEN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")


def _listed_counts_backwards(text: str, numbers, out: dict) -> None:
    """"the surveys of 2018 and 2021 found 2,950 and 3,310 giraffes": bare counts listed before
    one noun count what the last of them counts (the noun written just after it)."""
    counted = set()  # figures whose noun is written after them, or after the list they open
    for first, second in reversed(list(zip(numbers, numbers[1:]))):
        a, b = out.get(first.start), out.get(second.start)
        if a is None or b is None or a.unit is not None or first.currency or first.unit or b.unit is None:
            continue
        if b.unit_family != "count" and not second.unit or first.low is not None or second.low is not None or second.currency:
            continue
        if _LIST_BETWEEN.fullmatch(text, first.end, second.start) and (
            second.unit or second.start in counted or b.unit.split("/")[0] in text[second.end : second.end + 60].lower()
        ):  # ("12 and 14 tonnes": the unit is written with the last figure)
            out[first.start] = dataclasses.replace(a, unit=b.unit, unit_family=b.unit_family, per=b.per)
            counted.add(first.start)


def _share_rate_backwards(text: str, numbers, out: dict) -> None:
    for first, second in zip(numbers, numbers[1:]):
        a, b = out.get(first.start), out.get(second.start)
        if a is None or b is None or a.per or not b.per or not a.unit or a.currency != b.currency:
            continue
        if b.unit != f"{a.unit}/{b.per}" or first.per or not _TO_BETWEEN.fullmatch(text, first.end, second.start):
            continue
        if _FROM_BEFORE.search(text, max(0, first.start - 30), first.start):
            out[first.start] = dataclasses.replace(a, unit=f"{a.unit}/{b.per}", per=b.per)


# What a rate per N people counts, by the rate's name: "attack rate", "incidence", "mortality"
_RATE_NAMES = (
    ("cases", re.compile(r"\b(?:attack|incidence|notification|infection|case)\s+rates?\b|\bincidence\b", re.I)),
    ("deaths", re.compile(r"\b(?:mortality|death\s+rates?|fatality\s+rates?)\b", re.I)),
    ("births", re.compile(r"\b(?:birth|fertility)\s+rates?\b", re.I)),
    ("homicides", re.compile(r"\bhomicide\s+rates?\b", re.I)),
)
_VITAL_EVENTS = frozenset(noun for noun, _ in _RATE_NAMES)
# "<event> rate" of a rate per N: the events it counts ("consultation rate", "arrest rate"): a
# noun in -ion that names no state or ratio, or a known event
_EVENT_RATE = re.compile(r"\b([A-Za-z]{4,})\s+rates?\b")
_EVENT_NOUNS = frozenset(
    "arrest suicide injury visit attendance offence offense crime eviction referral arrival removal discharge "
    "complaint accident overdose assault burglary robbery stop".split()
)
_NOT_EVENT_RATES = frozenset(
    "penetration participation completion population inflation retention replacement saturation utilisation "
    "utilization occupation ionization conversion transmission vaccination immunisation immunization "
    "protection detection".split()
)
_EVENT_RATE_TITLE = re.compile(r"\b([A-Za-z]{4,})\s+rates?\s+per\s+(\d{1,3}(?:,\d{3})*\s+[a-z]+(?:\s+(?!by\b)[a-z]+)?)")


def _event_noun(word: str) -> str | None:
    """The events an "<event> rate" counts: "admission" -> "admissions"; None for a ratio's name."""
    word = word.lower()
    if (word.endswith("ion") or word in _EVENT_NOUNS) and word not in _NOT_EVENT_RATES:
        return ctx.plural_of(word)
    return None


_PER_N_NAMED = re.compile(rf"\bper\s+(\d{{1,3}}(?:,\d{{3}})+|\d+)\s+((?:[a-z]+\s+)?(?:{_RATE_BASES}|[a-z]{{3,}}[^s\W]s))\b")
_RESTATES_COUNT = re.compile(
    r"(?:,|\()\s*(?:or|i\.e\.|equivalent\s+to|equal\s+to|an?\s+(?:[a-z-]+\s+)?rate\s+of)?\s*(?:about|around|roughly|some|nearly|~)?\s*\Z"
)  # ("4,406 cases, or ~72 per 100,000", "212 homicides, a rate of 2.4 per 100,000")


def _rate_numerator(text: str, number, floor, previous_noun) -> str | None:
    """What a rate "per 100,000" counts: named by the rate, or the count it restates."""
    window = text[max(floor if floor is not None else 0, number.start - 80) : number.start]
    for noun, name in _RATE_NAMES:
        if name.search(window):
            return noun
    if (event := last_match(_EVENT_RATE, window, 0, len(window))) is not None and (events := _event_noun(event.group(1))):
        return events  # "the arrest rate was 96.1 per 100,000": arrests
    if previous_noun and _RESTATES_COUNT.search(text, max(0, number.start - 40), number.start):
        return previous_noun  # "4,406 cases, or ~72 per 100,000 population"
    return None


_BARE_FIGURE_CELL = re.compile(r"\s*(?:[-–−+]?[\d.,]+%?)?\s*")  # a cell holding a figure or nothing


def _row_label_scale(text: str, row, start: int, number):
    """The scale and unit a table row's label states for its figures."""
    if row.label_scale is None and "|" in text[start:number.start]:
        # "| India | Subsidy, 2025-26 budget (Rs lakh crore) | 1.68 |": the last cell before the
        # figures (the row's first figure may be a year inside the label)
        cells = text[start:number.start].split("|")
        while cells and _BARE_FIGURE_CELL.fullmatch(cells[-1]):
            cells.pop()
        return _label_scale("|".join(cells)) if cells else None
    return row.label_scale


def _table_sections(blocks, text: str) -> dict[int, str]:
    """Table row block -> the heading inside its table above it ("INCREASES IN DIRECT SPENDING"
    between two runs of rows), for rows that have one."""
    out: dict[int, str] = {}
    section = None
    for i, block in enumerate(blocks):
        if block.kind == "heading":
            # (inside: after a row of the table, or right above its first row and no further in
            # than its label: "  Pensioners (thousands)" over "    Over 80   61.5", not a column's
            # "            (US$ million)")
            # (a table's first line is its header, not a section: "Category   Figures   Source")
            opens = i == 0 or blocks[i - 1].paragraph != block.paragraph
            rows = [blocks[j] for j in (i + 1, i - 1) if 0 <= j < len(blocks) and blocks[j].kind == "table"
                    and blocks[j].paragraph == block.paragraph]
            inside = bool(rows) and not opens and _indent(text, block.start) <= _indent(text, rows[0].start)
            section = text[block.start : block.end].strip() if inside else None
        elif block.kind == "table":
            if section is not None:
                out[i] = section
        else:
            section = None
    return out


def _money_per_row(currency: str, label: str) -> tuple | None:
    """The money of a table's price title per the unit a row's label states in brackets."""
    inner = _LABEL_UNIT.search(label)
    stated = _header_unit(f"x (USD/{inner.group()[1:-1].strip()})") if inner else None
    if stated is None or stated[2] != "USD" or "/" not in (stated[1] or ""):
        return None
    return stated[0], stated[1].replace("USD", currency, 1), currency, "money"


def _declared_unit(cell: str, declared) -> tuple | None:
    """``_header_unit`` for a currency code the document declares ("(MRD per kg unless stated)"
    in a text that writes "MRD 1,240"): read as a code the world knows, then given back its own."""
    for code in sorted(declared):
        if code in cell and (stated := _header_unit(re.sub(rf"\b{re.escape(code)}\b", "USD", cell))) is not None and stated[2] == "USD":
            unit = stated[1].replace("USD", code, 1) if stated[1] else stated[1]
            return stated[0], unit, code, stated[3]
    return None


def _symbol_unit(cell: str, symbols: dict[str, str]) -> tuple | None:
    """``_header_unit`` for a currency symbol the document declares: "Average price (K)" is in
    kronor where the text declares "K" their symbol (not thousands)."""
    for sym, code in symbols.items():
        if f"({sym}" in cell and (stated := _header_unit(cell.replace(f"({sym}", "(USD ", 1))) is not None and stated[2] == "USD":
            return stated[0], stated[1].replace("USD", code, 1) if stated[1] else stated[1], code, stated[3]
    return None


def _counts_header_noun(unit, family, header_cell, number) -> bool:
    """A bare cell counts the noun its column's header names ("| Deaths |"), so a money unit the
    table states elsewhere is not its unit."""
    return bool(family == "count" and unit and header_cell and not number.currency
                and unit.split("/")[0] in header_cell.lower() and unit.split("/")[0] not in _NOT_COUNTED_TITLE_NOUNS)


def _money_captions(blocks, text: str, header_of, aligned_of) -> dict[int, tuple]:
    """Table row block -> the money and scale the line right above its rows states ("€m",
    "Gross debt bridge, €m", "Cash flow (US$ million)"), for rows under no header row."""
    out: dict[int, tuple] = {}
    caption = None
    for i, block in enumerate(blocks):
        if block.kind == "table" and i not in header_of and i not in aligned_of:
            # (a caption may stand one blank line above its rows: "Bridge to free cash flow (€m)")
            if i > 0 and blocks[i - 1].kind == "heading" and block.paragraph - blocks[i - 1].paragraph <= 1:
                stated = _header_unit(text[blocks[i - 1].start : blocks[i - 1].end].strip())
                caption = stated if stated is not None and stated[3] == "money" and stated[0] > 1 else None
            elif i == 0 or blocks[i - 1].kind != "table" or blocks[i - 1].paragraph != block.paragraph:
                caption = None
            if caption is not None:
                out[i] = caption
        else:
            caption = None
    return out


def _indent(text: str, pos: int) -> int:
    """The indentation of the line ``pos`` is on."""
    line = text.rfind("\n", 0, pos) + 1
    return len(text[line : line + 200]) - len(text[line : line + 200].lstrip(" \t"))


_TITLE_NUMBER = re.compile(r"\s*(?:Table|Figure|Chart|Box)\s+[\w.-]+\s*[.:–—-]?\s*", re.I)


def _title_noun(text: str, header) -> str | None:
    """The plural noun a table's title counts: "Table 1: Mobile subscriptions by operator"."""
    title = _title_words(text, header)
    return (_title_counted(title) or _label_noun(title)) if title else None


def _title_words(text: str, header) -> str:
    """A table's title without its number ("Table 1: " of "Table 1: Mobile subscriptions")."""
    title = _title_of(text, header)
    numbered = _TITLE_NUMBER.match(title) if title else None
    return title[numbered.end() :] if numbered else title


def _title_counted(title: str) -> str | None:
    """What a table whose title names a count by its subject counts, scale or none ("Employment
    by sector": people; "Recorded crime by offence type": offences)."""
    if _PEOPLE_TITLE.match(title):
        return "people"
    if _CRIME_TITLE.match(title):
        return "offences"
    return None


@lru_cache(maxsize=1024)
def _title_breakdown_noun(title: str) -> str | None:
    """The plural noun a title breaks down by something, when it is a thing counted: "Registered
    vehicles by fuel type" -> "vehicles"; not "Prices by region" or "Exports by destination"."""
    match = _BREAKDOWN_OF.match(title)
    noun = match.group(1).lower() if match else ""
    if noun in _COLLECTIVE_COUNTS:
        return noun  # "Uniformed staff by region"
    if not noun or noun in _NOT_COUNTED_TITLE_NOUNS or not ctx.is_plural_noun(noun) or currency_from_word(noun) or unit_from_form(noun):
        return None
    return noun


# "Visitor arrivals by country of residence", "Permits issued by district": at most four
# words before the noun (a longer title names more than one thing), a participle after it
# (counted, though no plural in -s: "Uniformed staff by region", "People helped by programme")
_COLLECTIVE_COUNTS = frozenset({"personnel", "staff", "cattle", "livestock", "people", "children", "women", "men"})
_BREAKDOWN_OF = re.compile(
    rf"\s*(?:[A-Za-z][\w'’-]*\s+){{0,4}}?([A-Za-z][a-z]+s|(?i:{'|'.join(sorted(_COLLECTIVE_COUNTS))}))"
    r"(?:\s+[a-z]+ed(?:\s+[a-z]+){0,5}?,?)?\s+(?:\([^()]*\)\s+)?by\s"
)  # (the participle's phrase too: "Reporters detained in connection with their work, by region")
# plural nouns a title breaks down that measure amounts, not things counted
_NOT_COUNTED_TITLE_NOUNS = frozenset(
    """
    prices rates ratios indicators estimates statistics figures results trends changes shares flows exports
    imports sales revenues receipts earnings costs expenditures outlays wages incomes balances reserves assets
    liabilities holdings yields returns emissions volumes levels projections forecasts assumptions targets
    indices indexes tariffs fees taxes transfers remittances payments deposits loans grants subsidies budgets
    allocations profits losses margins densities averages means medians scores values amounts totals
    landings catches harvests sources contributions savings investments spending proceeds premiums
    claims benefits pensions allowances salaries charges duties rents debts arrears
    """.split()
) | _NOT_HEADER_NOUNS


# a title whose table counts people: "Employment by industry", "Population by region, mid-2024"
_PEOPLE_TITLE = re.compile(
    r"\s*(?i:employment|population|labou?r\s+force|workforce|persons\s+employed|people\s+in\s+employment)\s+(?:by|in|of)\b"
)
_RATE_PER_HEADER = re.compile(r"\brate\s+per\s+(\d[\d,]*(?:\s+(?!\()[a-z]+)?)", re.I)
_CRIME_TITLE = re.compile(r"\s*(?:[A-Z][a-z]+\s+)?(?i:police[ -])?(?i:recorded\s+crimes?|crimes?\s+recorded)\s+(?:by|in)\b")


_STATISTICS = frozenset({"median", "mean", "average", "total", "annual"})  # (name no kind of column)
_UNIT_PART = re.compile(r"\s*(?P<noun>[a-z][a-z -]{0,60}?)\s+in\s+(?P<unit>[^;,()=]{1,30}?)\s*")


_LABEL_UNIT = re.compile(r"\([^()]{1,30}\)")  # (a row label that may state its own unit)


def _closing_parenthesis(title: str) -> str:
    """What a title's closing parenthesis holds ("" when it closes with none)."""
    return title[title.rfind("(") + 1 : title.rstrip().rfind(")")] if title.rstrip().endswith(")") else ""


def _first_stated_part(title: str):
    """"(million tonnes; July/June marketing year)": the first part of a title's closing
    parenthesis that states a unit, when the whole does not; or its first comma part ("('000
    tonnes, October–September years)")."""
    inner = _closing_parenthesis(title)
    if ";" not in inner:
        return _header_unit(f"x ({inner.split(',')[0].strip()})") if "," in inner else None
    return next((stated for part in inner.split(";") if (stated := _header_unit(f"x ({part.strip()})"))), None)


@lru_cache(maxsize=256)
def _title_unit_parts(title: str) -> tuple:
    """((noun stems, stated unit), ...) of a title closing with units per kind of column:
    "(volumes in cubic metres; values in USD million)", "(median price and median earnings in
    £; ratio = price / earnings)" (a definition states no unit); () when it states none."""
    inner = _closing_parenthesis(title)
    return _unit_parts([piece for piece in inner.split(";") if "=" not in piece]) if inner else ()


def _unit_parts(pieces: list[str]) -> tuple:
    """((noun stems, stated unit), ...) of pieces that each read "<noun> in <unit>"; () when one
    does not."""
    parts = []
    for piece in pieces:
        match = _UNIT_PART.fullmatch(piece)
        stated = _header_unit(f"x ({match.group('unit')})") if match else None
        if stated is None:
            return ()
        stems = frozenset(ctx.stem(w) for w in match.group("noun").split() if w not in ctx.STOPWORDS and w not in _STATISTICS)
        parts.append((stems, stated))
    return tuple(parts)


# the first parenthesis of a title's first sentence: "Cargo (tonnes) by port. Source: ..."
_TITLE_PAREN = re.compile(r"[^.()]*?\(([^()]{1,40})\)")


@lru_cache(maxsize=256)
def _title_sentence_parts(title: str) -> tuple:
    """((noun stems, stated unit), ...) of a title's sentence stating units per kind of column:
    "Juveniles in millions of age-1 fish; biomass and catch in tonnes."; () when none does."""
    for sentence in re.split(r"(?<=[a-z)])\.\s+", title.rstrip(". ")):
        if " in " in sentence and ";" in sentence and (parts := _unit_parts(sentence.lower().split(";"))):
            return parts
    return ()


# a title's last comma part, short and lower-case or a currency: ", million tonnes", ", US$ billion"
_TITLE_COMMA_TAIL = re.compile(r",\s*((?:[a-z%$€£]|US\$|[A-Z]{3}\s)[^,()]{0,30}?)\s*\.?\s*\Z")


@lru_cache(maxsize=256)
def _scaled_title_tail(title: str):
    """"Table 3. Grain shipped by route, thousand tonnes", "..., US$ billion": the scale or money a
    title's last comma part states (not a plain noun or "%", which may name one column only)."""
    tail = _TITLE_COMMA_TAIL.search(title)
    stated = _header_unit(f"x ({tail.group(1)})") if tail else None
    return stated if stated is not None and (stated[0] != 1.0 or stated[2] is not None) else None


def _title_of(text: str, header) -> str:
    """The line just above a table's header row, when it is a short title."""
    before = text[max(0, header.start - 300) : header.start].rstrip("\r\n ")
    line = before[before.rfind("\n") + 1 :] if before else ""
    return line if 0 < len(line.split()) <= 30 else ""


@lru_cache(maxsize=1024)
def _header_marks(cell: str) -> frozenset[str]:
    return frozenset("#" + ctx.stem(w) for w in ctx.measure_words(cell, 0, len(cell), [])[:4])


# a digit that starts a figure: not the 3 of "DTP3", not a year ("to Egypt in 2022")
_FREE_DIGIT = re.compile(r"(?<![\w.,])(?!(?:1[89]|20)\d\d\b)\d")


def _own_place(text: str, number, place_names: list, clause_end: int) -> list:
    """"Ghana reported 94% and The Gambia 91%": in a parallel list each figure is about the place
    just before it, when every other place of the clause has a figure of its own after it."""
    before = [p for p in place_names if p.end <= number.start]
    if not before or _FREE_DIGIT.search(text, before[-1].end, number.start):
        return place_names
    own = before[-1]
    others = [p for p in place_names if p is not own and p.name != own.name]
    if others and all(_figure_of_its_own(text, p, number, clause_end) for p in others):
        return [p for p in place_names if p.name == own.name]
    return place_names


def _figure_of_its_own(text: str, place, number, clause_end: int) -> bool:
    """A figure follows ``place`` closely, and it is not ``number`` ("from Russia to China rose 20%")."""
    digit = _FREE_DIGIT.search(text, place.end, min(clause_end, place.end + 40))
    return digit is not None and not number.start <= digit.start() < number.end


def _local_label(text, number, start, end, header) -> tuple[str, str]:
    """The label a figure sits under: its column header in a delimited or aligned table, or the
    "label:" just before it in a "Field: a: 1%; b: 2%" line."""
    if header is not None and (
        isinstance(header, AlignedHeader) or text.find("|", start, end) >= 0 or text.find("\t", start, end) >= 0
    ):
        return "", column_header(text, number.start, start, end, header)
    before = text[max(start, number.start - 80) : number.start]
    cut = max(before.rfind(";"), before.rfind("|"))
    return _label_before(before[cut + 1 :]), ""


@lru_cache(maxsize=4096)  # a pure function of the segment; segments repeat ("Area: total: ")
def _label_before(segment: str) -> str:
    r"""The "label:" a figure follows: the group of
    ``re.search(r"([A-Za-z][A-Za-z ,()/'’-]{0,60}):\s*(?:[$€£¥~]|US\$)?\s*$", segment)``, or "".

    Found without trying that pattern at every position: the label ends at the last colon (no
    label character is a colon), and starts at the first letter of the run of label characters
    before it, at most 61 back."""
    colon = segment.rfind(":")
    if colon <= 0 or not _LABEL_TAIL.match(segment, colon):
        return ""
    run = _LABEL_CHARS.match(segment[:colon][::-1]).end()
    letter = _LETTER.search(segment, colon - min(run, 61), colon)
    return segment[letter.start() : colon] if letter else ""


def _place_words(place_mentions) -> frozenset[str]:
    return frozenset(w.lower() for p in place_mentions for w in p.text.split())


def _modifier_marks(modifiers, place_words: frozenset[str]) -> frozenset[str]:
    """Words between a count and its noun ("female" in "2,500 female workers") narrow the measure;
    they are kept as "+word" marks, places and demonyms (``place_words``) excepted."""
    if not modifiers:
        return frozenset()
    return frozenset("+" + m for m in modifiers if m not in place_words and m not in ctx.STOPWORDS and m not in _COUNTING_WORDS)


# an age group: "aged 16 to 64", "aged 15+", "aged 65 and over", "16-24 year olds"
_AGE_GROUP = re.compile(
    r"\baged\s+(\d{1,2})\s*(?:(?:to|-|–)\s*(\d{1,3})|(\+|\s+and\s+(?:over|above|older)|\s+or\s+(?:over|older)))"
    r"|\b(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})[- ]year[- ]olds\b"
)


# a cell that is a proper name of several capitalised words: "Delmar Stevedoring Services"
_NAME_CELL = re.compile(r"[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|\([^()|]*\)|of|and|&))+")


@lru_cache(maxsize=1024)
def _without_name_cells(label: str) -> str:
    """A row label's cells but the first without those that are proper names ("| North Quay |
    Delmar Stevedoring Services |": the operator's name counts nothing)."""
    if "|" not in label:
        return label
    cells = label.split("|")
    first = next((i for i, c in enumerate(cells) if c.strip()), None)
    return "|".join(c for i, c in enumerate(cells) if i == first or not _NAME_CELL.fullmatch(c.strip()))


def _unnamed(text: str, noun: str | None) -> str | None:
    """``noun``, unless the document writes it capitalised inside its sentences: "Corvus" in "Corvus
    is now the larger ..." names a field, it counts nothing."""
    return None if noun and _named_mid_sentence(text, noun) else noun


@lru_cache(maxsize=256)
def _named_mid_sentence(text: str, noun: str) -> bool:
    """Capitalised after a lower-case word, inside a line of prose (not a title-case heading:
    "Support for Smallholder Farmers")."""
    # (not inside a longer name: "Ministry of Agriculture and Farmers Welfare"; the name is found
    # by a literal search first, the words around it tested only where it occurs)
    written = noun.capitalize()
    at = text.find(" " + written)
    while at >= 0:
        end = at + 1 + len(written)
        if _LOWER_WORD_END.search(text, max(0, at - 30), at) and _NAME_ENDS_AT.match(text, end) and not (
            _NAME_LINK_END.search(text, max(0, at - 40), at)  # ("World Day for the Protection of Reporters")
        ):
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", end)
            if (len(text) if line_end < 0 else line_end) - line_start > 100:
                return True
        at = text.find(" " + written, end)
    return False


_LOWER_WORD_END = re.compile(r"\b[a-z]+[,;]?\Z")
# the last words of a longer name before its last word: "... Protection of", "Society to Protect"
_NAME_LINK_END = re.compile(r"\b[A-Z][\w'’-]*\s+(?:of|for|against|to|and|on|in|with|from|by)(?:\s+the)?\Z")
_NAME_ENDS_AT = re.compile(r"\b(?!['’]?s\b)(?! +[A-Z])")


def _band_marks(text: str, start: int, mentions) -> frozenset[str]:
    """"@band<3" for a row whose label is a band of its dimension ("<2 days", "2–6 days"):
    the rows of different bands measure different groups, whatever words their labels share."""
    return frozenset(
        "@band" + "".join(text[start : m.end].replace("|", "").split()) for m in mentions if m.reason == "category"
    )


def _age_marks(text: str, start: int, end: int) -> frozenset[str]:
    """"@age16-64" for a sentence or row label that names one age group: figures for people aged 16
    to 64 and aged 21 to 64 measure different groups, whatever words they share."""
    if text.find("aged", start, end) < 0 and text.find("olds", start, end) < 0:
        return frozenset()  # (every match holds one of these words; "age" alone is in "percentage")
    groups = set()
    for m in _AGE_GROUP.finditer(text, start, end):
        low, high = m.group(1) or m.group(4), m.group(2) or m.group(5) or "+"
        groups.add(f"@age{low}-{high}")
    return frozenset(groups) if len(groups) == 1 else frozenset()


# modifiers that count the noun without narrowing it: "19 distinct vessels" are the vessels
_COUNTING_WORDS = frozenset({"distinct", "separate", "individual", "different", "unique"})


_TABLE_SCALE = re.compile(
    r"(?:\(|\bin\s+|\b)(?:(?P<cur1>\$|US\$|USD|€|£|EUR|GBP)\s*)?(?P<scale>thousands|millions|billions|trillions|"
    r"(?<=[$€£]\s)(?:thousand|million|billion|trillion|mn|bn|m)|(?<=[$€£])(?:thousand|million|billion|trillion|mn|bn|m)|"
    r"(?<=(?:USD|EUR|GBP)\s)(?:thousand|million|billion|trillion|mn|bn))\b"
    r"(?:\s+of\s+(?:constant\s+|current\s+|nominal\s+|real\s+)?(?:\d{4}\s+)?(?:U\.S\.\s+)?(?P<cur2>dollars))?",
    re.IGNORECASE,
)
_SCALES = {"thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12,
           "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mn": 1e6, "m": 1e6, "bn": 1e9, "k": 1e3}
# "NSR cargo volume, million tonnes", "Exports (billion US$)": a row label ending with its scale
_LABEL_SCALE = re.compile(
    r"(?:,|\(|\bin)\s*((?:thousands?|millions?|billions?|trillions?)(?:\s+of)?\s+[A-Za-z$€£][\w$€£/ .-]{0,25}?)\)?[\s:|]*\Z",
    re.IGNORECASE,
)


# a one-letter note mark closing a label: "2024 (r)", "(e)"; "(p)" is provisional after a period
# ("March (p)"), pence elsewhere ("Dividend per share (p)")
# a unit symbol or short abbreviation closing a label after its words ("Mean temperature °C", "Rainfall mm")
# (symbols, and abbreviations no word is spelt as: "Hours of supply per day" ends in a word)
_UNIT_SYMBOL_END = re.compile(
    r"[A-Za-z][ \t]+([^\sA-Za-z\d][^\s]{0,3}|(?:mm|cm|km|kg|ha|mg|ml|mL|[kMGT]Wh?|m)[²³23]?)\Z"
)
_FLAG_END = re.compile(
    r"\((?![mktp]\))[a-z]\)\Z"
    r"|(?:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|\b\d{4}(?:[-/]\d{2,4})?|\bQ[1-4]|\bH[12])\s*\(p\)\Z"
)
_COMMA_UNIT_END = re.compile(r",\s*(?:%|per\s*cent|percent)\Z", re.I)
# a scale alone after the label's last comma, a currency before it or not
_COMMA_SCALE_END = re.compile(
    r",\s*((?:(?:EUR|USD|GBP|US\$|[$€£])\s*)?(?:thousands?|millions?|billions?|trillions?|mn|bn))\Z", re.I
)
_AS_PERCENT_OF = re.compile(r"\bas\s+(?:a\s+)?(?:%|percentage|per\s*cent|share)\s+of\b", re.I)


@lru_cache(maxsize=4096)
def _label_scale(label: str):
    """(scale, unit, currency, family) stated at the end of a row label, else None."""
    match = _LABEL_SCALE.search(label)
    if not match and _AS_PERCENT_OF.search(label):
        return 1.0, "percent", None, "percent"  # "Wage bill as % of revenue": a row of percentages
    if not match:
        # "| India | Fertiliser subsidy (Rs lakh crore) |", "Farmers insured (million)": the
        # label's last cell states the unit in parentheses, as a column header would
        cell = label.rstrip(" |\t:+−").strip(" |\t:").split("|")[-1].strip()  # (not the first figure's sign)
        cell = _NOTE_MARKS_END.sub("", cell)  # ("retention (%)(3)": the unit before the note's mark)
        if _FLAG_END.search(cell):
            return None  # "March (p)", "2024 (r)": a provisional or revised row, not pence
        # ("Households in debt, %": a unit after the label's last comma)
        stated = _header_unit(cell) if cell.endswith(")") or _COMMA_UNIT_END.search(cell) else None
        if stated is None and (scaled := _COMMA_SCALE_END.search(cell)) is not None:
            stated = _header_unit(f"({scaled.group(1)})")  # "Port calls, thousand", "Harbour dues, EUR million"
        if stated is None and (unit_cell := _UNIT_COLUMN_CELL.search(label)) is not None:
            stated = _unit_cell(unit_cell.group(1))  # "Scope 1 emissions    tCO2e    812,400": a Unit column
        if stated is None and (symbol := _UNIT_SYMBOL_END.search(cell)) is not None:
            stated = _unit_cell(symbol.group(1))  # "Mean maximum °C", "Mean rainfall mm": a climate table's rows
            stated = stated if stated is not None and not stated[2] else None
        return stated if stated and (stated[0] != 1.0 or stated[1]) else None  # a scale or a unit
    phrase = re.sub(r"(?i)^(thousand|million|billion|trillion)s?(\s+of)?", r"\1", match.group(1).strip())
    parsed = _figures_of(phrase)
    first = parsed[0] if parsed else None
    if first is None or not first.value or first.value <= 1:
        return None
    return first.value, first.unit, first.currency, _family_of(first)


# The last cell of a row label, set off by a run of blanks or a bar: a table's Unit column
_UNIT_COLUMN_CELL = re.compile(r"\S(?: {2,}|\t+|\s*\|\s*)([^\s|][^|\t]{0,24}?)[\s|:]*\Z")
_UNIT_CELL_REST = re.compile(r"(?:/(?P<per>[A-Za-z]{1,12})|\s+of\s+[a-z][a-z ]{0,20})?\Z")


@lru_cache(maxsize=1024)
def _unit_cell(cell: str):
    """(scale, unit, currency, family) when a cell is nothing but a unit ("tCO2e", "MWh", "m3",
    "litres/t", "% of heat", "USD million"), else None."""
    figures = _figures_of(cell)
    if len(figures) != 1 or (figures[0].unit is None and figures[0].currency is None):
        return None
    first = figures[0]
    rest = _UNIT_CELL_REST.match("1 " + cell, first.end) if first.end > 1 else None
    if rest is None or (rest.group(0) and first.per):
        return None
    if rest.group(0).strip().startswith("of") and first.unit != "percent":
        return None  # ("tonnes of clinker" names what is weighed: a label, not a unit cell)
    unit = first.currency or first.unit
    if rest.group("per"):
        unit = f"{unit}/{rest.group('per')}"
    elif first.per:
        unit = f"{unit}/{first.per}" if "/" not in unit else unit
    return first.value, unit, first.currency, _family_of(first)


_NOUN_PER_TIME = re.compile(r"([a-z]{2,12})\s*/\s*(d|day|yr|year|month|wk|week)", re.I)
_TIME_ABBREVIATIONS = {"d": "day", "yr": "year", "wk": "week"}


def _figures_of(phrase: str) -> list:
    """The figures of "1 <phrase>": the first is what one of a stated unit is ("1 million tonnes")."""
    return [n for n in find_numbers("1 " + phrase) if n.reason is None]


def _family_of(mention) -> str | None:
    return "money" if mention.currency else UNIT_KINDS.get(mention.unit) if mention.unit else None
_WRITTEN_SCALE = re.compile(r"(?i:thousand|million|billion|trillion|lakh|crore|\bbn\b|\bmn\b|\d[kmb]\b)")
_COMPARED_RATE_BEFORE = re.compile(
    r"\b(?:above|below|than|against|versus|vs\.?|compared\s+(?:with|to)|exceed(?:s|ed|ing)?)\b[^.;\d]{0,50}\Z"
)
_NUMBER_OF = re.compile(r"(?:number|no\.)\s+of\s+([a-z]+)", re.IGNORECASE)
_PER_N_LABEL = re.compile(r"\(per\s+(\d[\d,]*\s+[a-z]+(?:\s+[a-z]+)?)\)")  # "(per 100,000 people)"
_PER_N_TITLE = re.compile(_PER_N_LABEL.pattern + r"\s*\Z")  # ... closing a table's title
# ... or a column's header, unbracketed: "Admissions per 10,000 residents", "Rate per 1,000 (2023)"
_PER_N_HEADER = re.compile(r"\bper\s+(\d{1,3}(?:,\d{3})+|\d+)\s+((?:[a-z]+\s+)?[a-z]+)\b(?=\s*(?:\(|\d{4}|\Z))")
_MONEY_PER_HEADER = re.compile(r"([^\d\s/]{1,5})\s*/\s*([A-Za-z]{1,12})")
_HEADER_UNIT = re.compile(r"\(([^()]{1,40})\)\s*\Z|(?<!\d),\s*([^,()]{1,40})\Z")  # (not the comma of "per 1,000")


_UNIT_OVER_WORDS = re.compile(r"(.*\S\s*\([^()]{1,40}\))\s+[A-Za-z][a-z]+(?:\s+[A-Za-z][a-z]+){0,3}\s*\Z")
_CI_NOTE = re.compile(rf"\s*\({_CI}\)\s*\Z", re.I)  # a header's "(95% CI)"
_NOTE_MARKS_END = re.compile(r"(?<=\))[ \t]*(?:[*†‡]{1,3}|\(\d\)|\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹])[ \t]*\Z")  # ("Change (%)*", "Margin (%)(1)", "(minutes)[1]")
_UNLESS_STATED = re.compile(r",?\s+unless\s+(?:otherwise\s+)?(?:stated|noted|indicated|shown)\Z", re.I)
_LENGTH_HEADER = re.compile(
    r"\b(?i:depth|height|length|width|breadth|distance|elevation|altitude|draught|draft|diameter|radius|span|"
    r"thickness|level|rise|tall|deep|high|long|wide)\b"
)
# "millions of age-1 fish", "million passengers": a scale, then the noun counted (its modifiers aside)
_SCALED_NOUN = re.compile(r"(millions?|billions?|thousands?)(?:\s+of)?(?:\s+[\w-]+)*?\s+([a-z][a-z-]+)", re.I)


_CURRENCY_THOUSANDS = re.compile(r"(US\$|\$|€|£|[A-Z]{3})\s?['’]?000s?")
_THOUSAND_UNITS = re.compile(r"(?:['’]000s?|000s|thousands?(?:\s+of)?)\s+(\S.*)", re.I)


# A header's last word when it is a unit alone: "%", "£m", "$bn", "pp"
_LAST_UNIT_WORD = re.compile(r"(?:\A|\s)(%|pp|(?:US\$|\$|€|£|¥)\s?(?:m|mn|bn|k|000s?))\s*\Z")
# A currency symbol (or a code) and an abbreviated scale: "£m", "$bn", "€ mn", "USD m"
_CURRENCY_SCALE = re.compile(r"(US\$|\$|€|£|¥|[A-Z]{3})\s?(m|mn|bn|k)")
# a change's basis after its unit: "(pp, y/y)", "(%, yoy)", "(%, q/q)"
_PERIOD_QUALIFIER = re.compile(r",\s*(?:y/y|yoy|y-o-y|q/q|qoq|m/m|year[- ]on[- ]year|annual(?:ised|ized)?)\s*\Z", re.I)


def _bare_unit(phrase: str):
    """(scale, unit, currency, family) of a unit written alone: "%", "pp", "£m", "USD bn"."""
    if phrase == "%":
        return 1.0, "percent", None, "percent"
    if phrase in ("pp", "ppt", "ppts", "p.p.", "% points", "% pts", "%-points", "percentage points"):
        return 1.0, "percentage points", None, "percent"  # ("Change on last week (% points)")
    if (scaled := _CURRENCY_SCALE.fullmatch(phrase)) is not None and (
        code := currency_from_symbol(scaled.group(1)) or currency_from_code(scaled.group(1))
    ):
        return _SCALES[scaled.group(2)], code, code, "money"
    if (thousands := _CURRENCY_THOUSANDS.fullmatch(phrase)) is not None and (
        code := currency_from_symbol(thousands.group(1)) or currency_from_code(thousands.group(1))
    ):
        return 1e3, code, code, "money"  # "($000s)", "(€'000)", "(USD '000)": thousands of the currency
    return None


# what a flow is counted per: a column of flows per day or year adds up to its total row
_TIME_PERS = frozenset({"hour", "day", "week", "month", "quarter", "year"})


@lru_cache(maxsize=1024)
@lru_cache(maxsize=1024)
def _header_places(cell: str) -> tuple[str, ...]:
    """The places a column header names ("EU-27, end-2023" -> ("European Union",))."""
    return tuple(sorted({p.name for p in find_places(cell)}))


def _header_unit(cell: str):
    """(scale, unit, currency, family) a column header states for its bare cells in parentheses
    or after a comma: "Installed capacity (million cubic metres/day)", "Share (%)", "Exports,
    US$ billion"; None when it states none ("Personnel (est.)", "Capacity, 2024")."""
    if cell.lstrip().startswith("%"):
        return 1.0, "percent", None, "percent"  # "% funded", "% of total": a column of percentages
    cell = _NOTE_MARKS_END.sub("", cell)  # "Change (%)*": the unit before the note's mark
    if (last := _LAST_UNIT_WORD.search(cell)) is not None and (stated := _bare_unit(last.group(1))) is not None:
        return stated  # a header's second line, bare: "Change" over "%", "2024/25" over "£m"
    match = _HEADER_UNIT.search(_CI_NOTE.sub("", cell.strip()))  # ("Stunting, % (95% CI)": the unit before the note)
    if not match and (spanning := _UNIT_OVER_WORDS.match(cell)) is not None:
        return _header_unit(spanning.group(1))  # "Price change (%)" over "Month Year": a unit spanning the columns below
    if not match:
        return None
    phrase = " ".join((match.group(1) or match.group(2)).split())
    phrase = _PERIOD_QUALIFIER.sub("", phrase)  # "(pp, y/y)": points, year on year
    phrase = _UNLESS_STATED.sub("", phrase)  # "(tonnes unless stated)": the unit of the columns that state none
    if phrase == "m" and not _LENGTH_HEADER.search(cell):
        return 1e6, None, None, None  # "Passengers (m)", "Seats (m)": millions (but "Depth (m)" is in metres)
    if (stated := _bare_unit(phrase)) is not None:
        return stated  # "(£m)", "(US$ bn)"
    if re.match(r"(?:%|per\s*cent\b|percent\b)", phrase.lower()):  # "(%)", "(% of GDP)", "(per cent)"
        return 1.0, "percent", None, "percent"
    if phrase == "p":
        return 1.0, "pence", None, "money"  # "Adj. EPS (p)", "Dividend per share (p)": pence
    if (thousand := _THOUSAND_UNITS.fullmatch(phrase)) is not None and (inner := _header_unit(f"x ({thousand.group(1)})")):
        return inner[0] * 1e3, *inner[1:]  # "('000 t)", "(thousand barrels)": thousands of the unit
    if (scaled := _SCALED_NOUN.fullmatch(phrase)) is not None and ctx.is_plural_noun(scaled.group(2)) and (
        scaled.group(2).lower() not in _NOT_HEADER_NOUNS and not currency_from_word(scaled.group(2))
        and not unit_from_form(scaled.group(2))
    ):
        # "(millions of age-1 fish)", "(million passengers)": millions of the noun
        return _SCALES[scaled.group(1).lower()], scaled.group(2).lower(), None, "count"
    if (counted := _NUMBER_OF.fullmatch(phrase)) is not None:
        phrase = counted.group(1)  # "(number of dwellings)": the noun counted
    if (cover := _SPAN_OF_NOUN.fullmatch(phrase)) is not None and (inner := _header_unit(f"x ({cover.group(1)})")):
        return inner[0], f"{inner[1]} of {cover.group(2)}", None, inner[3]  # "(months of imports)": import cover
    if " " not in phrase and phrase.islower() and phrase[:1].isalpha() and ctx.is_plural_noun(phrase) and phrase not in _NOT_HEADER_NOUNS and (
        not currency_from_word(phrase)  # ("(thousands of dollars)": money, see _table_scale)
    ):
        if (lexicon := unit_from_form(phrase)) is not None:
            return 1.0, lexicon, None, UNIT_KINDS.get(lexicon)  # "(tonnes)": the unit as the text would read it
        return 1.0, phrase, None, "count"  # "Livestock deaths (heads)", "Displaced (households)"
    if (money_rate := _MONEY_PER_HEADER.fullmatch(phrase.replace(" per ", "/"))) is not None:
        # "Blended ARPU (KSh/month)", "Price (USD/t)": a currency per something
        per_word = "tonne" if money_rate.group(2) == "t" else money_rate.group(2)  # (a header's "/t" is per tonne)
        rated = [n for n in find_numbers(f"{money_rate.group(1)} 1/{per_word}") if n.reason is None]
        if len(rated) == 1 and rated[0].currency and rated[0].per:
            return 1.0, f"{rated[0].currency}/{rated[0].per}", rated[0].currency, "money"
    if (counted_rate := _COUNT_PER_BASE.fullmatch(phrase)) is not None and ctx.is_plural_noun(counted_rate.group(1)):
        # "(beds per 1,000 residents)": a count per a base, as prose writes it
        return 1.0, f"{counted_rate.group(1).lower()}/{counted_rate.group(2)} {counted_rate.group(3)}", None, "count"
    parsed = _figures_of(phrase)
    if len(parsed) != 1 or parsed[0].start != 0 or parsed[0].end < len(phrase.rstrip(" .")) + 2 and parsed[0].per is None:
        return None  # the whole phrase must be a unit
    first = parsed[0]
    base = first.currency or first.unit
    if not base and first.value == 1:
        if (flow := _NOUN_PER_TIME.fullmatch(phrase)) is not None:
            # "(boe/d)", "(mmscf/d)": a flow of what the abbreviation names, per day
            return 1.0, f"{flow.group(1)}/{_TIME_ABBREVIATIONS.get(flow.group(2).lower(), flow.group(2).lower())}", None, "count"
        return None
    unit = f"{base}/{first.per}" if base and first.per else base
    return first.value, unit, first.currency, _family_of(first)


def _stub_of(text, header) -> str:
    """The first cells of the header's lines, over the row labels: "£ million, unless stated
    otherwise". (A line indented past the rows' labels has no such cell: "      (US$ million)" heads
    a column.)"""
    first_row = text[header.end : text.find("\n", header.end + 1) if text.find("\n", header.end + 1) >= 0 else len(text)]
    indent = len(first_row.strip("\n")) - len(first_row.strip("\n").lstrip(" \t"))
    lines = (line.strip().strip("|").strip() for line in text[header.start : header.end].split("\n")
             # (an indented line only as far in as the rows, with column headings after its stub:
             # "  €m unless stated     2022     2023"; not "  Pupils on roll (thousands)", a section)
             if line[:1] not in " \t" or len(line) - len(line.lstrip(" \t")) <= indent and len(_CELL_END.split(line.strip())) > 1)
    return "; ".join(_CELL_END.split(line, 1)[0].strip() for line in lines if line)


def _table_scale(text, header, header_cell, number, declared=frozenset()) -> tuple[float, str | None]:
    """A table's stated scale ("In Trillions of Dollars", "Amount Held ($ billions)") for a cell
    whose figure carries no scale of its own."""
    if header is None or _WRITTEN_SCALE.search(number.text) or number.unit and not number.currency:
        return 1.0, None  # ("1.9pp", "212.4 kt" in a table "in EUR million": a unit of their own)
    title = _title_of(text, header)
    for where in (header_cell or "", _stub_of(text, header), title):
        match = _TABLE_SCALE.search(where)
        if match and where is title and ";" in where and _names_other_part(where, match.start(), header_cell):
            match = None  # "Number; passengers carried in thousands": the scale of the passengers' row only
        if match:
            symbol = match.group("cur1")
            if symbol is None and (sign := where[max(0, match.start("scale") - 2) : match.start("scale")].strip()) in ("$", "€", "£"):
                symbol = sign  # ("£ million": the scale's look-behind read the sign, no group took it)
            currency = (currency_from_symbol(symbol) or currency_from_code(symbol)) if symbol else (
                "USD" if match.group("cur2") else None
            )
            return _SCALES[match.group("scale").lower()], currency
        coded = _CODE_SCALE.search(where)
        if coded and (coded.group(1) in CURRENCY_CODES or coded.group(1) in declared):
            # "(NLC million, cash terms)": a currency code, the world's or the document's own, and a scale
            return _SCALES[coded.group(2).lower()], coded.group(1)
    return 1.0, None


_OF_WHICH_LABEL = re.compile(r"[ \t|]*(?i:of[ \t]+which|of[ \t]+whom|including)\b")
_LINE_LABEL = re.compile(r"[ \t|]*([A-Za-z][^|\d\n]*?)[ \t]*(?:\||\d|-\d|\Z)")


def _parent_label_noun(text: str, start: int) -> str | None:
    """The plural noun of the nearest row above that is not itself a part ("of which ...")."""
    end = start
    for _ in range(6):
        if end <= 0:
            return None
        line_start = text.rfind("\n", 0, end - 1) + 1
        line = text[line_start : end - 1]
        end = line_start
        if not line.strip() or _OF_WHICH_LABEL.match(line):
            continue
        label = _LINE_LABEL.match(line)
        return _label_noun(label.group(1)) if label else None
    return None


def _names_other_part(where: str, at: int, header_cell: str | None) -> bool:
    """The ";"-separated part of a title holding its scale at ``at`` names a noun of its own
    ("passengers carried in thousands") that the column's header does not: the scale is that
    noun's, stated for the rows or columns named so."""
    left = where.rfind(";", 0, at) + 1
    words = [w for w in _LABEL_WORD.findall(where[left:at]) if w.lower() not in ctx.STOPWORDS]
    if not words or not any(ctx.is_plural_noun(w) for w in words):
        return False
    header = {ctx.stem(w.lower()) for w in _LABEL_WORD.findall(header_cell or "")}
    return not any(ctx.stem(w.lower()) in header for w in words)


_COUNT_LABEL = re.compile(r"\((?i:number|no\.|count|headcount)\)")  # a row label that says it counts
_CODE_SCALE = re.compile(r"\b([A-Z]{3})\s+(thousands?|millions?|billions?|trillions?|mn|bn)\b")


# Bodies that speak for their own country; unregistered names (kind None) qualify when they read
# as government bodies ("Ministry of Mines (Mali)").
_NATIONAL_KINDS = frozenset({"government_agency", "ministry", "central_bank", "statistics_office", "state_media", None})


def _source_country(attribution) -> str | None:
    """The country a national source's name carries, for a figure whose sentence names no place
    before it ("The Central Bank of the Republic of Uzbekistan reported that transfers ...")."""
    if attribution is None or attribution.how not in ("sentence", "actor"):
        return None
    if any(s.kind not in _NATIONAL_KINDS for s in attribution.sources):
        return None  # "UN Panel of Experts on the DPRK" works on a country, not for it
    countries = {country_in_name(s.name or s.text) for s in attribution.sources}
    return countries.pop() if len(countries) == 1 else None


def _inside(item, attribution) -> bool:
    return attribution is not None and attribution.start <= item.start < attribution.end
