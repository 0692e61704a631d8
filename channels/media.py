"""Media the product serves: the UPI QR code for an exact amount, as PNG, and the
documents it issues (signed demand notices), as PDF.

The QR URL carries the UPI link and an HMAC of it, so this endpoint only draws
codes the product itself created (no open QR generator). A document URL carries the
document's reference, an expiry time and an HMAC of both: it works only for a
document the product kept, and only until it expires. WhatsApp fetches media from
``BAKAYA_PUBLIC_BASE_URL``; the sandbox page shows them directly.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Callable
from datetime import datetime, timedelta
from urllib.parse import parse_qs, urlencode, urlsplit

from fastapi import APIRouter, HTTPException, Query, Response
from sqlalchemy import Engine

from store.db import transaction
from store.documents import DocumentStore
from store.models import AppState
from tools.upi import upi_qr_png

QR_PATH = "/media/upi-qr.png"
DOCUMENT_PATH = "/media/documents"
#: How long a document link works (WhatsApp fetches at once; a person may open it later).
DOCUMENT_LINK_LIFETIME = timedelta(days=7)
_SECRET_KEY = "media_secret"


def media_secret(engine: Engine) -> str:
    """One secret for every process of this deployment, kept in the database."""
    with transaction(engine) as session:
        row = session.get(AppState, _SECRET_KEY, with_for_update=True)
        if row is None:
            row = AppState(key=_SECRET_KEY, value={"secret": secrets.token_urlsafe(32)})
            session.add(row)
        return str(row.value["secret"])


def _signature(secret: str, link: str) -> str:
    return hmac.new(secret.encode(), link.encode(), hashlib.sha256).hexdigest()[:32]


def qr_url(base_url: str, secret: str, link: str) -> str:
    """Where the QR code of ``link`` is served (``base_url`` may be empty: relative)."""
    token = base64.urlsafe_b64encode(link.encode()).decode().rstrip("=")
    query = urlencode({"l": token, "s": _signature(secret, link)})
    return f"{base_url.rstrip('/')}{QR_PATH}?{query}"


def document_url(base_url: str, secret: str, ref: str, now: datetime) -> str:
    """Where the kept document ``ref`` is served until :data:`DOCUMENT_LINK_LIFETIME`
    after ``now``."""
    expires = int((now + DOCUMENT_LINK_LIFETIME).timestamp())
    query = urlencode({"e": expires, "s": _signature(secret, f"{ref}\x1f{expires}")})
    return f"{base_url.rstrip('/')}{DOCUMENT_PATH}/{ref}?{query}"


def document_for_url(url: str, secret: str, documents: DocumentStore
                     ) -> tuple[str, bytes, str] | None:
    """(file name, bytes, MIME type) of the kept document a URL of ours points to (its
    signature checked; its expiry is for fetching, not for the product's own sending),
    or None for any other URL."""
    parts = urlsplit(url)
    prefix = DOCUMENT_PATH + "/"
    if not parts.path.startswith(prefix):
        return None
    ref = parts.path[len(prefix):]
    query = parse_qs(parts.query)
    expires, signature = query.get("e", [""])[0], query.get("s", [""])[0]
    if not hmac.compare_digest(_signature(secret, f"{ref}\x1f{expires}"), signature) or \
            not documents.exists(ref):
        return None
    name = ref.rsplit("/", 1)[-1]
    return name, documents.get(ref), _media_type(name)


def _media_type(name: str) -> str:
    return "application/zip" if name.endswith(".zip") else \
        "audio/ogg" if name.endswith(".ogg") else "application/pdf"


def build_media_router(secret: str, documents: DocumentStore | None = None,
                       now: Callable[[], datetime] | None = None) -> APIRouter:
    router = APIRouter()

    if documents is not None and now is not None:
        store, clock = documents, now

        @router.get(DOCUMENT_PATH + "/{ref:path}")
        def document(ref: str, e: int = Query(...), s: str = Query(...)) -> Response:
            if not hmac.compare_digest(_signature(secret, f"{ref}\x1f{e}"), s):
                raise HTTPException(status_code=403, detail="not a link this product made")
            if clock().timestamp() > e:
                raise HTTPException(status_code=410, detail="this link has expired")
            if not store.exists(ref):
                raise HTTPException(status_code=404, detail="no such document")
            name = ref.rsplit("/", 1)[-1]
            return Response(content=store.get(ref), media_type=_media_type(name),
                            headers={"Content-Disposition": f'inline; filename="{name}"',
                                     "Cache-Control": "private, max-age=3600"})

    @router.get(QR_PATH)
    def upi_qr(l: str = Query(...), s: str = Query(...)) -> Response:  # noqa: E741
        try:
            link = base64.urlsafe_b64decode(l + "=" * (-len(l) % 4)).decode()
        except (ValueError, UnicodeDecodeError):
            raise HTTPException(status_code=400, detail="bad link") from None
        if not link.startswith("upi://pay?") or not hmac.compare_digest(
                _signature(secret, link), s):
            raise HTTPException(status_code=403, detail="not a code this product made")
        return Response(content=upi_qr_png(link), media_type="image/png",
                        headers={"Cache-Control": "public, max-age=86400"})

    return router
