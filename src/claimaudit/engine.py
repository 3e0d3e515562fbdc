"""Run the selected rules over each document's claims and build findings with stable fingerprints."""

from __future__ import annotations

from typing import Sequence

from pydantic import ValidationError

from claimaudit import collector
from claimaudit.config import Settings
from claimaudit.errors import ConfigError
from claimaudit.models import DocumentClaims, Finding
from claimaudit.rules import select_rules
from claimaudit.rules.base import RuleContext, fingerprint, to_finding


def rule_options(settings: Settings, rule) -> object:
    raw = settings.rules.get(rule.code, {})
    try:
        return rule.Options.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"])
        raise ConfigError(err["msg"], field=f"settings.rules.{rule.code}.{field}") from None


def run_rules(documents: Sequence[DocumentClaims], settings: Settings, registry=None) -> list[Finding]:
    """Findings of every document, sorted by (path, first claim offset, rule code)."""
    with collector.paused():
        return _run_rules(documents, settings, registry)


def _run_rules(documents: Sequence[DocumentClaims], settings: Settings, registry) -> list[Finding]:
    rules = [(rule(), rule_options(settings, rule)) for rule in select_rules(settings.select, settings.ignore)]
    findings: list[Finding] = []
    seen: dict[str, int] = {}
    for document in documents:
        ctx = RuleContext(
            path=document.path,
            claims=document.claims,
            document_date=settings.as_of or document.document_date,
            registry=registry,
        )
        raws = []
        for rule, options in rules:
            raws.extend(rule.check(ctx, options))
        raws.sort(key=lambda r: (r.claims[0].start if r.claims else 0, r.rule.code, [c.start for c in r.claims]))
        for raw in raws:
            fp = fingerprint(raw)
            # The same finding twice (e.g. the same paragraph pasted twice) gets a stable suffix.
            count = seen.get(fp, 0)
            seen[fp] = count + 1
            findings.append(to_finding(raw, fp if count == 0 else f"{fp}-{count + 1}"))
    findings.sort(key=lambda f: (f.claims[0].path if f.claims else "", f.claims[0].start if f.claims else 0, f.rule))
    return findings
