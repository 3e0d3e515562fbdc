"""Usage errors and output errors of the CLI: one line on stderr, exit code 2, no traceback."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimaudit.cli import main

REPORT = (
    "Brazil exported 2.3 million tons of soybeans to Egypt in 2022, the FAO reported in March 2023.\n"
    "\n"
    "Shipments of soybeans from Brazil to Egypt reached 3.1 million tons in 2022, according to the FAO.\n"
)


@pytest.fixture()
def report(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "report.txt"
    path.write_text(REPORT)
    return path


USAGE_ERRORS = {
    "unknown option": (["check", "report.txt", "--bogus"], "No such option: --bogus"),
    "bad format": (["check", "report.txt", "--format", "xml"], "--format 'xml' is not available for check"),
    "format of the other command": (["extract", "report.txt", "--format", "sarif"], "--format 'sarif' is not available for extract"),
    "bad fail-on": (["check", "report.txt", "--fail-on", "fatal"], "--fail-on must be error, warning or info, not 'fatal'"),
    "bad as-of": (["check", "report.txt", "--as-of", "yesterday"], "--as-of 'yesterday' is not a date"),
    "unknown select": (["check", "report.txt", "--select", "CA999"], "CA999"),
    "unknown ignore": (["check", "report.txt", "--ignore", "XX1"], "XX1"),
    "missing ledger": (["check", "report.txt", "--ledger", "nowhere/claims.yaml"], "nowhere/claims.yaml: no such ledger file"),
    "jobs zero": (["check", "report.txt", "--jobs", "0"], "--jobs"),
    "jobs text": (["extract", "report.txt", "--jobs", "many"], "--jobs"),
    "missing files": (["check"], "Missing argument"),
    "unknown command": (["chek", "report.txt"], "No such command 'chek'"),
    "unknown rule": (["rules", "CA999"], "unknown rule 'CA999'"),
    "baseline into a missing directory": (["baseline", "report.txt", "--ledger", "nowhere/claims.yaml"], "nowhere"),
}


@pytest.mark.parametrize("case", sorted(USAGE_ERRORS))
def test_usage_errors_are_one_line_exit_2(report: Path, capsys, case: str) -> None:
    argv, expected = USAGE_ERRORS[case]
    before = sorted(os.listdir(report.parent))
    code = main(argv)
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    assert captured.err.count("\n") == 1, captured.err
    assert captured.err.startswith("claimaudit: error: ")
    assert expected in captured.err
    assert "Traceback" not in captured.err
    assert sorted(os.listdir(report.parent)) == before  # nothing written


def test_no_arguments_prints_help(capsys) -> None:
    assert main([]) == 2
    captured = capsys.readouterr()
    assert "Usage: claimaudit" in captured.out + captured.err
    assert "Traceback" not in captured.err


def test_version_and_help_exit_0(capsys) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("claimaudit ")
    assert main(["check", "--help"]) == 0
    assert "--fail-on" in capsys.readouterr().out


def test_stdout_write_error_is_one_line(report: Path, monkeypatch, capsys) -> None:
    class FullDisk(io.StringIO):
        def write(self, text):
            raise OSError(28, "No space left on device")

        def isatty(self):
            return False

    monkeypatch.setattr(sys, "stdout", FullDisk())
    code = main(["check", "report.txt", "--no-ledger", "-q", "-j1", "--format", "json"])
    err = capsys.readouterr().err
    assert code == 2
    assert err == "claimaudit: error: <stdout>: cannot write output: No space left on device\n"


def test_broken_pipe_in_process_is_quiet(report: Path, monkeypatch, capsys) -> None:
    class Closed(io.StringIO):
        def write(self, text):
            raise BrokenPipeError(32, "Broken pipe")

        def isatty(self):
            return False

    monkeypatch.setattr(sys, "stdout", Closed())
    code = main(["extract", "report.txt", "-q", "-j1", "--format", "json"])
    assert code == 2
    assert capsys.readouterr().err == ""


def test_broken_pipe_end_to_end(tmp_path: Path) -> None:
    """`claimaudit extract big.txt --format json | head -c 100`: no traceback."""
    text = ("Exports reached $45 million in 2024, according to the IMF. " * 8 + "\n") * 400
    (tmp_path / "big.txt").write_text(text)
    env = {**os.environ, "NO_COLOR": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "claimaudit", "extract", "big.txt", "--format", "json", "-j1"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )
    head = process.stdout.read(100)
    process.stdout.close()  # the reader goes away
    _, err = process.communicate(timeout=120)
    assert head.startswith(b"{")
    assert b"Traceback" not in err and b"Exception ignored" not in err and b"Error" not in err
    # exit code 2 if the write hit the closed pipe, 0 if the whole output fitted in the pipe
    assert process.returncode in (0, 2)
