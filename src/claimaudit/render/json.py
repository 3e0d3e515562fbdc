"""JSON and JSON Lines output (CONTRACT.md).

Contract keys come first, in the contract's order, then extension fields in model order, so
the output is stable and a reader of the contract finds what it expects at the top. Floats are
JSON numbers; NaN and infinities (which JSON cannot carry) are written as null.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from operator import add, itemgetter
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
    """`{"claims": [...]}`, every claim of every document in the given order.

    The same text as ``dumps({"claims": [claim_record(c) for c in claims]})``, written claim by
    claim with the C JSON encoder (``dumps`` with an indent runs json's pure-Python encoder,
    the slowest part of `extract --format json` on a large corpus).
    """
    write_claim_texts([text for doc in docs for text in claim_texts(doc)], out)


def claim_texts(doc: DocumentClaims) -> list[str]:
    """The JSON text of each claim of ``doc``, as ``render_claims`` writes it (a caller can turn
    each document into text as it arrives, then write them all with ``write_claim_texts``)."""
    return [_claim_json(claim) for claim in doc.claims]


def json_piece(doc: DocumentClaims) -> str:
    """One document's claims as ``render_claims`` writes them inside `claims[]` ("" if none);
    ``write_json_pieces`` puts the pieces of many documents together."""
    return _CLAIM_SEP.join(claim_texts(doc))


def write_json_pieces(pieces: Sequence[str], out: TextIO) -> None:
    write_claim_texts([piece for piece in pieces if piece], out)


def write_claim_texts(texts: Sequence[str], out: TextIO) -> None:
    """`{"claims": [...]}` around the claims' JSON texts."""
    if not texts:
        out.write(dumps({"claims": []}) + "\n")
        return
    out.write(_WRAP_HEAD)
    out.write(_CLAIM_SEP.join(texts))
    out.write(_WRAP_TAIL + "\n")


# --- fast claim JSON --------------------------------------------------------------------------
# A claim's fields are scalars except two tuples of strings (the model's types). All its scalars,
# the tuples' items spliced in, are encoded in one call of the C encoder with "\n" between them
# (no encoded scalar holds a raw newline), then set under their keys at the indentation
# ``dumps`` uses for a claim inside {"claims": [...]}.

_CLAIM_ORDER = (*CLAIM_KEYS, *(key for key in Claim.model_fields if key not in CLAIM_KEYS))
_claim_values = itemgetter(*_CLAIM_ORDER)
_I_PLACES, _I_KEY = _CLAIM_ORDER.index("places"), _CLAIM_ORDER.index("measure_key")
_PREFIXES = [json.encoder.encode_basestring(key) + ": " for key in _CLAIM_ORDER]
_HEAD, _MID, _TAIL = _PREFIXES[:_I_PLACES], _PREFIXES[_I_PLACES + 1 : _I_KEY], _PREFIXES[_I_KEY + 1 :]
_leaves_json = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=("\n", ":")).encode
_WRAP_HEAD, _WRAP_TAIL = '{\n  "claims": [\n    ', "\n  ]\n}"  # around the claims, as ``dumps`` writes them
_CLAIM_SEP = ",\n    "  # between claims (level 2)
_ITEM = ",\n      "  # between the keys of a claim (level 3)
_LIST_ITEM = ",\n        "  # between the items of its lists (level 4)


def _list_json(items: list[str]) -> str:
    return "[\n        " + _LIST_ITEM.join(items) + "\n      ]" if items else "[]"


def _claim_json(claim: Claim) -> str:
    """``dumps`` of ``claim_record(claim)`` as an item of the claims list."""
    values = _claim_values(claim.__dict__)
    places, key = values[_I_PLACES], values[_I_KEY]
    try:
        leaves = values[:_I_PLACES] + places + values[_I_PLACES + 1 : _I_KEY] + key + values[_I_KEY + 1 :]
        encoded = _leaves_json(leaves)[1:-1].split("\n")
    except (TypeError, ValueError):  # not tuples, or NaN / infinity (written null): the plain way
        encoded = None
    if encoded is None or len(encoded) != len(leaves):
        return dumps({"claims": [claim_record(claim)]})[len(_WRAP_HEAD) : -len(_WRAP_TAIL)]
    a = _I_PLACES
    b = a + len(places)
    c = b + len(_MID)
    d = c + len(key)
    items = [
        *map(add, _HEAD, encoded[:a]),
        _PREFIXES[_I_PLACES] + _list_json(encoded[a:b]),
        *map(add, _MID, encoded[b:c]),
        _PREFIXES[_I_KEY] + _list_json(encoded[c:d]),
        *map(add, _TAIL, encoded[d:]),
    ]
    return "{\n      " + _ITEM.join(items) + "\n    }"


def render_claims_jsonl(
    docs: Sequence[DocumentClaims], out: TextIO, *, color: bool = False
) -> None:
    """One claim object per line (same keys as the JSON output's `claims[]`)."""
    for doc in docs:
        out.write(jsonl_piece(doc))


def jsonl_piece(doc: DocumentClaims) -> str:
    """The JSON Lines text of one document's claims (``render_claims_jsonl`` of it alone)."""
    lines = []
    for claim in doc.claims:
        line = json.dumps(claim_record(claim), ensure_ascii=False, allow_nan=False)
        lines.append(_LINE_BREAKING.sub(_escape_char, line) + "\n")
    return "".join(lines)


def write_jsonl_pieces(pieces: Sequence[str], out: TextIO) -> None:
    out.write("".join(pieces))


def render_check(
    report: CheckReport, rules: Sequence[RuleInfo], out: TextIO, *, color: bool = False
) -> None:
    """`{"findings": [...], "summary": {...}, "stale": [...], "documents": [...]}`."""
    out.write(dumps(check_record(report)) + "\n")
