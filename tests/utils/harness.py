"""A running product for tests: real app, real database, Twilio-signed webhooks."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine, select
from twilio.request_validator import RequestValidator

from bakaya.app import create_app
from bakaya.runtime import Runtime, build_runtime
from bakaya.settings import Settings
from store.db import transaction
from store.models import OutboxEntry

AUTH_TOKEN = "test-auth-token-0123456789abcdef"
BASE_URL = "http://testserver"
BUSINESS_NUMBER = "+918000000000"
_sids = itertools.count(1)


class FixedClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self._now = now

    def now(self) -> datetime:
        return self._now

    def set_today(self, day: str) -> None:
        self._now = datetime.fromisoformat(day).replace(hour=6, tzinfo=UTC)

    def advance(self, days: int) -> None:
        self._now += timedelta(days=days)


def make_settings(database_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {"mode": "sandbox", "database_url": database_url,
                              "twilio_auth_token": AUTH_TOKEN, "openai_api_key": None,
                              "openai_base_url": None, "voice_replies": "espeak"}
    values.update(overrides)
    return Settings(**values)


class Product:
    """The app plus helpers to talk to it the way Twilio does."""

    def __init__(self, runtime: Runtime, client: TestClient, clock: FixedClock) -> None:
        self.runtime, self.client, self.clock = runtime, client, clock

    def signed_post(self, path: str, params: dict[str, str], *, token: str = AUTH_TOKEN,
                    signature: str | None = None) -> Any:
        url = BASE_URL + path
        sig = signature if signature is not None else \
            RequestValidator(token).compute_signature(url, params)
        return self.client.post(path, data=params, headers={"X-Twilio-Signature": sig})

    def twilio_params(self, sender: str, text: str, channel: str = "whatsapp",
                      sid: str | None = None) -> dict[str, str]:
        prefix = "whatsapp:" if channel == "whatsapp" else ""
        params = {"MessageSid": sid or f"SM{next(_sids):032d}", "AccountSid": "AC" + "0" * 32,
                  "From": prefix + sender, "To": prefix + BUSINESS_NUMBER, "Body": text,
                  "NumMedia": "0"}
        if channel == "whatsapp":
            params.update(ProfileName="Test", WaId=sender.lstrip("+"))
        return params

    def send(self, sender: str, text: str, channel: str = "whatsapp") -> list[str]:
        """One message through the webhook; waits for processing; returns the new replies."""
        before = self.outbox_ids()
        response = self.signed_post(f"/twilio/{channel}", self.twilio_params(sender, text,
                                                                              channel))
        assert response.status_code == 200, response.text
        self.runtime.jobs.drain()
        return [row.body for row in self.outbox(sender) if row.id not in before]

    def outbox(self, to: str) -> list[OutboxEntry]:
        with transaction(self.runtime.engine) as session:
            return list(session.execute(select(OutboxEntry).where(OutboxEntry.to_address == to)
                                        .order_by(OutboxEntry.id)).scalars())

    def outbox_ids(self) -> set[int]:
        with transaction(self.runtime.engine) as session:
            return set(session.execute(select(OutboxEntry.id)).scalars())


@contextmanager
def running_product(engine: Engine, database_url: str, *, today: str = "2026-10-10",
                    sender: Any = None, **settings: Any) -> Iterator[Product]:
    clock = FixedClock(datetime.fromisoformat(today).replace(hour=6, tzinfo=UTC))
    runtime = build_runtime(make_settings(database_url, **settings), engine, database_url,
                            clock=clock, sender=sender, start_worker=True)
    try:
        with TestClient(create_app(engine, runtime), base_url=BASE_URL,
                        raise_server_exceptions=False) as client:
            yield Product(runtime, client, clock)
    finally:
        runtime.close()
