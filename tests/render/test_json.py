"""JSON, JSON Lines and CSV output: exact keys, contract order, determinism."""

from __future__ import annotations

import csv
import io
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from claimaudit.errors import ConfigError
from claimaudit.models import Claim, DocumentClaims
from claimaudit.render import (
    CHECK_RENDERERS,
    CLAIMS_PIECES,
    CLAIMS_RENDERERS,
    OutputFormat,
    render_check,
    render_claims,
)
from claimaudit.render.json import CLAIM_KEYS, CLAIM_REF_KEYS, FINDING_KEYS

CONTRACT_CLAIM = [
    "id", "path", "start", "end", "line", "text", "sentence", "value", "low", "high",
    "unit", "measure", "period", "source", "source_date", "qualifier",
]  # fmt: skip
CONTRACT_FINDING = ["rule", "name", "severity", "message", "fingerprint", "new", "claims"]
CONTRACT_REF = ["path", "start", "end", "line", "text", "value", "unit", "source", "source_date"]


def rendered_claims(fmt, docs) -> str:
    out = io.StringIO()
    render_claims(fmt, docs, out, color=False)
    return out.getvalue()


def rendered_check(fmt, report, rules) -> str:
    out = io.StringIO()
    render_check(fmt, report, rules, out, color=False)
    return out.getvalue()


def test_contract_key_tuples_match_contract():
    assert list(CLAIM_KEYS) == CONTRACT_CLAIM
    assert list(FINDING_KEYS) == CONTRACT_FINDING
    assert list(CLAIM_REF_KEYS) == CONTRACT_REF


def test_extract_json_has_contract_keys_first_then_every_claim_field(claims_docs):
    data = json.loads(rendered_claims("json", claims_docs))
    assert list(data) == ["claims"]
    assert len(data["claims"]) == 3
    first = data["claims"][0]
    assert list(first)[: len(CONTRACT_CLAIM)] == CONTRACT_CLAIM
    assert set(first) == set(Claim.model_fields)
    assert first["places"] == ["DPRK", "Russia"]  # tuple -> list
    assert first["value"] == 20000.0 and isinstance(first["value"], float)
    ranged = data["claims"][1]
    assert (ranged["low"], ranged["high"], ranged["value"]) == (15.0, 20.0, 17.5)
    assert ranged["source"] is None


def test_extract_json_keeps_hostile_text_verbatim(claims_docs):
    text = rendered_claims("json", claims_docs)
    assert "\x1b" not in text  # json escapes control characters
    data = json.loads(text)
    assert data["claims"][1]["sentence"] == claims_docs[0].claims[1].sentence


def test_check_json_shape(report, rules):
    data = json.loads(rendered_check("json", report, rules))
    assert list(data) == ["findings", "summary", "stale", "documents"]
    assert list(data["summary"]) == ["error", "warning", "info", "new"]
    assert data["summary"] == {"error": 2, "warning": 1, "info": 1, "new": 2}
    finding = data["findings"][0]
    assert list(finding)[: len(CONTRACT_FINDING)] == CONTRACT_FINDING
    assert list(finding)[len(CONTRACT_FINDING) :] == ["status", "note"]
    assert list(finding["claims"][0])[: len(CONTRACT_REF)] == CONTRACT_REF
    assert finding["severity"] == "error" and finding["new"] is True
    assert [f["fingerprint"] for f in data["findings"]] == [
        f.fingerprint for f in report.findings
    ]  # report order kept
    assert data["findings"][2]["status"] == "accepted"
    assert data["findings"][2]["new"] is False
    assert data["stale"] == [
        {"fingerprint": "dd00000000000004", "rule": "CA102", "status": "accepted", "note": "old"}
    ]
    assert data["documents"] == ["data/report_000.txt"]


def test_non_finite_floats_become_null():
    claim = Claim(
        id="x", path="a.txt", start=0, end=1, line=1, text="1", sentence="1", value=float("inf")
    )
    data = json.loads(rendered_claims("json", [DocumentClaims(path="a.txt", claims=(claim,))]))
    assert data["claims"][0]["value"] is None


def test_extract_json_is_the_plain_dumps_of_the_records(claims_docs):
    """The claims are written one by one with the C encoder: the text must be what ``dumps`` of
    the records gives, for hostile strings, odd floats and empty or full lists alike."""
    from claimaudit.render.json import claim_record, dumps

    rng = random.Random(0)
    strings = ["", "a", '"', "\\", "\n", "\x00\x1f", "\u2028\x85", "é😀", "\ud800", "}\n  ]", '",\n      "']
    floats = [None, 0.0, -0.0, 1.5, 1e300, 1e-300, 2.0**70, float("nan"), float("inf"), -float("inf")]
    base = claims_docs[0].claims[0].model_dump()
    claims = []
    for i in range(400):
        fields = dict(base, id=f"c{i}", start=rng.choice([0, 7, 10**20]), source_vague=rng.random() < 0.5)
        for key in ("text", "sentence", "unit", "measure", "source", "qualifier", "source_text"):
            fields[key] = rng.choice(strings)
        for key in ("value", "low", "high", "step"):
            fields[key] = rng.choice(floats)
        fields["places"] = tuple(rng.choice(strings) for _ in range(rng.randint(0, 3)))
        fields["measure_key"] = tuple(rng.choice(strings) for _ in range(rng.randint(0, 3)))
        claims.append(Claim(**fields))
    docs = claims_docs + [DocumentClaims(path="h.txt", claims=tuple(claims)), DocumentClaims(path="e.txt", claims=())]
    for subset in (docs, docs[-1:], []):
        expected = dumps({"claims": [claim_record(c) for d in subset for c in d.claims]}) + "\n"
        assert rendered_claims("json", subset) == expected


def test_jsonl_one_claim_per_line(claims_docs):
    text = rendered_claims("jsonl", claims_docs)
    lines = text.splitlines()  # splitlines also splits on U+2028/U+0085: must still be 3
    assert len(lines) == 3
    assert [json.loads(line)["id"] for line in lines] == ["c1", "c2", "c3"]
    assert json.loads(lines[0]) == json.loads(rendered_claims("json", claims_docs))["claims"][0]


def test_jsonl_escapes_unicode_line_separators():
    claim = Claim(
        id="x", path="a.txt", start=0, end=1, line=1, text="1", sentence="a\u2028b\x85c"
    )
    text = rendered_claims("jsonl", [DocumentClaims(path="a.txt", claims=(claim,))])
    assert len(text.splitlines()) == 1
    assert json.loads(text)["sentence"] == "a\u2028b\x85c"


def test_csv_header_and_rows(claims_docs):
    text = rendered_claims("csv", claims_docs)
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][: len(CONTRACT_CLAIM)] == CONTRACT_CLAIM
    assert len(rows) == 4
    record = dict(zip(rows[0], rows[1]))
    assert record["places"] == "DPRK; Russia"
    assert record["low"] == "" and record["value"] == "20000.0"
    assert record["source_vague"] == "false"
    assert "\x1b" not in text  # escape sequences made visible


@pytest.mark.parametrize("fmt", ["sarif", "github", "markdown"])
def test_check_only_formats_are_refused_for_extract(fmt, claims_docs):
    with pytest.raises(ConfigError, match=f"'{fmt}' is not available for extract"):
        rendered_claims(fmt, claims_docs)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_extract_only_formats_are_refused_for_check(fmt, report, rules):
    with pytest.raises(ConfigError, match=f"'{fmt}' is not available for check"):
        rendered_check(fmt, report, rules)


def test_unknown_format_is_a_config_error(report, rules):
    with pytest.raises(ConfigError, match="unknown format 'yaml'"):
        rendered_check("yaml", report, rules)


def test_renderer_tables_cover_every_format():
    assert set(CLAIMS_RENDERERS) == set(OutputFormat) == set(CHECK_RENDERERS)


_DUMP_ALL = """
import io, sys, importlib.util
spec = importlib.util.spec_from_file_location("cf", sys.argv[1])
cf = importlib.util.module_from_spec(spec); spec.loader.exec_module(cf)
u = lambda f: getattr(f, "__wrapped__", f)
from claimaudit.render import render_check, render_claims
out = io.StringIO()
for fmt in ("table", "json", "sarif", "markdown", "github"):
    render_check(fmt, u(cf.report)(), u(cf.rules)(), out, color=False)
for fmt in ("table", "json", "jsonl", "csv"):
    render_claims(fmt, u(cf.claims_docs)(), out, color=False)
sys.stdout.write(out.getvalue())
"""


def test_every_format_is_byte_identical_across_hash_seeds(tmp_path):
    conftest = Path(__file__).with_name("conftest.py")
    outputs = set()
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        env.pop("GITHUB_STEP_SUMMARY", None)
        result = subprocess.run(
            [sys.executable, "-c", _DUMP_ALL, str(conftest)],
            env=env,
            capture_output=True,
            check=True,
            cwd=tmp_path,
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1


@pytest.mark.parametrize("fmt", sorted(CLAIMS_PIECES, key=lambda f: f.value))
@pytest.mark.parametrize("shape", ["all", "empty-between", "none", "only-empty"])
def test_pieces_put_together_are_the_renderers_output(fmt, shape, claims_docs):
    empty = DocumentClaims(path="empty.txt", claims=())
    docs = {
        "all": claims_docs,
        "empty-between": [claims_docs[0], empty, *claims_docs[1:], empty],
        "none": [],
        "only-empty": [empty, empty],
    }[shape]
    pieces = CLAIMS_PIECES[fmt]
    out = io.StringIO()
    pieces.write([pieces.piece(doc) for doc in docs], out)
    assert out.getvalue() == rendered_claims(fmt, docs)
