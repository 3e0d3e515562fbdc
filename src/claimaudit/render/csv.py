"""CSV output of `extract`: a header, then one row per claim (stdlib `csv`, RFC 4180 quoting).

Columns are every Claim field, contract fields first (as in the JSON output). Missing values
are empty cells, booleans `true`/`false`, `places` is joined with "; ". Cell text is written as
found, except that control characters and terminal escape sequences are made visible
(ESC -> "␛"), so printing the CSV to a terminal is safe; this is data for scripts, so no
spreadsheet-formula neutralisation is applied.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any, TextIO

from claimaudit.models import Claim, DocumentClaims
from claimaudit.render.base import visible
from claimaudit.render.json import CLAIM_KEYS, claim_record

COLUMNS: tuple[str, ...] = CLAIM_KEYS + tuple(
    name for name in Claim.model_fields if name not in CLAIM_KEYS
)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return visible("; ".join(str(item) for item in value))
    return visible(str(value))


def render_claims(docs: Sequence[DocumentClaims], out: TextIO, *, color: bool = False) -> None:
    write_csv_pieces([csv_piece(doc) for doc in docs], out)


def csv_piece(doc: DocumentClaims) -> str:
    """The rows of one document's claims (no header)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for claim in doc.claims:
        record = claim_record(claim)
        writer.writerow([_cell(record[column]) for column in COLUMNS])
    return buffer.getvalue()


def write_csv_pieces(pieces: Sequence[str], out: TextIO) -> None:
    """The header, then the rows of each document."""
    csv.writer(out, lineterminator="\n").writerow(COLUMNS)
    out.write("".join(pieces))
