"""GitHub workflow commands: escaping, caps, new-only annotations, job summary."""

from __future__ import annotations

import io

import pytest

from claimaudit.models import CheckReport, ClaimRef, Finding, Severity, Summary
from claimaudit.render import github
from claimaudit.render.github import escape_data, escape_property


def run(report, rules, environ=None) -> str:
    out = io.StringIO()
    github.render_check(report, rules, out, color=False, environ=environ or {})
    return out.getvalue()


def make_finding(index: int, severity: Severity, *, new: bool = True) -> Finding:
    return Finding(
        rule="CA101",
        name="conflicting-values",
        severity=severity,
        message=f"finding {index}",
        fingerprint=f"{severity.value}-{index:03d}",
        new=new,
        claims=(ClaimRef(path="r.txt", start=0, end=2, line=index + 1, column=1, text="12"),),
    )


def test_escaping_rules():
    assert escape_data("50% a\r\nb::c,d") == "50%25 a%0Ab::c,d"
    assert escape_data("a\rb") == "a%0Ab"
    assert escape_property("a:b,c%\nd") == "a%3Ab%2Cc%25%0Ad"
    assert escape_data("\x1b[31m") == "␛[31m"


def test_only_new_findings_become_annotations_errors_first(report, rules):
    lines = run(report, rules).splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(
        "::error file=data/report_000.txt,line=12,col=9,endColumn=15,"
        "title=CA101 conflicting-values::ILO figure differs"
    )
    assert lines[1].startswith("::warning file=data/report_000.txt,line=20,col=3,endColumn=8,")
    assert "known" not in "".join(lines) and "Round number" not in "".join(lines)


def test_hostile_text_cannot_inject_commands(report, rules):
    text = run(report, rules)
    for line in text.splitlines():
        # every line is exactly one command, and the only '::' before the data is ours
        assert line.startswith(("::error ", "::warning ", "::notice "))
        command, _, data = line[2:].partition("::")
        name, _, props = command.partition(" ")
        assert name in ("error", "warning", "notice")
        keys = {prop.split("=", 1)[0] for prop in props.split(",")}
        assert keys <= {"file", "line", "col", "endColumn", "title"}
        assert "\n" not in data and "\r" not in data
    assert "\x1b" not in text
    assert "::error::pwned" in text  # still shown, as data inside one annotation


def test_caps_and_left_out_notice():
    findings = (
        [make_finding(i, Severity.ERROR) for i in range(12)]
        + [make_finding(i, Severity.WARNING) for i in range(3)]
        + [make_finding(i, Severity.INFO) for i in range(15)]
        + [make_finding(99, Severity.ERROR, new=False)]
    )
    report = CheckReport(findings=tuple(findings), summary=Summary(error=13, warning=3, info=15))
    lines = run(report, []).splitlines()
    kinds = [line.split(" ", 1)[0].split("::")[1] for line in lines]
    assert kinds.count("error") == github.MAX_ERROR_ANNOTATIONS
    assert kinds.count("warning") == 3
    # nine infos plus the "left out" notice: ten notices per step at most
    assert kinds.count("notice") == github.MAX_NOTICE_ANNOTATIONS
    assert kinds == ["error"] * 10 + ["warning"] * 3 + ["notice"] * 10
    assert lines[-1].startswith("::notice title=claimaudit::claimaudit: 8 new findings not annotated")
    assert len(lines) <= github.MAX_ANNOTATIONS_PER_JOB


def test_no_notice_when_everything_fits(report, rules):
    assert "not annotated" not in run(report, rules)


def test_job_summary_appended_with_all_findings(tmp_path, report, rules):
    summary = tmp_path / "summary.md"
    summary.write_text("previous step\n", encoding="utf-8")
    run(report, rules, {"GITHUB_STEP_SUMMARY": str(summary)})
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("previous step\n### claimaudit:")
    assert "Known conflict" in text and "Round number" in text  # known ones too
    assert "<script>" not in text


def test_left_out_notice_points_to_summary(tmp_path):
    findings = tuple(make_finding(i, Severity.ERROR) for i in range(11))
    report = CheckReport(findings=findings, summary=Summary(error=11, new=11))
    summary = tmp_path / "summary.md"
    out = run(report, [], {"GITHUB_STEP_SUMMARY": str(summary)})
    assert "all findings are in the job summary" in out
    assert summary.read_text(encoding="utf-8").count("| 🔴 error |") == 11


def test_unwritable_summary_is_a_warning_not_a_crash(tmp_path, report, rules):
    out = run(report, rules, {"GITHUB_STEP_SUMMARY": str(tmp_path / "missing" / "x.md")})
    assert "::warning title=claimaudit::could not write the job summary" in out


@pytest.mark.parametrize("fmt", ["github"])
def test_dispatch(fmt, report, rules, monkeypatch):
    from claimaudit.render import render_check

    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    out = io.StringIO()
    render_check(fmt, report, rules, out, color=False)
    assert out.getvalue() == run(report, rules)
