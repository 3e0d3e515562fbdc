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
        # a sentence of the body is no header line, however it dates its figures
        ("BULLETIN\n\n1. Data show cocoa exports reached US$2.6 billion in 2024, according to figures released "
         "in February 2025 by the marketing board, which also revised earlier years.\n", None),
    ],
)
def test_document_date(head, date):
    assert infer_document_date(head) == date
