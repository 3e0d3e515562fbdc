"""Shared fixtures: one pipeline per test session (building it is the slow part)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def pytest_configure(config):
    # The suite's processes keep their compiled patterns (claimaudit.patterns) in a directory of
    # their own, not in the user's cache; one set for the session, removed at its end.
    if "CLAIMAUDIT_CACHE_DIR" not in os.environ:
        os.environ["CLAIMAUDIT_CACHE_DIR"] = config._claimaudit_cache = tempfile.mkdtemp(prefix="claimaudit-cache-")


def pytest_unconfigure(config):
    made = getattr(config, "_claimaudit_cache", None)
    if made:
        shutil.rmtree(made, ignore_errors=True)
        os.environ.pop("CLAIMAUDIT_CACHE_DIR", None)


@pytest.fixture(scope="session")
def nlp():
    from claimaudit.extraction.pipeline import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def report_text() -> str:
    return (ROOT / "data" / "report_000.txt").read_text(encoding="utf-8")
