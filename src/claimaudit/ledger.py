"""The ledger, `claims.yaml`: reviewed findings (and optional settings), kept beside the report.

CI fails only on findings that are not in the ledger. Editors write notes in it; claimaudit
never rewrites a note, a status, a comment or the order of keys. The file is YAML, read with
ruamel's round-trip loader (which is safe: it builds only plain data, never Python objects)::

    # comments anywhere are kept
    version: 1
    settings:            # optional; validates into claimaudit.config.Settings
      fail_on: error
      ignore: [CA304]
      as_of: 2025-07-01
      rules: {CA101: {rel_tolerance: 0.02}}
    sources:             # optional: extra source-registry entries and aliases
      entries: [{name: Example Institute, aliases: [EI], kind: think-tank}]
      aliases: {"ILO Geneva": International Labour Organization}
    findings:
      - fingerprint: 3f9a1c2b7d4e5f60
        rule: CA101
        status: accepted          # accepted | false-positive
        note: "Editor: table uses ILO's rounded figure; prose uses IOM."  # never rewritten
        message: ...              # informational, refreshed by `claimaudit baseline`
        claims: ["data/report_000.txt:12 ~20,000"]   # informational, refreshed too

Keys:

- `version` (int): the format version; 1 is the only one so far. Missing means 1.
- `settings` (mapping): run settings, as `claimaudit.config.Settings` (CLI options win).
- `sources.entries` (list of mappings, each with a `name` and optional `aliases` list) and
  `sources.aliases` (mapping alias -> canonical name): additions to the source registry.
- `findings` (list): one entry per reviewed finding, identified by `fingerprint` (which does
  not depend on line numbers, so entries survive edits that move text). `status` is
  `accepted` (the finding is real and the text stays as it is) or `false-positive`.

Every problem is a `ConfigError` naming the file, the line and the field.
"""

from __future__ import annotations

import datetime as dt
import difflib
import io
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from claimaudit.config import Settings
from claimaudit.errors import ConfigError
from claimaudit.fileio import atomic_write_text
from claimaudit.models import Finding, StaleEntry

LEDGER_NAME = "claims.yaml"
VERSION = 1
STATUSES = ("accepted", "false-positive")
TOP_KEYS = ("version", "settings", "sources", "findings")
SOURCES_KEYS = ("entries", "aliases")
ENTRY_KEYS = ("fingerprint", "rule", "status", "note", "message", "claims")
REQUIRED_ENTRY_KEYS = ("fingerprint", "rule", "status")
YAML_WIDTH = 1 << 16  # never re-wrap an editor's long note

HEADER = (
    "claimaudit ledger: reviewed findings. `claimaudit check` fails only on findings not listed\n"
    "here. Set status to accepted or false-positive and explain in note; notes, statuses and\n"
    "comments are kept when `claimaudit baseline` refreshes this file."
)


@dataclass(frozen=True)
class LedgerEntry:
    """One reviewed finding."""

    fingerprint: str
    rule: str
    status: str
    note: str | None
    line: int
    claims: tuple[str, ...] = ()  # the informational "path:line text" of its claims, as last written


@dataclass(frozen=True)
class BaselineChange:
    """What `write_baseline` did. `stale` entries matched no finding: they were kept (their
    notes are an editor's work) unless `pruned` is True."""

    added: tuple[str, ...]
    kept: tuple[str, ...]
    stale: tuple[StaleEntry, ...]
    pruned: bool = False


@dataclass
class Ledger:
    """A loaded `claims.yaml`."""

    path: Path | None = None
    settings: Settings = field(default_factory=Settings)
    extra_sources: list[dict[str, Any]] = field(default_factory=list)
    extra_aliases: dict[str, str] = field(default_factory=dict)
    entries: dict[str, LedgerEntry] = field(default_factory=dict)

    @classmethod
    def empty(cls) -> Ledger:
        return cls()

    @classmethod
    def load(cls, path: Path, *, known_rules: Collection[str]) -> Ledger:
        """Read and validate a ledger.

        path (Path): the `claims.yaml` file.
        known_rules (Collection[str]): every valid rule code (and alias); a finding or a
            `settings.rules` key naming another code is an error.
        RAISES (ConfigError): naming the file, line and field of the first problem.
        """
        text = _read(path)
        data = _parse(text, path)
        return _validate(data, path, known_rules=frozenset(known_rules))


def find_ledger(start: Path) -> Path | None:
    """`claims.yaml` in `start` (a directory, or a file's directory) or the nearest parent.

    The search stops at the first directory holding `.git` (the repository root), so a
    ledger outside the checkout is never picked up by accident.
    """
    here = start.resolve()
    if not here.is_dir():
        here = here.parent
    for directory in (here, *here.parents):
        candidate = directory / LEDGER_NAME
        if candidate.is_file():
            return candidate
        if (directory / ".git").exists():
            return None
    return None


def apply_ledger(
    findings: Sequence[Finding], ledger: Ledger
) -> tuple[list[Finding], list[StaleEntry]]:
    """Mark findings already in the ledger as known (new=False, with its status and note).

    RETURNS (tuple): the findings in the given order, and the ledger entries that matched no
        finding, sorted by fingerprint.
    """
    seen: set[str] = set(f.fingerprint for f in findings if f.fingerprint in ledger.entries)
    moved = _moved_entries(findings, ledger.entries.values(), seen)
    result: list[Finding] = []
    for finding in findings:
        entry = ledger.entries.get(finding.fingerprint) or moved.get(finding.fingerprint)
        if entry is None:
            result.append(finding)
            continue
        seen.add(entry.fingerprint)
        result.append(
            finding.model_copy(update={"new": False, "status": entry.status, "note": entry.note})
        )
    stale = [
        StaleEntry(fingerprint=e.fingerprint, rule=e.rule, status=e.status, note=e.note)
        for fingerprint, e in sorted(ledger.entries.items())
        if fingerprint not in seen
    ]
    return result, stale


def _claims_key(rule: str, labels) -> tuple | None:
    return (rule, tuple(sorted(labels))) if labels else None


def _moved_entries(findings: Sequence[Finding], entries, taken: set[str]) -> dict[str, LedgerEntry]:
    """{new fingerprint: entry} for entries whose fingerprint no finding has, but whose rule and
    claims (path, line and text as last written) one unmatched finding has exactly: the same
    finding, fingerprinted anew by a newer claimaudit (its measure words read differently), so
    an editor's review and note are not lost on an upgrade."""
    by_claims: dict[tuple, list] = {}
    for entry in entries:
        if entry.fingerprint not in taken and (key := _claims_key(entry.rule, entry.claims)) is not None:
            by_claims.setdefault(key, []).append(entry)
    moved: dict[str, LedgerEntry] = {}
    for finding in findings:
        if finding.fingerprint in taken or finding.fingerprint in moved:
            continue
        candidates = by_claims.get(_claims_key(finding.rule, [_claim_label(r) for r in finding.claims]) or ())
        if candidates and len(candidates) == 1:
            moved[finding.fingerprint] = candidates.pop()
    return moved


def write_baseline(
    path: Path,
    findings: Sequence[Finding],
    *,
    existing: Path | None,
    prune: bool = False,
    known_rules: Collection[str] | None = None,
) -> BaselineChange:
    """Create or update the ledger at `path` so it lists every finding.

    existing (Path | None): the ledger to update (usually `path` itself); None starts afresh.
    prune (bool): drop entries that match no finding (default: keep them and report them).
    known_rules (Collection[str] | None): when given, rule codes are checked as by `load`.

    Existing entries keep their status, note, comments and key order; only the informational
    `message` and `claims` are refreshed, and only when they changed. New findings are
    appended after them, sorted by (rule, fingerprint), with status "accepted" and an empty
    note for the editor to fill in. Running it twice with the same findings gives a
    byte-identical file. The file is replaced atomically; on any error it is left untouched.
    """
    current = {finding.fingerprint: finding for finding in findings}
    yaml = _yaml()
    if existing is not None:
        text = _read(existing)
        data = _parse(text, existing)
        rules = None if known_rules is None else frozenset(known_rules)
        reviewed = _validate(data, existing, known_rules=rules).entries  # a bad ledger is never rewritten
        if data is None:
            data = _new_document()
        mapping_indent, sequence_indent, dash_offset = guess_indents(text)
        yaml.indent(mapping=mapping_indent, sequence=sequence_indent, offset=dash_offset)
    else:
        data, reviewed = _new_document(), {}

    entries = data.get("findings")
    if not isinstance(entries, CommentedSeq):
        entries = CommentedSeq()
        data["findings"] = entries

    kept: list[str] = []
    stale: list[StaleEntry] = []
    stale_positions: list[int] = []
    # (an entry whose finding a newer claimaudit fingerprints anew keeps its place, status and
    # note under the new fingerprint: see _moved_entries)
    moved = {
        entry.fingerprint: fingerprint
        for fingerprint, entry in _moved_entries(findings, reviewed.values(), set(reviewed) & set(current)).items()
    }
    for position, item in enumerate(entries):
        fingerprint = item["fingerprint"]
        if fingerprint not in current and str(fingerprint) in moved:
            fingerprint = item["fingerprint"] = moved[str(fingerprint)]
        finding = current.get(fingerprint)
        if finding is None:
            note = item.get("note")
            stale.append(
                StaleEntry(
                    fingerprint=fingerprint,
                    rule=str(item["rule"]),
                    status=str(item["status"]),
                    note=None if note is None else str(note),
                )
            )
            stale_positions.append(position)
            continue
        kept.append(fingerprint)
        for key, value in _informational(finding).items():
            if _plain(item.get(key)) != value:
                item[key] = _yaml_value(value)
    if prune:
        for position in reversed(stale_positions):
            del entries[position]

    listed = set(kept) | {entry.fingerprint for entry in stale}
    added = sorted(
        (finding for fingerprint, finding in current.items() if fingerprint not in listed),
        key=lambda finding: (finding.rule, finding.fingerprint),
    )
    if added and entries.fa.flow_style():
        entries.fa.set_block_style()  # "findings: []" grows into a block list
    for finding in added:
        entry = CommentedMap()
        entry["fingerprint"] = finding.fingerprint
        entry["rule"] = finding.rule
        entry["status"] = "accepted"
        entry["note"] = ""
        for key, value in _informational(finding).items():
            entry[key] = _yaml_value(value)
        entries.append(entry)

    buffer = io.StringIO()
    yaml.dump(data, buffer)
    atomic_write_text(path, buffer.getvalue())
    return BaselineChange(
        added=tuple(finding.fingerprint for finding in added),
        kept=tuple(kept),
        stale=tuple(sorted(stale, key=lambda entry: entry.fingerprint)),
        pruned=prune,
    )


# --- reading ---------------------------------------------------------------------------------


def _yaml() -> YAML:
    yaml = YAML(typ="rt")  # round-trip: safe (plain data only), keeps comments and quotes
    yaml.preserve_quotes = True
    yaml.width = YAML_WIDTH
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _read(path: Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise ConfigError(
            f"ledger is not UTF-8 text (byte {error.start})", path=str(path)
        ) from None
    except OSError as error:
        raise ConfigError(
            f"cannot read ledger: {error.strerror or error}", path=str(path)
        ) from None


def _parse(text: str, path: Path) -> Any:
    try:
        return _yaml().load(text)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = " ".join(p for p in (error.context, error.problem) if p) or "invalid YAML"
        raise ConfigError(
            f"invalid YAML: {problem}",
            path=str(path),
            line=mark.line + 1 if mark is not None else None,
        ) from None
    except YAMLError as error:
        raise ConfigError(f"invalid YAML: {error}", path=str(path)) from None


def _line_of_key(node: Any, key: Any, default: int | None = None) -> int | None:
    try:
        return node.lc.key(key)[0] + 1
    except (AttributeError, KeyError, TypeError):
        return default


def _line_of_item(node: Any, index: int, default: int | None = None) -> int | None:
    try:
        return node.lc.item(index)[0] + 1
    except (AttributeError, KeyError, TypeError, IndexError):
        return default


def _line_of_value(node: Any, key: Any, default: int | None = None) -> int | None:
    try:
        return node.lc.value(key)[0] + 1
    except (AttributeError, KeyError, TypeError):
        return _line_of_key(node, key, default)


def _nearest(word: str, choices: Sequence[str]) -> str:
    match = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.5)
    valid = ", ".join(choices)
    return f"did you mean {match[0]!r}? (valid: {valid})" if match else f"valid: {valid}"


def _check_keys(
    node: CommentedMap, allowed: Sequence[str], path: Path, prefix: str, fallback: int | None
) -> None:
    for key in node:
        if key not in allowed:
            raise ConfigError(
                f"unknown key {str(key)!r}; {_nearest(key, allowed)}",
                path=str(path),
                line=_line_of_key(node, key, fallback),
                field=f"{prefix}{key}",
            )


def _plain(value: Any) -> Any:
    """ruamel's round-trip types as plain Python data (dates as ISO strings)."""
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    return value


def _type_name(value: Any) -> str:
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, dt.date):
        return "a date"
    return "text"


def _validate(data: Any, path: Path, *, known_rules: frozenset[str] | None) -> Ledger:
    ledger = Ledger(path=Path(path))
    if data is None:  # an empty file is an empty ledger
        return ledger
    where = str(path)
    if not isinstance(data, CommentedMap):
        raise ConfigError(
            f"the ledger must be a mapping of {', '.join(TOP_KEYS)}, not {_type_name(data)}",
            path=where,
            line=1,
        )
    _check_keys(data, TOP_KEYS, path, "", 1)

    version = data.get("version", VERSION)
    if isinstance(version, bool) or not isinstance(version, int):
        raise ConfigError(
            f"version must be a whole number, not {_type_name(version)}",
            path=where,
            line=_line_of_value(data, "version"),
            field="version",
        )
    if version != VERSION:
        raise ConfigError(
            f"unsupported ledger version {version} (this claimaudit reads version {VERSION})",
            path=where,
            line=_line_of_value(data, "version"),
            field="version",
        )

    if data.get("settings") is not None:
        ledger.settings = _validate_settings(data, path, known_rules)
    if data.get("sources") is not None:
        ledger.extra_sources, ledger.extra_aliases = _validate_sources(data, path)
    if data.get("findings") is not None:
        ledger.entries = _validate_findings(data, path, known_rules)
    return ledger


def _validate_settings(
    data: CommentedMap, path: Path, known_rules: frozenset[str] | None
) -> Settings:
    node = data["settings"]
    line = _line_of_key(data, "settings")
    if not isinstance(node, CommentedMap):
        raise ConfigError(
            f"settings must be a mapping, not {_type_name(node)}",
            path=str(path),
            line=line,
            field="settings",
        )
    try:
        settings = Settings.model_validate(_plain(node))
    except ValidationError as error:
        raise _settings_error(error, node, path, line) from None
    rules_node = node.get("rules")
    if known_rules is not None and isinstance(rules_node, Mapping):
        for code in rules_node:
            if code not in known_rules:
                raise ConfigError(
                    f"unknown rule code {str(code)!r}; {_nearest(code, sorted(known_rules))}",
                    path=str(path),
                    line=_line_of_key(rules_node, code, line),
                    field=f"settings.rules.{code}",
                )
    return settings


def _settings_error(
    error: ValidationError, node: CommentedMap, path: Path, fallback: int | None
) -> ConfigError:
    first = error.errors()[0]
    loc = list(first["loc"])
    line = fallback
    current: Any = node
    for part in loc:
        if isinstance(current, Mapping) and part in current:
            line = _line_of_key(current, part, line)
            current = current[part]
        elif isinstance(current, list) and isinstance(part, int) and part < len(current):
            line = _line_of_item(current, part, line)
            current = current[part]
        else:
            break
    field_name = "settings." + ".".join(str(part) for part in loc)
    message = first["msg"]
    if first["type"] == "extra_forbidden" and loc:
        key = str(loc[-1])
        message = f"unknown key {key!r}; {_nearest(key, list(Settings.model_fields))}"
    more = error.error_count() - 1
    if more:
        message += f" (and {more} more problem{'' if more == 1 else 's'})"
    return ConfigError(message, path=str(path), line=line, field=field_name)


def _validate_sources(
    data: CommentedMap, path: Path
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    node = data["sources"]
    where = str(path)
    line = _line_of_key(data, "sources")
    if not isinstance(node, CommentedMap):
        raise ConfigError(
            f"sources must be a mapping, not {_type_name(node)}",
            path=where, line=line, field="sources",
        )  # fmt: skip
    _check_keys(node, SOURCES_KEYS, path, "sources.", line)
    entries: list[dict[str, Any]] = []
    raw_entries = node.get("entries")
    if raw_entries is not None:
        if not isinstance(raw_entries, list):
            raise ConfigError(
                f"must be a list of mappings, not {_type_name(raw_entries)}",
                path=where, line=_line_of_key(node, "entries", line), field="sources.entries",
            )  # fmt: skip
        for index, item in enumerate(raw_entries):
            item_line = _line_of_item(raw_entries, index, line)
            name = f"sources.entries[{index}]"
            if not isinstance(item, Mapping):
                raise ConfigError(
                    f"must be a mapping with a name, not {_type_name(item)}",
                    path=where, line=item_line, field=name,
                )  # fmt: skip
            if not isinstance(item.get("name"), str) or not item["name"].strip():
                raise ConfigError(
                    "needs a name (text)",
                    path=where, line=_line_of_value(item, "name", item_line), field=f"{name}.name",
                )  # fmt: skip
            aliases = item.get("aliases", [])
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                raise ConfigError(
                    "aliases must be a list of names",
                    path=where,
                    line=_line_of_value(item, "aliases", item_line),
                    field=f"{name}.aliases",
                )
            entries.append(_plain(item))
    aliases_out: dict[str, str] = {}
    raw_aliases = node.get("aliases")
    if raw_aliases is not None:
        if not isinstance(raw_aliases, Mapping):
            raise ConfigError(
                f"must be a mapping of alias: canonical name, not {_type_name(raw_aliases)}",
                path=where, line=_line_of_key(node, "aliases", line), field="sources.aliases",
            )  # fmt: skip
        for alias, canonical in raw_aliases.items():
            if not isinstance(alias, str) or not isinstance(canonical, str):
                raise ConfigError(
                    "alias and canonical name must both be text",
                    path=where,
                    line=_line_of_key(raw_aliases, alias, line),
                    field=f"sources.aliases.{alias}",
                )
            aliases_out[str(alias)] = str(canonical)
    return entries, aliases_out


def _validate_findings(
    data: CommentedMap, path: Path, known_rules: frozenset[str] | None
) -> dict[str, LedgerEntry]:
    node = data["findings"]
    where = str(path)
    line = _line_of_key(data, "findings")
    if not isinstance(node, CommentedSeq):
        raise ConfigError(
            f"findings must be a list, not {_type_name(node)}",
            path=where, line=line, field="findings",
        )  # fmt: skip
    entries: dict[str, LedgerEntry] = {}
    for index, item in enumerate(node):
        item_line = _line_of_item(node, index, line) or 1
        name = f"findings[{index}]"
        if not isinstance(item, CommentedMap):
            raise ConfigError(
                f"each finding must be a mapping, not {_type_name(item)}",
                path=where, line=item_line, field=name,
            )  # fmt: skip
        _check_keys(item, ENTRY_KEYS, path, f"{name}.", item_line)
        for key in REQUIRED_ENTRY_KEYS:
            if key not in item:
                raise ConfigError(
                    f"missing {key!r}", path=where, line=item_line, field=f"{name}.{key}"
                )

        def fail(key: str, problem: str, item=item, name=name, at=item_line) -> ConfigError:
            line_of_key = _line_of_value(item, key, at)
            return ConfigError(problem, path=where, line=line_of_key, field=f"{name}.{key}")

        fingerprint = item["fingerprint"]
        if not isinstance(fingerprint, str) or not fingerprint.strip():
            shown = _type_name(fingerprint)
            raise fail("fingerprint", f"fingerprint must be text (quote it), not {shown}")
        rule = item["rule"]
        if not isinstance(rule, str):
            raise fail("rule", f"rule must be a rule code, not {_type_name(rule)}")
        if known_rules is not None and rule not in known_rules:
            raise fail("rule", f"unknown rule code {rule!r}; {_nearest(rule, sorted(known_rules))}")
        status = item["status"]
        if status not in STATUSES:
            shown = status if isinstance(status, str) else _type_name(status)
            raise fail(
                "status",
                f"bad status {shown!r}; {_nearest(str(status), STATUSES)}",
            )
        note = item.get("note")
        if note is not None and not isinstance(note, str):
            raise fail("note", f"note must be text (quote it), not {_type_name(note)}")
        message = item.get("message")
        if message is not None and not isinstance(message, str):
            raise fail("message", f"message must be text, not {_type_name(message)}")
        claims = item.get("claims")
        if claims is not None and not (
            isinstance(claims, list) and all(isinstance(c, str) for c in claims)
        ):
            raise fail("claims", "claims must be a list of text")
        fingerprint = str(fingerprint)
        if fingerprint in entries:
            first_line = entries[fingerprint].line
            raise ConfigError(
                f"duplicated fingerprint {fingerprint!r} (lines {first_line} and "
                f"{_line_of_value(item, 'fingerprint', item_line)})",
                path=where,
                line=_line_of_value(item, "fingerprint", item_line),
                field=f"{name}.fingerprint",
            )
        entries[fingerprint] = LedgerEntry(
            fingerprint=fingerprint,
            rule=str(rule),
            status=str(status),
            note=None if note is None else str(note),
            line=item_line,
            claims=tuple(claims or ()),
        )
    return entries


# --- writing ---------------------------------------------------------------------------------


def _indent_of(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def guess_indents(text: str) -> tuple[int, int, int]:
    """The file's block indentation, so a rewrite keeps the editor's layout.

    RETURNS (tuple[int, int, int]): ruamel's (mapping, sequence, offset): how far a nested
        mapping is indented, how far a list item's content is, and where its dash is.
        Defaults (2, 4, 2): ``key:\n  - item``.
    """
    mapping: int | None = None
    offset: int | None = None
    sequence: int | None = None
    lines = [
        line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]
    for here, after in zip(lines, lines[1:]):
        content = here.split(" #", 1)[0].rstrip()
        if not content.endswith(":"):
            continue
        body = content.lstrip(" ")
        base = _indent_of(content)
        while body.startswith("- "):  # "  - key:": the key starts after the dash
            rest = body[1:].lstrip(" ")
            base += len(body) - len(rest)
            body = rest
        column = _indent_of(after)
        nested = after.lstrip(" ")
        if nested.startswith("- ") and offset is None and column >= base:
            offset = column - base
            sequence = offset + len(nested) - len(nested[1:].lstrip(" "))
        elif mapping is None and column > base and not nested.startswith("- "):
            mapping = column - base
        if mapping is not None and offset is not None:
            break
    mapping = mapping or 2
    if offset is None or sequence is None:
        offset, sequence = 2, 4
    return mapping, max(sequence, offset + 2), offset



def _new_document() -> CommentedMap:
    data = CommentedMap()
    data["version"] = VERSION
    data["findings"] = CommentedSeq()
    data.yaml_set_start_comment(HEADER)
    return data


def _claim_label(ref: Any) -> str:
    return f"{ref.path}:{ref.line} {ref.text}"


def _informational(finding: Finding) -> dict[str, Any]:
    return {
        "message": finding.message,
        "claims": [_claim_label(ref) for ref in finding.claims],
    }


def _yaml_value(value: Any) -> Any:
    if isinstance(value, list):
        seq = CommentedSeq(value)
        return seq
    return value
