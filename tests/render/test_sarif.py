"""SARIF 2.1.0: valid against the OASIS schema; rules, locations, fingerprints, baseline state."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import claimaudit
from claimaudit.models import ClaimRef, CheckReport, Finding, Severity, Summary
from claimaudit.render import render_check
from claimaudit.render.sarif import artifact_uri

SCHEMA = Path(__file__).parents[2].parent / "shared/schemas/sarif-schema-2.1.0.json"


def sarif(report, rules) -> dict:
    out = io.StringIO()
    render_check("sarif", report, rules, out, color=False)
    return json.loads(out.getvalue())


@pytest.fixture(scope="module")
def validator():
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is not installed")
    if not SCHEMA.is_file():
        pytest.skip(f"SARIF schema not found at {SCHEMA} (shared/ is not beside the repo)")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def assert_valid(validator, log: dict) -> None:
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


def test_valid_against_schema(validator, report, rules):
    assert_valid(validator, sarif(report, rules))


def test_empty_report_is_valid(validator, empty_report, rules):
    log = sarif(empty_report, rules)
    assert_valid(validator, log)
    assert log["runs"][0]["results"] == []


def test_driver_and_rules(report, rules):
    driver = sarif(report, rules)["runs"][0]["tool"]["driver"]
    assert driver["name"] == "claimaudit"
    assert driver["version"] == claimaudit.__version__
    assert "informationUri" not in driver
    assert [rule["id"] for rule in driver["rules"]] == ["CA101", "CA201", "CA304"]
    ca101 = driver["rules"][0]
    assert ca101["name"] == "conflicting-values"
    assert ca101["shortDescription"]["text"] == rules[0].summary
    assert ca101["fullDescription"]["text"] == rules[0].description
    assert ca101["help"]["text"] == rules[0].description
    assert [r["defaultConfiguration"]["level"] for r in driver["rules"]] == [
        "error", "warning", "note",
    ]  # fmt: skip


def test_results(report, rules):
    run = sarif(report, rules)["runs"][0]
    rule_ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    results = run["results"]
    assert [r["level"] for r in results] == ["error", "warning", "note", "error"]
    for result, finding in zip(results, report.findings):
        assert rule_ids[result["ruleIndex"]] == result["ruleId"] == finding.rule
        assert result["partialFingerprints"] == {"claimaudit/v1": finding.fingerprint}
    first = results[0]
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "data/report_000.txt"
    assert location["region"] == {
        "startLine": 12,
        "startColumn": 9,
        "endLine": 12,
        "endColumn": 16,  # exclusive: 9 + len("~20,000")
        "charOffset": 120,
        "charLength": 7,
        "snippet": {"text": "~20,000"},
    }
    related = first["relatedLocations"]
    assert [r["id"] for r in related] == [1]
    assert related[0]["physicalLocation"]["region"]["startLine"] == 40
    assert "22,000" in related[0]["message"]["text"]
    assert "\x1b" not in first["message"]["text"]
    assert run["columnKind"] == "unicodeCodePoints"


def test_baseline_state_and_suppressions(report, rules):
    results = sarif(report, rules)["runs"][0]["results"]
    assert [r["baselineState"] for r in results] == ["new", "new", "unchanged", "unchanged"]
    assert "suppressions" not in results[0] and "suppressions" not in results[1]
    assert results[2]["suppressions"] == [
        {
            "kind": "external",
            "status": "accepted",
            "justification": "Editor: fine [link](https://evil.example) @team\n::warning::fake",
        }
    ]
    assert results[3]["suppressions"][0]["justification"] == "Different years."


def test_rule_missing_from_rule_list_gets_a_descriptor(validator, report):
    log = sarif(report, [])
    assert_valid(validator, log)
    assert [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]] == [
        "CA101", "CA201", "CA304",
    ]  # fmt: skip


def test_no_timestamps_or_absolute_paths(report, rules):
    text = json.dumps(sarif(report, rules))
    assert "Time" not in text and "/work/" not in text and str(Path.cwd()) not in text


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("data/report_000.txt", "data/report_000.txt"),
        ("./data/report 1.txt", "data/report%201.txt"),
        ("data\\win\\report.txt", "data/win/report.txt"),
    ],
)
def test_artifact_uri(path, uri):
    assert artifact_uri(path) == uri


def test_absolute_path_under_cwd_is_made_relative(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert artifact_uri(str(tmp_path / "data" / "r.txt")) == "data/r.txt"


def test_multiline_claim_text_region(validator, rules):
    ref = ClaimRef(path="a.txt", start=10, end=17, line=3, column=20, text="20,\n000")
    finding = Finding(
        rule="CA101", name="conflicting-values", severity=Severity.ERROR, message="m",
        fingerprint="f", claims=(ref,),
    )  # fmt: skip
    log = sarif(CheckReport(findings=(finding,), summary=Summary(error=1, new=1)), rules)
    assert_valid(validator, log)
    region = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["endLine"], region["endColumn"]) == (3, 4, 4)
