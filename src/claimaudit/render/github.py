"""GitHub Actions output of `check`: workflow-command annotations plus the job summary.

Only NEW findings become annotations, errors first, within GitHub's caps (per step: 10 error,
10 warning and 10 notice annotations; 50 per job). When some are left out, one `::notice::`
line says how many (it takes one of the notice slots). ALL findings go to the job summary, the
markdown file named by `GITHUB_STEP_SUMMARY`, which is appended to as GitHub expects.

Escaping follows the Actions runner (`ActionCommand` in actions/runner and `@actions/core`):
data escapes `%`, CR and LF; properties also `:` and `,`. Every annotation is therefore a
single line, and report text containing `::` or newlines cannot start a command of its own.
Control characters are made visible first, so no terminal escape reaches the log.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import TextIO

from claimaudit.models import CheckReport, ClaimRef, Finding, RuleInfo, Severity
from claimaudit.render.base import display_path, location, plural, visible
from claimaudit.render.markdown import render_markdown

MAX_ERROR_ANNOTATIONS = 10
MAX_WARNING_ANNOTATIONS = 10
MAX_NOTICE_ANNOTATIONS = 10
MAX_ANNOTATIONS_PER_JOB = 50
SUMMARY_ENV = "GITHUB_STEP_SUMMARY"
COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
CAPS = {
    Severity.ERROR: MAX_ERROR_ANNOTATIONS,
    Severity.WARNING: MAX_WARNING_ANNOTATIONS,
    Severity.INFO: MAX_NOTICE_ANNOTATIONS,
}


def escape_data(text: str) -> str:
    text = visible(text)
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _claim_line(ref: ClaimRef) -> str:
    line = f"- {location(ref)} “{ref.text}”"
    detail = ", ".join(part for part in (ref.source, ref.source_date) if part)
    return f"{line} ({detail})" if detail else line


def annotation(finding: Finding) -> str:
    """`::error file=…,line=…,col=…,endColumn=…,title=CA101 name::message` (one line)."""
    properties: list[tuple[str, str]] = []
    if finding.claims:
        first = finding.claims[0]
        properties.append(("file", display_path(first.path)))
        properties.append(("line", str(max(first.line, 1))))
        if "\n" not in first.text:
            column = max(first.column, 1)
            properties.append(("col", str(column)))
            # GitHub's endColumn is inclusive (the last character of the span)
            properties.append(("endColumn", str(column + max(len(first.text), 1) - 1)))
    properties.append(("title", f"{finding.rule} {finding.name}"))
    props = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    message = "\n".join([finding.message, *(_claim_line(ref) for ref in finding.claims)])
    return f"::{COMMAND[finding.severity]} {props}::{escape_data(message)}"


def select_annotations(findings: Sequence[Finding]) -> tuple[list[Finding], int]:
    """The new findings to annotate (errors, then warnings, then infos, report order within a
    level), and how many new findings are left out. Leaves room for the "left out" notice."""
    new = [finding for finding in findings if finding.new]
    by_level = {
        severity: [finding for finding in new if finding.severity is severity]
        for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO)
    }
    caps = dict(CAPS)
    budget = MAX_ANNOTATIONS_PER_JOB
    overflow = sum(max(len(items) - caps[level], 0) for level, items in by_level.items())
    if overflow:
        caps[Severity.INFO] -= 1  # the "left out" line is itself a notice
        budget -= 1
    chosen: list[Finding] = []
    for severity, items in by_level.items():
        take = min(len(items), caps[severity], budget - len(chosen))
        chosen.extend(items[:take])
    return chosen, len(new) - len(chosen)


def write_job_summary(report: CheckReport, summary_path: str) -> str | None:
    """Append the markdown report to the job summary; RETURNS an error text, or None."""
    text = render_markdown(report)
    try:
        with open(summary_path, "a", encoding="utf-8") as handle:
            handle.write(text if text.endswith("\n") else text + "\n")
    except OSError as error:
        return f"could not write the job summary ({SUMMARY_ENV}): {error.strerror or error}"
    return None


def render_check(
    report: CheckReport,
    rules: Sequence[RuleInfo],
    out: TextIO,
    *,
    color: bool = False,
    environ: Mapping[str, str] | None = None,
) -> None:
    environ = os.environ if environ is None else environ
    chosen, left_out = select_annotations(report.findings)
    for finding in chosen:
        out.write(annotation(finding) + "\n")
    summary_path = environ.get(SUMMARY_ENV)
    if summary_path:
        problem = write_job_summary(report, summary_path)
        if problem:
            out.write(f"::warning title=claimaudit::{escape_data(problem)}\n")
            summary_path = None
    if left_out:
        where = "the job summary" if summary_path else "`claimaudit check --format markdown`"
        text = (
            f"claimaudit: {plural(left_out, 'new finding')} not annotated "
            f"(GitHub shows at most {MAX_ERROR_ANNOTATIONS} annotations of each level per "
            f"step); all findings are in {where}"
        )
        out.write(f"::notice title=claimaudit::{escape_data(text)}\n")
