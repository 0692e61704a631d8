"""A scripted OpenAI-compatible HTTP server on 127.0.0.1 for the LLM path's tests.

The product talks to it through the real ``ChatOpenAI`` client. A test sets
``mode``: "script" answers with the next scripted reply (or a function of the
prompt), "garbage" with prose, "error" with HTTP 500, "timeout" by sleeping
past the client's timeout.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class ScriptedModel:
    def __init__(self) -> None:
        self.mode = "script"
        self.replies: list[str] = []
        self.responder: Callable[[str], str] | None = None
        self.requests: list[dict[str, Any]] = []
        self.sleep_seconds = 5.0

    def answer(self, prompt: str) -> str:
        if self.responder is not None:
            return self.responder(prompt)
        return self.replies.pop(0) if self.replies else '{"intent": "other"}'


def _handler(model: ScriptedModel) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # keep test output clean
            pass

        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length) or b"{}")
            model.requests.append(body)
            if model.mode == "timeout":
                time.sleep(model.sleep_seconds)
            if model.mode == "error":
                self._send(500, {"error": {"message": "model crashed", "type": "server_error"}})
                return
            prompt = "\n".join(str(m.get("content", "")) for m in body.get("messages", []))
            content = "I think the user wants something with invoices, probably." \
                if model.mode == "garbage" else model.answer(prompt)
            self._send(200, {
                "id": "chatcmpl-test", "object": "chat.completion", "created": int(time.time()),
                "model": body.get("model", "scripted"),
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": content}}],
                "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
            })

        def _send(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout test)

    return Handler


@contextmanager
def scripted_openai_server() -> Iterator[tuple[str, ScriptedModel]]:
    """Yields (base_url, model); the server stops when the block ends."""
    model = ScriptedModel()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(model))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", model
    finally:
        server.shutdown()
        server.server_close()
