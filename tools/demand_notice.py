"""The text of a demand notice: what it must say, worked out from the figures alone.

A supplier that Section 16 protects (a micro or small enterprise, not a trader,
registered before the supply: :mod:`tools.eligibility`) gets a **demand notice**
under Sections 15, 16 and 17 of the MSMED Act 2006. Anyone else gets a **general
demand letter** that says plainly why it claims no statutory interest (the
eligibility reasons), keeps any interest agreed in the contract, and threatens no
Section 18 reference. docs/legal-conventions.md "Demand notices".

Every notice carries (docs/legal-conventions.md lists them with their sources):
the supplier's name, address, Udyam number, category and registration date and
GSTIN; the buyer's name, address and GSTIN; per invoice its number, date,
acceptance date, due date, amount, payments, balance and interest; the credit
period (agreed in writing, or none: 15 days); the legal basis (ss.15-17,
monthly compounding at three times the RBI Bank Rate); the interest to date with
the rates, periods and convention; the demand (total in figures and words, a
time to pay, a reference); the consequence (a s.18 reference to the Micro and
Small Enterprises Facilitation Council via the MSME ODR portal; s.19 deposit);
the s.43B(h), s.22 and s.23 notes; the reservation of rights; place, date and a
signature block. Several overdue invoices of one buyer go in one notice.

:func:`notice_document` lays the notice out as blocks in the retailer's
language; a Tamil or Hindi notice carries the English text as an annex. The
sentences come from ``prompts/<lang>/notice.ftl``; every number is computed
here or in :mod:`tools.interest` and passed in formatted. :func:`missing_elements`
lists what a text lacks of the figures the notice must carry: the check a
model's rewording must pass before it is used.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from prompts import render
from tools.date_format import format_date
from tools.eligibility import Eligibility
from tools.interest import InterestBasis, InterestQuote
from tools.money import amount_in_words_en, format_inr
from tools.pdf_document import Block, Document

__all__ = [
    "DEFAULT_DAYS_TO_PAY",
    "DemandNotice",
    "NoticeInvoice",
    "NoticeKind",
    "NoticeParty",
    "missing_elements",
    "notice_document",
    "required_elements",
]

#: Days the buyer is given to pay after receiving the notice.
DEFAULT_DAYS_TO_PAY = 15
#: The credit period when none was agreed in writing (s.15).
DEFAULT_CREDIT_DAYS = 15


class NoticeKind(StrEnum):
    """A statutory notice (ss.15-17) or a general demand letter."""

    SECTION16 = "section16"
    GENERAL = "general"


@dataclass(frozen=True)
class NoticeParty:
    """The supplier or the buyer as the notice names them."""

    name: str
    address: str | None
    gstin: str | None = None
    udyam_number: str | None = None
    category: str | None = None  # micro, small, medium (the supplier's Udyam category)
    registered_on: date | None = None


@dataclass(frozen=True)
class NoticeInvoice:
    """One invoice in the notice with its quote on the notice's date."""

    number: str
    invoice_date: date
    accepted_on: date
    agreed_days: int | None  # None: no credit period agreed in writing
    quote: InterestQuote

    @property
    def amount(self) -> Decimal:
        return self.quote.principal


@dataclass(frozen=True)
class DemandNotice:
    """What one notice demands of one buyer, as of one day.

    A general letter states why it claims no statutory interest: ``no_interest`` (the
    supplier's eligibility, rendered in each language of the document) or, when that is
    not given, ``no_interest_reasons`` (sentences already rendered).
    """

    reference: str
    kind: NoticeKind
    supplier: NoticeParty
    buyer: NoticeParty
    invoices: tuple[NoticeInvoice, ...]
    as_of: date
    days_to_pay: int = DEFAULT_DAYS_TO_PAY
    place: str | None = None
    upi_id: str | None = None
    no_interest_reasons: tuple[str, ...] = ()
    no_interest: Eligibility | None = None

    def __post_init__(self) -> None:
        if not self.invoices:
            raise ValueError("a notice needs at least one invoice")
        if any(i.quote.as_of != self.as_of for i in self.invoices):
            raise ValueError("every invoice must be quoted on the notice's date")

    @property
    def principal(self) -> Decimal:
        return sum((i.quote.principal_outstanding for i in self.invoices), Decimal("0"))

    @property
    def interest(self) -> Decimal:
        return sum((i.quote.interest for i in self.invoices), Decimal("0"))

    @property
    def total(self) -> Decimal:
        return sum((i.quote.total_due for i in self.invoices), Decimal("0"))

    @property
    def paid(self) -> Decimal:
        return sum((i.quote.paid_total for i in self.invoices), Decimal("0"))

    @property
    def pay_by(self) -> date:
        return self.as_of + timedelta(days=self.days_to_pay)


def notice_document(notice: DemandNotice, language: str) -> Document:
    """The notice laid out in ``language``; ta and hi add the English text as an annex."""
    blocks = _blocks(notice, language)
    annex = () if language == "en" else (
        Block("heading", render("notice-annex-english", "en")), *_blocks(notice, "en"))
    return Document(language=language, title=render(f"notice-title-{notice.kind.value}", "en"),
                    blocks=blocks, annex=annex)


def _money(amount: Decimal, language: str) -> str:
    return format_inr(amount, language)


def _day(day: date) -> str:
    """A date in the invoice table: dd/mm/yyyy, as Indian invoices print it, the same in
    every language (a cell never wraps a date)."""
    return day.strftime("%d/%m/%Y")


def _percent(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01'))}"


def _blocks(notice: DemandNotice, language: str) -> tuple[Block, ...]:
    lang = language
    statutory = notice.kind == NoticeKind.SECTION16
    count = len(notice.invoices)
    out: list[Block] = [
        Block("title", render(f"notice-title-{notice.kind.value}", lang)),
        Block("line", render("notice-reference", lang, reference=notice.reference)),
        Block("line", render("notice-date", lang, date=format_date(notice.as_of, lang))),
    ]
    if notice.place:
        out.append(Block("line", render("notice-place", lang, place=notice.place)))
    out += [Block("heading", render("notice-from", lang)), *_party(notice.supplier, lang, True),
            Block("heading", render("notice-to", lang)), *_party(notice.buyer, lang, False)]
    total = _money(notice.total, lang)
    out.append(Block("heading", render(f"notice-subject-{notice.kind.value}", lang,
                                       total=total, count=count)))
    out.append(Block("paragraph", render("notice-salutation", lang)))
    out.append(Block("paragraph", render("notice-supplies", lang, count=count,
                                         as_of=format_date(notice.as_of, lang))))
    out.append(Block("paragraph", _credit_terms(notice, lang)))
    out.append(Block("table", rows=_table(notice, lang)))
    if statutory:
        out.append(Block("paragraph", render("notice-law-section16", lang)))
    out.append(Block("paragraph", _interest_paragraph(notice, lang)))
    if notice.paid > 0:
        out.append(Block("paragraph", render("notice-payments", lang,
                                             paid=_money(notice.paid, lang))))
    out.append(Block("paragraph", render(
        "notice-demand", lang, total=total, words=amount_in_words_en(notice.total),
        principal=_money(notice.principal, lang), interest=_money(notice.interest, lang),
        days=notice.days_to_pay, pay_by=format_date(notice.pay_by, lang),
        reference=notice.reference)))
    if notice.upi_id:
        out.append(Block("paragraph", render("notice-pay-upi", lang, upi=notice.upi_id)))
    out.append(Block("paragraph", render(f"notice-consequence-{notice.kind.value}", lang)))
    if statutory:
        out.append(Block("paragraph", render("notice-tax-section16", lang)))
    out.append(Block("paragraph", render("notice-reservation", lang)))
    out.append(Block("signature", "\n".join((
        render("notice-signature", lang, supplier=notice.supplier.name),
        render("notice-signatory", lang)))))
    out.append(Block("paragraph", render("notice-verification", lang,
                                         reference=notice.reference)))
    return tuple(out)


def _party(party: NoticeParty, lang: str, supplier: bool) -> list[Block]:
    lines = [party.name, *(line.strip() for line in (party.address or "").splitlines()
                           if line.strip())]
    if supplier and party.udyam_number:
        category = render(f"notice-category-{party.category}", lang) if party.category else ""
        lines.append(render("notice-udyam", lang, udyam=party.udyam_number, category=category,
                            registered_on=format_date(party.registered_on, lang)
                            if party.registered_on else "-"))
    lines.append(render("notice-gstin", lang, gstin=party.gstin) if party.gstin
                 else render("notice-no-gstin", lang))
    return [Block("line", line) for line in lines]


def _credit_terms(notice: DemandNotice, lang: str) -> str:
    agreed = {i.agreed_days for i in notice.invoices}
    if agreed == {None}:
        return render("notice-credit-none", lang)
    if len(agreed) == 1:
        (days,) = agreed
        return render("notice-credit-agreed", lang, days=days)
    return render("notice-credit-mixed", lang)


def _table(notice: DemandNotice, lang: str) -> tuple[tuple[str, ...], ...]:
    header = tuple(render(f"notice-table-{c}", lang) for c in (
        "invoice", "date", "accepted", "due", "amount", "paid", "balance", "interest", "total"))
    rows = [header]
    for i in notice.invoices:
        q = i.quote
        rows.append((i.number, _day(i.invoice_date), _day(i.accepted_on), _day(q.due_date),
                     _money(q.principal, lang),
                     _money(q.paid_total, lang), _money(q.principal_outstanding, lang),
                     _money(q.interest, lang), _money(q.total_due, lang)))
    rows.append((render("notice-table-sum", lang), "", "", "",
                 _money(sum((i.amount for i in notice.invoices), Decimal("0")), lang),
                 _money(notice.paid, lang), _money(notice.principal, lang),
                 _money(notice.interest, lang), _money(notice.total, lang)))
    return tuple(rows)


def _rates(notice: DemandNotice, lang: str) -> str:
    """Each rate applied, with the days it ran: a floating rate changes with the Bank Rate."""
    spans: list[tuple[Decimal | None, Decimal, date, date]] = []
    for invoice in notice.invoices:
        for p in invoice.quote.periods:
            if spans and spans[-1][:2] == (p.bank_rate, p.annual_rate) and \
                    spans[-1][3] + timedelta(days=1) >= p.start:
                bank, annual, start, end = spans[-1]
                spans[-1] = (bank, annual, start, max(end, p.end))
            elif not any(s[:2] == (p.bank_rate, p.annual_rate) and s[2] <= p.start <= s[3]
                         for s in spans):
                spans.append((p.bank_rate, p.annual_rate, p.start, p.end))
    spans.sort(key=lambda s: (s[2], s[3]))
    texts = [render("notice-rate-section16" if bank is not None else "notice-rate-contractual",
                    lang, annual=_percent(annual), bank=_percent(bank) if bank else "",
                    start=format_date(start, lang), end=format_date(end, lang))
             for bank, annual, start, end in spans]
    return "; ".join(texts)


def _interest_paragraph(notice: DemandNotice, lang: str) -> str:
    as_of = format_date(notice.as_of, lang)
    interest = _money(notice.interest, lang)
    bases = {i.quote.basis for i in notice.invoices}
    if notice.kind == NoticeKind.SECTION16 and bases == {InterestBasis.SECTION16}:
        partial = notice.invoices[0].quote.convention.partial_month
        return render("notice-interest-section16", lang, as_of=as_of, interest=interest,
                      rates=_rates(notice, lang), partial=partial)
    if InterestBasis.CONTRACTUAL in bases and notice.interest > 0:
        return render("notice-interest-contractual", lang, as_of=as_of, interest=interest,
                      rates=_rates(notice, lang))
    reasons = notice.no_interest.messages(lang) if notice.no_interest is not None \
        else notice.no_interest_reasons
    return render("notice-interest-none", lang, reason=" ".join(reasons))


def required_elements(notice: DemandNotice, language: str) -> tuple[str, ...]:
    """The names, numbers, dates and legal references the notice must carry in
    ``language``, each as it is written there."""
    lang = language
    elements = [notice.reference, notice.supplier.name, notice.buyer.name,
                _money(notice.total, lang), _money(notice.principal, lang),
                _money(notice.interest, lang), format_date(notice.as_of, lang),
                format_date(notice.pay_by, lang), amount_in_words_en(notice.total)]
    for party in (notice.supplier, notice.buyer):
        elements += [line.strip() for line in (party.address or "").splitlines() if line.strip()]
        if party.gstin:
            elements.append(party.gstin)
    if notice.supplier.udyam_number:
        elements.append(notice.supplier.udyam_number)
    for i in notice.invoices:
        q = i.quote
        elements += [i.number, _day(i.invoice_date), _day(i.accepted_on), _day(q.due_date),
                     _money(q.principal, lang), _money(q.total_due, lang)]
    if notice.kind == NoticeKind.SECTION16:
        elements += ["15", "16", "17", "18", "19", "43B(h)"]
        elements += [f"{_percent(p.annual_rate)}%" for i in notice.invoices
                     for p in i.quote.periods]
    return tuple(dict.fromkeys(elements))


def _squash(text: str) -> str:
    # Without any whitespace: text taken back out of a PDF breaks lines inside table
    # cells and puts a space beside a Tamil vowel sign drawn before its consonant.
    return "".join(unicodedata.normalize("NFC", text).split())


def missing_elements(text: str, notice: DemandNotice, language: str) -> tuple[str, ...]:
    """What of :func:`required_elements` the ``text`` lacks (whitespace is ignored);
    empty when every mandatory element survived."""
    haystack = _squash(text)
    return tuple(e for e in required_elements(notice, language) if _squash(e) not in haystack)

