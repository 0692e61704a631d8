"""Benchmarks (printed figures, not pass/fail timing):

* webhook acknowledgement latency p50/p99 under concurrent load against a real
  ``bakaya serve`` (uvicorn, embedded worker) on this machine;
* full turn latency p50/p95 on the deterministic path (sandbox endpoint, which
  answers after processing).

Run: ``.venv/bin/python -m pytest tests/benchmarks/bench_conversation_latency.py -s``
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from sqlalchemy import Engine, func, select

from store.db import transaction
from store.models import Message
from tests.utils.server import served, signed_webhook

TOKEN = "bench-token"
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "400"))
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", "16"))
TURNS = int(os.environ.get("BENCH_TURNS", "60"))


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


@pytest.fixture
def server(database_url: str) -> Iterator[str]:
    with served(database_url, TWILIO_AUTH_TOKEN=TOKEN, BAKAYA_PUBLIC_BASE_URL="{base}") as base:
        yield base


def test_webhook_ack_and_turn_latency(server: str, engine: Engine) -> None:
    url = server + "/twilio/whatsapp"

    def one(i: int) -> float:
        params, headers = signed_webhook(url, TOKEN, i)
        started = time.perf_counter()
        response = client.post(url, data=params, headers=headers)
        elapsed = time.perf_counter() - started
        assert response.status_code == 200
        return elapsed * 1000

    with httpx.Client(timeout=30, limits=httpx.Limits(max_connections=CONCURRENCY)) as client:
        one(10_000_000)  # warm up
        started = time.perf_counter()
        with ThreadPoolExecutor(CONCURRENCY) as pool:
            acks = list(pool.map(one, range(REQUESTS)))
        wall = time.perf_counter() - started
    processed_by = time.monotonic() + 300
    while time.monotonic() < processed_by:
        with transaction(engine) as session:
            left = session.execute(select(func.count()).select_from(Message).where(
                Message.direction == "inbound", Message.processed_at.is_(None))).scalar_one()
        if left == 0:
            break
        time.sleep(0.5)
    drained = time.perf_counter() - started
    print(f"\nwebhook ack latency, {REQUESTS} signed requests, {CONCURRENCY} concurrent, "
          f"50 senders: p50 {_pct(acks, 0.5):.1f} ms, p99 {_pct(acks, 0.99):.1f} ms, "
          f"max {max(acks):.1f} ms; {REQUESTS / wall:.0f} req/s acknowledged; all processed "
          f"after {drained:.1f} s ({left} left)")

    from datetime import date

    from store.ledger import add_buyer, add_invoice, register_retailer
    with transaction(engine) as session:
        retailer = register_retailer(
            session, phone="+919700000001", name="Bench Textiles", language="en",
            udyam_number="UDYAM-TN-02-0099999", udyam_registered_on=date(2024, 1, 1),
            enterprise_type="micro", activity="manufacturing", consent_at=None)
        buyer = add_buyer(session, retailer.id, name="Ravi Stores", gstin="33AAACR5055K1ZE")
        for n in range(20):
            add_invoice(session, retailer.id, buyer_id=buyer.id, number=f"INV-{n}",
                        invoice_date=date(2026, 9, 1 + n), amount="100000", agreed_days=30)
    turns: list[float] = []
    with httpx.Client(timeout=60) as client:
        for i in range(TURNS):
            text = ["help", "show pending", "INV-9 status", "who is 33AAACR5055K1ZE"][i % 4]
            started = time.perf_counter()
            response = client.post(server + "/sandbox/messages", json={
                "from": "+919700000001", "channel": "whatsapp", "text": text})
            turns.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200
    print("full turn latency (deterministic path: help, 20-invoice pending list with "
          f"interest, detail, buyer lookup), {TURNS} turns: "
          f"p50 {statistics.median(turns):.1f} ms, p95 {_pct(turns, 0.95):.1f} ms")
