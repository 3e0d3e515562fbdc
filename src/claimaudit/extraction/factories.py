"""Every claimaudit spaCy component is registered here, in one place, with what it reads and
writes, so ``nlp.analyze_pipes()`` can check the order."""

from __future__ import annotations

from spacy.language import Language

from claimaudit.extraction.components.attribution import AttributionComponent
from claimaudit.extraction.components.context import ContextComponent
from claimaudit.extraction.components.layout import LayoutComponent
from claimaudit.extraction.components.numbers import NumbersComponent
from claimaudit.extraction.components.sources import SourcesComponent
from claimaudit.extraction.extensions import install_extensions
from claimaudit.extraction.parse.sources import SourceRegistry

install_extensions()

# The registry to use is passed by the pipeline builder; spaCy configs hold only JSON values, so
# components look it up here by key ("default" is the bundled registry).
REGISTRIES: dict[str, SourceRegistry] = {}


def registry_for(key: str) -> SourceRegistry:
    if key not in REGISTRIES:
        REGISTRIES[key] = SourceRegistry.default()
    return REGISTRIES[key]


@Language.factory("ca_layout", assigns=["doc._.ca_blocks", "doc._.ca_sentences"])
def make_layout(nlp: Language, name: str) -> LayoutComponent:
    return LayoutComponent(name)


@Language.factory(
    "ca_numbers", assigns=["doc._.ca_numbers", "doc._.ca_dates", "doc.spans"]
)
def make_numbers(nlp: Language, name: str) -> NumbersComponent:
    return NumbersComponent(name)


@Language.factory(
    "ca_sources",
    assigns=["doc._.ca_sources", "doc._.ca_acronyms", "doc._.ca_products"],
    default_config={"registry": "default"},
)
def make_sources(nlp: Language, name: str, registry: str) -> SourcesComponent:
    return SourcesComponent(registry_for(registry), name)


@Language.factory(
    "ca_attribution",
    requires=["doc._.ca_blocks", "doc._.ca_numbers", "doc._.ca_sources"],
    assigns=["doc._.ca_attributions"],
    default_config={"registry": "default"},
)
def make_attribution(nlp: Language, name: str, registry: str) -> AttributionComponent:
    return AttributionComponent(registry_for(registry), name)


@Language.factory(
    "ca_context",
    requires=["doc._.ca_sentences", "doc._.ca_numbers", "doc._.ca_attributions"],
    assigns=["doc._.ca_contexts"],
)
def make_context(nlp: Language, name: str) -> ContextComponent:
    return ContextComponent(name)


PIPELINE = ("ca_layout", "ca_numbers", "ca_sources", "ca_attribution", "ca_context")
