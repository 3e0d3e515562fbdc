"""Build the spaCy pipeline: a blank English tokenizer (or an installed model) plus our components."""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.attrs import LOWER, NORM
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import registry

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
        _bound_suffix_search(nlp.tokenizer)
    else:
        nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
        _keep_lexical_attributes(nlp.vocab, KEPT_LEXICAL_ATTRIBUTES)
    nlp.tokenizer = _TextKeepingTokenizer(nlp.tokenizer)
    for name in factories.PIPELINE:
        config = {"registry": registry} if name in ("ca_sources", "ca_attribution") else {}
        nlp.add_pipe(name, config=config)
    return nlp


# spaCy's vocabulary computes some twenty lexical attributes of each new word (shape, like_num,
# stop word, prefix, suffix, is_punct ...) with a Python function each: half the blank pipeline's
# tokenizing time. No component reads them (every one works on the text), so a blank pipeline
# computes only the lower-case and norm forms that a user's Matcher would most often read. (An
# installed model keeps all of them: its components were trained on them.)
KEPT_LEXICAL_ATTRIBUTES = (LOWER, NORM)


def _keep_lexical_attributes(vocab, kept) -> None:
    vocab.lex_attr_getters = {attr: get for attr, get in vocab.lex_attr_getters.items() if attr in kept}


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


def _bounded(suffix_search):
    """``suffix_search`` searching the last SUFFIX_REACH characters only (or as it is, when it is
    not a compiled pattern's search)."""
    pattern = getattr(suffix_search, "__self__", None)
    if suffix_search is None or pattern is None or not hasattr(pattern, "search"):
        return suffix_search
    search = pattern.search  # called for most tokens: no attribute lookup, no max() (re clamps pos < 0 to 0)
    return lambda text: search(text, len(text) - SUFFIX_REACH)


def _bound_suffix_search(tokenizer) -> None:
    """Bound an existing tokenizer's suffix search (an installed model's)."""
    bounded = _bounded(tokenizer.suffix_search)
    if bounded is tokenizer.suffix_search:
        return
    # Setting suffix_search reloads every special case into a flushed cache, which is slow
    # (~0.5 s); with the rules set aside first, the special cases are loaded once, afresh.
    rules = tokenizer.rules
    tokenizer.rules = {}
    tokenizer.suffix_search = bounded
    tokenizer.rules = rules


TOKENIZER = "claimaudit.Tokenizer.v2"

# No component reads spaCy's token boundaries: every one works on the text and character offsets
# (the ``ca_quantities`` span group is the only use of tokens, and it expands to them). spaCy's
# English rules (thousands of special cases, infixes) cost as much as all our components but two,
# so the blank pipeline splits at whitespace and peels edge punctuation, currency and percent
# signs off a word: "($5.2 million)," -> "(", "$", "5.2", "million", ")", ",".
_OPENING = re.compile(r"""[(\[{"'“‘«$€£¥₹]""")
_CLOSING = re.compile(r"""[)\]}"'”’».,;:!?%…]$""")


@registry.tokenizers(TOKENIZER)
def create_tokenizer():
    """A whitespace tokenizer that also splits opening and closing punctuation off each word.

    (An installed model keeps its own tokenizer: its components were trained on its tokens.)"""

    def make(nlp: Language) -> Tokenizer:
        # spaCy calls suffix_search on the shrinking word; searching only its last characters keeps
        # a 100,000-character run of ")" linear
        return Tokenizer(nlp.vocab, prefix_search=_OPENING.match, suffix_search=_bounded(_CLOSING.search))

    return make
