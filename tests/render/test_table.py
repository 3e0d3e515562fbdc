"""Rich tables: plain and deterministic on a pipe, nothing from the report reaches the terminal
as markup or escape codes, findings grouped with their claims side by side."""

from __future__ import annotations

import io
import re

from claimaudit.models import CheckReport, ClaimRef, Finding, Severity, Summary
from claimaudit.render import render_check, render_claims
from claimaudit.render.base import context_window, visible
from claimaudit.render.table import PIPE_WIDTH, summary_line

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def check_table(report, rules, *, color=False) -> str:
    out = io.StringIO()
    render_check("table", report, rules, out, color=color)
    return out.getvalue()


def test_plain_on_a_pipe(report, rules):
    text = check_table(report, rules)
    assert "\x1b" not in text
    assert all(len(line) <= PIPE_WIDTH for line in text.splitlines())
    assert text == check_table(report, rules)


def test_grouped_by_finding_new_first(report, rules):
    text = check_table(report, rules)
    headers = [line for line in text.splitlines() if re.match(r"^(ERROR|WARNING|INFO) CA", line)]
    assert [h.split()[0:2] for h in headers] == [
        ["ERROR", "CA101"], ["WARNING", "CA201"], ["ERROR", "CA101"], ["INFO", "CA304"],
    ]  # fmt: skip
    assert "NEW" in headers[0] and "NEW" in headers[1]
    assert "known, false-positive" in headers[2] and "known, accepted" in headers[3]
    assert "note: Different years." in text
    assert "data/report_000.txt:12" in text and "data/report_000.txt:40" in text
    assert "International Labour Organization" in text and "2025-03" in text


def test_hostile_markup_and_escapes_are_shown_not_obeyed(report, rules):
    text = check_table(report, rules)
    assert "[bold]x[/]" in text  # markup shown literally
    assert "␛[31m" in text  # ESC made visible
    colored = check_table(report, rules, color=True)
    # the only escape sequences are rich's own SGR codes, none from the report
    assert "␛[31mred" in ANSI.sub("", colored)
    assert "\x1b[31mred" not in colored


def test_colors_by_severity(report, rules):
    colored = check_table(report, rules, color=True)
    assert "\x1b[1;31mERROR" in colored
    assert "\x1b[1;33mWARNING" in colored
    assert "\x1b[1;34mINFO" in colored


def test_number_highlighted_in_context(report, rules):
    colored = check_table(report, rules, color=True)
    assert "\x1b[1;7m~20,000\x1b[0m" in colored


def test_context_window_trims_around_number():
    sentence = "a" * 200 + " 42 widgets " + "b" * 200
    before, number, after = context_window(sentence, "42", 100)
    assert number == "42"
    assert before.startswith("…") and after.endswith("…")
    assert 95 <= len(before) + len(number) + len(after) <= 101
    assert context_window("short 42 one", "42") == ("short ", "42", " one")
    assert context_window("no number", "42") == ("no number", "", "")


def test_visible():
    assert visible("a\x1b[2Jb\x07\x9b\u202e") == "a␛[2Jb␇<U+009B><U+202E>"
    assert visible("a\r\nb\tc") == "a\nb\tc"
    assert visible("a\nb  c", newlines=False) == "a b c"


def test_summary_line(report, empty_report):
    assert summary_line(report) == (
        "4 findings (2 errors, 1 warning, 1 info): 2 new, 2 known; 1 stale ledger entry"
    )
    assert summary_line(empty_report) == "0 findings (0 errors, 0 warnings, 0 info): 0 new, 0 known"


def test_summary_line_is_not_written_to_out(report, rules):
    assert "stale ledger" not in check_table(report, rules)


def test_no_findings(empty_report, rules):
    assert check_table(empty_report, rules).strip() == "no findings"


def test_finding_without_claims(rules):
    finding = Finding(
        rule="CA101", name="conflicting-values", severity=Severity.ERROR, message="m",
        fingerprint="f", claims=(),
    )  # fmt: skip
    report = CheckReport(findings=(finding,), summary=Summary(error=1, new=1))
    assert "ERROR CA101" in check_table(report, rules)


def test_extract_table(claims_docs):
    out = io.StringIO()
    render_claims("table", claims_docs, out, color=False)
    text = out.getvalue()
    assert "\x1b" not in text
    assert "data/report_000.txt:12" in text and "data/other.txt:1" in text
    assert "15–20" in text  # low–high range
    assert "approximately" in text
    assert "␛" not in text or "[bold]" in text


def test_claim_ref_without_sentence(rules):
    ref = ClaimRef(path="r.txt", start=0, end=2, line=1, text="12")
    finding = Finding(
        rule="CA101", name="conflicting-values", severity=Severity.ERROR, message="m",
        fingerprint="f", claims=(ref,),
    )  # fmt: skip
    text = check_table(CheckReport(findings=(finding,), summary=Summary()), rules)
    assert "“12”" in text
