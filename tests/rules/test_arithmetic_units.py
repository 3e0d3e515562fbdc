"""CA2xx rules on hand-built claims: the arithmetic without the extraction pipeline."""

from __future__ import annotations

from claimaudit.models import Claim, Severity
from claimaudit.rules.arithmetic import RULES
from claimaudit.rules.arithmetic._common import divide, gap_ratio, year_of
from claimaudit.rules.arithmetic.ca201_part_exceeds_whole import PartExceedsWhole
from claimaudit.rules.arithmetic.ca202_shares_exceed_whole import SharesExceedWhole
from claimaudit.rules.arithmetic.ca204_parts_do_not_sum import PartsDoNotSum
from claimaudit.rules.arithmetic.ca205_growth_inconsistent import GrowthInconsistent
from claimaudit.rules.arithmetic.ca206_implausible_unit_value import ImplausibleUnitValue, reference_values
from claimaudit.rules.base import RuleContext


def claim(sentence: str, text: str, sentence_start: int = 0, line: int = 1, **fields) -> Claim:
    pos = sentence.index(text)
    base = dict(id=f"t#{sentence_start + pos}", path="t.txt", start=sentence_start + pos,
                end=sentence_start + pos + len(text), line=line, text=text, sentence=sentence,
                sentence_start=sentence_start)
    base.update(fields)
    return Claim(**base)


def run(rule_cls, *claims):
    return list(rule_cls().check(RuleContext(path="t.txt", claims=claims), rule_cls.Options()))


def test_registered():
    assert [r.code for r in RULES] == ["CA201", "CA202", "CA203", "CA204", "CA205", "CA206", "CA207"]


def test_interval_helpers():
    assert divide((10, 20), (2, 4)) == (2.5, 10)
    assert gap_ratio((1, 2), (3, 4)) == 0.5
    assert gap_ratio((1, 3), (2, 4)) == 0.0
    assert year_of("2024") == 2024 and year_of("since 2023") is None


def test_ca201_export_exceeds_trade():
    s1 = "North Korea's exports to Russia reached $120 million in 2024."
    s2 = "Bilateral trade was $100 million in 2024."
    part = claim(s1, "$120 million", value=120e6, step=10e6, unit="USD", unit_family="money", period="2024",
                 places=("North Korea", "Russia"), measure_key=("export",))
    whole = claim(s2, "$100 million", sentence_start=100, line=3, value=100e6, step=10e6, unit="USD",
                  unit_family="money", period="2024", places=("North Korea", "Russia"),
                  measure_key=("bilateral", "trade"))
    found = run(PartExceedsWhole, part, whole)
    assert len(found) == 1 and found[0].severity is Severity.ERROR
    assert "$120 million (line 1)" in found[0].message and "$100 million (line 3)" in found[0].message
    # a whole of another year is no whole
    assert run(PartExceedsWhole, part, whole.model_copy(update={"period": "2019"})) == []
    # a part inside its whole is fine
    assert run(PartExceedsWhole, part.model_copy(update={"value": 40e6}), whole) == []


def test_ca202_complements():
    s1 = "Workers remit 60% of their wages to the state."
    s2 = "Workers retain 10-15% of their earnings."
    a = claim(s1, "60%", value=60, step=10, unit="percent", unit_family="percent", kind="share",
              measure_key=("remit", "worker", "wage"))
    b = claim(s2, "10-15%", sentence_start=100, line=2, value=12.5, low=10, high=15, step=1, unit="percent",
              unit_family="percent", kind="share", measure_key=("retain", "worker", "earning"))
    found = run(SharesExceedWhole, a, b)
    assert len(found) == 1 and found[0].severity is Severity.ERROR
    fits = a.model_copy(update={"value": 87.5, "low": 85.0, "high": 90.0, "text": "85-90%"})
    assert run(SharesExceedWhole, fits, b) == []


def test_ca204_numbering_parts():
    s = "China hosted 22,000 workers, numbering 8,000 in textiles and 10,000 in construction."
    common = dict(step=1000, unit_family="count")
    tot = claim(s, "22,000", value=22000, unit="workers", **common)
    p1 = claim(s, "8,000", value=8000, **common)
    p2 = claim(s, "10,000", value=10000, **common)
    found = run(PartsDoNotSum, tot, p1, p2)
    assert len(found) == 1 and "8,000 + 10,000" in found[0].message
    ok = claim(s.replace("10,000", "14,000"), "14,000", value=14000, **common)
    assert run(PartsDoNotSum, tot, p1, ok) == []


def test_ca205_from_to_rate():
    s = "Penetration rose from 19% to 22% in 2024, an increase of 30%."
    pc = dict(unit="percent", unit_family="percent", step=1)
    a = claim(s, "19%", value=19, **pc)
    b = claim(s, "22%", value=22, **pc)
    r = claim(s, "30%", value=30, kind="change", **pc)
    found = run(GrowthInconsistent, a, b, r)
    assert len(found) == 1 and found[0].severity is Severity.ERROR
    right = claim(s.replace("30%", "16%"), "16%", value=16, kind="change", **pc)
    assert run(GrowthInconsistent, a, b, right) == []


def test_ca206_barrel_price():
    s = "China supplied 520,000 barrels of crude oil, valued at $400 million."
    q = claim(s, "520,000 barrels", value=520000, step=10000, unit="barrels", unit_family="volume")
    m = claim(s, "$400 million", value=400e6, step=100e6, unit="USD", unit_family="money", currency="USD")
    found = run(ImplausibleUnitValue, q, m)
    assert len(found) == 1 and found[0].severity is Severity.ERROR and "per barrel" in found[0].message
    cheap = m.model_copy(update={"value": 40e6, "text": "$40 million"})
    assert run(ImplausibleUnitValue, q, cheap) == []


def test_reference_values_are_cited():
    entries = reference_values()
    assert {e.id for e in entries} >= {"crude_oil_barrel", "coal_ton", "hourly_wage", "gdp_per_capita", "gold_ounce"}
    for e in entries:
        assert e.low < e.high and e.source and e.url.startswith("https://")
