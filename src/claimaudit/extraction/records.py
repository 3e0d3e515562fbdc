"""The one place where pipeline output becomes frozen pydantic records."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from claimaudit.extraction.extensions import doc_tables, doc_text
from claimaudit.extraction.parse.layout import footnote_lines
from claimaudit.extraction.parse.numbers import scaled
from claimaudit.extraction.parse.tables import header_rate_bases
from claimaudit.extraction.parse.units import SUBUNIT_CURRENCY
from claimaudit.models import Claim, SetAside, trusted



# "2.2 Haddock on the Brenmark Shelf", "2. Overview": a short numbered line with no sentence's end
# and no figures after its number (not "1   Kovaria   212   190", a ranked table's row)
_NUMBERED_HEADING = re.compile(r"(?m)^[ \t]*(\d{1,2}(?:\.\d{1,2}){0,3})\.?[ \t]+(?=[A-Z])(?:(?![ \t]{2}|\t)[^\d\n|]){2,90}?(?<![.:;,])[ \t]*$")


def numbered_headings(text: str) -> list[tuple[int, str]]:
    """(offset, heading) of the numbered headings of ``text``, in order."""
    if not _HEADING_HINT.search(text):
        return []
    return [(m.start(), " ".join(m.group().split())) for m in _NUMBERED_HEADING.finditer(text)]


_HEADING_HINT = re.compile(r"(?m)^[ \t]*\d{1,2}\.?\d{0,2}[ \t]+[A-Z]")


def _one_line(text: str) -> str:
    return " ".join(text.split())  # = re.sub(r"\s+", " ", text).strip(), several times faster


def claims_from_doc(doc: Doc, path: str, line_col, base: int = 0) -> tuple[list[Claim], list[SetAside]]:
    """Claims and set-aside numbers of one processed Doc.

    ``line_col(offset)`` maps an offset in the whole document to (line, column); ``base`` is the
    offset of this Doc's text in the whole document (long texts are processed in pieces).
    """
    text = doc_text(doc)
    attributions = doc._.ca_attributions or {}
    contexts = doc._.ca_contexts or {}
    blocks = doc._.ca_blocks
    sentences = doc._.ca_sentences
    claims: list[Claim] = []
    set_aside: list[SetAside] = []
    si = 0
    n_sentences = len(sentences)
    one_line: dict[tuple[int, int], str] = {}  # a table row holds many figures: clean it once
    standalone: dict[int, bool] = {}
    # "Rate per" over "1,000 (a)" in a header aligned with spaces: the base of a rate
    aligned = [h for h in doc_tables(doc)[1].values() if len(h.lines) > 1]
    rate_bases = header_rate_bases(text, aligned) if aligned else []
    # "__________" over "22 Reuters, ...": the number of each footnote under the rule
    footnote_numbers = {line.start("n") for line in footnote_lines(text)}
    sections = numbered_headings(text)
    section_starts = [at for at, _ in sections]
    for number in doc._.ca_numbers:
        start, end = number.start + base, number.end + base
        line, column = line_col(start)
        reason = number.reason
        while si < n_sentences and sentences[si][1] <= number.start:
            si += 1
        sentence = sentences[si] if si < n_sentences and sentences[si][0] <= number.start else None
        block = blocks[sentence[2]] if sentence else None
        if reason is None and block is not None:
            is_standalone = standalone.get(sentence[2])
            if is_standalone is None:
                is_standalone = standalone[sentence[2]] = _standalone(text, block)
            if is_standalone:
                reason = "standalone"
        if reason is None and rate_bases and any(s <= number.start < e for s, e in rate_bases):
            reason = "rate_base"
        if reason is None and number.start in footnote_numbers:
            reason = "footnote"
        if reason is None and number.start not in contexts:
            reason = "no_context"
        if reason is not None:
            set_aside.append(trusted(SetAside, {  # SetAside(...) with values of the field types
                "path": path, "start": start, "end": end, "line": line, "text": number.text, "reason": reason,
            }))
            continue
        context = contexts[number.start]
        attribution = attributions.get(number.start)
        window = _window(text, sentence, number.start, number.end) if sentence else None
        scale, unit, currency = context.scale, context.unit, context.currency or number.currency
        if currency is None and unit and (sub := unit.split("/")[0]) in SUBUNIT_CURRENCY and number.unit in (None, sub):
            # "21 US cents a share", "470 pence", a cell under "EPS (p)": claims are in the
            # currency (USD 0.21/share)
            currency = SUBUNIT_CURRENCY[sub]
            scale, unit = scale / 100, currency + unit[len(sub) :]
        value = None if number.value is None else scaled(number.value, scale)
        low = None if number.low is None else scaled(number.low, scale)
        high = None if number.high is None else scaled(number.high, scale)
        step = None if number.step is None else scaled(number.step, scale)
        sources = attribution.sources if attribution else ()
        names = []
        for s in sources:
            if s.name not in names:
                names.append(s.name)
        date = attribution.date if attribution else None
        # Claim(...) with every field, in field order, of its field's type (floats are floats:
        # the values were multiplied by the float scale; tests re-validate the records)
        claims.append(trusted(Claim, {
            "id": f"{path}#{start}",
            "path": path,
            "start": start,
            "end": end,
            "line": line,
            "text": number.text,
            "sentence": _sentence_text(one_line, text, window) if sentence else "",
            "value": value,
            "low": low,
            "high": high,
            "unit": unit,
            "measure": context.measure,
            "period": context.period,
            "source": "; ".join(names) or None,
            "source_date": date.iso if date is not None else None,
            "qualifier": number.qualifier,
            "column": column,
            "origin": "table" if block is not None and block.kind == "table" else "prose",
            "kind": context.kind,
            "currency": currency,
            "per": number.per or context.per,
            "bound": number.bound,
            "step": step,
            "unit_family": context.unit_family,
            "places": context.places,
            "measure_key": tuple(sorted(context.measure_key)),
            "source_text": attribution.text if attribution else None,
            "source_kind": sources[0].kind if sources else None,
            "source_vague": any(s.vague for s in sources),
            "attribution": attribution.how if attribution else None,
            # The sentence's own start identifies it (rules compare figures of one sentence),
            # even when only a window of a very long one is quoted.
            "sentence_start": (sentence[0] + base) if sentence else start,
            "sentence_offset": _quoted_offset(text, window, number.start) if sentence else None,
            "row": context.row,
            "section": sections[k - 1][1] if (k := bisect_right(section_starts, number.start)) else None,
        }))
    return claims, set_aside


# A "sentence" longer than this (a table flattened into one line, a data dump) is quoted only
# around the figure, so that output stays proportional to the input.
MAX_SENTENCE = 1000
QUOTE_REACH = 400


def _window(text: str, sentence, start: int, end: int) -> tuple[int, int]:
    s, e = sentence[0], sentence[1]
    if e - s <= MAX_SENTENCE:
        return s, e
    left = max(s, start - QUOTE_REACH)
    right = min(e, end + QUOTE_REACH)
    if left > s:
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if right < e:
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else right
    return left, right


def _sentence_text(cache: dict, text: str, sentence) -> str:
    key = (sentence[0], sentence[1])
    found = cache.get(key)
    if found is None:
        found = cache[key] = _one_line(text[sentence[0] : sentence[1]])
    return found


def _quoted_offset(text: str, window: tuple[int, int], at: int) -> int:
    """Where ``text[at:]`` starts in ``_one_line(text[window])``: the words before it, joined by
    one blank, and the blank after them (none when nothing but blanks comes first: a padded table
    row's cells move left). (Split in C, where a figure's prefix is a few hundred characters:
    cheaper than reading the sentence's blank runs in Python once per sentence.)"""
    words = text[window[0] : at].split()
    if not words:
        return 0
    return len(" ".join(words)) + (1 if text[at - 1].isspace() else 0)


# (or a page's footer of page numbers and a document's job number: "12/80      24-01962")
_STANDALONE = re.compile(r"\s*[\d.,]+\s*|\s*(?:\d{1,4}/\d{1,4}|\d{2}-\d{5})(?:\s+(?:\d{1,4}/\d{1,4}|\d{2}-\d{5}))*\s*")


def _standalone(text: str, block) -> bool:
    """A line holding nothing but a number (a page number, a stray counter) or a page's footer of
    page numbers and job number is not a claim."""
    return _STANDALONE.fullmatch(text, block.start, block.end) is not None
