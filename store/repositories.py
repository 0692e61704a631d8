"""Repositories: the only way code reads or writes the ledger.

Tenancy lives here, not in callers' memory. Every repository for a
retailer's data is built for one ``retailer_id`` and every query it runs
filters on it; an id that belongs to another retailer behaves exactly like
an id that does not exist (``None`` from a getter, :class:`NotFound` from a
writer), so nothing leaks, not even existence. The database backs this up
with composite foreign keys (an invoice's buyer must share its retailer).
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from store.models import (
    Buyer,
    BuyerChannelPreference,
    Channel,
    Communication,
    Conversation,
    Direction,
    Invoice,
    InvoiceStatus,
    Message,
    Party,
    Payment,
    Retailer,
)

OPEN_STATUSES = (InvoiceStatus.ACTIVE, InvoiceStatus.OVERDUE, InvoiceStatus.NOTICE_SENT,
                 InvoiceStatus.DISPUTE_FILED)

# Allowed moves in the invoice lifecycle (active -> overdue -> notice_sent ->
# dispute_filed -> paid / written_off); a paid invoice reopens only when a
# payment is reversed, which is a correction the ledger records explicitly.
STATUS_TRANSITIONS: dict[InvoiceStatus, frozenset[InvoiceStatus]] = {
    InvoiceStatus.ACTIVE: frozenset({InvoiceStatus.OVERDUE, InvoiceStatus.PAID,
                                     InvoiceStatus.WRITTEN_OFF}),
    InvoiceStatus.OVERDUE: frozenset({InvoiceStatus.NOTICE_SENT, InvoiceStatus.DISPUTE_FILED,
                                      InvoiceStatus.PAID, InvoiceStatus.WRITTEN_OFF}),
    InvoiceStatus.NOTICE_SENT: frozenset({InvoiceStatus.DISPUTE_FILED, InvoiceStatus.PAID,
                                          InvoiceStatus.WRITTEN_OFF}),
    InvoiceStatus.DISPUTE_FILED: frozenset({InvoiceStatus.PAID, InvoiceStatus.WRITTEN_OFF}),
    InvoiceStatus.PAID: frozenset(),
    InvoiceStatus.WRITTEN_OFF: frozenset(),
}


class NotFound(LookupError):
    """No such row for this retailer (it may exist for another; that is not said)."""

    def __init__(self, entity: str, key: object) -> None:
        self.entity = entity
        super().__init__(f"{entity} {key!r} not found")


class StatusChangeRefused(ValueError):
    def __init__(self, current: InvoiceStatus, wanted: InvoiceStatus) -> None:
        self.current, self.wanted = current, wanted
        super().__init__(f"an invoice cannot go from {current} to {wanted}")


class RetailerRepository:
    """Retailers are the tenants themselves; looked up by id or by phone."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, retailer_id: int) -> Retailer | None:
        return self.session.get(Retailer, retailer_id)

    def by_phone(self, phone: str) -> Retailer | None:
        return self.session.scalars(select(Retailer).where(Retailer.phone == phone)).first()

    def by_udyam(self, udyam_number: str) -> Retailer | None:
        return self.session.scalars(select(Retailer).where(
            Retailer.udyam_number == udyam_number)).first()

    def add(self, **fields: Any) -> Retailer:
        retailer = Retailer(**fields)
        self.session.add(retailer)
        self.session.flush()
        return retailer

    def update(self, retailer_id: int, **fields: Any) -> Retailer:
        retailer = self.get(retailer_id)
        if retailer is None:
            raise NotFound("retailer", retailer_id)
        for name, value in fields.items():
            setattr(retailer, name, value)
        self.session.flush()
        return retailer


class _TenantRepository:
    def __init__(self, session: Session, retailer_id: int) -> None:
        self.session = session
        self.retailer_id = retailer_id


class BuyerRepository(_TenantRepository):
    def _scoped(self) -> Select[Buyer]:
        return select(Buyer).where(Buyer.retailer_id == self.retailer_id)

    def get(self, buyer_id: int) -> Buyer | None:
        return self.session.scalars(self._scoped().where(Buyer.id == buyer_id)).first()

    def require(self, buyer_id: int) -> Buyer:
        buyer = self.get(buyer_id)
        if buyer is None:
            raise NotFound("buyer", buyer_id)
        return buyer

    def by_gstin(self, gstin: str) -> Buyer | None:
        return self.session.scalars(self._scoped().where(Buyer.gstin == gstin)).first()

    def by_phone(self, phone: str) -> Buyer | None:
        return self.session.scalars(self._scoped().where(Buyer.phone == phone)).first()

    def unregistered_named(self, name: str) -> Buyer | None:
        """A buyer without GSTIN (a B2C sale) named exactly ``name``, case aside."""
        return self.session.scalars(self._scoped().where(
            Buyer.gstin.is_(None), func.lower(Buyer.name) == name.strip().lower())).first()

    def search(self, name: str, limit: int = 10) -> Sequence[Buyer]:
        pattern = "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return self.session.scalars(
            self._scoped().where(Buyer.name.ilike(pattern, escape="\\")).order_by(Buyer.name)
            .limit(limit)
        ).all()

    def list(self) -> Sequence[Buyer]:
        return self.session.scalars(self._scoped().order_by(Buyer.name)).all()

    def near_gstin(self, typed: str, max_differences: int = 2) -> Buyer | None:
        """The one buyer whose GSTIN differs from ``typed`` in at most ``max_differences``
        places (a slip of the finger or an O for a 0), or None when none or several do."""
        typed = typed.strip().upper()
        best: list[tuple[int, Buyer]] = []
        for buyer in self.session.scalars(self._scoped().where(Buyer.gstin.is_not(None))):
            gstin = buyer.gstin or ""
            if len(gstin) != len(typed):
                continue
            differences = sum(a != b for a, b in zip(gstin, typed, strict=True))
            if differences <= max_differences:
                best.append((differences, buyer))
        best.sort(key=lambda pair: pair[0])
        if not best or (len(best) > 1 and best[1][0] == best[0][0]):
            return None
        return best[0][1]

    def add(self, *, name: str, gstin: str | None = None, phone: str | None = None,
            email: str | None = None, address: str | None = None,
            language: str | None = None) -> Buyer:
        buyer = Buyer(retailer_id=self.retailer_id, name=name, gstin=gstin, phone=phone,
                      email=email, address=address, language=language)
        self.session.add(buyer)
        self.session.flush()
        return buyer

    def update_contact(self, buyer_id: int, **fields: Any) -> Buyer:
        allowed = {"name", "phone", "email", "address", "language", "gstin"}
        unknown = set(fields) - allowed
        if unknown:
            raise TypeError(f"not a buyer contact field: {sorted(unknown)}")
        buyer = self.require(buyer_id)
        for name, value in fields.items():
            setattr(buyer, name, value)
        self.session.flush()
        return buyer

    def set_channel_preference(self, buyer_id: int, channel: Channel, *, opted_in: bool,
                               at: datetime, source: str) -> BuyerChannelPreference:
        """Record an opt-in or opt-out; the latest event decides."""
        buyer = self.require(buyer_id)
        pref = next((p for p in buyer.channel_preferences if p.channel == channel), None)
        if pref is None:
            pref = BuyerChannelPreference(buyer_id=buyer.id, channel=channel)
            buyer.channel_preferences.append(pref)
        if opted_in:
            pref.opted_in_at = at
        else:
            pref.opted_out_at = at
        pref.source = source
        self.session.flush()
        return pref


class InvoiceRepository(_TenantRepository):
    def _scoped(self) -> Select[Invoice]:
        return select(Invoice).where(Invoice.retailer_id == self.retailer_id)

    def get(self, invoice_id: int) -> Invoice | None:
        return self.session.scalars(self._scoped().where(Invoice.id == invoice_id)).first()

    def require(self, invoice_id: int, *, for_update: bool = False) -> Invoice:
        query = self._scoped().where(Invoice.id == invoice_id)
        if for_update:
            query = query.with_for_update(of=Invoice)
        invoice = self.session.scalars(query).first()
        if invoice is None:
            raise NotFound("invoice", invoice_id)
        return invoice

    def by_exact_number(self, number: str) -> Invoice | None:
        """The invoice numbered exactly ``number`` (case aside): what a new number must
        not repeat."""
        return self.session.scalars(
            self._scoped().where(func.upper(Invoice.number) == number.strip().upper())
        ).first()

    def by_document(self, sha256: str) -> Invoice | None:
        """The invoice a document with this SHA-256 is kept with (a copy sent again)."""
        return self.session.scalars(
            self._scoped().where(Invoice.document_refs.contains([{"sha256": sha256}]))
        ).first()

    def by_number(self, number: str) -> Invoice | None:
        """Exact (case-insensitive) match; else the number's digits written with another
        prefix or none, when that names exactly one invoice: "42" finds "INV-42",
        "INV-1043" finds "1043", "#0042" finds "B/42" (leading zeros aside)."""
        number = number.strip()
        exact = self.by_exact_number(number)
        digits = re.fullmatch(r"\D{0,12}?0*([0-9]{1,20})", number)
        if exact is not None or digits is None:
            return exact
        candidates = self.session.scalars(
            self._scoped().where(Invoice.number.regexp_match(
                f"^(.*[^0-9])?0*{digits.group(1)}$")).limit(2)
        ).all()
        return candidates[0] if len(candidates) == 1 else None

    def list(self, statuses: Sequence[InvoiceStatus] | None = None,
             buyer_id: int | None = None) -> Sequence[Invoice]:
        query = self._scoped()
        if statuses is not None:
            query = query.where(Invoice.status.in_(statuses))
        if buyer_id is not None:
            query = query.where(Invoice.buyer_id == buyer_id)
        return self.session.scalars(query.order_by(Invoice.due_date, Invoice.id)).all()

    def pending(self) -> Sequence[Invoice]:
        return self.list(OPEN_STATUSES)

    def add(self, *, buyer_id: int, number: str, invoice_date: date, accepted_on: date,
            agreed_credit_days: int | None, credit_days_applied: int, due_date: date,
            interest_from: date, principal: Decimal,
            contractual_annual_rate: Decimal | None = None,
            document_refs: builtins.list[Any] | None = None) -> Invoice:
        BuyerRepository(self.session, self.retailer_id).require(buyer_id)
        invoice = Invoice(
            retailer_id=self.retailer_id, buyer_id=buyer_id, number=number,
            invoice_date=invoice_date, accepted_on=accepted_on,
            agreed_credit_days=agreed_credit_days, credit_days_applied=credit_days_applied,
            due_date=due_date, interest_from=interest_from, principal=principal,
            contractual_annual_rate=contractual_annual_rate, status=InvoiceStatus.ACTIVE,
            document_refs=document_refs or [],
        )
        self.session.add(invoice)
        self.session.flush()
        return invoice

    def set_status(self, invoice_id: int, status: InvoiceStatus, at: datetime) -> Invoice:
        invoice = self.require(invoice_id, for_update=True)
        if status != invoice.status:
            if status not in STATUS_TRANSITIONS[invoice.status]:
                raise StatusChangeRefused(invoice.status, status)
            invoice.status = status
            invoice.status_changed_at = at
        self.session.flush()
        return invoice

    def add_payment(self, invoice_id: int, *, paid_on: date, amount: Decimal,
                    reference: str | None) -> Payment:
        invoice = self.require(invoice_id, for_update=True)
        payment = Payment(retailer_id=self.retailer_id, invoice_id=invoice.id, paid_on=paid_on,
                          amount=amount, reference=reference)
        self.session.add(payment)
        invoice.payments.append(payment)
        self.session.flush()
        return payment

    def payments(self, invoice_id: int) -> Sequence[Payment]:
        invoice = self.require(invoice_id)
        return self.session.scalars(
            select(Payment).where(Payment.retailer_id == self.retailer_id,
                                  Payment.invoice_id == invoice.id).order_by(Payment.paid_on,
                                                                             Payment.id)
        ).all()


class ConversationRepository:
    """Conversations are keyed by (channel, address); messages of a retailer are scoped."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get_or_create(self, *, channel: Channel, address: str, thread_key: str,
                      retailer_id: int | None = None, party: str = Party.STRANGER) -> Conversation:
        found = self.session.scalars(
            select(Conversation).where(Conversation.channel == channel,
                                       Conversation.address == address)
        ).first()
        if found is not None:
            return found
        conversation = Conversation(channel=channel, address=address, thread_key=thread_key,
                                    retailer_id=retailer_id, party=party)
        self.session.add(conversation)
        self.session.flush()
        return conversation


class MessageRepository(_TenantRepository):
    """A retailer's messages (their own conversation and their buyers')."""

    def _scoped(self) -> Select[Message]:
        return select(Message).where(Message.retailer_id == self.retailer_id)

    def get(self, message_id: int) -> Message | None:
        return self.session.scalars(self._scoped().where(Message.id == message_id)).first()

    def for_conversation(self, conversation_id: int, limit: int = 50) -> Sequence[Message]:
        return self.session.scalars(
            self._scoped().where(Message.conversation_id == conversation_id)
            .order_by(Message.id.desc()).limit(limit)
        ).all()[::-1]

    def add(self, *, conversation: Conversation, direction: Direction, body: str,
            provider_message_id: str | None = None, media: list[Any] | None = None) -> Message:
        if conversation.retailer_id is not None and conversation.retailer_id != self.retailer_id:
            raise NotFound("conversation", conversation.id)
        message = Message(conversation_id=conversation.id, retailer_id=self.retailer_id,
                          direction=direction, channel=conversation.channel, body=body,
                          provider_message_id=provider_message_id, media=media or [])
        self.session.add(message)
        self.session.flush()
        return message


class CommunicationRepository(_TenantRepository):
    def _scoped(self) -> Select[Communication]:
        return select(Communication).where(Communication.retailer_id == self.retailer_id)

    def get(self, communication_id: int) -> Communication | None:
        return self.session.scalars(
            self._scoped().where(Communication.id == communication_id)
        ).first()

    def for_invoice(self, invoice_id: int) -> Sequence[Communication]:
        InvoiceRepository(self.session, self.retailer_id).require(invoice_id)
        return self.session.scalars(
            self._scoped().where(Communication.invoice_id == invoice_id)
            .order_by(Communication.id)
        ).all()
