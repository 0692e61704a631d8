"""Who is this phone number? The one named read model that looks across retailers.

A message from a number that is not a retailer may be a buyer of any retailer
on the platform, and a buyer's STOP applies to every retailer that has that
buyer. Only these questions are answered across tenants; everything else goes
through the tenant-scoped repositories.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
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

    def last_inbound_at(self, channel: Channel, address: str) -> datetime | None:
        """When this address last wrote to us on ``channel`` (WhatsApp's 24-hour window)."""
        return self.session.execute(select(Conversation.last_inbound_at).where(
            Conversation.channel == channel, Conversation.address == address)).scalar()
