"""``bakaya serve`` as a real process on a free local port, for browser tests and benchmarks."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from twilio.request_validator import RequestValidator

BAKAYA = str(Path(sys.executable).with_name("bakaya"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_healthy(base: str, process: subprocess.Popen[Any], seconds: float) -> bool:
    """Until ``base``/health answers 200 (True), or the process ends or time runs out."""
    deadline = time.monotonic() + seconds
    while process.poll() is None and time.monotonic() < deadline:
        try:
            if httpx.get(base + "/health", timeout=1).status_code == 200:
                return True
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    return False


@contextmanager
def served(database_url: str, **env_extra: str) -> Iterator[str]:
    """Start ``bakaya serve`` in sandbox mode on ``database_url``; yield its base URL."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "TWILIO_"))}
    env.update(DATABASE_URL=database_url, BAKAYA_MODE="sandbox")
    env.update({k: v.replace("{base}", base) for k, v in env_extra.items()})
    # The server's log goes to a file: a pipe nobody reads fills up and stalls the server.
    with tempfile.TemporaryFile(mode="w+") as log:
        process = subprocess.Popen([BAKAYA, "serve", "--port", str(port)], env=env,
                                   stdout=log, stderr=subprocess.STDOUT, text=True)
        try:
            if not wait_until_healthy(base, process, 60):
                process.kill()
                log.seek(0)
                raise AssertionError(f"bakaya serve did not start:\n{log.read()}")
            yield base
        finally:
            process.terminate()
            process.wait(timeout=30)


def signed_webhook(url: str, token: str, sid: int, text: str = "show pending",
                   senders: int = 50) -> tuple[dict[str, str], dict[str, str]]:
    """A WhatsApp inbound form as Twilio sends it, and its signature header (benchmarks)."""
    params = {"MessageSid": f"SM{sid:032d}", "AccountSid": "AC" + "0" * 32,
              "From": f"whatsapp:+9198{sid % senders:08d}", "To": "whatsapp:+918000000000",
              "Body": text, "NumMedia": "0"}
    signature = RequestValidator(token).compute_signature(url, params)
    return params, {"X-Twilio-Signature": signature}
