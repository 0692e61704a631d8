"""Media the product serves: the UPI QR code for an exact amount, as PNG.

The URL carries the UPI link and an HMAC of it, so this endpoint only draws
codes the product itself created (no open QR generator). WhatsApp fetches the
image from ``BAKAYA_PUBLIC_BASE_URL``; the sandbox page shows it directly.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Response
from sqlalchemy import Engine

from store.db import transaction
from store.models import AppState
from tools.upi import upi_qr_png

QR_PATH = "/media/upi-qr.png"
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


def build_media_router(secret: str) -> APIRouter:
    router = APIRouter()

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
