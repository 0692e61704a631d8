"""Section 15 due dates: 15 days without a written agreement, at most 45 with one."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prompts import LANGUAGES
from tools.due_date import (
    DEFAULT_CREDIT_DAYS,
    MAX_AGREED_CREDIT_DAYS,
    compute_due_date,
)
from tools.errors import InputError

SCRIPTS = {"hi": r"[\u0900-\u097F]", "ta": r"[\u0B80-\u0BFF]", "en": r"[A-Za-z]"}


def test_without_a_written_agreement_payment_is_due_15_days_after_acceptance() -> None:
    due = compute_due_date(date(2026, 3, 1))
    assert due.agreed_days is None and due.credit_days_applied == 15
    assert due.due_date == date(2026, 3, 16)
    # s.2(b): the appointed day is the day after those 15 days, acceptance + 16.
    assert due.interest_from == date(2026, 3, 17)
    assert due.advisories == ()


def test_acceptance_defaults_to_the_invoice_date() -> None:
    due = compute_due_date(date(2026, 10, 3), agreed_days=30)
    assert due.accepted_on == date(2026, 10, 3)
    assert (due.due_date, due.interest_from) == (date(2026, 11, 2), date(2026, 11, 3))


def test_a_later_acceptance_starts_the_credit_period() -> None:
    due = compute_due_date(date(2026, 1, 1), accepted_on=date(2026, 1, 10), agreed_days=20)
    assert (due.accepted_on, due.due_date) == (date(2026, 1, 10), date(2026, 1, 30))


def test_45_agreed_days_are_allowed_as_they_are() -> None:
    due = compute_due_date(date(2026, 1, 1), agreed_days=45)
    assert due.due_date == date(2026, 2, 15) and due.interest_from == date(2026, 2, 16)
    assert due.credit_days_applied == 45 and due.advisories == ()


@pytest.mark.parametrize("agreed", [46, 60, 90, 365])
def test_a_longer_agreement_is_capped_at_45_days_with_an_advisory(agreed: int) -> None:
    due = compute_due_date(date(2026, 1, 1), agreed_days=agreed)
    assert due.agreed_days == agreed and due.credit_days_applied == 45
    assert due.due_date == date(2026, 2, 15)
    (advisory,) = due.advisories
    assert advisory.rule == "credit-period-capped"
    assert advisory.params == {"agreed_days": agreed, "cap": 45}
    english = advisory.render("en")
    assert "Section 15" in english and "45" in english and str(agreed) in english
    for language in LANGUAGES:
        text = advisory.render(language)
        assert re.search(SCRIPTS[language], text) and "45" in text


def test_zero_agreed_days_means_due_on_acceptance() -> None:
    due = compute_due_date(date(2026, 5, 5), agreed_days=0)
    assert due.due_date == date(2026, 5, 5) and due.interest_from == date(2026, 5, 6)


def test_acceptance_before_the_invoice_date_is_refused() -> None:
    with pytest.raises(InputError) as raised:
        compute_due_date(date(2026, 10, 3), accepted_on=date(2026, 10, 1))
    error = raised.value
    assert (error.field, error.rule) == ("accepted_on", "acceptance-before-invoice")
    assert error.render("en") == ("The acceptance date (1 October 2026) cannot be before the "
                                  "invoice date (3 October 2026).")
    for language in LANGUAGES:  # dates as people write them, never ISO
        text = error.render(language)
        assert re.search(SCRIPTS[language], text) and "2026-10-01" not in text
    assert "1 अक्टूबर 2026" in error.render("hi") and "1 அக்டோபர் 2026" in error.render("ta")


def test_negative_agreed_days_are_refused() -> None:
    with pytest.raises(InputError) as raised:
        compute_due_date(date(2026, 10, 3), agreed_days=-1)
    error = raised.value
    assert (error.field, error.rule) == ("agreed_days", "agreed-days-negative")
    for language in LANGUAGES:
        text = error.render(language)
        assert re.search(SCRIPTS[language], text) and "-1" in text


@settings(deadline=None)
@given(
    invoice=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 1, 1)),
    delay=st.integers(min_value=0, max_value=60),
    agreed=st.none() | st.integers(min_value=0, max_value=400),
)
def test_the_due_date_never_exceeds_the_statutory_limit(invoice: date, delay: int,
                                                        agreed: int | None) -> None:
    accepted = invoice + timedelta(days=delay)
    due = compute_due_date(invoice, accepted_on=accepted, agreed_days=agreed)
    expected_days = DEFAULT_CREDIT_DAYS if agreed is None else min(agreed,
                                                                    MAX_AGREED_CREDIT_DAYS)
    assert due.credit_days_applied == expected_days
    assert due.due_date == accepted + timedelta(days=expected_days)
    assert (due.due_date - due.accepted_on).days <= MAX_AGREED_CREDIT_DAYS
    assert due.interest_from == due.due_date + timedelta(days=1)
    assert bool(due.advisories) == (agreed is not None and agreed > MAX_AGREED_CREDIT_DAYS)
    assert due.invoice_date == invoice and due.agreed_days == agreed
