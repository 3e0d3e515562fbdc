"""Tables for people (rich): the claims of `extract`, and the findings of `check` for editors.

Every piece of report text goes into a `rich.text.Text` object (never parsed as markup) after
`visible()` has made control characters and escape sequences visible, so a document cannot
inject markup, colours or cursor movement. Output to a pipe or file is plain text at a fixed
width of 120 columns, so it is deterministic.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from typing import TextIO

from rich import box
from rich.console import Console, Group
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from claimaudit.models import (
    CheckReport,
    Claim,
    ClaimRef,
    DocumentClaims,
    Finding,
    RuleInfo,
    Severity,
)
from claimaudit.render.base import (
    context_window,
    display_path,
    format_number,
    location,
    ordered_findings,
    plural,
    severity_counts,
    visible,
)

PIPE_WIDTH = 120
CONTEXT_WIDTH = 100
SEVERITY_STYLE = {
    Severity.ERROR: "bold red",
    Severity.WARNING: "bold yellow",
    Severity.INFO: "bold blue",
}
NUMBER_STYLE = "bold reverse"
DIM = "dim"


def make_console(out: TextIO, *, color: bool) -> Console:
    """A console writing to `out`: the terminal's width on a terminal, else 120 columns."""
    isatty = getattr(out, "isatty", None)
    try:
        on_terminal = bool(isatty and isatty())
    except ValueError:  # closed file
        on_terminal = False
    width = shutil.get_terminal_size((PIPE_WIDTH, 24)).columns if on_terminal else PIPE_WIDTH
    return Console(
        file=out,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        width=width,
        highlight=False,
        soft_wrap=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
        force_jupyter=False,
        force_interactive=False,
    )


def plain(text: str | None, style: str = "") -> Text:
    """Report text as a Text cell: control characters made visible, never parsed as markup."""
    return Text(visible(text or "", newlines=False), style=style)


# --- extract ---------------------------------------------------------------------------------


def _compact(value: float | None) -> str:
    """2300000000.0 -> "2.3 bn": short enough for a table cell, exact values are in the JSON."""
    if value is None:
        return ""
    for scale, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "mn")):
        if abs(value) >= scale:
            return f"{value / scale:.4g} {word}"
    return format_number(value)


def _value_cell(claim: Claim) -> str:
    if claim.low is not None and claim.high is not None:
        return f"{_compact(claim.low)}–{_compact(claim.high)}"
    return _compact(claim.value)


def render_claims(docs: Sequence[DocumentClaims], out: TextIO, *, color: bool = False) -> None:
    console = make_console(out, color=color)
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    # The measure is left to the JSON output: a terminal has room for what an editor scans.
    table.add_column("location", no_wrap=True, style="cyan")
    table.add_column("as written", max_width=26, overflow="fold")
    table.add_column("value", justify="right", no_wrap=True)
    table.add_column("unit", max_width=14, overflow="fold")
    table.add_column("period", no_wrap=True)
    table.add_column("source", ratio=1, min_width=20, overflow="fold")
    table.add_column("date", no_wrap=True)
    count = 0
    for doc in docs:
        for claim in doc.claims:
            count += 1
            table.add_row(
                plain(f"{display_path(claim.path)}:{claim.line}"),
                plain(f"{claim.qualifier} {claim.text}" if claim.qualifier else claim.text, "bold"),
                plain(_value_cell(claim)),
                plain(claim.unit),
                plain(claim.period),
                plain(claim.source),
                plain(claim.source_date),
            )
    if count:
        console.print(table)
    else:
        console.print(Text("no claims found", style=DIM))


# --- check -----------------------------------------------------------------------------------


def _status_marker(finding: Finding) -> Text:
    if finding.new:
        return Text("NEW", style="bold magenta")
    label = "known" if finding.status in ("new", "") else f"known, {finding.status}"
    return Text(label, style=DIM)


def finding_header(finding: Finding) -> Text:
    header = Text()
    header.append(finding.severity.value.upper(), style=SEVERITY_STYLE[finding.severity])
    header.append(" ")
    header.append(visible(finding.rule, newlines=False), style="bold")
    header.append(" ")
    header.append(visible(finding.name, newlines=False))
    header.append("  ")
    header.append_text(_status_marker(finding))
    header.append("  ")
    header.append(visible(finding.message, newlines=False))
    return header


def quoted_context(ref: ClaimRef) -> Text:
    """The claim's sentence, about 100 characters around the number, the number highlighted."""
    before, number, after = context_window(ref.sentence or ref.text, ref.text, CONTEXT_WIDTH)
    text = Text("“")
    text.append(before)
    text.append(number, style=NUMBER_STYLE)
    text.append(after)
    text.append("”")
    return text


def claims_table(finding: Finding) -> Table:
    table = Table(
        box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1), expand=True
    )
    table.add_column("location", no_wrap=True, style="cyan")
    table.add_column("context", ratio=1, overflow="fold", min_width=30)
    table.add_column("as written", overflow="fold", max_width=20)
    table.add_column("source", overflow="fold", max_width=34)
    table.add_column("date", no_wrap=True)
    for ref in finding.claims:
        table.add_row(
            plain(location(ref)),
            quoted_context(ref),
            plain(ref.text, "bold"),
            plain(ref.source) if ref.source else Text("—", style=DIM),
            plain(ref.source_date) if ref.source_date else Text("—", style=DIM),
        )
    return table


def finding_block(finding: Finding) -> Group:
    parts: list[Text | Table] = [finding_header(finding)]
    if finding.note:
        note = visible(finding.note, newlines=False)
        parts.append(Text.assemble(("  note: ", DIM), (note, "italic")))
    if finding.claims:
        parts.append(claims_table(finding))
    return Group(*parts)


def render_check(
    report: CheckReport, rules: Sequence[RuleInfo], out: TextIO, *, color: bool = False
) -> None:
    """One block per finding (new first, errors first): header line, then its claims."""
    console = make_console(out, color=color)
    findings = ordered_findings(report.findings)
    if not findings:
        console.print(Text("no findings", style=DIM))
        return
    for index, finding in enumerate(findings):
        if index:
            console.print()
        console.print(finding_block(finding))


def summary_line(report: CheckReport) -> str:
    """One line for stderr, e.g. "3 findings (1 error, 1 warning, 1 info): 2 new, 1 known; 1 stale
    ledger entry". Plain text (escape it with `rich.markup.escape` before printing as markup)."""
    findings = report.findings
    counts = severity_counts(findings)
    new = sum(1 for finding in findings if finding.new)
    line = (
        f"{plural(len(findings), 'finding')} ("
        f"{plural(counts[Severity.ERROR], 'error')}, "
        f"{plural(counts[Severity.WARNING], 'warning')}, "
        f"{counts[Severity.INFO]} info): {new} new, {len(findings) - new} known"
    )
    if report.stale:
        line += f"; {plural(len(report.stale), 'stale ledger entry', 'stale ledger entries')}"
    return line


__all__ = ["escape", "make_console", "render_check", "render_claims", "summary_line"]
