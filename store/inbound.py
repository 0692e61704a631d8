"""Receiving an inbound message: stored, its conversation touched and its processing
job queued, in one statement (``bakaya_receive_inbound``, migration 0006).

A message whose provider id was stored before is a retried delivery: it is
recognised (``duplicate``) and neither stored nor queued again. The job is queued
only when a job name is given (the sandbox and ``bakaya chat`` process at once and
queue nothing).

The same statement serves a synchronous caller (a SQLAlchemy engine) and the
webhooks' acknowledgement path (:class:`AsyncInbound`, a psycopg async pool in
autocommit: one round trip per message).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from psycopg import AsyncConnection
from psycopg.types.json import Jsonb
from psycopg_pool import AsyncConnectionPool
from sqlalchemy import Engine, text

from store.models import Channel

_RECEIVE = ("SELECT stored_message_id, stored_conversation_id, duplicate FROM "
            "bakaya_receive_inbound({})")
_ARGS = ("channel", "address", "thread_key", "provider_id", "body", "media", "received_at",
         "queue", "task")


@dataclass(frozen=True)
class Stored:
    message_id: int
    conversation_id: int
    duplicate: bool


@dataclass(frozen=True)
class InboundJob:
    """The task (and its queue) that processes a conversation's new messages."""

    task: str
    queue: str


@dataclass(frozen=True)
class Inbound:
    """One message as stored: who sent it on which channel, and what."""

    channel: Channel
    address: str
    thread_key: str
    provider_id: str | None
    body: str
    media: list[dict[str, str]]
    received_at: datetime

    def params(self, job: InboundJob | None) -> dict[str, Any]:
        return {"channel": self.channel.value, "address": self.address,
                "thread_key": self.thread_key, "provider_id": self.provider_id,
                "body": self.body, "media": self.media, "received_at": self.received_at,
                "queue": job.queue if job else None, "task": job.task if job else None}


def receive(engine: Engine, inbound: Inbound, job: InboundJob | None = None) -> Stored:
    """Store ``inbound`` (and queue ``job`` for its conversation) in one transaction."""
    params = inbound.params(job)
    params["media"] = json.dumps(params["media"])
    statement = text(_RECEIVE.format(", ".join(
        f"CAST(:{a} AS jsonb)" if a == "media" else f":{a}" for a in _ARGS)))
    with engine.begin() as conn:
        row = conn.execute(statement, params).one()
    return Stored(int(row[0]), int(row[1]), bool(row[2]))


class AsyncInbound:
    """The acknowledgement path's writer: an async pool of autocommit connections, one
    statement per message. ``open`` and ``close`` run on the serving event loop."""

    def __init__(self, conninfo: str, job: InboundJob | None, max_size: int = 10) -> None:
        self.job = job
        self.pool: AsyncConnectionPool[AsyncConnection[Any]] = AsyncConnectionPool(
            conninfo, min_size=2, max_size=max_size, open=False,
            kwargs={"autocommit": True})
        self._sql = _RECEIVE.format(", ".join(f"%({a})s" for a in _ARGS))

    async def open(self) -> None:
        await self.pool.open(wait=True, timeout=30)

    async def close(self) -> None:
        await self.pool.close()

    async def receive(self, inbound: Inbound) -> Stored:
        params = inbound.params(self.job)
        params["media"] = Jsonb(params["media"])
        async with self.pool.connection() as conn:
            cursor = await conn.execute(self._sql, params)
            row = await cursor.fetchone()
        assert row is not None
        return Stored(int(row[0]), int(row[1]), bool(row[2]))
