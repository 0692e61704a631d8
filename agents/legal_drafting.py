"""The legal drafting agent: a demand notice drawn from the ledger, signed, kept, versioned.

The retailer asks for a notice about one invoice; the notice demands every overdue
invoice of that buyer (docs/legal-conventions.md "Demand notices"). Its figures come
from the ledger through :func:`store.ledger.quote_invoice` (the same quote
``bakaya quote`` prints), its kind from the supplier's eligibility: a Section 16
notice for a protected supplier, a general demand letter, with the reason stated,
for anyone else. The text comes from ``prompts/<lang>/notice.ftl``
(:func:`tools.demand_notice.notice_document`); a configured model may reword its
paragraphs, and a reworded paragraph is kept only when every mandatory element and
every number of the notice survives (:func:`tools.demand_notice.missing_elements`).

Each rendering is a version: an A4 PDF, its SHA-256 and an Ed25519 signature
recorded (:mod:`store.notices`), the file kept in the document store. Nothing here
sends anything: the retailer approves a version first (agents/flows/escalation.py).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from langchain_core.language_models import BaseChatModel

from store.documents import DocumentStore
from store.ledger import quote_invoice, supply_eligibility
from store.models import (
    Buyer,
    Invoice,
    InvoiceStatus,
    LegalNotice,
    LegalNoticeVersion,
    Retailer,
)
from store.unit_of_work import UnitOfWork
from tools.demand_notice import (
    DEFAULT_DAYS_TO_PAY,
    DemandNotice,
    NoticeInvoice,
    NoticeKind,
    NoticeParty,
    missing_elements,
    notice_document,
)
from tools.interest import InterestPolicy
from tools.pdf_document import Block, Document, render_pdf
from tools.signing import sign_document

__all__ = ["DAYS_TO_PAY_RANGE", "Drafted", "NoticeDesk", "NoticeTerms", "demand_notice",
           "missing_address", "overdue_invoices", "reworded"]

log = logging.getLogger("agents.legal_drafting")
_PROMPT = Path(__file__).resolve().parents[1] / "prompts" / "llm" / "notice_paragraph.md"
_LANGUAGE_NAMES = {"en": "English", "hi": "Hindi", "ta": "Tamil"}
_SCRIPTS = {"en": "Latin script", "hi": "Devanagari script", "ta": "Tamil script"}
#: The days to pay a retailer may give in a notice.
DAYS_TO_PAY_RANGE = (7, 45)
#: Invoice statuses a notice may demand (a filed dispute is already before the council).
_DEMANDABLE = (InvoiceStatus.ACTIVE, InvoiceStatus.OVERDUE, InvoiceStatus.NOTICE_SENT)


@dataclass(frozen=True)
class NoticeTerms:
    """What the retailer may change in a notice (an EDIT): the days given to pay."""

    days_to_pay: int = DEFAULT_DAYS_TO_PAY

    def to_json(self) -> dict[str, Any]:
        return {"days_to_pay": self.days_to_pay}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> NoticeTerms:
        return cls(days_to_pay=int(data.get("days_to_pay", DEFAULT_DAYS_TO_PAY)))


@dataclass(frozen=True)
class Drafted:
    """A version put before the retailer."""

    notice_id: int
    reference: str
    version: int
    sha256: str
    document_ref: str
    kind: NoticeKind
    total: Decimal
    interest: Decimal
    pay_by: date
    invoice_numbers: tuple[str, ...]
    invoice_dates: tuple[date, ...]
    source: str  # "template" or "model"


def overdue_invoices(uow: UnitOfWork, retailer_id: int, buyer_id: int,
                     today: date) -> list[Invoice]:
    """The buyer's open invoices past their due date, oldest first: what one notice
    demands (an invoice already before the council is not demanded again)."""
    return sorted((i for i in uow.invoices(retailer_id).list(_DEMANDABLE, buyer_id=buyer_id)
                   if i.due_date < today), key=lambda i: (i.invoice_date, i.id))


def missing_address(retailer: Retailer, buyer: Buyer) -> str | None:
    """Whose postal address the notice still lacks: "retailer", "buyer" or None."""
    return "retailer" if not retailer.address else "buyer" if not buyer.address else None


def demand_notice(retailer: Retailer, buyer: Buyer, invoices: list[Invoice], *, as_of: date,
                  reference: str, policy: InterestPolicy, terms: NoticeTerms) -> DemandNotice:
    """The notice's content, every figure from :func:`store.ledger.quote_invoice`."""
    eligibility = [supply_eligibility(retailer, i.invoice_date) for i in invoices]
    statutory = all(e.section16 for e in eligibility)
    items = tuple(NoticeInvoice(number=i.number, invoice_date=i.invoice_date,
                                accepted_on=i.accepted_on,
                                agreed_days=i.agreed_credit_days,
                                quote=quote_invoice(i, retailer, as_of, policy))
                  for i in invoices)
    supplier = NoticeParty(
        name=retailer.name or retailer.phone, address=retailer.address, gstin=retailer.gstin,
        udyam_number=retailer.udyam_number,
        category=retailer.enterprise_type.value if retailer.enterprise_type else None,
        registered_on=retailer.udyam_registered_on)
    return DemandNotice(
        reference=reference, kind=NoticeKind.SECTION16 if statutory else NoticeKind.GENERAL,
        supplier=supplier, buyer=NoticeParty(name=buyer.name, address=buyer.address,
                                             gstin=buyer.gstin),
        invoices=items, as_of=as_of, days_to_pay=terms.days_to_pay,
        place=_place(retailer.address), upi_id=retailer.upi_id,
        no_interest=None if statutory else next(e for e in eligibility if not e.section16))


def _place(address: str | None) -> str | None:
    """The town a notice is signed at: the address's last part that is not a PIN code."""
    if not address:
        return None
    parts = [p.strip() for p in re.split(r"[,\n]", address) if p.strip()]
    for part in reversed(parts):
        town = re.sub(r"[-\s]*\d{6}$", "", part).strip(" -")
        if town and not town.isdigit():
            return town
    return None


def reworded(document: Document, notice: DemandNotice, chat_model: BaseChatModel
             ) -> tuple[Document, bool]:
    """The document with its paragraphs (in the notice's language) reworded by the model,
    each kept only if it keeps every number of the paragraph; the whole kept only if the
    notice still carries every mandatory element. (document, whether the model's words
    were used)."""
    blocks: list[Block] = []
    changed = False
    for block in document.blocks:
        if block.kind == "paragraph":
            better = _reword(chat_model, block.text, document.language)
            if better is not None and better != block.text and \
                    _numbers(better) == _numbers(block.text):
                blocks.append(replace(block, text=better))
                changed = True
                continue
        blocks.append(block)
    candidate = replace(document, blocks=tuple(blocks))
    if not changed or missing_elements(candidate.text(), notice, document.language):
        return document, False
    return candidate, True


def _numbers(text: str) -> list[str]:
    return sorted(re.findall(r"\d[\d,./-]*\d|\d", text))


def _reword(chat_model: BaseChatModel, paragraph: str, language: str) -> str | None:
    prompt = _PROMPT.read_text(encoding="utf-8").format(
        language_name=_LANGUAGE_NAMES[language], script=_SCRIPTS[language],
        paragraph=paragraph)
    try:
        reply = chat_model.invoke(prompt)
    except Exception as error:  # noqa: BLE001 - any model failure keeps the template text
        log.warning(json.dumps({"event": "notice_model_failed",
                                "reason": type(error).__name__}))
        return None
    content = reply.content if isinstance(reply.content, str) else "".join(
        part if isinstance(part, str) else str(part.get("text", "")) for part in reply.content)
    found = re.search(r"<<<(.*?)>>>", content, re.S)
    text = (found.group(1) if found else content).strip()
    return text or None


class NoticeDesk:
    """Drafts and re-drafts notices: render, sign, keep, record a version."""

    def __init__(self, documents: DocumentStore, signing_key: Ed25519PrivateKey,
                 policy: InterestPolicy, chat_model: BaseChatModel | None = None) -> None:
        self.documents = documents
        self.signing_key = signing_key
        self.policy = policy
        self.chat_model = chat_model

    def draft(self, uow: UnitOfWork, retailer: Retailer, buyer: Buyer,
              invoices: list[Invoice], *, as_of: date, language: str, now: datetime,
              terms: NoticeTerms | None = None) -> Drafted:
        """A new version for the buyer: of the notice awaiting approval (same invoices),
        or of a new notice."""
        terms = terms or NoticeTerms()
        notice = uow.pending_notice(retailer.id, buyer.id)
        if notice is not None and \
                {i.id for i in uow.notice_invoices(notice)} != {i.id for i in invoices}:
            uow.cancel_notice(retailer.id, notice.id, now=now)  # superseded
            notice = None
        content = demand_notice(retailer, buyer, invoices, as_of=as_of, reference="-",
                                policy=self.policy, terms=terms)
        if notice is None:
            notice = uow.open_notice(
                retailer_id=retailer.id, buyer_id=buyer.id,
                invoice_ids=[i.id for i in invoices], kind=content.kind.value,
                language=language, as_of=as_of, principal_total=content.principal,
                interest_total=content.interest,
                computation={"invoices": [{"number": i.number, "total_due":
                                           str(i.quote.total_due),
                                           "interest": str(i.quote.interest)}
                                          for i in content.invoices]},
                actor="retailer")
        else:
            notice.interest_as_of, notice.kind = as_of, content.kind.value
            notice.principal_total, notice.interest_total = content.principal, content.interest
        return self._version(uow, notice, replace(content, reference=notice.reference),
                             language, now, terms, invoices)

    def redraft(self, uow: UnitOfWork, retailer: Retailer, notice: LegalNotice, *,
                as_of: date, now: datetime, terms: NoticeTerms) -> Drafted:
        """The same notice with new terms: a new version, which needs its own approval."""
        buyer = uow.buyers(retailer.id).get(notice.buyer_id)
        assert buyer is not None
        invoices = uow.notice_invoices(notice)
        content = demand_notice(retailer, buyer, invoices, as_of=as_of,
                                reference=notice.reference, policy=self.policy, terms=terms)
        return self._version(uow, notice, content, notice.language.value, now, terms, invoices)

    def _version(self, uow: UnitOfWork, notice: LegalNotice, content: DemandNotice,
                 language: str, now: datetime, terms: NoticeTerms,
                 invoices: list[Invoice]) -> Drafted:
        document = notice_document(content, language)
        source = "template"
        if self.chat_model is not None:
            document, used = reworded(document, content, self.chat_model)
            source = "model" if used else "template"
        pdf = render_pdf(document, created_at=now, author=content.supplier.name)
        signature = sign_document(pdf, self.signing_key, now)
        number = max((v.version for v in notice.versions), default=0) + 1
        ref = self.documents.put(
            "notices", f"{notice.reference}-v{number}-{signature.sha256[:12]}.pdf", pdf)
        version: LegalNoticeVersion = uow.add_notice_version(
            notice, terms={**terms.to_json(), "as_of": content.as_of.isoformat(),
                           "source": source},
            document_ref=ref, signature=signature, actor="retailer")
        return Drafted(notice_id=notice.id, reference=notice.reference,
                       version=version.version, sha256=version.sha256, document_ref=ref,
                       kind=content.kind, total=content.total, interest=content.interest,
                       pay_by=content.pay_by,
                       invoice_numbers=tuple(i.number for i in invoices),
                       invoice_dates=tuple(i.invoice_date for i in invoices), source=source)
