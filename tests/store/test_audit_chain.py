"""The audit log is append-only and hash-chained; verify names the first broken row."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from store import audit
from store.db import transaction


def _write_chain(engine: Engine, n: int) -> None:
    for i in range(n):
        with transaction(engine) as session:
            audit.append(session, actor="test", action=f"thing.{i}", entity="invoice",
                         entity_id=i, retailer_id=1,
                         details={"amount": Decimal("10.50") * i, "n": i, "text": "ஸ்ரீ क्या"})


def _tamper(engine: Engine, sql: str) -> None:
    # Only a superuser can switch triggers off: that is what tampering takes.
    with engine.begin() as conn:
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        conn.execute(text(sql))


def test_an_untouched_chain_verifies(engine: Engine) -> None:
    _write_chain(engine, 5)
    with transaction(engine) as session:
        report = audit.verify_chain(session)
    assert report.intact and report.rows_checked == 5


def test_an_empty_chain_verifies(engine: Engine) -> None:
    with transaction(engine) as session:
        assert audit.verify_chain(session).intact


def test_rows_link_to_the_previous_rows_hash(engine: Engine) -> None:
    _write_chain(engine, 3)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT seq, prev_hash, row_hash FROM audit_log ORDER BY seq"))
        rows = rows.all()
    assert rows[0].prev_hash == audit.GENESIS_HASH
    assert rows[1].prev_hash == rows[0].row_hash and rows[2].prev_hash == rows[1].row_hash


def test_update_and_delete_are_refused_by_the_database(engine: Engine) -> None:
    _write_chain(engine, 2)
    for sql in ("UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log",
                "TRUNCATE audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
            conn.execute(text(sql))


@pytest.mark.parametrize("sql, seq, problem", [
    ("UPDATE audit_log SET details = '{\"amount\": \"1.00\"}' WHERE seq = 3", 3, "edited"),
    ("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1", 1, "edited"),
    ("DELETE FROM audit_log WHERE seq = 2", 2, "deleted"),
    ("DELETE FROM audit_log WHERE seq = 5", 5, "deleted"),
    ("UPDATE audit_log SET prev_hash = row_hash WHERE seq = 4", 4, "relinked"),
])
def test_tampering_is_detected_and_the_row_named(engine: Engine, sql: str, seq: int,
                                                  problem: str) -> None:
    _write_chain(engine, 5)
    _tamper(engine, sql)
    with transaction(engine) as session:
        report = audit.verify_chain(session)
    assert report.first_break is not None
    assert (report.first_break.seq, report.first_break.problem) == (seq, problem)


def test_an_edited_row_with_a_recomputed_hash_breaks_the_next_link(engine: Engine) -> None:
    _write_chain(engine, 4)
    with transaction(engine) as session:
        from store.models import AuditEntry
        row = session.get(AuditEntry, 2)
        assert row is not None
        session.expunge(row)
        row.actor = "mallory"
        forged = audit.hash_entry(row)
    _tamper(engine, f"UPDATE audit_log SET actor = 'mallory', row_hash = '{forged}' WHERE seq = 2")
    with transaction(engine) as session:
        report = audit.verify_chain(session)
    assert report.first_break is not None and report.first_break.seq == 3


def test_timestamps_survive_the_round_trip(engine: Engine) -> None:
    when = datetime(2026, 3, 1, 10, 30, 15, 123456, tzinfo=UTC)
    with transaction(engine) as session:
        audit.append(session, actor="t", action="a", entity="e", now=when)
    with transaction(engine) as session:
        assert audit.verify_chain(session).intact
