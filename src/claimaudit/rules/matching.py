"""Which claims can be about the same thing, found without comparing every pair.

Claims are blocked by what must be equal for two figures to describe one quantity (unit, kind,
period, places); inside a block, candidate pairs share at least one measure word (an inverted
index), so the cost grows with the number of claims, not its square.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable, Hashable, Iterable, Iterator

from claimaudit.extraction.parse.context import stem
from claimaudit.models import Claim

# A word shared by more claims than this in one block is common: it pairs claims only with the
# WINDOW claims that follow them in the document.
MAX_POSTING = 40
WINDOW = 15


def modifiers(claim: Claim) -> frozenset[str]:
    """Words that narrow the measure and must agree exactly: "+female" (between a count and its
    noun) and "@urban" (the label or column a table figure sits under)."""
    return frozenset(w for w in claim.measure_key if w[:1] in "+@")


def table_marks(claim: Claim) -> frozenset[str]:
    """"#word" marks name the table a cell belongs to (its header row)."""
    return frozenset(w for w in claim.measure_key if w[:1] == "#")


def same_marks(a: Claim, b: Claim) -> bool:
    """Narrowing words agree, and two table cells come from the same table."""
    ta, tb = table_marks(a), table_marks(b)
    return modifiers(a) == modifiers(b) and (not ta or not tb or ta == tb)


def measure_words(claim: Claim) -> frozenset[str]:
    return frozenset(w for w in claim.measure_key if w[:1] not in "+@#%^")


def head_words(claim: Claim) -> frozenset[str]:
    """"^word" marks: what an amount is "of" or "in" ("$5 million in remittances")."""
    return frozenset(w[1:] for w in claim.measure_key if w[:1] == "^")


def same_head(a: Claim, b: Claim) -> bool:
    """Heads agree: both name one, or one claim's head appears among the other's words."""
    ha, hb = head_words(a), head_words(b)
    if ha and hb:
        return len(ha & hb) * 2 >= min(len(ha), len(hb))
    if ha or hb:
        head, other = (ha, b) if ha else (hb, a)
        return bool(head & (measure_words(other) | {_noun_stem(other)}))
    return True


def whole_words(claim: Claim) -> frozenset[str]:
    """"%word" marks: what a share is a share of."""
    return frozenset(w for w in claim.measure_key if w[:1] == "%")


def same_whole(a: Claim, b: Claim) -> bool:
    """Two shares can only conflict when they are shares of one whole."""
    wa, wb = whole_words(a), whole_words(b)
    if not wa or not wb:
        return True
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.67


# Counted nouns too general to identify a measure on their own.
GENERIC_NOUNS = frozenset(
    """unit item case time people person piece product good thing event incident project
    country company firm entity site facility program programme plan year month day""".split()
)


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
    noun = _noun_stem(a)
    wa, wb = measure_words(a) - {noun}, measure_words(b) - {noun}
    if a.origin == "table" and b.origin == "table":
        # Two table rows are two measures unless their labels are the same.
        return 1.0 if wa == wb else 0.0
    # Past-tense verbs ("exported", "hosted", "counted") say how a figure is reported, not what.
    wa, wb = _nominal(wa), _nominal(wb)
    if not wa or not wb:
        return 1.0 if noun and noun not in GENERIC_NOUNS and noun == _noun_stem(b) else 0.0
    shared = len(wa & wb)
    smaller, larger = sorted((len(wa), len(wb)))
    if shared < 2 and shared < smaller:
        return 0.0
    if shared == 1 and larger > 2:
        return 0.5  # one word in common with a long clause is a coincidence, not a match
    return shared / smaller


def _nominal(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in words if not (len(w) > 4 and w.endswith("ed") and "-" not in w))


def quantity_key(claim: Claim) -> tuple:
    """Blocking key: what must be equal for two claims to describe one quantity."""
    return (claim.unit, claim.kind, claim.places)


def _year(text: str | None) -> int | None:
    match = re.search(r"(?:1[89]|20)\d\d", text or "")
    return int(match.group()) if match else None


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
    if a.period == b.period:
        if a.period is not None:
            return True
        ya, yb = implicit_year(a, document_year), implicit_year(b, document_year)
        return ya is None or yb is None or abs(ya - yb) <= 1
    if not ((a.period is None or b.period is None) and bool(a.places) and bool(b.places)):
        return False
    ya, yb = implicit_year(a, document_year), implicit_year(b, document_year)
    return ya is None or yb is None or abs(ya - yb) <= 1


def anchored(a: Claim, b: Claim) -> bool:
    """Two claims share something specific beyond words: the places they concern, a stated
    period, or a specific counted noun. Generic figures ("a rate of 30%", "a rate of 61%") with
    none of these are too vague to contradict each other."""
    if a.places and a.places == b.places:
        return True
    if a.period is not None and a.period == b.period:
        return True
    noun = _noun_stem(a)
    return bool(noun) and noun not in GENERIC_NOUNS and noun == _noun_stem(b)


def same_quantity(a: Claim, b: Claim, threshold: float = 0.67, document_year: int | None = None) -> bool:
    """Same measure, same parties, same period: the figures must agree."""
    return (
        anchored(a, b)
        and quantity_key(a) == quantity_key(b)
        and same_period(a, b, document_year)
        and a.kind in ("level", "share", "change")
        and same_marks(a, b)
        and same_whole(a, b)
        and same_head(a, b)
        and a.sentence_start != b.sentence_start
        and a.sentence != b.sentence  # a paragraph repeated verbatim agrees with itself
        and containment(a, b) >= threshold
    )


def candidate_pairs(
    claims: Iterable[Claim], block: Callable[[Claim], Hashable]
) -> Iterator[tuple[Claim, Claim]]:
    """Pairs (in document order) that share a block key and at least one measure word."""
    blocks: dict[Hashable, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.value is not None:
            blocks[block(claim)].append(claim)
    for key in sorted(blocks, key=repr):
        members = blocks[key]
        if len(members) < 2:
            continue
        postings: dict[str, list[int]] = defaultdict(list)
        for i, claim in enumerate(members):
            for word in measure_words(claim):
                postings[word].append(i)
        seen: set[tuple[int, int]] = set()
        for word in sorted(postings):
            ids = postings[word]
            # A word shared by many claims of a block says little; its claims are paired only
            # with their neighbours in the document, so no word costs more than n * WINDOW pairs.
            reach = len(ids) if len(ids) <= MAX_POSTING else WINDOW
            for x in range(len(ids)):
                for y in range(x + 1, min(len(ids), x + 1 + reach)):
                    seen.add((ids[x], ids[y]))
        for i, j in sorted(seen):
            yield members[i], members[j]
