"""One shared report for every renderer test: each severity, new and known findings, and claim
text written by someone hostile (rich markup, ANSI escapes, GitHub workflow commands, HTML,
table pipes, mentions, newlines)."""

from __future__ import annotations

import pytest

from claimaudit.models import (
    CheckReport,
    Claim,
    ClaimRef,
    DocumentClaims,
    Finding,
    RuleInfo,
    Severity,
    StaleEntry,
    Summary,
)

HOSTILE = "[bold]x[/] \x1b[31mred\x1b[0m ::error::pwned <script>alert(1)</script> | pipes | @someone\nnext"
HOSTILE_NOTE = "Editor: fine [link](https://evil.example) @team\n::warning::fake"


def make_claim(**overrides) -> Claim:
    data = dict(
        id="c1",
        path="data/report_000.txt",
        start=120,
        end=127,
        line=12,
        column=9,
        text="~20,000",
        sentence="Reports cite ~20,000 workers, according to the ILO.",
        value=20000.0,
        unit="workers",
        measure="workers",
        period="2024",
        source="International Labour Organization",
        source_date="2025-03",
        qualifier="approximately",
        places=("DPRK", "Russia"),
    )
    data.update(overrides)
    return Claim(**data)


@pytest.fixture
def claims_docs() -> list[DocumentClaims]:
    first = make_claim()
    ranged = make_claim(
        id="c2",
        start=300,
        end=306,
        line=20,
        column=3,
        text="15–20%",
        sentence=f"Estimated at 15–20% of GDP {HOSTILE}.",
        value=17.5,
        low=15.0,
        high=20.0,
        unit="percent",
        source=None,
        source_date=None,
        qualifier=None,
        places=(),
    )
    other = make_claim(id="c3", path="data/other.txt", line=1, column=1, start=0, end=7)
    return [
        DocumentClaims(path="data/report_000.txt", claims=(first, ranged)),
        DocumentClaims(path="data/other.txt", claims=(other,)),
    ]


@pytest.fixture
def rules() -> list[RuleInfo]:
    return [
        RuleInfo(
            code="CA101",
            name="conflicting-values",
            severity=Severity.ERROR,
            summary="Same measure, period and source reported with different values.",
            description="Same measure, period and source reported with different values.\n\n"
            "**Why it matters** readers cannot tell which figure is right.",
        ),
        RuleInfo(
            code="CA201",
            name="unattributed-figure",
            severity=Severity.WARNING,
            summary="A figure with no source.",
            description="A figure with no source.",
        ),
        RuleInfo(
            code="CA304",
            name="round-number",
            severity=Severity.INFO,
            summary="A suspiciously round number.",
            description="A suspiciously round number.",
        ),
    ]


def ref(**overrides) -> ClaimRef:
    return ClaimRef.of(make_claim(**overrides))


@pytest.fixture
def report() -> CheckReport:
    conflict = Finding(
        rule="CA101",
        name="conflicting-values",
        severity=Severity.ERROR,
        message=f"ILO figure differs: ~20,000 vs 22,000 {HOSTILE}",
        fingerprint="3f9a1c2b7d4e5f60",
        new=True,
        claims=(
            ref(),
            ref(
                start=2000,
                end=2010,
                line=40,
                column=5,
                text="22,000",
                value=22000.0,
                sentence=f"Up to 22,000 workers {HOSTILE}",
                source_date="2024",
            ),
        ),
    )
    unattributed = Finding(
        rule="CA201",
        name="unattributed-figure",
        severity=Severity.WARNING,
        message="No source for 15–20% | of GDP",
        fingerprint="aa00000000000001",
        new=True,
        claims=(
            ref(
                text="15–20%",
                sentence=f"It is 15–20% of GDP. {HOSTILE}",
                source=f"{HOSTILE}",
                line=20,
                column=3,
            ),
        ),
    )
    known_info = Finding(
        rule="CA304",
        name="round-number",
        severity=Severity.INFO,
        message="Round number `1,000` <b>bold</b>",
        fingerprint="bb00000000000002",
        new=False,
        status="accepted",
        note=HOSTILE_NOTE,
        claims=(ref(text="1,000", line=7, column=1, sentence="About 1,000 sappers."),),
    )
    known_fp = Finding(
        rule="CA101",
        name="conflicting-values",
        severity=Severity.ERROR,
        message="Known conflict",
        fingerprint="cc00000000000003",
        new=False,
        status="false-positive",
        note="Different years.",
        claims=(ref(line=3), ref(line=4, text="21,000", value=21000.0)),
    )
    findings = (conflict, unattributed, known_info, known_fp)
    return CheckReport(
        findings=findings,
        summary=Summary(error=2, warning=1, info=1, new=2),
        stale=(
            StaleEntry(
                fingerprint="dd00000000000004", rule="CA102", status="accepted", note="old"
            ),
        ),
        documents=("data/report_000.txt",),
    )


@pytest.fixture
def empty_report() -> CheckReport:
    return CheckReport(findings=(), summary=Summary(), documents=("data/report_000.txt",))
