"""Every SMS reminder fits in two SMS parts, in every language.

docs/messaging.md "Messaging rules": Hindi and Tamil SMS are UCS-2, 70 characters in one
part and 67 a part once concatenated, so two parts hold 134 characters; English SMS stay
in the GSM-7 alphabet (160, or 153 a part concatenated: 306 for two). Each DLT template
of ``prompts/templates/sms_dlt.yaml`` is rendered the way the monitor sends it
(:func:`agents.reminder_drafting.draft_reminder`) with long but realistic values: a
business name of the usual length, a lakh-scale amount, interest and total with paise,
and the due date in the month whose name is the longest in that language.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from agents.reminder_drafting import (
    SMS_VARIABLE_MAX_CHARS,
    TEMPLATE_KEYS,
    ReminderFacts,
    draft_reminder,
    load_sms_templates,
    template_key,
)
from prompts import LANGUAGES
from tools.dates import format_date

#: GSM 03.38: the basic alphabet (one septet each) and its extension table (two each).
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
GSM7_EXTENSION = frozenset("^{}\\[~]|€\f")
MAX_PARTS = 2

LONG_NAME = "Sri Venkateswara Agencies and General Traders Private Limited"


def sms_parts(text: str) -> int:
    """How many SMS parts ``text`` takes: GSM-7 if every character has a septet, else UCS-2."""
    if all(c in GSM7_BASIC or c in GSM7_EXTENSION for c in text):
        units, single, concatenated = sum(2 if c in GSM7_EXTENSION else 1 for c in text), 160, 153
    else:
        units, single, concatenated = len(text.encode("utf-16-le")) // 2, 70, 67
    return 1 if units <= single else math.ceil(units / concatenated)


def test_sms_parts_counts_the_way_operators_do() -> None:
    assert sms_parts("a" * 160) == 1 and sms_parts("a" * 161) == 2 and sms_parts("a" * 306) == 2
    assert sms_parts("a" * 307) == 3 and sms_parts("€" * 80) == 1 and sms_parts("€" * 81) == 2
    assert sms_parts("க" * 70) == 1 and sms_parts("क" * 71) == 2
    assert sms_parts("க" * 134) == 2 and sms_parts("க" * 135) == 3
    assert sms_parts("₹" + "a" * 69) == 1  # the rupee sign makes the whole SMS UCS-2


def _longest_month_due_date(language: str) -> date:
    """The 30th (28 February) of the month whose name is the longest in ``language``."""
    days = [date(2026, month, 28 if month == 2 else 30) for month in range(1, 13)]
    return max(days, key=lambda day: len(format_date(day, language)))


def _facts(key: str, language: str, **changes: Any) -> ReminderFacts:
    due = _longest_month_due_date(language)
    overdue = key.startswith("overdue") or key.endswith("with_interest")
    as_of = due + timedelta(days=31) if overdue else due - timedelta(days=3)
    stage = {"overdue_reminder_no_interest": "overdue_reminder",
             "overdue_firm_no_interest": "overdue_firm",
             "overdue_final_no_interest": "overdue_final",
             "promise_follow_up_with_interest": "promise_follow_up"}.get(key, key)
    with_interest = overdue and not key.endswith("no_interest")
    facts = ReminderFacts(
        stage=stage, language=language, buyer_name="Sri Murugan Traders",
        retailer_name="Lakshmi Textiles", invoice_number="INV-2026-0042",
        amount=Decimal("1234567"), due_date=due, as_of=as_of,
        days_overdue=max(0, (as_of - due).days),
        interest=Decimal("18519.26") if with_interest else None,
        total_due=Decimal("1253086.26") if with_interest else None,
        section16=with_interest, payment_link=None, buyer_region="TN",
        paid_on_time_count=0, paid_late_count=0, relationship_months=2)
    facts = replace(facts, **changes)
    assert template_key(facts) == key
    return facts


CASES = [(key, language) for key in TEMPLATE_KEYS for language in LANGUAGES]


@pytest.mark.parametrize(("key", "language"), CASES, ids=[f"{k}-{lang}" for k, lang in CASES])
def test_every_sms_reminder_fits_in_two_parts(key: str, language: str) -> None:
    variants = [_facts(key, language),
                # after a part payment the SMS asks for the balance, paise and all
                _facts(key, language, balance=Decimal("1034567.50"))]
    if language == "en":  # GSM-7 has room for names at the DLT limit of 30 characters
        variants.append(_facts(key, language, buyer_name=LONG_NAME, retailer_name=LONG_NAME))
    for facts in variants:
        draft = draft_reminder(facts)
        assert draft.sms_template_id == load_sms_templates()[key, language].template_id
        assert "{#var#}" not in draft.sms_text
        assert all(len(value) <= SMS_VARIABLE_MAX_CHARS for value in draft.sms_variables)
        assert sms_parts(draft.sms_text) <= MAX_PARTS, (len(draft.sms_text), draft.sms_text)


@pytest.mark.parametrize("key", TEMPLATE_KEYS)
def test_english_sms_stay_in_the_gsm_7_alphabet(key: str) -> None:
    text = draft_reminder(_facts(key, "en")).sms_text
    assert all(c in GSM7_BASIC or c in GSM7_EXTENSION for c in text), text


@pytest.mark.parametrize("language", ["hi", "ta"])
def test_sms_amounts_are_whole_rupees_and_keep_real_paise(language: str) -> None:
    text = draft_reminder(_facts("overdue_reminder", language)).sms_text
    assert "₹12,34,567," in text and "₹12,34,567.00" not in text
    assert "₹18,519.26" in text and "₹12,53,086.26" in text
