"""Every Doc extension claimaudit sets, in one table. ``install_extensions`` is idempotent.

Extensions hold plain values (offsets and frozen dataclasses from ``parse/``), never Spans, so
records can be built from them after the pipeline and nothing unpicklable escapes.
"""

from __future__ import annotations

from spacy.tokens import Doc

from claimaudit.extraction.parse.places import find_places
from claimaudit.extraction.parse.tables import aligned_headers, table_headers

DOC_EXTENSIONS: dict[str, str] = {
    "ca_text": "the Doc's text, computed once (Doc.text joins every token on each access)",
    "ca_blocks": "layout.Block list: paragraphs, table rows, headings, source notes",
    "ca_sentences": "(start, end, block index) of every sentence or table row",
    "ca_numbers": "numbers.NumberMention list: every number, claims and set-asides",
    "ca_dates": "dates.DateMention list",
    "ca_sources": "attribution.SourceRef list: sources named in the text",
    "ca_acronyms": "acronyms the document defines: {ACRONYM: long form}",
    "ca_products": "defined names of bodies' works and products: {name: (owner's name, owner's kind)}",
    "ca_attributions": "{number start: attribution.Attribution}",
    "ca_contexts": "{number start: ClaimContext}",
    "ca_base_offset": "offset of this Doc's text in the whole document (pieces of long texts)",
    "ca_tables": "(table_headers, aligned_headers) of the blocks, computed once (see doc_tables)",
    "ca_places": "places.PlaceMention list of the whole text, computed once (see doc_places)",
}


def install_extensions() -> None:
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc and shared by every component."""
    text = doc._.ca_text
    if text is None:
        text = doc.text
        doc._.ca_text = text
    return text


def doc_tables(doc: Doc) -> tuple[dict, dict]:
    """The header rows of the Doc's tables: (``table_headers``, ``aligned_headers``) of its
    blocks, computed once per Doc for the components that read them (attribution and context)."""
    tables = doc._.ca_tables
    if tables is None:
        blocks, text = doc._.ca_blocks, doc_text(doc)
        tables = doc._.ca_tables = (table_headers(blocks, text), aligned_headers(blocks, text))
    return tables


def doc_places(doc: Doc) -> list:
    """Every place the Doc's text names, found once for the components that read them
    (attribution, for the country a document is about, and context)."""
    places = doc._.ca_places
    if places is None:
        places = doc._.ca_places = find_places(doc_text(doc))
    return places
