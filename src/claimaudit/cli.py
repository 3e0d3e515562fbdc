"""The command line: a thin layer over ``claimaudit.api``.

Payload goes to stdout (or ``--output``), summaries and progress to stderr. Every user error is
one line on stderr and exit code 2. Nothing here imports spaCy at start-up.
"""

from __future__ import annotations

import io
import os
import sys
from enum import IntEnum
from pathlib import Path
from typing import Annotated, Optional

import typer

from claimaudit import __version__
from claimaudit.errors import ClaimauditError, ConfigError


class ExitCode(IntEnum):
    OK = 0
    FINDINGS = 1
    ERROR = 2


app = typer.Typer(
    name="claimaudit",
    help="Claim-level fact-checking and citation audit for reports full of figures.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

FilesArg = Annotated[
    list[str],
    typer.Argument(help="Text files or directories (their text files, sorted). '-' reads standard input.", show_default=False),
]
JobsOpt = Annotated[
    Optional[int],
    typer.Option("--jobs", "-j", min=1, help="Worker processes (default: the machine's cores). Output is identical for any value."),
]
OutputOpt = Annotated[
    Optional[Path],
    typer.Option("--output", "-o", help="Write the payload to this file (atomically) instead of stdout.", dir_okay=False),
]
ModelOpt = Annotated[
    Optional[str],
    typer.Option("--model", help="An installed spaCy model to run before claimaudit's components (optional; the default blank pipeline is complete)."),
]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No coverage or summary lines on stderr.")]


def _err(message: str) -> None:
    """One line on stderr, red on a terminal."""
    line = " ".join(str(message).split())
    if sys.stderr.isatty():
        sys.stderr.write(f"\x1b[31mclaimaudit: error: {line}\x1b[0m\n")
    else:
        sys.stderr.write(f"claimaudit: error: {line}\n")


def _info(message: str, quiet: bool = False) -> None:
    if not quiet:
        sys.stderr.write(message + "\n")


def _jobs(jobs: int | None) -> int:
    """Worker processes: as asked, else the machine's cores (the pool caps it at the file count)."""
    return max(1, jobs or os.cpu_count() or 1)


class _StdoutClosed(Exception):
    """The reader of stdout went away (`claimaudit extract ... | head`)."""


def _emit(render, output: Path | None) -> None:
    """Render to stdout, or to a file written atomically."""
    if output is None:
        color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        try:
            render(sys.stdout, color)
            sys.stdout.flush()
        except BrokenPipeError:
            raise _StdoutClosed() from None  # not an OSError, so click does not turn it into exit 1
        except OSError as exc:  # e.g. a full disk behind `> file`
            raise ConfigError(f"cannot write output: {exc.strerror or exc}", path="<stdout>") from None
        return
    from claimaudit.fileio import atomic_write_text

    buffer = io.StringIO()
    render(buffer, False)
    try:
        atomic_write_text(output, buffer.getvalue())
    except OSError as exc:
        raise ConfigError(f"cannot write output: {exc.strerror or exc}", path=str(output)) from None


class _Progress:
    """A progress bar on stderr for long runs, only when stderr is a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.bar = None

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total < 3:
            return
        if self.bar is None:
            from rich.progress import Progress

            self.bar = Progress(transient=True, console=_stderr_console())
            self.bar.start()
            self.task = self.bar.add_task("checking", total=total)
        self.bar.update(self.task, completed=done)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def _stderr_console():
    from rich.console import Console

    return Console(file=sys.stderr)


def _extract_all(files, options, jobs, quiet, render=None):
    from claimaudit.api import iter_extract

    documents, failed = [], 0
    progress = _Progress(not quiet)
    try:
        for item in iter_extract(files, options, jobs=_jobs(jobs), on_progress=progress, render=render):
            if isinstance(item, ClaimauditError):
                _err(str(item))
                failed += 1
            else:
                documents.append(item)
    finally:
        progress.close()
    return documents, failed


def _coverage_line(doc) -> str:
    cov = doc.coverage
    reasons = ", ".join(f"{k} {v}" for k, v in cov.set_aside.items())
    aside = sum(cov.set_aside.values())
    return (
        f"{doc.path}: {cov.numbers_seen} numbers seen, {cov.claims} claims, {aside} set aside"
        + (f" ({reasons})" if reasons else "")
    )


@app.command()
def extract(
    files: FilesArg,
    format: Annotated[str, typer.Option("--format", "-f", help="table (default on a terminal), json, jsonl or csv.")] = "table",
    output: OutputOpt = None,
    jobs: JobsOpt = None,
    model: ModelOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """List every numeric claim: value, unit, measure, period, source and source date."""
    from claimaudit.api import ExtractOptions
    from claimaudit.render import CLAIMS_PIECES, OutputFormat, render_claims

    _validate_format(format, ("table", "json", "jsonl", "csv"), "extract")
    pieces = CLAIMS_PIECES.get(OutputFormat(format))
    if pieces is not None:
        # Each document becomes text where it is extracted (with --jobs, in the workers), so
        # the records never travel between processes or wait in memory for the end.
        documents, failed = _extract_all(files, ExtractOptions(model=model), jobs, quiet, pieces.piece)
        texts = [doc.text for doc in documents]
        render = lambda out, color: pieces.write(texts, out)  # noqa: E731
    else:
        documents, failed = _extract_all(files, ExtractOptions(model=model), jobs, quiet)
        render = lambda out, color: render_claims(format, documents, out, color=color)  # noqa: E731
    for doc in documents:
        _info(_coverage_line(doc), quiet)
    _emit(render, output)
    raise typer.Exit(ExitCode.ERROR if failed else ExitCode.OK)


def _validate_format(fmt: str, allowed: tuple[str, ...], command: str) -> None:
    if fmt not in allowed:
        raise ConfigError(f"--format {fmt!r} is not available for {command} (choose from {', '.join(allowed)})")


def _load_ledger(ledger_path: Path | None, no_ledger: bool):
    from claimaudit.ledger import Ledger, find_ledger
    from claimaudit.rules import RULES_BY_CODE

    if no_ledger:
        return Ledger.empty(), None
    path = ledger_path or find_ledger(Path.cwd())
    if path is None:
        return Ledger.empty(), None
    if ledger_path is not None and not ledger_path.exists():
        raise ConfigError("no such ledger file", path=str(ledger_path))
    return Ledger.load(path, known_rules=set(RULES_BY_CODE)), path


def _settings(ledger, **overrides):
    return ledger.settings.merged(**overrides)


@app.command()
def check(
    files: FilesArg,
    format: Annotated[str, typer.Option("--format", "-f", help="table (default), json, sarif, github or markdown.")] = "table",
    fail_on: Annotated[Optional[str], typer.Option("--fail-on", help="Lowest severity of a NEW finding that exits 1: error (default), warning or info.")] = None,
    select: Annotated[Optional[list[str]], typer.Option("--select", help="Run only rules with these codes or prefixes (repeatable).")] = None,
    ignore: Annotated[Optional[list[str]], typer.Option("--ignore", help="Skip rules with these codes or prefixes (repeatable).")] = None,
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="The document's date (e.g. 2025-07-01); inferred from the text when not given.")] = None,
    ledger: Annotated[Optional[Path], typer.Option("--ledger", help="The ledger of reviewed findings (default: claims.yaml here or in a parent directory).")] = None,
    no_ledger: Annotated[bool, typer.Option("--no-ledger", help="Ignore any claims.yaml: every finding is new.")] = False,
    output: OutputOpt = None,
    jobs: JobsOpt = None,
    model: ModelOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Find contradictions, doubtful arithmetic and doubtful sources; exit 1 on new findings."""
    from claimaudit.api import ExtractOptions, check_documents, registry_key
    from claimaudit.models import Severity
    from claimaudit.render import render_check
    from claimaudit.rules import ALL_RULES, select_rules

    _validate_format(format, ("table", "json", "sarif", "github", "markdown"), "check")
    loaded, _ = _load_ledger(ledger, no_ledger)
    fail = _severity(fail_on) if fail_on else None
    if as_of is not None:
        _validate_date(as_of)
    settings = _settings(
        loaded,
        fail_on=fail,
        select=tuple(select) if select else None,
        ignore=tuple(ignore) if ignore else None,
        as_of=as_of,
    )
    select_rules(settings.select, settings.ignore)  # unknown codes fail before the slow part
    options = ExtractOptions(model=model, registry=registry_key(loaded.extra_sources, loaded.extra_aliases))
    documents, failed = _extract_all(files, options, jobs, quiet)
    report = check_documents(documents, settings, loaded, options.registry)
    infos = [rule.info() for rule in ALL_RULES]
    _emit(lambda out, color: render_check(format, report, infos, out, color=color), output)
    from claimaudit.render.table import summary_line

    _info(summary_line(report), quiet)
    if failed:
        raise typer.Exit(ExitCode.ERROR)
    threshold = settings.fail_on
    failing = [f for f in report.findings if f.new and f.severity.rank >= Severity(threshold).rank]
    raise typer.Exit(ExitCode.FINDINGS if failing else ExitCode.OK)


def _severity(value: str):
    from claimaudit.models import Severity

    try:
        return Severity(value.lower())
    except ValueError:
        raise ConfigError(f"--fail-on must be error, warning or info, not {value!r}") from None


def _validate_date(value: str) -> None:
    from claimaudit.extraction.parse.dates import parse_date

    if parse_date(value) is None:
        raise ConfigError(f"--as-of {value!r} is not a date (use e.g. 2025, 2025-07 or 2025-07-01)")


@app.command()
def baseline(
    files: FilesArg,
    ledger: Annotated[Optional[Path], typer.Option("--ledger", help="Ledger to create or update (default: the claims.yaml found from here, else ./claims.yaml).")] = None,
    prune: Annotated[bool, typer.Option("--prune", help="Drop ledger entries that no longer match any finding.")] = False,
    jobs: JobsOpt = None,
    model: ModelOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Record the current findings in the ledger, keeping editors' notes and comments."""
    from claimaudit.api import ExtractOptions, check_documents, registry_key
    from claimaudit.ledger import find_ledger, write_baseline

    path = ledger or find_ledger(Path.cwd()) or Path("claims.yaml")
    if not path.parent.is_dir():  # fail before the slow part, not at the write
        raise ConfigError("cannot write the ledger: no such directory", path=str(path))
    loaded, _ = _load_ledger(path if path.exists() else None, False) if path.exists() else _load_ledger(None, True)
    options = ExtractOptions(model=model, registry=registry_key(loaded.extra_sources, loaded.extra_aliases))
    documents, failed = _extract_all(files, options, jobs, quiet)
    if failed:
        raise ConfigError("not writing the ledger: some inputs could not be read")
    report = check_documents(documents, loaded.settings, None, options.registry)
    try:
        change = write_baseline(path, report.findings, existing=path if path.exists() else None, prune=prune)
    except OSError as exc:
        raise ConfigError(f"cannot write the ledger: {exc.strerror or exc}", path=str(path)) from None
    _info(
        f"{path}: {len(change.added)} added, {len(change.kept)} kept, {len(change.stale)} no longer "
        f"found{' (pruned)' if change.pruned else ' (kept; --prune drops them)' if change.stale else ''}",
        quiet,
    )


@app.command()
def rules(
    code: Annotated[Optional[str], typer.Argument(help="A rule code (CA101) or name to print its documentation.")] = None,
) -> None:
    """List the rules, or print one rule's documentation."""
    from claimaudit.rules import ALL_RULES, get_rule

    if code:
        info = get_rule(code).info()
        sys.stdout.write(f"{info.code} {info.name} (default severity: {info.severity.value})\n\n{info.description}\n")
        return
    width = max(len(r.name) for r in ALL_RULES)
    for rule in ALL_RULES:
        info = rule.info()
        sys.stdout.write(f"{info.code}  {info.name:<{width}}  {info.severity.value:<7}  {info.summary}\n")


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"claimaudit {__version__}\n")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """Claim-level fact-checking and citation audit for reports full of figures."""


def main(argv: list[str] | None = None) -> int:
    """Entry point: every ClaimauditError and every usage error becomes one line on stderr and
    exit code 2 (no traceback); `claimaudit` alone prints the help (exit code 2)."""
    if argv is None:
        from claimaudit import collector

        collector.settle_when_run_as_program()
    usage_error = _click_exception("UsageError")
    click_exception = _click_exception("ClickException")
    try:
        code = app(args=argv, prog_name="claimaudit", standalone_mode=False)
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else ExitCode.ERROR)
    except ClaimauditError as exc:
        _err(str(exc))
        return ExitCode.ERROR
    except (_StdoutClosed, BrokenPipeError):
        # The reader went away (`claimaudit extract ... | head`): stop quietly, and keep the
        # interpreter's final flush of stdout from reporting the broken pipe.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        return ExitCode.ERROR
    except usage_error as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":  # `claimaudit` or `claimaudit check`
            exc.show()
            return ExitCode.ERROR
        ctx = getattr(exc, "ctx", None)
        hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
        _err(exc.format_message() + hint)
        return ExitCode.ERROR
    except click_exception as exc:
        _err(exc.format_message())
        return ExitCode.ERROR
    except (KeyboardInterrupt, typer.Abort):
        _err("interrupted")
        return 130
    finally:
        if argv is None:
            _exiting()
    if isinstance(code, int):
        return code
    return ExitCode.OK


def _exiting() -> None:
    """Called when main() ran as the program (the console script, ``python -m claimaudit``):
    the process ends next. The interpreter's last collections would traverse every object left
    (spaCy, the lexicons, the pipeline, the records) and find nothing the end of the process does
    not free anyway: a tenth of a short run. Objects are still freed as usual, only the collector
    no longer visits them."""
    import gc

    gc.freeze()


def _click_exception(name: str) -> type[BaseException]:
    """click's exception class (typer vendors click in recent versions)."""
    for klass in typer.BadParameter.__mro__:
        if klass.__name__ == name:
            return klass
    return typer.BadParameter  # pragma: no cover


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
