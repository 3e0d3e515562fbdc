"""A pull-request comment (GitHub-flavoured markdown): title with counts, a table of NEW
findings, and the known ones (already in the ledger) in a collapsed `<details>` block.

Report text is escaped for markdown *and* HTML (`md_escape`), and mentions, issue references
and bare links are broken with a zero-width joiner, so a document cannot add markup, links,
HTML or pings to the comment. GitHub refuses comments over 65,536 characters; rows that do not
fit are left out and counted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TextIO

from claimaudit.models import CheckReport, ClaimRef, Finding, RuleInfo, Severity
from claimaudit.render.base import location, ordered_findings, plural, severity_counts, visible

MAX_COMMENT_CHARS = 60_000  # GitHub's limit is 65,536; leave room for the footer
ZWJ = "\u200d"
SEVERITY_LABEL = {
    Severity.ERROR: "🔴 error",
    Severity.WARNING: "🟠 warning",
    Severity.INFO: "🔵 info",
}
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}
# ASCII punctuation that means something inline in GFM (emphasis, code, links, tables,
# strikethrough, math, emoji shortcodes); "<", ">", "&" and '"' become entities instead.
_MARKDOWN_PUNCT = re.compile(r"([\\`*_\[\]#|~!()$:])")
# what GitHub turns into links or pings: @mentions and e-mails, bare URLs, #123 references
_AUTOLINK = re.compile(r"(?i)(@|://|www\.|#(?=\d))")


def md_escape(text: str | None) -> str:
    """Report text made inert in a GFM table cell: one line, HTML entities, backslash-escaped
    markdown punctuation, and a zero-width joiner after "@", "://" and "www." so no mention,
    e-mail or bare URL is linked."""
    if not text:
        return ""
    text = visible(text, newlines=False)
    text = _AUTOLINK.sub(lambda m: m.group()[0] + ZWJ + m.group()[1:], text)
    text = "".join(_HTML.get(char, char) for char in text)
    # after the entities: "&" and ";" are ours now, so escape only markdown punctuation
    return _MARKDOWN_PUNCT.sub(r"\\\1", text)


def _claim_cell(ref: ClaimRef) -> str:
    cell = f"{md_escape(location(ref))} “{md_escape(ref.text)}”"
    detail = ", ".join(md_escape(part) for part in (ref.source, ref.source_date) if part)
    return f"{cell} ({detail})" if detail else cell


def _row(finding: Finding, *, known: bool) -> str:
    first = finding.claims[0] if finding.claims else None
    cells = [
        SEVERITY_LABEL[finding.severity],
        f"{md_escape(finding.rule)} {md_escape(finding.name)}",
        md_escape(location(first)) if first else "",
        md_escape(finding.message),
        "<br>".join(_claim_cell(ref) for ref in finding.claims),
    ]
    if known:
        status = md_escape(finding.status)
        cells.append(f"{status}: {md_escape(finding.note)}" if finding.note else status)
    return "| " + " | ".join(cells) + " |"


_HEADER = "| Severity | Rule | Line | Message | Claims |\n|---|---|---|---|---|"
_KNOWN_HEADER = (
    "| Severity | Rule | Line | Message | Claims | Ledger |\n|---|---|---|---|---|---|"
)


def title(report: CheckReport) -> str:
    findings = report.findings
    new = [finding for finding in findings if finding.new]
    if not findings:
        text = "### claimaudit: no findings ✅"
    else:
        counts = severity_counts(new)
        parts = [
            plural(counts[severity], severity.value, "info" if severity is Severity.INFO else None)
            for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO)
            if counts[severity]
        ]
        detail = f" ({', '.join(parts)})" if parts else ""
        text = (
            f"### claimaudit: {plural(len(new), 'new finding')}{detail}, "
            f"{len(findings) - len(new)} known"
        )
    if report.stale:
        text += f", {plural(len(report.stale), 'stale ledger entry', 'stale ledger entries')}"
    return text


def render_markdown(report: CheckReport, *, limit: int = MAX_COMMENT_CHARS) -> str:
    """The whole comment as one string (also written to GitHub's job summary)."""
    findings = ordered_findings(report.findings)
    new = [finding for finding in findings if finding.new]
    known = [finding for finding in findings if not finding.new]
    new_rows = [_row(finding, known=False) for finding in new]
    known_rows = [_row(finding, known=True) for finding in known]

    def build(new_rows: list[str], known_rows: list[str], left_out: int) -> str:
        parts = [title(report), ""]
        if new_rows:
            parts += [_HEADER, *new_rows, ""]
        elif findings:
            parts += ["No new findings.", ""]
        if known_rows:
            parts += [
                "<details>",
                f"<summary>{plural(len(known_rows), 'known finding')} (in the ledger)</summary>",
                "",
                _KNOWN_HEADER,
                *known_rows,
                "",
                "</details>",
                "",
            ]
        if left_out:
            parts += [f"_{plural(left_out, 'more finding')} not shown (comment size limit)._", ""]
        return "\n".join(parts)

    text = build(new_rows, known_rows, 0)
    dropped = 0
    while len(text) > limit and (new_rows or known_rows):
        (known_rows if known_rows else new_rows).pop()
        dropped += 1
        text = build(new_rows, known_rows, dropped)
    return text


def render_check(
    report: CheckReport, rules: Sequence[RuleInfo], out: TextIO, *, color: bool = False
) -> None:
    out.write(render_markdown(report))
