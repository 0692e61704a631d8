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

import httpx

BAKAYA = str(Path(sys.executable).with_name("bakaya"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


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
            deadline = time.monotonic() + 60
            while True:
                try:
                    if httpx.get(base + "/health", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    log.seek(0)
                    raise AssertionError(f"bakaya serve did not start:\n{log.read()}")
                time.sleep(0.2)
            yield base
        finally:
            process.terminate()
            process.wait(timeout=30)
