"""Real worker processes (``bakaya worker``) against one database: two at once send
every due reminder exactly once, and so do workers killed with SIGKILL mid-batch."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import procrastinate
import pytest
from sqlalchemy import Engine, func, select, text

from bakaya.jobs import ensure_schema
from bakaya.runtime import libpq_conninfo
from store.clock import SandboxClock, today
from store.db import transaction
from store.ledger import add_buyer, add_invoice, register_retailer
from store.models import Communication, InvoiceAction, OutboxEntry
from tools.festivals import FestivalCalendar

BAKAYA = str(Path(sys.executable).with_name("bakaya"))


def _business_day(engine: Engine) -> date:
    """Pin the sandbox clock to 11:00 IST on a day that is no festival anywhere."""
    clock, calendar = SandboxClock(engine), FestivalCalendar.load()
    clock.advance(1)
    while calendar.is_festival(today(clock), None) is not None:
        clock.advance(1)
    return today(clock)


def _seed(engine: Engine, invoices: int) -> date:
    day = _business_day(engine)
    with transaction(engine) as session:
        retailer = register_retailer(
            session, phone="+919840012345", name="Lakshmi Textiles", language="en",
            udyam_number="UDYAM-TN-02-0012345", udyam_registered_on=date(2024, 1, 10),
            enterprise_type="micro", activity="manufacturing", consent_at=None)
        for n in range(invoices):
            buyer = add_buyer(session, retailer.id, name=f"Buyer {n}",
                              phone=f"+9197{n:08d}")
            # 45 days from 31 days ago: the first reminder was due yesterday.
            add_invoice(session, retailer.id, buyer_id=buyer.id, number=f"INV-{n}",
                        invoice_date=day - timedelta(days=31), amount="10000",
                        agreed_days=45)
    return day


def _start_worker(database_url: str) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "TWILIO_"))}
    env.update(DATABASE_URL=database_url, BAKAYA_MODE="sandbox",
               BAKAYA_MONITOR_BATCH_SIZE="5")
    return subprocess.Popen([BAKAYA, "worker", "--concurrency", "2"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.fixture
def deferrer(engine: Engine, database_url: str) -> Iterator[procrastinate.App]:
    ensure_schema(engine)
    # Only defers (by task name), as any process may: the workers run the tasks.
    app = procrastinate.App(connector=procrastinate.SyncPsycopgConnector(
        conninfo=libpq_conninfo(database_url)))
    with app.open():
        yield app


def _defer_monitors(app: procrastinate.App, count: int) -> None:
    for _ in range(count):
        app.configure_task("run_monitor", queue="monitor").defer()


def _pending(engine: Engine) -> int:
    with transaction(engine) as session:
        actions = session.execute(select(func.count()).select_from(InvoiceAction).where(
            InvoiceAction.status == "pending", InvoiceAction.stage == "first_reminder")
        ).scalar_one()
        jobs = session.execute(text("SELECT count(*) FROM procrastinate_jobs WHERE status IN"
                                    " ('todo', 'doing')")).scalar_one()
    return int(actions) + int(jobs)


def _wait(engine: Engine, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while _pending(engine) and time.monotonic() < deadline:
        time.sleep(0.3)


def _wait_for_progress(engine: Engine, timeout: float = 60) -> None:
    """Until the workers have started sending (so a kill lands mid-batch)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with transaction(engine) as session:
            if session.execute(select(func.count()).select_from(Communication)).scalar_one():
                return
        time.sleep(0.05)


def _assert_exactly_once(engine: Engine, invoices: int) -> None:
    with transaction(engine) as session:
        sent = Counter(session.execute(select(Communication.invoice_id).where(
            Communication.stage == "first_reminder")).scalars())
        outbox = session.execute(select(func.count()).select_from(OutboxEntry).where(
            OutboxEntry.to_address.like("+9197%"))).scalar_one()
        left = session.execute(select(func.count()).select_from(InvoiceAction).where(
            InvoiceAction.stage == "first_reminder",
            InvoiceAction.status != "done")).scalar_one()
    assert left == 0, f"{left} due reminders were never sent"
    assert len(sent) == invoices and set(sent.values()) == {1}, sent.most_common(3)
    assert outbox == invoices


def test_two_worker_processes_send_everything_exactly_once(
        engine: Engine, database_url: str, deferrer: procrastinate.App) -> None:
    _seed(engine, 60)
    workers = [_start_worker(database_url) for _ in range(2)]
    try:
        _defer_monitors(deferrer, 8)
        _wait(engine)
    finally:
        for worker in workers:
            worker.send_signal(signal.SIGTERM)
        for worker in workers:
            worker.wait(timeout=60)
    _assert_exactly_once(engine, 60)


def test_workers_killed_mid_batch_still_send_exactly_once(
        engine: Engine, database_url: str, deferrer: procrastinate.App) -> None:
    # Enough due reminders that the batched monitor is still at work when the kills land.
    _seed(engine, 3000)
    workers = [_start_worker(database_url), _start_worker(database_url)]
    kills = 0
    try:
        _defer_monitors(deferrer, 6)
        _wait_for_progress(engine)
        for _ in range(4):
            time.sleep(0.4)
            victim = workers.pop(0)
            victim.send_signal(signal.SIGKILL)
            victim.wait(timeout=30)
            kills += 1
            workers.append(_start_worker(database_url))
            _defer_monitors(deferrer, 2)
        # jobs of killed workers stay "doing": fresh monitor jobs finish the work
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with transaction(engine) as session:
                left = session.execute(select(func.count()).select_from(InvoiceAction).where(
                    InvoiceAction.status == "pending",
                    InvoiceAction.stage == "first_reminder")).scalar_one()
            if not left:
                break
            _defer_monitors(deferrer, 1)
            time.sleep(1.0)
    finally:
        for worker in workers:
            worker.send_signal(signal.SIGTERM)
        for worker in workers:
            worker.wait(timeout=60)
    assert kills == 4
    with transaction(engine) as session:  # proof that kills hit jobs while they ran
        interrupted = session.execute(text(
            "SELECT count(*) FROM procrastinate_jobs WHERE task_name = 'run_monitor'"
            " AND status = 'doing'")).scalar_one()
    assert interrupted >= 1
    _assert_exactly_once(engine, 3000)
