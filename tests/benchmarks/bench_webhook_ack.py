"""Webhook acknowledgement against the bare-endpoint floor, in the same run (printed
figures, not pass/fail timing).

Starts ``bakaya serve`` in production mode (uvicorn; its child worker processing
every turn meanwhile)
and a bare FastAPI form endpoint on uvicorn, then sends each the same signed
WhatsApp webhooks, ``BENCH_REQUESTS`` (1,000) of them, ``BENCH_CONCURRENCY`` (50)
at a time, three rounds; prints p50, p99, throughput and errors for both, and
the ratios of the medians.

Run: ``scripts/test.sh tests/benchmarks/bench_webhook_ack.py -s``
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests.utils.server import free_port, served, signed_webhook, wait_until_healthy

TOKEN = "bench-token"
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "1000"))
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", "50"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))


@contextmanager
def bare_endpoint() -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "tests.benchmarks.bare_form_app:app", "--port",
         str(port), "--log-level", "warning"], cwd=Path(__file__).resolve().parents[2])
    base = f"http://127.0.0.1:{port}"
    try:
        assert wait_until_healthy(base, process, 30), "the bare endpoint did not start"
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _round(base: str, first_sid: int) -> tuple[list[float], int, float]:
    url = base + "/twilio/whatsapp"
    errors = 0

    def one(i: int) -> float:
        nonlocal errors
        params, headers = signed_webhook(url, TOKEN, first_sid + i)
        started = time.perf_counter()
        response = client.post(url, data=params, headers=headers)
        elapsed = (time.perf_counter() - started) * 1000
        if response.status_code != 200:
            errors += 1
        return elapsed

    with httpx.Client(timeout=30, limits=httpx.Limits(max_connections=CONCURRENCY)) as client:
        started = time.perf_counter()
        with ThreadPoolExecutor(CONCURRENCY) as pool:
            latencies = list(pool.map(one, range(REQUESTS)))
        wall = time.perf_counter() - started
    return latencies, errors, REQUESTS / wall


def _measure(base: str, label: str, offset: int) -> tuple[float, float]:
    p50s, p99s, rates, errors = [], [], [], 0
    _round(base, offset)  # warm-up round, not counted
    for r in range(ROUNDS):
        latencies, failed, rate = _round(base, offset + (r + 1) * REQUESTS)
        p50s.append(_pct(latencies, 0.5))
        p99s.append(_pct(latencies, 0.99))
        rates.append(rate)
        errors += failed
    p50, p99 = statistics.median(p50s), statistics.median(p99s)
    print(f"{label}: p50 {p50:.1f} ms, p99 {p99:.1f} ms, {statistics.median(rates):.0f} req/s, "
          f"{errors} errors (median of {ROUNDS} rounds of {REQUESTS}, {CONCURRENCY} at a time)")
    return p50, p99


@pytest.mark.benchmark
def test_webhook_ack_against_a_bare_endpoint(database_url: str) -> None:
    with bare_endpoint() as base:
        bare = _measure(base, "\nbare FastAPI form endpoint", 0)
    # Production mode: what faces Twilio (the sandbox's movable clock is a database read).
    with served(database_url, BAKAYA_MODE="production", TWILIO_AUTH_TOKEN=TOKEN,
                BAKAYA_PUBLIC_BASE_URL="{base}") as base:
        product = _measure(base, "bakaya webhook (signed, stored, deferred; worker running)",
                          10_000_000)
    print(f"ratio: p50 {product[0] / bare[0]:.1f}x, p99 {product[1] / bare[1]:.1f}x "
          "(target p50 <= 2x, p99 <= 3x)")
