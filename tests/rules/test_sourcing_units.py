"""CA3xx rules on hand-built claims (no spaCy pipeline)."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from claimaudit.extraction.parse.sources import SourceRegistry
from claimaudit.models import Claim, Severity
from claimaudit.rules.base import RuleContext
from claimaudit.rules.sourcing import RULES
from claimaudit.rules.sourcing.ca301_unverifiable_source import UnverifiableSource
from claimaudit.rules.sourcing.ca302_implausible_source import ImplausibleSource
from claimaudit.rules.sourcing.ca303_source_after_document import SourceAfterDocument
from claimaudit.rules.sourcing.ca304_unattributed_figure import UnattributedFigure
from claimaudit.rules.sourcing.common import (
    country_code,
    coverage,
    date_parts,
    is_after,
    schemes,
    topics_of,
)


@pytest.fixture(scope="module")
def registry():
    return SourceRegistry.default()


def claim(text: str, sentence: str, *, sentence_start: int = 0, **fields) -> Claim:
    at = sentence.index(text)
    start = sentence_start + at
    base = dict(
        id=f"t#{start}", path="t.txt", start=start, end=start + len(text), line=1, text=text,
        sentence=sentence, sentence_start=sentence_start,
    )
    base.update(fields)
    return Claim(**base)


def run(rule_cls, claims, registry=None, document_date=None, **options):
    rule = rule_cls()
    ctx = RuleContext(path="t.txt", claims=claims, document_date=document_date, registry=registry)
    return list(rule.check(ctx, rule.Options(**options)))


# --- common -------------------------------------------------------------------------------


def test_date_parts_and_precision():
    assert date_parts("2025-06-28/2025-06-29") == (2025, 6, 28)
    assert date_parts("June") is None
    assert not is_after((2025, 6), (2025,))
    assert not is_after((2025,), (2025, 6, 1))
    assert is_after((2025, 7), (2025, 6, 30))
    assert is_after((2026,), (2025, 12))


def test_topics_and_coverage():
    assert {"trade"} <= topics_of("coal exports to China")
    assert "energy" in topics_of("coal exports to China")
    assert "arms" in topics_of("ballistic missile output")
    assert topics_of(None) == frozenset()
    assert "trade" in coverage(["economy"])
    assert "statistics" not in coverage(["statistics"])


def test_topic_tags_use_registry_vocabulary():
    res = resources.files("claimaudit.extraction.resources")
    vocab = set(json.loads(res.joinpath("known_sources.json").read_text("utf-8"))["_doc"]["remit_vocabulary"])
    data = json.loads(res.joinpath("topics.json").read_text("utf-8"))
    assert set(data["topics"]) <= vocab
    assert set(data["covers"]) <= vocab
    assert {t for implied in data["covers"].values() for t in implied} <= vocab


def test_schemes_name_registry_entries_and_cite_notes(registry):
    for name, scheme in schemes().items():
        assert registry.get(name) is not None, name
        assert scheme.note and scheme.as_of and scheme.covers
        assert scheme.members or scheme.non_members


def test_country_codes():
    assert country_code("North Korea") == "KP"
    assert country_code("China") == "CN"
    assert country_code("Jilin") is None


def test_rules_registered():
    assert [r.code for r in RULES] == ["CA301", "CA302", "CA303", "CA304", "CA305"]


# --- CA301 --------------------------------------------------------------------------------


def test_ca301_vague_source(registry):
    s = "Secondary sources suggest that 12,000 workers were sent."
    c = claim("12,000", s, source="Secondary sources", source_text="Secondary sources", source_vague=True,
              source_kind="vague")
    found = run(UnverifiableSource, [c], registry)
    assert len(found) == 1 and found[0].severity is Severity.WARNING
    assert "Secondary sources" in found[0].message and "12,000" in found[0].message


def test_ca301_groups_a_sentence(registry):
    s = "Independent multilateral reports suggest transfers of $20 million and 15% of output."
    kw = dict(source="independent multilateral reports", source_text="independent multilateral reports",
              source_vague=True)
    found = run(UnverifiableSource, [claim("$20 million", s, **kw), claim("15%", s, **kw)], registry)
    assert len(found) == 1 and len(found[0].claims) == 2


def test_ca301_social_media(registry):
    s = "A post on X said 300 soldiers died."
    c = claim("300", s, source="X (formerly Twitter)", source_text="X", source_kind="social_media")
    found = run(UnverifiableSource, [c], registry)
    assert len(found) == 1 and "social-media" in found[0].message


def test_ca301_unspecified_date(registry):
    s = "On an unspecified date, the Ministry of Education reported 1,200 trainees."
    c = claim("1,200", s, source="Ministry of Education", source_text="Ministry of Education")
    found = run(UnverifiableSource, [c], registry)
    assert len(found) == 1 and "unspecified date" in found[0].message


def test_ca301_vague_phrase_tied_after_figure(registry):
    s = "The IISS estimates 9,000 soldiers, with 640 casualties reported by Ukrainian sources in May."
    c1 = claim("9,000", s, source="International Institute for Strategic Studies", source_text="IISS")
    c2 = claim("640", s, source="International Institute for Strategic Studies", source_text="IISS")
    found = run(UnverifiableSource, [c1, c2], registry)
    assert [f.claims[0].text for f in found] == ["640"]


def test_ca301_named_source_is_fine(registry):
    s = "According to the ILO, 20,000 workers were employed."
    c = claim("20,000", s, source="International Labour Organization", source_text="ILO",
              source_kind="un_body")
    assert run(UnverifiableSource, [c], registry) == []


def test_ca301_reportedly_option(registry):
    s = "At least 35 shell companies were reportedly used."
    c = claim("35", s)
    assert len(run(UnverifiableSource, [c], registry)) == 1
    assert run(UnverifiableSource, [c], registry, reportedly=False) == []


# --- CA302 --------------------------------------------------------------------------------


def test_ca302_dissolved_body(registry):
    s = "A 2025 report by the UN Panel of Experts counted 40 transfers."
    c = claim("40", s, source="UN Panel of Experts on the DPRK", source_date="2025",
              source_text="UN Panel of Experts", measure="transfers")
    found = run(ImplausibleSource, [c], registry)
    assert len(found) == 1 and found[0].severity is Severity.ERROR
    assert "2024" in found[0].message and "2025" in found[0].message


def test_ca302_within_lifetime_or_undated(registry):
    s = "A report by the UN Panel of Experts counted 40 transfers."
    ok = [claim("40", s, source="UN Panel of Experts on the DPRK", source_date="2019"),
          claim("40", s, sentence_start=100, source="UN Panel of Experts on the DPRK")]
    assert [f for f in run(ImplausibleSource, ok, registry) if f.severity is Severity.ERROR] == []


def test_ca302_outside_remit(registry):
    s = "The FAO said artillery output rose to 1.2 million shells."
    c = claim("1.2 million", s, source="Food and Agriculture Organization", source_text="FAO",
              measure="artillery output shells", attribution="sentence")
    found = run(ImplausibleSource, [c], registry)
    assert len(found) == 1 and found[0].severity is Severity.WARNING and "remit" in found[0].message
    carried = c.model_copy(update={"attribution": "continued"})
    assert run(ImplausibleSource, [carried], registry) == []


def test_ca302_remit_skips_national_governments(registry):
    s = "The Department of Labor said artillery output rose to 1.2 million shells."
    c = claim("1.2 million", s, source="U.S. Department of Labor", measure="artillery output shells",
              attribution="sentence")
    assert run(ImplausibleSource, [c], registry) == []


def test_ca302_remit_skips_general_sources_and_unknown_topics(registry):
    s = "Reuters said artillery output rose to 1.2 million shells."
    general = claim("1.2 million", s, source="Reuters", measure="artillery output shells")
    s2 = "The FAO counted 1,200 of them."
    unknown = claim("1,200", s2, sentence_start=100, source="Food and Agriculture Organization", measure="them")
    assert run(ImplausibleSource, [general, unknown], registry) == []


def test_ca302_membership(registry):
    s = "North Korea exported 1.8 million tons of coal (EITI)."
    bad = claim("1.8 million tons", s, source="Extractive Industries Transparency Initiative",
                places=("North Korea",), measure="coal exports")
    s2 = "Mongolia exported 1.8 million tons of coal to China (EITI)."
    ok = claim("1.8 million tons", s2, sentence_start=100, source="Extractive Industries Transparency Initiative",
               places=("Mongolia", "China"), measure="coal exports")
    found = run(ImplausibleSource, [bad, ok], registry)
    assert [f.claims[0].sentence_start for f in found] == [0]
    assert "eiti.org" in found[0].message


def test_ca302_options_switch_off(registry):
    s = "A 2025 report by the UN Panel of Experts counted 40 transfers."
    c = claim("40", s, source="UN Panel of Experts on the DPRK", source_date="2025")
    assert run(ImplausibleSource, [c], registry, lifetime=False) == []


def test_ca302_without_registry():
    s = "A 2025 report by the UN Panel of Experts counted 40 transfers."
    assert run(ImplausibleSource, [claim("40", s, source="UN Panel of Experts on the DPRK", source_date="2025")]) == []


# --- CA303 --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source_date,document_date,flagged",
    [("2025-09", "2025-06-30", True), ("2026", "2025-12", True), ("2025", "2025-06", False),
     ("2025-06", "2025", False), ("2025-06-28/2025-06-29", "2025-06-28", False), (None, "2025", False),
     ("2026", None, False)],
)
def test_ca303_precision(source_date, document_date, flagged):
    s = "The World Bank reported $45 million."
    c = claim("$45 million", s, source="World Bank", source_date=source_date)
    found = run(SourceAfterDocument, [c], document_date=document_date)
    assert bool(found) is flagged
    if found:
        assert found[0].severity is Severity.ERROR and source_date in found[0].message


# --- CA304 --------------------------------------------------------------------------------


def _sourced_elsewhere():
    """A cited figure elsewhere in the document: it is a sourced report, so CA304 speaks."""
    return claim("4,100 vessels", "The IMO counted 4,100 vessels.", sentence_start=500, value=4100.0,
                 unit="vessels", unit_family="count", source="International Maritime Organization")


def test_ca304_unattributed(registry):
    s = "Front companies moved $312 million in 2023."
    c = claim("$312 million", s, value=312e6, unit="USD", unit_family="money", measure_key=("front", "company"))
    found = run(UnattributedFigure, [c, _sourced_elsewhere()], registry)
    assert len(found) == 1 and found[0].severity is Severity.INFO


def test_ca304_silent_on_texts_that_cite_nothing(registry):
    s = "Front companies moved $312 million in 2023."
    c = claim("$312 million", s, value=312e6, unit="USD", unit_family="money", measure_key=("front", "company"))
    assert run(UnattributedFigure, [c], registry) == []


def test_ca304_attributed_elsewhere(registry):
    s1 = "Front companies moved $312 million in 2023."
    s2 = "The FATF said front companies moved $312 million in 2023."
    bare = claim("$312 million", s1, value=312e6, unit="USD", unit_family="money", step=1e6,
                 measure_key=("front", "company", "moved"))
    sourced = claim("$312 million", s2, sentence_start=100, value=312e6, unit="USD", unit_family="money",
                    step=1e6, measure_key=("front", "company", "moved"), source="Financial Action Task Force")
    assert run(UnattributedFigure, [bare, sourced], registry) == []


def test_ca304_skips_years_small_and_round_counts(registry):
    s = "In 2024, 11 delegations and 300 delegates met."
    claims = [
        claim("2024", s, value=2024.0),
        claim("11", s, value=11.0, unit="delegations", unit_family="count"),
        claim("300", s, value=300.0, unit="delegates", unit_family="count"),
    ]
    assert run(UnattributedFigure, claims, registry) == []


def test_ca304_groups_per_sentence(registry):
    s = "Output rose 6.2% to $180 billion."
    claims = [claim("6.2%", s, value=6.2, unit="percent", unit_family="percent"),
              claim("$180 billion", s, value=1.8e11, unit="USD", unit_family="money")]
    found = run(UnattributedFigure, claims + [_sourced_elsewhere()], registry)
    assert len(found) == 1 and len(found[0].claims) == 2
