"""The payment monitor: sends what has become due, exactly once.

It reads only pending actions whose time has come (``invoice_actions``, a
partial index on ``due_at``), in batches locked with ``FOR UPDATE SKIP
LOCKED``, so two monitors running at once never take the same action, and its
cost follows what is due rather than the size of the ledger.

Per invoice and audience only the latest due stage is sent; earlier stages
that were missed (downtime) are marked superseded, so a catch-up never spams.
A paid, written-off or disputed invoice gets no further buyer reminder.

Each send is a ``communications`` row whose idempotency key is
(invoice, stage, channel) and an outbox row, written in the same transaction
that marks the action done: with the local outbox, the send and its record
are one transaction; with a provider, the outbox row is delivered afterwards
and reconciled (see :mod:`channels.outbox`).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from langchain_core.language_models import BaseChatModel
from sqlalchemy import Engine, select, text, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from agents.reminder_drafting import ReminderDraft, ReminderFacts, draft_reminder
from channels.policy import reminder_channels
from prompts import render
from store import audit
from store.db import transaction
from store.ledger import quote_invoice
from store.models import (
    Buyer,
    Channel,
    Communication,
    Conversation,
    Invoice,
    InvoiceAction,
    InvoiceStatus,
    OutboxEntry,
    Retailer,
)
from store.repositories import OPEN_STATUSES
from tools.dates import IST, format_date, today_ist
from tools.eligibility import assess_eligibility
from tools.festivals import FestivalCalendar
from tools.interest import InterestPolicy
from tools.money import format_inr
from tools.sending_window import next_send_slot, state_code_region
from tools.upi import upi_payment_link

log = logging.getLogger("bakaya.monitor")

BUYER_REMINDERS = ("first_reminder", "second_reminder", "final_reminder")
RETAILER_ALERTS = ("deadline_alert", "overdue_alert")
# What the buyer receives at each stage (templates and texts are per stage).
BUYER_DRAFT_STAGE = {"first_reminder": "first_reminder", "second_reminder": "second_reminder",
                     "final_reminder": "final_reminder", "notice": "overdue_reminder",
                     "promise_follow_up": "promise_follow_up"}


@dataclass
class MonitorReport:
    actions: int = 0
    sent: int = 0
    superseded: int = 0
    skipped: int = 0
    deferred: int = 0
    messages: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, int]:
        return {"actions": self.actions, "sent": self.sent, "superseded": self.superseded,
                "skipped": self.skipped, "deferred": self.deferred}


@dataclass(frozen=True)
class MonitorDeps:
    interest_policy: InterestPolicy
    festivals: FestivalCalendar
    chat_model: BaseChatModel | None = None
    local_outbox: bool = True
    qr_url: Callable[[str], str] | None = None


def run_monitor(engine: Engine, now: datetime, deps: MonitorDeps,
                batch_size: int = 200) -> MonitorReport:
    """Handle every action due by ``now``; safe to run in several processes at once."""
    report = MonitorReport()
    while True:
        with transaction(engine) as session:
            actions = session.execute(
                select(InvoiceAction)
                .where(InvoiceAction.status == "pending", InvoiceAction.due_at <= now)
                .order_by(InvoiceAction.due_at, InvoiceAction.id)
                .limit(batch_size)
                .with_for_update(skip_locked=True)
            ).scalars().all()
            if not actions:
                break
            report.actions += len(actions)
            _handle_batch(session, actions, now, deps, report)
    return report


def _handle_batch(session: Session, actions: Sequence[InvoiceAction], now: datetime,
                  deps: MonitorDeps, report: MonitorReport) -> None:
    invoice_ids = {a.invoice_id for a in actions}
    invoices = {i.id: i for i in session.execute(
        select(Invoice).where(Invoice.id.in_(invoice_ids)).with_for_update(of=Invoice)
    ).unique().scalars()}
    retailers = {r.id: r for r in session.execute(select(Retailer).where(
        Retailer.id.in_({i.retailer_id for i in invoices.values()}))).scalars()}
    histories = _histories(session, list(invoices.values()))
    groups: dict[tuple[int, str], list[InvoiceAction]] = defaultdict(list)
    for action in actions:
        # One group per audience: after downtime only the latest stage of each goes out
        # (a promised-date follow-up is its own trigger).
        kind = ("buyer" if action.stage in (*BUYER_REMINDERS, "notice") else
                "alert" if action.stage in RETAILER_ALERTS else action.stage)
        groups[(action.invoice_id, kind)].append(action)
    for (invoice_id, _kind), group in groups.items():
        invoice = invoices[invoice_id]
        retailer = retailers[invoice.retailer_id]
        group.sort(key=lambda a: (a.due_at, a.id))
        latest, earlier = group[-1], group[:-1]
        for action in earlier:
            _finish(action, "superseded", now, f"caught up by {latest.stage}")
            report.superseded += 1
        _handle(session, invoice, retailer, latest, now, deps, report, histories)


def _finish(action: InvoiceAction, status: str, now: datetime, note: str | None = None) -> None:
    action.status, action.done_at, action.note = status, now, note


def _handle(session: Session, invoice: Invoice, retailer: Retailer, action: InvoiceAction,
            now: datetime, deps: MonitorDeps, report: MonitorReport,
            histories: dict[tuple[int, int], tuple[int, int, int]]) -> None:
    if invoice.status not in OPEN_STATUSES:
        _finish(action, "skipped", now, f"invoice {invoice.status.value}")
        report.skipped += 1
        return
    buyer = invoice.buyer
    to_buyer = action.audience == "buyer"
    if to_buyer and (invoice.reminders_paused_at is not None or
                     invoice.status == InvoiceStatus.DISPUTE_FILED):
        _finish(action, "skipped", now, "reminders paused")
        report.skipped += 1
        return
    region = state_code_region(buyer.gstin[:2]) if buyer.gstin else None
    slot = next_send_slot(now, calendar=deps.festivals, region=region if to_buyer else None)
    if slot > now:
        action.due_at = slot  # quiet hours or a festival: wait for the next allowed slot
        report.deferred += 1
        return
    today = today_ist(now)
    quote = quote_invoice(invoice, retailer, today, deps.interest_policy)
    if action.stage == "notice" and invoice.status == InvoiceStatus.ACTIVE:
        invoice.status, invoice.status_changed_at = InvoiceStatus.OVERDUE, now
    if action.stage in RETAILER_ALERTS:
        _alert_retailer(session, invoice, retailer, action, quote, now, deps, report)
    else:
        _remind_buyer(session, invoice, retailer, buyer, action, today, quote, now, deps,
                      report, histories)
    _finish(action, "done", now)


def _facts(invoice: Invoice, retailer: Retailer, buyer: Buyer, stage: str, today: date,
           quote: Any, language: str, history: tuple[int, int, int]) -> ReminderFacts:
    eligibility = assess_eligibility(
        retailer.enterprise_type.value if retailer.enterprise_type else None,
        retailer.activity.value if retailer.activity else None,
        retailer.udyam_registered_on, invoice.invoice_date)
    overdue = quote.days_overdue > 0
    link = None
    if retailer.upi_id and quote.total_due > 0:
        link = upi_payment_link(retailer.upi_id, retailer.name or "", quote.total_due,
                                f"{invoice.number}", reference=None)
    return ReminderFacts(
        stage=stage, language=language, buyer_name=buyer.name,
        retailer_name=retailer.name or "", invoice_number=invoice.number,
        amount=invoice.principal, due_date=invoice.due_date, as_of=today,
        days_overdue=quote.days_overdue,
        interest=quote.interest if overdue else None,
        total_due=quote.total_due if overdue else None,
        section16=eligibility.section16, payment_link=link,
        buyer_region=state_code_region(buyer.gstin[:2]) if buyer.gstin else None,
        paid_on_time_count=history[0], paid_late_count=history[1],
        relationship_months=history[2],
    )


def _histories(session: Session, invoices: Sequence[Invoice]) -> dict[tuple[int, int],
                                                                     tuple[int, int, int]]:
    """(paid on time, paid late, months known) per (retailer, buyer), for a whole batch in
    one aggregate query over those buyers' invoices (indexed by buyer)."""
    pairs = {(i.retailer_id, i.buyer_id) for i in invoices}
    if not pairs:
        return {}
    rows = session.execute(text("""
        SELECT i.retailer_id, i.buyer_id,
               count(*) FILTER (WHERE i.status = 'paid' AND lp.last_paid <= i.due_date),
               count(*) FILTER (WHERE i.status = 'paid' AND lp.last_paid > i.due_date),
               min(i.invoice_date)
        FROM invoices i
        LEFT JOIN LATERAL (SELECT max(p.paid_on) AS last_paid FROM payments p
                           WHERE p.invoice_id = i.id) lp ON true
        WHERE i.buyer_id = ANY(:buyers)
        GROUP BY i.retailer_id, i.buyer_id"""), {"buyers": [b for _, b in pairs]}).all()
    result: dict[tuple[int, int], tuple[int, int, int]] = {}
    for retailer_id, buyer_id, on_time, late, first in rows:
        result[(retailer_id, buyer_id)] = (int(on_time), int(late), 0 if first is None else
                                           _months_between(first, max(
                                               i.invoice_date for i in invoices
                                               if i.buyer_id == buyer_id)))
    return result


def _months_between(first: date, last: date) -> int:
    return max(0, (last.year - first.year) * 12 + last.month - first.month)


def _remind_buyer(session: Session, invoice: Invoice, retailer: Retailer, buyer: Buyer,
                  action: InvoiceAction, today: date, quote: Any, now: datetime,
                  deps: MonitorDeps, report: MonitorReport,
                  deps_history: dict[tuple[int, int], tuple[int, int, int]]) -> None:
    language = (buyer.language or retailer.language).value
    stage = BUYER_DRAFT_STAGE[action.stage]
    history = deps_history.get((invoice.retailer_id, invoice.buyer_id), (0, 0, 0))
    draft = draft_reminder(_facts(invoice, retailer, buyer, stage, today, quote, language,
                                  history), chat_model=deps.chat_model)
    sent_on: list[Channel] = []
    for channel in reminder_channels(buyer):
        if _send(session, invoice, retailer, buyer, action, channel, draft, now, deps):
            sent_on.append(channel)
    if not sent_on:
        return
    report.sent += len(sent_on)
    channels = ", ".join(render(f"channel-{c.value}", retailer.language.value) for c in sent_on)
    _to_retailer(session, retailer, invoice, f"notify:{action.id}", render(
        "monitor-reminder-sent", retailer.language.value, buyer=buyer.name,
        number=invoice.number, channels=channels), now, deps)
    audit.append(session, actor="monitor", action="reminder.sent", entity="invoice",
                 entity_id=invoice.id, retailer_id=retailer.id,
                 details={"stage": action.stage, "channels": [c.value for c in sent_on]},
                 now=now)


def _send(session: Session, invoice: Invoice, retailer: Retailer, buyer: Buyer,
          action: InvoiceAction, channel: Channel, draft: ReminderDraft, now: datetime,
          deps: MonitorDeps) -> bool:
    """One reminder on one channel; False when (invoice, stage, channel) was already sent."""
    media: list[dict[str, str]] = []
    key = f"reminder:{invoice.id}:{action.stage}:{action.due_at.date().isoformat()}:" \
          f"{channel.value}"
    if channel == Channel.WHATSAPP and _in_service_window(session, buyer, now):
        # The buyer wrote within 24 hours: a free-form message is allowed (and reads
        # better than a template).
        body, template, variables = draft.free_text, None, {}
        to = buyer.phone or ""
        link = _upi_link_in(body)
        if link and deps.qr_url is not None:  # the QR code rides along with free text
            media = [{"url": deps.qr_url(link), "content_type": "image/png"}]
    elif channel == Channel.WHATSAPP:
        body, template, variables = (draft.whatsapp_preview, draft.whatsapp_template_id,
                                     dict(draft.whatsapp_variables))
        to = buyer.phone or ""
    elif channel == Channel.SMS:
        body, template = draft.sms_text, draft.sms_template_id
        variables = {str(i): v for i, v in enumerate(draft.sms_variables, start=1)}
        to = buyer.phone or ""
    else:
        body, template, variables = draft.free_text, None, {"subject": draft.email_subject}
        to = buyer.email or ""
    communication_id = session.execute(
        insert(Communication).values(
            retailer_id=retailer.id, invoice_id=invoice.id, buyer_id=buyer.id, channel=channel,
            recipient=to, stage=action.stage, template_id=template, content=body,
            variables=variables, delivery_status="sent" if deps.local_outbox else "pending",
            idempotency_key=key, scheduled_for=action.due_at,
            sent_at=now if deps.local_outbox else None)
        .on_conflict_do_nothing(index_elements=["idempotency_key"])
        .returning(Communication.id)).scalar()
    if communication_id is None:
        return False
    session.add(OutboxEntry(channel=channel, to_address=to, body=body, template_id=template,
                            template_variables=variables, communication_id=communication_id,
                            media=media,
                            status="local" if deps.local_outbox else "pending",
                            sent_at=now if deps.local_outbox else None))
    return True


WHATSAPP_WINDOW = timedelta(hours=24)


def _upi_link_in(text: str) -> str | None:
    start = text.find("upi://pay?")
    return text[start:].split()[0] if start >= 0 else None


def _in_service_window(session: Session, buyer: Buyer, now: datetime) -> bool:
    """WhatsApp's customer-service window: the buyer's last message is under 24 h old."""
    if not buyer.phone:
        return False
    last = session.execute(select(Conversation.last_inbound_at).where(
        Conversation.channel == Channel.WHATSAPP, Conversation.address == buyer.phone)).scalar()
    return last is not None and timedelta(0) <= now - last < WHATSAPP_WINDOW


def _to_retailer(session: Session, retailer: Retailer, invoice: Invoice | None, key: str,
                 text: str, now: datetime, deps: MonitorDeps) -> bool:
    communication_id = session.execute(
        insert(Communication).values(
            retailer_id=retailer.id, invoice_id=invoice.id if invoice else None,
            channel=Channel.WHATSAPP, recipient=retailer.phone, stage=key.split(":")[0],
            content=text, variables={}, idempotency_key=key,
            delivery_status="sent" if deps.local_outbox else "pending",
            sent_at=now if deps.local_outbox else None)
        .on_conflict_do_nothing(index_elements=["idempotency_key"])
        .returning(Communication.id)).scalar()
    if communication_id is None:
        return False
    session.add(OutboxEntry(channel=Channel.WHATSAPP, to_address=retailer.phone, body=text,
                            communication_id=communication_id,
                            status="local" if deps.local_outbox else "pending",
                            sent_at=now if deps.local_outbox else None))
    return True


def _alert_retailer(session: Session, invoice: Invoice, retailer: Retailer,
                    action: InvoiceAction, quote: Any, now: datetime, deps: MonitorDeps,
                    report: MonitorReport) -> None:
    language = retailer.language.value
    if action.stage == "deadline_alert":
        text = render("monitor-deadline-alert", language, number=invoice.number,
                      buyer=invoice.buyer.name, amount=format_inr(quote.total_due, language),
                      date=format_date(invoice.due_date, language),
                      days=max((invoice.due_date - today_ist(now)).days, 0))
    else:
        text = render("monitor-overdue-alert", language, number=invoice.number,
                      buyer=invoice.buyer.name, date=format_date(invoice.due_date, language),
                      total=format_inr(quote.total_due, language),
                      interest=format_inr(quote.interest, language))
    if _to_retailer(session, retailer, invoice, f"alert:{invoice.id}:{action.stage}", text, now,
                    deps):
        report.sent += 1


SUMMARY_TIME = time(9, 0)


def run_daily_summaries(engine: Engine, now: datetime, deps: MonitorDeps) -> int:
    """Once a day from 09:00 IST, each retailer who asked gets a summary (keyed by date)."""
    today = today_ist(now)
    if now.astimezone(IST).time() < SUMMARY_TIME:
        return 0
    sent = 0
    with transaction(engine) as session:
        retailers = session.execute(select(Retailer).where(
            Retailer.daily_summary.is_(True))).scalars().all()
        for retailer in retailers:
            invoices = session.execute(select(Invoice).where(
                Invoice.retailer_id == retailer.id, Invoice.status.in_(OPEN_STATUSES))
            ).unique().scalars().all()
            quotes = [quote_invoice(i, retailer, today, deps.interest_policy) for i in invoices]
            total = sum((q.total_due for q in quotes), Decimal("0"))
            overdue = sum(1 for q in quotes if q.days_overdue > 0)
            text = render("monitor-daily-summary", retailer.language.value,
                          count=len(invoices), total=format_inr(total, retailer.language.value),
                          overdue=overdue)
            if _to_retailer(session, retailer, None, f"summary:{retailer.id}:{today}", text,
                            now, deps):
                sent += 1
    return sent


def schedule_promise_follow_up(session: Session, invoice: Invoice, promised: date) -> None:
    from store.ledger import action_time

    session.execute(insert(InvoiceAction).values(
        retailer_id=invoice.retailer_id, invoice_id=invoice.id, stage="promise_follow_up",
        audience="buyer", due_at=action_time(promised) + timedelta(hours=1),
        status="pending").on_conflict_do_nothing())


def pause_reminders(session: Session, invoice: Invoice, now: datetime, reason: str) -> None:
    invoice.reminders_paused_at, invoice.pause_reason = now, reason
    session.execute(update(InvoiceAction).where(
        InvoiceAction.invoice_id == invoice.id, InvoiceAction.audience == "buyer",
        InvoiceAction.status == "pending").values(note="paused: " + reason[:200]))
