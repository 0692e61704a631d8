"""Monitor benchmark: 10k, 100k and 1M invoices with the same number due.

Prints the monitor's wall time, due reminders per second and the time of its
due-actions query at each size; cost should follow the due count, not the ledger
size. Run against a throw-away database:
``scripts/test.sh tests/benchmarks/bench_monitor.py -s``
(``BENCH_SIZES=10000,100000`` for a quicker run; ``BENCH_DUE=10000`` for the bulk
target of 1,000 due reminders a second in one process).
"""

from __future__ import annotations

import os
import time
from datetime import UTC, date, datetime
from datetime import time as clock_time

from sqlalchemy import Engine, text

from agents.payment_monitor import MonitorDeps, run_monitor
from store.db import transaction
from store.ledger import add_buyer, register_retailer
from store.unit_of_work import unit_source
from tools.bank_rate import load_bank_rates
from tools.dates import IST
from tools.festivals import FestivalCalendar
from tools.interest import InterestPolicy

SIZES = [int(s) for s in os.environ.get("BENCH_SIZES", "10000,100000,1000000").split(",")]
DUE = int(os.environ.get("BENCH_DUE", "300"))
NOW = datetime.combine(date(2026, 6, 10), clock_time(11), tzinfo=IST).astimezone(UTC)


def _grow(engine: Engine, retailer_id: int, buyer_id: int, start: int, count: int) -> None:
    """Add invoices that are not due (reminders months ahead) with their 6 actions each,
    ten invoices per buyer (buyers with phones, as in real books)."""
    with transaction(engine) as session:
        session.execute(text("""
            INSERT INTO buyers (retailer_id, name, phone)
            SELECT :r, 'Buyer ' || g, '+9196' || lpad(g::text, 8, '0')
            FROM generate_series(CAST(:start AS integer), CAST(:stop AS integer), 10) g"""),
            {"r": retailer_id, "start": start, "stop": start + count - 1})
        session.execute(text("""
            INSERT INTO invoices (retailer_id, buyer_id, number, invoice_date, accepted_on,
                agreed_credit_days, credit_days_applied, due_date, interest_from, principal,
                status, status_changed_at, document_refs)
            SELECT :r, b.id, 'N-' || g, DATE '2026-09-01', DATE '2026-09-01', 45, 45,
                   DATE '2026-10-16', DATE '2026-10-17', 10000, 'active', now(), '[]'
            FROM generate_series(CAST(:start AS integer), CAST(:stop AS integer)) g
            JOIN buyers b ON b.retailer_id = :r
                         AND b.phone = '+9196' || lpad((g - ((g - 1) % 10))::text, 8, '0')"""),
            {"r": retailer_id, "start": start, "stop": start + count - 1})
        session.execute(text("""
            INSERT INTO invoice_actions (retailer_id, invoice_id, stage, audience, due_at,
                                         status)
            SELECT i.retailer_id, i.id, s.stage, s.audience,
                   (i.due_date + s.offset_days) + TIME '04:30', 'pending'
            FROM invoices i
            CROSS JOIN (VALUES ('first_reminder', 'buyer', -15), ('second_reminder', 'buyer', -5),
                               ('final_reminder', 'buyer', -1), ('deadline_alert', 'retailer', -3),
                               ('notice', 'buyer', 1), ('overdue_alert', 'retailer', 1))
                 AS s(stage, audience, offset_days)
            WHERE i.number LIKE 'N-%' AND i.id > :after"""), {"after": _last_action_invoice(
                session)})
    with engine.connect() as conn:
        conn.execute(text("ANALYZE invoices"))
        conn.execute(text("ANALYZE invoice_actions"))
        conn.commit()


def _last_action_invoice(session: object) -> int:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    return int(session.execute(text(
        "SELECT coalesce(max(invoice_id), 0) FROM invoice_actions")).scalar_one())


def _make_due(engine: Engine, retailer_id: int, run: int) -> None:
    """DUE fresh invoices whose first reminder is due now, one per generated buyer in turn
    (several each when DUE is more than the buyers there are)."""
    with transaction(engine) as session:
        session.execute(text("""
            WITH pool AS (
              SELECT id, row_number() OVER (ORDER BY id) - 1 AS n, count(*) OVER () AS size
              FROM buyers WHERE retailer_id = :r AND phone LIKE '+9196%'),
            new AS (
              INSERT INTO invoices (retailer_id, buyer_id, number, invoice_date, accepted_on,
                  agreed_credit_days, credit_days_applied, due_date, interest_from, principal,
                  status, status_changed_at, document_refs)
              SELECT :r, b.id, 'D' || :run || '-' || g, DATE '2026-05-10', DATE '2026-05-10',
                     45, 45, DATE '2026-06-24', DATE '2026-06-25', 50000, 'active', now(), '[]'
              FROM generate_series(1, CAST(:due AS integer)) g
              JOIN pool b ON b.n = (g - 1) % b.size
              RETURNING id, retailer_id)
            INSERT INTO invoice_actions (retailer_id, invoice_id, stage, audience, due_at, status)
            SELECT retailer_id, id, 'first_reminder', 'buyer', :due_at, 'pending' FROM new"""),
            {"r": retailer_id, "run": run, "due": DUE, "due_at": NOW.replace(hour=4)})


def _query_ms(engine: Engine) -> float:
    with engine.connect() as conn:
        started = time.perf_counter()
        conn.execute(text("SELECT id FROM invoice_actions WHERE status = 'pending'"
                          " AND due_at <= :now ORDER BY due_at, id LIMIT 200"),
                     {"now": NOW}).all()
        return (time.perf_counter() - started) * 1000


def test_monitor_cost_follows_the_due_count(engine: Engine) -> None:
    with transaction(engine) as session:
        retailer = register_retailer(
            session, phone="+919840012345", name="Bench Textiles", language="en",
            udyam_number="UDYAM-TN-02-0012345", udyam_registered_on=date(2024, 1, 1),
            enterprise_type="micro", activity="manufacturing", consent_at=None)
        buyer = add_buyer(session, retailer.id, name="Ravi Stores", phone="+919876543210")
        retailer_id, buyer_id = retailer.id, buyer.id
    deps = MonitorDeps(interest_policy=InterestPolicy(load_bank_rates()),
                       festivals=FestivalCalendar.load())
    have = 0
    print(f"\nmonitor with {DUE} due reminders, batch 200:")
    for run, size in enumerate(SIZES):
        started = time.perf_counter()
        _grow(engine, retailer_id, buyer_id, have + 1, size - have)
        grow_s = time.perf_counter() - started
        have = size
        _make_due(engine, retailer_id, run)
        query = _query_ms(engine)
        started = time.perf_counter()
        report = run_monitor(unit_source(engine), NOW, deps)
        elapsed = time.perf_counter() - started
        assert report.sent >= DUE
        print(f"  {size:>9,} invoices ({size * 6:,} scheduled actions; built in {grow_s:.0f} s):"
              f" due-actions query {query:.1f} ms, monitor run {elapsed:.2f} s "
              f"({report.sent} messages, {elapsed / DUE * 1000:.2f} ms per due reminder, "
              f"{DUE / elapsed:,.0f} due reminders/s)")
