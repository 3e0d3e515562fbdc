"""The project's own ledger: data/report_000.txt passes against claims.yaml, and a copy of the
report with one contradiction added fails naming it (exit code 1)."""

from __future__ import annotations

import json
import subprocess
import sys

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

ADDED = (
    "\n\nIn 2024, approximately 35,000 North Korean workers were employed in China, "
    "according to a May 2025 report by the International Labour Organization.\n"
)


def _check(*args: str, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "claimaudit", "check", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_bundled_report_passes_against_its_ledger():
    result = _check("data/report_000.txt", "--format", "json", "-q")
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr
    report = json.loads(result.stdout)
    assert report["summary"]["new"] == 0
    assert report["findings"], "the ledger lists the report's known findings"
    assert all(not f["new"] for f in report["findings"])


def test_added_contradiction_fails_naming_it(tmp_path):
    copy = tmp_path / "report_copy.txt"
    copy.write_text((ROOT / "data" / "report_000.txt").read_text(encoding="utf-8") + ADDED, encoding="utf-8")
    result = _check(str(copy), "--ledger", str(ROOT / "claims.yaml"), "--format", "json", "-q", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    new = [f for f in report["findings"] if f["new"]]
    assert new, "the added contradiction is a new finding"
    assert all(f["rule"].startswith("CA1") for f in new if f["severity"] == "error")
    assert any("35,000" in [c["text"] for c in f["claims"]] for f in new)
    # Every finding of the unchanged text is still known: fingerprints ignore path and lines.
    assert sum(1 for f in report["findings"] if not f["new"]) >= report["summary"]["error"] - len(new)
