"""The product's clock. Business rules take "today" from here, never from the system.

In sandbox mode the clock can be moved forward (``POST /sandbox/clock``): the
offset is kept in the database so every process sees the same time.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol

from sqlalchemy import Engine, select

from store.db import transaction
from store.models import AppState
from tools.dates import IST, today_ist

CLOCK_KEY = "sandbox_clock"


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


# Moving the clock lands at this time of day (IST), inside business hours, so a
# simulated day behaves the same whenever the sandbox is used.
LANDING_TIME = time(11, 0)


class SandboxClock:
    """Real time until moved; moving it N days lands at 11:00 IST that many days
    later, and time then runs on from there. It only moves forward."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _pin(self) -> tuple[datetime, datetime] | None:
        with self.engine.connect() as conn:  # one indexed read, no ORM: it is on hot paths
            value = conn.execute(select(AppState.value).where(AppState.key == CLOCK_KEY)
                                 ).scalar()
        if not value or "pinned_at" not in value:
            return None
        return (datetime.fromisoformat(value["pinned_at"]),
                datetime.fromisoformat(value["real_at"]))

    def now(self) -> datetime:
        real = datetime.now(UTC)
        pin = self._pin()
        return real if pin is None else pin[0] + (real - pin[1])

    def advance(self, days: int) -> datetime:
        if days < 0:
            raise ValueError("the sandbox clock only moves forward")
        target_day = today_ist(self.now()) + timedelta(days=days)
        landed = datetime.combine(target_day, LANDING_TIME, tzinfo=IST).astimezone(UTC)
        landed = max(landed, self.now())
        value = {"pinned_at": landed.isoformat(), "real_at": datetime.now(UTC).isoformat()}
        with transaction(self.engine) as session:
            row = session.get(AppState, CLOCK_KEY, with_for_update=True)
            if row is None:
                session.add(AppState(key=CLOCK_KEY, value=value))
            else:
                row.value = value
        return landed


def today(clock: Clock) -> date:
    return today_ist(clock.now())
