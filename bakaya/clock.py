"""The product's clock. Business rules take "today" from here, never from the system.

In sandbox mode the clock can be moved forward (``POST /sandbox/clock``): the
offset is kept in the database so every process sees the same time.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Protocol

from sqlalchemy import Engine

from store.db import transaction
from store.models import AppState
from tools.dates import today_ist

CLOCK_KEY = "sandbox_clock"


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class SandboxClock:
    """Real time plus an offset in days that only moves forward."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def offset_days(self) -> int:
        with transaction(self.engine) as session:
            row = session.get(AppState, CLOCK_KEY)
            return int(row.value.get("offset_days", 0)) if row else 0

    def now(self) -> datetime:
        return datetime.now(UTC) + timedelta(days=self.offset_days())

    def advance(self, days: int) -> datetime:
        if days < 0:
            raise ValueError("the sandbox clock only moves forward")
        with transaction(self.engine) as session:
            row = session.get(AppState, CLOCK_KEY, with_for_update=True)
            if row is None:
                session.add(AppState(key=CLOCK_KEY, value={"offset_days": days}))
            else:
                row.value = {"offset_days": int(row.value.get("offset_days", 0)) + days}
        return self.now()


def today(clock: Clock) -> date:
    return today_ist(clock.now())
