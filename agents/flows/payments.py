"""Mark an invoice paid or part-paid: invoice, amount, date and reference, then confirm.

The payment date and a reference (UTR, UPI or cheque number) are both
required; a date before the invoice date is refused. "Full" means what the
buyer owes on the payment date (principal plus s.16 interest, from the tools).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from agents.answers import is_skip, normalise, yes_no
from agents.flows.common import day, error_text, money, now, say, text, today
from agents.flows.forms import Form, FormTurn, Slot, understood_slot
from store.ledger import quote_invoice
from store.models import InvoiceStatus
from tools.date_phrases import extract_date
from tools.errors import InputError
from tools.interest import Payment
from tools.money import parse_amount

FLOW = "mark_paid"
FULL_WORDS = frozenset({"full", "all", "full amount", "poora", "pura", "pure", "sab", "saara",
                        "पूरा", "पूरे", "सब", "muzhu", "muzhusum", "ellam", "முழு", "முழுவதும்",
                        "எல்லாம்", "முழுத் தொகை"})


def _invoice(turn: FormTurn, draft: dict[str, Any], value: str) -> dict[str, Any]:
    if yes_no(value) is not None or is_skip(value):  # an answer, not the number asked for
        raise InputError("invoice_number", "invoice-number-not-a-number", value=value.strip()[:40])
    invoice = turn.uow.invoices(turn.retailer_id).by_number(value.strip())
    if invoice is None:
        raise InputError("invoice_number", "invoice-unknown", number=value.strip())
    if invoice.status in (InvoiceStatus.PAID, InvoiceStatus.WRITTEN_OFF):
        raise InputError("invoice_number", "invoice-closed", number=invoice.number,
                         status=invoice.status.value)
    return {**draft, "invoice_id": invoice.id, "invoice_number": invoice.number,
            "invoice_date": invoice.invoice_date.isoformat()}


def _paid_on(turn: FormTurn, draft: dict[str, Any], value: str) -> dict[str, Any]:
    found = extract_date(value, today(turn.state), prefer="past")
    if found is None:
        raise InputError("paid_on", "date-not-understood", value=value)
    if found > today(turn.state):
        raise InputError("paid_on", "date-in-future", value=found)
    if "invoice_date" in draft and found < date.fromisoformat(draft["invoice_date"]):
        raise InputError("paid_on", "payment-date-before-invoice",
                         paid_on=found, invoice_date=date.fromisoformat(draft["invoice_date"]))
    return {**draft, "paid_on": found.isoformat()}


def _amount(turn: FormTurn, draft: dict[str, Any], value: str) -> dict[str, Any]:
    if normalise(value) in FULL_WORDS:
        return {**draft, "amount": "full"}
    return {**draft, "amount": f"{parse_amount(value, 'amount'):.2f}"}


def _reference(turn: FormTurn, draft: dict[str, Any], value: str) -> dict[str, Any]:
    reference = value.strip()
    if not reference or len(reference) > 100:
        raise InputError("reference", "required")
    return {**draft, "reference": reference}


def _full_if_said(turn: FormTurn, draft: dict[str, Any]) -> dict[str, Any]:
    """"1045 full paid": the whole message says the amount is what is owed."""
    if "amount" not in draft and set(normalise(text(turn.state)).split()) & FULL_WORDS:
        return {**draft, "amount": "full"}
    return draft


def _date_after_invoice(turn: FormTurn, draft: dict[str, Any]
                        ) -> tuple[dict[str, Any], list[str]]:
    """A payment date read before the invoice was known, and earlier than it: asked again."""
    if "paid_on" in draft and "invoice_date" in draft and \
            draft["paid_on"] < draft["invoice_date"]:
        problem = error_text(turn.state, InputError(
            "paid_on", "payment-date-before-invoice", paid_on=date.fromisoformat(draft["paid_on"]),
            invoice_date=date.fromisoformat(draft["invoice_date"])))
        return {k: v for k, v in draft.items() if k != "paid_on"}, [problem]
    return draft, []


def _summary(turn: FormTurn, draft: dict[str, Any]) -> tuple[dict[str, Any], str]:
    state, deps = turn.state, turn.deps
    retailer = turn.uow.retailers.get(turn.retailer_id)
    invoice = turn.uow.invoices(turn.retailer_id).require(draft["invoice_id"])
    assert retailer is not None
    paid_on = date.fromisoformat(draft["paid_on"])
    owed = quote_invoice(invoice, retailer, paid_on, deps.interest_policy).total_due
    amount = owed if draft["amount"] == "full" else Decimal(draft["amount"])
    after = quote_invoice(invoice, retailer, paid_on, deps.interest_policy,
                          extra_payments=[Payment(paid_on=paid_on, amount=amount)])
    draft = {**draft, "amount_value": f"{amount:.2f}", "settles": after.total_due <= 0}
    summary = say(state, "payment-confirm", number=draft["invoice_number"],
                  amount=money(state, amount), date=day(state, paid_on),
                  reference=draft["reference"],
                  remaining=money(state, max(after.total_due, Decimal("0"))))
    if amount > owed:  # 90,000 on an 85,000 invoice: said, not silently taken
        summary += "\n" + say(state, "warning-payment-exceeds-due", excess=money(
            state, amount - owed), date=day(state, paid_on), owed=money(state, owed))
    return draft, summary


def _save(turn: FormTurn, draft: dict[str, Any]) -> list[str]:
    uow, state, retailer_id = turn.uow, turn.state, turn.retailer_id
    with uow.atomic():
        uow.record_payment(retailer_id, draft["invoice_id"],
                           paid_on=date.fromisoformat(draft["paid_on"]),
                           amount=draft["amount_value"], reference=draft["reference"],
                           today=today(state), policy=turn.deps.interest_policy,
                           settles=bool(draft.get("settles")), now=now(state),
                           actor="retailer")
        invoice = uow.invoices(retailer_id).require(draft["invoice_id"])
        closed = invoice.status == InvoiceStatus.PAID
    key = "payment-saved-closed" if closed else "payment-saved-part"
    return [say(state, key, number=draft["invoice_number"])]


def _number(turn: FormTurn, draft: dict[str, Any]) -> dict[str, Any]:
    return {"number": draft.get("invoice_number", "")}


MARK_PAID = Form(
    name=FLOW,
    slots=(
        Slot("invoice_number", _invoice, "payment-ask-invoice-number", key="invoice_id",
             prefill=understood_slot("invoice_number"), question_params=_number,
             takes=("invoice_number",)),
        Slot("amount", _amount, "payment-ask-amount", prefill=understood_slot("amount"),
             question_params=_number, takes=("amount",)),
        Slot("date", _paid_on, "payment-ask-date", key="paid_on", prefill=understood_slot("date"),
             question_params=_number, takes=("date",)),
        Slot("reference", _reference, "payment-ask-reference", prefill=understood_slot("reference"),
             question_params=_number, takes=("reference",)),
    ),
    summary=_summary, save=_save, discarded="payment-discarded", start=_full_if_said,
    check=_date_after_invoice)
