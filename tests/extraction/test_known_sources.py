"""The bundled source registry (known_sources.json) is well formed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import claimaudit.extraction as extraction
from claimaudit.extraction.parse.sources import SourceRegistry, normalize_name

PATH = Path(extraction.__file__).parent / "resources" / "known_sources.json"
KEYS = {"name", "aliases", "acronyms", "kind", "remit", "country", "founded", "dissolved",
        "successor", "note", "verifiable"}
OPTIONAL_KEYS = {"variant_of", "context"}  # (together, on the specific bodies a generic name may mean)


@pytest.fixture(scope="module")
def data() -> dict:
    return json.loads(PATH.read_text("utf-8"))


@pytest.fixture(scope="module")
def entries(data) -> list[dict]:
    return data["sources"]


def test_doc_defines_vocabularies(data):
    doc = data["_doc"]
    assert set(doc["entry_fields"]) == KEYS | OPTIONAL_KEYS
    assert "other" in doc["kinds"] and "social_media" in doc["kinds"]
    assert {"labour", "migration", "trade", "security", "nuclear"} <= set(doc["remit_vocabulary"])


def test_size(entries):
    # a real registry, yet small enough to index at start-up in well under a second
    assert 250 <= len(entries) <= 1000


def test_every_entry_has_exactly_the_keys(entries):
    for e in entries:
        assert KEYS <= set(e) <= KEYS | OPTIONAL_KEYS, e.get("name")


def test_kinds_and_remits_from_vocabulary(data, entries):
    kinds = set(data["_doc"]["kinds"])
    remits = set(data["_doc"]["remit_vocabulary"])
    for e in entries:
        assert e["kind"] in kinds, e["name"]
        assert e["remit"], e["name"]
        assert set(e["remit"]) <= remits, (e["name"], set(e["remit"]) - remits)


def test_field_types(entries):
    for e in entries:
        assert isinstance(e["name"], str) and e["name"].strip() == e["name"] != ""
        assert all(isinstance(a, str) and a.strip() for a in e["aliases"] + e["acronyms"])
        assert e["country"] is None or re.fullmatch(r"[A-Z]{2}", e["country"]), e["name"]
        for k in ("founded", "dissolved"):
            assert e[k] is None or re.fullmatch(r"\d{4}", e[k]), (e["name"], k)
        assert isinstance(e["verifiable"], bool)
        assert e["note"] is None or isinstance(e["note"], str)


def test_country_codes_exist(entries):
    pycountry = pytest.importorskip("pycountry")
    for e in entries:
        if e["country"]:
            assert pycountry.countries.get(alpha_2=e["country"]) is not None, e["name"]


def test_names_unique_and_no_alias_shared(entries):
    owner: dict[str, str] = {}
    for e in entries:
        for n in [e["name"], *e["aliases"]]:
            key = normalize_name(n)
            assert key, n
            assert owner.setdefault(key, e["name"]) == e["name"], (n, owner[key], e["name"])


def test_founded_not_after_dissolved_and_dissolved_have_note(entries):
    for e in entries:
        if e["founded"] and e["dissolved"]:
            assert int(e["founded"]) <= int(e["dissolved"]), e["name"]
        if e["dissolved"]:
            assert e["note"], e["name"]


def test_successors_exist(entries):
    names = {e["name"] for e in entries}
    for e in entries:
        if e["successor"]:
            assert e["successor"] in names, (e["name"], e["successor"])


def test_social_media_unverifiable(entries):
    for e in entries:
        if e["kind"] == "social_media":
            assert e["verifiable"] is False, e["name"]


def test_required_examples_present(entries):
    reg = SourceRegistry.from_json({"sources": entries})
    for name in ["ILO", "IOM", "UNDP", "UNICEF", "UNHCR", "UNCTAD", "WTO", "IMF", "World Bank",
                 "OECD", "FAO", "WFP", "WHO", "IEA", "IAEA", "ITU", "ADB", "FATF", "SIPRI", "IISS",
                 "RAND Corporation", "CSIS", "Brookings", "Chatham House", "KCNA", "Rodong Sinmun",
                 "TASS", "Xinhua", "Yonhap", "Reuters", "BoK", "KOTRA", "KITA", "KIEP", "KINU",
                 "GACC", "MOFCOM", "Rosstat", "CBO", "GAO", "CRS", "BLS", "BEA", "EIA", "Eurostat",
                 "Statista", "Telegram", "Weibo", "Twitter"]:
        assert reg.resolve(name) is not None, name
    pe = reg.get("UN Panel of Experts on the DPRK")
    assert pe.founded == "2009" and pe.dissolved == "2024" and pe.note
    hrc = reg.get("UN Human Rights Council")
    assert hrc.founded == "2006"
    chr_ = reg.get("UN Commission on Human Rights")
    assert chr_.dissolved == "2006" and chr_.successor == "UN Human Rights Council"


def test_loads_as_default_registry(entries):
    assert len(SourceRegistry.default()) == len(entries)


def test_a_generic_name_means_the_variant_its_document_names():
    from claimaudit.api import extract_text

    def source(text):
        return extract_text(text).claims[0].source

    assert source("Exports reached 60,000 barrels in 2024, the UN Panel of Experts said in a 2025 report on Libya.") \
        == "UN Panel of Experts on Libya"
    assert source("Exports reached 60,000 barrels in 2024, the UN Panel of Experts said.") == "UN Panel of Experts"
    both = "Exports reached 60,000 barrels in 2024, the UN Panel of Experts said. Yemen and Libya differ."
    assert source(both) == "UN Panel of Experts"  # (two variants named: it stays generic)


def test_a_variant_needs_a_known_generic_entry_and_its_context():
    from claimaudit.extraction.parse.sources import SourceRegistry

    with pytest.raises(ValueError, match="variant of unknown source"):
        SourceRegistry.from_json([{"name": "Panel on Ruritania", "kind": "un_body", "variant_of": "Nope", "context": ["Ruritania"]}])
    with pytest.raises(ValueError, match="go together"):
        SourceRegistry.from_json([{"name": "Panel on Ruritania", "kind": "un_body", "context": ["Ruritania"]}])
