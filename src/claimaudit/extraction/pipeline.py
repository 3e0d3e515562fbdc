"""Build the spaCy pipeline: a blank English tokenizer (or an installed model) plus our components."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from claimaudit.errors import ConfigError
from claimaudit.extraction import factories

# Texts longer than this are processed in pieces (offsets shifted back); spaCy's own limit is
# not raised, so memory stays bounded on huge inputs.
MAX_PIECE_CHARS = 200_000


@lru_cache(maxsize=4)
def build_nlp(model: str | None = None, registry: str = "default") -> Language:
    """The pipeline, built once per process and options.

    ``model`` names an installed spaCy package (e.g. ``en_core_web_sm``) whose tokenizer and
    components run before ours; ``None`` uses ``spacy.blank("en")``, which is the default and
    reaches full quality on its own.
    """
    if model:
        try:
            nlp = spacy.load(model, exclude=["lemmatizer"])
        except OSError as exc:
            raise ConfigError(f"spaCy model {model!r} is not installed ({exc.__class__.__name__})") from None
    else:
        nlp = spacy.blank("en")
    _bound_suffix_search(nlp.tokenizer)
    nlp.tokenizer = _TextKeepingTokenizer(nlp.tokenizer)
    for name in factories.PIPELINE:
        config = {"registry": registry} if name in ("ca_sources", "ca_attribution") else {}
        nlp.add_pipe(name, config=config)
    return nlp


class _TextKeepingTokenizer:
    """The pipeline's tokenizer, which also keeps the input text on the Doc: ``Doc.text`` joins
    every token again on each access, which costs more than some of our components."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str):
        doc = self.tokenizer(text)
        doc._.ca_text = text
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name):
        return getattr(self.tokenizer, name)


# spaCy's suffix patterns are anchored at the end of a token and none is longer than this, but
# the tokenizer searches them from every position: a 20,000-character run of "$" or "1," took
# minutes. Searching only the end of the string finds the same suffixes in linear time.
SUFFIX_REACH = 40


def _bound_suffix_search(tokenizer) -> None:
    search = tokenizer.suffix_search
    if search is None:
        return
    pattern = getattr(search, "__self__", None)
    if pattern is None or not hasattr(pattern, "search"):
        return
    search = pattern.search  # called for most tokens: no attribute lookup, no max() (re clamps pos < 0 to 0)
    tokenizer.suffix_search = lambda text: search(text, len(text) - SUFFIX_REACH)
