"""Migration 0007 carries invoices already in the ledger into the chase after the due
date: the next-step alerts still ahead, and the next overdue reminder where the notice
went out and the invoice is open; the default cadence is 7 days, and 3 to 30 only."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError

from store.migrate import downgrade, upgrade
from tools.dates import IST


def test_upgrade_schedules_what_open_invoices_now_get(database_url: str,
                                                      engine: Engine) -> None:
    downgrade(database_url, "0006")
    notice_sent = datetime(2026, 11, 20, 5, 0, tzinfo=UTC)  # 10:30 IST on 20 November
    with engine.begin() as conn:
        retailer = conn.execute(text(
            "INSERT INTO retailers (phone, language, daily_summary) "
            "VALUES ('+919840012345', 'en', false) RETURNING id")).scalar_one()
        buyer = conn.execute(text(
            "INSERT INTO buyers (retailer_id, name) VALUES (:r, 'Ravi Stores') RETURNING id"),
            {"r": retailer}).scalar_one()
        invoices = {}
        for number, status, due in (("OPEN", "overdue", date(2026, 11, 19)),
                                    ("PAID", "paid", date(2026, 11, 19)),
                                    ("LATER", "active", date(2099, 1, 1))):
            invoices[number] = conn.execute(text("""
                INSERT INTO invoices (retailer_id, buyer_id, number, invoice_date, accepted_on,
                    credit_days_applied, due_date, interest_from, principal, status)
                VALUES (:r, :b, :n, :d - 45, :d - 45, 45, :d, :d + 1, 1000, :s) RETURNING id"""),
                {"r": retailer, "b": buyer, "n": number, "d": due, "s": status}).scalar_one()
        for number in ("OPEN", "PAID"):
            conn.execute(text("""
                INSERT INTO invoice_actions (retailer_id, invoice_id, stage, audience, due_at,
                                             status, done_at)
                VALUES (:r, :i, 'notice', 'buyer', :at, 'done', :at)"""),
                {"r": retailer, "i": invoices[number], "at": notice_sent})
    upgrade(database_url)
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT invoice_id, stage, due_at, ordinal FROM invoice_actions "
            "WHERE status = 'pending' ORDER BY invoice_id, due_at")).all()
        cadence = conn.execute(text("SELECT overdue_reminder_days FROM retailers")).scalar_one()
    assert cadence == 7
    at_ten = datetime.combine(date(2026, 11, 27), time(10), tzinfo=IST)
    assert (invoices["OPEN"], "overdue_reminder", at_ten, 2) in rows
    assert not any(r.invoice_id == invoices["PAID"] for r in rows)
    later = [r.stage for r in rows if r.invoice_id == invoices["LATER"]]
    assert later == ["overdue_alert_15", "overdue_alert_30", "overdue_alert_45"]
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(text("UPDATE retailers SET overdue_reminder_days = 2"))
