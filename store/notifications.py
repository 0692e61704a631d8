"""The one way anything is sent: a communication and its outbox row, exactly once.

:func:`notify` writes the :class:`~store.models.Communication` (what was said,
to whom, about which invoice, under which idempotency key) and the
:class:`~store.models.OutboxEntry` that delivers it, in the caller's unit of
work. A key already used means the message went before: nothing is written
and ``False`` comes back. With the local outbox the row is the delivery
itself (``local``, sent now); with a provider it waits as ``pending`` for the
sender (:mod:`channels.outbox`).

Keys are built by :func:`notification_key` from their parts and are never
parsed back: the stage is stored in its own column.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from store.models import Channel, Communication, OutboxEntry


def notification_key(kind: str, *parts: object) -> str:
    """``kind:part:part...``: one (invoice, stage, channel) or (retailer, day) is sent once."""
    return ":".join([kind, *(str(p) for p in parts)])


def notify(session: Session, *, retailer_id: int, channel: Channel, to: str, body: str,
           stage: str, key: str, now: datetime, local: bool, invoice_id: int | None = None,
           buyer_id: int | None = None, template_id: str | None = None,
           variables: dict[str, Any] | None = None, media: list[dict[str, str]] | None = None,
           scheduled_for: datetime | None = None) -> bool:
    """Write the communication and its outbox row; False when ``key`` was used before."""
    variables = variables or {}
    communication_id = session.execute(
        insert(Communication).values(
            retailer_id=retailer_id, invoice_id=invoice_id, buyer_id=buyer_id, channel=channel,
            recipient=to, stage=stage, template_id=template_id, content=body,
            variables=variables, delivery_status="sent" if local else "pending",
            idempotency_key=key, scheduled_for=scheduled_for, sent_at=now if local else None)
        .on_conflict_do_nothing(index_elements=["idempotency_key"])
        .returning(Communication.id)).scalar()
    if communication_id is None:
        return False
    session.add(OutboxEntry(channel=channel, to_address=to, body=body, template_id=template_id,
                            template_variables=variables, communication_id=communication_id,
                            media=media or [], status="local" if local else "pending",
                            sent_at=now if local else None, created_at=now))
    return True
