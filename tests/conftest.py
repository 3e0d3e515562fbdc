"""Shared fixtures: one pipeline per test session (building it is the slow part)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from claimaudit.extraction.pipeline import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def report_text() -> str:
    return (ROOT / "data" / "report_000.txt").read_text(encoding="utf-8")
