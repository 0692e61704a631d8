"""One unit of work: the repositories, ledger operations and read models on one session.

Whoever calls an agent opens the unit of work and commits or rolls it back:
the conversation runner, one per turn (the turn's ledger changes and its
replies commit together); the monitor's runner, one per batch. Agents use only
what this object offers, never a session or an engine. :meth:`atomic` is a
savepoint: a change of several steps that fails part-way leaves nothing behind,
while the rest of the unit of work goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from store import audit, filings, imports, ledger, notices
from store.actions import InvoiceActions
from store.contacts import BuyerContacts
from store.db import transaction
from store.imports import ImportOutcome
from store.models import (
    Buyer,
    Channel,
    DisputeFiling,
    Invoice,
    InvoiceStatus,
    LegalNotice,
    LegalNoticeVersion,
    Payment,
    Retailer,
)
from store.notifications import Notification, notify, notify_many
from store.repositories import BuyerRepository, InvoiceRepository, RetailerRepository
from tools.interest import InterestPolicy
from tools.invoice_import import ImportedInvoice
from tools.signing import DocumentSignature


class UnitOfWork:
    def __init__(self, session: Session) -> None:
        self._session = session
        self.retailers = RetailerRepository(session)
        self.contacts = BuyerContacts(session)
        self.actions = InvoiceActions(session)

    def buyers(self, retailer_id: int) -> BuyerRepository:
        return BuyerRepository(self._session, retailer_id)

    def invoices(self, retailer_id: int) -> InvoiceRepository:
        return InvoiceRepository(self._session, retailer_id)

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """All of the block or none of it (a savepoint inside the unit of work)."""
        with self._session.begin_nested():
            yield

    # -- the ledger's operations (validated, audited: store.ledger) --------------------------

    def register_retailer(self, **fields: Any) -> Retailer:
        return ledger.register_retailer(self._session, **fields)

    def add_buyer(self, retailer_id: int, **fields: Any) -> Buyer:
        return ledger.add_buyer(self._session, retailer_id, **fields)

    def import_invoices(self, retailer_id: int, invoices: Sequence[ImportedInvoice], *,
                        source: str, actor: str) -> ImportOutcome:
        """The invoices of an export, all valid ones together (store.imports)."""
        with self.atomic():
            return imports.import_invoices(self._session, retailer_id, invoices,
                                           source=source, actor=actor)

    def add_invoice(self, retailer_id: int, **fields: Any) -> Invoice:
        return ledger.add_invoice(self._session, retailer_id, **fields)

    def record_payment(self, retailer_id: int, invoice_id: int, *, paid_on: date,
                       amount: str | Decimal, reference: str | None, today: date,
                       policy: InterestPolicy, settles: bool = False, now: datetime,
                       actor: str = "system") -> Payment:
        return ledger.record_payment(self._session, retailer_id, invoice_id, paid_on=paid_on,
                                     amount=amount, reference=reference, today=today,
                                     policy=policy, settles=settles, now=now, actor=actor)

    def set_invoice_status(self, retailer_id: int, invoice_id: int, status: InvoiceStatus,
                           now: datetime, actor: str = "system") -> Invoice:
        return ledger.set_invoice_status(self._session, retailer_id, invoice_id, status, now,
                                         actor)

    def set_overdue_reminder_days(self, retailer_id: int, days: object, *, today: date,
                                  actor: str = "system") -> Retailer:
        return ledger.set_overdue_reminder_days(self._session, retailer_id, days, today=today,
                                                actor=actor)

    def set_address(self, retailer_id: int, address: str, *, buyer_id: int | None = None,
                    actor: str = "retailer") -> str:
        return ledger.set_address(self._session, retailer_id, address, buyer_id=buyer_id,
                                  actor=actor)

    def confirm_udyam(self, retailer_id: int, *, by: str, now: datetime,
                      details: dict[str, object] | None = None) -> Retailer:
        return ledger.confirm_udyam(self._session, retailer_id, by=by, now=now, details=details)

    # -- demand notices (store.notices) ------------------------------------------------------

    def open_notice(self, **fields: Any) -> LegalNotice:
        return notices.open_notice(self._session, **fields)

    def notice(self, retailer_id: int, notice_id: int) -> LegalNotice | None:
        notice = self._session.get(LegalNotice, notice_id)
        return notice if notice is not None and notice.retailer_id == retailer_id else None

    def pending_notice(self, retailer_id: int, buyer_id: int) -> LegalNotice | None:
        return notices.pending_notice(self._session, retailer_id, buyer_id)

    def notice_invoices(self, notice: LegalNotice) -> list[Invoice]:
        return notices.notice_invoices(self._session, notice)

    def add_notice_version(self, notice: LegalNotice, *, terms: dict[str, Any],
                           document_ref: str, signature: DocumentSignature,
                           actor: str = "system") -> LegalNoticeVersion:
        return notices.add_version(self._session, notice, terms=terms,
                                   document_ref=document_ref, signature=signature, actor=actor)

    def approve_notice(self, retailer_id: int, notice_id: int, *, version: int, sha256: str,
                       approver: str, now: datetime) -> LegalNotice:
        return notices.approve_notice(self._session, retailer_id, notice_id, version=version,
                                      sha256=sha256, approver=approver, now=now)

    def cancel_notice(self, retailer_id: int, notice_id: int, *, now: datetime) -> LegalNotice:
        return notices.cancel_notice(self._session, retailer_id, notice_id, now=now)

    def mark_notice_sent(self, retailer_id: int, notice_id: int, *,
                         deliveries: Sequence[dict[str, Any]], now: datetime) -> LegalNotice:
        return notices.mark_notice_sent(self._session, retailer_id, notice_id,
                                        deliveries=deliveries, now=now)

    def find_notice_version(self, sha256: str) -> notices.NoticeRecord | None:
        return notices.find_version(self._session, sha256)

    # -- references to the Facilitation Council (store.filings) -----------------------------

    def open_filing(self, **fields: Any) -> DisputeFiling:
        return filings.open_filing(self._session, **fields)

    def latest_filing(self, retailer_id: int, buyer_id: int | None = None,
                      statuses: Sequence[str] | None = None) -> DisputeFiling | None:
        return filings.latest_filing(self._session, retailer_id, buyer_id, statuses)

    def filing(self, retailer_id: int, filing_id: int) -> DisputeFiling | None:
        filing = self._session.get(DisputeFiling, filing_id)
        return filing if filing is not None and filing.retailer_id == retailer_id else None

    def approve_filing(self, retailer_id: int, filing_id: int, *,
                       now: datetime) -> DisputeFiling:
        return filings.approve_filing(self._session, retailer_id, filing_id, now=now)

    def cancel_filing(self, retailer_id: int, filing_id: int, *, now: datetime) -> DisputeFiling:
        return filings.cancel_filing(self._session, retailer_id, filing_id, now=now)

    def record_application(self, retailer_id: int, filing_id: int, number: str, *,
                           now: datetime) -> DisputeFiling:
        return filings.record_application(self._session, retailer_id, filing_id, number,
                                          now=now)

    def record_filing_status(self, retailer_id: int, filing_id: int, status: str, *,
                             now: datetime) -> DisputeFiling:
        return filings.record_filing_status(self._session, retailer_id, filing_id, status,
                                            now=now)

    def served_for_invoices(self, invoice_ids: Sequence[int]
                            ) -> dict[int, tuple[str, datetime]]:
        return notices.served_for_invoices(self._session, invoice_ids)

    def served_notices(self, retailer_id: int, buyer_id: int) -> list[LegalNotice]:
        return notices.served_notices(self._session, retailer_id, buyer_id)

    def record_buyer_reply(self, **fields: Any) -> None:
        ledger.record_buyer_reply(self._session, **fields)

    def audit(self, **fields: Any) -> None:
        audit.append(self._session, **fields)

    def audit_many(self, entries: Sequence[dict[str, Any]]) -> None:
        """:meth:`audit` for each of ``entries`` (the same fields), in order, under one lock
        of the chain (:func:`store.audit.append_many`)."""
        audit.append_many(self._session, entries)

    # -- sending ---------------------------------------------------------------------------

    def notify(self, *, retailer_id: int, channel: Channel, to: str, body: str, stage: str,
               key: str, now: datetime, local: bool, **details: Any) -> bool:
        """:func:`store.notifications.notify` in this unit of work."""
        return notify(self._session, retailer_id=retailer_id, channel=channel, to=to,
                      body=body, stage=stage, key=key, now=now, local=local, **details)

    def notify_many(self, notifications: Sequence[Notification], *, now: datetime,
                    local: bool) -> list[bool]:
        """:func:`store.notifications.notify_many` in this unit of work: a batch of sends
        in two statements, each answered as :meth:`notify` would have in turn."""
        return notify_many(self._session, notifications, now=now, local=local)


UnitSource = Callable[[], AbstractContextManager[UnitOfWork]]


def unit_source(engine: Engine) -> UnitSource:
    """Units of work on ``engine``, one transaction each (for a caller that runs an agent
    in batches, such as the payment monitor's runner)."""

    @contextmanager
    def unit() -> Iterator[UnitOfWork]:
        with transaction(engine) as session:
            yield UnitOfWork(session)

    return unit
