"""``ca_numbers``: every number and every date, with set-aside reasons for non-claims."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from claimaudit.extraction.extensions import doc_text

from claimaudit.extraction.parse.dates import find_dates
from claimaudit.extraction.parse.numbers import find_numbers


class NumbersComponent:
    """Sets ``doc._.ca_numbers``, ``doc._.ca_dates`` and the span group ``ca_quantities``."""

    def __init__(self, name: str = "ca_numbers") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        numbers, dates = self.find(doc_text(doc))
        doc._.ca_numbers = numbers
        doc._.ca_dates = dates
        spans = []
        for number in numbers:
            if number.reason is None:
                span = doc.char_span(number.start, number.end, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        doc.spans["ca_quantities"] = spans
        return doc

    @staticmethod
    def find(text: str):
        numbers = find_numbers(text)
        dates = find_dates(text)
        # A number inside a date expression ("June 28–29, 2025", "mid-2025") is part of the date,
        # unless it carries its own unit, currency or percent sign.
        result = []
        di = 0
        for number in numbers:
            while di < len(dates) and dates[di].end <= number.start:
                di += 1
            date = dates[di] if di < len(dates) else None
            if (
                number.reason is None
                and date is not None
                and date.start <= number.start
                and number.end <= date.end
                and not (number.unit or number.currency)
            ):
                number = dataclasses.replace(number, reason="date")
            result.append(number)
        return result, dates
