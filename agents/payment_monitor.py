"""The payment monitor: sends what has become due, exactly once.

It reads only pending actions whose time has come (``invoice_actions``, a
partial index on ``due_at``), in batches locked with ``FOR UPDATE SKIP
LOCKED``, so two monitors running at once never take the same action, and its
cost follows what is due rather than the size of the ledger.

Per invoice and audience only the latest due stage is sent; earlier stages
that were missed (downtime) are marked superseded, so a catch-up never spams.
A paid, written-off or disputed invoice gets no further buyer reminder.

Each send goes through :func:`store.notifications.notify` (a communication
whose idempotency key is (invoice, stage, channel) and its outbox row), in the
unit of work that marks the action done: with the local outbox, the send and
its record are one transaction; with a provider, the outbox row is delivered
afterwards and reconciled (see :mod:`channels.outbox`).
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

from agents.channel_policy import reminder_channels, unreachable_reason
from agents.reminder_drafting import ReminderDraft, ReminderFacts, draft_reminder
from prompts import render
from store.ledger import quote_invoice
from store.models import Buyer, Channel, Invoice, InvoiceAction, InvoiceStatus, Retailer
from store.notifications import notification_key
from store.repositories import OPEN_STATUSES
from store.unit_of_work import UnitOfWork, UnitSource
from tools.dates import IST, format_date, today_ist
from tools.eligibility import assess_eligibility
from tools.festivals import FestivalCalendar
from tools.interest import InterestPolicy
from tools.money import format_inr
from tools.sending_window import next_send_slot, state_code_region
from tools.upi import upi_payment_link

log = logging.getLogger("agents.payment_monitor")

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


def run_monitor(units: UnitSource, now: datetime, deps: MonitorDeps,
                batch_size: int = 200) -> MonitorReport:
    """Handle every action due by ``now``, one unit of work per batch; safe to run in
    several processes at once (each batch is locked, skipping what others hold)."""
    report = MonitorReport()
    while True:
        with units() as uow:
            actions = uow.actions.take_due(now, batch_size)
            if not actions:
                break
            report.actions += len(actions)
            _handle_batch(uow, actions, now, deps, report)
    return report


def _handle_batch(uow: UnitOfWork, actions: Sequence[InvoiceAction], now: datetime,
                  deps: MonitorDeps, report: MonitorReport) -> None:
    invoices = uow.actions.lock_invoices(a.invoice_id for a in actions)
    retailers = uow.actions.retailers(i.retailer_id for i in invoices.values())
    histories = uow.actions.payment_histories(list(invoices.values()))
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
        _handle(uow, invoice, retailer, latest, now, deps, report, histories)


def _finish(action: InvoiceAction, status: str, now: datetime, note: str | None = None) -> None:
    action.status, action.done_at, action.note = status, now, note


def _handle(uow: UnitOfWork, invoice: Invoice, retailer: Retailer, action: InvoiceAction,
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
        _alert_retailer(uow, invoice, retailer, action, quote, now, deps, report)
    else:
        _remind_buyer(uow, invoice, retailer, buyer, action, today, quote, now, deps,
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
        balance=(quote.principal_outstanding
                 if 0 < quote.principal_outstanding < invoice.principal else None),
    )


def _remind_buyer(uow: UnitOfWork, invoice: Invoice, retailer: Retailer, buyer: Buyer,
                  action: InvoiceAction, today: date, quote: Any, now: datetime,
                  deps: MonitorDeps, report: MonitorReport,
                  deps_history: dict[tuple[int, int], tuple[int, int, int]]) -> None:
    language = (buyer.language or retailer.language).value
    stage = BUYER_DRAFT_STAGE[action.stage]
    history = deps_history.get((invoice.retailer_id, invoice.buyer_id), (0, 0, 0))
    draft = draft_reminder(_facts(invoice, retailer, buyer, stage, today, quote, language,
                                  history), chat_model=deps.chat_model)
    unreachable = unreachable_reason(buyer)
    if unreachable is not None:
        # Nothing can go to the buyer: the retailer hears it, once per stage.
        if _to_retailer(uow, retailer, invoice, "unreachable",
                        notification_key("unreachable", invoice.id, action.stage), render(
                            f"monitor-reminder-impossible-{unreachable}",
                            retailer.language.value, buyer=buyer.name, number=invoice.number),
                        now, deps):
            report.sent += 1
        return
    sent_on: list[Channel] = []
    for channel in reminder_channels(buyer):
        if _send(uow, invoice, retailer, buyer, action, channel, draft, now, deps):
            sent_on.append(channel)
    if not sent_on:
        return
    report.sent += len(sent_on)
    channels = ", ".join(render(f"channel-{c.value}", retailer.language.value) for c in sent_on)
    _to_retailer(uow, retailer, invoice, "notify", notification_key("notify", action.id), render(
        "monitor-reminder-sent", retailer.language.value, buyer=buyer.name,
        number=invoice.number, channels=channels), now, deps)
    uow.audit(actor="monitor", action="reminder.sent", entity="invoice",
              entity_id=invoice.id, retailer_id=retailer.id,
              details={"stage": action.stage, "channels": [c.value for c in sent_on]},
              now=now)


def _send(uow: UnitOfWork, invoice: Invoice, retailer: Retailer, buyer: Buyer,
          action: InvoiceAction, channel: Channel, draft: ReminderDraft, now: datetime,
          deps: MonitorDeps) -> bool:
    """One reminder on one channel; False when (invoice, stage, channel) was already sent."""
    media: list[dict[str, str]] = []
    key = notification_key("reminder", invoice.id, action.stage,
                           action.due_at.date().isoformat(), channel.value)
    if channel == Channel.WHATSAPP and _in_service_window(uow, buyer, now):
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
    return uow.notify(retailer_id=retailer.id, channel=channel, to=to, body=body,
                      stage=action.stage, key=key, now=now, local=deps.local_outbox,
                      invoice_id=invoice.id, buyer_id=buyer.id, template_id=template,
                      variables=variables, media=media, scheduled_for=action.due_at)


WHATSAPP_WINDOW = timedelta(hours=24)


def _upi_link_in(text: str) -> str | None:
    start = text.find("upi://pay?")
    return text[start:].split()[0] if start >= 0 else None


def _in_service_window(uow: UnitOfWork, buyer: Buyer, now: datetime) -> bool:
    """WhatsApp's customer-service window: the buyer's last message is under 24 h old."""
    if not buyer.phone:
        return False
    last = uow.contacts.last_inbound_at(Channel.WHATSAPP, buyer.phone)
    return last is not None and timedelta(0) <= now - last < WHATSAPP_WINDOW


def _to_retailer(uow: UnitOfWork, retailer: Retailer, invoice: Invoice | None, stage: str,
                 key: str, text: str, now: datetime, deps: MonitorDeps) -> bool:
    return uow.notify(retailer_id=retailer.id, channel=Channel.WHATSAPP, to=retailer.phone,
                      body=text, stage=stage, key=key, now=now, local=deps.local_outbox,
                      invoice_id=invoice.id if invoice else None)


def _alert_retailer(uow: UnitOfWork, invoice: Invoice, retailer: Retailer,
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
    if _to_retailer(uow, retailer, invoice, "alert",
                    notification_key("alert", invoice.id, action.stage), text, now, deps):
        report.sent += 1


SUMMARY_TIME = time(9, 0)


def run_daily_summaries(units: UnitSource, now: datetime, deps: MonitorDeps) -> int:
    """Once a day from 09:00 IST, each retailer who asked gets a summary (keyed by date)."""
    today = today_ist(now)
    if now.astimezone(IST).time() < SUMMARY_TIME:
        return 0
    sent = 0
    with units() as uow:
        for retailer in uow.actions.summary_retailers():
            invoices = uow.invoices(retailer.id).pending()
            quotes = [quote_invoice(i, retailer, today, deps.interest_policy) for i in invoices]
            total = sum((q.total_due for q in quotes), Decimal("0"))
            overdue = sum(1 for q in quotes if q.days_overdue > 0)
            text = render("monitor-daily-summary", retailer.language.value,
                          count=len(invoices), total=format_inr(total, retailer.language.value),
                          overdue=overdue)
            if _to_retailer(uow, retailer, None, "summary",
                            notification_key("summary", retailer.id, today), text, now, deps):
                sent += 1
    return sent
