"""``ca_layout``: paragraphs, table rows, source notes and sentences."""

from __future__ import annotations

from spacy.tokens import Doc

from claimaudit.extraction.extensions import doc_text

from claimaudit.extraction.parse.layout import find_blocks, split_sentences


class LayoutComponent:
    """Sets ``doc._.ca_blocks`` and ``doc._.ca_sentences`` ((start, end, block index) triples)."""

    def __init__(self, name: str = "ca_layout") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        blocks = find_blocks(text)
        sentences: list[tuple[int, int, int]] = []
        for index, block in enumerate(blocks):
            if block.kind == "prose":
                sentences.extend((s, e, index) for s, e in split_sentences(text, block.start, block.end))
            else:
                sentences.append((block.start, block.end, index))
        doc._.ca_blocks = blocks
        doc._.ca_sentences = sentences
        return doc
