"""The pull-request comment: counts, new findings first, known ones collapsed, inert text."""

from __future__ import annotations

import io
import re

from claimaudit.models import CheckReport, ClaimRef, Finding, Severity, Summary
from claimaudit.render import render_check
from claimaudit.render.markdown import ZWJ, md_escape, render_markdown


def comment(report, rules) -> str:
    out = io.StringIO()
    render_check("markdown", report, rules, out, color=False)
    return out.getvalue()


def test_title_counts(report, rules):
    first = comment(report, rules).splitlines()[0]
    assert first == (
        "### claimaudit: 2 new findings (1 error, 1 warning), 2 known, 1 stale ledger entry"
    )


def test_empty_report(empty_report, rules):
    assert comment(empty_report, rules).startswith("### claimaudit: no findings ✅")


def test_new_first_known_in_details(report, rules):
    text = comment(report, rules)
    details = text.index("<details>")
    assert text.index("ILO figure differs") < details
    assert text.index("No source for") < details
    assert text.index("Known conflict") > details
    assert text.index("Round number") > details
    assert "<summary>2 known findings (in the ledger)</summary>" in text
    assert text.rstrip().endswith("</details>")
    assert "false-positive: Different years." in text


def test_table_rows_keep_their_column_count(report, rules):
    for line in comment(report, rules).splitlines():
        if line.startswith("| "):
            unescaped_pipes = re.findall(r"(?<!\\)\|", line)
            assert len(unescaped_pipes) in (6, 7), line


def test_hostile_text_is_inert(report, rules):
    text = comment(report, rules)
    assert "<script>" not in text and "<b>" not in text
    assert "&lt;script&gt;" in text
    assert "@someone" not in text and f"@{ZWJ}someone" in text
    assert "@team" not in text
    assert "https://" not in text
    assert "[link](" not in text and "\\[link\\]" in text
    assert "\x1b" not in text
    assert "`" not in text.replace("\\`", "")
    # no raw newline inside a row: each row is one line starting and ending with a pipe
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    assert all(row.endswith(" |") for row in rows)


def test_md_escape():
    assert md_escape("a|b") == "a\\|b"
    assert md_escape("*x* _y_ #1 [a](b)") == f"\\*x\\* \\_y\\_ \\#{ZWJ}1 \\[a\\]\\(b\\)"
    assert md_escape("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert\\(1\\)&gt;"
    assert md_escape("A & B") == "A &amp; B"
    assert md_escape("line\nbreak") == "line break"
    assert md_escape("mail a@b.org") == f"mail a@{ZWJ}b.org"
    assert md_escape("www.evil.com") == f"w{ZWJ}ww.evil.com"
    assert md_escape(None) == ""


def test_size_limit_drops_rows_and_says_so():
    findings = tuple(
        Finding(
            rule="CA101",
            name="conflicting-values",
            severity=Severity.ERROR,
            message="x" * 500,
            fingerprint=f"f{i:03d}",
            claims=(ClaimRef(path="r.txt", start=0, end=2, line=i + 1, text="12"),),
        )
        for i in range(50)
    )
    report = CheckReport(findings=findings, summary=Summary(error=50, new=50))
    text = render_markdown(report, limit=5000)
    assert len(text) <= 5000
    assert re.search(r"_\d+ more findings not shown \(comment size limit\)\._", text)
