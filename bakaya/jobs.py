"""The job engine: procrastinate over the product's PostgreSQL.

Tasks: inbound processing (one job per conversation at a time, through a
queueing lock and a lock on the conversation), outbound sends (one job per
row at a time; an unanswered send is tried again up to 3 times, with
exponential backoff and jitter), and the payment monitor
(periodic, every three hours, and on demand). ``bakaya serve`` starts a worker
as a child process (or in-process); ``bakaya worker`` runs standalone workers,
any number, anywhere.

Correctness does not rest on the queue: a conversation is processed under a
database advisory lock in message order, and each send is guarded by unique
keys, so a job that runs twice (a worker killed mid-job) does no harm.
"""

from __future__ import annotations

import asyncio
import logging
import random
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from datetime import datetime
from typing import Any, Protocol

import procrastinate
from procrastinate.exceptions import AlreadyEnqueued
from sqlalchemy import Engine, text

from channels.conversations import ConversationService
from channels.outbox import Sender, SendUnconfirmed, deliver_one, pending_ids
from store.clock import Clock
from store.db import transaction
from store.inbound import InboundJob

log = logging.getLogger("bakaya.jobs")

_SCHEMA_LOCK = 7346221903


class JobHost(Protocol):
    """What the tasks run against: the product as wired (``bakaya.runtime.Runtime``)."""

    engine: Engine
    clock: Clock
    service: ConversationService
    sender: Sender | None

    def run_due(self, now: datetime) -> dict[str, int]: ...


def backoff(attempts: int, base: float = 2.0) -> float:
    """Exponential backoff (2, 4, 8 s …) plus up to 50% random jitter."""
    wait = base ** attempts
    return wait + random.uniform(0, wait / 2)


#: The task that processes a conversation's new messages; the webhooks queue it in the
#: statement that stores the message (``store.inbound``), with the same queueing lock
#: (``conversation:<id>``) as :meth:`JobQueue.submit`.
PROCESS_CONVERSATION = InboundJob(task="process_conversation", queue="inbound")
MONITOR_CRON = "0 */3 * * *"  # every three hours
SWEEP_CRON = "* * * * *"  # every minute


def make_app(connector: procrastinate.BaseConnector, host: JobHost,
             defer_pending_sends: Callable[[], int],
             submit: Callable[[int], None],
             defer_send: Callable[[int, float], None]) -> procrastinate.App:
    """An app with the product's tasks, run against ``host``. Each app gets its own task
    objects: a deferring app (sync connector) and a worker app (async connector) live
    side by side."""

    def process_conversation(conversation_id: int) -> None:
        host.service.process_conversation(conversation_id)
        defer_pending_sends()

    def send_outbox(outbox_id: int) -> None:
        assert host.sender is not None, "send_outbox without a provider"
        try:
            deliver_one(host.engine, host.sender, outbox_id)
        except SendUnconfirmed as unconfirmed:
            # A new job, not procrastinate's retry: a retried job takes back its queueing
            # lock, which a send deferred meanwhile may hold (the job would then be stuck).
            defer_send(outbox_id, backoff(unconfirmed.attempts))

    def run_monitor_now() -> None:
        host.run_due(host.clock.now())
        defer_pending_sends()

    def run_monitor_periodic(timestamp: int) -> None:
        run_monitor_now()

    def sweep_stranded(timestamp: int) -> None:
        # A message stored whose job was never deferred (the process died between the
        # two) is picked up within a minute, not at the next restart.
        for conversation_id in host.service.unprocessed_conversations():
            submit(conversation_id)

    app = procrastinate.App(connector=connector)
    app.task(name=PROCESS_CONVERSATION.task,
             queue=PROCESS_CONVERSATION.queue)(process_conversation)
    app.task(name="send_outbox", queue="outbound")(send_outbox)
    app.task(name="run_monitor", queue="monitor")(run_monitor_now)
    app.periodic(cron=MONITOR_CRON)(
        app.task(name="run_monitor_periodic", queue="monitor")(run_monitor_periodic))
    app.periodic(cron=SWEEP_CRON)(
        app.task(name="sweep_stranded", queue="inbound")(sweep_stranded))
    return app


def ensure_schema(engine: Engine) -> None:
    """Create procrastinate's tables once (under a lock: several processes may start)."""
    with transaction(engine) as session:
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _SCHEMA_LOCK})
        exists = session.execute(text(
            "SELECT to_regclass('public.procrastinate_jobs') IS NOT NULL")).scalar()
        if not exists:
            session.execute(text(procrastinate.schema.SchemaManager.get_schema()))


class JobQueue:
    """Defers jobs (synchronously, from any thread) and, optionally, runs a worker in a
    background thread with its own event loop (the embedded default)."""

    def __init__(self, host: JobHost, conninfo: str) -> None:
        self.host = host
        self.conninfo = conninfo
        self.app = make_app(procrastinate.SyncPsycopgConnector(conninfo=conninfo, min_size=1,
                                                               max_size=4),
                            host, self.defer_pending_sends, self.submit, self.defer_send)
        self.app.open()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._worker_task: asyncio.Task[None] | None = None

    # -- deferring ------------------------------------------------------------------------

    def _configure(self, name: str, **options: Any) -> Any:
        return self.app.configure_task(name, allow_unknown=False, **options)

    def submit(self, conversation_id: int) -> None:
        key = f"conversation:{conversation_id}"
        # Already queued: that job picks this message up (it handles all unprocessed ones).
        with suppress(AlreadyEnqueued):
            self._configure(PROCESS_CONVERSATION.task, queueing_lock=key,
                            lock=key).defer(conversation_id=conversation_id)

    def run_monitor(self) -> None:
        with suppress(AlreadyEnqueued):
            self._configure("run_monitor", queueing_lock="monitor").defer()

    def defer_send(self, outbox_id: int, delay: float = 0.0) -> None:
        """Queue one row's delivery. One waiting job per row (queueing lock) and one
        running (lock), so a row is never sent by two workers at once; a row already
        queued keeps its job."""
        key = f"outbox:{outbox_id}"
        later = {"schedule_in": {"seconds": delay}} if delay > 0 else {}
        with suppress(AlreadyEnqueued):
            self._configure("send_outbox", queueing_lock=key, lock=key, **later).defer(
                outbox_id=outbox_id)

    def defer_pending_sends(self) -> int:
        if self.host.sender is None:
            return 0
        ids = pending_ids(self.host.engine)
        for outbox_id in ids:
            self.defer_send(outbox_id)
        return len(ids)

    def recover(self) -> int:
        pending = self.host.service.unprocessed_conversations()
        for conversation_id in pending:
            self.submit(conversation_id)
        return len(pending)

    def drain(self, timeout: float = 60.0) -> None:
        """Wait until no job is waiting or running (tests, shutdown)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with transaction(self.host.engine) as session:
                busy = session.execute(text(
                    "SELECT count(*) FROM procrastinate_jobs WHERE status IN ('todo', 'doing')"
                    " AND (scheduled_at IS NULL OR scheduled_at <= now())")).scalar()
            if not busy:
                return
            time.sleep(0.05)
        raise TimeoutError("jobs still pending after drain timeout")

    # -- the in-process worker ------------------------------------------------------------

    def worker_app(self) -> procrastinate.App:
        return make_app(procrastinate.PsycopgConnector(conninfo=self.conninfo), self.host,
                        self.defer_pending_sends, self.submit, self.defer_send)

    def start_worker(self, concurrency: int = 4) -> None:
        if self._thread is not None:
            return
        started = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            worker_app = self.worker_app()

            async def main() -> None:
                async with worker_app.open_async():
                    self._worker_task = asyncio.current_task()
                    started.set()
                    with suppress(asyncio.CancelledError):
                        await worker_app.run_worker_async(
                            concurrency=concurrency, install_signal_handlers=False,
                            fetch_job_polling_interval=0.5, shutdown_graceful_timeout=10)

            try:
                loop.run_until_complete(main())
            finally:
                loop.close()

        self._thread = threading.Thread(target=run, name="bakaya-jobs", daemon=True)
        self._thread.start()
        started.wait(timeout=30)

    def shutdown_worker(self) -> None:
        """Stop the in-process worker (jobs stay queued for the next one)."""
        if self._thread is not None and self._loop is not None and self._worker_task:
            self._loop.call_soon_threadsafe(self._worker_task.cancel)
            self._thread.join(timeout=30)
        self._thread = self._loop = self._worker_task = None

    def shutdown(self) -> None:
        self.shutdown_worker()
        self.app.close()
