"""Which claims can be about the same thing, found without comparing every pair.

Claims are blocked by what must be equal for two figures to describe one quantity (unit, kind,
period, places); inside a block, candidate pairs share at least one measure word (an inverted
index), so the cost grows with the number of claims, not its square.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from functools import lru_cache
from typing import Callable, Hashable, Iterable, Iterator

from claimaudit.extraction.parse.context import NARROWING_WORDS, stem
from claimaudit.extraction.parse.units import SCALE_WORDS, UNIT_KINDS, unit_forms
from claimaudit.models import Claim
from claimaudit.rules.values import interval
from claimaudit.rules.windows import after

# A word shared by more claims than this in one block is common: it pairs claims only with the
# WINDOW claims that follow them in the document.
MAX_POSTING = 40
WINDOW = 15


# Counted nouns too general to identify a measure on their own.
GENERIC_NOUNS = frozenset(
    """unit item case time people person piece product good thing event incident project
    country company firm entity site facility program programme plan year month day""".split()
)
CONFLICT_KINDS = ("level", "share", "change")
# Words (stems) that name one measure in other words: a table's "Defence expenditure" is the
# prose's "defence spending". Only words that mean the same in any report; none that narrows.
SAME_MEASURE_WORD = {"expenditure": "spending", "outlay": "spending", "spend": "spending", "jobless": "unemployed"}


class Keys:
    """What the matching predicates read from one claim, derived once: a claim of a long document
    is compared with many others, and re-deriving word sets for every pair dominated the cost.
    Treat as read-only. Sets that are equal share one object (most are empty), to keep memory
    low."""

    __slots__ = ("claim", "period", "words", "modifiers", "narrowing", "tables", "heads", "wholes", "noun", "bare",
                 "nominal", "year", "interval", "row")

    def __init__(self, claim: Claim) -> None:
        noun = _noun_stem(claim)
        self.claim = claim
        self.period = _compared_year(claim)  # the claim's period, or the year after the one it is compared with
        self.noun = noun  # the counted noun's stem (counts only)
        (
            self.words,  # measure words (no marks)
            self.modifiers,  # "+female", "@urban": must agree exactly
            self.tables,  # "#word": the table a cell belongs to
            self.heads,  # "^word" without the mark
            self.wholes,  # "%word": what a share is a share of
            self.bare,  # words without the noun
            self.nominal,  # bare words without past-tense verbs
        ) = _measure_sets(claim.measure_key, claim.origin == "table", noun)
        # the "+" marks alone: a prose figure may name a cell's column in its own words (see same_column)
        self.narrowing = _narrowing(self.modifiers)
        self.year = _year(self.period) or _year(claim.source_date)  # see implicit_year()
        self.interval = interval(claim)
        self.row = " ".join(claim.row.lower().split()) if claim.row else None

    @classmethod
    def of(cls, claim: Claim) -> "Keys":
        return cls(claim)

    def same_modifiers(self, other: "Keys") -> bool:
        """Narrowing words agree exactly; or a word between one count and its noun is a word of the
        other's measure ("152 licensed ferries", "The Authority licensed 143 ferries"); or a
        prose figure names what a cell's column says (see ``same_column``)."""
        if self.modifiers == other.modifiers:
            return True
        return _marks_met(self.modifiers - other.modifiers, other) and _marks_met(other.modifiers - self.modifiers, self) or (
            self.same_column(other)
        )

    def same_column(self, other: "Keys") -> bool:
        """A prose figure about a place states the cell of that place's row under a column its
        figure's measure names: "3,840 hectares planted" in the Brenna Hills, and "| Brenna Hills |
        214 | 3,467 |" under "Area planted (ha)". The column's words are all the figure's, or name
        the cell's unit ("ha", "area" for hectares), its scale or a measure noun ("number"); the
        row's label is the place itself; and the figure's other measure words are all the table's
        (a sentence about flats is not a table of all properties)."""
        a, b = self.claim, other.claim
        if (a.origin == "table") == (b.origin == "table") or not a.places:
            return False
        cell, prose = (self, other) if a.origin == "table" else (other, self)
        column = frozenset(m[1:] for m in cell.modifiers - cell.narrowing)
        if not column or prose.modifiers != prose.narrowing or _label_words(cell.claim.measure_key, cell.row, cell.noun):
            return False  # (a prose figure with a label of its own)
        if {m for m in prose.narrowing if m[1:] not in column} != cell.narrowing:
            return False  # other narrowing words ("the average price" names the column "Average price")
        if not column <= prose.words | {prose.noun} | _unit_words(cell.claim.unit) | _MEASURE_NOUNS:
            return False
        table = frozenset(t[1:] for t in cell.tables)
        return prose.nominal - {prose.noun} <= table | column | _MEASURE_NOUNS | _RANK_WORDS

    def same_marks(self, other: "Keys") -> bool:
        """Narrowing words agree, and two table cells come from the same table."""
        return self.modifiers == other.modifiers and self.same_table(other)

    def same_table(self, other: "Keys") -> bool:
        if not self.tables or not other.tables:
            return True
        # Two rows of one table are two things ("| china.txt | 5,394 |", "| russia.txt | 6,152 |"),
        # whatever the words of their labels have in common.
        return self.tables == other.tables and not (self.row and other.row and self.row != other.row)

    def same_row(self, other: "Keys") -> bool:
        """A table cell and a prose figure: the prose figure shares a word with the row's label,
        or names the row's place ("Chile"), unless the row is a total ("Arvania | 54.2 | 61.8" is
        not the region's US$212.4bn)."""
        if (self.claim.origin == "table") == (other.claim.origin == "table"):
            return True
        cell, prose = (self, other) if self.claim.origin == "table" else (other, self)
        label = _row_words(cell.row)
        if not label or not label.isdisjoint(prose.words) or prose.noun in label:
            return not _row_says_more(cell, prose)
        return not label.isdisjoint(_row_words(" ".join(prose.claim.places).lower()))

    def sibling_sections(self, other: "Keys") -> bool:
        """Under two numbered subsections of one section ("2.1 Cod" and "2.2 Haddock"), which
        divide a subject into its parts: each section's figures are about its own part. (Not
        when a figure's measure names its own heading: "regular personnel" under "4.2 Personnel"
        is the chapter's one count, whichever section restates it.)"""
        a, b = self.claim.section, other.claim.section
        if not a or not b or a == b:
            return False
        na, nb = a.split(None, 1)[0].rstrip("."), b.split(None, 1)[0].rstrip(".")
        if na == nb or "." not in na or "." not in nb or na.rsplit(".", 1)[0] != nb.rsplit(".", 1)[0]:
            return False
        return not (_names_heading(self.claim, a) or _names_heading(other.claim, b))

    def same_head(self, other: "Keys") -> bool:
        """Heads agree: both name one, or one claim's head appears among the other's words."""
        ha, hb = self.heads, other.heads
        if ha and hb:
            return len(ha & hb) * 2 >= min(len(ha), len(hb))
        if ha or hb:
            head, rest = (ha, other) if ha else (hb, self)
            return bool(head & (rest.words | {rest.noun}))
        return True

    def same_whole(self, other: "Keys") -> bool:
        """Two shares can only conflict when they are shares of one whole."""
        wa, wb = self.wholes, other.wholes
        if not wa or not wb:
            return True
        return len(wa & wb) / min(len(wa), len(wb)) >= 0.67

    def containment(self, other: "Keys") -> float:
        """How much two measures agree, from 0 to 1 (see ``containment``)."""
        noun = self.noun
        if other.noun == noun:
            wa, wb = self.bare, other.bare
            na, nb = self.nominal, other.nominal
        else:  # the first claim's noun is the one set aside (claims of different count units)
            wa, wb = self.bare, other.words - {noun}
            na, nb = self.nominal, _nominal(wb)
        if self.claim.origin == "table" and other.claim.origin == "table":
            # Two table rows are two measures unless their labels are the same.
            return 1.0 if wa == wb else 0.0
        if self.modifiers != other.modifiers and self.same_column(other):
            return 1.0  # (the prose names the cell's place and column)
        # Past-tense verbs ("exported", "hosted", "counted") say how a figure is reported, not what.
        wa, wb = na, nb
        if (self.claim.origin == "table") != (other.claim.origin == "table"):
            # A cell's words are also its table's title and header ("Table 2: Key fishing and
            # enforcement indicators"): its row label alone may be what the prose states
            cell, prose = (self, wb) if self.claim.origin == "table" else (other, wa)
            label = _label_words(cell.claim.measure_key, cell.claim.row, cell.noun)
            if len(label) >= 2 and label <= prose:
                return 1.0
        if not wa or not wb:
            return 1.0 if noun and noun not in GENERIC_NOUNS and noun == other.noun else 0.0
        shared = len(wa & wb)
        smaller, larger = sorted((len(wa), len(wb)))
        if shared < 2 and shared < smaller:
            return 0.0
        if len(wa - wb) == 1 and len(wb - wa) == 1 and larger <= 5:
            return 0.5  # one word swapped for another: "rare-earth mining share" / "rare-earth refining share"
        if shared == 1 and larger > 2 and not (
            smaller == 1 and (wa & wb) <= {m[1:] for m in self.modifiers} and noun == other.noun
            and noun not in GENERIC_NOUNS and self.claim.period is not None
        ):
            # One word in common with a long clause is a coincidence, not a match; unless it is all
            # the shorter measure says, the kind of the same noun at the same date ("6,240 regular
            # staff at 31 March")
            return 0.5
        return shared / smaller

    def same_period(self, other: "Keys", document_year: int | None = None) -> bool:
        """See ``same_period``."""
        a, b = self.claim, other.claim
        pa, pb = self.period, other.period
        if pa == pb:
            if pa is not None:
                return True
        elif not ((pa is None or pb is None) and bool(a.places) and bool(b.places)):
            return False
        ya, yb = self.year or document_year, other.year or document_year
        return ya is None or yb is None or abs(ya - yb) <= 1

    def anchored(self, other: "Keys") -> bool:
        """See ``anchored``."""
        a, b = self.claim, other.claim
        if a.places and a.places == b.places:
            return True
        if self.period is not None and self.period == other.period:
            return True
        noun = self.noun
        if noun and noun not in GENERIC_NOUNS and noun == other.noun:
            return True
        # "ODK 14,810 per head": a population's average in money is a specific measure, as a noun is
        per = money_per(a.unit)
        return per is not None and per == money_per(b.unit)

    def same_quantity(self, other: "Keys", threshold: float = 0.67, document_year: int | None = None) -> bool:
        """See ``same_quantity``; the cheap tests come first."""
        a, b = self.claim, other.claim
        return (
            a.sentence_start != b.sentence_start
            and a.kind in CONFLICT_KINDS
            and a.unit == b.unit and a.kind == b.kind and a.places == b.places  # quantity_key()
            and self.same_modifiers(other)
            and self.anchored(other)
            and self.same_period(other, document_year)
            and self.same_table(other)
            and self.same_whole(other)
            and self.same_head(other)
            and self.same_row(other)
            and not self.sibling_sections(other)
            and a.sentence != b.sentence  # a paragraph repeated verbatim agrees with itself
            and self.containment(other) >= threshold
        )


_EMPTY: frozenset[str] = frozenset()
# A population's average: "GDP per head", "spending per pupil" (not per share or per pound: a
# company's or a market's figure of one quarter, one guidance or one basis among several)
_HEADCOUNT_DENOMINATORS = frozenset("head capita person inhabitant resident citizen pupil student household".split())


@lru_cache(maxsize=256)
def money_per(unit: str | None) -> str | None:
    """The head a money average is per ("ODK/head" -> "head"); None for other units."""
    if not unit or "/" not in unit:
        return None
    money, _, per = unit.partition("/")
    if not (len(money) == 3 and money.isupper()) or per not in _HEADCOUNT_DENOMINATORS:
        return None
    return per


@lru_cache(maxsize=1 << 14)  # the cells of a table's column, and its rows across documents, share them
def _measure_sets(measure_key: tuple[str, ...], in_table: bool, noun: str | None) -> tuple[frozenset[str], ...]:
    """(words, modifiers, tables, heads, wholes, bare, nominal) of ``Keys``: read from a claim's
    measure key, whether it is a table cell, and its counted noun's stem only."""
    words, mods, tables, heads, wholes = [], [], [], [], []
    for w in measure_key:  # one pass, same tests as measure_words(), modifiers(), ...
        mark = w[:1]
        if mark in "+@":  # (an empty word counts as a modifier, as in modifiers())
            mods.append(w)
        elif mark == "#":
            tables.append(w)
        elif mark == "^":
            heads.append(w[1:])
        elif mark == "%":
            wholes.append(w)
        else:
            words.append(w)
    if PRICE_BASES.intersection(mods):
        # "up 19% in real terms": how a change is measured is matched as a modifier (they must
        # agree), not as words of the measure, which they would make of a clause naming nothing else
        words = [w for w in words if w not in _PRICE_BASIS_WORDS]
    if tables and in_table:
        # A cell's measure is also its table's: title and header words ("Table 1. Copper mine
        # output", "| Mine output, 2024 |") meet the words of a sentence about the same figure
        words.extend(w[1:] for w in tables)
    # a compound's parts are words of the measure too: "zero-dose children" meets "no dose"
    words.extend(part for w in words if "-" in w for part in w.split("-") if len(part) > 2)
    words = [SAME_MEASURE_WORD.get(w, w) for w in words]
    word_set = _set(words)
    bare = word_set - {noun} if noun in word_set else word_set  # without the noun
    return word_set, _set(mods), _set(tables), _set(heads), _set(wholes), bare, _nominal(bare)


def _row_says_more(cell: Keys, prose: Keys) -> bool:
    """The row's label names what the prose figure's sentence never does: a row "Cement plant coal
    consumption" is not the "coal consumption" of a sentence about power stations."""
    extra = _label_words(cell.claim.measure_key, cell.row, cell.noun) - prose.words - _MEASURE_NOUNS
    return bool(extra) and not extra <= _sentence_stems(prose.claim.sentence)


# Nouns a row label names its measure by that narrow nothing ("NSR cargo volume" is the prose's "NSR cargo")
_MEASURE_NOUNS = frozenset(stem(w) for w in "volume value number amount total level quantity count figure size".split())
# Words that rank a figure among others, not what it measures ("the worst affected", "the highest price")
_RANK_WORDS = frozenset(stem(w) for w in """worst best highest lowest largest smallest biggest most least
    greatest top bottom""".split())


@lru_cache(maxsize=1024)
def _unit_words(unit: str | None) -> frozenset[str]:
    """Stems of the words a column header may name a unit by: its forms ("ha", "hectares"), its
    kind ("area") and the scale words ("thousands", "m")."""
    if not unit:
        return frozenset()
    forms = [*unit_forms(unit), unit, UNIT_KINDS.get(unit, "")]
    return frozenset(stem(w) for f in forms for w in f.lower().split()) | _SCALE_STEMS


_SCALE_STEMS = frozenset(stem(w) for w in [*SCALE_WORDS, "m", "k", "bn", "mn"])


def _marks_met(marks: frozenset[str], other: Keys) -> bool:
    """Each mark is a count's own modifier (not a narrowing word that names another measure:
    "average", "real", "female") that ``other``'s measure says in its own words."""
    return all(loose_mark(m) and stem(m[1:]) in other.words for m in marks)


@lru_cache(maxsize=4096)
def loose_mark(mark: str) -> bool:
    """A "+word" mark of a word between a count and its noun ("+licensed"), which another
    figure's measure may say elsewhere in its sentence; not one of the narrowing words."""
    return mark[:1] == "+" and "-" not in mark and mark[1:] not in NARROWING_WORDS


def strict_marks(modifiers: frozenset[str]) -> frozenset[str]:
    """The marks two figures of one quantity must share exactly (see ``loose_mark``)."""
    return frozenset(m for m in modifiers if not loose_mark(m)) if modifiers else modifiers


def _narrowing(modifiers: frozenset[str]) -> frozenset[str]:
    marks = [m for m in modifiers if m[:1] != "@"]
    return modifiers if len(marks) == len(modifiers) else _set(marks)


@lru_cache(maxsize=4096)
def _sentence_stems(sentence: str) -> frozenset[str]:
    return frozenset(stem(w) for w in re.findall(r"[a-z][a-z0-9'’-]+", sentence.lower()))


@lru_cache(maxsize=4096)  # the cells of one row share their label
def _label_words(measure_key: tuple[str, ...], row: str | None, noun: str | None) -> frozenset[str]:
    """A table cell's own measure words, from its row label: no table or header word, no past-tense
    verb, not its counted noun, nor the unit its label states in brackets ("IUU catch (tonnes)")."""
    stated = {stem(w) for part in re.findall(r"\(([^()]*)\)", row or "") for w in re.findall(r"[a-z]+", part.lower())}
    words = {SAME_MEASURE_WORD.get(w, w) for w in measure_key if w[:1] not in "+@#^%"} - stated - {noun}
    return _nominal(frozenset(words))


# "+real", "+nominal": the price basis a change or a level is written in (modifier marks)
PRICE_BASES = frozenset({"+real", "+nominal"})
_PRICE_BASIS_WORDS = frozenset({"real", "nominal", "term"})


def _set(words: list[str]) -> frozenset[str]:
    return frozenset(words) if words else _EMPTY


def keyring(ctx) -> dict[int, Keys]:
    """The keys of a document's claims by ``id``, built once per document and shared by the
    rules (each entry holds its claim, so an id cannot be reused while the ring lives)."""
    ring = ctx.cache.get("matching_keys")
    if ring is None:
        ring = ctx.cache["matching_keys"] = {id(c): Keys.of(c) for c in ctx.claims}
    return ring


_TOTAL_ROWS = frozenset({"total", "all", "overall", "sum", "grand"})


@lru_cache(maxsize=4096)
def _row_words(row: str | None) -> frozenset[str]:
    """Stems of a row label's words, a total's aside; empty for a total row or no label."""
    if not row:
        return frozenset()
    words = [w for w in re.findall(r"[a-z][a-z'’-]+", row.lower()) if len(w) > 2]
    if any(w in _TOTAL_ROWS for w in words):
        return frozenset()
    return frozenset(stem(w) for w in words if w not in _ROW_FILLER)


_ROW_FILLER = frozenset({"the", "and", "for", "with", "from", "est", "incl", "excl"})


def modifiers(claim: Claim) -> frozenset[str]:
    """Words that narrow the measure and must agree exactly: "+female" (between a count and its
    noun) and "@urban" (the label or column a table figure sits under)."""
    return frozenset(w for w in claim.measure_key if w[:1] in "+@")


def table_marks(claim: Claim) -> frozenset[str]:
    """"#word" marks name the table a cell belongs to (its header row)."""
    return frozenset(w for w in claim.measure_key if w[:1] == "#")


def same_marks(a: Claim, b: Claim) -> bool:
    """Narrowing words agree, and two table cells come from the same table."""
    return Keys.of(a).same_marks(Keys.of(b))


def _names_heading(claim: Claim, heading: str) -> bool:
    """The claim's measure (or its table's title) shares a word with ``heading``."""
    said = {w.lstrip("+@#%^") for w in claim.measure_key}  # (stems, as measure keys are)
    return any(len(w) > 3 and stem(w.lower()) in said for w in _WORD.findall(heading))


_WORD = re.compile(r"[A-Za-z]+")


def measure_words(claim: Claim) -> frozenset[str]:
    return frozenset(w for w in claim.measure_key if w[:1] not in "+@#%^")


def head_words(claim: Claim) -> frozenset[str]:
    """"^word" marks: what an amount is "of" or "in" ("$5 million in remittances")."""
    return frozenset(w[1:] for w in claim.measure_key if w[:1] == "^")


def same_head(a: Claim, b: Claim) -> bool:
    """Heads agree: both name one, or one claim's head appears among the other's words."""
    return Keys.of(a).same_head(Keys.of(b))


def whole_words(claim: Claim) -> frozenset[str]:
    """"%word" marks: what a share is a share of."""
    return frozenset(w for w in claim.measure_key if w[:1] == "%")


def same_whole(a: Claim, b: Claim) -> bool:
    """Two shares can only conflict when they are shares of one whole."""
    return Keys.of(a).same_whole(Keys.of(b))


def _noun_stem(claim: Claim) -> str | None:
    if claim.unit_family != "count" or not claim.unit:
        return None
    return stem(claim.unit.split("/")[0])


def containment(a: Claim, b: Claim) -> float:
    """How much two measures agree, from 0 to 1.

    The shared words (the counted noun aside) over the smaller claim's words, so that a short
    table label is contained in the longer prose clause that states the same quantity. A label
    with no word but its counted noun ("~20,000 workers") matches on the noun alone, unless the
    noun is generic ("units"). One shared word out of two is not enough: two are needed, or all.
    """
    return Keys.of(a).containment(Keys.of(b))


# Words in -ed that sort things into kinds ("fixed" vs "mobile" lines, "skilled" vs other
# workers): adjectives that tell two quantities apart, not verbs of reporting.
_CLASSIFYING_ADJECTIVES = frozenset(
    "fixed mixed armed unarmed skilled unskilled married unmarried uninsured disabled unlicensed "
    "unregistered unemployed unvaccinated unprotected irrigated unprocessed unrefined salaried unlisted "
    "untreated undocumented unaccompanied unqualified paved unpaved landlocked "
    # the state that picks out the people counted: "reporters killed" are not "reporters detained"
    "killed murdered detained arrested injured wounded displaced jailed imprisoned evacuated infected "
    "vaccinated hospitalised hospitalized abducted kidnapped executed deported convicted sentenced rescued".split()
)


# (present-tense reporting verbs, stemmed: "the ITU also puts fixed broadband penetration at ...")
_REPORTING_VERBS = frozenset({"put", "say", "said", "show", "find", "found", "reckon"})


@lru_cache(maxsize=1 << 14)  # the measures of a table's cells recur from row to row
def _nominal(words: frozenset[str]) -> frozenset[str]:
    verbs = [w for w in words if len(w) > 4 and w.endswith("ed") and "-" not in w and w not in _CLASSIFYING_ADJECTIVES
             or w in _REPORTING_VERBS]
    return words.difference(verbs) if verbs else words


def quantity_key(claim: Claim) -> tuple:
    """Blocking key: what must be equal for two claims to describe one quantity."""
    return (claim.unit, claim.kind, claim.places)


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


@lru_cache(maxsize=4096)  # read for every claim's period and source date; they recur
def _year(text: str | None) -> int | None:
    match = _YEAR.search(text or "")
    return int(match.group()) if match else None


# "spending of US$742.0m, up 14.0% on 2023", "rose 8% to 4,120 from 2023": the year a figure
# is compared with, written after it in its clause
_COMPARED_YEAR_AFTER = re.compile(
    r"\A(?:[^.;:()]|\.(?=\d)){0,40}?\b(?:on|from|than|versus|vs\.?|compared\s+with)\s+((?:19|20)\d\d)\b(?![-–/]\d)"
)


def _compared_year(claim: Claim) -> str | None:
    """A prose figure's period; for one with none, or with the year it is compared with as its
    period, the year after that year: a level "up 14.0% on 2023" is a year later's, as the
    table column "2024" is."""
    period = claim.period
    if claim.origin == "table" or period is not None and not (len(period) == 4 and period.isdigit()):
        return period
    match = _COMPARED_YEAR_AFTER.match(after(claim, 60))
    if match is None or period not in (None, match.group(1)):
        return period
    return str(int(match.group(1)) + 1)


def document_year(document_date: str | None) -> int | None:
    return _year(document_date)


def implicit_year(claim: Claim, document_year: int | None = None) -> int | None:
    """The year a claim speaks of: its period's, else its source's date, else the document's."""
    return _year(claim.period) or _year(claim.source_date) or document_year


def same_period(a: Claim, b: Claim, document_year: int | None = None) -> bool:
    """Equal periods; or one claim states none and both name the places they concern (a
    figure "for North Korean workers in China" with no year reads as the dated one's), unless
    the years the two speak of (from their sources' or the document's date) are far apart
    ("563,000 bridges", FHWA 1970, vs "624,000 bridges" today)."""
    return Keys.of(a).same_period(Keys.of(b), document_year)


def anchored(a: Claim, b: Claim) -> bool:
    """Two claims share something specific beyond words: the places they concern, a stated
    period, a specific counted noun, or an average in money per head ("€9,640 per head"). Generic figures ("a rate of 30%", "a rate of 61%") with
    none of these are too vague to contradict each other."""
    return Keys.of(a).anchored(Keys.of(b))


def same_quantity(a: Claim, b: Claim, threshold: float = 0.67, document_year: int | None = None) -> bool:
    """Same measure, same parties, same period: the figures must agree."""
    return Keys.of(a).same_quantity(Keys.of(b), threshold, document_year)


def candidate_pairs(
    claims: Iterable[Claim],
    block: Callable[[Claim], Hashable],
    group: Callable[[Claim], Hashable] | None = None,
    ring: dict[int, Keys] | None = None,
    loose: Callable[[Claim], Hashable] | None = None,
) -> Iterator[tuple[Claim, Claim]]:
    """Pairs (in document order) that share a block key and at least one measure word.

    ``group`` and ``loose`` narrow the pairs without changing which claims are neighbours in a
    word's postings, so that the pairs a rule would reject at once are never built. Only claims
    with equal groups are paired (a claim whose group is None is paired with none); claims with
    different loose values are not paired, but a claim whose loose value is None pairs with any
    (a figure with no period may be one of any year). ``ring`` gives the claims' keys (see
    ``keyring``).
    """
    blocks: dict[Hashable, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.value is not None:
            blocks[block(claim)].append(claim)
    for key in sorted(blocks, key=repr):
        members = blocks[key]
        if len(members) < 2:
            continue
        n = len(members)
        groups = [group(c) for c in members] if group else [0] * n
        values = [loose(c) for c in members] if loose else [None] * n
        postings: dict[str, list[int]] = defaultdict(list)
        for i, claim in enumerate(members):
            words = ring[id(claim)].words if ring is not None else measure_words(claim)
            for word in words:
                postings[word].append(i)
        seen: set[int] = set()  # pair (i, j) as i * n + j: ints sort and hash faster than tuples
        for ids in postings.values():
            if len(ids) < 2:
                continue
            # A word shared by many claims of a block says little; its claims are paired only
            # with their neighbours in the document, so no word costs more than n * WINDOW pairs.
            reach = len(ids) if len(ids) <= MAX_POSTING else WINDOW
            split: dict[Hashable, list[int]] = {}  # positions in the posting list, by group
            for pos, i in enumerate(ids):
                if groups[i] is not None:
                    split.setdefault(groups[i], []).append(pos)
            for positions in split.values():
                if len(positions) > 1:
                    _add_pairs(seen, ids, n, positions, [values[ids[p]] for p in positions], reach)
        for pair in sorted(seen):
            i, j = divmod(pair, n)
            yield members[i], members[j]


def _add_pairs(seen: set[int], ids: list[int], n: int, positions: list[int], values: list, reach: int) -> None:
    """Add the pairs of claims at ``positions`` (ascending) of the posting list ``ids`` at most
    ``reach`` apart whose loose values agree (equal, or None on either side)."""
    runs: dict[Hashable, list[int]] = {}
    for p, v in zip(positions, values):
        runs.setdefault(v, []).append(p)
    for run in runs.values():  # equal values, and None with None
        for x, px in enumerate(run):
            i = ids[px] * n
            for y in range(x + 1, len(run)):
                py = run[y]
                if py - px > reach:
                    break
                seen.add(i + ids[py])
    wild = runs.get(None)
    if wild and len(runs) > 1:  # None with every value
        tame = [p for p, v in zip(positions, values) if v is not None]
        for pw in wild:
            for pt in tame[bisect_left(tame, pw - reach):bisect_right(tame, pw + reach)]:
                seen.add(ids[pw] * n + ids[pt] if pw < pt else ids[pt] * n + ids[pw])
