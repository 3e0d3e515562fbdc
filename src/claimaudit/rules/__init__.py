"""The rule registry: an explicit tuple, so the set of rules is visible in one place."""

from __future__ import annotations

from claimaudit import patterns
from claimaudit.errors import ConfigError

with patterns.kept("rules"):  # (their regular expressions, compiled once and kept: see patterns.py)
    from claimaudit.rules import arithmetic, contradiction, sourcing
from claimaudit.rules.base import Rule

# Each family's package lists its rules in RULES; the order here is the order of `claimaudit rules`.
ALL_RULES: tuple[type[Rule], ...] = tuple(
    sorted((*contradiction.RULES, *arithmetic.RULES, *sourcing.RULES), key=lambda r: r.code)
)

RULES_BY_CODE: dict[str, type[Rule]] = {rule.code: rule for rule in ALL_RULES}


def get_rule(code: str) -> type[Rule]:
    key = code.strip().upper()
    for rule in ALL_RULES:
        if rule.code == key or rule.name == code.strip().lower():
            return rule
    known = ", ".join(r.code for r in ALL_RULES)
    raise ConfigError(f"unknown rule {code!r} (known rules: {known})")


def select_rules(select: tuple[str, ...] = (), ignore: tuple[str, ...] = ()) -> list[type[Rule]]:
    """Rules whose code starts with a selected prefix (all when none) and no ignored prefix.

    Each entry may itself be a comma-separated list ("CA1,CA2").
    """
    select = tuple(p.strip() for item in select for p in item.split(",") if p.strip())
    ignore = tuple(p.strip() for item in ignore for p in item.split(",") if p.strip())
    for prefix in (*select, *ignore):
        if not any(r.code.startswith(prefix.upper()) for r in ALL_RULES):
            raise ConfigError(f"no rule matches {prefix!r} (rule codes look like CA101)")
    chosen = [r for r in ALL_RULES if not select or any(r.code.startswith(p.upper()) for p in select)]
    return [r for r in chosen if not any(r.code.startswith(p.upper()) for p in ignore)]
