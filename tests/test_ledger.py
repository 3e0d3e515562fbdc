"""claims.yaml: loading with precise errors, applying to findings, baselines that keep notes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimaudit.config import Settings
from claimaudit.errors import ConfigError
from claimaudit.ledger import (
    Ledger,
    apply_ledger,
    find_ledger,
    guess_indents,
    write_baseline,
)
from claimaudit.models import ClaimRef, Finding, Severity

KNOWN = {"CA101", "CA102", "CA201", "CA304"}

LEDGER = """\
# comments anywhere are kept
version: 1
settings:            # optional
  fail_on: warning
  ignore: [CA304]
  as_of: 2025-07-01
  rules: {CA101: {rel_tolerance: 0.02}}
sources:
  entries: [{name: Example Institute, aliases: [EI], kind: think-tank}]
  aliases: {"ILO Geneva": International Labour Organization}

findings:
  # reviewed 2025-07-02
  - fingerprint: 3f9a1c2b7d4e5f60
    rule: CA101
    status: accepted          # accepted | false-positive
    note: "Editor: table uses ILO's rounded figure; prose uses IOM."   # editor's words
    message: old message
    claims: ["data/report_000.txt:12 ~20,000", "data/report_000.txt:40 22,000"]
  - fingerprint: '0000000000001234'
    rule: CA201
    status: false-positive
    note: |
      Two lines
      of editor's note,   with   spacing.
    message: m2
    claims:
      - data/report_000.txt:7 1,000
# the end
"""


def finding(fingerprint: str, rule: str = "CA101", message: str = "msg", line: int = 12):
    return Finding(
        rule=rule,
        name="conflicting-values",
        severity=Severity.ERROR,
        message=message,
        fingerprint=fingerprint,
        claims=(ClaimRef(path="data/report_000.txt", start=0, end=7, line=line, text="~20,000"),),
    )


def current_findings():
    """The findings whose informational fields match LEDGER exactly."""
    first = Finding(
        rule="CA101",
        name="conflicting-values",
        severity=Severity.ERROR,
        message="old message",
        fingerprint="3f9a1c2b7d4e5f60",
        claims=(
            ClaimRef(path="data/report_000.txt", start=0, end=7, line=12, text="~20,000"),
            ClaimRef(path="data/report_000.txt", start=90, end=96, line=40, text="22,000"),
        ),
    )
    second = Finding(
        rule="CA201",
        name="unattributed-figure",
        severity=Severity.WARNING,
        message="m2",
        fingerprint="0000000000001234",
        claims=(ClaimRef(path="data/report_000.txt", start=5, end=10, line=7, text="1,000"),),
    )
    return [first, second]


@pytest.fixture
def ledger_file(tmp_path) -> Path:
    path = tmp_path / "claims.yaml"
    path.write_text(LEDGER, encoding="utf-8")
    return path


# --- load --------------------------------------------------------------------------------


def test_load(ledger_file):
    ledger = Ledger.load(ledger_file, known_rules=KNOWN)
    assert ledger.path == ledger_file
    assert ledger.settings == Settings(
        fail_on="warning",
        ignore=("CA304",),
        as_of="2025-07-01",
        rules={"CA101": {"rel_tolerance": 0.02}},
    )
    assert ledger.extra_sources == [
        {"name": "Example Institute", "aliases": ["EI"], "kind": "think-tank"}
    ]
    assert ledger.extra_aliases == {"ILO Geneva": "International Labour Organization"}
    assert list(ledger.entries) == ["3f9a1c2b7d4e5f60", "0000000000001234"]
    first = ledger.entries["3f9a1c2b7d4e5f60"]
    assert (first.rule, first.status, first.line) == ("CA101", "accepted", 14)
    assert first.note == "Editor: table uses ILO's rounded figure; prose uses IOM."
    assert ledger.entries["0000000000001234"].note == (
        "Two lines\nof editor's note,   with   spacing.\n"
    )


def test_empty_ledger_and_empty_file(tmp_path):
    assert Ledger.empty().entries == {} and Ledger.empty().settings == Settings()
    path = tmp_path / "claims.yaml"
    path.write_text("# nothing yet\n")
    assert Ledger.load(path, known_rules=KNOWN).entries == {}


BAD_CASES = {
    "bad_yaml": ("version: 1\nfindings:\n  - fingerprint: [unclosed\n", 4, None, "invalid YAML"),
    "not_mapping": ("- a\n- b\n", 1, None, "must be a mapping"),
    "unknown_top_key": ("version: 1\nfinding:\n  - {}\n", 2, "finding", "did you mean 'findings'"),
    "bad_version": ("version: 2\n", 1, "version", "unsupported ledger version 2"),
    "settings_type": (
        "version: 1\nsettings:\n  ignore: CA304\n  fail_on: fatal\n",
        4,
        "settings.fail_on",
        "Input should be",
    ),
    "settings_unknown_key": (
        "version: 1\nsettings:\n  fail_on: error\n  ignor: [CA304]\n",
        4,
        "settings.ignor",
        "did you mean 'ignore'",
    ),
    "settings_unknown_rule": (
        "settings:\n  rules:\n    CA999: {x: 1}\n",
        3,
        "settings.rules.CA999",
        "unknown rule code 'CA999'",
    ),
    "findings_not_list": ("findings: {a: 1}\n", 1, "findings", "must be a list"),
    "entry_unknown_key": (
        "findings:\n  - fingerprint: a\n    rule: CA101\n    status: accepted\n    notes: x\n",
        5,
        "findings[0].notes",
        "did you mean 'note'",
    ),
    "missing_status": (
        "findings:\n  - fingerprint: a\n    rule: CA101\n",
        2,
        "findings[0].status",
        "missing 'status'",
    ),
    "bad_status": (
        "findings:\n  - fingerprint: a\n    rule: CA101\n    status: acepted\n",
        4,
        "findings[0].status",
        "did you mean 'accepted'",
    ),
    "unknown_rule": (
        "findings:\n  - fingerprint: a\n    rule: CA999\n    status: accepted\n",
        3,
        "findings[0].rule",
        "unknown rule code 'CA999'",
    ),
    "numeric_fingerprint": (
        "findings:\n  - fingerprint: 1234\n    rule: CA101\n    status: accepted\n",
        2,
        "findings[0].fingerprint",
        "must be text",
    ),
    "duplicate_fingerprint": (
        "findings:\n"
        "  - {fingerprint: a, rule: CA101, status: accepted}\n"
        "  - {fingerprint: b, rule: CA101, status: accepted}\n"
        "  - {fingerprint: a, rule: CA101, status: accepted}\n",
        4,
        "findings[2].fingerprint",
        "duplicated fingerprint 'a' (lines 2 and 4)",
    ),
    "note_not_text": (
        "findings:\n  - fingerprint: a\n    rule: CA101\n    status: accepted\n    note: [x]\n",
        5,
        "findings[0].note",
        "note must be text",
    ),
    "sources_alias_type": ("sources:\n  aliases: [a, b]\n", 2, "sources.aliases", "mapping"),
}


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_malformed_ledgers(tmp_path, case):
    text, line, field, problem = BAD_CASES[case]
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        Ledger.load(path, known_rules=KNOWN)
    error = caught.value
    assert error.path == str(path)
    assert error.line == line, str(error)
    assert error.field == field, str(error)
    assert problem in error.problem, str(error)
    assert str(error).startswith(f"{path}:{line}")
    # a malformed ledger is never rewritten by a baseline either
    with pytest.raises(ConfigError):
        write_baseline(path, [finding("zz")], existing=path, known_rules=KNOWN)
    assert path.read_text(encoding="utf-8") == text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.yaml"]


def test_unreadable_ledger(tmp_path):
    with pytest.raises(ConfigError, match="cannot read ledger") as caught:
        Ledger.load(tmp_path / "missing.yaml", known_rules=KNOWN)
    assert caught.value.path == str(tmp_path / "missing.yaml")
    binary = tmp_path / "claims.yaml"
    binary.write_bytes(b"version: 1\n\xff\xfe")
    with pytest.raises(ConfigError, match="not UTF-8"):
        Ledger.load(binary, known_rules=KNOWN)


def test_unsafe_yaml_tags_are_not_executed(tmp_path):
    path = tmp_path / "claims.yaml"
    path.write_text("version: !!python/object/apply:os.system ['echo pwned']\n")
    with pytest.raises(ConfigError):
        Ledger.load(path, known_rules=KNOWN)


# --- apply -------------------------------------------------------------------------------


def test_apply_ledger(ledger_file):
    ledger = Ledger.load(ledger_file, known_rules=KNOWN)
    findings = [finding("new1"), finding("3f9a1c2b7d4e5f60")]
    applied, stale = apply_ledger(findings, ledger)
    assert [f.fingerprint for f in applied] == ["new1", "3f9a1c2b7d4e5f60"]
    assert applied[0] == findings[0]
    assert (applied[1].new, applied[1].status) == (False, "accepted")
    assert applied[1].note.startswith("Editor: table uses")
    assert [s.fingerprint for s in stale] == ["0000000000001234"]
    assert stale[0].status == "false-positive" and stale[0].rule == "CA201"


def test_stale_entries_sorted(tmp_path):
    path = tmp_path / "claims.yaml"
    path.write_text(
        "findings:\n"
        "  - {fingerprint: c, rule: CA101, status: accepted}\n"
        "  - {fingerprint: a, rule: CA101, status: accepted}\n"
        "  - {fingerprint: b, rule: CA101, status: accepted}\n"
    )
    _, stale = apply_ledger([finding("b")], Ledger.load(path, known_rules=KNOWN))
    assert [s.fingerprint for s in stale] == ["a", "c"]


def test_find_ledger(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "claims.yaml").write_text("")
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "report.txt").write_text("x")
    assert find_ledger(nested) == (tmp_path / "claims.yaml").resolve()
    assert find_ledger(nested / "report.txt") == (tmp_path / "claims.yaml").resolve()
    (tmp_path / "claims.yaml").unlink()
    assert find_ledger(nested) is None


# --- baseline ----------------------------------------------------------------------------


def test_round_trip_keeps_everything_byte_for_byte(ledger_file):
    change = write_baseline(ledger_file, current_findings(), existing=ledger_file)
    assert ledger_file.read_text(encoding="utf-8") == LEDGER
    assert change.added == () and change.stale == ()
    assert change.kept == ("3f9a1c2b7d4e5f60", "0000000000001234")


def test_baseline_refreshes_informational_fields_only(ledger_file):
    findings = current_findings()
    findings[0] = findings[0].model_copy(update={"message": "new message"})
    write_baseline(ledger_file, findings, existing=ledger_file)
    text = ledger_file.read_text(encoding="utf-8")
    assert text == LEDGER.replace("message: old message", "message: new message")


def test_baseline_adds_sorted_keeps_stale_and_is_idempotent(ledger_file):
    findings = [
        current_findings()[0],
        finding("ffff", rule="CA201"),
        finding("bbbb", rule="CA201"),
        finding("zzzz", rule="CA101"),
    ]
    change = write_baseline(ledger_file, findings, existing=ledger_file)
    assert change.added == ("zzzz", "bbbb", "ffff")  # by (rule, fingerprint)
    assert change.kept == ("3f9a1c2b7d4e5f60",)
    assert [s.fingerprint for s in change.stale] == ["0000000000001234"]
    assert change.stale[0].note.startswith("Two lines")
    first = ledger_file.read_text(encoding="utf-8")
    assert first.startswith(LEDGER.split("# the end")[0])  # old content untouched, stale kept
    assert "Two lines\n      of editor's note,   with   spacing." in first
    assert first.index("zzzz") < first.index("bbbb") < first.index("ffff")
    assert "note: ''" in first
    ledger = Ledger.load(ledger_file, known_rules=KNOWN)
    assert ledger.entries["zzzz"].status == "accepted" and ledger.entries["zzzz"].note == ""

    again = write_baseline(ledger_file, list(reversed(findings)), existing=ledger_file)
    assert ledger_file.read_text(encoding="utf-8") == first
    assert again.added == ()


def test_baseline_prune(ledger_file):
    change = write_baseline(
        ledger_file, current_findings()[:1], existing=ledger_file, prune=True
    )
    assert change.pruned and [s.fingerprint for s in change.stale] == ["0000000000001234"]
    assert "0000000000001234" not in ledger_file.read_text(encoding="utf-8")
    assert "# comments anywhere are kept" in ledger_file.read_text(encoding="utf-8")


def test_new_baseline_file(tmp_path):
    path = tmp_path / "claims.yaml"
    change = write_baseline(path, [finding("b"), finding("a", line=3)], existing=None)
    assert change.added == ("a", "b")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# claimaudit ledger")
    assert "version: 1\nfindings:\n  - fingerprint: a\n" in text
    ledger = Ledger.load(path, known_rules=KNOWN)
    assert list(ledger.entries) == ["a", "b"]
    write_baseline(path, [finding("a", line=3), finding("b")], existing=path)
    assert path.read_text(encoding="utf-8") == text


def test_new_baseline_with_no_findings(tmp_path):
    path = tmp_path / "claims.yaml"
    write_baseline(path, [], existing=None)
    assert Ledger.load(path, known_rules=KNOWN).entries == {}
    write_baseline(path, [finding("a")], existing=path)
    assert list(Ledger.load(path, known_rules=KNOWN).entries) == ["a"]


def test_baseline_keeps_editor_indentation(tmp_path):
    path = tmp_path / "claims.yaml"
    text = (
        "settings:\n    fail_on: error\nfindings:\n"
        "- fingerprint: a\n  rule: CA101\n  status: accepted\n  note: ok\n"
    )
    path.write_text(text)
    write_baseline(path, [finding("a"), finding("b")], existing=path)
    written = path.read_text()
    assert written.startswith("settings:\n    fail_on: error\nfindings:\n- fingerprint: a\n")
    assert "\n- fingerprint: b\n  rule: CA101\n" in written
    assert guess_indents(text) == (4, 2, 0)


def test_baseline_fingerprints_that_look_like_numbers_stay_text(tmp_path):
    path = tmp_path / "claims.yaml"
    write_baseline(path, [finding("0123"), finding("1e10"), finding("true")], existing=None)
    assert set(Ledger.load(path, known_rules=KNOWN).entries) == {"0123", "1e10", "true"}


def test_baseline_byte_identical_across_hash_seeds(tmp_path):
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "sys.path.insert(0, sys.argv[2])\n"
        "from test_ledger import finding\n"
        "from claimaudit.ledger import write_baseline\n"
        "fs = [finding(f'{i:04x}', rule=f'CA{101 + i % 3}') for i in range(30)]\n"
        "write_baseline(Path(sys.argv[1]), fs, existing=None)\n"
    )
    outputs = set()
    for seed in ("0", "7", "4242"):
        target = tmp_path / f"claims-{seed}.yaml"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-c", script, str(target), str(Path(__file__).parent)],
            env=env,
            check=True,
        )
        outputs.add(target.read_bytes())
    assert len(outputs) == 1


def test_a_finding_fingerprinted_anew_keeps_its_review_and_note(ledger_file):
    """A newer claimaudit may read a claim's measure differently and so fingerprint the same
    finding anew: the entry with the same rule and claims keeps its status and note, and a
    baseline moves it to the new fingerprint in place."""
    first, second = current_findings()
    renewed = first.model_copy(update={"fingerprint": "aaaabbbbccccdddd", "message": "new message"})
    ledger = Ledger.load(ledger_file, known_rules=KNOWN)
    applied, stale = apply_ledger([renewed, second], ledger)
    assert [f.new for f in applied] == [False, False]
    assert applied[0].note.startswith("Editor: table uses ILO") and stale == []
    write_baseline(ledger_file, [renewed, second], existing=ledger_file, prune=True)
    text = ledger_file.read_text(encoding="utf-8")
    assert "fingerprint: aaaabbbbccccdddd" in text and "3f9a1c2b7d4e5f60" not in text
    assert "Editor: table uses ILO's rounded figure" in text and "# reviewed 2025-07-02" in text
    # another claim set is another finding: no move
    other = first.model_copy(update={"fingerprint": "eeeeffff00001111", "claims": first.claims[:1]})
    applied, _ = apply_ledger([other, second], Ledger.load(ledger_file, known_rules=KNOWN))
    assert applied[0].new is True
