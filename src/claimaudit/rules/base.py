"""What every rule is: a code, a name, a default severity, a docstring that is its documentation,
options in a pydantic model, and a ``check`` that yields findings for one document."""

from __future__ import annotations

import hashlib
import inspect
import re
from dataclasses import dataclass, field
from typing import ClassVar, Iterator, Sequence

from pydantic import BaseModel, ConfigDict

from claimaudit.models import Claim, ClaimRef, Finding, RuleInfo, Severity


class NoOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass
class RuleContext:
    """What a rule sees: the claims of one document and what is known about the document."""

    path: str
    claims: Sequence[Claim]
    document_date: str | None = None
    registry: object | None = None  # parse.sources.SourceRegistry
    cache: dict = field(default_factory=dict)  # shared indexes (built once, used by many rules)


@dataclass(frozen=True)
class RawFinding:
    """A finding before the engine gives it a fingerprint and applies the ledger."""

    rule: "Rule"
    claims: tuple[Claim, ...]
    message: str
    severity: Severity
    key: str = ""  # extra identity for the fingerprint (never line numbers or wording)


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    Options: ClassVar[type[BaseModel]] = NoOptions

    def check(self, ctx: RuleContext, options: BaseModel) -> Iterator[RawFinding]:
        raise NotImplementedError

    def finding(
        self, claims: Sequence[Claim], message: str, *, severity: Severity | None = None, key: str = ""
    ) -> RawFinding:
        ordered = tuple(sorted(claims, key=lambda c: (c.path, c.start)))
        return RawFinding(self, ordered, message, severity or self.severity, key)

    @classmethod
    def info(cls) -> RuleInfo:
        doc = inspect.cleandoc(cls.__doc__ or "")
        return RuleInfo(
            code=cls.code,
            name=cls.name,
            severity=cls.severity,
            summary=doc.splitlines()[0] if doc else cls.name,
            description=doc,
        )


def claim_identity(claim: Claim) -> str:
    """What identifies a claim for fingerprints: never its path, line or offset."""
    text = re.sub(r"\s+", " ", claim.text).strip().lower()
    return "|".join(
        [text, claim.unit or "", claim.source or "", claim.source_date or "", claim.period or "",
         " ".join(claim.measure_key)]
    )


def fingerprint(raw: RawFinding) -> str:
    parts = [raw.rule.code, raw.key] + sorted(claim_identity(c) for c in raw.claims)
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]


def to_finding(raw: RawFinding, fp: str) -> Finding:
    return Finding(
        rule=raw.rule.code,
        name=raw.rule.name,
        severity=raw.severity,
        message=raw.message,
        fingerprint=fp,
        new=True,
        claims=tuple(ClaimRef.of(c) for c in raw.claims),
    )
