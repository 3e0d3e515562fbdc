"""The text around a claim in its sentence: what comes before and after it, and between two
claims of one sentence (the windows the rules' patterns read)."""

from __future__ import annotations

from claimaudit.models import Claim


def offset(claim: Claim) -> tuple[int, int]:
    """The claim's span inside its (quoted, blank-collapsed) sentence."""
    s = claim.sentence_offset
    if s is None:  # (a record written before the field existed)
        return claim.start - claim.sentence_start, claim.end - claim.sentence_start
    text = claim.text
    # (a figure written on one line with single spaces is quoted as it is: most are)
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return s, s + len(text)
    return s, s + len(" ".join(text.split()))


def before(claim: Claim, width: int = 60) -> str:
    s, _ = offset(claim)
    return claim.sentence[max(0, s - width):max(0, s)]


def after(claim: Claim, width: int = 60) -> str:
    _, e = offset(claim)
    return claim.sentence[max(0, e):max(0, e) + width]


def between(a: Claim, b: Claim) -> str:
    """Text of the sentence between two claims of it (a before b)."""
    return a.sentence[offset(a)[1]:offset(b)[0]]


def may_end_with(window: str, last_words: tuple[str, ...]) -> bool:
    """``window`` ends with one of ``last_words`` (lower-cased, blanks aside): a cheap necessary
    condition before searching a pattern anchored at the window's end, which tries every
    position of the window. Always True for a window with a non-ASCII character (case folding
    may differ from the pattern's)."""
    return not window.isascii() or window.rstrip().lower().endswith(last_words)
