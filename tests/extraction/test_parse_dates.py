"""Table-driven and property tests for claimaudit.extraction.parse.dates."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimaudit.extraction.parse.dates import (
    DateMention,
    date_sort_key,
    find_dates,
    latest_point,
    parse_date,
)

# (input, expected iso, granularity, mod); the input is the whole expression.
WHOLE_CASES = [
    ("2024", "2024", "year", None),
    ("(2024)", "2024", "year", None),
    ("in 2024", "2024", "year", None),
    ("the year 2008", "2008", "year", None),
    ("2014 AD", "2014", "year", None),
    ("March 2025", "2025-03", "month", None),
    ("Mar. 2025", "2025-03", "month", None),
    ("Jan 2025", "2025-01", "month", None),
    ("Dec, 2018", "2018-12", "month", None),
    ("April of 1987", "1987-04", "month", None),
    ("2017 April", "2017-04", "month", None),
    ("June 17, 2025", "2025-06-17", "day", None),
    ("June 29,\n2025", "2025-06-29", "day", None),
    ("17 June 2025", "2025-06-17", "day", None),
    ("Dec. 31 , 1994", "1994-12-31", "day", None),
    ("Tuesday, July 22, 2014", "2014-07-22", "day", None),
    ("4th of July, 1995", "1995-07-04", "day", None),
    ("January first 2000", "2000-01-01", "day", None),
    ("12th day of December, 2001", "2001-12-12", "day", None),
    ("2025-06-17", "2025-06-17", "day", None),
    ("6/17/2025", "2025-06-17", "day", None),
    ("13/03/2014", "2014-03-13", "day", None),  # 13 cannot be a month
    ("17.06.2025", "2025-06-17", "day", None),
    ("2019/aug/01", "2019-08-01", "day", None),
    ("05-Aug-2016", "2016-08-05", "day", None),
    ("2015-3", "2015-03", "month", None),
    ("3/2015", "2015-03", "month", None),
    ("2016-11", "2016-11", "month", None),
    ("2010-11", "2010-11", "month", None),  # ISO year-month, not fiscal 2010/11
    ("2010/11", "2010/2011", "range", None),
    ("2025/26", "2025/2026", "range", None),
    ("2024–25", "2024/2025", "range", None),
    ("June 28–29, 2025", "2025-06-28/2025-06-29", "range", None),
    ("2025–2027", "2025/2027", "range", None),
    ("2025-2027", "2025/2027", "range", None),
    ("2014 through May 2018", "2014/2018-05", "range", None),
    ("between 2007 and 2009", "2007/2009", "range", None),
    ("from April to June 2017", "2017-04/2017-06", "range", None),
    ("Nov-Feb 2017", "2016-11/2017-02", "range", None),
    ("Nov 18 2014-Dec 19 2015", "2014-11-18/2015-12-19", "range", None),
    ("from 4 to 22 January, 1995", "1995-01-04/1995-01-22", "range", None),
    ("5/1-5/7/2020", "2020-05-01/2020-05-07", "range", None),
    ("Q3 2016", "2016-07/2016-09", "range", None),
    ("2016 Q3", "2016-07/2016-09", "range", None),
    ("2018Q4", "2018-10/2018-12", "range", None),
    ("third quarter of 2016", "2016-07/2016-09", "range", None),
    ("the 4th qtr of 2018", "2018-10/2018-12", "range", None),
    ("first half of 2025", "2025-01/2025-06", "range", None),
    ("H2 2016", "2016-07/2016-12", "range", None),
    ("from 2017-q1 to 2018-q1", "2017-01/2018-03", "range", None),
    ("Quarter 1 2025", "2025-01/2025-03", "range", None),
    ("Quarter 4, 2024", "2024-10/2024-12", "range", None),
    ("the 1990s", "1990/1999", "range", None),
    ("1970's", "1970/1979", "range", None),
    ("mid-2025", "2025", "year", "mid"),
    ("mid 1989", "1989", "year", "mid"),
    ("early 2024", "2024", "year", "start"),
    ("late 2023", "2023", "year", "end"),
    ("end of 2012", "2012", "year", "end"),
    ("at the end of 2012", "2012", "year", "end"),
    ("beginning of 2000", "2000", "year", "start"),
    ("the middle of 2000", "2000", "year", "mid"),
    ("late 1980s", "1980/1989", "range", "end"),
    ("since 2020", "2020", "year", "since"),
    ("Since January 1, 2010", "2010-01-01", "day", "since"),
    ("starting in FY2027", "2027", "year", "since"),
    ("2012 or later", "2012", "year", "since"),
    ("by 2027", "2027", "year", "until"),
    ("through 2014", "2014", "year", "until"),
    ("on or before September 6, 2020", "2020-09-06", "day", "until"),
    ("before 2010", "2010", "year", "before"),
    ("until 2012", "2012", "year", "before"),
    ("no later than January 1, 2010", "2010-01-01", "day", "before"),
    ("after 2015", "2015", "year", "after"),
    ("later than 2018", "2018", "year", "after"),
    ("after Feb 2018", "2018-02", "month", "after"),
    ("2 weeks before May 13 1999", "1999-04-29", "day", None),
    ("16 days from 01/02/2018", "2018-01-18", "day", None),
    ("FY2026", "2026", "year", None),
    ("FY 2016", "2016", "year", None),
    ("FY26", "2026", "year", None),
    ("fiscal year 2025", "2025", "year", None),
    ("FY2027-FY2036", "2027/2036", "range", None),
    ("from FY2019 to FY2023", "2019/2023", "range", None),
]


@pytest.mark.parametrize(("text", "iso", "gran", "mod"), WHOLE_CASES, ids=[c[0] for c in WHOLE_CASES])
def test_whole_expression(text: str, iso: str, gran: str, mod: str | None) -> None:
    d = parse_date(text)
    assert d is not None, text
    assert (d.iso, d.granularity, d.mod) == (iso, gran, mod)
    found = find_dates(text)
    assert len(found) == 1 and found[0] == d
    assert text[d.start:d.end] == d.text


def test_fields_of_a_range_and_a_fiscal_year() -> None:
    d = parse_date("2014 through May 2018")
    assert (d.year, d.month, d.day, d.end_date) == (2014, None, None, (2018, 5, None))
    q = parse_date("Q3 2016")
    assert (q.year, q.month, q.day, q.end_date) == (2016, 7, None, (2016, 9, None))
    f = parse_date("FY2026")
    assert f.fiscal and (f.year, f.month, f.end_date) == (2026, None, None)
    assert not parse_date("2026").fiscal


@pytest.mark.parametrize(
    ("text", "day_first", "iso"),
    [
        ("3/7/2017", False, "2017-03-07"),
        ("3/7/2017", True, "2017-07-03"),
        ("10/1/2018 - 10/7/2018", True, "2018-01-10/2018-07-10"),
        ("31/10/1974", False, "1974-10-31"),  # only one reading is valid
        ("2025-06-07", True, "2025-06-07"),  # ISO is never day-first
    ],
)
def test_day_first(text: str, day_first: bool, iso: str) -> None:
    d = parse_date(text, day_first=day_first)
    assert d is not None and d.iso == iso


# Inputs with no absolute date at all.
NEGATIVE = [
    "$2024",
    "US$ 2024 was paid",
    "2024 tons of coal",
    "2024 million",
    "2,024 people",
    "2024%",
    "Resolution 2397",
    "IF11175",
    "H.R. 2024",
    "No. 2019",
    "at 650-650-6500",
    "Chapter 12, page 3",
    "today",
    "last year",
    "next May",
    "this year and the year before",
    "3.2024",
    "1799 and 2101",
    "12345678901234567890",
    "",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_date(text: str) -> None:
    assert find_dates(text) == []


def test_in_prose_spans_and_order() -> None:
    text = (
        "On June 29, 2025, KCNA reported that the 2025–2027 cooperation plan (signed in March 2025) "
        "follows exports of $120 million in 2024, per the World Bank, April 2025; by mid-2025 about "
        "14,000 troops had arrived, and figures for 2025 may change."
    )
    got = [(m.text, m.iso, m.mod) for m in find_dates(text)]
    assert got == [
        ("June 29, 2025", "2025-06-29", None),
        ("2025–2027", "2025/2027", None),
        ("March 2025", "2025-03", None),
        ("2024", "2024", None),
        ("April 2025", "2025-04", None),
        ("by mid-2025", "2025", "until"),
        ("2025", "2025", None),
    ]
    for m in find_dates(text):
        assert text[m.start:m.end] == m.text


def test_a_month_glued_to_a_position_word_keeps_its_month() -> None:
    # "end-June 2024", "mid-June 2024": the month is read, not only the year
    got = [(m.text, m.iso) for m in find_dates("The ratio fell from 15.8% at end-June 2024 to 14.9% in mid-June 2025.")]
    assert got == [("end-June 2024", "2024-06"), ("mid-June 2025", "2025-06")]


def test_separate_years_without_between_are_separate() -> None:
    assert [m.iso for m in find_dates("sales in 2007 and 2009")] == ["2007", "2009"]
    assert [m.iso for m in find_dates("6,107.31 August 2019")] == ["2019-08"]
    assert [m.mod for m in find_dates("on 1/1/2016 and after my work is done")] == [None]


def test_parse_date_rejects_extra_words() -> None:
    assert parse_date("revenue in 2024") is None
    assert parse_date("2024 and 2025") is None
    assert parse_date("31 April 2015") is None
    assert parse_date("29 February 2015") is None
    # find_dates keeps the valid part of an invalid calendar date
    assert [m.iso for m in find_dates("29 February 2015")] == ["2015-02"]
    assert parse_date("sometimes before 2014").mod == "before"


def test_sort_key_and_latest_point() -> None:
    assert date_sort_key(parse_date("2025")) == (2025, 0, 0)
    assert date_sort_key(parse_date("June 17, 2025")) == (2025, 6, 17)
    assert latest_point(parse_date("2025")) == (2025, 12, 31)
    assert latest_point(parse_date("February 2024")) == (2024, 2, 29)
    assert latest_point(parse_date("June 17, 2025")) == (2025, 6, 17)
    assert latest_point(parse_date("2014 through May 2018")) == (2018, 5, 31)
    assert latest_point(parse_date("Q3 2016")) == (2016, 9, 30)
    assert latest_point(parse_date("the 1990s")) == (1999, 12, 31)
    assert latest_point(parse_date("before 2010")) == (2009, 12, 31)
    assert latest_point(parse_date("end of 2012")) == (2012, 12, 31)


# --- properties -----------------------------------------------------------------------

@settings(max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text_returns_a_list(text: str) -> None:
    out = find_dates(text)
    assert isinstance(out, list)
    last = 0
    for m in out:
        assert isinstance(m, DateMention)
        assert last <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        last = m.end
    parse_date(text)
    parse_date(text, day_first=True)


_PIECES = st.sampled_from(
    ["2024", "June", "17", ",", " ", "-", "–", "/", "Q3", "FY", "the", "of", "since", "mid-", "1990s",
     "between", "and", "to", "$", "%", "x", "\n", "12", "2025", "Dec.", "3"]
)


@settings(max_examples=300, deadline=None, database=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_date_like_text_never_raises(text: str) -> None:
    for m in find_dates(text):
        assert text[m.start:m.end] == m.text


def _iso_round_trip(m: DateMention) -> None:
    again = parse_date(m.iso)
    assert again is not None, m.iso
    assert (again.year, again.month, again.day, again.end_date) == (m.year, m.month, m.day, m.end_date)
    assert again.iso == m.iso


@settings(max_examples=300, deadline=None, database=None)
@given(
    st.integers(1800, 2100),
    st.one_of(st.none(), st.integers(1, 12)),
    st.integers(1, 28),
    st.sampled_from(["{Y}", "{M} {Y}", "{D} {M} {Y}", "{M} {D}, {Y}", "{Y}-{m:02d}-{D:02d}", "{m}/{D}/{Y}"]),
)
def test_iso_reparses_to_the_same_date(y: int, m: int | None, d: int, fmt: str) -> None:
    import calendar

    month = m or 1
    text = fmt.format(Y=y, M=calendar.month_name[month], m=month, D=d)
    got = parse_date(text)
    assert got is not None, text
    _iso_round_trip(got)


@pytest.mark.parametrize("text", [c[0] for c in WHOLE_CASES])
def test_iso_round_trip_on_table(text: str) -> None:
    m = parse_date(text)
    if m.end_date is None or (m.end_date[0] >= m.year):
        again = parse_date(m.iso)
        assert again is not None and again.iso == m.iso
        if m.granularity == "range":
            assert again.granularity == "range"
            assert (again.year, again.month, again.day, again.end_date) == (m.year, m.month, m.day, m.end_date)


# --- linear time on pathological input -----------------------------------------------
# Every regex quantifier in the parser is bounded, so each start position costs O(1) and a
# scan is linear. CPU time (process_time) is measured so that load from other processes on
# a shared CI box does not make the tests flaky.

N = 200_000
# Inputs with no (or almost no) date: the scan itself must be fast.
PATHOLOGICAL = {
    "digits": "1" * N,
    "year-digits": "2024" * (N // 4),
    "slashes": "1/" * (N // 2),
    "dots": "1.1." * (N // 4),
    "punctuation": ".,-–/~" * (N // 6),
    "spaces": " " * N,
    "newlines": "\n" * N,
    "months": "June " * (N // 5),
    "from-to": "from 5/1-" * (N // 9),
    "words": "the end of the " * (N // 15),
    "ordinals": "twenty second of " * (N // 17),
    "long-line": ("x" * 5000 + " 2024 ") * (N // 5006),
    "dollars": "$2024 " * (N // 6),
    "unicode": "\u00a0\u2013\u2019" * (N // 3),
}
# Inputs that are nothing but dates (thousands of them): linear, not fast. Kept at 50k
# characters so the default test run stays short.
ND = 50_000
DENSE = {
    "years-spaced": "2024 " * (ND // 5),
    "year-slashes": "2020/" * (ND // 5),
    "dashes": "2020-" * (ND // 5),
    "month-years": "June 2024 " * (ND // 10),
    "between": "between 2020 and " * (ND // 17),
    "quarters": "Q1 2020 Q2 " * (ND // 11),
}


def _cpu(text: str, day_first: bool = False) -> float:
    t0 = time.process_time()
    find_dates(text, day_first=day_first)
    return time.process_time() - t0


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_fast_on_pathological_input(name: str) -> None:
    text = PATHOLOGICAL[name]
    assert len(text) >= 0.95 * N
    assert _cpu(text) + _cpu(text, day_first=True) < 10.0


@pytest.mark.parametrize("name", list(DENSE))
def test_linear_on_date_dense_input(name: str) -> None:
    text = DENSE[name]
    half = min(_cpu(text[: len(text) // 2]) for _ in range(2))
    full = min(_cpu(text) for _ in range(2))
    assert full < 4.0 * half + 0.2, (half, full)  # linear: doubling the input ~doubles the time (generous: shared CI)
    assert full < 15.0  # ~10,000 dates; roughly 10-30 us of CPU per date


def test_million_digits_and_ten_megabyte_line() -> None:
    t0 = time.process_time()
    assert find_dates("9" * 1_000_000) == []
    assert find_dates("a" * 10_000_000) == []
    assert find_dates("1/" * 500_000) == []
    assert time.process_time() - t0 < 10.0  # CPU seconds; backtracking would take far longer


def test_the_end_of_a_range_of_a_codes_sections_is_no_year():
    text = "under the Act (16 U.S.C. §§1801-1891d) and § 1801-1884, in January 2018"
    assert [d.iso for d in find_dates(text)] == ["2018-01"]


@pytest.mark.parametrize("text,iso", [
    ("output averaged 9.8 mb/d in 3Q24", "2024-07/2024-09"),  # the trade's short quarter
    ("a rebound in 2H24", "2024-07/2024-12"),
    ("forecasts for 3Q2025", "2025-07/2025-09"),
])
def test_short_quarters_and_halves(text, iso):
    assert [d.iso for d in find_dates(text)] == [iso]
