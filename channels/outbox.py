"""Delivering the outbox through a provider (Twilio) when one is configured."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Protocol

from sqlalchemy import Engine, select

from channels.messages import OutboundMessage
from store.db import transaction
from store.models import Message, OutboxEntry

log = logging.getLogger("bakaya.outbox")
MAX_ATTEMPTS = 3


class Sender(Protocol):
    def send(self, message: OutboundMessage) -> list[str]: ...


def deliver_pending(engine: Engine, sender: Sender, batch: int = 50) -> int:
    """Send pending rows (locked, so concurrent deliverers skip each other); returns sent count."""
    sent = 0
    with transaction(engine) as session:
        rows = session.execute(
            select(OutboxEntry).where(OutboxEntry.status == "pending")
            .order_by(OutboxEntry.id).limit(batch).with_for_update(skip_locked=True)
        ).scalars().all()
        for row in rows:
            row.attempts += 1
            try:
                ids = sender.send(OutboundMessage(channel=row.channel, to=row.to_address,
                                                  text=row.body,
                                                  template_id=row.template_id,
                                                  template_variables=row.template_variables))
            except Exception as error:  # noqa: BLE001 - provider errors are recorded, not raised
                log.warning('{"event": "send_failed", "outbox_id": %d, "error": "%s"}',
                            row.id, type(error).__name__)
                if row.attempts >= MAX_ATTEMPTS:
                    row.status = "failed"
                continue
            row.status, row.provider_id, row.sent_at = "sent", ids[0], datetime.now(UTC)
            if row.message_id is not None:
                message = session.get(Message, row.message_id)
                if message is not None:
                    message.status, message.provider_message_id = "sent", ids[0]
            sent += 1
    return sent


def record_status(engine: Engine, provider_id: str, status: str,
                  error_code: str | None = None) -> bool:
    """A delivery-status callback: update the outbox row and its message."""
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
        return True
