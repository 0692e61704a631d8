"""The one way anything is sent: a communication and its outbox row, exactly once.

:func:`notify_many` writes, for each :class:`Notification`, the
:class:`~store.models.Communication` (what was said, to whom, about which
invoice, under which idempotency key) and the :class:`~store.models.OutboxEntry`
that delivers it, in the caller's unit of work. A key already used means the
message went before: nothing is written for it and its answer is ``False``.
With the local outbox the row is the delivery itself (``local``, sent now);
with a provider it waits as ``pending`` for the sender (:mod:`channels.outbox`).
:func:`notify` is the same for one message.

A batch costs two statements whatever its size: one multi-row
``INSERT ... ON CONFLICT (idempotency_key) DO NOTHING RETURNING`` for the
communications and one multi-row insert of the outbox rows for those that were
new. The answers are exactly those of one :func:`notify` per message in the
order given: a key repeated within the batch is written once, for its first
message; rows get ids in the order given, so the outbox delivers them in that
order.

Keys are built by :func:`notification_key` from their parts and are never
parsed back: the stage is stored in its own column.

A turn's answers in a conversation go through :func:`reply`: the message in the
conversation it answers and its outbox row (no communication: a reply is part
of the conversation, not a reminder under an idempotency key; the turn's unit of
work makes it once).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from store.models import (
    Channel,
    DeliveryStatus,
    Direction,
    Message,
    MessageStatus,
    OutboxEntry,
    OutboxStatus,
)

# The rows travel as one JSON array (one parameter, however many rows) and come out
# of ``jsonb_to_recordset`` in the order given (WITH ORDINALITY), so ids follow that order.
_INSERT_COMMUNICATIONS = text("""
    INSERT INTO communications (retailer_id, invoice_id, buyer_id, channel, recipient, stage,
        template_id, content, variables, delivery_status, retries, idempotency_key,
        scheduled_for, sent_at)
    SELECT retailer_id, invoice_id, buyer_id, channel, recipient, stage, template_id, content,
           variables, delivery_status, 0, idempotency_key, scheduled_for, sent_at
    FROM ROWS FROM (jsonb_to_recordset(CAST(:rows AS jsonb)) AS (
        retailer_id bigint, invoice_id bigint, buyer_id bigint, channel channel,
        recipient text, stage text, template_id text, content text, variables jsonb,
        delivery_status text, idempotency_key text, scheduled_for timestamptz,
        sent_at timestamptz)) WITH ORDINALITY AS c
    ORDER BY c.ordinality
    ON CONFLICT (idempotency_key) DO NOTHING
    RETURNING id, idempotency_key""")
_INSERT_OUTBOX = text("""
    INSERT INTO outbox (channel, to_address, body, media, template_id, template_variables,
        communication_id, status, attempts, sent_at, created_at)
    SELECT channel, to_address, body, media, template_id, template_variables,
           communication_id, status, 0, sent_at, created_at
    FROM ROWS FROM (jsonb_to_recordset(CAST(:rows AS jsonb)) AS (
        channel channel, to_address text, body text, media jsonb, template_id text,
        template_variables jsonb, communication_id bigint, status text,
        sent_at timestamptz, created_at timestamptz)) WITH ORDINALITY AS o
    ORDER BY o.ordinality""")


def notification_key(kind: str, *parts: object) -> str:
    """``kind:part:part...``: one (invoice, stage, channel) or (retailer, day) is sent once."""
    return ":".join([kind, *(str(p) for p in parts)])


@dataclass(frozen=True)
class Notification:
    """One message to send: its recipient, text and idempotency ``key``."""

    retailer_id: int
    channel: Channel
    to: str
    body: str
    stage: str
    key: str
    invoice_id: int | None = None
    # Set exactly when the message goes to the buyer (Communication.to_buyer).
    buyer_id: int | None = None
    template_id: str | None = None
    variables: dict[str, Any] = field(default_factory=dict)
    media: list[dict[str, str]] = field(default_factory=list)
    scheduled_for: datetime | None = None


def notify_many(session: Session, notifications: Sequence[Notification], *, now: datetime,
                local: bool) -> list[bool]:
    """Write each notification's communication and outbox row; per notification, False
    when its key was used before (by an earlier send, or earlier in this batch)."""
    first: dict[str, int] = {}
    for index, notification in enumerate(notifications):
        first.setdefault(notification.key, index)
    new: list[Notification] = [notifications[i] for i in first.values()]
    communication_ids: dict[str, int] = {}
    if new:
        communication_ids.update((key, id_) for id_, key in session.execute(
            _INSERT_COMMUNICATIONS, {"rows": _json([_communication(n, now, local)
                                                    for n in new])}))
    written = [n for n in new if n.key in communication_ids]
    if written:
        session.execute(_INSERT_OUTBOX, {"rows": _json(
            [_outbox_row(n, communication_ids[n.key], now, local) for n in written])})
    return [n.key in communication_ids and first[n.key] == index
            for index, n in enumerate(notifications)]


def notify(session: Session, *, retailer_id: int, channel: Channel, to: str, body: str,
           stage: str, key: str, now: datetime, local: bool, invoice_id: int | None = None,
           buyer_id: int | None = None, template_id: str | None = None,
           variables: dict[str, Any] | None = None, media: list[dict[str, str]] | None = None,
           scheduled_for: datetime | None = None) -> bool:
    """Write the communication and its outbox row; False when ``key`` was used before."""
    [sent] = notify_many(session, [Notification(
        retailer_id=retailer_id, channel=channel, to=to, body=body, stage=stage, key=key,
        invoice_id=invoice_id, buyer_id=buyer_id, template_id=template_id,
        variables=variables or {}, media=media or [], scheduled_for=scheduled_for)],
        now=now, local=local)
    return sent


def _json(rows: list[dict[str, Any]]) -> str:
    return json.dumps(rows, ensure_ascii=False)


def _timestamp(value: datetime | None) -> str | None:
    # ISO 8601 with its offset; PostgreSQL reads it into timestamptz as the driver would.
    return None if value is None else value.isoformat()


def _communication(n: Notification, now: datetime, local: bool) -> dict[str, Any]:
    return {"retailer_id": n.retailer_id, "invoice_id": n.invoice_id, "buyer_id": n.buyer_id,
            "channel": n.channel.value, "recipient": n.to, "stage": n.stage,
            "template_id": n.template_id, "content": n.body, "variables": n.variables,
            "delivery_status": DeliveryStatus.SENT if local else DeliveryStatus.PENDING,
            "idempotency_key": n.key, "scheduled_for": _timestamp(n.scheduled_for),
            "sent_at": _timestamp(now) if local else None}


def _outbox_row(n: Notification, communication_id: int, now: datetime,
                local: bool) -> dict[str, Any]:
    return {"channel": n.channel.value, "to_address": n.to, "body": n.body,
            "media": n.media, "template_id": n.template_id,
            "template_variables": n.variables, "communication_id": communication_id,
            "status": OutboxStatus.LOCAL if local else OutboxStatus.PENDING,
            "sent_at": _timestamp(now) if local else None, "created_at": _timestamp(now)}


def reply(session: Session, *, conversation_id: int, in_reply_to_id: int,
          retailer_id: int | None, channel: Channel, to: str, body: str,
          attachments: list[dict[str, str]], now: datetime, local: bool) -> None:
    """A turn's answer: the outbound message (in the conversation of ``to``) and the outbox
    row that delivers it, in the turn's unit of work."""
    message = Message(conversation_id=conversation_id, retailer_id=retailer_id,
                      direction=Direction.OUTBOUND, channel=channel, body=body,
                      status=MessageStatus.QUEUED, in_reply_to_id=in_reply_to_id,
                      created_at=now)
    session.add(message)
    session.flush()
    session.add(OutboxEntry(
        channel=channel, to_address=to, body=body, message_id=message.id, media=attachments,
        status=OutboxStatus.LOCAL if local else OutboxStatus.PENDING,
        sent_at=now if local else None, created_at=now))
