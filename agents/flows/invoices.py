"""Invoices: add one from a typed line (asking for what is missing and confirming
before saving), list what is pending, and show one invoice.

Due dates (s.15), interest (s.16) and amounts come from ``tools/`` through
the ledger; nothing here computes law.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from langgraph.runtime import Runtime

from agents.answers import is_none, is_same, is_skip
from agents.channel_policy import unreachable_reason
from agents.deps import AgentDeps
from agents.flows.common import ask, day, done, error_text, money, say, text, today, unconfirmed
from agents.state import ConversationState, Node, TurnContext
from store.ledger import quote_invoice
from store.models import Invoice, InvoiceStatus, Retailer
from store.unit_of_work import UnitOfWork
from tools.date_phrases import extract_date
from tools.dates import today_ist
from tools.due_date import compute_due_date
from tools.errors import InputError
from tools.gstin import check_gstin, repair_ocr_gstin
from tools.interest import InterestQuote
from tools.money import parse_amount
from tools.phone import normalise_indian_mobile
from tools.schedule import reminder_schedule

FLOW = "add_invoice"
LIST_LIMIT = 10



# -- add an invoice -------------------------------------------------------------------------

def build_add_invoice(deps: AgentDeps) -> Node:
    def add_invoice_node(state: ConversationState, *,
                         runtime: Runtime[TurnContext]) -> dict[str, Any]:
        retailer_id = state["retailer_id"]
        assert retailer_id is not None
        uow = runtime.context.uow
        if state.get("flow") != FLOW:
            draft, problems = _draft_from_slots(uow, state, retailer_id)
            return _next_question(deps, state, draft, problems)
        draft = dict(state.get("draft") or {})
        step = state.get("step") or ""
        if step == "confirm":
            return _confirm(uow, state, draft, retailer_id)
        try:
            draft = _apply_answer(uow, state, draft, step, retailer_id)
        except InputError as error:
            return _next_question(deps, state, draft, [error_text(state, error)])
        return _next_question(deps, state, draft, [])

    return add_invoice_node


def _draft_from_slots(uow: UnitOfWork, state: ConversationState,
                      retailer_id: int) -> tuple[dict[str, Any], list[str]]:
    slots = (state.get("understood") or {}).get("slots", {})
    draft: dict[str, Any] = {}
    problems: list[str] = []
    for step, value in (("invoice_number", slots.get("invoice_number")),
                        ("buyer", slots.get("gstin") or
                         (state.get("understood") or {}).get("buyer_name")),
                        ("amount", slots.get("amount")),
                        ("invoice_date", slots.get("date")),
                        ("agreed_days", slots.get("agreed_days"))):
        if value in (None, ""):
            continue
        try:
            draft = _apply_value(uow, state, draft, step, str(value), retailer_id)
        except InputError as error:
            problems.append(error_text(state, error))
    return draft, problems


def _apply_answer(uow: UnitOfWork, state: ConversationState, draft: dict[str, Any], step: str,
                  retailer_id: int) -> dict[str, Any]:
    return _apply_value(uow, state, draft, step, text(state), retailer_id)


def _apply_value(uow: UnitOfWork, state: ConversationState, draft: dict[str, Any], step: str,
                 value: str, retailer_id: int) -> dict[str, Any]:
    """Validate one answer with the tools and put it in a copy of the draft."""
    draft = dict(draft)
    if step == "invoice_number":
        number = value.strip()
        if not number or len(number) > 64:
            raise InputError("invoice_number", "required")
        if uow.invoices(retailer_id).by_number(number) is not None:
            raise InputError("invoice_number", "invoice-exists", number=number)
        draft["invoice_number"] = number
    elif step == "buyer":
        draft.update(_find_buyer(uow, value, retailer_id))
    elif step == "buyer_name":
        if not value.strip() or len(value) > 200:
            raise InputError("name", "required")
        draft["buyer_name"] = value.strip()
    elif step == "buyer_phone":
        draft["buyer_phone"] = None if is_skip(value) else normalise_indian_mobile(value)
        draft["buyer_phone_asked"] = True
    elif step == "amount":
        draft["amount"] = f"{parse_amount(value, 'amount'):.2f}"
    elif step == "invoice_date":
        draft["invoice_date"] = _date_answer(state, value, "invoice_date").isoformat()
    elif step == "accepted_on":
        invoice_date = date.fromisoformat(draft["invoice_date"])
        accepted = invoice_date if is_same(value) else _date_answer(state, value, "accepted_on")
        compute_due_date(invoice_date, accepted_on=accepted)  # refuses acceptance before invoice
        draft["accepted_on"] = accepted.isoformat()
    elif step == "agreed_days":
        if is_none(value):
            draft["agreed_days"] = None
        else:
            digits = "".join(ch for ch in value if ch.isdigit())
            if not digits:
                raise InputError("agreed_days", "agreed-days-invalid", value=value)
            draft["agreed_days"] = int(digits)
        draft["agreed_days_known"] = True
    return draft


def _date_answer(state: ConversationState, value: str, field: str) -> date:
    found = extract_date(value, today(state), prefer="past")
    if found is None:
        raise InputError(field, "date-not-understood", value=value)
    if found > today(state):
        raise InputError(field, "date-in-future", value=found.isoformat())
    return found


def _find_buyer(uow: UnitOfWork, value: str, retailer_id: int) -> dict[str, Any]:
    """A GSTIN (validated, OCR slips repaired) or a name already in the book, or a new name."""
    candidate = value.strip().upper().replace(" ", "")
    looks_like_gstin = len(candidate) == 15 and candidate[:2].isdigit()
    buyers = uow.buyers(retailer_id)
    if looks_like_gstin:
        check = check_gstin(candidate)
        gstin = check.gstin if check.valid else repair_ocr_gstin(candidate)
        if gstin is None:
            assert check.error is not None
            raise check.error
        found = buyers.by_gstin(gstin)
        if found is not None:
            return {"buyer_id": found.id, "buyer_name": found.name, "gstin": gstin,
                    "buyer_phone": found.phone, "buyer_phone_asked": found.phone is not None}
        return {"gstin": gstin, "buyer_id": None}
    matches = buyers.search(value.strip(), limit=2)
    if len(matches) == 1:
        found = matches[0]
        return {"buyer_id": found.id, "buyer_name": found.name, "gstin": found.gstin,
                "buyer_phone": found.phone, "buyer_phone_asked": found.phone is not None}
    if not value.strip():
        raise InputError("buyer", "required")
    return {"buyer_id": None, "buyer_name": value.strip(), "gstin": None}


def _missing(draft: dict[str, Any]) -> str | None:
    if "invoice_number" not in draft:
        return "invoice_number"
    if "buyer_id" not in draft and not draft.get("gstin") and not draft.get("buyer_name"):
        return "buyer"
    if not draft.get("buyer_name"):
        return "buyer_name"
    if not draft.get("buyer_phone_asked"):
        return "buyer_phone"
    if "amount" not in draft:
        return "amount"
    if "invoice_date" not in draft:
        return "invoice_date"
    if "accepted_on" not in draft:
        return "accepted_on"
    if not draft.get("agreed_days_known") and "agreed_days" not in draft:
        return "agreed_days"
    return None


def _next_question(deps: AgentDeps, state: ConversationState, draft: dict[str, Any],
                   before: Sequence[str]) -> dict[str, Any]:
    if "agreed_days" in draft:
        draft["agreed_days_known"] = True
    step = _missing(draft)
    if step is None:
        return ask(FLOW, "confirm", draft, *before, _summary(state, draft))
    params: dict[str, Any] = {}
    if step == "accepted_on":
        params["date"] = day(state, draft["invoice_date"])
    if step == "buyer_phone":
        params["name"] = draft.get("buyer_name", "")
    return ask(FLOW, step, draft, *before, say(state, f"invoice-ask-{step.replace('_', '-')}",
                                                **params))


def _summary(state: ConversationState, draft: dict[str, Any]) -> str:
    due = compute_due_date(date.fromisoformat(draft["invoice_date"]),
                           accepted_on=date.fromisoformat(draft["accepted_on"]),
                           agreed_days=draft.get("agreed_days"))
    lines = [say(state, "invoice-confirm",
                 number=draft["invoice_number"],
                 buyer=draft["buyer_name"] + (f" ({draft['gstin']})" if draft.get("gstin") else ""),
                 amount=money(state, Decimal(draft["amount"])),
                 invoice_date=day(state, draft["invoice_date"]),
                 accepted_on=day(state, draft["accepted_on"]),
                 credit=say(state, "invoice-credit-days", days=due.credit_days_applied)
                 if draft.get("agreed_days") is not None
                 else say(state, "invoice-credit-none"),
                 due_date=day(state, due.due_date))]
    lines += [advisory.render(state.get("language") or "en") for advisory in due.advisories]
    lines.append(say(state, "confirm-yes-no"))
    return "\n".join(lines)


def _confirm(uow: UnitOfWork, state: ConversationState, draft: dict[str, Any],
             retailer_id: int) -> dict[str, Any]:
    refused = unconfirmed(state, FLOW, draft, "invoice-discarded")
    if refused is not None:
        return refused
    try:
        with uow.atomic():
            buyer_id = draft.get("buyer_id")
            if buyer_id is None:
                buyer_id = uow.add_buyer(retailer_id, name=draft["buyer_name"],
                                         gstin=draft.get("gstin"),
                                         phone=draft.get("buyer_phone"), actor="retailer").id
            elif draft.get("buyer_phone"):
                buyer = uow.buyers(retailer_id).require(buyer_id)
                if buyer.phone is None:
                    uow.buyers(retailer_id).update_contact(buyer_id, phone=draft["buyer_phone"])
            invoice = uow.add_invoice(
                retailer_id, buyer_id=buyer_id, number=draft["invoice_number"],
                invoice_date=date.fromisoformat(draft["invoice_date"]), amount=draft["amount"],
                accepted_on=date.fromisoformat(draft["accepted_on"]),
                agreed_days=draft.get("agreed_days"), actor="retailer")
            number, due_date = invoice.number, invoice.due_date
            due = compute_due_date(invoice.invoice_date, accepted_on=invoice.accepted_on,
                                   agreed_days=invoice.agreed_credit_days)
            buyer = uow.buyers(retailer_id).require(buyer_id)
            unreachable = unreachable_reason(buyer)
            buyer_name = buyer.name
    except InputError as error:
        return done(error_text(state, error))
    reminders = [day(state, action.on) for action in reminder_schedule(due)
                 if action.audience == "buyer" and action.on >= today(state)
                 and str(action.stage) != "notice"]
    replies = [say(state, "invoice-saved", number=number, due_date=day(state, due_date))]
    if unreachable is not None:  # say what will not happen, rather than promise it
        replies.append(say(state, f"invoice-reminders-none-{unreachable}", buyer=buyer_name))
    elif reminders:
        replies.append(say(state, "invoice-reminders-planned", dates=", ".join(reminders)))
    return done(*replies)


# -- pending list and detail ----------------------------------------------------------------

def _status_phrase(state: ConversationState, quote: InterestQuote, as_of: date) -> str:
    if quote.days_overdue > 0:
        return say(state, "invoice-overdue-days", days=quote.days_overdue)
    remaining = (quote.due_date - as_of).days
    if remaining == 0:
        return say(state, "invoice-due-today")
    return say(state, "invoice-due-in-days", days=remaining)


def _timing(state: ConversationState, invoice: Invoice, quote: InterestQuote,
            as_of: date) -> str:
    """Days to the due date or overdue; for a paid invoice, when it was paid and how late."""
    if invoice.status != InvoiceStatus.PAID:
        return _status_phrase(state, quote, as_of)
    paid_on = max((p.paid_on for p in invoice.payments),
                  default=today_ist(invoice.status_changed_at) if invoice.status_changed_at
                  else as_of)
    late = (paid_on - invoice.due_date).days
    if late > 0:
        return say(state, "invoice-paid-late", date=day(state, paid_on), days=late)
    return say(state, "invoice-paid-on-time", date=day(state, paid_on))


def _invoice_line(state: ConversationState, invoice: Invoice, quote: InterestQuote,
                  as_of: date) -> str:
    return say(state, "pending-line", number=invoice.number, buyer=invoice.buyer.name,
               due_date=day(state, invoice.due_date),
               status=_status_phrase(state, quote, as_of),
               interest=money(state, quote.interest), total=money(state, quote.total_due))


def build_list_pending(deps: AgentDeps) -> Node:
    def list_pending(state: ConversationState, *, runtime: Runtime[TurnContext]) -> dict[str, Any]:
        as_of = today(state)
        uow = runtime.context.uow
        retailer = _retailer(uow, state)
        invoices = uow.invoices(retailer.id).pending()
        rows = [(inv, quote_invoice(inv, retailer, as_of, deps.interest_policy))
                for inv in invoices]
        lines = [_invoice_line(state, inv, quote, as_of) for inv, quote in rows[:LIST_LIMIT]]
        if not rows:
            return done(say(state, "pending-none"))
        total = sum((q.total_due for _, q in rows), Decimal("0"))
        replies = [say(state, "pending-header", count=len(rows), total=money(state, total)),
                   "\n".join(lines)]
        if len(rows) > LIST_LIMIT:
            replies.append(say(state, "pending-more", count=len(rows) - LIST_LIMIT))
        return done(*replies)

    return list_pending


def _retailer(uow: UnitOfWork, state: ConversationState) -> Retailer:
    retailer_id = state.get("retailer_id")
    retailer = uow.retailers.get(retailer_id) if retailer_id else None
    assert retailer is not None, "a retailer flow ran for a non-retailer"
    return retailer


def build_invoice_detail(deps: AgentDeps) -> Node:
    def invoice_detail(state: ConversationState, *,
                       runtime: Runtime[TurnContext]) -> dict[str, Any]:
        if state.get("flow") == "invoice_detail":
            number = text(state)
        else:
            number = str((state.get("understood") or {}).get("slots", {}).get("invoice_number")
                         or "")
        if not number:
            return ask("invoice_detail", "invoice_number", {},
                       say(state, "invoice-ask-which"))
        as_of = today(state)
        uow = runtime.context.uow
        retailer = _retailer(uow, state)
        invoice = uow.invoices(retailer.id).by_number(number)
        if invoice is None:
            return done(say(state, "invoice-not-found", number=number))
        quote = quote_invoice(invoice, retailer, as_of, deps.interest_policy)
        paid = sum((p.amount for p in invoice.payments), Decimal("0"))
        reply = say(state, "invoice-detail", number=invoice.number,
                    buyer=invoice.buyer.name, amount=money(state, invoice.principal),
                    invoice_date=day(state, invoice.invoice_date),
                    due_date=day(state, invoice.due_date),
                    status=say(state, f"status-{invoice.status.value.replace('_', '-')}"),
                    timing=_timing(state, invoice, quote, as_of),
                    paid=money(state, paid),
                    interest=money(state, quote.interest),
                    total=money(state, quote.total_due))
        return done(reply)

    return invoice_detail


__all__ = ["build_add_invoice", "build_invoice_detail", "build_list_pending"]
