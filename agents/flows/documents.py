"""A file a retailer sends: a photo or PDF of an invoice, or an accounting export.

An invoice photo or PDF is read by the extraction agent (agents/extraction.py) and
becomes the add-invoice form (agents/flows/invoices.py) with every field it read
surely filled in: a field read with less confidence is asked, any field can be
corrected at the confirmation, and nothing is saved before YES. The document is kept
(encrypted, store/documents.py) and saved with the invoice. Another photo within
:data:`PAGE_WINDOW` while that form is open is the invoice's next page: the pages are
read again together.

A copy of a document already kept with an invoice, or an invoice number already in
the ledger, is pointed out instead of being added twice. A credit or debit note (an
e-invoice says which it is) is not an invoice.

An export (Tally XML, Excel, CSV) is previewed: how many sale invoices, their total,
each row that will be skipped and why, and the warning that an export does not say
what is paid. YES imports every valid row together (store/imports.py); importing the
same file again changes nothing.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from langgraph.runtime import Runtime

from agents.answers import yes_no
from agents.deps import AgentDeps
from agents.extraction import Extraction, extract_invoice
from agents.flows.common import ask, day, done, error_text, money, now, say, today
from agents.flows.forms import FormTurn, run_form
from agents.flows.invoices import ADD_INVOICE
from agents.state import Attachment, ConversationState, Node, TurnContext
from store.models import Invoice
from store.unit_of_work import UnitOfWork
from tools.errors import InputError
from tools.invoice_document import DOCUMENT_FIELD, DOCUMENT_KINDS, check_document, sniff
from tools.invoice_import import ImportResult, read_export

__all__ = ["IMPORT_FLOW", "PAGE_WINDOW", "build_document", "build_import_file"]

IMPORT_FLOW = "import_file"
#: A photo sent this soon after the last one, while its form is open, is its next page.
PAGE_WINDOW = timedelta(minutes=5)
#: Rows listed in an import's preview; the rest are counted.
PREVIEW_ROWS = 10
_EXTENSIONS = {"pdf": "pdf", "jpeg": "jpg", "png": "png", "heic": "heic", "webp": "webp"}
_FORMATS = {"xlsx": "Excel", "tally-xml": "Tally XML", "csv": "CSV"}
#: The form's slots, from the extraction's fields.
_SLOTS = {"invoice_number": "invoice_number", "gstin_buyer": "gstin", "total": "amount",
          "invoice_date": "date"}


def _files(state: ConversationState) -> list[Attachment]:
    return [a for a in state["turn"].get("attachments") or []
            if a["kind"] in ("image", "pdf", "file")]


def build_document(deps: AgentDeps) -> Node:
    def document(state: ConversationState, *, runtime: Runtime[TurnContext]) -> dict[str, Any]:
        uow = runtime.context.uow
        retailer_id = state.get("retailer_id")
        if retailer_id is None:
            return done(say(state, "document-not-retailer"))
        if deps.fetch_media is None or deps.documents is None:
            return done(say(state, "error-document-download"))
        try:
            received = [deps.fetch_media(a["url"]) for a in _files(state)]
        except InputError as error:
            return done(error_text(state, error))
        if not received:
            return done(say(state, "error-document-empty"))
        exports = [data for data in received if sniff(data) not in DOCUMENT_KINDS]
        if exports:
            return _preview_export(deps, state, retailer_id, exports[0])
        try:
            for data in received:
                check_document(data)
        except InputError as error:  # nothing is kept
            return done(error_text(state, error))
        return _read_invoice(deps, state, uow, retailer_id, received)

    return document


# -- an invoice's photo or PDF ---------------------------------------------------------------

def _kept(deps: AgentDeps, state: ConversationState, retailer_id: int,
          data: bytes) -> dict[str, Any]:
    """The document kept (encrypted), as the invoice will list it."""
    assert deps.documents is not None
    digest = hashlib.sha256(data).hexdigest()
    kind = sniff(data) or "pdf"
    ref = deps.documents.put("received", f"{retailer_id}-{digest[:40]}.{_EXTENSIONS[kind]}",
                             data)
    return {"ref": ref, "sha256": digest, "kind": kind, "bytes": len(data),
            "received_on": today(state).isoformat()}


def _read_invoice(deps: AgentDeps, state: ConversationState, uow: UnitOfWork,
                  retailer_id: int, received: list[bytes]) -> dict[str, Any]:
    assert deps.documents is not None
    draft = state.get("draft") or {}
    earlier: list[dict[str, Any]] = []
    at = now(state)
    if state.get("flow") == ADD_INVOICE.name and draft.get("documents") and \
            at - datetime.fromisoformat(draft["document_at"]) <= PAGE_WINDOW:
        earlier = list(draft["documents"])  # the next page of the invoice being added
    invoices = uow.invoices(retailer_id)
    if not earlier:
        for data in received:
            digest = hashlib.sha256(data).hexdigest()
            copy = invoices.by_document(digest)
            if copy is not None:
                sent_on = next(d.get("received_on") for d in copy.document_refs
                               if d.get("sha256") == digest)
                return done(say(state, "document-duplicate-file", number=copy.number,
                                date=day(state, sent_on or copy.invoice_date)))
    files = [deps.documents.get(d["ref"]) for d in earlier] + received
    retailer = uow.retailers.get(retailer_id)
    assert retailer is not None
    try:
        extraction = extract_invoice(files, chat_model=deps.chat_model,
                                     public_keys=deps.einvoice_keys,
                                     own_gstin=retailer.gstin)
    except InputError as error:
        return done(error_text(state, error))
    if extraction.kind in ("CRN", "DBN"):
        return done(say(state, "document-not-invoice"))
    existing = _same_invoice(uow, retailer_id, extraction)
    if existing is not None:
        return done(say(state, "document-duplicate-invoice", number=existing.number,
                        buyer=existing.buyer.name, amount=money(state, existing.principal)))
    documents = [*earlier, *(_kept(deps, state, retailer_id, data) for data in received)]
    return _start_form(deps, state, uow, retailer_id, extraction, documents, at,
                       page_added=bool(earlier))


def _same_invoice(uow: UnitOfWork, retailer_id: int, extraction: Extraction
                  ) -> Invoice | None:
    """The invoice already in the ledger under the number read (with the same buyer
    GSTIN when both are known), or None."""
    number = extraction.fields["invoice_number"]
    if number.value is None or number.confidence < 0.8:
        return None
    existing = uow.invoices(retailer_id).by_exact_number(number.value)
    if existing is None:
        return None
    buyer_gstin = extraction.fields["gstin_buyer"].value
    if buyer_gstin and existing.buyer.gstin and buyer_gstin != existing.buyer.gstin:
        return None  # another buyer's invoice with the same number: the form says so
    return existing


def _start_form(deps: AgentDeps, state: ConversationState, uow: UnitOfWork,
                retailer_id: int, extraction: Extraction, documents: list[dict[str, Any]],
                at: datetime, *, page_added: bool) -> dict[str, Any]:
    sure = {slot: extraction.fields[name].value for name, slot in _SLOTS.items()
            if name not in extraction.uncertain()}
    started: ConversationState = {**state, "flow": None, "step": None, "draft": {},
                                  "understood": {"intent": "add_invoice", "slots": sure}}
    result = run_form(ADD_INVOICE, FormTurn(started, uow, deps, retailer_id))
    if result.get("flow") == ADD_INVOICE.name:  # the form goes on: the documents with it
        result["draft"] = {**result["draft"], "documents": documents,
                           "document_at": at.isoformat()}
    intro = [say(state, "document-page-added", pages=extraction.pages) if page_added
             else say(state, "document-read", pages=extraction.pages)]
    if "qr-signature-invalid" in extraction.notes:
        intro.append(say(state, "document-qr-unverified"))
    unsure = [name for name in extraction.uncertain() if name in _SLOTS]
    if unsure:
        intro.append(say(state, "document-check", fields=", ".join(
            say(state, "document-field", field=name) for name in unsure)))
    return {**result, "replies": [*intro, *result.get("replies", [])]}


# -- an accounting export ----------------------------------------------------------------------

def _preview_export(deps: AgentDeps, state: ConversationState, retailer_id: int,
                    data: bytes) -> dict[str, Any]:
    assert deps.documents is not None
    try:
        read = read_export(data, "")
    except InputError as error:
        if error.rule == "import-file-type":  # neither a document nor an export
            return done(error_text(state, InputError(DOCUMENT_FIELD, "document-type")))
        return done(error_text(state, error))
    name = _FORMATS.get(read.format, read.format)
    if not read.invoices:
        return done(say(state, "import-preview-none", file=name),
                    *_skipped_lines(state, read))
    digest = hashlib.sha256(data).hexdigest()
    ref = deps.documents.put("imports", f"{retailer_id}-{digest[:40]}", data)
    total = sum((i.total for i in read.invoices), Decimal("0"))
    return ask(IMPORT_FLOW, "confirm", {"ref": ref, "name": name},
               say(state, "import-preview", count=len(read.invoices), file=name,
                   total=money(state, total)),
               *_skipped_lines(state, read),
               say(state, "import-paid-warning"), say(state, "import-confirm"))


def _skipped_lines(state: ConversationState, read: ImportResult) -> list[str]:
    if not read.skipped:
        return []
    rows = [say(state, "import-preview-row", row=s.row,
                reason=say(state, "import-skip-reason", reason=s.reason))
            for s in read.skipped[:PREVIEW_ROWS]]
    if len(read.skipped) > PREVIEW_ROWS:
        rows.append(say(state, "import-preview-more", count=len(read.skipped) - PREVIEW_ROWS))
    return ["\n".join([say(state, "import-preview-skipped", count=len(read.skipped)), *rows])]


def build_import_file(deps: AgentDeps) -> Node:
    def import_file(state: ConversationState, *,
                    runtime: Runtime[TurnContext]) -> dict[str, Any]:
        draft = dict(state.get("draft") or {})
        answer = yes_no(state["turn"]["text"])
        if answer is None:
            return ask(IMPORT_FLOW, "confirm", draft, say(state, "import-confirm"))
        if answer is False or deps.documents is None:
            return done(say(state, "import-discarded"))
        retailer_id = state.get("retailer_id")
        assert retailer_id is not None
        read = read_export(deps.documents.get(draft["ref"]), draft["name"])
        outcome = runtime.context.uow.import_invoices(retailer_id, read.invoices,
                                                      source=draft["name"], actor="retailer")
        refused = [(r.invoice.row, r.error.render(state.get("language") or "en")
                    if r.error is not None else say(state, "import-skip-reason",
                                                   reason=r.reason))
                   for r in outcome.refused]
        lines = [say(state, "import-done", added=len(outcome.added),
                     unchanged=len(outcome.unchanged),
                     skipped=len(read.skipped) + len(outcome.refused))]
        if refused:
            lines.append("\n".join(say(state, "import-preview-row", row=row, reason=reason)
                                   for row, reason in refused[:PREVIEW_ROWS]))
        return done(*lines)

    return import_file
