"""What a speech recogniser writes, read as the command it was: invoice numbers it grouped
like money ("invoice 1,043") stay invoice numbers; money stays money."""

from __future__ import annotations

from datetime import date

import pytest

from agents.retailer_commands import as_typed
from agents.understanding import understand

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(("heard", "intent", "slots"), [
    ("What is the status of invoice 1,043?", "invoice_detail", {"invoice_number": "1043"}),
    ("Invoice 1,043 paid 50,000.", "mark_paid",
     {"invoice_number": "1043", "amount": "50000.00"}),
    ("Paid 12,000 rupees for bill no. 2,210.", "mark_paid",
     {"invoice_number": "2210", "amount": "12000.00"}),
    ("Stop the reminders for invoice 1,043.", "pause_reminders", {"invoice_number": "1043"}),
    ("बिल 2,210 का स्टेटस क्या है", "invoice_detail", {"invoice_number": "2210"}),
    ("Mark invoice 511 paid 20,000 on 25 November UTR 998,877,665,544", "mark_paid",
     {"invoice_number": "511", "amount": "20000.00", "reference": "998877665544"}),
])
def test_a_grouped_invoice_number_is_read_as_the_invoice(heard: str, intent: str,
                                                        slots: dict[str, str]) -> None:
    read = understand(as_typed(heard), TODAY, language_hint="en")
    assert read.intent == intent
    assert {k: read.slots.get(k) for k in slots} == slots


@pytest.mark.parametrize("heard", ["Rs 1,043 received", "got 50,000 from Ravi Stores",
                                   "invoice 77 paid 1,20,000"])
def test_money_is_left_as_it_was_said(heard: str) -> None:
    assert as_typed(heard) == heard
