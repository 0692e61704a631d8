"""Invoices: add one from a typed line (asking for what is missing and confirming
before saving), list what is pending, and show one invoice.

Due dates (s.15), interest (s.16) and amounts come from ``tools/`` through
the ledger; nothing here computes law.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from langgraph.runtime import Runtime

from agents.answers import is_none, is_same, is_skip, yes_no
from agents.channel_policy import unreachable_reason
from agents.deps import AgentDeps
from agents.flows.common import ask, day, done, language, money, say, text, today
from agents.flows.forms import Form, FormTurn, Slot, understood_slot
from agents.state import ConversationState, Node, TurnContext
from store.ledger import quote_invoice, supply_eligibility
from store.models import Invoice, InvoiceStatus, Retailer
from store.unit_of_work import UnitOfWork
from tools.date_phrases import extract_date
from tools.dates import today_ist
from tools.due_date import compute_due_date
from tools.eligibility import Eligibility
from tools.errors import Advisory, InputError
from tools.gstin import check_gstin
from tools.interest import InterestQuote
from tools.money import parse_amount
from tools.phone import normalise_indian_mobile
from tools.schedule import Audience, ReminderStage, reminder_schedule

FLOW = "add_invoice"
LIST_LIMIT = 10
#: An invoice dated this many years or more before today is worth a second look.
OLD_INVOICE_YEARS = 3



# -- add an invoice: a form ----------------------------------------------------------------

def _invoice_number(turn: FormTurn, draft: dict[str, Any], value: str) -> dict[str, Any]:
    number = value.strip()
    if not number or len(number) > 64:
        raise InputError("invoice_number", "required")
    if turn.uow.invoices(turn.retailer_id).by_exact_number(number) is not None:
        raise InputError("invoice_number", "invoice-exists", number=number)
    return {**draft, "invoice_number": number}


def _buyer(turn: FormTurn, draft: dict[str, Any], value: str) -> dict[str, Any]:
    return {**draft, **_find_buyer(turn.uow, value, turn.retailer_id)}


def _buyer_name(turn: FormTurn, draft: dict[str, Any], value: str) -> dict[str, Any]:
    return {**draft, "buyer_name": _name(value)}


def _name(value: str) -> str:
    """A buyer's name: some letters (in any script), not a phone number or a figure."""
    name = " ".join(value.split())
    if not name or len(name) > 200:
        raise InputError("name", "required")
    if not any(ch.isalpha() for ch in name) or yes_no(name) is not None or is_skip(name):
        raise InputError("name", "name-not-a-name", value=name[:40])  # "yes" is no name
    return name


def _buyer_phone(turn: FormTurn, draft: dict[str, Any], value: str) -> dict[str, Any]:
    phone = None if is_skip(value) else normalise_indian_mobile(value)
    return {**draft, "buyer_phone": phone, "buyer_phone_asked": True}


def _amount(turn: FormTurn, draft: dict[str, Any], value: str) -> dict[str, Any]:
    return {**draft, "amount": f"{parse_amount(value, 'amount'):.2f}"}


def _invoice_date(turn: FormTurn, draft: dict[str, Any], value: str) -> dict[str, Any]:
    return {**draft,
            "invoice_date": _date_answer(turn.state, value, "invoice_date").isoformat()}


def _accepted_on(turn: FormTurn, draft: dict[str, Any], value: str) -> dict[str, Any]:
    invoice_date = date.fromisoformat(draft["invoice_date"])
    accepted = invoice_date if is_same(value) else _date_answer(turn.state, value,
                                                                "accepted_on")
    compute_due_date(invoice_date, accepted_on=accepted)  # refuses acceptance before invoice
    return {**draft, "accepted_on": accepted.isoformat()}


def _agreed_days(turn: FormTurn, draft: dict[str, Any], value: str) -> dict[str, Any]:
    if is_none(value):
        return {**draft, "agreed_days": None, "agreed_days_known": True}
    digits = "".join(ch for ch in value if ch.isdigit())
    if not digits:
        raise InputError("agreed_days", "agreed-days-invalid", value=value)
    return {**draft, "agreed_days": int(digits), "agreed_days_known": True}


def _date_answer(state: ConversationState, value: str, field: str) -> date:
    found = extract_date(value, today(state), prefer="past")
    if found is None:
        raise InputError(field, "date-not-understood", value=value)
    if found > today(state):
        raise InputError(field, "date-in-future", value=found)
    return found


def _find_buyer(uow: UnitOfWork, value: str, retailer_id: int) -> dict[str, Any]:
    """A GSTIN or a name already in the book, or a new name. A typed GSTIN that fails its
    checks is refused with the reason (never "repaired": that is for OCR text), and a
    buyer in the book whose GSTIN is one or two characters away is offered."""
    candidate = value.strip().upper().replace(" ", "")
    looks_like_gstin = len(candidate) == 15 and candidate[:2].isdigit()
    buyers = uow.buyers(retailer_id)
    if looks_like_gstin:
        check = check_gstin(candidate)
        if not check.valid:
            assert check.error is not None
            near = buyers.near_gstin(candidate)
            if near is not None:
                raise check.error.with_hint(Advisory("gstin-did-you-mean", {
                    "gstin": near.gstin, "name": near.name}))
            raise check.error
        gstin = check.gstin
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
    return {"buyer_id": None, "buyer_name": _name(value), "gstin": None}


def _summary(turn: FormTurn, draft: dict[str, Any]) -> tuple[dict[str, Any], str]:
    state = turn.state
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
    invoice_date = date.fromisoformat(draft["invoice_date"])
    as_of = today(state)
    age = as_of.year - invoice_date.year - ((as_of.month, as_of.day) <
                                            (invoice_date.month, invoice_date.day))
    if age >= OLD_INVOICE_YEARS:  # 1 Jan 1990 is more likely a slip than a claim
        lines.append(say(state, "warning-invoice-date-old", date=day(state, invoice_date),
                         years=OLD_INVOICE_YEARS))
    retailer = turn.uow.retailers.get(turn.retailer_id)
    assert retailer is not None
    lines += _no_interest(state, supply_eligibility(retailer, invoice_date))
    return draft, "\n".join(lines)


def _no_interest(state: ConversationState, eligibility: Eligibility) -> list[str]:
    """Why this supply earns no s.16 interest (nothing when it does)."""
    if eligibility.section16:
        return []
    return [say(state, "invoice-no-interest"), *eligibility.messages(language(state))]


def _save(turn: FormTurn, draft: dict[str, Any]) -> list[str]:
    uow, state, retailer_id = turn.uow, turn.state, turn.retailer_id
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
            agreed_days=draft.get("agreed_days"), documents=draft.get("documents"),
            actor="retailer")
        number, due_date = invoice.number, invoice.due_date
        due = compute_due_date(invoice.invoice_date, accepted_on=invoice.accepted_on,
                               agreed_days=invoice.agreed_credit_days)
        buyer = uow.buyers(retailer_id).require(buyer_id)
        unreachable = unreachable_reason(buyer)
        buyer_name = buyer.name
    reminders = [day(state, action.on) for action in reminder_schedule(due)
                 if action.audience == Audience.BUYER and action.on >= today(state)
                 and action.stage != ReminderStage.NOTICE]
    replies = [say(state, "invoice-saved", number=number, due_date=day(state, due_date))]
    if unreachable is not None:  # say what will not happen, rather than promise it
        replies.append(say(state, f"invoice-reminders-none-{unreachable}", buyer=buyer_name))
    elif reminders:
        replies.append(say(state, "invoice-reminders-planned", dates=", ".join(reminders)))
    return replies


_BUYER_KEYS = ("buyer_id", "buyer_name", "gstin", "buyer_phone", "buyer_phone_asked")

ADD_INVOICE = Form(
    name=FLOW,
    slots=(
        Slot("invoice_number", _invoice_number, "invoice-ask-invoice-number",
             prefill=understood_slot("invoice_number"), takes=("invoice_number",)),
        Slot("buyer", _buyer, "invoice-ask-buyer", resets=_BUYER_KEYS, takes=("gstin",),
             filled=lambda d: "buyer_id" in d or bool(d.get("gstin") or d.get("buyer_name")),
             prefill=lambda u: (u.get("slots") or {}).get("gstin") or u.get("buyer_name")),
        Slot("buyer_name", _buyer_name, "invoice-ask-buyer-name",
             filled=lambda d: bool(d.get("buyer_name")), field="buyer",
             prefill=lambda u: u.get("buyer_name")),  # a new GSTIN with the name given
        Slot("buyer_phone", _buyer_phone, "invoice-ask-buyer-phone",
             filled=lambda d: bool(d.get("buyer_phone_asked")),
             short_answers=frozenset({"skip"}),
             question_params=lambda turn, d: {"name": d.get("buyer_name", "")}),
        Slot("amount", _amount, "invoice-ask-amount", prefill=understood_slot("amount"),
             takes=("amount",)),
        Slot("invoice_date", _invoice_date, "invoice-ask-invoice-date",
             prefill=understood_slot("date"), field="date", resets=("accepted_on",),
             takes=("date",)),
        Slot("accepted_on", _accepted_on, "invoice-ask-accepted-on",
             short_answers=frozenset({"same"}), takes=("date",),
             question_params=lambda turn, d: {"date": day(turn.state, d["invoice_date"])}),
        Slot("agreed_days", _agreed_days, "invoice-ask-agreed-days",
             filled=lambda d: bool(d.get("agreed_days_known")) or "agreed_days" in d,
             prefill=understood_slot("agreed_days"), short_answers=frozenset({"none"}),
             takes=("agreed_days",)),
    ),
    summary=_summary, save=_save, discarded="invoice-discarded")


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
        why_no_interest = _no_interest(state, supply_eligibility(retailer,
                                                                 invoice.invoice_date))
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
        return done("\n".join([reply, *why_no_interest]))

    return invoice_detail


__all__ = ["ADD_INVOICE", "build_invoice_detail", "build_list_pending"]
