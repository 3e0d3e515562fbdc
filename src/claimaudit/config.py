"""Settings: defaults in code < the ledger's `settings:` < command-line options."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from claimaudit.models import Severity


class Settings(BaseModel):
    """Run settings. The ledger's `settings:` mapping validates into this model."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    fail_on: Severity = Field(
        Severity.ERROR, description="lowest severity of a new finding that makes `check` exit 1"
    )
    select: tuple[str, ...] = Field((), description="rule codes or prefixes to run (empty: all)")
    ignore: tuple[str, ...] = Field((), description="rule codes or prefixes never to run")
    as_of: str | None = Field(
        None, description="the document's date (ISO-like); inferred from the text when unset"
    )
    rules: dict[str, dict[str, Any]] = Field(
        default_factory=dict, description="per-rule options, keyed by rule code"
    )

    def merged(self, **overrides: Any) -> "Settings":
        """A copy with every override that is not None applied (CLI options win)."""
        data = self.model_dump()
        data.update({k: v for k, v in overrides.items() if v is not None})
        return Settings.model_validate(data)
