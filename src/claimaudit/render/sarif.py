"""SARIF 2.1.0 output of `check`, for code-scanning tools (GitHub, Azure DevOps, IDEs).

One run; `tool.driver.rules` lists the rules (sorted by code) and every result points to its
rule by `ruleId` and `ruleIndex`. The first claim of a finding is the result's location, the
others are `relatedLocations`. Matching across runs uses `partialFingerprints["claimaudit/v1"]`
(line-independent, see STYLE.md §7) and `baselineState` ("new" or "unchanged" for findings
already in the ledger); accepted and false-positive ledger entries become external
suppressions carrying the editor's note. Columns count Unicode code points
(`columnKind: unicodeCodePoints`), as Python offsets do. Control characters in messages are
made visible (ESC -> "␛") so a viewer printing them to a terminal stays safe. No timestamps,
no absolute paths unless the input paths were absolute and outside the working directory.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TextIO
from urllib.parse import quote

import claimaudit
from claimaudit.models import CheckReport, ClaimRef, Finding, RuleInfo, Severity
from claimaudit.render.base import display_path, visible
from claimaudit.render.json import dumps

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "claimaudit/v1"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SUPPRESSED_STATUSES = ("accepted", "false-positive")


def artifact_uri(path: str) -> str:
    """A relative URI reference with forward slashes ("data/a b.txt" -> "data/a%20b.txt"); an
    absolute path outside the working directory becomes a file:// URI."""
    shown = display_path(path)
    if shown.startswith("/"):
        return "file://" + quote(shown, safe="/")
    return quote(shown, safe="/")


def _region(ref: ClaimRef) -> dict[str, Any]:
    start_column = max(ref.column, 1)
    lines = ref.text.split("\n")
    end_line = ref.line + len(lines) - 1
    if len(lines) == 1:
        end_column = start_column + len(ref.text)
    else:
        end_column = len(lines[-1]) + 1
    return {
        "startLine": max(ref.line, 1),
        "startColumn": start_column,
        "endLine": max(end_line, 1),
        "endColumn": end_column,
        "charOffset": max(ref.start, 0),
        "charLength": max(ref.end - ref.start, 0),
        "snippet": {"text": ref.text},
    }


def physical_location(ref: ClaimRef) -> dict[str, Any]:
    return {
        "artifactLocation": {"uri": artifact_uri(ref.path)},
        "region": _region(ref),
    }


def _describe(ref: ClaimRef) -> str:
    parts = [f"“{ref.text}”"]
    if ref.source:
        parts.append(f"source: {ref.source}" + (f", {ref.source_date}" if ref.source_date else ""))
    elif ref.source_date:
        parts.append(f"dated {ref.source_date}")
    return " — ".join(parts)


def rule_descriptor(rule: RuleInfo) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary or rule.name},
        "fullDescription": {"text": rule.description or rule.summary or rule.name},
        "help": {"text": rule.description or rule.summary or rule.name},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
        "properties": {"severity": rule.severity.value},
    }


def _rules_for(report: CheckReport, rules: Sequence[RuleInfo]) -> list[RuleInfo]:
    """The given rules plus a stand-in for any rule a finding names that was not given."""
    by_code = {rule.code: rule for rule in rules}
    for finding in report.findings:
        if finding.rule not in by_code:
            by_code[finding.rule] = RuleInfo(
                code=finding.rule,
                name=finding.name,
                severity=finding.severity,
                summary=finding.name,
                description=finding.name,
            )
    return [by_code[code] for code in sorted(by_code)]


def result(finding: Finding, rule_index: int) -> dict[str, Any]:
    item: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVEL[finding.severity],
        "message": {"text": visible(finding.message)},
    }
    if finding.claims:
        first, *others = finding.claims
        item["locations"] = [{"physicalLocation": physical_location(first)}]
        if others:
            item["relatedLocations"] = [
                {
                    "id": number,
                    "physicalLocation": physical_location(ref),
                    "message": {"text": visible(_describe(ref))},
                }
                for number, ref in enumerate(others, start=1)
            ]
    item["partialFingerprints"] = {FINGERPRINT_KEY: finding.fingerprint}
    item["baselineState"] = "new" if finding.new else "unchanged"
    if not finding.new and finding.status in SUPPRESSED_STATUSES:
        suppression: dict[str, Any] = {"kind": "external", "status": "accepted"}
        if finding.note:
            suppression["justification"] = visible(finding.note)
        item["suppressions"] = [suppression]
    item["properties"] = {"name": finding.name, "status": finding.status}
    return item


def sarif_log(report: CheckReport, rules: Sequence[RuleInfo]) -> dict[str, Any]:
    all_rules = _rules_for(report, rules)
    index = {rule.code: position for position, rule in enumerate(all_rules)}
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "claimaudit",
                        "version": claimaudit.__version__,
                        "rules": [rule_descriptor(rule) for rule in all_rules],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [result(f, index[f.rule]) for f in report.findings],
            }
        ],
    }


def render_check(
    report: CheckReport, rules: Sequence[RuleInfo], out: TextIO, *, color: bool = False
) -> None:
    out.write(dumps(sarif_log(report, rules)) + "\n")
