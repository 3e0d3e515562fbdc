"""Byte-identical output across runs, PYTHONHASHSEED values and --jobs values."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPORTS = {
    "a.txt": (
        "Brazil exported 2.3 million tons of soybeans to Egypt in 2022, the FAO reported in March 2023.\n\n"
        "Shipments of soybeans from Brazil to Egypt reached 3.1 million tons in 2022, according to the FAO.\n"
    ),
    "b.txt": (
        "Kenya hosted 512,000 refugees in 2021, according to UNHCR.\n\n"
        "UNHCR counted 530,000 refugees in Kenya in 2021. Of 100 staff, 120 were women, reportedly.\n"
    ),
    "c/d.md": (
        "Exports of wine from Chile rose 8% to $45 million in 2022, according to ProChile.\n"
        "Imports were 12% of GDP in 2024, according to independent reports.\n"
    ),
}

# Several CLI runs in one interpreter (spaCy loads once per process); every payload is written
# with --output, so the files can be compared byte for byte.
RUNS = """
import sys
from claimaudit.cli import main
jobs = sys.argv[1]
files = ["a.txt", "b.txt", "c", "report_000.txt"]
for name, argv in {
    "extract.json": ["extract", *files, "--format", "json"],
    "check.json": ["check", *files, "--format", "json"],
    "check.sarif": ["check", *files, "--format", "sarif"],
}.items():
    code = main([*argv, "--no-ledger" if argv[0] == "check" else "-q", "-q", "-j", jobs,
                 "-o", f"out-{sys.argv[2]}-{name}"])
    assert code in (0, 1), (name, code)
"""


def test_output_is_identical_across_hash_seeds_and_jobs(tmp_path: Path) -> None:
    for name, text in REPORTS.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    data = Path(__file__).resolve().parents[1] / "data" / "report_000.txt"
    text = data.read_text(encoding="utf-8")
    (tmp_path / "report_000.txt").write_text(text[: text.index("\n\n", 12_000)] + "\n")
    (tmp_path / "runs.py").write_text(RUNS)
    variants = [("0", "1"), ("1", "2"), ("12345", "2")]  # (PYTHONHASHSEED, --jobs)
    processes = []
    for seed, jobs in variants:
        env = {**os.environ, "PYTHONHASHSEED": seed, "NO_COLOR": "1"}
        processes.append(subprocess.Popen(
            [sys.executable, "runs.py", jobs, f"{seed}-{jobs}"], cwd=tmp_path, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        ))
    for process in processes:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err.decode()
    for name in ("extract.json", "check.json", "check.sarif"):
        outputs = {
            f"{seed}-{jobs}": (tmp_path / f"out-{seed}-{jobs}-{name}").read_bytes()
            for seed, jobs in variants
        }
        first = outputs["0-1"]
        assert len(first) > 1000, name
        for key, data in outputs.items():
            assert data == first, f"{name}: PYTHONHASHSEED/--jobs {key} differs from 0/1"
