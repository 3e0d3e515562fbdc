"""Data-driven rule cases: tests/rules/cases/<CODE>.yml, one file per rule (sqlfluff's format).

Each case has ``text`` (a small report) and optional ``options`` and ``as_of``. A ``pass_*`` case
expects no finding of the rule; a ``fail_*`` case lists the findings it expects, each identified
by the written text of its claims (and optionally its severity).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from claimaudit.api import check_text
from claimaudit.config import Settings
from claimaudit.rules import ALL_RULES

CASES = Path(__file__).parent / "cases"


def _load():
    yaml = YAML(typ="safe")
    for path in sorted(CASES.glob("*.yml")):
        data = yaml.load(path.read_text(encoding="utf-8"))
        code = data.pop("rule")
        for name, case in data.items():
            yield pytest.param(code, name, case, id=f"{code}-{name}")


@pytest.mark.parametrize("code,name,case", list(_load()))
def test_rule_case(code, name, case):
    settings = Settings(select=(code,), rules={code: case.get("options", {})}, as_of=case.get("as_of"))
    report = check_text(case["text"], "case.txt", settings)
    got = [f for f in report.findings if f.rule == code]
    if name.startswith("pass"):
        assert got == [], [f.message for f in got]
        return
    expected = case["expect"]
    assert len(got) == len(expected), [f.message for f in got]
    for finding, want in zip(got, expected):
        assert sorted(c.text for c in finding.claims) == sorted(want["claims"]), finding.message
        if "severity" in want:
            assert finding.severity.value == want["severity"], finding.message


def test_every_rule_has_cases():
    have = {p.stem for p in CASES.glob("*.yml")}
    missing = [r.code for r in ALL_RULES if r.code not in have]
    assert not missing, f"rules without a case file: {missing}"
