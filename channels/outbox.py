"""Delivering the outbox through a provider (Twilio), exactly once.

A row is claimed (``sending``, with ``send_started_at``) and committed before
the provider is called, and the provider's id is recorded afterwards. If the
process dies in between, or the call's outcome is unknown (a timeout), the
row stays ``sending``; the next attempt first asks the provider whether the
message went out (:meth:`Sender.find_sent`) and only sends when it did not.
A definite refusal by the provider fails the row; a failed channel alerts the
retailer.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Protocol

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from agents.channel_policy import handle_undeliverable
from channels.messages import OutboundMessage
from store.db import transaction
from store.models import Communication, DeliveryStatus, Message, OutboxEntry, OutboxStatus
from store.unit_of_work import UnitOfWork

log = logging.getLogger("bakaya.outbox")
MAX_ATTEMPTS = 3
FINAL_STATUSES = frozenset({OutboxStatus.SENT, OutboxStatus.QUEUED, OutboxStatus.SENDING_PROVIDER,
                            OutboxStatus.DELIVERED, OutboxStatus.READ, OutboxStatus.LOCAL,
                            OutboxStatus.FAILED, OutboxStatus.UNDELIVERED})
FAILED_STATUSES = frozenset({OutboxStatus.FAILED, OutboxStatus.UNDELIVERED})
# Rows the sender still has to deliver (or reconcile).
_TO_DELIVER = (OutboxStatus.PENDING, OutboxStatus.SENDING)


class PermanentSendError(Exception):
    """The provider refused the message for good (bad number, opted out, ...)."""


class SendUnconfirmed(Exception):
    """The provider did not answer: the row stays ``sending`` and is tried again later
    (the next attempt reconciles before it sends)."""

    def __init__(self, outbox_id: int, attempts: int) -> None:
        super().__init__(f"outbox {outbox_id}: no answer from the provider (attempt {attempts})")
        self.outbox_id, self.attempts = outbox_id, attempts


class Sender(Protocol):
    def send(self, message: OutboundMessage) -> list[str]: ...

    def find_sent(self, message: OutboundMessage, since: datetime) -> str | None: ...


def _message(row: OutboxEntry) -> OutboundMessage:
    # Only absolute URLs can be fetched by the provider.
    media = tuple(m["url"] for m in (row.media or []) if str(m.get("url", "")).startswith(
        ("https://", "http://")))
    return OutboundMessage(channel=row.channel, to=row.to_address, text=row.body,
                           media_urls=media,
                           template_id=row.template_id,
                           template_variables={k: str(v) for k, v in
                                               (row.template_variables or {}).items()
                                               if k != "subject"},
                           subject=(row.template_variables or {}).get("subject"))


def pending_ids(engine: Engine, limit: int = 500) -> list[int]:
    with transaction(engine) as session:
        return list(session.execute(
            select(OutboxEntry.id).where(OutboxEntry.status.in_(_TO_DELIVER))
            .order_by(OutboxEntry.id).limit(limit)).scalars())


def deliver_one(engine: Engine, sender: Sender, outbox_id: int) -> str | None:
    """Deliver one row; returns the provider id (None when there is nothing to do).

    Raises :class:`SendUnconfirmed` when the attempt is worth repeating (the caller
    schedules the repeat; after ``MAX_ATTEMPTS`` the row fails instead).
    """
    now = datetime.now(UTC)
    with transaction(engine) as session:
        row = session.execute(select(OutboxEntry).where(OutboxEntry.id == outbox_id)
                              .with_for_update(skip_locked=True)).scalar()
        if row is None or row.status not in _TO_DELIVER:
            return None
        message = _message(row)
        if row.status == OutboxStatus.SENDING and row.send_started_at is not None:
            found = sender.find_sent(message, row.send_started_at)
            if found is not None:
                _mark_sent(session, row, found, now)
                log.info('{"event": "send_reconciled", "outbox_id": %d}', row.id)
                return found
        row.status, row.send_started_at = OutboxStatus.SENDING, now
        row.attempts += 1
        attempts = row.attempts
    try:
        ids = sender.send(message)
    except PermanentSendError as error:
        _fail(engine, outbox_id, str(error))
        return None
    except Exception:
        # Outcome unknown: the row stays "sending" and the retry reconciles first.
        log.warning('{"event": "send_unknown_outcome", "outbox_id": %d, "attempt": %d}',
                    outbox_id, attempts)
        if attempts >= MAX_ATTEMPTS:
            _fail(engine, outbox_id, "no answer from the provider")
            return None
        raise SendUnconfirmed(outbox_id, attempts) from None
    with transaction(engine) as session:
        row = session.get(OutboxEntry, outbox_id, with_for_update=True)
        assert row is not None
        _mark_sent(session, row, ids[0], datetime.now(UTC))
    return ids[0]


def _mark_sent(session: Session, row: OutboxEntry, provider_id: str, now: datetime) -> None:
    row.status, row.provider_id, row.sent_at = OutboxStatus.SENT, provider_id, now
    if row.message_id is not None:
        message = session.get(Message, row.message_id)
        if message is not None:
            message.status, message.provider_message_id = DeliveryStatus.SENT, provider_id
    if row.communication_id is not None:
        communication = session.get(Communication, row.communication_id)
        if communication is not None:
            communication.delivery_status = DeliveryStatus.SENT
            communication.provider_id, communication.sent_at = provider_id, now


def _fail(engine: Engine, outbox_id: int, reason: str) -> None:
    with transaction(engine) as session:
        row = session.get(OutboxEntry, outbox_id, with_for_update=True)
        assert row is not None
        row.status = OutboxStatus.FAILED
        _channel_failed(session, row, reason)


def _channel_failed(session: Session, row: OutboxEntry, reason: str) -> None:
    communication = session.get(Communication, row.communication_id) \
        if row.communication_id is not None else None
    if communication is not None:
        handle_undeliverable(UnitOfWork(session), communication, reason, datetime.now(UTC))


def deliver_pending(engine: Engine, sender: Sender, batch: int = 50) -> int:
    """Deliver every pending row now (the embedded worker without a job engine)."""
    sent = 0
    for outbox_id in pending_ids(engine, batch):
        try:
            if deliver_one(engine, sender, outbox_id) is not None:
                sent += 1
        except Exception:  # noqa: BLE001 - left "sending"; reconciled on the next pass
            continue
    return sent


def record_status(engine: Engine, provider_id: str, status: str,
                  error_code: str | None = None) -> bool:
    """A delivery-status callback: update the outbox row, its message and communication.

    ``status`` is the provider's word, stored as given: a :class:`DeliveryStatus` value,
    or one the provider added that we do not know yet (kept, never rejected)."""
    with transaction(engine) as session:
        row = session.execute(select(OutboxEntry).where(
            OutboxEntry.provider_id == provider_id)).scalar()
        if row is None:
            return False
        row.status = status
        if row.message_id is not None:
            message = session.get(Message, row.message_id)
            if message is not None:
                message.status = status
        if row.communication_id is not None:
            communication = session.get(Communication, row.communication_id)
            if communication is not None:
                communication.delivery_status = status
                communication.status_updated_at = datetime.now(UTC)
                if error_code:
                    communication.error_code = error_code[:20]
        if status in FAILED_STATUSES:
            _channel_failed(session, row, error_code or status)
        return True
