"""The append-only, hash-chained audit log.

Each row's ``row_hash`` is the SHA-256 of its canonical form (sorted-key JSON
of every column but ``row_hash``), and that form includes ``prev_hash``, the
previous row's hash. Editing any row breaks its own hash; deleting a row
leaves a gap in the gap-free ``seq`` or breaks the next row's ``prev_hash``;
deleting the newest rows no longer matches the stored chain head.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from store.models import AuditEntry, AuditHead

GENESIS_HASH = "0" * 64
# One lock id for the whole chain: appends are serialised, so seq is gap-free.
_CHAIN_LOCK = 7_346_221_901


def canonical_form(entry: AuditEntry) -> str:
    payload = {
        "seq": entry.seq,
        "occurred_at": entry.occurred_at.astimezone(UTC).isoformat(timespec="microseconds"),
        "retailer_id": entry.retailer_id,
        "actor": entry.actor,
        "action": entry.action,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "details": entry.details,
        "prev_hash": entry.prev_hash,
    }
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      default=str)


def hash_entry(entry: AuditEntry) -> str:
    return hashlib.sha256(canonical_form(entry).encode("utf-8")).hexdigest()


def _jsonable(details: dict[str, Any]) -> dict[str, Any]:
    # Store exactly what is hashed: a JSON round trip turns Decimals and dates into strings.
    result: dict[str, Any] = json.loads(json.dumps(details, default=str, ensure_ascii=False))
    return result


def append(session: Session, *, actor: str, action: str, entity: str,
           entity_id: str | int | None = None, retailer_id: int | None = None,
           details: dict[str, Any] | None = None, now: datetime | None = None) -> AuditEntry:
    """Append one entry in the caller's transaction (so it lands with the change it records)."""
    [entry] = append_many(session, [{
        "actor": actor, "action": action, "entity": entity, "entity_id": entity_id,
        "retailer_id": retailer_id, "details": details, "now": now}])
    return entry


def append_many(session: Session, entries: Sequence[Mapping[str, Any]]) -> list[AuditEntry]:
    """Append ``entries`` (each the keyword arguments of :func:`append`) in order, in the
    caller's transaction: the rows :func:`append` once per entry would write, under one
    lock, one read of the chain head and one insert."""
    if not entries:
        return []
    session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _CHAIN_LOCK})
    head = session.get(AuditHead, 1, with_for_update=True)
    seq, prev_hash = (head.seq, head.row_hash) if head else (0, GENESIS_HASH)
    written: list[AuditEntry] = []
    for fields in entries:
        entry = _entry(seq + 1, prev_hash, **fields)
        written.append(entry)
        seq, prev_hash = entry.seq, entry.row_hash
    session.add_all(written)
    if head is None:
        session.add(AuditHead(id=1, seq=seq, row_hash=prev_hash))
    else:
        head.seq, head.row_hash = seq, prev_hash
    session.flush()
    return written


def _entry(seq: int, prev_hash: str, *, actor: str, action: str, entity: str,
           entity_id: str | int | None = None, retailer_id: int | None = None,
           details: dict[str, Any] | None = None, now: datetime | None = None) -> AuditEntry:
    occurred = (now or datetime.now(UTC)).astimezone(UTC)
    # Microsecond precision is what PostgreSQL keeps; hash what will be read back.
    entry = AuditEntry(
        seq=seq,
        occurred_at=occurred,
        retailer_id=retailer_id,
        actor=actor,
        action=action,
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        details=_jsonable(details or {}),
        prev_hash=prev_hash,
    )
    entry.row_hash = hash_entry(entry)
    return entry


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    problem: str  # "edited" | "deleted" | "relinked" | "truncated"
    detail: str


@dataclass(frozen=True)
class ChainReport:
    rows_checked: int
    first_break: ChainBreak | None

    @property
    def intact(self) -> bool:
        return self.first_break is None


def verify_chain(session: Session, batch_size: int = 5000) -> ChainReport:
    """Walk the whole chain in order and report the first broken row, if any."""
    rows = session.execute(
        select(AuditEntry).order_by(AuditEntry.seq).execution_options(yield_per=batch_size)
    ).scalars()
    report, last_seq, last_hash = _walk(rows)
    if report.first_break is not None:
        return report
    head = session.get(AuditHead, 1)
    if head is not None and (head.seq != last_seq or head.row_hash != last_hash):
        return ChainReport(report.rows_checked, ChainBreak(
            last_seq + 1, "deleted",
            f"the chain head records row {head.seq} but the log ends at row {last_seq}"))
    return report


def _walk(rows: Iterable[AuditEntry]) -> tuple[ChainReport, int, str]:
    """Check links in order; returns the report and the last good (seq, hash)."""
    expected_prev, expected_seq, count = GENESIS_HASH, 1, 0
    for row in rows:
        count += 1
        if row.seq != expected_seq:
            problem = ChainBreak(expected_seq, "deleted",
                                 f"row {expected_seq} is missing (next is {row.seq})")
        elif row.prev_hash != expected_prev:
            problem = ChainBreak(row.seq, "relinked",
                                 f"row {row.seq} does not link to row {row.seq - 1}")
        elif hash_entry(row) != row.row_hash:
            problem = ChainBreak(row.seq, "edited",
                                 f"row {row.seq} ({row.action}) was changed after it was written")
        else:
            expected_prev, expected_seq = row.row_hash, row.seq + 1
            continue
        return ChainReport(count, problem), expected_seq - 1, expected_prev
    return ChainReport(count, None), expected_seq - 1, expected_prev
