"""A fake Twilio REST endpoint on 127.0.0.1: records Messages.create calls and
answers as Twilio does (201 with a message SID), or fails on demand."""

from __future__ import annotations

import itertools
import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

from twilio.rest import Client


class FakeTwilio:
    def __init__(self) -> None:
        self.sent: list[dict[str, str]] = []
        self.fail_with: int | None = None
        self.drop_answer = False
        #: Called with each accepted message before it is answered (to interleave work).
        self.on_send: Callable[[dict[str, str]], None] | None = None
        self._sids = itertools.count(1)

    def next_sid(self) -> str:
        return f"SMfa{next(self._sids):030x}"


def _handler(fake: FakeTwilio) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802 - the Messages list (reconciliation)
            query = {k: v[0] for k, v in parse_qs(self.path.split("?", 1)[-1]).items()} \
                if "?" in self.path else {}
            messages = [{"sid": m["_sid"], "to": m.get("To"), "from": m.get("From"),
                         "body": m.get("Body"), "status": "sent"}
                        for m in fake.sent if m.get("To") == query.get("To", m.get("To"))]
            self._reply(200, {"messages": messages, "page": 0, "page_size": 50,
                              "next_page_uri": None, "previous_page_uri": None,
                              "first_page_uri": self.path, "uri": self.path, "end": 0,
                              "start": 0})

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length", "0"))
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            if not self.path.endswith("/Messages.json"):
                return self._reply(404, {"code": 20404, "message": "not found"})
            if fake.fail_with is not None:
                return self._reply(fake.fail_with, {"code": 20500, "message": "internal error",
                                                    "status": fake.fail_with})
            sid = fake.next_sid()
            fake.sent.append({**form, "_sid": sid})
            if fake.on_send is not None:
                fake.on_send(form)
            if fake.drop_answer:  # Twilio sent it, but the answer never arrives
                self.close_connection = True
                self.connection.shutdown(2)
                return None
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
