"""Mark an invoice paid or part-paid: invoice, amount, date and reference, then confirm.

The payment date and a reference (UTR, UPI or cheque number) are both
required; a date before the invoice date is refused. "Full" means what the
buyer owes on the payment date (principal plus s.16 interest, from the tools).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from langgraph.runtime import Runtime

from agents.answers import normalise
from agents.deps import AgentDeps
from agents.flows.common import (
    ask,
    day,
    done,
    error_text,
    money,
    now,
    say,
    text,
    today,
    unconfirmed,
)
from agents.state import ConversationState, Node, TurnContext
from store.ledger import quote_invoice
from store.models import InvoiceStatus
from store.unit_of_work import UnitOfWork
from tools.date_phrases import extract_date
from tools.errors import InputError
from tools.interest import Payment
from tools.money import parse_amount

FLOW = "mark_paid"
FULL_WORDS = frozenset({"full", "all", "full amount", "poora", "pura", "pure", "sab", "saara",
                        "पूरा", "पूरे", "सब", "muzhu", "muzhusum", "ellam", "முழு", "முழுவதும்",
                        "எல்லாம்", "முழுத் தொகை"})


def build_mark_paid(deps: AgentDeps) -> Node:
    def mark_paid(state: ConversationState, *, runtime: Runtime[TurnContext]) -> dict[str, Any]:
        retailer_id = state["retailer_id"]
        assert retailer_id is not None
        uow = runtime.context.uow
        if state.get("flow") != FLOW:
            slots = (state.get("understood") or {}).get("slots", {})
            draft: dict[str, Any] = {}
            problems: list[str] = []
            for step in ("invoice_number", "date", "amount", "reference"):
                if slots.get(step) not in (None, ""):
                    try:
                        draft = _apply(uow, state, draft, step, str(slots[step]), retailer_id)
                    except InputError as error:
                        problems.append(error_text(state, error))
            words = set(normalise(text(state)).split())
            if "amount" not in draft and words & FULL_WORDS:
                draft["amount"] = "full"
            return _next(deps, uow, state, draft, problems, retailer_id)
        draft = dict(state.get("draft") or {})
        step = state.get("step") or ""
        if step == "confirm":
            return _confirm(deps, uow, state, draft, retailer_id)
        try:
            draft = _apply(uow, state, draft, step, text(state), retailer_id)
        except InputError as error:
            return _next(deps, uow, state, draft, [error_text(state, error)], retailer_id)
        return _next(deps, uow, state, draft, [], retailer_id)

    return mark_paid


def _apply(uow: UnitOfWork, state: ConversationState, draft: dict[str, Any], step: str,
           value: str, retailer_id: int) -> dict[str, Any]:
    draft = dict(draft)
    if step == "invoice_number":
        invoice = uow.invoices(retailer_id).by_number(value.strip())
        if invoice is None:
            raise InputError("invoice_number", "invoice-unknown", number=value.strip())
        if invoice.status in (InvoiceStatus.PAID, InvoiceStatus.WRITTEN_OFF):
            raise InputError("invoice_number", "invoice-closed", number=invoice.number,
                             status=invoice.status.value)
        draft.update(invoice_id=invoice.id, invoice_number=invoice.number,
                     invoice_date=invoice.invoice_date.isoformat())
    elif step == "date":
        found = extract_date(value, today(state), prefer="past")
        if found is None:
            raise InputError("paid_on", "date-not-understood", value=value)
        if found > today(state):
            raise InputError("paid_on", "date-in-future", value=found.isoformat())
        if "invoice_date" in draft and found < date.fromisoformat(draft["invoice_date"]):
            raise InputError("paid_on", "payment-date-before-invoice",
                             paid_on=found.isoformat(), invoice_date=draft["invoice_date"])
        draft["paid_on"] = found.isoformat()
    elif step == "amount":
        if normalise(value) in FULL_WORDS:
            draft["amount"] = "full"
        else:
            draft["amount"] = f"{parse_amount(value, 'amount'):.2f}"
    elif step == "reference":
        reference = value.strip()
        if not reference or len(reference) > 100:
            raise InputError("reference", "required")
        draft["reference"] = reference
    return draft


def _missing(draft: dict[str, Any]) -> str | None:
    for step, key in (("invoice_number", "invoice_id"), ("amount", "amount"),
                      ("date", "paid_on"), ("reference", "reference")):
        if key not in draft:
            return step
    return None


def _next(deps: AgentDeps, uow: UnitOfWork, state: ConversationState, draft: dict[str, Any],
          before: list[str], retailer_id: int) -> dict[str, Any]:
    if "paid_on" in draft and "invoice_date" in draft and \
            draft["paid_on"] < draft["invoice_date"]:
        before.append(error_text(state, InputError(
            "paid_on", "payment-date-before-invoice", paid_on=draft["paid_on"],
            invoice_date=draft["invoice_date"])))
        draft.pop("paid_on")
    step = _missing(draft)
    if step is not None:
        return ask(FLOW, step, draft, *before,
                   say(state, f"payment-ask-{step.replace('_', '-')}",
                       number=draft.get("invoice_number", "")))
    retailer = uow.retailers.get(retailer_id)
    invoice = uow.invoices(retailer_id).require(draft["invoice_id"])
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
    return ask(FLOW, "confirm", draft, *before, summary + "\n" + say(state, "confirm-yes-no"))


def _confirm(deps: AgentDeps, uow: UnitOfWork, state: ConversationState, draft: dict[str, Any],
             retailer_id: int) -> dict[str, Any]:
    refused = unconfirmed(state, FLOW, draft, "payment-discarded")
    if refused is not None:
        return refused
    try:
        with uow.atomic():
            uow.record_payment(retailer_id, draft["invoice_id"],
                               paid_on=date.fromisoformat(draft["paid_on"]),
                               amount=draft["amount_value"], reference=draft["reference"],
                               today=today(state), policy=deps.interest_policy,
                               settles=bool(draft.get("settles")), now=now(state),
                               actor="retailer")
            invoice = uow.invoices(retailer_id).require(draft["invoice_id"])
            closed = invoice.status == InvoiceStatus.PAID
    except InputError as error:
        return done(error_text(state, error))
    key = "payment-saved-closed" if closed else "payment-saved-part"
    return done(say(state, key, number=draft["invoice_number"]))
