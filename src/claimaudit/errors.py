"""One error family. Library code raises these; the CLI turns each into one line and exit 2."""

from __future__ import annotations


class ClaimauditError(Exception):
    """Base of every error the user can fix (bad input, bad configuration)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(ClaimauditError):
    """A document that cannot be read or is not text."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem

    def __reduce__(self):  # picklable, so worker processes can return it (--jobs > 1)
        return (type(self), (self.path, self.problem))


class ConfigError(ClaimauditError):
    """A bad option, ledger or configuration value; names the file, line and field when known."""

    def __init__(
        self,
        problem: str,
        *,
        path: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        where = path or ""
        if path and line:
            where += f":{line}"
        parts = [p for p in (where, field) if p]
        prefix = ": ".join(parts)
        super().__init__(f"{prefix}: {problem}" if prefix else problem)
        self.path = path
        self.line = line
        self.field = field
        self.problem = problem

    def __reduce__(self):  # picklable, like InputError
        return (_config_error, (type(self), self.problem, self.path, self.line, self.field))


def _config_error(cls, problem, path, line, field):  # type: ignore[no-untyped-def]
    return cls(problem, path=path, line=line, field=field)
