"""Escalation past reminders: a demand notice asked for, the MSME ODR (Samadhaan) filing,
and how often overdue buyers are reminded.

Three small nodes, one per intent of the router (``request_notice``, ``filing_status``,
``set_reminder_cadence``); their sentences are in ``prompts/<lang>/escalation.ftl``.
What each does:

* a demand notice (MSMED Act 2006, ss.15-17) is drafted by the legal drafting agent
  (:mod:`agents.legal_drafting`), after asking for any address it lacks, and put before
  the retailer with its PDF; the graph then waits (:func:`build_notice_approval`) for
  APPROVE, EDIT or CANCEL, and only an approved version goes to the buyer;
* a reference to the Facilitation Council under s.18: the filing pack prepared for the
  retailer's review (:mod:`agents.filing_preparation`), the steps on the portal once
  approved, the application number recorded (the buyer's reminders then stop);
* the days between reminders to overdue buyers are saved (3 to 30) and said back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import Command, interrupt

from agents.answers import approval_answer, yes_no
from agents.channel_policy import reminder_channels
from agents.deps import AgentDeps
from agents.flows.common import (
    ask,
    day,
    done,
    error_text,
    language,
    money,
    now,
    say,
    text,
    today,
    unsure_for_confirmation,
)
from agents.legal_drafting import (
    DAYS_TO_PAY_RANGE,
    Drafted,
    NoticeTerms,
    missing_address,
    overdue_invoices,
)
from agents.reminder_drafting import load_whatsapp_templates
from agents.retailer_commands import cadence_days
from agents.state import Attachment, ConversationState, Node, Turn, TurnContext, attachment
from agents.udyam_verification import udyam_differences
from prompts import render
from store.filings import APPROVED as FILING_APPROVED
from store.filings import AWAITING as FILING_AWAITING
from store.filings import FILED
from store.ledger import supply_eligibility
from store.models import Buyer, Channel, DisputeFiling, Invoice, LegalNotice, Retailer
from store.notifications import notification_key
from store.repositories import OPEN_STATUSES
from store.unit_of_work import UnitOfWork
from tools.date_format import format_date
from tools.dates import IST
from tools.demand_notice import DEFAULT_DAYS_TO_PAY, NoticeKind
from tools.errors import InputError
from tools.invoice_document import as_one_pdf
from tools.money import format_inr
from tools.signing import digest

NOTICE, FILING, CADENCE = "request_notice", "filing_status", "set_reminder_cadence"
#: The node that waits for the retailer's answer to a drafted notice.
APPROVAL = "notice_approval"
#: The WhatsApp template that carries an approved notice to the buyer.
NOTICE_TEMPLATES = Path(__file__).resolve().parents[2] / "prompts" / "templates" / \
    "whatsapp_documents.yaml"


def _understood(state: ConversationState) -> dict[str, Any]:
    return dict(state.get("understood") or {})


def _slots(state: ConversationState) -> dict[str, Any]:
    return dict(_understood(state).get("slots") or {})


# --- request_notice ---------------------------------------------------------------------

def build_request_notice(deps: AgentDeps) -> Node:
    """The invoice the notice is for (asked when the message names none), the addresses
    the notice needs and the store lacks (asked, saved), then the draft put before the
    retailer (:func:`draft_notice`). A closed invoice gets no notice; an invoice not yet
    due gets one from the day after its due date."""

    def request_notice(state: ConversationState, *,
                       runtime: Runtime[TurnContext]) -> dict[str, Any]:
        retailer_id = state["retailer_id"]
        assert retailer_id is not None
        uow = runtime.context.uow
        step = state.get("step") if state.get("flow") == NOTICE else None
        draft = dict(state.get("draft") or {}) if step else {}
        if step in ("retailer_address", "buyer_address"):
            return _address_answer(state, deps, uow, retailer_id, draft, step)
        # An answer to "which invoice?" may be read as a number ("INV-1045") or be one.
        number = str(_slots(state).get("invoice_number") or "")
        if not number and step == "invoice_number":
            number = text(state)
        if not number:
            buyer = _understood(state).get("buyer_name")
            return ask(NOTICE, "invoice_number", {},
                       say(state, "escalation-notice-ask-which-buyer", buyer=buyer) if buyer
                       else say(state, "escalation-notice-ask-which"))
        invoice = uow.invoices(retailer_id).by_number(number)
        if invoice is None:
            return done(say(state, "invoice-not-found", number=number))
        if invoice.status not in OPEN_STATUSES:
            status = say(state, f"status-{invoice.status.value.replace('_', '-')}")
            return done(say(state, "escalation-notice-invoice-closed", number=invoice.number,
                            status=status))
        if invoice.due_date >= today(state):
            return done(say(state, "escalation-notice-not-overdue", number=invoice.number,
                            due=day(state, invoice.due_date)))
        return draft_notice(state, deps, uow, retailer_id, invoice.id)

    return request_notice


def _address_answer(state: ConversationState, deps: AgentDeps, uow: UnitOfWork,
                    retailer_id: int, draft: dict[str, Any], step: str) -> dict[str, Any]:
    invoice = uow.invoices(retailer_id).get(int(draft["invoice_id"]))
    if invoice is None:
        return done(say(state, "invoice-not-found", number=str(draft.get("number", ""))))
    name = invoice.buyer.name if step == "buyer_address" else None
    try:
        uow.set_address(retailer_id, bare_address(text(state), name),
                        buyer_id=invoice.buyer_id if step == "buyer_address" else None)
    except InputError as error:  # said why; the question stays
        return ask(NOTICE, step, draft, error_text(state, error))
    return draft_notice(state, deps, uow, retailer_id, invoice.id)


#: "address:", "pata hai", "முகவரி" before the address itself
_ADDRESS_WORDS = re.compile(
    r"^(?:(?:'s|ka|ki|ke|ku|oda|ooda|இன்|का|की)\s+)?(?:postal\s+)?(?:address|addr|pata|patha|"
    r"mugavari|mukavari|पता|முகவரி)\s*(?:is|hai|है)?\s*[:\-–]?\s*", re.I)


def bare_address(answer: str, name: str | None) -> str:
    """The address in an answer that may start with the buyer's name and the word
    "address" ("ravi stores address 8 mela masi veedhi ...")."""
    text = answer.strip()
    if name and text.casefold().startswith(name.casefold()):
        text = text[len(name):].lstrip(" ,:-")
    return _ADDRESS_WORDS.sub("", text, count=1).strip() or answer


def draft_notice(state: ConversationState, deps: AgentDeps, uow: UnitOfWork, retailer_id: int,
                 invoice_id: int) -> dict[str, Any]:
    """Draft the demand notice (every overdue invoice of the buyer: agents.legal_drafting)
    and put it before the retailer with the PDF; the graph then waits for APPROVE, EDIT
    or CANCEL (:func:`build_notice_approval`). Nothing reaches the buyer before that."""
    retailer = uow.retailers.get(retailer_id)
    invoice = uow.invoices(retailer_id).get(invoice_id)
    assert retailer is not None and invoice is not None
    buyer = invoice.buyer
    draft = {"invoice_id": invoice.id, "number": invoice.number}
    missing = missing_address(retailer, buyer)
    if missing == "retailer":
        return ask(NOTICE, "retailer_address", draft,
                   say(state, "escalation-notice-ask-retailer-address"))
    if missing == "buyer":
        return ask(NOTICE, "buyer_address", draft,
                   say(state, "escalation-notice-ask-buyer-address", buyer=buyer.name))
    if deps.notices is None:
        return done(say(state, "escalation-notice-unavailable"))
    invoices = overdue_invoices(uow, retailer_id, buyer.id, today(state))
    drafted = deps.notices.draft(uow, retailer, buyer, invoices, as_of=today(state),
                                 language=language(state), now=now(state))
    return done(*_presented(state, deps, drafted, buyer.name, retailer),
                attachments=_pdf(deps, drafted, state), approval=_approval(drafted))


def _approval(drafted: Drafted, step: str = "answer") -> dict[str, Any]:
    return {"notice_id": drafted.notice_id, "version": drafted.version,
            "sha256": drafted.sha256, "reference": drafted.reference, "step": step}


def _pdf(deps: AgentDeps, drafted: Drafted, state: ConversationState) -> list[Attachment]:
    if deps.document_url is None:
        return []
    return [attachment(deps.document_url(drafted.document_ref, now(state)), "application/pdf")]


def _presented(state: ConversationState, deps: AgentDeps, drafted: Drafted, buyer: str,
               retailer: Retailer) -> list[str]:
    """What the retailer reads beside the PDF: the figures, why it is a general letter
    when it is one, and the three answers."""
    days = (drafted.pay_by - today(state)).days
    lines = [say(state, "escalation-notice-drafted", reference=drafted.reference,
                 version=drafted.version, buyer=buyer, count=len(drafted.invoice_numbers),
                 numbers=", ".join(drafted.invoice_numbers), total=money(state, drafted.total),
                 interest=money(state, drafted.interest), days=days,
                 pay_by=day(state, drafted.pay_by))]
    if drafted.kind is NoticeKind.GENERAL:
        supply = min(drafted.invoice_dates)
        reasons = supply_eligibility(retailer, supply).messages(language(state))
        lines.append(say(state, "escalation-notice-drafted-general",
                         reason=" ".join(reasons)))
    lines.append(say(state, "escalation-notice-approve-ask", buyer=buyer))
    return ["\n\n".join(lines)]


# --- the retailer's answer to a drafted notice ---------------------------------------------

def build_notice_approval(deps: AgentDeps) -> Node:
    """The graph waits here (LangGraph ``interrupt()``) after a notice is put before the
    retailer; the next message from the retailer's conversation resumes it.

    APPROVE approves the version shown, only from the retailer's own number and only
    while it is the latest version (:func:`store.notices.approve_notice`), then sends it
    to the buyer; EDIT asks for the days to pay (or takes them: "EDIT 10") and puts a new
    version, which needs its own approval, before the retailer; CANCEL cancels it. Any
    other message goes to the router as usual: the notice stays waiting, and asking for
    the notice again shows it again.
    """

    def notice_approval(state: ConversationState, *,
                        runtime: Runtime[TurnContext]) -> dict[str, Any] | Command[str]:
        pending = dict(state.get("approval") or {})
        answer: Turn = interrupt({"notice": pending})
        turn_state: ConversationState = {**state, "turn": answer}
        base: dict[str, Any] = {"turn": answer, "replies": [], "outbound": [],
                                "attachments": [], "understood": {}}
        uow = runtime.context.uow
        retailer_id = state["retailer_id"]
        assert retailer_id is not None
        kind, days = approval_answer(answer["text"])
        if pending.get("step") == "edit" and kind is None and days is not None:
            kind = "edit"
        if kind is not None and unsure_for_confirmation(answer):
            # APPROVE (or EDIT, CANCEL) said in a voice note heard unsurely: typed, please
            return Command(goto=APPROVAL, update={
                **base, "replies": [say(turn_state, "voice-note-confirm-unsure",
                                        text=answer["text"][:200])], "approval": pending,
                "route": "not_heard"})  # (so the reply does not begin "I heard")
        if kind is None:  # a message of its own: the router reads it
            return Command(goto="router", update={**base, "approval": None})
        if pending.get("kind") == "filing":
            return _filing_answer(turn_state, uow, retailer_id, pending, kind, base)
        notice = uow.notice(retailer_id, int(pending["notice_id"]))
        if notice is None:
            return {**base, **done(say(turn_state, "error-notice-not-found")), "approval": None}
        when = now(turn_state)
        if kind == "cancel":
            uow.cancel_notice(retailer_id, notice.id, now=when)
            return {**base, **done(say(turn_state, "escalation-notice-cancelled",
                                       reference=notice.reference)), "approval": None}
        buyer = uow.buyers(retailer_id).get(notice.buyer_id)
        assert buyer is not None
        if kind == "edit":
            low, high = DAYS_TO_PAY_RANGE
            if days is None or not low <= days <= high:
                return Command(goto=APPROVAL, update={
                    **base, "replies": [say(turn_state, "escalation-notice-edit-ask",
                                            buyer=buyer.name, low=low, high=high)],
                    "approval": {**pending, "step": "edit"}})
            retailer = uow.retailers.get(retailer_id)
            assert retailer is not None and deps.notices is not None
            drafted = deps.notices.redraft(uow, retailer, notice, as_of=today(turn_state),
                                           now=when, terms=NoticeTerms(days_to_pay=days))
            return Command(goto=APPROVAL, update={
                **base, "replies": _presented(turn_state, deps, drafted, buyer.name, retailer),
                "attachments": _pdf(deps, drafted, turn_state), "approval": _approval(drafted)})
        try:
            uow.approve_notice(retailer_id, notice.id, version=int(pending["version"]),
                               sha256=str(pending["sha256"]), approver=answer["sender"],
                               now=when)
        except InputError as error:
            return {**base, **done(error_text(turn_state, error)), "approval": None}
        return {**base, **_deliver(turn_state, deps, uow, retailer_id, notice, buyer),
                "approval": None}

    return notice_approval


def _filing_answer(state: ConversationState, uow: UnitOfWork, retailer_id: int,
                   pending: dict[str, Any], kind: str,
                   base: dict[str, Any]) -> dict[str, Any] | Command[str]:
    """APPROVE: the steps on the portal; CANCEL: the pack is dropped; EDIT: the pack takes
    its figures from the records, which are corrected there (the question stays)."""
    filing_id = int(pending["filing_id"])
    if kind == "edit":
        return Command(goto=APPROVAL, update={
            **base, "replies": [say(state, "escalation-filing-no-edit")],
            "approval": pending})
    if kind == "cancel":
        uow.cancel_filing(retailer_id, filing_id, now=now(state))
        return {**base, **done(say(state, "escalation-filing-cancelled")), "approval": None}
    uow.approve_filing(retailer_id, filing_id, now=now(state))
    return {**base, **done(*[str(step) for step in pending.get("guidance", [])]),
            "approval": None}


def _deliver(state: ConversationState, deps: AgentDeps, uow: UnitOfWork, retailer_id: int,
             notice: LegalNotice, buyer: Buyer) -> dict[str, Any]:
    """Send the approved version to the buyer: by email when there is an address, as a
    WhatsApp document when the buyer agreed to WhatsApp; tell the retailer how it went."""
    retailer = uow.retailers.get(retailer_id)
    assert retailer is not None
    version = next(v for v in notice.versions if v.version == notice.approved_version)
    when = now(state)
    pdf = _version_pdf(deps, version.document_ref, state)
    channels = [c for c in reminder_channels(buyer) if c in (Channel.EMAIL, Channel.WHATSAPP)]
    buyer_language = buyer.language.value if buyer.language else language(state)
    supplier = retailer.name or retailer.phone
    pay_by = notice.interest_as_of + timedelta(
        days=int(version.terms.get("days_to_pay", DEFAULT_DAYS_TO_PAY)))
    total = notice.principal_total + notice.interest_total
    body = render("escalation-notice-to-buyer", buyer_language, supplier=supplier,
                  reference=notice.reference, total=format_inr(total, buyer_language),
                  pay_by=format_date(pay_by, buyer_language))
    subject = render("escalation-notice-email-subject", buyer_language, supplier=supplier,
                     reference=notice.reference)
    invoices = uow.notice_invoices(notice)
    copies = _invoice_copies(deps, notice.reference, invoices, state)
    deliveries = []
    for channel in channels:
        to = buyer.email if channel is Channel.EMAIL else buyer.phone
        assert to is not None
        text, template, variables = body, None, {"subject": subject}
        if channel is Channel.WHATSAPP:  # business-initiated: the approved media template
            approved = load_whatsapp_templates(NOTICE_TEMPLATES)["demand_notice",
                                                                 buyer_language]
            variables, text = approved.fill({
                "buyer_name": buyer.name, "retailer_name": supplier,
                "reference": notice.reference,
                "total": format_inr(total, buyer_language, chat=True),
                "pay_by": format_date(pay_by, buyer_language)})
            template = approved.content_sid
            if pdf:  # {{6}}: the signed path of the PDF in the template's media URL
                variables[str(len(approved.variables) + 1)] = \
                    pdf[0]["url"].split("/media/documents/", 1)[-1]
        uow.notify(retailer_id=retailer_id, channel=channel, to=to, body=text,
                   stage="demand_notice", key=notification_key(
                       "notice", notice.id, version.version, channel.value),
                   now=when, local=deps.local_outbox, invoice_id=invoices[0].id,
                   buyer_id=buyer.id, template_id=template, variables=variables,
                   # an email carries the copies of the invoices too (WhatsApp's approved
                   # template has room for the notice alone)
                   media=[dict(m) for m in (pdf + copies if channel is Channel.EMAIL
                                            else pdf)])
        deliveries.append({"channel": channel.value, "to": to})
    if not deliveries:
        return done(say(state, "escalation-notice-approved-no-channel",
                        reference=notice.reference, version=version.version,
                        buyer=buyer.name), attachments=pdf)
    uow.mark_notice_sent(retailer_id, notice.id, deliveries=deliveries, now=when)
    names = ", ".join(say(state, f"escalation-notice-channel-{d['channel']}")
                      for d in deliveries)
    return done(say(state, "escalation-notice-sent", reference=notice.reference,
                    version=version.version, buyer=buyer.name, channels=names))


def _invoice_copies(deps: AgentDeps, reference: str, invoices: Sequence[Invoice],
                    state: ConversationState) -> list[Attachment]:
    """The copies of the invoices the retailer sent (photos, PDFs), as one PDF kept beside
    the notice; none when no invoice has one."""
    if deps.documents is None or deps.document_url is None:
        return []
    files = [deps.documents.get(kept["ref"]) for invoice in invoices
             for kept in invoice.document_refs or []]
    if not files:
        return []
    combined = as_one_pdf(files)
    ref = deps.documents.put("notices", f"{reference}-invoices-{digest(combined)[:12]}.pdf",
                             combined)
    return [attachment(deps.document_url(ref, now(state)), "application/pdf")]


def _version_pdf(deps: AgentDeps, ref: str, state: ConversationState) -> list[Attachment]:
    if deps.document_url is None:
        return []
    return [attachment(deps.document_url(ref, now(state)), "application/pdf")]


# --- filing_status -------------------------------------------------------------------------

def build_filing_status(deps: AgentDeps) -> Node:
    """A reference to the Facilitation Council (s.18) through the MSME ODR portal (or
    Samadhaan for older cases), in three moves:

    * "ODR filing for INV-42": the filing pack for that invoice's buyer (every overdue
      invoice, the notices served), its summary PDF and the whole pack put before the
      retailer; APPROVE gives the steps on the portal (the graph waits as for a notice);
      a case that may not be filed gets the reasons;
    * an application number ("application no MSEFC/TN/2026/567"): recorded on the filing
      (asked which invoice when there is none to put it on); its invoices become
      ``dispute_filed`` and the buyer's reminders stop;
    * a question ("ODR status?"): what is recorded, or that nothing is yet.
    """

    def filing_status(state: ConversationState, *,
                      runtime: Runtime[TurnContext]) -> dict[str, Any]:
        retailer_id = state["retailer_id"]
        assert retailer_id is not None
        uow = runtime.context.uow
        slots = _slots(state)
        application = slots.get("application_number")
        invoice_number = slots.get("invoice_number")
        if state.get("flow") == FILING and state.get("step") == "application_invoice":
            application = (state.get("draft") or {}).get("application")
            invoice_number = invoice_number or text(state)
        if state.get("flow") == FILING and state.get("step") == "udyam_confirm":
            return _udyam_answer(state, deps, uow, retailer_id)
        invoice = uow.invoices(retailer_id).by_number(str(invoice_number)) \
            if invoice_number else None
        if invoice_number and invoice is None:
            return done(say(state, "invoice-not-found", number=invoice_number))
        if application:
            return _record_application(state, uow, retailer_id, str(application), invoice)
        if invoice is not None:
            filed = uow.latest_filing(retailer_id, invoice.buyer_id, (FILED,))
            if filed is not None:
                return done(_filing_status_text(state, uow, retailer_id, filed))
            return _prepare_filing(state, deps, uow, retailer_id, invoice.buyer_id)
        latest = uow.latest_filing(retailer_id, statuses=(FILED,))
        update = _STATUS_UPDATE.match(text(state))
        if latest is not None and update is not None and update.group(1).strip():
            uow.record_filing_status(retailer_id, latest.id, update.group(1).strip(),
                                     now=now(state))
            return done(say(state, "escalation-filing-update-noted",
                            number=latest.portal_reference or "-"))
        if latest is not None:
            return done(_filing_status_text(state, uow, retailer_id, latest))
        return done(say(state, "escalation-filing-none-yet"))

    return filing_status


#: "ODR update: hearing on 20 Jan": a later status of the filed case, in the retailer's words
_STATUS_UPDATE = re.compile(
    r"^\s*(?:odr|samadhaan|samadhan|msefc|case|filing|समाधान|சமாதான்)?\s*(?:case\s+)?"
    r"(?:update|अपडेट|அப்டேட்)\s*[:\-–]?\s*(.+)$", re.I | re.S)


def _filing_status_text(state: ConversationState, uow: UnitOfWork, retailer_id: int,
                        filing: DisputeFiling) -> str:
    buyer = uow.buyers(retailer_id).get(filing.buyer_id)
    assert buyer is not None and filing.filed_at is not None
    lines = [say(state, "escalation-filing-status", number=filing.portal_reference,
                 portal=say(state, f"filing-portal-{filing.portal}"), buyer=buyer.name,
                 date=day(state, filing.filed_at.astimezone(IST).date()))]
    updates = filing.payload.get("status_updates") or []
    if updates:
        last = updates[-1]
        lines.append(say(state, "escalation-filing-last-update", status=last["status"],
                         date=day(state, datetime.fromisoformat(last["at"])
                                  .astimezone(IST).date())))
    return "\n".join(lines)


def _record_application(state: ConversationState, uow: UnitOfWork, retailer_id: int,
                        application: str, invoice: Invoice | None) -> dict[str, Any]:
    buyer_id = invoice.buyer_id if invoice is not None else None
    filing = uow.latest_filing(retailer_id, buyer_id, (FILING_APPROVED, FILING_AWAITING))
    if filing is None and invoice is None:
        return ask(FILING, "application_invoice", {"application": application},
                   say(state, "escalation-filing-ask-invoice", number=application))
    if filing is None:  # filed without a pack from here: recorded all the same
        assert invoice is not None
        overdue = overdue_invoices(uow, retailer_id, invoice.buyer_id, today(state))
        filing = uow.open_filing(
            retailer_id=retailer_id, buyer_id=invoice.buyer_id, portal="odr",
            payload={"invoice_ids": [i.id for i in overdue] or [invoice.id]})
    try:
        uow.record_application(retailer_id, filing.id, application, now=now(state))
    except InputError as error:
        return done(error_text(state, error))
    buyer = uow.buyers(retailer_id).get(filing.buyer_id)
    assert buyer is not None
    return done(say(state, "escalation-filing-recorded", number=" ".join(application.split()),
                    buyer=buyer.name))


def _check_udyam(state: ConversationState, deps: AgentDeps, uow: UnitOfWork,
                 retailer: Retailer, buyer_id: int) -> dict[str, Any] | None:
    """Before the first pack: the Udyam details checked by the verification service, or
    shown for the retailer to confirm against the certificate. None: confirmed now."""
    if deps.udyam_verifier is None:
        return ask(FILING, "udyam_confirm", {"buyer_id": buyer_id},
                   say(state, "escalation-udyam-confirm", **_udyam_details(state, retailer)))
    record = deps.udyam_verifier.lookup(retailer.udyam_number or "")
    differences = udyam_differences(retailer, record)
    if differences:
        fields = ", ".join(say(state, f"escalation-udyam-field-{d.replace('_', '-')}")
                           for d in differences)
        return done(say(state, "escalation-udyam-mismatch", udyam=retailer.udyam_number or "-",
                        fields=fields))
    uow.confirm_udyam(retailer.id, by=deps.udyam_verifier.name, now=now(state))
    return None


def _udyam_details(state: ConversationState, retailer: Retailer) -> dict[str, str]:
    return {"udyam": retailer.udyam_number or "-", "name": retailer.name or "-",
            "category": say(state, f"filing-category-{retailer.enterprise_type.value}")
            if retailer.enterprise_type else "-",
            "activity": say(state, f"filing-activity-{retailer.activity.value}")
            if retailer.activity else "-",
            "registered": day(state, retailer.udyam_registered_on)
            if retailer.udyam_registered_on else "-"}


def _udyam_answer(state: ConversationState, deps: AgentDeps, uow: UnitOfWork,
                  retailer_id: int) -> dict[str, Any]:
    answer = yes_no(text(state))
    draft = dict(state.get("draft") or {})
    if answer is None:
        return ask(FILING, "udyam_confirm", draft, say(state, "confirm-yes-no"))
    if not answer:
        return done(say(state, "escalation-udyam-not-confirmed"))
    uow.confirm_udyam(retailer_id, by="certificate", now=now(state))
    return _prepare_filing(state, deps, uow, retailer_id, int(draft["buyer_id"]))


def _prepare_filing(state: ConversationState, deps: AgentDeps, uow: UnitOfWork,
                    retailer_id: int, buyer_id: int) -> dict[str, Any]:
    retailer = uow.retailers.get(retailer_id)
    buyer = uow.buyers(retailer_id).get(buyer_id)
    assert retailer is not None and buyer is not None
    if deps.filings is None:
        return done(say(state, "escalation-notice-unavailable"))
    missing = missing_address(retailer, buyer)
    if missing is not None:  # the same addresses as a notice: asked there
        return done(say(state, "escalation-filing-needs-notice", buyer=buyer.name))
    if retailer.udyam_confirmed_at is None:
        checked = _check_udyam(state, deps, uow, retailer, buyer_id)
        if checked is not None:
            return checked
    prepared = deps.filings.prepare(uow, retailer, buyer, as_of=today(state),
                                    language=language(state), now=now(state))
    if not prepared.eligible or prepared.filing_id is None:
        return done("\n".join(prepared.reasons))
    assert prepared.summary_ref is not None and prepared.pack_ref is not None
    link = deps.document_url(prepared.pack_ref, now(state)) if deps.document_url else "-"
    attachments = [attachment(deps.document_url(prepared.summary_ref, now(state)),
                              "application/pdf")] if deps.document_url else []
    ready = say(state, "escalation-filing-ready", buyer=buyer.name,
                count=len(prepared.invoice_numbers),
                numbers=", ".join(prepared.invoice_numbers),
                total=money(state, prepared.total),
                portal=say(state, f"filing-portal-{prepared.portal}"), link=link)
    return done(ready, attachments=attachments,
                approval={"kind": "filing", "filing_id": prepared.filing_id,
                          "guidance": list(prepared.guidance)})


# --- set_reminder_cadence ----------------------------------------------------------------

def build_set_reminder_cadence(deps: AgentDeps) -> Node:
    """The days between reminders to overdue buyers, saved (3 to 30; pending overdue
    reminders move to the new cadence) and said back; asked when the message gives none
    ("reminder frequency") or gives less than a day."""

    def set_reminder_cadence(state: ConversationState, *,
                             runtime: Runtime[TurnContext]) -> dict[str, Any]:
        days = _slots(state).get("days")
        if days is None and state.get("flow") == CADENCE:
            days = cadence_days(text(state))  # the answer: "7", "10 din", "weekly"
        if not isinstance(days, int) or days < 1:
            return ask(CADENCE, "days", {}, say(state, "escalation-cadence-ask"))
        retailer_id = state["retailer_id"]
        assert retailer_id is not None
        try:
            runtime.context.uow.set_overdue_reminder_days(retailer_id, days, today=today(state),
                                                          actor="retailer")
        except InputError as error:  # outside 3-30 days: said why, nothing changed
            return done(error_text(state, error))
        return done(say(state, "escalation-cadence-set", days=days))

    return set_reminder_cadence
