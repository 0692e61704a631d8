"""Files people send: fetched from where the channel keeps them, within limits.

On WhatsApp and MMS a photo or document arrives as a URL on Twilio's media hosts
(``MediaUrl0``); it is fetched with the account's credentials (HTTP basic auth,
Twilio's documented scheme), following Twilio's redirect to its storage without the
credentials (httpx drops them across hosts). Only Twilio's media hosts are fetched
(the webhook keeps no other URL), over HTTPS, and a body larger than the limit is cut
off while it streams, never read whole.

In the sandbox a file is attached on the page (or through ``POST /sandbox/media``) and
kept in a local folder under the deployment's home until the turn reads it; its URL
is ``/sandbox/media/<token>``.

Any failure is an :class:`~tools.errors.InputError` (field ``document``, rule
``document-download`` or ``document-too-large``) that the flow tells the sender in
their language; nothing is kept.
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from channels.twilio import TWILIO_MEDIA_HOSTS
from tools.errors import InputError
from tools.invoice_document import DOCUMENT_FIELD, MAX_IMAGE_BYTES, MAX_PDF_BYTES

__all__ = ["MAX_MEDIA_BYTES", "SANDBOX_MEDIA_PATH", "MediaFetcher", "SandboxUploads"]

#: The largest file fetched: the largest document any reader takes.
MAX_MEDIA_BYTES = max(MAX_IMAGE_BYTES, MAX_PDF_BYTES)
SANDBOX_MEDIA_PATH = "/sandbox/media/"
_TOKEN = re.compile(r"[A-Za-z0-9_-]{16,64}")


class SandboxUploads:
    """Files attached on the sandbox page, kept by token (0600) until read."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def put(self, data: bytes) -> str:
        """Keep ``data`` and return its URL."""
        if len(data) > MAX_MEDIA_BYTES:
            raise InputError(DOCUMENT_FIELD, "document-too-large",
                             megabytes=MAX_MEDIA_BYTES // 2**20)
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        token = secrets.token_urlsafe(18)
        path = self.root / token
        path.write_bytes(data)
        path.chmod(0o600)
        return SANDBOX_MEDIA_PATH + token

    def get(self, url: str) -> bytes | None:
        """The file behind a sandbox URL, or None when there is none."""
        token = urlsplit(url).path.removeprefix(SANDBOX_MEDIA_PATH)
        if not urlsplit(url).path.startswith(SANDBOX_MEDIA_PATH) or not _TOKEN.fullmatch(token):
            return None
        path = self.root / token
        return path.read_bytes() if path.is_file() else None


class MediaFetcher:
    """Fetches an attachment's bytes from Twilio (or the sandbox's uploads)."""

    def __init__(self, *, account_sid: str | None = None, auth_token: str | None = None,
                 sandbox: SandboxUploads | None = None, timeout: float = 30.0,
                 transport: httpx.BaseTransport | None = None,
                 hosts: tuple[str, ...] = TWILIO_MEDIA_HOSTS) -> None:
        self.auth = (account_sid, auth_token) if account_sid and auth_token else None
        self.sandbox = sandbox
        self.timeout = timeout
        self.transport = transport
        self.hosts = hosts

    def __call__(self, url: str) -> bytes:
        if self.sandbox is not None and url.startswith(SANDBOX_MEDIA_PATH):
            data = self.sandbox.get(url)
            if data is None:
                raise InputError(DOCUMENT_FIELD, "document-download")
            return data
        parts = urlsplit(url)
        if parts.scheme != "https" or parts.hostname not in self.hosts:
            raise InputError(DOCUMENT_FIELD, "document-download")
        try:
            with httpx.Client(auth=self.auth, timeout=self.timeout, follow_redirects=True,
                              max_redirects=5, transport=self.transport,
                              event_hooks={"request": [_https_only]}) as client, \
                    client.stream("GET", url) as response:
                if response.status_code != 200:
                    raise InputError(DOCUMENT_FIELD, "document-download")
                declared = response.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > MAX_MEDIA_BYTES:
                    raise _too_large()
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > MAX_MEDIA_BYTES:
                        raise _too_large()
                return bytes(body)
        except InputError:
            raise
        except (httpx.HTTPError, httpx.InvalidURL, ValueError):
            raise InputError(DOCUMENT_FIELD, "document-download") from None


def _https_only(request: httpx.Request) -> None:
    """Every request, redirects too, over HTTPS (a downgrade is not followed)."""
    if request.url.scheme != "https":
        raise InputError(DOCUMENT_FIELD, "document-download")


def _too_large() -> InputError:
    return InputError(DOCUMENT_FIELD, "document-too-large", megabytes=MAX_MEDIA_BYTES // 2**20)
