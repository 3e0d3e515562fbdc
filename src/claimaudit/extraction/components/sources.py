"""``ca_sources``: sources named in the text, resolved against the source registry."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from claimaudit.extraction.extensions import doc_text

from claimaudit.extraction.parse.attribution import SourceRef, _is_place_word, body_name_end, looks_like_body, name_after
from claimaudit.extraction.parse.sources import SourceRegistry, find_acronym_definitions, infer_acronyms


class SourcesComponent:
    """Sets ``doc._.ca_acronyms``, ``doc._.ca_products`` and ``doc._.ca_sources`` (SourceRef list)."""

    def __init__(self, registry: SourceRegistry, name: str = "ca_sources") -> None:
        self.name = name
        self.registry = registry
        # (the registry is fixed once built: its acronym sets are read once, not per document)
        self._acronyms = registry.acronyms()
        self._ambiguous = registry.ambiguous_acronyms()

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        acronyms = find_acronym_definitions(text)
        acronyms.update(infer_acronyms(text, acronyms, self._acronyms))
        refs = []
        longer: dict[str, list[tuple[int, str]]] = {}  # registry name -> (where, longer name the text writes it in)
        mentions = list(self.registry.find(text, acronyms=acronyms))
        if chosen := _acronyms_by_context(text, mentions, acronyms, self._ambiguous):
            acronyms.update(chosen)
            mentions = list(self.registry.find(text, acronyms=acronyms))
        for mention in mentions:
            kind = mention.entry.kind if mention.entry else ("vague" if mention.vague else None)
            end = mention.end if mention.vague else body_name_end(text, mention.start, mention.end, len(text))
            if end != mention.end:  # a longer body's name: resolved again as written
                written = text[mention.start : end]
                refs.append(SourceRef(mention.start, end, written, written, None, False))
                if mention.entry is not None:
                    longer.setdefault(mention.name, []).append((mention.start, written))
                continue
            refs.append(SourceRef(mention.start, mention.end, mention.text, mention.name, kind, mention.vague))
        if longer:
            # "the Panel of Experts identified ..." after "the UN Panel of Experts on Libya": the body the
            # document names in full, not the registry's body of the shorter name
            def named_before(ref: SourceRef) -> str | None:
                before = [w for at, w in longer.get(ref.name, ()) if at < ref.start] if ref.kind is not None else []
                return before[-1] if before else None

            refs = [SourceRef(r.start, r.end, r.text, w, None, False) if (w := named_before(r)) else r for r in refs]
        refs = _variants_by_context(text, refs, self.registry)
        refs = [r for i, r in enumerate(refs) if not _prefix_of_next(text, r, refs[i + 1] if i + 1 < len(refs) else None)]
        owners = _product_owners(text, acronyms, refs)
        if owners:
            # "the DTM found": the owner's figure
            acronyms.update((short, owners[long][0]) for short, long in list(acronyms.items()) if long in owners)
            refs = [SourceRef(r.start, r.end, r.text, *owners[r.name], r.vague) if r.name in owners else r for r in refs]
        refs = [_owned_body(text, r, acronyms) for r in refs]
        doc._.ca_acronyms = acronyms
        doc._.ca_products = owners
        doc._.ca_sources = refs
        return doc


def _variants_by_context(text: str, refs: list[SourceRef], registry: SourceRegistry) -> list[SourceRef]:
    """A generic name ("the UN Panel of Experts") in a text about one of its specific bodies (a
    text that names North Korea) is that body; otherwise it stays generic."""
    chosen: dict[str, SourceRef | None] = {}
    out = []
    for ref in refs:
        if ref.kind is not None and ref.name not in chosen:
            found = [v for v in registry.variants(ref.name) if any(_names_word(text, w) for w in v.context)]
            chosen[ref.name] = found[0] if len(found) == 1 else None
        variant = chosen.get(ref.name) if ref.kind is not None else None
        out.append(SourceRef(ref.start, ref.end, ref.text, variant.name, variant.kind, ref.vague) if variant else ref)
    return out


def _names_word(text: str, word: str) -> bool:
    """``word`` is written in ``text`` as a word of its own (a literal search first: most texts lack it)."""
    at = text.find(word)
    return at >= 0 and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text[at:]) is not None


def _acronyms_by_context(text: str, mentions, acronyms: dict[str, str], ambiguous: dict) -> dict[str, str]:
    """An acronym several known bodies share, in a text that names one of them in full ("ICE
    Futures Europe", then "according to ICE data"), is that one's."""
    named = {m.entry.name for m in mentions if m.entry is not None and m.text.strip() not in ambiguous}
    out = {}
    for short, entries in ambiguous.items():
        if short in acronyms or short not in text:
            continue
        hits = [e.name for e in entries if e.name in named]
        if len(hits) == 1:
            out[short] = hits[0]
    return out


# the blank (or the owner's acronym in parentheses) between an owner and its product's name
_OWNER_GAP = re.compile(r"\s*(?:\([A-Z][A-Za-z]{1,9}\)\s*)?")


_MADE_BY = re.compile(
    r",?\s+(?:(?:published|issued|compiled|maintained|prepared|produced|run|operated|released|kept|managed|"
    r"endorsed|approved|adopted|conducted|commissioned)\s+by|of)"
    r"\s+(?:the\s+)?"
)


def _product_owners(text: str, acronyms: dict[str, str], refs: list[SourceRef]) -> dict[str, tuple[str, str | None]]:
    """Defined names of a body's products: "the International Organization for Migration (IOM)
    Displacement Tracking Matrix (DTM)" -> {"Displacement Tracking Matrix": IOM}, "the Medium-Term
    Fiscal Framework (MTFF) published by the Ministry of Finance" -> {"Medium-Term ...": ministry}.
    A figure "the DTM found" is the IOM's. A unit that is itself a body ("the Ministry of Health
    (MoH) Nutrition Directorate (ND)") keeps its own name."""
    owners: dict[str, tuple[str, str | None]] = {}
    for short, long in acronyms.items():
        at = text.find(f"{long} ({short})")
        if at < 0 or looks_like_body(long):
            continue
        owner = next((r for r in refs if r.end <= at and _OWNER_GAP.fullmatch(text, r.end, at) and not r.vague), None)
        made_by = False  # the text says who makes it ("maintained by Gas Infrastructure Europe (GIE)")
        if owner is None and (by := _MADE_BY.match(text, at + len(long) + len(short) + 3)):
            made_by = by.group().strip(" ,").split()[0] != "of"
            # "the Medium-Term Fiscal Framework (MTFF) published by the Ministry of Finance (MoF)"
            owner = next((r for r in refs if r.start == by.end() and not r.vague), None)
            if owner is None and (named := name_after(text, by.end(), min(len(text), by.end() + 120))) is not None:
                written = text[named[0] : named[1]]  # (a body the registry does not know)
                owner = SourceRef(named[0], named[1], written, written, None, False)
        if owner is not None and (owner.kind is not None or looks_like_body(owner.name) or made_by and (
            " " in owner.name and not _is_place_word(owner.name)
        )):
            owners[long] = (owner.name, owner.kind)
    return owners


def _owned_body(text: str, ref: SourceRef, acronyms: dict[str, str]) -> SourceRef:
    """"OCHA Financial Tracking Service (FTS)", "the FBI's Cyber Fraud Center (CF2)":
    a body of its own that the text defines right after its owner's name is the source, not the
    owner; so is a defined body whose name begins with a known one ("European Union Agency for
    Fisheries Control (EFCA)" is no "European Union"). Not a work: "the IMF's World Economic Outlook (WEO)"."""
    if ref.kind is None or ref.vague or text[ref.end : ref.end + 1] not in (" ", "'", "’"):
        return ref
    for short, long in acronyms.items():
        if not looks_like_body(long):
            continue
        if text.startswith(f" {long} ({short})", ref.end):
            end = ref.end + 1 + len(long)
            return SourceRef(ref.start, end, text[ref.start : end], long, None, False)
        if len(long) > len(ref.text) and text.startswith(f"{long} ({short})", ref.start) and looks_like_body(long[len(ref.text) :]):
            # (its own words name a body: not "Treasury Department International Capital System (TIC)")
            end = ref.start + len(long)
            return SourceRef(ref.start, end, long, long, None, False)
        if text.startswith((f"'s {long} ({short})", f"’s {long} ({short})"), ref.end):
            start = ref.end + 3
            return SourceRef(start, start + len(long), long, long, None, False)
    return ref


def _prefix_of_next(text: str, ref: SourceRef, nxt: SourceRef | None) -> bool:
    """"UN DESA": the "UN" written before a body of the UN is part of that body's name, not a second
    source."""
    if nxt is None or ref.kind is None or not text[ref.end : nxt.start].isspace() or nxt.start - ref.end > 1:
        return False
    words = {ref.text.strip(), ref.name}
    return any(nxt.name.startswith(w + " ") for w in words) or (ref.name == "United Nations" and nxt.name.startswith("UN "))
