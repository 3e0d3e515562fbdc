"""Output formats. One module per format; the CLI picks one through `OutputFormat`.

    render_claims(OutputFormat.json, docs, sys.stdout, color=False)
    render_check(OutputFormat.sarif, report, rules, sys.stdout, color=False)

The two tables below map every format to its renderer, or to None where a command does not
offer it; a test checks they cover the enum, so adding a format without deciding what each
command does with it fails loudly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import Enum
from typing import Callable, NamedTuple, TextIO

from claimaudit.errors import ConfigError
from claimaudit.models import CheckReport, DocumentClaims, RuleInfo
from claimaudit.render import csv as csv_format
from claimaudit.render import github, markdown, sarif, table
from claimaudit.render import json as json_format
from claimaudit.render.base import CheckRenderer, ClaimsRenderer


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    sarif = "sarif"
    github = "github"
    markdown = "markdown"


CLAIMS_RENDERERS: Mapping[OutputFormat, ClaimsRenderer | None] = {
    OutputFormat.table: table.render_claims,
    OutputFormat.json: json_format.render_claims,
    OutputFormat.jsonl: json_format.render_claims_jsonl,
    OutputFormat.csv: csv_format.render_claims,
    OutputFormat.sarif: None,
    OutputFormat.github: None,
    OutputFormat.markdown: None,
}

CHECK_RENDERERS: Mapping[OutputFormat, CheckRenderer | None] = {
    OutputFormat.table: table.render_check,
    OutputFormat.json: json_format.render_check,
    OutputFormat.jsonl: None,
    OutputFormat.csv: None,
    OutputFormat.sarif: sarif.render_check,
    OutputFormat.github: github.render_check,
    OutputFormat.markdown: markdown.render_check,
}



class ClaimsPieces(NamedTuple):
    """A claims format written one document at a time: ``piece(doc)`` is that document's text
    (a module-level function, so a worker process can run it where the document was extracted
    and send back only text), ``write(pieces, out)`` puts the pieces together. The result is
    exactly what the format's renderer writes for the same documents."""

    piece: Callable[[DocumentClaims], str]
    write: Callable[[Sequence[str], TextIO], None]


CLAIMS_PIECES: Mapping[OutputFormat, ClaimsPieces] = {
    OutputFormat.json: ClaimsPieces(json_format.json_piece, json_format.write_json_pieces),
    OutputFormat.jsonl: ClaimsPieces(json_format.jsonl_piece, json_format.write_jsonl_pieces),
    OutputFormat.csv: ClaimsPieces(csv_format.csv_piece, csv_format.write_csv_pieces),
}

if not set(CLAIMS_RENDERERS) == set(OutputFormat) == set(CHECK_RENDERERS):  # pragma: no cover
    raise AssertionError("every OutputFormat needs an entry in both renderer tables")


def _formats(renderers: Mapping[OutputFormat, object]) -> str:
    return ", ".join(fmt.value for fmt, renderer in renderers.items() if renderer is not None)


def _lookup(fmt: OutputFormat | str, command: str, renderers: Mapping[OutputFormat, object]):
    try:
        key = OutputFormat(fmt)
    except ValueError:
        raise ConfigError(
            f"unknown format {str(fmt)!r} (choose from {_formats(renderers)})", field="--format"
        ) from None
    renderer = renderers[key]
    if renderer is None:
        raise ConfigError(
            f"format {key.value!r} is not available for {command} "
            f"(choose from {_formats(renderers)})",
            field="--format",
        )
    return renderer


def render_claims(
    fmt: OutputFormat | str, docs: Sequence[DocumentClaims], out: TextIO, *, color: bool
) -> None:
    """Write the claims of `extract` to `out` in format `fmt` (table, json, jsonl or csv)."""
    renderer: ClaimsRenderer = _lookup(fmt, "extract", CLAIMS_RENDERERS)
    renderer(docs, out, color=color)


def render_check(
    fmt: OutputFormat | str,
    report: CheckReport,
    rules: Sequence[RuleInfo],
    out: TextIO,
    *,
    color: bool,
) -> None:
    """Write the findings of `check` to `out` (table, json, sarif, github or markdown)."""
    renderer: CheckRenderer = _lookup(fmt, "check", CHECK_RENDERERS)
    renderer(report, rules, out, color=color)


__all__ = [
    "CHECK_RENDERERS",
    "CLAIMS_PIECES",
    "CLAIMS_RENDERERS",
    "ClaimsPieces",
    "CheckRenderer",
    "ClaimsRenderer",
    "OutputFormat",
    "render_check",
    "render_claims",
]
