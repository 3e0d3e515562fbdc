"""``ca_context``: unit, measure, places, period and kind of every candidate claim."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from claimaudit.extraction.components.attribution import _Sorted
from claimaudit.extraction.parse import context as ctx
from claimaudit.extraction.parse.places import find_places
from claimaudit.extraction.parse.units import UNIT_KINDS

_ANNUAL = re.compile(r"\b(?:annually|annual|per\s+year|a\s+year|each\s+year|every\s+year|yearly|/year|/yr)\b", re.I)
_PERIOD_MODS = {"since", "until", "before", "after", "by"}


@dataclass(frozen=True, slots=True)
class ClaimContext:
    unit: str | None
    unit_family: str | None
    kind: str
    measure: str | None
    measure_key: frozenset[str]
    places: tuple[str, ...]
    period: str | None


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

    def __call__(self, doc: Doc) -> Doc:
        doc._.ca_contexts = self.contexts(doc)
        return doc

    def contexts(self, doc: Doc) -> dict[int, ClaimContext]:
        text = doc.text
        blocks = doc._.ca_blocks
        attributions = doc._.ca_attributions or {}
        numbers = _Sorted(n for n in doc._.ca_numbers if n.reason is None)
        all_numbers = _Sorted(doc._.ca_numbers)
        dates = _Sorted(doc._.ca_dates)
        places = _Sorted(find_places(text))
        out: dict[int, ClaimContext] = {}
        for start, end, block_index in doc._.ca_sentences:
            block = blocks[block_index]
            for number in numbers.within(start, end):
                attribution = attributions.get(number.start)
                skip = [(n.start, n.end) for n in all_numbers.within(start, end)]
                skip += [(d.start, d.end) for d in dates.within(start, end)]
                if attribution is not None:
                    skip.append((attribution.start, attribution.end))
                if block.kind == "table":
                    out[number.start] = self._row_context(text, number, start, end, skip, dates, places, attribution)
                else:
                    out[number.start] = self._prose_context(text, number, start, end, skip, dates, places, attribution)
        return out

    def _unit(self, text, number, limit):
        noun, modifiers = (None, ())
        if not number.currency and not number.unit:
            noun, modifiers = ctx.counted_noun(text, number.end, limit)
        base = number.currency or number.unit or noun
        unit = f"{base}/{number.per}" if base and number.per else (base or (f"per {number.per}" if number.per else None))
        family = "money" if number.currency else UNIT_KINDS.get(number.unit, number.unit) if number.unit else ("count" if noun else None)
        return unit, family, noun, modifiers

    def _period(self, text, number, candidates, attribution, clause):
        usable = [
            d
            for d in candidates
            if attribution is None
            or attribution.date is None
            or (d.start, d.end) != (attribution.date.start, attribution.date.end)
        ]
        usable = [d for d in usable if attribution is None or not (attribution.start <= d.start < attribution.end)]
        in_clause = [d for d in usable if clause[0] <= d.start < clause[1]]
        pool = in_clause or usable
        if pool:
            best = min(pool, key=lambda d: abs(d.start - number.start))
            return period_text(best)
        if number.per == "year" or _ANNUAL.search(text, clause[0], clause[1]):
            return "annual"
        return None

    def _prose_context(self, text, number, start, end, skip, dates, places, attribution):
        clause = ctx.clause_span(text, number.start, number.end, start, end)
        unit, family, noun, modifiers = self._unit(text, number, end)
        kind = ctx.kind_of(text, number.start, number.end, start, number.unit == "percent", number.sign)
        words = ctx.measure_words(text, clause[0], clause[1], skip)
        place_names = [p for p in places.within(clause[0], clause[1]) if not _inside(p, attribution)]
        if not place_names:
            place_names = [p for p in places.within(start, end) if not _inside(p, attribution)]
        place_set = {p.name for p in place_names}
        measure_words = [w for w in words if not any(p.start <= text.find(w, clause[0]) < p.end for p in place_names)]
        measure = " ".join(words[:12]) or None
        key = ctx.measure_key([w for w in measure_words if w not in place_set], noun)
        period = self._period(text, number, dates.within(start, end), attribution, clause)
        return ClaimContext(unit, family, kind, measure, key, tuple(sorted(place_set)), period)

    def _row_context(self, text, number, start, end, skip, dates, places, attribution):
        # Row = "Category | figures | Source": the category is the text before the first figure.
        first_digit = re.search(r"[\d$€£¥~]", text[start:end])
        category_end = start + first_digit.start() if first_digit else end
        source_start = attribution.start if attribution is not None else end
        unit, family, noun, modifiers = self._unit(text, number, source_start)
        kind = ctx.kind_of(text, number.start, number.end, start, number.unit == "percent", number.sign)
        words = ctx.measure_words(text, start, category_end, skip)
        value_words = ctx.measure_words(text, number.end, min(source_start, number.end + 60), skip)
        place_set = {p.name for p in places.within(start, source_start)}
        measure = " ".join(words[:12]) or None
        key = ctx.measure_key([w for w in words + value_words[:3] if w not in place_set], noun)
        row_dates = [d for d in dates.within(start, end) if d.start < source_start]
        period = self._period(text, number, row_dates, attribution, (start, source_start))
        return ClaimContext(unit, family, kind, measure, key, tuple(sorted(place_set)), period)


def _inside(item, attribution) -> bool:
    return attribution is not None and attribution.start <= item.start < attribution.end
