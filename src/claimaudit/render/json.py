"""JSON and JSON Lines output (CONTRACT.md).

Contract keys come first, in the contract's order, then extension fields in model order, so
the output is stable and a reader of the contract finds what it expects at the top. Floats are
JSON numbers; NaN and infinities (which JSON cannot carry) are written as null.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any, TextIO

from claimaudit.models import CheckReport, Claim, ClaimRef, DocumentClaims, Finding, RuleInfo
from claimaudit.render.base import finite_or_none

CLAIM_KEYS = (
    "id", "path", "start", "end", "line", "text", "sentence", "value", "low", "high",
    "unit", "measure", "period", "source", "source_date", "qualifier",
)  # fmt: skip
FINDING_KEYS = ("rule", "name", "severity", "message", "fingerprint", "new", "claims")
CLAIM_REF_KEYS = (
    "path", "start", "end", "line", "text", "value", "unit", "source", "source_date",
)  # fmt: skip
SUMMARY_KEYS = ("error", "warning", "info", "new")

_FLOAT_KEYS = frozenset({"value", "low", "high", "step"})


def _ordered(data: dict[str, Any], contract: Sequence[str]) -> dict[str, Any]:
    """Contract keys first (in contract order), then the rest in model order."""
    ordered = {key: data[key] for key in contract}
    ordered.update((key, value) for key, value in data.items() if key not in ordered)
    for key in _FLOAT_KEYS & ordered.keys():
        ordered[key] = finite_or_none(ordered[key])
    return ordered


def claim_record(claim: Claim) -> dict[str, Any]:
    return _ordered(claim.model_dump(mode="json"), CLAIM_KEYS)


def claim_ref_record(ref: ClaimRef) -> dict[str, Any]:
    return _ordered(ref.model_dump(mode="json"), CLAIM_REF_KEYS)


def finding_record(finding: Finding) -> dict[str, Any]:
    data = finding.model_dump(mode="json", exclude={"claims"})
    data["claims"] = [claim_ref_record(ref) for ref in finding.claims]
    return _ordered(data, FINDING_KEYS)


def check_record(report: CheckReport) -> dict[str, Any]:
    return {
        "findings": [finding_record(finding) for finding in report.findings],
        "summary": _ordered(report.summary.model_dump(mode="json"), SUMMARY_KEYS),
        "stale": [entry.model_dump(mode="json") for entry in report.stale],
        "documents": list(report.documents),
    }


# Characters that str.splitlines() and some JSON Lines readers treat as line breaks; inside
# JSON strings they may be written as \uXXXX escapes, which keeps one record per line.
_LINE_BREAKING = re.compile("[\x85\u2028\u2029]")


def _escape_char(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False, allow_nan=False)


def render_claims(docs: Sequence[DocumentClaims], out: TextIO, *, color: bool = False) -> None:
    """`{"claims": [...]}`, every claim of every document in the given order."""
    claims = [claim_record(claim) for doc in docs for claim in doc.claims]
    out.write(dumps({"claims": claims}) + "\n")


def render_claims_jsonl(
    docs: Sequence[DocumentClaims], out: TextIO, *, color: bool = False
) -> None:
    """One claim object per line (same keys as the JSON output's `claims[]`)."""
    for doc in docs:
        for claim in doc.claims:
            line = json.dumps(claim_record(claim), ensure_ascii=False, allow_nan=False)
            out.write(_LINE_BREAKING.sub(_escape_char, line) + "\n")


def render_check(
    report: CheckReport, rules: Sequence[RuleInfo], out: TextIO, *, color: bool = False
) -> None:
    """`{"findings": [...], "summary": {...}, "stale": [...], "documents": [...]}`."""
    out.write(dumps(check_record(report)) + "\n")
