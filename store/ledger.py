"""Ledger operations: validated writes, each with its audit entry, in one transaction.

Callers pass raw values (as a person typed them or a model proposed them);
everything is checked by ``tools/`` first. A bad value raises
:class:`tools.errors.InputError` before anything is written, and because the
caller's transaction rolls back on any error, a failure never leaves a
half-written row.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from prompts import Language
from store import audit
from store.models import (
    ActionStatus,
    Activity,
    Buyer,
    BuyerReplyRecord,
    EnterpriseType,
    Invoice,
    InvoiceAction,
    InvoiceStatus,
    Payment,
    Retailer,
)
from store.repositories import (
    BuyerRepository,
    InvoiceRepository,
    NotFound,
    RetailerRepository,
)
from tools.dates import IST
from tools.due_date import compute_due_date
from tools.eligibility import Eligibility, assess_eligibility
from tools.errors import InputError
from tools.gstin import validate_gstin
from tools.interest import InterestPolicy, InterestQuote, compute_interest
from tools.interest import Payment as PaymentTerm
from tools.money import parse_amount
from tools.phone import normalise_indian_mobile
from tools.schedule import (
    Audience,
    ReminderStage,
    next_overdue_reminder_on,
    reminder_schedule,
    validate_overdue_reminder_days,
)
from tools.udyam import validate_udyam
from tools.upi import validate_vpa


def _choice(enum_type: type[Language] | type[EnterpriseType] | type[Activity], value: str,
            field: str) -> str:
    allowed = [m.value for m in enum_type]
    if value not in allowed:
        raise InputError(field, "choice-invalid", value=value, allowed=", ".join(allowed))
    return value


def register_retailer(session: Session, *, phone: str, name: str, language: str,
                      udyam_number: str | None, udyam_registered_on: date | None,
                      enterprise_type: str | None, activity: str | None,
                      consent_at: datetime | None, upi_id: str | None = None,
                      gstin: str | None = None, actor: str = "system") -> Retailer:
    """Create a retailer (the tenant). Udyam number, GSTIN, phone and UPI id are validated."""
    phone = normalise_indian_mobile(phone)
    if not name.strip():
        raise InputError("name", "required")
    fields = {
        "phone": phone,
        "name": name.strip(),
        "language": Language(_choice(Language, language, "language")),
        "udyam_number": validate_udyam(udyam_number) if udyam_number else None,
        "udyam_registered_on": udyam_registered_on,
        "enterprise_type": (EnterpriseType(_choice(EnterpriseType, enterprise_type,
                                                   "enterprise_type"))
                            if enterprise_type else None),
        "activity": Activity(_choice(Activity, activity, "activity")) if activity else None,
        "consent_at": consent_at,
        "consent_version": "1" if consent_at else None,
        "upi_id": validate_vpa(upi_id) if upi_id else None,
        "gstin": validate_gstin(gstin) if gstin else None,
    }
    repo = RetailerRepository(session)
    if repo.by_phone(phone) is not None:
        raise InputError("phone", "already-registered", phone=phone)
    if fields["udyam_number"] and repo.by_udyam(str(fields["udyam_number"])) is not None:
        raise InputError("udyam_number", "udyam-already-registered",
                         number=fields["udyam_number"])
    retailer = repo.add(**fields)
    audit.append(session, actor=actor, action="retailer.registered", entity="retailer",
                 entity_id=retailer.id, retailer_id=retailer.id,
                 details={"udyam_number": retailer.udyam_number,
                          "enterprise_type": enterprise_type, "activity": activity})
    return retailer


def add_buyer(session: Session, retailer_id: int, *, name: str, gstin: str | None = None,
              phone: str | None = None, email: str | None = None, address: str | None = None,
              language: str | None = None, actor: str = "system") -> Buyer:
    if not name.strip():
        raise InputError("name", "required")
    gstin = validate_gstin(gstin) if gstin else None
    phone = normalise_indian_mobile(phone) if phone else None
    if language is not None:
        _choice(Language, language, "language")
    repo = BuyerRepository(session, retailer_id)
    if gstin and repo.by_gstin(gstin) is not None:
        raise InputError("gstin", "buyer-exists", gstin=gstin)
    buyer = repo.add(name=name.strip(), gstin=gstin, phone=phone, email=email,
                     address=address, language=language)
    audit.append(session, actor=actor, action="buyer.added", entity="buyer",
                 entity_id=buyer.id, retailer_id=retailer_id, details={"gstin": gstin})
    return buyer


def add_invoice(session: Session, retailer_id: int, *, buyer_id: int, number: str,
                invoice_date: date, amount: str | Decimal, accepted_on: date | None = None,
                agreed_days: int | None = None, contractual_annual_rate: Decimal | None = None,
                documents: list[dict[str, Any]] | None = None,
                actor: str = "system") -> Invoice:
    """Record an invoice with its s.15 due date and s.16 interest start fixed at entry;
    ``documents`` are the kept copies of it (``ref``, ``sha256``, ``content_type``,
    ``pages``: store.documents)."""
    number = number.strip()
    if not number:
        raise InputError("invoice_number", "required")
    principal = parse_amount(amount, "amount")
    due = compute_due_date(invoice_date, accepted_on=accepted_on, agreed_days=agreed_days)
    repo = InvoiceRepository(session, retailer_id)
    if repo.by_exact_number(number) is not None:
        raise InputError("invoice_number", "invoice-exists", number=number)
    invoice = repo.add(
        buyer_id=buyer_id, number=number, invoice_date=invoice_date, accepted_on=due.accepted_on,
        agreed_credit_days=agreed_days, credit_days_applied=due.credit_days_applied,
        due_date=due.due_date, interest_from=due.interest_from, principal=principal,
        contractual_annual_rate=contractual_annual_rate, document_refs=documents,
    )
    schedule_invoice_actions(session, invoice)
    audit.append(session, actor=actor, action="invoice.added", entity="invoice",
                 entity_id=invoice.id, retailer_id=retailer_id,
                 details={"number": number, "principal": principal,
                          "due_date": due.due_date, "advisories": [a.rule for a in
                                                                   due.advisories],
                          "documents": [d["sha256"] for d in documents or []]})
    return invoice


# Scheduled actions fall at 10:00 IST on their day; the monitor moves them out of
# quiet hours and festival days when it sends them.
ACTION_TIME = time(10, 0)


def action_time(day: date) -> datetime:
    return datetime.combine(day, ACTION_TIME, tzinfo=IST)


def schedule_invoice_actions(session: Session, invoice: Invoice) -> int:
    """Create the invoice's reminder, notice and alert actions (tools.schedule)."""
    due = compute_due_date(invoice.invoice_date, accepted_on=invoice.accepted_on,
                           agreed_days=invoice.agreed_credit_days)
    rows = [{"retailer_id": invoice.retailer_id, "invoice_id": invoice.id,
             "stage": str(action.stage), "audience": action.audience,
             "due_at": action_time(action.on), "status": ActionStatus.PENDING}
            for action in reminder_schedule(due)]
    if rows:
        session.execute(insert(InvoiceAction).values(rows).on_conflict_do_nothing())
    return len(rows)


def cancel_pending_actions(session: Session, invoice_id: int, reason: str,
                           audiences: tuple[Audience, ...] = tuple(Audience)) -> None:
    session.execute(update(InvoiceAction).where(
        InvoiceAction.invoice_id == invoice_id, InvoiceAction.status == ActionStatus.PENDING,
        InvoiceAction.audience.in_(audiences)).values(status=ActionStatus.CANCELLED, note=reason))


def reschedule_overdue_reminders(session: Session, retailer_id: int, cadence_days: int,
                                 today: date) -> int:
    """Move each pending overdue reminder of the retailer's invoices to ``cadence_days``
    after the last one that went out (never before tomorrow); how many moved."""
    last_sent = (select(InvoiceAction.invoice_id,
                        func.max(InvoiceAction.done_at).label("sent_at"))
                 .where(InvoiceAction.retailer_id == retailer_id,
                        InvoiceAction.stage.in_((ReminderStage.NOTICE,
                                                 ReminderStage.OVERDUE_REMINDER)),
                        InvoiceAction.status == ActionStatus.DONE)
                 .group_by(InvoiceAction.invoice_id).subquery())
    pending = session.execute(
        select(InvoiceAction, last_sent.c.sent_at)
        .join(last_sent, last_sent.c.invoice_id == InvoiceAction.invoice_id)
        .where(InvoiceAction.retailer_id == retailer_id,
               InvoiceAction.stage == ReminderStage.OVERDUE_REMINDER,
               InvoiceAction.status == ActionStatus.PENDING)
        .with_for_update(of=InvoiceAction)).all()
    for action, sent_at in pending:
        day = next_overdue_reminder_on(sent_at.astimezone(IST).date(), cadence_days,
                                       not_before=today + timedelta(days=1))
        action.due_at = action_time(day)
    session.flush()
    return len(pending)


def invoice_payments(invoice: Invoice) -> list[PaymentTerm]:
    return [PaymentTerm(paid_on=p.paid_on, amount=p.amount, reference=p.reference)
            for p in invoice.payments]


def supply_eligibility(retailer: Retailer, supply_date: date) -> Eligibility:
    """Whether s.16 interest applies to the retailer's supply on ``supply_date``, and why
    not when it does not (what :func:`quote_invoice` applies)."""
    return assess_eligibility(
        retailer.enterprise_type.value if retailer.enterprise_type else None,
        retailer.activity.value if retailer.activity else None,
        retailer.udyam_registered_on, supply_date,
        registered=retailer.udyam_number is not None,
    )


def quote_invoice(invoice: Invoice, retailer: Retailer, as_of: date, policy: InterestPolicy,
                  *, extra_payments: Sequence[PaymentTerm] = ()) -> InterestQuote:
    """What the buyer owes on ``as_of``: s.16 interest if the retailer is protected.

    ``policy`` is the deployment's one interest policy (never a default here),
    so every caller shows the same figure for the same invoice and day.
    """
    due = compute_due_date(invoice.invoice_date, accepted_on=invoice.accepted_on,
                           agreed_days=invoice.agreed_credit_days)
    eligibility = supply_eligibility(retailer, invoice.invoice_date)
    return compute_interest(
        invoice.principal, due, as_of, policy=policy,
        payments=[*invoice_payments(invoice), *extra_payments],
        contractual_annual_rate=invoice.contractual_annual_rate,
        section16=eligibility.section16,
    )


def record_payment(session: Session, retailer_id: int, invoice_id: int, *, paid_on: date,
                   amount: str | Decimal, reference: str | None, today: date,
                   policy: InterestPolicy, settles: bool = False, now: datetime,
                   actor: str = "system") -> Payment:
    """Record a full or part payment (date and reference both required).

    The invoice becomes ``paid`` when nothing is left to pay on the payment
    date (principal and s.16 interest), or when the retailer says the payment
    settles it (``settles``: a retailer may waive interest).
    """
    value = parse_amount(amount, "amount")
    if not (reference or "").strip():
        raise InputError("reference", "required")
    repo = InvoiceRepository(session, retailer_id)
    invoice = repo.require(invoice_id, for_update=True)
    if paid_on < invoice.invoice_date:
        raise InputError("paid_on", "payment-date-before-invoice", paid_on=paid_on,
                         invoice_date=invoice.invoice_date)
    if paid_on > today:
        raise InputError("paid_on", "date-in-future", value=paid_on)
    if invoice.status in (InvoiceStatus.PAID, InvoiceStatus.WRITTEN_OFF):
        raise InputError("invoice_number", "invoice-closed", number=invoice.number,
                         status=invoice.status.value)
    retailer = RetailerRepository(session).get(retailer_id)
    assert retailer is not None
    quote = quote_invoice(invoice, retailer, max(today, paid_on), policy,
                          extra_payments=[PaymentTerm(paid_on=paid_on, amount=value,
                                                      reference=reference)])
    try:
        payment = repo.add_payment(invoice.id, paid_on=paid_on, amount=value,
                                   reference=reference.strip() if reference else None)
    except IntegrityError as error:  # pragma: no cover - constraints mirror the checks above
        raise InputError("amount", "amount-invalid", value=str(value)) from error
    if settles or quote.total_due <= 0:
        repo.set_status(invoice.id, InvoiceStatus.PAID, now)
        cancel_pending_actions(session, invoice.id, "paid")
    audit.append(session, actor=actor, action="payment.recorded", entity="invoice",
                 entity_id=invoice.id, retailer_id=retailer_id,
                 details={"amount": value, "paid_on": paid_on, "reference": reference,
                          "settles": settles, "total_due_after": quote.total_due})
    return payment


def set_invoice_status(session: Session, retailer_id: int, invoice_id: int,
                       status: InvoiceStatus, now: datetime, actor: str = "system") -> Invoice:
    repo = InvoiceRepository(session, retailer_id)
    before = repo.require(invoice_id).status
    invoice = repo.set_status(invoice_id, status, now)
    if status in (InvoiceStatus.PAID, InvoiceStatus.WRITTEN_OFF):
        cancel_pending_actions(session, invoice_id, status.value)
    audit.append(session, actor=actor, action="invoice.status", entity="invoice",
                 entity_id=invoice.id, retailer_id=retailer_id,
                 details={"from": before.value, "to": status.value})
    return invoice


def set_overdue_reminder_days(session: Session, retailer_id: int, days: object, *,
                              today: date, actor: str = "system") -> Retailer:
    """Change how many days apart the retailer's overdue reminders go (3 to 30).

    The value is checked by :func:`tools.schedule.validate_overdue_reminder_days`
    first (a bad one raises :class:`InputError` and changes nothing); then every
    pending overdue reminder of the retailer's invoices moves to the new cadence,
    counted from the last reminder that went out (never before tomorrow).
    """
    cadence = validate_overdue_reminder_days(days)
    repo = RetailerRepository(session)
    before = repo.get(retailer_id)
    if before is None:
        raise NotFound("retailer", retailer_id)
    previous = before.overdue_reminder_days
    retailer = repo.update(retailer_id, overdue_reminder_days=cadence)
    moved = reschedule_overdue_reminders(session, retailer_id, cadence, today)
    audit.append(session, actor=actor, action="retailer.overdue_reminder_days",
                 entity="retailer", entity_id=retailer_id, retailer_id=retailer_id,
                 details={"from": previous, "to": cadence, "rescheduled": moved})
    return retailer


def record_buyer_reply(session: Session, *, retailer_id: int, buyer_id: int,
                       invoice_id: int | None, message_id: int, intent: str,
                       promised_date: date | None, reference: str | None,
                       reason: str | None) -> None:
    """What a buyer's message meant, once per message (a rerun of the turn adds nothing)."""
    session.execute(insert(BuyerReplyRecord).values(
        retailer_id=retailer_id, buyer_id=buyer_id, invoice_id=invoice_id,
        message_id=message_id, intent=intent, promised_date=promised_date,
        reference=reference, reason=reason).on_conflict_do_nothing(
        index_elements=["message_id"]))


#: What a postal address on a notice may be: long enough to find the place, short
#: enough for the address block.
ADDRESS_LENGTH = (10, 300)


def clean_address(value: str) -> str:
    """A postal address as typed (lines joined with ", "), or InputError: too short, too
    long, no letters, or characters that do not belong in an address."""
    lines = [" ".join(line.split()) for line in value.replace("\r", "\n").split("\n")]
    address = ", ".join(line.strip(" ,") for line in lines if line.strip(" ,"))
    low, high = ADDRESS_LENGTH
    if not low <= len(address) <= high or not any(c.isalpha() for c in address) or \
            any(unicodedata.category(c) in ("Cc", "Cs", "Co", "Cn") for c in address):
        raise InputError("address", "address-invalid", low=low, high=high)
    return address


def set_address(session: Session, retailer_id: int, address: str, *,
                buyer_id: int | None = None, actor: str = "retailer") -> str:
    """Save the retailer's own postal address, or a buyer's (``buyer_id``): what a
    notice needs and the store did not have."""
    value = clean_address(address)
    if buyer_id is None:
        retailer = RetailerRepository(session).get(retailer_id)
        assert retailer is not None
        retailer.address, entity, entity_id = value, "retailer", retailer_id
    else:
        buyer = BuyerRepository(session, retailer_id).get(buyer_id)
        if buyer is None:
            raise NotFound("buyer", buyer_id)
        buyer.address, entity, entity_id = value, "buyer", buyer_id
    audit.append(session, actor=actor, action="address.set", entity=entity,
                 entity_id=entity_id, retailer_id=retailer_id, details={"address": value})
    return value


def confirm_udyam(session: Session, retailer_id: int, *, by: str, now: datetime,
                  details: dict[str, object] | None = None) -> Retailer:
    """Record that the retailer's Udyam details were checked (``by``: "certificate" when
    the retailer confirmed them against the certificate, else the service's name)."""
    retailer = RetailerRepository(session).get(retailer_id)
    assert retailer is not None
    retailer.udyam_confirmed_at, retailer.udyam_confirmed_by = now, by[:40]
    audit.append(session, actor="retailer" if by == "certificate" else by,
                 action="udyam.confirmed", entity="retailer", entity_id=retailer_id,
                 retailer_id=retailer_id,
                 details={"udyam_number": retailer.udyam_number, "by": by, **(details or {})},
                 now=now)
    return retailer
