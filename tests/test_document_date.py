"""The document's own date, read from its first lines (api.infer_document_date)."""

import pytest

from claimaudit.api import infer_document_date


@pytest.mark.parametrize(
    "head,date",
    [
        ("Australia: Background\n\nUpdated April 10, 2026 (IF10491)\n\nOverview\n", "2026-04-10"),
        ("TRADE BULLETIN\nIssue No. 4 | Statistics Unit\nAccra, 12 March 2025\n\nOverview\n", "2025-03-12"),
        ("ANALYSIS-Copper in the Andes\n\nLIMA/QUITO, 4 July 2025\n\nText.\n", "2025-07-04"),
        ("ROADS AND RAIL\n\nWorking Paper 3/2025 | Andes Institute, Cusco | 9 September 2025\n", "2025-09-09"),
        # a masthead's date with its time of day
        ("DELTA NEWS\nMarkets | Friday, 6 March 2026, 09:40 GMT\n\nHeadline\n", "2026-03-06"),
        # a cue's date follows it; an aside on the data's dates is not the document's
        ("NOTES\n\nSnapshot (2019-04-02; data mostly dated 2015-2017).\n\nText.\n", None),
        # a magazine's byline and date, with its reading time after a middle dot
        ("THE HARBOUR REVIEW\n\nBy Lena Ostrova\n9 October 2025 · 11 min read\n\nText.\n", "2025-10-09"),
        # a labelled date of issue, past a reporting period
        ("FLOOD RESPONSE\nSituation Report No. 3\n\nReporting period: 1 - 20 May 2025\nDate of issue: 23 May 2025\n", "2025-05-23"),
        # the data's date beside the date of issue
        ("DROUGHT RESPONSE\nSituation Report No. 6\nAs of 14 June 2025 | Issued 18 June 2025\n\nText.\n", "2025-06-18"),
        # a line that is the report's period only gives way to the date it was published ...
        ("PORT TRAFFIC REVIEW\nQ3 2025\n\nPublished 21 October 2025\n\nText.\n", "2025-10-21"),
        # ... and is the date where there is no other
        ("PORT TRAFFIC REVIEW\nQ3 2025\n\nText.\n", "2025-07/2025-09"),
        # a month on a line of its own is the period an update covers, and the date it was published wins ...
        ("CAMP HEALTH\nOPERATIONAL UPDATE\nJune 2025\n\nField Office | Published 11 July 2025\n\nText.\n", "2025-07-11"),
        # ... but not a date before that month (the data's)
        ("CAMP HEALTH\nOPERATIONAL UPDATE\nJune 2025\n\nData as of 28 May 2025\n\nText.\n", "2025-06"),
        # a header part that dates the data is not the document's date
        ("GRAIN BULLETIN\nIssue No. 12  |  August 2025 data  |  Published 9 September 2025\n\nText.\n", "2025-09-09"),
        # a board paper's own date, under the date of the meeting it goes to
        ("TRUST BOARD\nDate of meeting:  18 June 2025, 14:00, Boardroom\nAgenda item:  6.2\nDate of paper:    11 June 2025\n\nText.\n", "2025-06-11"),
        # a transcript's broadcast line, with the programme's times
        ("MORNING REPORT\nTRANSCRIPT\n\nBroadcast:    Monday 3 March 2025, 07:10–07:40\nPresenter:    A. Lee\n", "2025-03-03"),
        # a heading's year after a comma is no dateline
        ("HARBOUR AUTHORITY\nRelease: 18 March 2025, 09:30\n\nCARGO HIGHLIGHTS, 2024\nTonnes handled   41.2m\n", "2025-03-18"),
        ("HARBOUR AUTHORITY\nRelease: 18 March 2025    Next release: 17 June 2025\n\nText.\n", "2025-03-18"),
        # a written submission's date
        ("Written evidence submitted by the Ferry Operators' Group (FOG0012)\n\nSubmitted: 3 March 2025\n\nText.\n", "2025-03-03"),
        # a sentence of the body is no header line, however it dates its figures
        ("BULLETIN\n\n1. Data show cocoa exports reached US$2.6 billion in 2024, according to figures released "
         "in February 2025 by the marketing board, which also revised earlier years.\n", None),
        # the period a report covers gives way to its publication date; alone, it dates the report
        ("ANNUAL ROUND-UP\nPeriod covered: 1 December 2024 – 1 December 2025\nPublished: 9 December 2025, Lyon\n\nText.\n",
         "2025-12-09"),
        ("ANNUAL ROUND-UP\nPeriod covered: 1 December 2024 – 1 December 2025\n\nText.\n", "2024-12-01/2025-12-01"),
    ],
)
def test_document_date(head, date):
    assert infer_document_date(head) == date


def test_a_wire_datelines_date_before_the_story_and_a_city_with_its_state():
    from claimaudit.api import infer_document_date

    assert infer_document_date("HEADLINE\n\nLIMA/QUITO, 3 March 2026 (Andes Wire) - Exports of copper rose.\n") == "2026-03-03"
    assert infer_document_date("Fund Review No. 2\nWashington, DC, 12 May 2026\n\nTITLE\n") == "2026-05-12"


def test_a_day_without_a_year_is_read_in_the_year_of_the_documents_date():
    from claimaudit.api import extract_text

    text = ("Port Review No. 3\nLagos, 9 August 2025\n\n"
            "The Ports Authority said on 3 June that 62% of berths were in use. It added on 20 August that "
            "1,200 ships had called. The Ports Authority said on 4 December that 48 berths were idle.\n")
    claims = {c.text: c for c in extract_text(text).claims}
    assert claims["62%"].source_date == "2025-06-03"
    assert claims["48"].source_date == "2024-12-04"  # months after the document's date: the year before
    # days after it, within two months: the document's year (so a statement dated after the
    # document is seen as one, not read as a year old)
    assert claims["1,200"].source_date == "2025-08-20"


def test_a_day_that_no_month_has_is_no_date():
    from claimaudit.extraction.parse.dates import document_date, find_yearless_dates

    reference = document_date("Lagos, 9 August 2025\n")
    found = [d.iso for d in find_yearless_dates("said on 31 June and on 29 February and on 30 April", reference)]
    assert found == ["2025-04-30"]  # 31 June and (in 2025) 29 February do not exist


def test_a_day_without_a_year_may_end_its_sentence():
    from claimaudit.extraction.parse.dates import document_date, find_yearless_dates

    reference = document_date("Lima, 9 October 2026\n\nText.")
    text = "The agency reported on 2 September. Prices fell 4.5 percent by 12 May.5 and 3 June.7"
    assert [d.iso for d in find_yearless_dates(text, reference)] == ["2026-09-02"]


def test_last_year_and_this_year_are_years_of_the_documents_date():
    from claimaudit.api import extract_text

    text = ("Port Review No. 4\nLagos, 9 August 2025\n\n"
            "The authority counted 1,400 ship calls last year and 980 so far this year. "
            "Over the last year, 12 berths were rebuilt.\n")
    claims = {c.text: c for c in extract_text(text).claims}
    assert (claims["1,400"].period, claims["980"].period) == ("2024", "2025")
    assert claims["12"].period is None  # "the last year": twelve months, no calendar year


def test_last_month_is_the_month_before_the_documents_date():
    from claimaudit.api import extract_text

    text = ("KAMPALA, 4 February 2026 (Lake Wire) - The IOM said in a statement last month that 2,300 migrants "
            "had crossed the border since June.\n")
    claim = next(c for c in extract_text(text).claims if c.text == "2,300")
    assert (claim.source, claim.source_date) == ("International Organization for Migration", "2026-01")
