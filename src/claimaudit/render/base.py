"""What every renderer shares: the two renderer protocols and small, pure text helpers.

Report text (sentences, claim text, messages, notes) comes from documents that anyone may have
written, so every renderer treats it as hostile: `visible()` turns control characters and
terminal escape sequences into visible placeholders before any format-specific escaping.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from pathlib import Path, PurePath, PurePosixPath
from typing import Protocol, TextIO

from claimaudit.models import CheckReport, ClaimRef, DocumentClaims, Finding, RuleInfo, Severity


class ClaimsRenderer(Protocol):
    """Writes the claims found by `extract`."""

    def __call__(self, docs: Sequence[DocumentClaims], out: TextIO, *, color: bool) -> None: ...


class CheckRenderer(Protocol):
    """Writes the findings of `check`."""

    def __call__(
        self, report: CheckReport, rules: Sequence[RuleInfo], out: TextIO, *, color: bool
    ) -> None: ...


# --- hostile text ----------------------------------------------------------------------------

# C0 controls except \t and \n, DEL, C1 controls, and the Unicode bidi overrides/isolates and
# line/paragraph separators that can reorder or break displayed text ("Trojan Source").
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NEWLINES = re.compile(r"\r\n|\r|\n")
_SPACES = re.compile(r"[ \t]+")


def _placeholder(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # U+2400 "control pictures": ESC -> "␛"
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"<U+{code:04X}>"


def visible(text: str, *, newlines: bool = True) -> str:
    """`text` with control characters and escape sequences made visible (ESC -> "␛").

    newlines (bool): keep newlines ("\\r\\n" and "\\r" become "\\n"); when False, every line
        break and run of blanks becomes one space, for one-line cells.
    RETURNS (str): text that cannot move a terminal's cursor, change colours or reorder text.
    """
    text = _NEWLINES.sub("\n", text)
    if not newlines:
        text = _SPACES.sub(" ", text.replace("\n", " ")).strip()
    return _CONTROL.sub(_placeholder, text)


# --- shared facts ----------------------------------------------------------------------------


def display_path(path: str) -> str:
    """A path as given, with forward slashes; an absolute path under the working directory is
    made relative to it (so output does not leak or depend on where the checkout lives)."""
    posix = path.replace("\\", "/")
    pure = PurePosixPath(posix)
    if pure.is_absolute():
        try:
            return PurePath(Path(path).relative_to(Path.cwd())).as_posix()
        except ValueError:
            return str(pure)
    return str(pure)


def location(ref: ClaimRef) -> str:
    return f"{display_path(ref.path)}:{ref.line}"


def format_number(value: float | None) -> str:
    """2300000000.0 -> "2,300,000,000"; 95.8 -> "95.8"; None -> ""."""
    if value is None:
        return ""
    if not math.isfinite(value):
        return str(value)
    return format(value, ",.12g")


def finite_or_none(value: float | None) -> float | None:
    """JSON has no NaN or Infinity: such values are written as null."""
    if value is None or not math.isfinite(value):
        return None
    return value


def severity_counts(findings: Sequence[Finding]) -> dict[Severity, int]:
    counts = {Severity.ERROR: 0, Severity.WARNING: 0, Severity.INFO: 0}
    for finding in findings:
        counts[finding.severity] += 1
    return counts


def ordered_findings(findings: Sequence[Finding]) -> list[Finding]:
    """New findings first, then by severity (errors first); ties keep the report's order."""
    indexed = list(enumerate(findings))
    indexed.sort(key=lambda item: (not item[1].new, -item[1].severity.rank, item[0]))
    return [finding for _, finding in indexed]


def plural(count: int, word: str, words: str | None = None) -> str:
    return f"{count} {word if count == 1 else (words or word + 's')}"


def context_window(sentence: str, text: str, width: int = 100) -> tuple[str, str, str]:
    """The sentence trimmed to about `width` characters around the first mention of `text`.

    RETURNS (tuple[str, str, str]): (before, number, after); "…" marks trimmed ends. When the
        number does not occur in the sentence, the number part is empty.
    """
    sentence = visible(sentence, newlines=False)
    text = visible(text, newlines=False)
    at = sentence.find(text) if text else -1
    if at < 0:
        if len(sentence) > width:
            sentence = sentence[: width - 1].rstrip() + "…"
        return sentence, "", ""
    before, after = sentence[:at], sentence[at + len(text) :]
    room = max(width - len(text), 0)
    keep_before = min(len(before), room // 2)
    keep_after = min(len(after), room - keep_before)
    keep_before = min(len(before), room - keep_after)
    if keep_before < len(before):
        before = "…" + before[len(before) - keep_before + 1 :] if keep_before else "…"
    if keep_after < len(after):
        after = after[: keep_after - 1] + "…" if keep_after else "…"
    return before, text, after
