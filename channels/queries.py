"""Stateless legal queries over text input, shared by the CLI and the HTTP API.

Input arrives as strings (a shell, a JSON body); each is parsed by ``tools/``
so a bad value fails with an :class:`~tools.errors.InputError` naming the
field and the rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

from tools.bank_rate import constant_rate
from tools.dates import parse_iso_date
from tools.due_date import compute_due_date
from tools.eligibility import assess_eligibility
from tools.errors import InputError
from tools.gstin import check_gstin
from tools.interest import InterestPolicy, PartialMonth, Payment, RateMode, compute_interest
from tools.money import parse_amount


@dataclass
class QuoteRequest:
    principal: str
    accepted: str
    as_of: str
    invoice_date: str | None = None
    agreed_days: int | None = None
    bank_rate: str | None = None
    payments: list[str] = field(default_factory=list)
    complete_months_only: bool = False
    rate_mode: str | None = None
    partial_month: str | None = None
    enterprise_type: str | None = None
    activity: str | None = None
    udyam_registered_on: str | None = None
    contract_rate: str | None = None


def parse_payment(text: str) -> Payment:
    """``YYYY-MM-DD:AMOUNT`` (the CLI's ``--payment``) into a payment."""
    day, sep, amount = text.partition(":")
    if not sep:
        raise InputError("payment", "payment-format", value=text)
    return Payment(paid_on=parse_iso_date(day.strip(), "payment"),
                   amount=parse_amount(amount.strip(), "payment"))


def parse_rate(text: str, field: str) -> Decimal:
    """A percentage such as ``5.50``: positive and below 100."""
    try:
        rate = Decimal(text.strip().rstrip("%"))
    except InvalidOperation:
        raise InputError(field, "rate-invalid", value=text) from None
    if not rate.is_finite() or rate <= 0 or rate >= 100:
        raise InputError(field, "rate-invalid", value=text)
    return rate


def with_overrides(policy: InterestPolicy, *, bank_rate: str | None = None,
                   rate_mode: str | None = None, partial_month: str | None = None,
                   complete_months_only: bool = False) -> InterestPolicy:
    """The deployment's ``policy`` with one question's explicit overrides (the CLI's
    flags, the API's fields), each checked: an unknown choice names the field."""
    if bank_rate is not None:
        policy = replace(policy, bank_rates=constant_rate(parse_rate(bank_rate, "bank_rate")))
    if rate_mode is not None:
        policy = replace(policy, rate_mode=_choice(RateMode, rate_mode, "rate_mode"))
    if complete_months_only:
        policy = replace(policy, partial_month=PartialMonth.IGNORED)
    elif partial_month is not None:
        policy = replace(policy, partial_month=_choice(PartialMonth, partial_month,
                                                       "partial_month"))
    return policy


_E = TypeVar("_E", bound=StrEnum)


def _choice(kind: type[_E], text: str, field: str) -> _E:
    try:
        return kind(text)
    except ValueError:
        raise InputError(field, "choice-invalid", value=text,
                         allowed=", ".join(m.value for m in kind)) from None


def run_quote(request: QuoteRequest, policy: InterestPolicy) -> dict[str, Any]:
    """The interest quote as a JSON-ready dict (amounts as two-decimal strings), under
    the deployment's interest ``policy`` and the request's overrides."""
    principal = parse_amount(request.principal, "principal")
    accepted = parse_iso_date(request.accepted, "accepted")
    as_of = parse_iso_date(request.as_of, "as_of")
    invoice_date = (parse_iso_date(request.invoice_date, "invoice_date")
                    if request.invoice_date else accepted)
    payments = [parse_payment(p) for p in request.payments]
    policy = with_overrides(policy, bank_rate=request.bank_rate, rate_mode=request.rate_mode,
                            partial_month=request.partial_month,
                            complete_months_only=request.complete_months_only)
    due = compute_due_date(invoice_date, accepted_on=accepted, agreed_days=request.agreed_days)
    section16 = True
    eligibility_reasons: list[str] = []
    if request.enterprise_type or request.activity or request.udyam_registered_on:
        eligibility = assess_eligibility(
            request.enterprise_type or "micro", request.activity or "manufacturing",
            parse_iso_date(request.udyam_registered_on, "udyam_registered_on")
            if request.udyam_registered_on else None,
            invoice_date,
        )
        section16 = eligibility.section16
        eligibility_reasons = list(eligibility.reasons)
    quote = compute_interest(
        principal, due, as_of, policy=policy, payments=payments,
        contractual_annual_rate=(parse_rate(request.contract_rate, "contract_rate")
                                 if request.contract_rate else None),
        section16=section16,
    )
    result = quote.to_json_dict()
    result["eligibility"] = {"section16": section16, "reasons": eligibility_reasons}
    return result


def gstin_report(value: str) -> dict[str, Any]:
    """One GSTIN's check as the CLI and API print it."""
    check = check_gstin(value)
    return {
        "gstin": check.gstin,
        "valid": check.valid,
        "reason": check.reason,
        "state_code": check.state_code,
        "pan": check.pan,
        "state_name": check.state_name,
    }
