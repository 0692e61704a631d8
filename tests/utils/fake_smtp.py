"""A minimal SMTP server on 127.0.0.1 for the email tests: it accepts every message
(or refuses recipients, when told) and keeps the raw messages it received."""

from __future__ import annotations

import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class Mailbox:
    def __init__(self) -> None:
        self.messages: list[bytes] = []
        self.recipients: list[str] = []
        self.refuse_recipients = False


def _handler(box: Mailbox) -> type[socketserver.StreamRequestHandler]:
    class Handler(socketserver.StreamRequestHandler):
        def reply(self, line: str) -> None:
            self.wfile.write((line + "\r\n").encode())

        def handle(self) -> None:
            self.reply("220 fake ESMTP")
            while line := self.rfile.readline():
                command = line.decode(errors="replace").strip()
                verb = command.split(" ", 1)[0].upper()
                if verb in ("EHLO", "HELO"):
                    self.reply("250 fake")
                elif verb == "MAIL":
                    self.reply("250 ok")
                elif verb == "RCPT":
                    if box.refuse_recipients:
                        self.reply("550 no such mailbox")
                    else:
                        box.recipients.append(command.split(":", 1)[1].strip(" <>"))
                        self.reply("250 ok")
                elif verb == "DATA":
                    self.reply("354 go ahead")
                    data = b""
                    while (chunk := self.rfile.readline()) not in (b".\r\n", b""):
                        data += chunk[1:] if chunk.startswith(b"..") else chunk
                    box.messages.append(data)
                    self.reply("250 queued")
                elif verb == "QUIT":
                    self.reply("221 bye")
                    return
                else:
                    self.reply("250 ok")

    return Handler


@contextmanager
def fake_smtp_server() -> Iterator[tuple[int, Mailbox]]:
    box = Mailbox()
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _handler(box))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], box
    finally:
        server.shutdown()
        server.server_close()
