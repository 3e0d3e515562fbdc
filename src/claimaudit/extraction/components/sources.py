"""``ca_sources``: sources named in the text, resolved against the source registry."""

from __future__ import annotations

from spacy.tokens import Doc

from claimaudit.extraction.extensions import doc_text

from claimaudit.extraction.parse.attribution import SourceRef, body_name_end
from claimaudit.extraction.parse.sources import SourceRegistry, find_acronym_definitions


class SourcesComponent:
    """Sets ``doc._.ca_acronyms`` and ``doc._.ca_sources`` (SourceRef list)."""

    def __init__(self, registry: SourceRegistry, name: str = "ca_sources") -> None:
        self.name = name
        self.registry = registry

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        acronyms = find_acronym_definitions(text)
        refs = []
        for mention in self.registry.find(text, acronyms=acronyms):
            kind = mention.entry.kind if mention.entry else ("vague" if mention.vague else None)
            end = mention.end if mention.vague else body_name_end(text, mention.start, mention.end, len(text))
            if end != mention.end:  # a longer body's name: resolved again as written
                written = text[mention.start : end]
                refs.append(SourceRef(mention.start, end, written, written, None, False))
                continue
            refs.append(SourceRef(mention.start, mention.end, mention.text, mention.name, kind, mention.vague))
        doc._.ca_acronyms = acronyms
        doc._.ca_sources = refs
        return doc
