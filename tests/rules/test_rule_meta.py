"""Every rule is documented, coded and registered the same way."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from claimaudit.rules import ALL_RULES, RULES_BY_CODE

CASES = Path(__file__).parent / "cases"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.code)
def test_rule_is_documented(rule):
    doc = rule.__doc__ or ""
    for section in ("**Why it matters**", "**Flagged**", "**Fine**"):
        assert section in doc, f"{rule.code} docstring lacks {section}"
    assert re.fullmatch(r"CA[1-3]\d\d", rule.code)
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.name)


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.code)
def test_module_name_carries_code(rule):
    module = rule.__module__.rsplit(".", 1)[-1]
    assert module.startswith(rule.code.lower() + "_")


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.code)
def test_cases_have_pass_and_fail(rule):
    path = CASES / f"{rule.code}.yml"
    data = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    names = [k for k in data if k != "rule"]
    assert any(n.startswith("pass") for n in names)
    assert any(n.startswith("fail") for n in names)


def test_codes_unique():
    assert len(RULES_BY_CODE) == len(ALL_RULES)
    assert len({r.name for r in ALL_RULES}) == len(ALL_RULES)
