"""``bakaya serve`` on the embedded database, stopped the way a service manager stops it
(SIGTERM): it exits cleanly and stops the PostgreSQL it started."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

from tests.utils.server import free_port, wait_until_healthy

ROOT = Path(__file__).resolve().parents[2]
BAKAYA = str(Path(sys.executable).with_name("bakaya"))


def _children(pid: int) -> list[int]:
    """Python child processes of ``pid`` (the embedded PostgreSQL is not one)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            cmdline = Path(f"/proc/{child}/cmdline").read_bytes().split(b"\0")
            if b"worker" in cmdline:
                found.append(int(child))
    return found


def _start_serve(prefix: str) -> tuple[Path, dict[str, str], int, subprocess.Popen[bytes]]:
    """``bakaya serve`` on its own embedded database (under the project, not /tmp: the
    server runs as an unprivileged user who must reach it): home, env, port, process."""
    home = ROOT / ".bakaya" / f"{prefix}-{uuid.uuid4().hex[:8]}"
    port, pg_port = free_port(), free_port()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("OPENAI_", "TWILIO_")) and k != "DATABASE_URL"}
    env.update(BAKAYA_HOME=str(home), BAKAYA_EMBEDDED_PG_PORT=str(pg_port),
               BAKAYA_MODE="sandbox")
    process = subprocess.Popen([BAKAYA, "serve", "--port", str(port)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return home, env, port, process


def test_sigterm_stops_the_server_and_its_embedded_postgresql() -> None:
    home, env, port, process = _start_serve("serve")
    try:
        assert wait_until_healthy(f"http://127.0.0.1:{port}", process, 120), "did not start"
        assert (home / "pgdata" / "postmaster.pid").exists()
        workers = _children(process.pid)
        assert len(workers) == 1, "serve did not start its worker child"
        # The worker lowers its CPU priority below the web process's as it starts.
        deadline = time.monotonic() + 60
        while os.getpriority(os.PRIO_PROCESS, workers[0]) <= \
                os.getpriority(os.PRIO_PROCESS, process.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert os.getpriority(os.PRIO_PROCESS, workers[0]) \
            > os.getpriority(os.PRIO_PROCESS, process.pid)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 0
        assert not (home / "pgdata" / "postmaster.pid").exists()  # PostgreSQL stopped
        assert not Path(f"/proc/{workers[0]}").exists()  # the worker stopped with it
    finally:
        if process.poll() is None:
            process.kill()
        subprocess.run([BAKAYA, "db", "stop"], env=env, capture_output=True, timeout=60)
        shutil.rmtree(home, ignore_errors=True)


def test_a_command_run_without_the_port_setting_uses_the_running_embedded_server() -> None:
    home = ROOT / ".bakaya" / f"port-{uuid.uuid4().hex[:8]}"
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("OPENAI_", "TWILIO_", "BAKAYA_")) and k != "DATABASE_URL"}
    env.update(BAKAYA_HOME=str(home))
    started = {**env, "BAKAYA_EMBEDDED_PG_PORT": str(free_port())}
    try:
        assert subprocess.run([BAKAYA, "db", "start"], env=started, capture_output=True,
                              timeout=120).returncode == 0
        # No port setting now: the default port differs from the running server's.
        result = subprocess.run([BAKAYA, "audit", "verify"], env=env, capture_output=True,
                                text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        url = subprocess.run([BAKAYA, "db", "url"], env=env, capture_output=True, text=True,
                             timeout=60).stdout
        assert f":{started['BAKAYA_EMBEDDED_PG_PORT']}/" in url
    finally:
        subprocess.run([BAKAYA, "db", "stop"], env=started, capture_output=True, timeout=60)
        shutil.rmtree(home, ignore_errors=True)


def test_the_worker_stops_when_serve_is_killed_outright() -> None:
    """SIGKILL gives serve no chance to stop its worker child: the worker notices its
    parent is gone and stops by itself (no orphan keeps taking jobs)."""
    home, env, port, process = _start_serve("kill")
    workers: list[int] = []
    try:
        assert wait_until_healthy(f"http://127.0.0.1:{port}", process, 120), "did not start"
        workers = _children(process.pid)
        assert len(workers) == 1
        process.kill()
        process.wait(timeout=30)
        deadline = time.monotonic() + 60
        while Path(f"/proc/{workers[0]}").exists() and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not Path(f"/proc/{workers[0]}").exists(), "the worker outlived serve"
    finally:
        for pid in workers:
            if Path(f"/proc/{pid}").exists():
                os.kill(pid, signal.SIGKILL)
        if process.poll() is None:
            process.kill()
        subprocess.run([BAKAYA, "db", "stop"], env=env, capture_output=True, timeout=60)
        shutil.rmtree(home, ignore_errors=True)
