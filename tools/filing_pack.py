"""The filing pack: a Section 18 reference pre-filled for the retailer to file by hand.

MSMED Act 2006 s.18: a supplier may refer an amount due under s.17 to the Micro and
Small Enterprises Facilitation Council of its own state. References made on or after
15 October 2025 go to the **MSME ODR portal** (odr.msme.gov.in, which first offers a
voluntary guided negotiation, then the council stage); **MSME Samadhaan**
(samadhaan.msme.gov.in) keeps the older ones (:func:`portal_for`). Neither portal has
a public filing API, so the pack is what the retailer needs at the keyboard:

* :func:`filing_fields`: every field the application asks for, pre-filled, as JSON
  (amounts as ``"85000.00"``, dates ISO), grouped as the form groups them;
* :func:`filing_summary`: the same figures as a readable document in ta, hi or en
  (Tamil and Hindi with the English text as an annex, like a demand notice);
* :func:`filing_guidance`: the steps on the portal, one message each;
* :func:`filing_pack_zip`: ``filing.json``, ``summary.pdf`` and the documents to
  upload, as a zip that is the same bytes for the same input.

Only a micro or small manufacturer or service provider, registered on Udyam on or
before each supply, may file (:mod:`tools.eligibility`); :func:`filing_eligibility`
gives the reasons when it may not. docs/legal-conventions.md "Filing packs" lists the
fields and where each comes from. The sentences come from ``prompts/<lang>/filing.ftl``.
"""

from __future__ import annotations

import dataclasses
import io
import json
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from prompts import render
from tools.date_format import format_date
from tools.dates import IST
from tools.demand_notice import NoticeInvoice, NoticeParty
from tools.eligibility import Activity, Eligibility, IneligibilityReason, assess_eligibility
from tools.errors import InputError
from tools.gstin import GSTIN_STATE_CODES
from tools.interest import InterestBasis
from tools.money import PAISA, format_inr
from tools.pdf_document import Block, Document, render_pdf
from tools.udyam import UDYAM_STATES

__all__ = [
    "FILING_FORMAT",
    "MAX_DOCUMENT_BYTES",
    "ODR_FROM",
    "FilingCase",
    "FilingReason",
    "PartyContact",
    "Portal",
    "ServedNotice",
    "filing_eligibility",
    "filing_fields",
    "filing_guidance",
    "filing_pack_zip",
    "filing_summary",
    "portal_for",
]

#: The version of ``filing.json``'s layout.
FILING_FORMAT = "bakaya-filing-pack/1"
#: Ministry of MSME office memorandum of 3 October 2025: new references go to the ODR
#: portal from this day (docs/legal-conventions.md "Escalation").
ODR_FROM = date(2025, 10, 15)
#: The largest file either portal takes as an upload.
MAX_DOCUMENT_BYTES = 2 * 1024 * 1024
_DOCUMENTS_DIR = "documents/"
_PIN_CODE = re.compile(r"(?<![0-9])([1-9][0-9]{2})\s?([0-9]{3})(?![0-9])")


class Portal(StrEnum):
    """Where a s.18 reference is filed (the store's ``dispute_filings.portal``)."""

    ODR = "odr"
    SAMADHAAN = "samadhaan"

    @property
    def url(self) -> str:
        return f"https://{self.value}.msme.gov.in"


def portal_for(filed_on: date) -> Portal:
    """The MSME ODR portal for a reference filed on or after 15 October 2025, else MSME
    Samadhaan (docs/legal-conventions.md "Escalation")."""
    return Portal.ODR if filed_on >= ODR_FROM else Portal.SAMADHAAN


class FilingReason(StrEnum):
    """Why a case cannot be filed beyond :class:`~tools.eligibility.IneligibilityReason`."""

    #: Both portals log in with the Udyam number: there is nothing to file without one.
    UDYAM_NUMBER_MISSING = "udyam-number-missing"
    #: s.18 refers an amount due under s.17: nothing past its due date is still unpaid.
    NOTHING_OVERDUE = "nothing-overdue"


@dataclass(frozen=True)
class PartyContact:
    """A party's mobile (E.164, ``+91...``) and email, either may be unknown."""

    mobile: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class ServedNotice:
    """A demand notice served on the buyer before filing: its reference, the day it was
    served and the SHA-256 of the signed PDF (the copy uploaded with the application)."""

    reference: str
    served_on: date
    sha256: str


@dataclass(frozen=True)
class FilingCase:
    """One supplier's reference against one buyer, with every invoice quoted on ``as_of``.

    ``supplier`` carries the Udyam number, category, registration date, GSTIN and
    address; ``activity`` is what the business does (a string is read as an
    :class:`~tools.eligibility.Activity`); ``contact`` is the supplier's mobile
    registered on Udyam and email. ``filed_on`` decides the portal (default
    ``as_of``). ``nic_code`` is the NIC code of what was supplied, when known.
    """

    supplier: NoticeParty
    activity: Activity | None
    contact: PartyContact
    buyer: NoticeParty
    invoices: tuple[NoticeInvoice, ...]
    as_of: date
    notices: tuple[ServedNotice, ...] = ()
    buyer_contact: PartyContact = PartyContact()
    filed_on: date | None = None
    nic_code: str | None = None

    def __post_init__(self) -> None:
        if not self.invoices:
            raise ValueError("a filing needs at least one invoice")
        if any(i.quote.as_of != self.as_of for i in self.invoices):
            raise ValueError("every invoice must be quoted on the filing's as_of date")
        if isinstance(self.activity, str) and not isinstance(self.activity, Activity):
            try:
                object.__setattr__(self, "activity", Activity(self.activity.strip().lower()))
            except ValueError:
                raise InputError("activity", "choice-invalid", value=self.activity,
                                 allowed=", ".join(a.value for a in Activity)) from None

    @property
    def portal(self) -> Portal:
        return portal_for(self.filed_on or self.as_of)

    @property
    def principal(self) -> Decimal:
        """The principal still unpaid, over all invoices."""
        return sum((i.quote.principal_outstanding for i in self.invoices), Decimal(0))

    @property
    def interest(self) -> Decimal:
        return sum((i.quote.interest for i in self.invoices), Decimal(0))

    @property
    def total(self) -> Decimal:
        return sum((i.quote.total_due for i in self.invoices), Decimal(0))

    @property
    def paid(self) -> Decimal:
        return sum((i.quote.paid_total for i in self.invoices), Decimal(0))

    @property
    def invoiced(self) -> Decimal:
        return sum((i.amount for i in self.invoices), Decimal(0))


# --- eligibility ---------------------------------------------------------------------------

def _assessments(case: FilingCase) -> tuple[Eligibility, ...]:
    """One assessment per invoice, oldest supply first (the supply date is the invoice
    date, as everywhere else the product quotes an invoice)."""
    return tuple(assess_eligibility(case.supplier.category, case.activity,
                                    case.supplier.registered_on, invoice.invoice_date)
                 for invoice in sorted(case.invoices, key=lambda i: i.invoice_date))


def _failures(case: FilingCase) -> tuple[tuple[str, Eligibility | None], ...]:
    """Each reason with the assessment that first gave it, in a stable order."""
    assessments = _assessments(case)
    found: list[tuple[str, Eligibility | None]] = []
    for reason in IneligibilityReason:
        first = next((e for e in assessments if reason in e.reasons), None)
        if first is not None:
            found.append((reason.value, first))
    if not case.supplier.udyam_number:
        found.append((FilingReason.UDYAM_NUMBER_MISSING.value, None))
    if not any(i.quote.days_overdue > 0 and i.quote.total_due > 0 for i in case.invoices):
        found.append((FilingReason.NOTHING_OVERDUE.value, None))
    return tuple(found)


def filing_eligibility(case: FilingCase) -> tuple[bool, tuple[str, ...]]:
    """Whether the supplier may make this s.18 reference, and every reason why not.

    The Chapter V tests of :func:`tools.eligibility.assess_eligibility` for each
    invoice (a micro or small enterprise, not a trader, registered on Udyam on or
    before the supply; codes ``medium-enterprise``, ``trader``,
    ``registered-after-supply``, ``registration-date-unknown``,
    ``enterprise-type-unknown``, ``activity-unknown``), then ``udyam-number-missing``
    (both portals log in with it) and ``nothing-overdue`` (s.18 refers an amount due
    under s.17). Each code appears once, in that order.
    """
    reasons = tuple(code for code, _ in _failures(case))
    return not reasons, reasons


def _reason_texts(case: FilingCase, language: str) -> tuple[str, ...]:
    texts = []
    for code, assessment in _failures(case):
        if assessment is None:
            texts.append(render(f"filing-reason-{code}", language))
        else:
            only = dataclasses.replace(assessment, reasons=(IneligibilityReason(code),))
            texts.extend(only.messages(language))
    return tuple(texts)


# --- the fields ----------------------------------------------------------------------------

def _money(amount: Decimal) -> str:
    return str(amount.quantize(PAISA))


def _state(gstin: str | None) -> tuple[str | None, str | None]:
    """The state code and name from a GSTIN's first two digits (GST state code list)."""
    if not gstin or len(gstin) < 2:
        return None, None
    code = gstin[:2]
    return code, GSTIN_STATE_CODES.get(code)


def _pan(gstin: str | None) -> str | None:
    """The PAN inside a GSTIN (characters 3 to 12)."""
    return gstin[2:12] if gstin and len(gstin) == 15 else None


def _pin_code(address: str | None) -> str | None:
    """The last six-digit Indian PIN code in an address, as six digits."""
    matches = _PIN_CODE.findall(address or "")
    return "".join(matches[-1]) if matches else None


def _applicant_state(case: FilingCase) -> str | None:
    """From the GSTIN; without one, from the Udyam number's state letters."""
    _, name = _state(case.supplier.gstin)
    if name is None and case.supplier.udyam_number:
        name = UDYAM_STATES.get(case.supplier.udyam_number.upper()[6:8])
    return name


def _rate_spans(case: FilingCase) -> list[tuple[Decimal | None, Decimal, date, date]]:
    """Each rate applied (Bank Rate, annual rate), from the first day it ran on any
    invoice to the last, in order of its first day."""
    spans: dict[tuple[Decimal | None, Decimal], tuple[date, date]] = {}
    for invoice in case.invoices:
        for p in invoice.quote.periods:
            key = (p.bank_rate, p.annual_rate)
            start, end = spans.get(key, (p.start, p.end))
            spans[key] = (min(start, p.start), max(end, p.end))
    return sorted(((bank, annual, start, end) for (bank, annual), (start, end) in spans.items()),
                  key=lambda s: (s[2], s[3]))


def _percent(value: Decimal) -> str:
    return str(value.quantize(PAISA))


def _basis(case: FilingCase) -> InterestBasis:
    bases = {i.quote.basis for i in case.invoices}
    if bases == {InterestBasis.SECTION16}:
        return InterestBasis.SECTION16
    if InterestBasis.CONTRACTUAL in bases:
        return InterestBasis.CONTRACTUAL
    return InterestBasis.NONE


def filing_fields(case: FilingCase, documents: Sequence[str] = ()) -> dict[str, Any]:
    """Every field of the s.18 application, pre-filled, as JSON-ready data.

    Groups as the portals ask for them: ``portal``, ``eligibility``, ``applicant``
    (the supplier: Udyam number, name, category, activity, registration date,
    address, PIN code, state, GSTIN, PAN, NIC code, mobile, email), ``respondent`` (the
    buyer: name, address, PIN code, state, GSTIN, PAN, mobile, email), ``claim`` (the
    council's state, totals and the interest basis: s.16, compound interest with
    monthly rests at three times the RBI Bank Rate, with the rates applied),
    ``invoices`` (per invoice its dates, credit period, amount, payments, balance and
    interest to ``as_of``, all from its :class:`~tools.interest.InterestQuote`),
    ``notices`` (served, with dates and digests) and ``documents`` (what to upload,
    and ``documents``: the names of the files attached to the pack). Amounts are
    strings with two decimals, dates ISO, a state from the GSTIN's first two digits
    (the applicant's from the Udyam number without a GSTIN), a PAN from characters 3
    to 12 of the GSTIN. docs/legal-conventions.md "Filing packs".
    """
    eligible, reasons = filing_eligibility(case)
    supplier, buyer = case.supplier, case.buyer
    portal = case.portal
    basis = _basis(case)
    buyer_state_code, buyer_state = _state(buyer.gstin)
    supplier_state_code, _ = _state(supplier.gstin)
    applicant_state = _applicant_state(case)
    attached = sorted(_DOCUMENTS_DIR + name for name in documents)
    return {
        "format": FILING_FORMAT,
        "portal": {
            "code": portal.value,
            "name": render(f"filing-portal-{portal.value}", "en"),
            "url": portal.url,
            "filed_on": (case.filed_on or case.as_of).isoformat(),
            "odr_from": ODR_FROM.isoformat(),
        },
        "eligibility": {"eligible": eligible, "reasons": list(reasons)},
        "applicant": {
            "udyam_number": supplier.udyam_number,
            "enterprise_name": supplier.name,
            "category": supplier.category,
            "activity": case.activity.value if case.activity else None,
            "udyam_registered_on": supplier.registered_on.isoformat()
            if supplier.registered_on else None,
            "address": supplier.address,
            "pin_code": _pin_code(supplier.address),
            "state": applicant_state,
            "state_code": supplier_state_code,
            "gstin": supplier.gstin,
            "pan": _pan(supplier.gstin),
            "nic_code": case.nic_code,
            "mobile": case.contact.mobile,
            "email": case.contact.email,
        },
        "respondent": {
            "name": buyer.name,
            "address": buyer.address,
            "pin_code": _pin_code(buyer.address),
            "state": buyer_state,
            "state_code": buyer_state_code,
            "gstin": buyer.gstin,
            "pan": _pan(buyer.gstin),
            "mobile": case.buyer_contact.mobile,
            "email": case.buyer_contact.email,
        },
        "claim": {
            "council_state": applicant_state,
            "as_of": case.as_of.isoformat(),
            "invoice_count": len(case.invoices),
            "invoiced_amount": _money(case.invoiced),
            "payments_received": _money(case.paid),
            "principal_outstanding": _money(case.principal),
            "interest_claimed": _money(case.interest),
            "total_claimed": _money(case.total),
            "interest_basis": {
                "basis": basis.value,
                "section": "MSMED Act 2006 s.16" if basis is InterestBasis.SECTION16 else None,
                "rate": "3 x RBI Bank Rate" if basis is InterestBasis.SECTION16 else None,
                "compounding": "monthly" if basis is InterestBasis.SECTION16 else None,
                "convention": case.invoices[0].quote.convention.to_json_dict(),
                "rates": [{"from": start.isoformat(), "to": end.isoformat(),
                           "bank_rate": None if bank is None else _percent(bank),
                           "annual_rate": _percent(annual)}
                          for bank, annual, start, end in _rate_spans(case)],
            },
        },
        "invoices": [_invoice_fields(i) for i in case.invoices],
        "notices": [{"reference": n.reference, "served_on": n.served_on.isoformat(),
                     "sha256": n.sha256} for n in case.notices],
        "documents": {
            "required": [*(f"invoice:{i.number}" for i in case.invoices),
                         *(f"notice:{n.reference}" for n in case.notices)],
            "attached": attached,
            "format": "pdf",
            "max_bytes": MAX_DOCUMENT_BYTES,
        },
    }


def _invoice_fields(invoice: NoticeInvoice) -> dict[str, Any]:
    q = invoice.quote
    return {
        "number": invoice.number,
        "invoice_date": invoice.invoice_date.isoformat(),
        "accepted_on": invoice.accepted_on.isoformat(),
        "agreed_days": invoice.agreed_days,
        "due_date": q.due_date.isoformat(),
        "interest_from": q.interest_from.isoformat(),
        "days_overdue": q.days_overdue,
        "amount": _money(q.principal),
        "payments_received": _money(q.paid_total),
        "balance": _money(q.principal_outstanding),
        "interest_claimed": _money(q.interest),
        "total_claimed": _money(q.total_due),
        "interest_basis": q.basis.value,
    }


# --- the summary and the steps -------------------------------------------------------------

def filing_summary(case: FilingCase, language: str) -> Document:
    """The filing summary in ``language``: who may file, the applicant, the respondent,
    the claim (the invoice table and the totals, the same figures as
    :func:`filing_fields`), the interest basis, the notices served, the documents to
    upload and the steps on the portal. ta and hi add the English text as an annex."""
    blocks = _summary_blocks(case, language)
    annex = () if language == "en" else (
        Block("heading", render("filing-annex-english", "en")), *_summary_blocks(case, "en"))
    return Document(language=language, title=render("filing-title", "en"), blocks=blocks,
                    annex=annex)


def filing_guidance(case: FilingCase, language: str) -> tuple[str, ...]:
    """What to do on the portal :func:`portal_for` decides, one chat message a step:
    open it, log in with the Udyam number and the OTP sent to the mobile registered on
    Udyam, start a new application, fill it from the summary, upload the invoices and
    the signed notice (PDF, 2 MB each), submit, and reply with the application number.
    A case that may not be filed gets the reasons instead (:func:`filing_eligibility`)."""
    return _guidance(case, language, chat=True)


def _guidance(case: FilingCase, lang: str, *, chat: bool) -> tuple[str, ...]:
    eligible, _ = filing_eligibility(case)
    if not eligible:
        return (render("filing-not-eligible", lang), *_reason_texts(case, lang),
                render("filing-not-eligible-next", lang))
    portal = case.portal
    name = render(f"filing-portal-{portal.value}", lang)
    steps = [
        render("filing-step-open", lang, portal=name, url=portal.url),
        render(f"filing-step-login-{portal.value}", lang, udyam=case.supplier.udyam_number,
               mobile=case.contact.mobile or "-"),
        render(f"filing-step-new-{portal.value}", lang),
        render("filing-step-fill", lang, buyer=case.buyer.name,
               gstin=case.buyer.gstin or "-", count=len(case.invoices),
               total=format_inr(case.total, lang, chat=chat)),
    ]
    if case.notices:
        steps.append(render("filing-step-upload", lang, count=len(case.notices),
                            references=", ".join(n.reference for n in case.notices)))
    else:
        steps.append(render("filing-step-upload-no-notice", lang))
    steps.append(render("filing-step-submit", lang))
    if portal is Portal.ODR:
        steps.append(render("filing-step-odr-stages", lang,
                            state=_applicant_state(case) or "-"))
    steps.append(render("filing-step-reply", lang))
    return tuple(f"{n}. {step}" for n, step in enumerate(steps, 1))


def _day(day: date) -> str:
    """A date in the invoice table: dd/mm/yyyy, as on the demand notice."""
    return day.strftime("%d/%m/%Y")


def _line(message_id: str, lang: str, value: str | None) -> list[Block]:
    return [Block("line", render(message_id, lang, value=value))] if value else []


def _summary_blocks(case: FilingCase, lang: str) -> tuple[Block, ...]:
    supplier, buyer = case.supplier, case.buyer
    portal = case.portal
    eligible, _ = filing_eligibility(case)
    out: list[Block] = [
        Block("title", render("filing-title", lang)),
        Block("line", render("filing-portal-line", lang,
                             portal=render(f"filing-portal-{portal.value}", lang),
                             url=portal.url)),
        Block("line", render("filing-filed-on", lang,
                             date=format_date(case.filed_on or case.as_of, lang))),
        Block("line", render("filing-as-of", lang, date=format_date(case.as_of, lang))),
    ]
    if eligible:
        out.append(Block("paragraph", render("filing-eligible", lang)))
    else:
        out.append(Block("paragraph", render("filing-not-eligible", lang)))
        out += [Block("paragraph", text) for text in _reason_texts(case, lang)]

    out.append(Block("heading", render("filing-applicant", lang)))
    out += _line("filing-field-name", lang, supplier.name)
    out += _line("filing-field-udyam", lang, supplier.udyam_number)
    if supplier.category:
        out += _line("filing-field-category", lang,
                     render(f"filing-category-{supplier.category}", lang))
    if case.activity:
        out += _line("filing-field-activity", lang,
                     render(f"filing-activity-{case.activity.value}", lang))
    if supplier.registered_on:
        out += _line("filing-field-registered-on", lang, format_date(supplier.registered_on, lang))
    out += _party_lines(supplier.address, _applicant_state(case), supplier.gstin, lang)
    out.append(Block("line", render("filing-field-nic", lang, value=case.nic_code)
                     if case.nic_code else render("filing-field-nic-missing", lang)))
    out += _line("filing-field-mobile", lang, case.contact.mobile)
    out += _line("filing-field-email", lang, case.contact.email)

    out.append(Block("heading", render("filing-respondent", lang)))
    out += _line("filing-field-name", lang, buyer.name)
    out += _party_lines(buyer.address, _state(buyer.gstin)[1], buyer.gstin, lang)
    out += _line("filing-field-mobile", lang, case.buyer_contact.mobile)
    out += _line("filing-field-email", lang, case.buyer_contact.email)

    out.append(Block("heading", render("filing-claim", lang, count=len(case.invoices))))
    out.append(Block("table", rows=_table(case, lang)))
    out += [Block("line", render("filing-principal-outstanding", lang,
                                 amount=format_inr(case.principal, lang))),
            Block("line", render("filing-interest-claimed", lang,
                                 amount=format_inr(case.interest, lang),
                                 as_of=format_date(case.as_of, lang))),
            Block("line", render("filing-total-claimed", lang,
                                 amount=format_inr(case.total, lang)))]
    out.append(Block("paragraph", _basis_text(case, lang)))
    state = _applicant_state(case)
    if state:
        out.append(Block("paragraph", render("filing-council", lang, state=state)))

    out.append(Block("heading", render("filing-notices", lang)))
    if case.notices:
        out += [Block("line", render("filing-notice-served", lang, reference=n.reference,
                                     served_on=format_date(n.served_on, lang),
                                     digest=n.sha256)) for n in case.notices]
    else:
        out.append(Block("line", render("filing-notice-none", lang)))

    out.append(Block("heading", render("filing-documents", lang)))
    out += [Block("line", render("filing-document-invoice", lang, number=i.number))
            for i in case.invoices]
    out += [Block("line", render("filing-document-notice", lang, reference=n.reference))
            for n in case.notices]
    out.append(Block("line", render("filing-document-limit", lang)))

    out.append(Block("heading", render("filing-steps", lang)))
    out += [Block("line", step) for step in _guidance(case, lang, chat=False)]
    return tuple(out)


def _party_lines(address: str | None, state: str | None, gstin: str | None,
                 lang: str) -> list[Block]:
    lines = [line.strip() for line in (address or "").splitlines() if line.strip()]
    out = _line("filing-field-address", lang, ", ".join(lines))
    out += _line("filing-field-state", lang, state)
    out += (_line("filing-field-gstin", lang, gstin) if gstin
            else [Block("line", render("filing-field-no-gstin", lang))])
    out += _line("filing-field-pan", lang, _pan(gstin))
    return out


def _table(case: FilingCase, lang: str) -> tuple[tuple[str, ...], ...]:
    header = tuple(render(f"filing-table-{c}", lang) for c in (
        "invoice", "date", "accepted", "due", "amount", "paid", "balance", "interest", "total"))
    rows = [header]
    for i in case.invoices:
        q = i.quote
        rows.append((i.number, _day(i.invoice_date), _day(i.accepted_on), _day(q.due_date),
                     format_inr(q.principal, lang), format_inr(q.paid_total, lang),
                     format_inr(q.principal_outstanding, lang), format_inr(q.interest, lang),
                     format_inr(q.total_due, lang)))
    rows.append((render("filing-table-sum", lang), "", "", "",
                 format_inr(case.invoiced, lang), format_inr(case.paid, lang),
                 format_inr(case.principal, lang), format_inr(case.interest, lang),
                 format_inr(case.total, lang)))
    return tuple(rows)


def _basis_text(case: FilingCase, lang: str) -> str:
    basis = _basis(case)
    if basis is InterestBasis.NONE:
        return render("filing-basis-none", lang)
    rates = "; ".join(
        render("filing-rate-section16" if bank is not None else "filing-rate-contractual", lang,
               annual=_percent(annual), bank=_percent(bank) if bank is not None else "",
               start=format_date(start, lang), end=format_date(end, lang))
        for bank, annual, start, end in _rate_spans(case))
    return render(f"filing-basis-{basis.value}", lang, rates=rates or "-",
                  as_of=format_date(case.as_of, lang))


# --- the zip -------------------------------------------------------------------------------

def filing_pack_zip(case: FilingCase, language: str, attachments: Mapping[str, bytes],
                    created_at: datetime) -> bytes:
    """The pack as a zip: ``filing.json`` (:func:`filing_fields`, naming the
    attachments), ``summary.pdf`` (:func:`filing_summary` in ``language``) and each
    attachment under ``documents/`` (invoices, the signed notice).

    The same input gives the same bytes: names in sorted order, every entry stamped
    with ``created_at`` (India time when it is timezone-aware), fixed permissions.
    An attachment name must be a plain file name (ValueError otherwise).
    """
    for name in attachments:
        if not name or name.startswith(".") or "/" in name or "\\" in name:
            raise ValueError(f"not a plain file name: {name!r}")
    fields = filing_fields(case, documents=tuple(attachments))
    pdf = render_pdf(filing_summary(case, language), created_at=created_at, author="Bakaya")
    entries = {
        "filing.json": (json.dumps(fields, ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
        "summary.pdf": pdf,
        **{_DOCUMENTS_DIR + name: content for name, content in attachments.items()},
    }
    stamp = created_at.astimezone(IST) if created_at.tzinfo is not None else created_at
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=stamp.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so the permissions below are read
            info.external_attr = 0o644 << 16
            archive.writestr(info, entries[name])
    return buffer.getvalue()
