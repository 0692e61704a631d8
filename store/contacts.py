"""Who is this phone number? The one named read model that looks across retailers.

A message from a number that is not a retailer may be a buyer of any retailer
on the platform, and a buyer's STOP applies to every retailer that has that
buyer. Only these questions are answered across tenants; everything else goes
through the tenant-scoped repositories.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from store.models import Buyer, Channel, Communication, Conversation, Invoice, Retailer
from store.repositories import OPEN_STATUSES


class BuyerContacts:
    def __init__(self, session: Session) -> None:
        self.session = session

    def is_buyer(self, phone: str) -> bool:
        return self.session.execute(
            select(Buyer.id).where(Buyer.phone == phone).limit(1)).first() is not None

    def records(self, phone: str) -> Sequence[Buyer]:
        """Every retailer's record of the buyer with this phone."""
        return self.session.execute(select(Buyer).where(Buyer.phone == phone)).scalars().all()

    def reply_context(self, phone: str) -> tuple[Buyer, Retailer, Invoice | None] | None:
        """Which buyer record and invoice a reply from ``phone`` is about: the latest
        reminder sent to this number, else the buyer's latest open invoice, else the
        latest buyer record."""
        session = self.session
        last = session.execute(
            select(Communication).where(Communication.recipient == phone,
                                        Communication.invoice_id.is_not(None),
                                        Communication.buyer_id.is_not(None))
            .order_by(Communication.id.desc()).limit(1)).scalar()
        if last is not None:
            invoice = session.get(Invoice, last.invoice_id)
            buyer = session.get(Buyer, last.buyer_id)
            retailer = session.get(Retailer, last.retailer_id)
            if invoice is not None and buyer is not None and retailer is not None:
                return buyer, retailer, invoice
        row = session.execute(
            select(Buyer, Retailer, Invoice).join(Retailer, Retailer.id == Buyer.retailer_id)
            .outerjoin(Invoice, (Invoice.buyer_id == Buyer.id)
                       & Invoice.status.in_(OPEN_STATUSES))
            .where(Buyer.phone == phone)
            .order_by(Invoice.due_date.desc().nulls_last(), Buyer.id.desc()).limit(1)).first()
        if row is None:
            return None
        return row[0], row[1], row[2]

    def reminded_since(self, phone: str, since: datetime
                       ) -> list[tuple[Buyer, Retailer, Invoice]]:
        """Per retailer who reminded ``phone`` since ``since``, the buyer record and the
        invoice of the latest reminder; newest first (a reply is about one of these)."""
        latest = self.session.execute(
            select(func.max(Communication.id)).where(
                Communication.recipient == phone, Communication.invoice_id.is_not(None),
                Communication.buyer_id.is_not(None), Communication.created_at >= since)
            .group_by(Communication.retailer_id)).scalars().all()
        found = []
        for communication in self.session.execute(
                select(Communication).where(Communication.id.in_(latest))
                .order_by(Communication.id.desc())).scalars():
            invoice = self.session.get(Invoice, communication.invoice_id)
            buyer = self.session.get(Buyer, communication.buyer_id)
            retailer = self.session.get(Retailer, communication.retailer_id)
            if invoice is not None and buyer is not None and retailer is not None:
                found.append((buyer, retailer, invoice))
        return found

    def open_invoices(self, phone: str) -> list[tuple[Buyer, Retailer, Invoice]]:
        """Every open invoice of the buyer with this phone, with every retailer."""
        return [(b, r, i) for b, r, i in self.session.execute(
            select(Buyer, Retailer, Invoice).join(Retailer, Retailer.id == Buyer.retailer_id)
            .join(Invoice, Invoice.buyer_id == Buyer.id)
            .where(Buyer.phone == phone, Invoice.status.in_(OPEN_STATUSES))
            .order_by(Invoice.due_date.desc(), Invoice.id.desc())).all()]

    def context_of(self, buyer_id: int, retailer_id: int, invoice_id: int | None
                   ) -> tuple[Buyer, Retailer, Invoice | None] | None:
        """A reply context chosen earlier (by id), as it is now."""
        buyer = self.session.get(Buyer, buyer_id)
        retailer = self.session.get(Retailer, retailer_id)
        invoice = self.session.get(Invoice, invoice_id) if invoice_id else None
        if buyer is None or retailer is None or buyer.retailer_id != retailer.id or \
                (invoice is not None and invoice.buyer_id != buyer.id):
            return None
        return buyer, retailer, invoice

    def last_inbound_at(self, channel: Channel, address: str) -> datetime | None:
        """When this address last wrote to us on ``channel`` (WhatsApp's 24-hour window)."""
        return self.session.execute(select(Conversation.last_inbound_at).where(
            Conversation.channel == channel, Conversation.address == address)).scalar()
