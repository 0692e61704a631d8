"""Invoice files through the CLI and the HTTP API: importing an accounting export into a
retailer's ledger, and reading an invoice's photos or PDF (one contract for both).

``bakaya import FILE --retailer PHONE [--dry-run] --json`` and ``POST /api/import``
answer with the same object: ``invoices`` (each with ``invoice_number``, ``gstin_buyer``
or null, ``buyer_name``, ``invoice_date`` ISO, ``total`` with two decimals) and
``skipped`` (``row``, ``reason``); the API adds the counts ``added`` and ``unchanged``.
With ``dry_run`` everything is checked and nothing is written. ``bakaya extract`` and
``POST /api/extract`` answer with :meth:`agents.extraction.Extraction.to_json`.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Form, Request, UploadFile
from fastapi.responses import JSONResponse
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from prompts import normalise_language
from store.db import transaction
from store.imports import ImportOutcome, import_invoices
from store.repositories import RetailerRepository
from tools.errors import InputError
from tools.invoice_document import DOCUMENT_FIELD, MAX_IMAGE_BYTES, MAX_PAGES, MAX_PDF_BYTES
from tools.invoice_import import MAX_FILE_BYTES, ImportedInvoice, ImportResult, read_export
from tools.phone import normalise_indian_mobile

__all__ = ["ImportReport", "build_files_router", "import_export", "retailer_id"]


def retailer_id(session: Any, phone: str) -> int:
    """The retailer registered with ``phone`` (InputError ``retailer-unknown`` if none)."""
    retailer = RetailerRepository(session).by_phone(normalise_indian_mobile(phone))
    if retailer is None:
        raise InputError("retailer", "retailer-unknown", phone=phone)
    return retailer.id


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, dry, would do)."""

    kept: tuple[ImportedInvoice, ...]  # added or already in the ledger, in file order
    skipped: tuple[tuple[int, str], ...]  # (row, reason), the file's and the ledger's
    refusals: dict[int, InputError]  # row -> the ledger's own reason, where it gave one
    outcome: ImportOutcome

    def to_json(self) -> dict[str, Any]:
        return {"invoices": [
            {"invoice_number": i.invoice_number, "gstin_buyer": i.gstin_buyer,
             "buyer_name": i.buyer_name, "invoice_date": i.invoice_date.isoformat(),
             "total": f"{i.total:.2f}"} for i in self.kept],
            "skipped": [{"row": row, "reason": reason} for row, reason in self.skipped]}


def import_export(engine: Engine, phone: str, read: ImportResult, source: str, *,
                  dry_run: bool, actor: str,
                  progress: Callable[[int], None] | None = None) -> ImportReport:
    """Import the sale invoices of an export (read by :func:`tools.invoice_import.read_export`)
    into the retailer's ledger, all valid rows together, rolled back when ``dry_run``;
    ``progress`` is told after each invoice."""
    filename = source
    with transaction(engine) as session:
        outcome = import_invoices(session, retailer_id(session, phone), read.invoices,
                                  source=filename, actor=actor, progress=progress)
        if dry_run:
            session.rollback()
    skipped = sorted([*((s.row, s.reason) for s in read.skipped),
                      *((r.invoice.row, r.reason) for r in outcome.refused)])
    kept = sorted([*outcome.added, *outcome.unchanged], key=lambda i: i.row)
    return ImportReport(tuple(kept), tuple(skipped),
                        {r.invoice.row: r.error for r in outcome.refused
                         if r.error is not None}, outcome)


def build_files_router(engine: Engine, *, api_token: str | None,
                       extract: Callable[[list[bytes]], dict[str, Any]]) -> APIRouter:
    """``POST /api/import`` and ``POST /api/extract``, for a caller holding the
    deployment's API token (``Authorization: Bearer <token>``); without a configured
    token these endpoints are closed."""
    router = APIRouter(prefix="/api")

    def authorised(request: Request) -> JSONResponse | None:
        language = normalise_language(request.headers.get("accept-language"))
        if not api_token:
            error = InputError("authorization", "api-token-not-configured")
            return JSONResponse(status_code=403, content={"error": error.as_dict(language)})
        given = request.headers.get("authorization", "")
        scheme, _, token = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(),
                                                                  api_token.encode()):
            error = InputError("authorization", "api-token-invalid")
            return JSONResponse(status_code=401, content={"error": error.as_dict(language)},
                                headers={"WWW-Authenticate": "Bearer"})
        return None

    @router.post("/import", response_model=None)
    async def import_file(request: Request, file: UploadFile, retailer: str = Form(...),
                          dry_run: bool = Form(False)) -> dict[str, Any] | JSONResponse:
        refused = authorised(request)
        if refused is not None:
            return refused
        data = await file.read(MAX_FILE_BYTES + 1)
        read = read_export(data, file.filename or "")
        report = await run_in_threadpool(import_export, engine, retailer, read,
                                         file.filename or "upload", dry_run=dry_run,
                                         actor="api")
        return {**report.to_json(), "added": len(report.outcome.added),
                "unchanged": len(report.outcome.unchanged), "dry_run": dry_run}

    @router.post("/extract", response_model=None)
    async def extract_files(request: Request, files: list[UploadFile]
                            ) -> dict[str, Any] | JSONResponse:
        refused = authorised(request)
        if refused is not None:
            return refused
        if not files or len(files) > MAX_PAGES:
            raise InputError(DOCUMENT_FIELD, "document-too-many-pages", pages=MAX_PAGES)
        documents = [await f.read(max(MAX_PDF_BYTES, MAX_IMAGE_BYTES) + 1) for f in files]
        return await run_in_threadpool(extract, documents)

    return router
