"""The payment monitor: sends what has become due, exactly once.

It reads only pending actions whose time has come (``invoice_actions``, a
partial index on ``due_at``), in batches locked with ``FOR UPDATE SKIP
LOCKED``, so two monitors running at once never take the same action, and its
cost follows what is due rather than the size of the ledger.

Per invoice and audience only the latest due stage is sent; earlier stages
that were missed (downtime) are marked superseded, so a catch-up never spams.
A paid, written-off or disputed invoice gets no further buyer reminder.

After the due date the chase goes on: each overdue reminder the monitor sends
(the notice stage is the first) schedules the next one, the retailer's cadence
later (:func:`tools.schedule.next_overdue_reminder_on`), each firmer than the
one before (:func:`tools.schedule.overdue_firmness`), until the invoice is
paid, written off or disputed. The retailer is told the next step 15, 30 and
45 days after the due date (a demand notice, then a Facilitation Council
reference under s.18 where the supplier may make one).

A batch is handled in bulk, in a few statements whatever its size: its
invoices (with buyers, channel preferences and payments), retailers, payment
histories and the buyers' WhatsApp windows are read at once; each action is
then settled and its messages drafted in memory (nothing is written while
drafting); the buyers' messages go through one
:func:`store.notifications.notify_many`, the retailer's (alerts, word that a
reminder went out or cannot) through a second in the order of the actions, and
the audit entries through one call. Each message still has its own
idempotency key, (invoice, stage, channel) for a reminder, and the answers are
those of one send at a time, so texts, keys, superseding and reports are what
a send per action gave; only the buyers' messages of a batch now precede the
retailer's in the outbox (each recipient's messages keep their order).

The unit of work is the batch, not the action: the sends, the actions marked
done, skipped, superseded or deferred, the invoices marked overdue and the
audit entries of one batch commit together or not at all. A failure in one
action (a drafting error, a lost connection) rolls the whole batch back and
the monitor stops with that error: nothing of the batch was sent, so nothing
is lost (its actions are still pending and are taken again by the next run)
and nothing is sent twice (what a committed batch sent is keyed). With the
local outbox the send and its record are that transaction; with a provider,
the outbox rows are delivered afterwards and reconciled (see
:mod:`channels.outbox`).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from langchain_core.language_models import BaseChatModel

from agents.channel_policy import reminder_channels, unreachable_reason
from agents.reminder_drafting import ReminderDraft, ReminderFacts, draft_reminder
from prompts import render
from store.ledger import quote_invoice, supply_eligibility
from store.models import (
    ActionStatus,
    Buyer,
    Channel,
    CommunicationStage,
    Invoice,
    InvoiceAction,
    InvoiceStatus,
    Retailer,
)
from store.notifications import Notification, notification_key
from store.repositories import OPEN_STATUSES
from store.unit_of_work import UnitOfWork, UnitSource
from tools.dates import IST, format_date, today_ist
from tools.festivals import FestivalCalendar
from tools.interest import InterestPolicy
from tools.money import format_inr
from tools.schedule import (
    Audience,
    ReminderStage,
    next_overdue_reminder_on,
    overdue_firmness,
)
from tools.sending_window import next_send_slot, state_code_region
from tools.upi import upi_payment_link

log = logging.getLogger("agents.payment_monitor")

BUYER_REMINDERS = (ReminderStage.FIRST_REMINDER, ReminderStage.SECOND_REMINDER,
                   ReminderStage.FINAL_REMINDER)
#: The overdue reminders: the notice stage is the first, the cadence's are the rest.
OVERDUE_REMINDERS = (ReminderStage.NOTICE, ReminderStage.OVERDUE_REMINDER)
#: The next-step alerts after the due date, and what each suggests.
NEXT_STEP_ALERTS = (ReminderStage.OVERDUE_ALERT_15, ReminderStage.OVERDUE_ALERT_30,
                    ReminderStage.OVERDUE_ALERT_45)
RETAILER_ALERTS = (ReminderStage.DEADLINE_ALERT, ReminderStage.OVERDUE_ALERT, *NEXT_STEP_ALERTS)
# What the buyer receives at each stage (templates and texts are per stage); an overdue
# reminder is drafted as firmly as its place in the cadence says (_draft_stage).
BUYER_DRAFT_STAGE: dict[str, str] = {
    ReminderStage.FIRST_REMINDER: "first_reminder",
    ReminderStage.SECOND_REMINDER: "second_reminder",
    ReminderStage.FINAL_REMINDER: "final_reminder",
    CommunicationStage.PROMISE_FOLLOW_UP: "promise_follow_up",
}


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


@dataclass
class _Batch:
    """What every action of one batch shares: read once, or worked out once per batch."""

    now: datetime
    today: date
    deps: MonitorDeps
    histories: dict[tuple[int, int], tuple[int, int, int]]
    # When each WhatsApp buyer in the batch last wrote (the 24-hour window).
    last_inbound: dict[str, datetime]
    # The next allowed slot per festival region (None: unknown, or not a buyer message):
    # it depends on nothing else once ``now`` is fixed.
    slots: dict[str | None, datetime] = field(default_factory=dict)
    # Overdue reminders settled in this batch, each with the day of the one after it.
    following: list[tuple[InvoiceAction, date]] = field(default_factory=list)
    # invoice id -> the demand notice served for it (reference, when): reminders say so
    notices: dict[int, tuple[str, datetime]] = field(default_factory=dict)

    def next_slot(self, region: str | None) -> datetime:
        if region not in self.slots:
            self.slots[region] = next_send_slot(self.now, calendar=self.deps.festivals,
                                                region=region)
        return self.slots[region]


@dataclass
class _Reminder:
    """A buyer reminder drafted for its channels, before anything is written."""

    action: InvoiceAction
    invoice: Invoice
    retailer: Retailer
    buyer: Buyer
    sends: list[Notification]
    sent_on: list[Channel] = field(default_factory=list)


@dataclass(frozen=True)
class _RetailerNote:
    """An alert, or word that no reminder can reach the buyer: counted as sent."""

    notification: Notification


def _handle_batch(uow: UnitOfWork, actions: Sequence[InvoiceAction], now: datetime,
                  deps: MonitorDeps, report: MonitorReport) -> None:
    invoices = uow.actions.lock_invoices(a.invoice_id for a in actions)
    retailers = uow.actions.retailers(i.retailer_id for i in invoices.values())
    whatsapp = (i.buyer.phone for i in invoices.values()
                if i.buyer.phone and Channel.WHATSAPP in reminder_channels(i.buyer))
    batch = _Batch(now=now, today=today_ist(now), deps=deps,
                   histories=uow.actions.payment_histories(list(invoices.values())),
                   last_inbound=uow.actions.last_inbound_at(Channel.WHATSAPP, whatsapp),
                   notices=uow.served_for_invoices(
                       [i.id for i in invoices.values()
                        if i.status == InvoiceStatus.NOTICE_SENT]))
    groups: dict[tuple[int, str], list[InvoiceAction]] = defaultdict(list)
    for action in actions:
        # One group per audience: after downtime only the latest stage of each goes out
        # (a promised-date follow-up is its own trigger).
        kind = (Audience.BUYER if action.stage in (*BUYER_REMINDERS, *OVERDUE_REMINDERS)
                else CommunicationStage.ALERT if action.stage in RETAILER_ALERTS
                else action.stage)
        groups[(action.invoice_id, kind)].append(action)
    steps: list[_Reminder | _RetailerNote] = []
    for (invoice_id, _kind), group in groups.items():
        invoice = invoices[invoice_id]
        retailer = retailers[invoice.retailer_id]
        group.sort(key=lambda a: (a.due_at, a.id))
        latest, earlier = group[-1], group[:-1]
        for action in earlier:
            _finish(action, ActionStatus.SUPERSEDED, now, f"caught up by {latest.stage}")
            report.superseded += 1
        step = _handle(batch, invoice, retailer, latest, report)
        if step is not None:
            steps.append(step)
    _send(uow, steps, batch, report)


def _finish(action: InvoiceAction, status: ActionStatus, now: datetime,
            note: str | None = None) -> None:
    action.status, action.done_at, action.note = status, now, note


def _handle(batch: _Batch, invoice: Invoice, retailer: Retailer, action: InvoiceAction,
            report: MonitorReport) -> _Reminder | _RetailerNote | None:
    """Settle one action (skipped, deferred or done) and draft what it sends."""
    now, deps = batch.now, batch.deps
    if invoice.status not in OPEN_STATUSES:
        _finish(action, ActionStatus.SKIPPED, now, f"invoice {invoice.status.value}")
        report.skipped += 1
        return None
    buyer = invoice.buyer
    to_buyer = action.audience == Audience.BUYER
    if to_buyer and (invoice.reminders_paused_at is not None or
                     invoice.status == InvoiceStatus.DISPUTE_FILED):
        _finish(action, ActionStatus.SKIPPED, now, "reminders paused")
        report.skipped += 1
        return None
    superfluous = _next_step_already_taken(invoice, action)
    if superfluous is not None:
        _finish(action, ActionStatus.SKIPPED, now, superfluous)
        report.skipped += 1
        return None
    region = state_code_region(buyer.gstin[:2]) if buyer.gstin else None
    slot = batch.next_slot(region if to_buyer else None)
    if slot > now:
        action.due_at = slot  # quiet hours or a festival: wait for the next allowed slot
        report.deferred += 1
        return None
    quote = quote_invoice(invoice, retailer, batch.today, deps.interest_policy)
    if action.stage in OVERDUE_REMINDERS:
        if invoice.status == InvoiceStatus.ACTIVE:
            invoice.status, invoice.status_changed_at = InvoiceStatus.OVERDUE, now
        batch.following.append((action, next_overdue_reminder_on(
            batch.today, retailer.overdue_reminder_days)))
    _finish(action, ActionStatus.DONE, now)
    if action.stage in RETAILER_ALERTS:
        return _RetailerNote(_alert_retailer(invoice, retailer, action, quote, now))
    return _remind_buyer(batch, invoice, retailer, buyer, action, quote)


def _next_step_already_taken(invoice: Invoice, action: InvoiceAction) -> str | None:
    """Why a next-step alert would tell the retailer nothing new, or None: a dispute filing
    is pending (every next step is taken), or the demand notice the 15- and 30-day alerts
    suggest has been sent."""
    if action.stage not in NEXT_STEP_ALERTS:
        return None
    if invoice.status == InvoiceStatus.DISPUTE_FILED:
        return "dispute filed"
    if (invoice.status == InvoiceStatus.NOTICE_SENT
            and action.stage != ReminderStage.OVERDUE_ALERT_45):
        return "notice sent"
    return None


def _draft_stage(action: InvoiceAction) -> str:
    """The drafting stage of a buyer action: an overdue reminder's follows its place in
    the cadence (the notice is the 1st; an overdue reminder without one is the 2nd)."""
    if action.stage == ReminderStage.NOTICE:
        return overdue_firmness(action.ordinal or 1).value
    if action.stage == ReminderStage.OVERDUE_REMINDER:
        return overdue_firmness(action.ordinal or 2).value
    return BUYER_DRAFT_STAGE[action.stage]


def _send(uow: UnitOfWork, steps: Sequence[_Reminder | _RetailerNote], batch: _Batch,
          report: MonitorReport) -> None:
    """Write the batch's messages: the buyers' first (the retailer hears which channels a
    reminder went on), then the retailer's in the order of the actions, then the audit."""
    now, local = batch.now, batch.deps.local_outbox
    uow.actions.schedule_overdue_reminders(batch.following)
    reminders = [s for s in steps if isinstance(s, _Reminder)]
    sent = iter(uow.notify_many([n for r in reminders for n in r.sends], now=now, local=local))
    for reminder in reminders:
        reminder.sent_on = [n.channel for n in reminder.sends if next(sent)]
        report.sent += len(reminder.sent_on)
    notes: list[Notification] = []
    counted: list[bool] = []
    for step in steps:
        if isinstance(step, _RetailerNote):
            notes.append(step.notification)
            counted.append(True)
        elif step.sent_on:
            notes.append(_reminder_sent_note(step))
            counted.append(False)
    written = uow.notify_many(notes, now=now, local=local)
    report.sent += sum(1 for note_written, counts in zip(written, counted, strict=True)
                       if note_written and counts)
    uow.audit_many([
        {"actor": "monitor", "action": "reminder.sent", "entity": "invoice",
         "entity_id": r.invoice.id, "retailer_id": r.retailer.id,
         "details": {"stage": r.action.stage, "channels": [c.value for c in r.sent_on]},
         "now": now}
        for r in reminders if r.sent_on])


def _facts(invoice: Invoice, retailer: Retailer, buyer: Buyer, stage: str, today: date,
           quote: Any, language: str, history: tuple[int, int, int]) -> ReminderFacts:
    eligibility = supply_eligibility(retailer, invoice.invoice_date)
    # Interest is claimed under s.16, or at a rate the contract agreed; otherwise (a trader
    # or a medium enterprise without one) an overdue reminder names no interest at all.
    overdue = quote.days_overdue > 0 and (eligibility.section16
                                          or invoice.contractual_annual_rate is not None)
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


def _remind_buyer(batch: _Batch, invoice: Invoice, retailer: Retailer, buyer: Buyer,
                  action: InvoiceAction, quote: Any) -> _Reminder | _RetailerNote:
    language = (buyer.language or retailer.language).value
    stage = _draft_stage(action)
    history = batch.histories.get((invoice.retailer_id, invoice.buyer_id), (0, 0, 0))
    served = batch.notices.get(invoice.id)
    facts = _facts(invoice, retailer, buyer, stage, batch.today, quote, language, history)
    if served is not None:
        facts = replace(facts, notice_served=(served[0], today_ist(served[1])))
    draft = draft_reminder(facts, chat_model=batch.deps.chat_model)
    unreachable = unreachable_reason(buyer)
    if unreachable is not None:
        # Nothing can go to the buyer: the retailer hears it, once per stage.
        return _RetailerNote(_to_retailer(
            retailer, invoice, CommunicationStage.UNREACHABLE,
            notification_key(CommunicationStage.UNREACHABLE, invoice.id, action.stage),
            render(f"monitor-reminder-impossible-{unreachable}", retailer.language.value,
                   buyer=buyer.name, number=invoice.number)))
    return _Reminder(action=action, invoice=invoice, retailer=retailer, buyer=buyer,
                     sends=[_reminder_on(batch, invoice, retailer, buyer, action, channel,
                                         draft)
                            for channel in reminder_channels(buyer)])


def _reminder_sent_note(reminder: _Reminder) -> Notification:
    """The retailer's word that a reminder went out, and on which channels."""
    retailer, invoice = reminder.retailer, reminder.invoice
    language = retailer.language.value
    channels = ", ".join(render(f"channel-{c.value}", language) for c in reminder.sent_on)
    return _to_retailer(retailer, invoice, CommunicationStage.NOTIFY,
                        notification_key(CommunicationStage.NOTIFY, reminder.action.id),
                        render("monitor-reminder-sent", language, buyer=reminder.buyer.name,
                               number=invoice.number, channels=channels))


def _reminder_on(batch: _Batch, invoice: Invoice, retailer: Retailer, buyer: Buyer,
                 action: InvoiceAction, channel: Channel, draft: ReminderDraft) -> Notification:
    """One reminder on one channel; its key (invoice, stage, day, channel) makes it once."""
    media: list[dict[str, str]] = []
    key = notification_key("reminder", invoice.id, action.stage,
                           action.due_at.date().isoformat(), channel.value)
    if channel == Channel.WHATSAPP and _in_service_window(batch, buyer):
        # The buyer wrote within 24 hours: a free-form message is allowed (and reads
        # better than a template).
        body, template, variables = draft.free_text, None, {}
        to = buyer.phone or ""
        link = _upi_link_in(body)
        if link and batch.deps.qr_url is not None:  # the QR code rides along with free text
            media = [{"url": batch.deps.qr_url(link), "content_type": "image/png"}]
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
    return Notification(retailer_id=retailer.id, channel=channel, to=to, body=body,
                        stage=action.stage, key=key, invoice_id=invoice.id, buyer_id=buyer.id,
                        template_id=template, variables=variables, media=media,
                        scheduled_for=action.due_at)


WHATSAPP_WINDOW = timedelta(hours=24)


def _upi_link_in(text: str) -> str | None:
    start = text.find("upi://pay?")
    return text[start:].split()[0] if start >= 0 else None


def _in_service_window(batch: _Batch, buyer: Buyer) -> bool:
    """WhatsApp's customer-service window: the buyer's last message is under 24 h old."""
    if not buyer.phone:
        return False
    last = batch.last_inbound.get(buyer.phone)
    return last is not None and timedelta(0) <= batch.now - last < WHATSAPP_WINDOW


def _to_retailer(retailer: Retailer, invoice: Invoice | None, stage: str, key: str,
                 text: str) -> Notification:
    return Notification(retailer_id=retailer.id, channel=Channel.WHATSAPP, to=retailer.phone,
                        body=text, stage=stage, key=key,
                        invoice_id=invoice.id if invoice else None)


def _alert_retailer(invoice: Invoice, retailer: Retailer, action: InvoiceAction, quote: Any,
                    now: datetime) -> Notification:
    language = retailer.language.value
    if action.stage == ReminderStage.DEADLINE_ALERT:
        text = render("monitor-deadline-alert", language, number=invoice.number,
                      buyer=invoice.buyer.name,
                      amount=format_inr(quote.total_due, language, chat=True),
                      date=format_date(invoice.due_date, language),
                      days=max((invoice.due_date - today_ist(now)).days, 0))
    elif action.stage in NEXT_STEP_ALERTS:
        text = _next_step_alert(invoice, retailer, action, quote)
    else:
        text = render("monitor-overdue-alert", language, number=invoice.number,
                      buyer=invoice.buyer.name, date=format_date(invoice.due_date, language),
                      total=format_inr(quote.total_due, language, chat=True),
                      interest=format_inr(quote.interest, language, chat=True))
    return _to_retailer(retailer, invoice, CommunicationStage.ALERT,
                        notification_key(CommunicationStage.ALERT, invoice.id, action.stage), text)


def _next_step_alert(invoice: Invoice, retailer: Retailer, action: InvoiceAction,
                     quote: Any) -> str:
    """15 and 30 days overdue: suggest the demand notice (the second time more firmly).
    45 days: a reference to the MSE Facilitation Council (s.18) through the MSME ODR
    portal, for a supplier Section 16 protects; otherwise the notice or legal advice, and
    why no s.18 reference (the eligibility reasons; docs/legal-conventions.md)."""
    language = retailer.language.value
    number = invoice.number
    paragraphs = [
        render("monitor-next-step-overdue", language, number=number, buyer=invoice.buyer.name,
               date=format_date(invoice.due_date, language), days=quote.days_overdue),
        render("monitor-next-step-due-now", language,
               total=format_inr(quote.total_due, language, chat=True),
               interest=format_inr(quote.interest, language, chat=True))
        if quote.interest > 0 else
        render("monitor-next-step-due-now-no-interest", language,
               total=format_inr(quote.total_due, language, chat=True)),
    ]
    if action.stage == ReminderStage.OVERDUE_ALERT_15:
        paragraphs.append(render("monitor-next-step-notice", language, number=number))
    elif action.stage == ReminderStage.OVERDUE_ALERT_30:
        paragraphs.append(render("monitor-next-step-notice-firm", language, number=number))
    else:
        eligibility = supply_eligibility(retailer, invoice.invoice_date)
        if eligibility.section16:
            paragraphs.append(render("monitor-next-step-council", language))
            if invoice.status != InvoiceStatus.NOTICE_SENT:
                paragraphs.append(render("monitor-next-step-council-notice-first", language,
                                         number=number))
        else:
            paragraphs.append(render("monitor-next-step-no-council", language, number=number,
                                     reasons=" ".join(eligibility.messages(language))))
    return "\n\n".join(paragraphs)


SUMMARY_TIME = time(9, 0)


def run_daily_summaries(units: UnitSource, now: datetime, deps: MonitorDeps) -> int:
    """Once a day from 09:00 IST, each retailer who asked gets a summary (keyed by date)."""
    today = today_ist(now)
    if now.astimezone(IST).time() < SUMMARY_TIME:
        return 0
    with units() as uow:
        summaries: list[Notification] = []
        for retailer in uow.actions.summary_retailers():
            invoices = uow.invoices(retailer.id).pending()
            quotes = [quote_invoice(i, retailer, today, deps.interest_policy) for i in invoices]
            total = sum((q.total_due for q in quotes), Decimal("0"))
            overdue = sum(1 for q in quotes if q.days_overdue > 0)
            text = render("monitor-daily-summary", retailer.language.value,
                          count=len(invoices),
                          total=format_inr(total, retailer.language.value, chat=True),
                          overdue=overdue)
            summaries.append(_to_retailer(
                retailer, None, CommunicationStage.SUMMARY,
                notification_key(CommunicationStage.SUMMARY, retailer.id, today), text))
        sent = sum(uow.notify_many(summaries, now=now, local=deps.local_outbox))
    return sent
