"""The document's own date, read from its first lines (api.infer_document_date)."""

import pytest

from claimaudit.api import infer_document_date


@pytest.mark.parametrize(
    "head,date",
    [
        ("Australia: Background\n\nUpdated April 10, 2026 (IF10491)\n\nOverview\n", "2026-04-10"),
        ("PAYMENTS BULLETIN\nIssue No. 12 | Research Unit\nNairobi, 30 May 2025\n\nOverview\n", "2025-05-30"),
        ("ANALYSIS-Water in the Gulf\n\nDUBAI/RABAT, 11 June 2025\n\nText.\n", "2025-06-11"),
        ("ICE AND GAS\n\nResearch Paper 7/2025 | Policy Centre, Tromsø | 15 August 2025\n", "2025-08-15"),
        # a sentence of the body is no header line, however it dates its figures
        ("BULLETIN\n\n1. Data show remittances reached US$4.9 billion in 2024, according to figures released "
         "in January 2025 by the central bank, which also revised earlier years.\n", None),
    ],
)
def test_document_date(head, date):
    assert infer_document_date(head) == date
