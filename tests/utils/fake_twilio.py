"""A fake Twilio REST endpoint on 127.0.0.1: records Messages.create calls and
answers as Twilio does (201 with a message SID), or fails on demand."""

from __future__ import annotations

import itertools
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

from twilio.rest import Client


class FakeTwilio:
    def __init__(self) -> None:
        self.sent: list[dict[str, str]] = []
        self.fail_with: int | None = None
        self._sids = itertools.count(1)

    def next_sid(self) -> str:
        return f"SMfa{next(self._sids):030x}"


def _handler(fake: FakeTwilio) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length", "0"))
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            if not self.path.endswith("/Messages.json"):
                return self._reply(404, {"code": 20404, "message": "not found"})
            if fake.fail_with is not None:
                return self._reply(fake.fail_with, {"code": 20500, "message": "internal error",
                                                    "status": fake.fail_with})
            fake.sent.append(form)
            sid = fake.next_sid()
            return self._reply(201, {"sid": sid, "status": "queued", "to": form.get("To"),
                                     "from": form.get("From"), "body": form.get("Body")})

        def _reply(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


@contextmanager
def fake_twilio() -> Iterator[tuple[Client, FakeTwilio]]:
    """A real twilio ``Client`` whose API calls go to the fake endpoint."""
    fake = FakeTwilio()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    client = Client("AC" + "1" * 32, "fake-auth-token")
    client.api.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield client, fake
    finally:
        server.shutdown()
        server.server_close()
