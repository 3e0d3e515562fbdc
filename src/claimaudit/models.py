"""The records claimaudit produces: frozen pydantic models.

Field names and meanings of the contract fields follow ``CONTRACT.md`` (shared with scripts and
CI): they may be extended, never renamed or removed. Everything downstream of the spaCy pipeline
works on these records only, so they pickle, serialise and compare without spaCy.
"""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


M = TypeVar("M", bound=BaseModel)


def trusted(cls: type[M], values: dict, fields_set: set[str] | None = None) -> M:
    """A ``cls`` record from ``values``, every field in field order, each already of its field's
    type: what validating them would build, without validating them again (the pipeline makes
    tens of thousands of records from values it typed itself; validation was a tenth of its
    time). Built through pydantic's own pickle protocol, as unpickling builds a record.
    ``fields_set``: the fields given explicitly (default: all)."""
    record = cls.__new__(cls)
    record.__setstate__({
        "__dict__": values,
        "__pydantic_fields_set__": set(values) if fields_set is None else fields_set,
        "__pydantic_extra__": None,
        "__pydantic_private__": None,
    })
    return record


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Claim(Frozen):
    """One numeric claim found in a document."""

    # --- contract fields (CONTRACT.md) ---
    id: str
    path: str
    start: int = Field(description="character offset of the number in the decoded text")
    end: int
    line: int = Field(description="1-based line number of `start`")
    text: str = Field(description='the number as written, e.g. "$2.3 billion"')
    sentence: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    measure: str | None = None
    period: str | None = None
    source: str | None = None
    source_date: str | None = None
    qualifier: str | None = None
    # --- extensions ---
    column: int = Field(1, description="1-based column of `start` on its line")
    origin: str = Field("prose", description='"prose" or "table"')
    kind: str = Field("level", description='"level", "change" (rose by 8%) or "share" (45% of GDP)')
    currency: str | None = None
    per: str | None = Field(None, description='rate denominator, e.g. "hour", "year"')
    bound: str | None = Field(None, description="gt, ge, lt or le for one-sided bounds")
    step: float | None = Field(None, description="resolution of the written figure")
    unit_family: str | None = Field(
        None, description='"money", "percent", "count", "mass", "length", ... for comparisons'
    )
    places: tuple[str, ...] = Field((), description="places and parties the claim concerns")
    measure_key: tuple[str, ...] = Field((), description="normalised words of the measure")
    source_text: str | None = Field(None, description="the attribution as written")
    source_kind: str | None = None
    source_vague: bool = False
    attribution: str | None = Field(
        None,
        description='how the source was found: "sentence", "table", "continued", "parenthetical", "note", '
        '"between" (a sentence credited to no one between two that cite one source), "actor" (the body '
        'did what the figure counts: "the agency trucked 1.6 million cubic metres"), "subject" (a figure '
        'credited to no one in a results story or note is the company the headline names), "listed" (an '
        'item of a list that a cited sentence opens: "The components were:")',
    )
    sentence_start: int = 0
    sentence_offset: int | None = Field(
        None, description="where the figure starts in `sentence` (which collapses blanks and may quote a window)"
    )
    row: str | None = Field(None, description="a table cell's row label, as written")
    section: str | None = Field(
        None, description='the numbered heading the figure is under, as written ("2.2 Haddock stocks")'
    )


class SetAside(Frozen):
    """A number that is not a claim, with the reason."""

    path: str
    start: int
    end: int
    line: int
    text: str
    reason: str


class Coverage(Frozen):
    numbers_seen: int
    claims: int
    set_aside: dict[str, int]


class DocumentClaims(Frozen):
    """What extraction found in one document."""

    path: str
    claims: tuple[Claim, ...]
    set_aside: tuple[SetAside, ...] = ()
    document_date: str | None = Field(
        None, description="the document's own date (ISO-like), inferred from its content"
    )
    words: int = 0

    @property
    def coverage(self) -> Coverage:
        reasons: dict[str, int] = {}
        for item in self.set_aside:
            reasons[item.reason] = reasons.get(item.reason, 0) + 1
        return Coverage(
            numbers_seen=len(self.claims) + len(self.set_aside),
            claims=len(self.claims),
            set_aside=dict(sorted(reasons.items())),
        )


class ClaimRef(Frozen):
    """A claim as cited by a finding (CONTRACT.md `findings[].claims[]`)."""

    path: str
    start: int
    end: int
    line: int
    text: str
    value: float | None = None
    unit: str | None = None
    source: str | None = None
    source_date: str | None = None
    # --- extensions ---
    sentence: str = ""
    column: int = 1
    measure: str | None = None
    period: str | None = None

    @classmethod
    def of(cls, claim: Claim) -> "ClaimRef":
        return cls(
            path=claim.path,
            start=claim.start,
            end=claim.end,
            line=claim.line,
            text=claim.text,
            value=claim.value,
            unit=claim.unit,
            source=claim.source,
            source_date=claim.source_date,
            sentence=claim.sentence,
            column=claim.column,
            measure=claim.measure,
            period=claim.period,
        )


class Finding(Frozen):
    """One problem found by a rule (CONTRACT.md `findings[]`)."""

    rule: str
    name: str
    severity: Severity
    message: str
    fingerprint: str
    new: bool = True
    claims: tuple[ClaimRef, ...]
    # --- extensions ---
    status: str = Field("new", description='"new", "accepted" or "false-positive"')
    note: str | None = Field(None, description="the editor's note from the ledger")


class Summary(Frozen):
    error: int = 0
    warning: int = 0
    info: int = 0
    new: int = 0


class StaleEntry(Frozen):
    """A ledger entry that matched no finding in this run."""

    fingerprint: str
    rule: str
    status: str
    note: str | None = None


class CheckReport(Frozen):
    findings: tuple[Finding, ...]
    summary: Summary
    stale: tuple[StaleEntry, ...] = ()
    documents: tuple[str, ...] = ()


class RuleInfo(Frozen):
    """What renderers and `claimaudit rules` need to know about a rule."""

    code: str
    name: str
    severity: Severity
    summary: str = Field(description="first line of the rule's docstring")
    description: str = Field(description="the rule's full documentation")
