"""Unit tests for claimaudit.extraction.parse.numbers (pure parser, no spaCy).

Table-driven cases per construct, property tests (hypothesis) for invariants and round trips,
and linear-time checks on pathological inputs.
"""

from __future__ import annotations

import math
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimaudit.extraction.parse.numbers import NumberMention, canonical_text, find_numbers, parse_number
from claimaudit.extraction.parse import numbers as numbers_module
from claimaudit.extraction.parse.units import UNIT_KINDS, declared_dollar


def close(a, b):
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def only(text: str) -> NumberMention:
    ms = [m for m in find_numbers(text)]
    assert len(ms) == 1, ms
    return ms[0]


# ----------------------------------------------------------------------------------------------------
# parse_number: one expression -> fields
# ----------------------------------------------------------------------------------------------------
PARSE_CASES = [
    # text, value, extra fields
    ("1,500", 1500.0, {}),
    ("1 500 000", 1500000.0, {}),
    (".08", 0.08, {"step": 0.01}),
    ("0.5", 0.5, {}),
    ("22,000", 22000.0, {"step": 1000.0}),
    ("1,234", 1234.0, {"step": 1.0}),
    ("$5", 5.0, {"currency": "USD", "step": 1.0}),
    ("$ 75 million", 75e6, {"currency": "USD"}),
    ("$2.3 billion", 2.3e9, {"currency": "USD", "step": 1e8}),
    ("2.3 million", 2.3e6, {"step": 1e5}),
    ("$5m", 5e6, {"currency": "USD"}),
    ("£3bn", 3e9, {"currency": "GBP"}),
    ("10k", 1e4, {}),
    ("3 mn", 3e6, {}),
    ("US$4.7 billion", 4.7e9, {"currency": "USD"}),
    ("USD 200", 200.0, {"currency": "USD"}),
    ("€20", 20.0, {"currency": "EUR"}),
    ("20 euros", 20.0, {"currency": "EUR"}),
    ("EUR 20", 20.0, {"currency": "EUR"}),
    ("¥500", 500.0, {"currency": "JPY"}),
    ("500 yen", 500.0, {"currency": "JPY"}),
    ("3.2 billion yuan", 3.2e9, {"currency": "CNY"}),
    ("RMB 40 million", 4e7, {"currency": "CNY"}),
    ("40 billion rubles", 4e10, {"currency": "RUB"}),
    ("40 billion roubles", 4e10, {"currency": "RUB"}),
    ("5 trillion won", 5e12, {"currency": "KRW"}),
    ("KRW 5,000", 5000.0, {"currency": "KRW"}),
    ("20 rupees", 20.0, {"currency": "INR"}),
    ("INR 20", 20.0, {"currency": "INR"}),
    ("10 dollars", 10.0, {"currency": "USD"}),
    ("361 million pounds", 361e6, {"currency": "GBP"}),
    ("50 cents", 50.0, {"unit": "cents", "currency": None}),
    ("470 pence", 470.0, {"unit": "pence"}),
    ("95.8%", 95.8, {"unit": "percent", "step": 0.1}),
    ("95.8 percent", 95.8, {"unit": "percent"}),
    ("12 per cent", 12.0, {"unit": "percent"}),
    ("2.5 percentage points", 2.5, {"unit": "percentage points"}),
    ("3 pp", 3.0, {"unit": "percentage points"}),
    ("twelve", 12.0, {"words": True}),
    ("one hundred twenty-three", 123.0, {"words": True}),
    ("two million", 2e6, {"words": True, "step": 1e6}),
    ("a million", 1e6, {}),
    ("a half", 0.5, {}),
    ("two and a half million", 2.5e6, {}),
    ("a dozen", 12.0, {"words": True}),
    ("minus 3 percentage points", -3.0, {"unit": "percentage points"}),
    ("two dozen", 24.0, {"words": True}),
    ("hundreds of millions", 5.5e8, {"low": 1e8, "high": 1e9, "qualifier": "approximate"}),
    ("tens of thousands", 5.5e4, {"low": 1e4, "high": 1e5}),
    ("1,500–2,000", 1750.0, {"low": 1500.0, "high": 2000.0}),
    ("1,500-2,000", 1750.0, {"low": 1500.0, "high": 2000.0}),
    ("$5–10 million", 7.5e6, {"low": 5e6, "high": 1e7, "currency": "USD"}),
    ("$1.20–$1.50 per hour", 1.35, {"low": 1.2, "high": 1.5, "currency": "USD", "per": "hour"}),
    ("15–20%", 17.5, {"low": 15.0, "high": 20.0, "unit": "percent"}),
    ("15% to 20%", 17.5, {"low": 15.0, "high": 20.0, "unit": "percent"}),
    ("between 44 and 50 mg", 47.0, {"low": 44.0, "high": 50.0, "unit": "milligrams"}),
    ("from 3 to 4 L", 3.5, {"low": 3.0, "high": 4.0, "unit": "liters"}),
    ("about 5", 5.0, {"qualifier": "approximate", "bound": None}),
    ("approx. 2,000", 2000.0, {"qualifier": "approximate"}),
    ("~20,000", 20000.0, {"qualifier": "approximate", "qualifier_start": 0}),
    ("over 95%", 95.0, {"qualifier": "over", "bound": "gt"}),
    ("more than 30", 30.0, {"qualifier": "over", "bound": "gt"}),
    ("at least $1.42", 1.42, {"qualifier": "at least", "bound": "ge"}),
    ("no less than 7", 7.0, {"qualifier": "at least", "bound": "ge"}),
    ("up to 22,000", 22000.0, {"qualifier": "up to", "bound": "le"}),
    ("as many as 700", 700.0, {"qualifier": "up to", "bound": "le"}),
    ("under 3.5 miles", 3.5, {"qualifier": "under", "bound": "lt", "unit": "miles"}),
    ("fewer than 100", 100.0, {"qualifier": "under", "bound": "lt"}),
    ("500 or more", 500.0, {"qualifier": "at least", "bound": "ge"}),
    ("$1.20/hour", 1.2, {"per": "hour", "currency": "USD"}),
    ("$5 billion a year", 5e9, {"per": "year"}),
    ("$160 million annually", 1.6e8, {"per": "year"}),
    ("$1,000 per capita", 1000.0, {"per": "capita"}),
    ("2,000 students/year", 2000.0, {"per": "year"}),
    ("118 males per 100 females", 118.0, {"per": "100 females", "unit": None}),
    ("+15%", 15.0, {"sign": "+"}),
    ("–$150 million", -1.5e8, {"sign": "-", "currency": "USD"}),
    ("-5", -5.0, {"sign": "-"}),
    ("minus 3", -3.0, {"sign": "-"}),
    ("3 km", 3.0, {"unit": "kilometers"}),
    ("2,780,400 sq km", 2780400.0, {"unit": "square kilometers"}),
    ("190 km2", 190.0, {"unit": "square kilometers"}),
    ("8,000 hectares", 8000.0, {"unit": "hectares"}),
    ("1.8 million tons", 1.8e6, {"unit": "tons"}),
    ("1.5 million tonnes", 1.5e6, {"unit": "metric tons"}),
    ("16,000 metric tons", 16000.0, {"unit": "metric tons"}),
    ("520,000 barrels", 520000.0, {"unit": "barrels"}),
    ("500,000 bbl", 500000.0, {"unit": "barrels"}),
    ("1.2 million b/d", 1.2e6, {"unit": "barrels per day"}),
    ("40 kg", 40.0, {"unit": "kilograms"}),
    ("1,200 MW", 1200.0, {"unit": "megawatts"}),
    ("3 GW", 3.0, {"unit": "gigawatts"}),
    ("45 TWh", 45.0, {"unit": "terawatt-hours"}),
    ("9.0 pounds per square inch", 9.0, {"unit": "pounds per square inch"}),  # not GBP
    ("5 million pounds", 5e6, {"currency": "GBP"}),
    ("2 billion cubic meters", 2e9, {"unit": "cubic meters"}),
    ("30 bcm", 30e9, {"unit": "cubic meters"}),  # billion cubic metres, in cubic metres
    ("30 zorps", None, {}),  # unknown unit: plain number, checked below
    ("12 nm", 12.0, {"unit": "nautical miles"}),
    ("28,360 Ml", 28360.0, {"unit": "megaliters"}),  # a capital M: mega, not milli
    ("330 ml", 330.0, {"unit": "milliliters"}),
    ("1.8m", 1.8, {"unit": "meters"}),
    ("60 mph", 60.0, {"unit": "miles per hour"}),
    ("300 kph", 300.0, {"unit": "kilometers per hour"}),
    ("25 degrees", 25.0, {"unit": "degrees"}),
    ("3-inch", 3.0, {"unit": "inches"}),
    ("776-foot", 776.0, {"unit": "feet"}),
    ("1/4 mile", 0.25, {"unit": "miles"}),
    ("10 1/2 miles", 10.5, {"unit": "miles"}),
    ("3 out of 4", 0.75, {}),
    # concentrations: the whole "µg/m³", not micrograms and a stray "m³"
    ("27.4 µg/m³", 27.4, {"unit": "µg/m³"}),
    ("18 ug/m3", 18.0, {"unit": "µg/m³"}),
    ("12 mg/l", 12.0, {"unit": "mg/L"}),
    ("82 ppb", 82.0, {"unit": "parts per billion"}),
    # a mass of carbon, in tonnes
    ("185.3 Mt C", 185.3e6, {"unit": "metric tons carbon"}),
    ("1.4 GtC", 1.4e9, {"unit": "metric tons carbon"}),
]


@pytest.mark.parametrize("text,value,fields", PARSE_CASES, ids=[c[0] for c in PARSE_CASES])
def test_parse_number(text, value, fields):
    m = parse_number(text)
    if value is None:
        m = find_numbers(text)[0]
        assert m.unit is None
        return
    assert m is not None, text
    assert close(m.value, value), m
    for k, v in fields.items():
        got = getattr(m, k)
        assert close(got, v) if isinstance(v, float) else got == v, (k, got, v, m)


@pytest.mark.parametrize(
    "text,unit,currency",
    [("about 1.7 billion pounds of seafood", "pounds", None), ("yields of 2.5 million pounds per acre", "pounds", None),
     ("a loan of 5 million pounds to the club", None, "GBP")],
)
def test_pounds_weight_or_sterling_from_what_follows(text, unit, currency):
    m = find_numbers(text)[0]
    assert (m.unit, m.currency) == (unit, currency)


@pytest.mark.parametrize("text", ["", "hello world", "the third quarter", "several hundred", "I'm a man."])
def test_parse_number_none(text):
    assert parse_number(text) is None


# ----------------------------------------------------------------------------------------------------
# text span conventions
# ----------------------------------------------------------------------------------------------------
SPAN_CASES = [
    ("costs about $2.3 billion now", "$2.3 billion", 6),   # qualifier outside text, offset kept
    ("up to 22,000 workers", "22,000", 0),
    ("rose ~20% in 2024", "20%", 5),
    ("a $5–10 million fund", "$5–10 million", None),
    ("at $1.20–$1.50 per hour", "$1.20–$1.50", None),
    ("twelve ministers", "twelve", None),
    ("the hundreds of millions spent", "hundreds of millions", None),
]


@pytest.mark.parametrize("text,span,qstart", SPAN_CASES, ids=[c[0] for c in SPAN_CASES])
def test_text_span(text, span, qstart):
    m = [m for m in find_numbers(text) if m.reason is None][0]
    assert m.text == span
    assert text[m.start:m.end] == span
    if qstart is not None:
        assert m.qualifier_start == text.index(text.split()[1]) if False else m.qualifier_start is not None


# ----------------------------------------------------------------------------------------------------
# non-claims
# ----------------------------------------------------------------------------------------------------
REASON_CASES = [
    ("in 2024 the", "2024", "year"),
    ("(2024)", "2024", "year"),
    ("the 2025–2027 plan", "2025–2027", "year"),
    ("in the 1990s", "1990", "year"),
    ("in mid-2025", "2025", {"date", "year"}),
    ("FY2025 budget", "2025", "year"),
    ("the 15th round", "15", "ordinal"),
    ("the 119th Congress", "119", "ordinal"),
    ("Malligyong-1 satellite", "1", "identifier"),
    ("UPDATE 3-Varberg Foods lifts dividend", "3", "identifier"),
    ("2. Demand and credit ................ 9", "9", "page"),
    ("1. Overview ......... 3\n2. Demand and credit ......... 9\n3. Prices ......... 14", "9", "page"),
    # a table of contents without dot leaders: the leading numbers number chapters, the last are pages
    ("Contents\n  Summary                     3\n  1  Introduction             5\n  2  Ports and berths         11\n\nSummary", "11", "page"),
    ("Contents\n  Summary                     3\n  1  Introduction             5\n  2  Ports and berths         11\n\nSummary", "2", "list_number"),
    ("Contents\n  Summary                     3\n  1  Introduction             5\n\nSummary\nThe port handled 11 ships.", "11", None),
    ("under Article 14(3) of the Act", "3", "legal_reference"),
    ("the Fisheries Act, 2002 (Act 625)", "625", "legal_reference"),
    ("the Hai Feng 818, a trawler", "818", "identifier"),
    ("COVID-19", "19", "identifier"),
    ("Su-27", "27", "identifier"),
    ("F-35 jets", "35", "identifier"),
    ("an A320", "320", "identifier"),
    ("G7 leaders", "7", "identifier"),
    ("3G network", "3", "identifier"),
    ("report R47194", "47194", "identifier"),
    ("Resolution 2397", "2397", "legal_reference"),
    ("Section 232", "232", "legal_reference"),
    ("Article 5", "5", "legal_reference"),
    ("Title 42", "42", "legal_reference"),
    ("Chapter 11", "11", "legal_reference"),
    ("No. 5", "5", "legal_reference"),
    ("H.R. 1234", "1234", "legal_reference"),
    ("p. 12", "12", "page"),
    ("page 12", "12", "page"),
    ("pp. 3-5", "3-5", "page"),
    ("at 10:30", "10:30", "time_of_day"),
    ("at 6pm", "6", "time_of_day"),
    ("As of 9 o'clock this morning", "9", "time_of_day"),
    # a duration that defines what is counted (not "delayed by more than 18 months", a quantity)
    ("Referrals waiting more than 26 weeks fell to 2,310.", "26 weeks", "threshold"),
    ("| Calls answered <30 seconds | 71.0% |", "30 seconds", "threshold"),
    ("The project was delayed by more than 18 months.", "18 months", {None}),
    ("The 31-day standard was met for 88.1% of patients.", "31-day", "term"),
    ("Emergency four-hour performance was 71.8% in March.", "four-hour", "term"),
    ("Tel: +45 333 121 400", "+45 333 121 400", "phone_number"),
    ("Tel: +45 333 121 455 (24 hours)", "24 hours", {None}),  # (a bracket after the number is no part of it)
    ("Rua das Flores 210, Building C", "210", "identifier"),  # a street number
    ("12 Harbour Street, Suite 4", "12", "identifier"),
    ("Mortality averaged over ages 4–9 was 0.22", "4–9", "age"),  # an age band names a group
    ("the strong cohort (age 3 in 2022)", "3", "age"),
    ("the 2019 year class (age 3 in 2022)", "2019 year", "year"),  # a cohort, by the year it was born
    ("the Ten o’clock news", "Ten", "time_of_day"),
    ("intro\n1. First point", "1", "list_number"),
    ("intro\n2) Second point", "2", "list_number"),
    ("The fund pays for (1) seeds and tools, and (2) training.", "1", "list_number"),
    ("Scope 1 emissions fell", "1", "document_reference"),  # an emission scope names, it counts nothing
    ("Total Scope 1 and 2 emissions", "2", "legal_reference"),
    ("Scope 3 (Cat. 1, 4, 9) emissions", "4", "legal_reference"),
    ("The fund pays for (1) seeds and tools, and (2) training.", "2", "list_number"),
    ("On June 17, 2025 we", "17", "date"),
    ("On June 17, 2025 we", "2025", "date"),
    ("on 17 June 2025", "17", "date"),
    ("in March 2025", "2025", "date"),
    ("June 28–29, 2025", "28–29", "date"),
    ("dated 2025-06-17", "2025", "date"),
    ("dated 17/06/2025", "17", "date"),
    ("see https://example.com/a/123", "123", "url"),
    ("a claim [12] here", "12", "citation"),
    ("patients were randomized 2:1 to", "2", "ratio"),
    ("patients were randomized 2:1 to", "1", "ratio"),
    ("a ratio of 3:2 in favour", "3", "ratio"),
    # a model's number after a count and its maker's name; not a count after a section's number
    ("The fleet took delivery of two Airbus 330 freighters.", "330", "identifier"),
    ("Crews used four Tatra 815 trucks.", "815", "identifier"),
    ("3.2 In 14 of the 96 sites we visited, pumps had failed.", "14", None),
    # a poverty line drawn at a share of the median defines what is counted; a share of it stated is a claim
    ("pupils in households with less than 50% of median income", "50%", "threshold"),
    ("income below 50% of the 2010/11 median", "50%", "threshold"),
    ("the minimum wage was 60% of median earnings", "60%", None),
]


@pytest.mark.parametrize("text,span,reason", REASON_CASES, ids=[c[0] for c in REASON_CASES])
def test_reasons(text, span, reason):
    i = text.index(span)
    hits = [m for m in find_numbers(text) if m.start < i + len(span) and i < m.end]
    assert hits, find_numbers(text)
    want = reason if isinstance(reason, set) else {reason}
    assert hits[0].reason in want, hits[0]


@pytest.mark.parametrize("text,span", [
    ("Area flooded ........ 2,140 ha\nShelters open ....... 9\nSchools closed ...... 14\n", "9"),
    ("Schools closed ...... 14\nShelters open ....... 9\nRainfall ............ 212 mm\n", "14"),
])
def test_a_fact_boxs_bare_counts_are_no_pages(text, span):
    """A dot-leader line among others whose values are figures is a fact box's, not a contents page's."""
    i = text.index(span)
    hit = next(m for m in find_numbers(text) if m.start == i)
    assert hit.reason is None, hit


@pytest.mark.parametrize("text", [
    "Clinics (3) and hospitals (12) reopened in May.",  # counts in parentheses, not a numbered list
    "The fund pays for (2) seeds and tools.",
])
def test_parenthesised_counts_are_claims(text):
    assert None in [m.reason for m in find_numbers(text)]


@pytest.mark.parametrize("text", [
    "about 2000 people", "$2,024", "2024 tons", "2,025", "over 2020",
])
def test_year_lookalikes_are_claims(text):
    assert [m.reason for m in find_numbers(text)] == [None]


def test_change_is_not_a_range():
    ms = find_numbers("exports rose from 19% to 22% of output")
    assert [m.text for m in ms] == ["19%", "22%"]
    ms = find_numbers("grew by 8% to $1,200 in 2024")
    assert [m.text for m in ms[:2]] == ["8%", "$1,200"]
    ms = find_numbers("the rate has been revised from 4.4% to 4.5%")  # a revision is a change too
    assert [m.text for m in ms] == ["4.4%", "4.5%"]


def test_a_year_then_an_amount_is_no_range():
    ms = find_numbers("the fund grew from EUR 3 billion in 2019 to EUR 4.5 billion")
    assert [m.text for m in ms if m.reason is None] == ["EUR 3 billion", "EUR 4.5 billion"]
    assert find_numbers("prices ranged from $5 to $10 million")[0].low == 5e6
    ms = find_numbers("sales will grow from 4,120 GWh in 2026 to 4,480 GWh in 2030")
    assert [m.text for m in ms if m.reason is None] == ["4,120 GWh", "4,480 GWh"]
    assert find_numbers("between 2000 and 3000 tonnes a year")[0].low == 2000.0


def test_raising_a_payment_from_one_amount_to_another_is_a_change():
    ms = find_numbers("The reform would raise the Family Allowance (FA) from $62 to $75 per child a week.")
    assert [m.text for m in ms if m.reason is None] == ["$62", "$75"]
    assert find_numbers("The allowance is $62 to $75 per child a week.")[0].low == 62.0


def test_merged_bounds():
    m = only("between larger than 10 and smaller than 20 units".replace("between ", ""))
    assert (m.low, m.high) == (10.0, 20.0)


def test_range_low_must_be_below_high():
    ms = find_numbers("scores of 30-20 and 5-3")
    assert all(m.low is None for m in ms)


def test_a_money_range_ending_in_a_glued_m_is_millions_not_metres():
    m = only("bolt-on deals worth €40–60m a year")
    assert (m.text, m.low, m.high, m.currency, m.unit) == ("€40–60m", 40e6, 60e6, "EUR", None)
    assert only("a 200–300m runway").unit == "meters"  # no money: metres


@pytest.mark.parametrize(("text", "figure", "reason"), [
    ("if she will make a statement on the matter. [31207/25]", "31207", "identifier"),
    ("I refer the Deputy to my reply (Question 18842/25) on this.", "18842", "identifier"),
    ("as set out in its Annual Report on Form 20-F", "20", "identifier"),
    ("Sales grew 4.1% on an organic(3) basis", "3", "footnote"),
    ("housing starts –6.2%(1) in 2024", "1", "footnote"),
    ("the 800 MHz band and the 2.5–2.7 GHz band", "800 MHz", "identifier"),
    ("Rail Fares Questions (214, 215)", "215", "list_number"),
    ("I propose to take Questions Nos. 214 and 215 together.", "215", "list_number"),
])
def test_question_references_filings_glued_note_marks_and_band_names_are_no_claims(text, figure, reason):
    assert [m.reason for m in find_numbers(text) if m.text == figure] == [reason]


def test_spectrum_counted_in_mhz_is_a_figure():
    assert only("It assigned 60 MHz of paired spectrum.").reason is None


def test_a_slide_number_is_a_page_but_a_slide_in_prices_is_not():
    assert only("Slide 7 – Outlook").reason == "page"
    assert only("Prices could slide 9% next year.").reason is None


def test_currency_code_before_percent_is_dropped():
    m = only("share in CNY 85%")
    assert (m.text, m.currency, m.unit) == ("85%", None, "percent")


def test_capitalised_currency_lookalike():
    m = only("a 2024 RAND report")
    assert m.currency is None and m.reason == "year"


# ----------------------------------------------------------------------------------------------------
# invariants (hypothesis)
# ----------------------------------------------------------------------------------------------------
_ALPHABET = st.sampled_from(list("0123456789 ,.-–%$€£~/:abcdefkmMBtonpurhsy\n()"))
_WORDS = st.sampled_from(["about", "million", "billion", "to", "and", "between", "per", "hour", "year", "tons",
                          "percent", "$", "%", "over", "up to", "twelve", "hundred", "a", "half", "June", "2025",
                          "1,500", "–", "-", "km", "USD", "€", "3.5", "Resolution", "COVID-19", " "])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(_ALPHABET, max_size=60),
                 st.lists(_WORDS, max_size=14).map(" ".join),
                 st.text(max_size=40)))
def test_find_numbers_invariants(text):
    ms = find_numbers(text)
    last = -1
    for m in ms:
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= last, "overlap or out of order"
        last = m.end
        assert text[m.start:m.end] == m.text
        if m.low is not None:
            assert m.high is not None and m.low < m.high
            assert close(m.value, (m.low + m.high) / 2)
        if m.bound is not None:
            assert m.qualifier in ("over", "at least", "up to", "under")
        if m.qualifier_start is not None:
            assert m.qualifier is not None


# (a scaled unit, "gigatonnes", is read in its base unit: no mention carries it)
_UNITS = sorted(u for u, k in UNIT_KINDS.items() if k not in ("money",) and u not in numbers_module._SCALED_UNITS)
_CURRENCIES = ["USD", "EUR", "GBP", "CNY", "RUB", "JPY", "KRW", "INR"]


@st.composite
def mentions(draw):
    def amount():
        ip = draw(st.integers(min_value=0, max_value=10 ** 12))
        dec = draw(st.integers(min_value=0, max_value=3))
        frac = draw(st.integers(min_value=0, max_value=10 ** dec - 1)) if dec else 0
        return float(f"{ip}.{frac:0{dec}d}") if dec else float(ip)

    money = draw(st.booleans())
    currency = draw(st.sampled_from(_CURRENCIES)) if money else None
    unit = None if money else draw(st.sampled_from(_UNITS + [None]))
    is_range = draw(st.booleans())
    if is_range:
        lo = amount()
        hi = lo + float(draw(st.integers(min_value=1, max_value=10 ** 6)))
        value, low, high = (lo + hi) / 2, lo, hi
    else:
        value, low, high = amount(), None, None
        if draw(st.booleans()):
            value = -value if value else value
    bound = None if is_range else draw(st.sampled_from([None, "gt", "ge", "lt", "le"]))
    q = {"gt": "over", "ge": "at least", "lt": "under", "le": "up to", None: None}[bound]
    return NumberMention(0, 0, "", value, low, high, unit, currency, None, q, bound, None, None, None, False, None)


@settings(max_examples=300, deadline=None)
@given(mentions())
def test_canonical_text_round_trip(m):
    text = canonical_text(m)
    back = parse_number(text)
    assert back is not None, text
    assert close(back.value, m.value), (text, back)
    assert close(back.low, m.low) and close(back.high, m.high), (text, back)
    assert back.unit == m.unit, (text, back)
    assert back.currency == m.currency, (text, back)
    assert back.bound == m.bound, (text, back)


@pytest.mark.parametrize("text", [c[0] for c in PARSE_CASES if c[1] is not None and c[0] != "3 out of 4"])
def test_canonical_text_round_trip_table(text):
    m = parse_number(text)
    back = parse_number(canonical_text(m))
    assert back is not None, canonical_text(m)
    assert close(back.value, m.value) and close(back.low, m.low) and close(back.high, m.high)
    assert (back.unit, back.currency, back.per) == (m.unit, m.currency, m.per), canonical_text(m)


# ----------------------------------------------------------------------------------------------------
# linear time on pathological input
# ----------------------------------------------------------------------------------------------------
PATHOLOGICAL = {
    "million digits": "1" * 1_000_000,
    "comma runs": "1," * 50_000,
    "space groups": "1 " * 50_000 + "000",
    "dots": "1." * 50_000,
    "spaces": " " * 100_000 + "5",
    "punctuation": "-–~/%$" * 17_000,
    "number words": "one two " * 12_500,
    "scale words": "million " * 12_500,
    "and chains": "one hundred and " * 6_000,
    "hyphen ranges": "1-2-" * 25_000,
    "dollar spam": "$ " * 50_000,
    "qualifier spam": "more than " * 10_000 + "5",
    "long line": ("The GDP rose 3.5% to $2.3 billion in 2024 (est.). " * 2_000),
    "plus and digit runs": ("+" + "1" * 30 + " ") * 3_000,
    "phone-like groups": "tel. +1" + " (1)" * 25_000,
    "rates per nouns": "5 litres of water per person per day " * 3_000,
    "demonym runs": "5 Kenyan Kenyan " * 6_000,
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_inputs_are_fast(name):
    """~100k chars each (the digit run is 1M). Catastrophic backtracking on inputs like these takes
    minutes or more; the bound is CPU time and very generous because CI machines are shared."""
    text = PATHOLOGICAL[name]
    t = time.process_time()
    find_numbers(text)
    elapsed = time.process_time() - t
    assert elapsed < 20.0, f"{name}: {elapsed:.2f}s CPU for {len(text)} chars"


@pytest.mark.parametrize("unit", ["1,", "one two ", "1-2-", "$1.5 million to $2 million; ", "a "])
def test_scan_time_is_linear(unit):
    """Four times the input must cost well under 16x (quadratic) the time."""
    def cost(n):
        text = unit * n
        t = time.process_time()
        find_numbers(text)
        return time.process_time() - t

    small, big = min(cost(2_000) for _ in range(3)), min(cost(8_000) for _ in range(3))
    assert big < max(small, 0.005) * 9, (small, big)


@pytest.mark.parametrize(
    "text,unit,per,currency",
    [
        ('trained "more than 400" specialists', None, None, None),  # a closing quote, not inches
        ('a 12" pipe', "inches", None, None),
        ('speaks of "a population of\nroughly 48.5 million" while', None, None, None),  # a quote opened a line before
        ("gold at $2,386 per troy ounce", None, "troy ounce", "USD"),
        ("gold above $3,000 an ounce", None, "ounce", "USD"),
        ("up from 19 a year earlier", None, None, None),
        ("750 billion CFA francs", None, None, "XOF"),
        ("CFAF 300–400 billion", None, None, "XOF"),
    ],
)
def test_units_rates_and_currencies_in_context(text, unit, per, currency):
    m = [m for m in find_numbers(text) if m.reason is None][0]
    assert (m.unit, m.per, m.currency) == (unit, per, currency)


@pytest.mark.parametrize("text,number", [("the Migration and Development Brief 41 estimates", "41"),
                                         ("Block 15 produced oil", "15"), ("the Type 055 destroyer", "055")])
def test_number_after_a_title_word_is_an_identifier(text, number):
    m = next(m for m in find_numbers(text) if m.text == number)
    assert m.reason == "identifier"


# ----------------------------------------------------------------------------------------------------
# currencies of many countries: letter signs, currency words, a demonym before a currency word
# ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,value,currency",
    [
        ("Kenya's health budget was KSh 120 billion", 120e9, "KES"),
        ("a starting salary of RM2,500", 2500.0, "MYR"),
        ("the clinic charges RM 40", 40.0, "MYR"),
        ("tolls brought in GH₵ 850 million", 850e6, "GHS"),
        ("collected GH¢1.2 billion", 1.2e9, "GHS"),
        ("a fare of Rp 7,500", 7500.0, "IDR"),
        ("a loan of Tk 50,000", 50000.0, "BDT"),
        ("a bond of ₸ 300 billion", 300e9, "KZT"),
        ("spent BHD 40 million", 40e6, "BHD"),
        ("a KES 2 billion fund", 2e9, "KES"),
        ("20 billion kyats", 20e9, "MMK"),
        ("9.5 million rupiah", 9.5e6, "IDR"),
        ("150 taka", 150.0, "BDT"),
        ("1.4 billion kwacha", 1.4e9, "ZMW"),
        ("3,000 birr", 3000.0, "ETB"),
        ("70 million leones", 70e6, "SLE"),
        ("85 million cedis", 85e6, "GHS"),
        ("600 million ringgit", 600e6, "MYR"),
        ("7 trillion dong", 7e12, "VND"),
        ("45,000 baht", 45000.0, "THB"),
        ("a fee of 12 billion Algerian dinars", 12e9, "DZD"),
        ("wages of 9,000 Ugandan shillings", 9000.0, "UGX"),
        ("about 80 billion Egyptian pounds", 80e9, "EGP"),
        ("4 billion Omani rials", 4e9, "OMR"),
        ("2.5 billion Qatari riyals", 2.5e9, "QAR"),
        ("15 billion Moroccan dirhams", 15e9, "MAD"),
        ("500 million Malawian kwacha", 500e6, "MWK"),
        ("30 million Swiss francs", 30e6, "CHF"),
    ],
)
def test_currencies_of_many_countries(text, value, currency):
    m = [m for m in find_numbers(text) if m.reason is None][0]
    assert (m.value, m.currency) == (value, currency), m


@pytest.mark.parametrize("text", ["TOP 10 RISKS", "ALL 12 MEMBERS", "the Q3 2025 figures", "Le 5 juin", "RAND 2024"])
def test_capitals_that_are_no_currency(text):
    assert all(m.currency is None for m in find_numbers(text))


def test_a_demonym_before_a_noun_is_no_currency():
    m = [m for m in find_numbers("about 25 Tunisian firms and 40 Kenyan workers") if m.reason is None]
    assert [x.currency for x in m] == [None, None]


@pytest.mark.parametrize(
    "text,countries,code",
    [
        ("3 billion dirhams", ["Morocco"], "MAD"),
        ("3 billion dirhams", ["United Arab Emirates"], "AED"),
        ("120 million riyals", ["Qatar"], "QAR"),
        ("120 million rials", ["Oman"], "OMR"),
        ("8 billion pounds", ["Egypt"], "EGP"),
        ("8 billion pounds", ["France"], None),
        ("2 billion kwacha", ["Malawi"], "MWK"),
    ],
)
def test_a_bare_currency_word_is_its_country_currency(text, countries, code):
    from claimaudit.extraction.parse.units import local_currency

    assert local_currency(text, countries) == code


# ----------------------------------------------------------------------------------------------------
# rates: "per <noun>", "a <time unit>" after a counted noun, chained rates, exchange rates
# ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,per",
    [
        ("the vaccine costs $2.50 per dose, so", "dose"),
        ("about €55 per pupil (OECD, 2023)", "pupil"),
        ("tariffs of $0.60 per cubic metre", "cubic meter"),
        ("between $0.30 and $0.90 per cubic metre depending on", "cubic meter"),
        ("charges of 0.25 dirhams per cubic metre", "cubic meter"),
        ("plants use 2–5 kWh per cubic metre of water", "cubic meter"),
        ("rents of $50 per square foot", "square foot"),
        ("mills started 300,000 tyres a month in 2023", "month"),
        ("police logged 900 seizures a week", "week"),
        ("a wage of KSh 15,000 a month", "month"),
        ("a wage of 3.2 million kip a month", "month"),
        ("150 litres per person per day", "person/day"),
        ("1,800 litres of drinking water per person per day", "person/day"),
        ("$1,000 per household per year", "household/year"),
        ("US$9,000 per charter day", "day"),
        ("₹83 to the dollar", "USD"),
        ("₦1,490 per US dollar", "USD"),
        ("40 cents per dollar of tax", "USD"),
        ("3 per capita", "capita"),
        ("an infant mortality of 41 per 1,000 live births, down", "1,000 live births"),
        ("12 per 100,000 people in 2020", "100,000 people"),
        ("5 deaths per thousand", "1,000"),
        ("1.7 jobseekers for every vacancy", "vacancy"),
        ("a grade of 2.7 g/t gold", "tonne"),  # an ore grade
        ("output of 31,500 boe/d in May", "day"),  # "d" is a day after a slash
        ("gas at US$3.10/mcf", "mcf"),
        ("a lifting cost of US$9.80/boe", "boe"),
        ("rents of €410 per sq m", "square meter"),
        ("rents of €36/sq m/month", "square meter/month"),
        ("17.2 cases per 1,000 person-years", "1,000 person-years"),
        ("up 4 d later", None),
        ("diesel at €1.69/L", "liter"),  # "l" is a litre after a slash
        ("lime at 4 kg/t of ore", "tonne"),
        ("a lease of 900 m/t", None),  # "/t" alone is per tonne only after a small mass
        ("about 5 g/th", None),
        ("3.4 registered patients for every doctor", "doctor"),
        # no rate
        ("one nurse for every 30 patients", None),
        ("45 per the ministry", None),
        ("20 per official estimates", None),
        ("up from 19 a year earlier", None),
        ("$3 per the year", None),
        ("2 to the dollar", None),
        ("5 and/or 6", None),
    ],
)
def test_rates_after_an_amount(text, per):
    m = [m for m in find_numbers(text) if m.reason is None][0]
    assert m.per == per, m


@pytest.mark.parametrize(
    "text,value,unit",
    [
        ("ships at anchor hold 1.7m TEU", 1.7e6, "TEU"),
        ("exports of 4.2m tonnes", 4.2e6, "metric tons"),
        ("a 2.5m wall", 2.5, "meters"),  # (a singular noun: metres)
        ("the 400m final", 400, "meters"),
    ],
)
def test_a_glued_m_before_a_plural_or_a_counted_unit_is_millions(text, value, unit):
    m = [m for m in find_numbers(text) if m.reason is None][0]
    assert (m.value, m.unit) == (value, unit)


def test_per_cent_is_a_percentage_not_a_rate():
    m = only("grew 5 per cent a year")
    assert (m.unit, m.per) == ("percent", None)


# ----------------------------------------------------------------------------------------------------
# more non-claims: phone numbers, section numbers, age bands, relative times, idioms
# ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,span,reason",
    [
        ("Press office: +254 20 271 3333.", "271", "phone_number"),
        ("Press office: +254 20 271 3333.", "+254", "phone_number"),
        ("call the helpline (0800-55-4321) today", "55-4321", "phone_number"),
        ("Contact: tel. +61 2 9876 5432", "9876", "phone_number"),
        ("Call +44 (0)20 7946 0958 for details", "7946", "phone_number"),
        ("Press queries | Tel. 0300 123 456", "123 456", "phone_number"),  # (a trunk zero: no grouped thousands)
        ("Press office: 0131 496 2281\nIn this report", "496", "phone_number"),
        ("Switchboard: 020 3918 0417.", "3918", "phone_number"),
        ("SUMMARY\n4.2 Regional trade grew fast in 2023.", "4.2", "section_number"),
        ("was high.\n5.1 The Kenyan ministry said ...", "5.1", "section_number"),
        # a chapter's heading on a line of its own
        ("are set out below.\n\n2 The scale of the problem\n\n3. The queue held 739 GW.", "2", "section_number"),
        # days of one month
        ("a campaign held from 7 to 13 April vaccinated them", "7 to 13", "date"),
        ("the team met on 16 and 23 April to review it", "16", "date"),
        ("deaths of children under five fell", "five", "age"),
        ("Under-five mortality fell to 40 per 1,000", "five", "age"),
        ("among under-18s in the city", "18", "age"),
        ("women aged 15–49 in the survey", "15–49", "age"),
        ("59% of 25 to 34 year olds held a degree", "25 to 34", "age"),
        ("a 34 year old man was arrested", "34", "age"),
        ("benefits for young people aged 18 and 19 rose", "19", "age"),
        ("most of the 15- and 16-year-olds had left", "15", "age"),
        ("  Pensioners, over 65         1,204.5     1,230.1", "65", "age"),
        ("up from 12% three years ago", "three", "relative_time"),
        ("than two decades earlier", "two", "relative_time"),
        ("they plan one season at a time", "one", "idiom"),
        ("the sites were closed one by one", "one", "idiom"),
        ("the flood maps (Table 3) show it", "3", "document_reference"),
        ("cases in week 31 rose again", "31", "legal_reference"),
        ("in epidemiological weeks 2–14 of 2026", "2–14", "legal_reference"),
        ("Ref. WAT/KEN/26-044 covers it", "26", "identifier"),
        # a document's number and year, and a reference code opened by a number
        ("the watch centre said in notice 047/2026 that", "047", "identifier"),
        ("Under Decree 8,115/2019, owners must", "8,115", "legal_reference"),
        ("Ruling No. 14/KPU/IX/03/2026 was issued", "14", "legal_reference"),
        ("Ruling No. 14/KPU/IX/03/2026 was issued", "03", "identifier"),
        # an area code with its trunk zero, a page count, references listed after a plural
        ("The complaints desk, (031) 4410 8832, took calls", "4410", "phone_number"),
        ("Interim report   Page 2 of 31", "31", "page"),
        ("as set out in sections 3.2 and 3.4 above", "3.4", "legal_reference"),
        ("it accepted recommendations 4.1 (all three parts) and 4.6", "4.6", "legal_reference"),
        # a register's number after its acronym, a name's number, a column's thousands marker
        ("the tanker Nordic Ash (IMO 9412077) was hit", "9412077", "identifier"),
        ("the tanker Nordic Ash 7 (flagged in Gabon) was hit", "7", "identifier"),
        ("mapped with Sentinel 2 and Landsat imagery", "2", "identifier"),
        ("Region | Pupils ('000)", "000", "table_scale"),
        ("the cost of a 20-foot container rose", "20-foot", "size_class"),
        ("a 25-kg bag of maize cost more", "25-kg", "size_class"),
        ("Table 3: Selected indicators (per 100 inhabitants)", "100", "rate_base"),
        ("the ratio per 1,000 people rose", "1,000", "rate_base"),
        ("fundraising cost 19p for every £1 it raised", "£1", "rate_base"),
        # a phone number after "enquiries" or "contact"; a numbered period
        ("Press enquiries: 0161 496 0123", "496", "phone_number"),
        ("late data for accounting period 7 were added", "7", "legal_reference"),
        ("returns for periods 5 and 6 came in late", "6", "legal_reference"),
        # a level of a rating scale
        ("91% of cafés hold a rating of 4 or better", "4", "category"),
        ("the share of kitchens rated 0 or 1 was 2.8%", "1", "category"),
        ("each $1 of aid returned $4 in trade", "$1", "rate_base"),
        ("(IOM DTM Round 9, May 2025)", "9", "legal_reference"),
        # a figure written with a leading zero is a code: a classification's, a dialling code
        ("07   Transport        121   124.2", "07", "identifier"),
        ("| Dialling code | 0161 |", "0161", "identifier"),
    ],
)
def test_more_reasons(text, span, reason):
    i = text.index(span)
    hits = [m for m in find_numbers(text) if m.start < i + len(span) and i < m.end]
    assert hits and hits[0].reason == reason, find_numbers(text)


@pytest.mark.parametrize(
    "text,span",
    [
        ("prices rose +5% and +12 points", "+12"),
        ("the population grew by +1 500 000 in a decade", "+1 500 000"),
        ("SUMMARY\n4.2 million people left", "4.2 million"),
        ("SUMMARY\n7.5 percent of output", "7.5 percent"),
        ("the rate was 2.1 In 2024 it fell", "2.1"),
        ("over 5 people were hurt", "5"),
        ("a plan of 5 years at a time", "5 years"),
        ("One in three voters", "One"),
        ("a 12-month programme for 300 children under 4 hours", "300"),
    ],
)
def test_lookalikes_of_those_are_claims(text, span):
    m = next(m for m in find_numbers(text) if text.index(span) == m.start)
    assert m.reason is None, m


def test_one_in_n_at_a_sentence_start_is_a_share():
    from claimaudit.extraction.components.numbers import NumbersComponent

    numbers, _ = NumbersComponent.find("One in five households in the survey had no bank account.")
    m = next(n for n in numbers if n.reason is None)
    assert (m.text, m.value, m.unit) == ("One in five", 20.0, "percent")


@pytest.mark.parametrize(
    "text,span,unit,currency,reason",
    [
        ("part of the 4,500 Km terrestrial network", "4,500 Km", "kilometers", None, None),  # no demonym
        ("its 14th Five-Year Plan for National Development", "Five-Year", "years", None, None),
        ("seats: ABDP 12, HNL 1; composition", "1", None, None, None),  # an acronym, not lempiras
        ("a grant of HNL 1.5 million", "HNL 1.5 million", None, "HNL", None),
        ("a fee of GHS 500 a year", "GHS 500", None, "GHS", None),
        ("licences issued 10 years before the treaty", "10 years", "years", None, None),
    ],
)
def test_what_the_new_lexicons_leave_alone(text, span, unit, currency, reason):
    m = next(m for m in find_numbers(text) if m.text == span)
    assert (m.unit, m.currency, m.reason) == (unit, currency, reason), m


@pytest.mark.parametrize(
    "text,reason",
    [
        ("Output of 155mm artillery shells doubled.", "identifier"),
        ("A 5.56mm rifle round costs little.", "identifier"),
        ("Rainfall reached 155mm in May.", None),
    ],
)
def test_a_calibre_names_a_weapon(text, reason):
    first = find_numbers(text)[0]
    assert first.unit == "millimeters" and first.reason == reason


@pytest.mark.parametrize(
    "text,value",
    [("4.1 million", 4_100_000.0), ("US$0.3 billion", 300_000_000.0), ("1.1bn", 1_100_000_000.0),
     ("2.3 trillion", 2_300_000_000_000.0), ("0.7 thousand", 700.0)],
)
def test_a_scaled_value_is_the_decimal_product_not_the_binary_one(text, value):
    # 4.1 * 1e6 == 4099999.9999999995 in binary floating point; the value must print as written
    assert parse_number(text).value == value


@pytest.mark.parametrize(
    "text,value,currency",
    [("6.27 crore", 62_700_000.0, None), ("Rs 2,380 crore", 23_800_000_000.0, "INR"),
     ("Rs 3.64 lakh crore", 3_640_000_000_000.0, "INR"), ("3 lakh", 300_000.0, None)],
)
def test_south_asian_scale_words(text, value, currency):
    number = parse_number(text)
    assert (number.value, number.currency) == (value, currency)


@pytest.mark.parametrize(
    "text,figure,reason",
    [
        ("A 46-year-old farmer said the claim took months.", "46", "age"),
        ("Arrivals rose in the first six months of 2025.", "six", "relative_time"),
        ("Prices rose 5% over the past 12 months.", "12", "relative_time"),
        ("Rescue groups said the Aurora 5 was held in port.", "5", "identifier"),
        ("Bidders offered systems such as Volta's Stack 2 XL.", "2", "identifier"),
        ("See Working Paper 2024:11 for the method.", "11", "identifier"),
        ("Patrols detained six boats, among them the trawler Ocean Pearl 212 and the Santa Luz.", "212", "identifier"),
    ],
)
def test_numbers_that_name_or_describe_rather_than_count(text, figure, reason):
    found = {m.text.split("-")[0].split()[0]: m for m in find_numbers(text)}
    assert found[figure].reason == reason


def test_a_name_before_a_counted_noun_keeps_its_count():
    found = {m.text: m for m in find_numbers("The Fund lent 40 countries money and the Bank said 12 banks failed.")}
    assert found["40"].reason is None and found["12"].reason is None


def test_made_up_of_is_a_share_not_a_rise():
    from claimaudit.extraction.parse.context import kind_of

    text = "Women made up 24% of the workforce, while exports were up 12%."
    share, rise = text.index("24%"), text.index("12%")
    assert kind_of(text, share, share + 3, 0, True, None) == "share"
    assert kind_of(text, rise, rise + 3, 0, True, None) == "change"


@pytest.mark.parametrize(
    "text,figure,kind",
    [
        ("Claims stood at 81,000, down 1,400 on the quarter and 3,900 on the year.", "3,900", "change"),
        ("This was 2,700 more than a year earlier.", "2,700", "change"),
        ("This was 2,700 fewer than in the previous quarter.", "2,700", "change"),
        ("Claims stood at 3,900 on the year's last day.", "3,900", "level"),
    ],
)
def test_a_figure_on_the_period_before_is_a_change(text, figure, kind):
    from claimaudit.extraction.parse.context import kind_of

    at = text.index(figure)
    assert kind_of(text, at, at + len(figure), 0, False, None) == kind


@pytest.mark.parametrize(
    "text,span",
    [
        ("the Northern Alliance 61 (UDP 40, NP 21) seats", "61"),  # seats with their breakdown
        ("deaths in Borno 12 and Yobe 4", "12"),  # a place's count
    ],
)
def test_a_count_after_a_name_with_its_breakdown_or_a_place_is_a_claim(text, span):
    m = next(m for m in find_numbers(text) if m.text == span)
    assert m.reason is None


def test_a_year_after_a_slash_and_a_sized_container_are_no_rate():
    assert next(m for m in find_numbers("Law 12,709/2024 withdraws it") if m.text == "12,709").per is None
    bag = next(m for m in find_numbers("it rose to KES 6,210 per 90-kilogram bag in July") if m.text.startswith("KES"))
    assert bag.per == "bag"


@pytest.mark.parametrize(
    "text,values",
    [
        # an accountant's negative: a table cell in parentheses
        ("| Central costs | (11.9) | (10.9) |", [-11.9, -10.9]),
        ("Other items        (3.1)      (2.2)\n", [-3.1, -2.2]),
        # not a figure in parentheses in running text
        ("The group (12 firms) grew, and sales (up 4) rose.", [12, 4]),
    ],
)
def test_a_table_cell_in_parentheses_is_negative(text, values):
    assert [m.value for m in find_numbers(text) if m.reason is None] == values


def test_a_p_glued_to_a_figure_is_pence_in_a_text_in_sterling():
    found = [(m.text, m.unit) for m in find_numbers("Revenue was £5m; EPS of 58.3p and a target of 1,480p.")
             if m.reason is None]
    assert found == [("£5m", None), ("58.3p", "pence"), ("1,480p", "pence")]
    # elsewhere the letter names a format or a model
    assert [m.reason for m in find_numbers("A 1080p screen costs $300.") if m.text.startswith("1080")] == ["identifier"]


@pytest.mark.parametrize(
    "text,unit",
    [("below the 1,000-cubic-metre threshold", "cubic meters"), ("the 6-nautical-mile zone", "nautical miles"),
     ("a 3-square-kilometre site", "square kilometers"), ("it used 5 kilowatt-hours", "kilowatt-hours")],
)
def test_a_unit_of_several_words_hyphened_as_an_adjective(text, unit):
    assert [m.unit for m in find_numbers(text) if m.reason is None] == [unit]


@pytest.mark.parametrize("text,value,unit", [("growth at about 3½ percent", 3.5, "percent"), ("up 10½%", 10.5, "percent"),
                                             ("a 2¼-mile road", 2.25, "miles")])
def test_a_vulgar_fraction_after_digits(text, value, unit):
    assert [(m.value, m.unit) for m in find_numbers(text) if m.reason is None] == [(value, unit)]


def test_a_code_quoted_per_us_dollar_is_a_currency():
    found = [(m.text, m.currency, m.per) for m in find_numbers("GDP was TVD 1,142 billion. The dinar closed at TVD 123.4 per US$.")
             if m.reason is None]
    assert found == [("TVD 1,142 billion", "TVD", None), ("TVD 123.4", "TVD", "USD")]


@pytest.mark.parametrize(
    "text",
    [
        "Sales were QZD 12.7 billion in 2023, equivalent to about US$ 96 million. Fees were QZD 900.",
        "The plan costs QZD 4.6 billion (about US$310 million). Fees were QZD 900.",
        "The rate was QZD 118 per United States dollar. Fees were QZD 900.",
    ],
    ids=["equivalent-to", "about-in-parentheses", "per-united-states-dollar"],
)
def test_a_code_converted_into_a_known_currency_is_a_currency(text):
    assert [m.currency for m in find_numbers(text) if m.reason is None and m.text.startswith("QZD")][-1] == "QZD"


@pytest.mark.parametrize("text,first,value", [
    ("has fallen in each of the past four quarters", "four", 4.0),
    ("three quarters of the workers", "three quarters", 0.75),
    ("two thirds of voters", "two thirds", 2 / 3),
])
def test_a_fraction_word_is_no_fraction_when_its_numerator_fills_it(text, first, value):
    m = [m for m in find_numbers(text) if m.reason is None][0]
    assert (m.text, m.value) == (first, pytest.approx(value))


def test_plus_or_minus_is_a_tolerance_not_a_negative_figure():
    from claimaudit.extraction.parse.numbers import find_numbers

    (band,) = find_numbers("a target of 4% within a band of plus or minus 3 percentage points")[1:]
    assert (band.text, band.value) == ("3 percentage points", 3.0)


def test_a_craft_introduced_by_its_kind_keeps_its_number_in_its_name_later():
    text = "Patrols detained the trawler Ocean Pearl 212 in May. A court fined the owner of the Ocean Pearl 212 [3] SDM 2 million."
    assert [m.reason for m in find_numbers(text) if m.text == "212"] == ["identifier", "identifier"]


@pytest.mark.parametrize("text,noun,modifiers", [
    ("245 patrol days in 2023", "days", ("patrol",)),  # the time counted, of that kind
    ("1,200 flight hours", "hours", ("flight",)),
    ("90 customs officer posts were vacant", "posts", ("customs", "officer")),  # a compound's last noun
    ("41,386 suspected measles cases", "cases", ("suspected", "measles")),
    ("500 workers each month", "workers", ()),
    ("75 injured and displaced children", "children", ("injured",)),  # two modifiers of one noun
    ("310 rural and urban households", "households", ("rural",)),
    ("2,400 assaults against nurses", "assaults", ()),  # a preposition is no noun of a compound
    ("7,310 following a recount", None, ()),  # nor a count's noun
])
def test_the_noun_a_count_counts_is_its_compounds_head(text, noun, modifiers):
    from claimaudit.extraction.parse.context import counted_noun

    assert counted_noun(text, text.index(" "), len(text)) == (noun, modifiers)


def test_from_a_to_b_well_after_its_change_verb_is_a_change_not_a_range():
    text = "Wasting had risen by 3.1 percentage points since March 2024, from 11.2% to 14.3%, the survey found."
    assert [m.text for m in find_numbers(text) if m.reason is None] == ["3.1 percentage points", "11.2%", "14.3%"]


@pytest.mark.parametrize("text,value", [
    ("output of 12.9 mb/d", 12_900_000.0),  # million barrels a day, as the oil trade writes it
    ("up 450 kb/d", 450_000.0),
    ("a capacity of 220,000 b/d", 220_000.0),
])
def test_oil_flows_in_the_trades_units(text, value):
    (number,) = [m for m in find_numbers(text) if m.reason is None]
    assert (number.value, number.unit) == (value, "barrels per day")


def test_rising_by_a_change_to_a_level_far_above_it_is_no_range():
    text = "Demand is forecast to rise by 1.3 mb/d to 105.6 mb/d, and visitors to grow by a further 7 to 9 percent."
    assert [m.text for m in find_numbers(text) if m.reason is None] == ["1.3 mb/d", "105.6 mb/d", "7 to 9 percent"]


@pytest.mark.parametrize("text, value", [("about 440 Mt CO2-equivalent", 440e6), ("52 tonnes CO2-equivalent", 52.0)])
def test_co2_equivalent_spelt_out_after_a_mass(text, value):
    mention = [m for m in find_numbers(text) if m.reason is None][0]
    assert mention.unit == "metric tons CO2e" and mention.value == value


@pytest.mark.parametrize(
    "text,currency",
    [("The trust spent 81p of every £1 on its programmes.", "GBP"), ("About 9 cents in every $1 goes on fees.", "USD")],
)
def test_a_share_of_every_unit_of_money_is_money_per_that_money(text, currency):
    share = find_numbers(text)[0]
    assert share.per == currency and share.reason is None


@pytest.mark.parametrize(
    "text,code",
    [
        ("(All figures are in Veltran dollars (VTD) unless stated otherwise.)", "VTD"),
        ("All amounts in this report are in Australian dollars.", "AUD"),
        ("$ refers to Canadian dollars throughout.", "CAD"),
        ("Unless otherwise stated, all figures are in US dollars.", None),
        ("The fund lost 5 million dollars in all.", None),
        # a header line of its own, and a code after the symbol in the brackets
        ("WINTER OUTLOOK\nPrices are in Tessmark dollars (T$; currency code TMD)\n", "TMD"),
        ("Money figures are in Harbour dollars (HRD), current prices.", "HRD"),
        ("The prices are in line with US dollars paid elsewhere.", None),
    ],
)
def test_a_documents_declared_dollar(text, code):
    assert declared_dollar(text) == code


def test_a_count_after_rated_is_still_a_count():
    assert [m.reason for m in find_numbers("the agency rated 7 suppliers last year")] == [None]


def test_a_periods_end_is_no_numbered_period():
    assert [m.reason for m in find_numbers("Bank rate, end of period 4.50 3.75")] == [None, None]


# ----------------------------------------------------------------------------------------------------
# a currency symbol the document declares
# ----------------------------------------------------------------------------------------------------
_DECLARES_K = "All prices are in Brennish kronor (symbol K, currency code BRK). "


@pytest.mark.parametrize("text,span,value", [
    (_DECLARES_K + "The average price was K241,300 in May.", "K241,300", 241_300),
    (_DECLARES_K + "Sales were worth K12.4bn.", "K12.4bn", 12.4e9),
    ("Fees are in Marran florins (ƒ; code MFL). The fee is ƒ9,250 a year.", "ƒ9,250", 9_250),
    # the symbol named after the code
    ("Values are in Marran florins (MFL), written ƒ, at current prices. Visitors spent ƒ7.1bn.", "ƒ7.1bn", 7.1e9),
    ("Money is in Brennish pounds (BRP), shown as B£, in cash terms. The bill was B£498.", "B£498", 498),
])
def test_a_declared_symbol_glued_to_an_amount_is_that_currency(text, span, value):
    found = {n.text: n for n in numbers_module.with_declared_symbols(text, find_numbers(text))}
    symbols = numbers_module.declared_symbols(text)
    symbol = next(sym for sym in symbols if span.startswith(sym))
    assert found[span].reason is None and found[span].currency == symbols[symbol]
    assert close(found[span].value, value)


def test_a_word_after_shown_as_is_no_symbol():
    assert numbers_module.declared_symbols("Debt is in US dollars (USD), shown as a share of GDP where stated.") == {}


@pytest.mark.parametrize("text", [
    _DECLARES_K + "The army bought the K2 rifle.",  # a letter and a short number: a model's name
    _DECLARES_K + "The K900-A line opened.",
    "The Brenna stake (symbol K, code BRK) was sold at K241,300.",  # no currency named before the declaration
])
def test_no_declared_symbol_makes_no_money(text):
    assert not any(n.currency for n in numbers_module.with_declared_symbols(text, find_numbers(text)))


@pytest.mark.parametrize("text", [
    "Monetary values are in Brennish marks (currency code BRM). Losses were BRM 412 million.",
    "All prices are in Brennish kronor (symbol K, ISO code BRM). Sales were BRM 1.2 billion.",
])
def test_a_code_the_document_labels_as_its_currencys_is_money(text):
    found = {n.text: n for n in find_numbers(text)}
    assert any(t.startswith("BRM ") and n.currency == "BRM" for t, n in found.items())
