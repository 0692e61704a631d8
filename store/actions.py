"""Scheduled invoice actions (reminder stages, overdue reminders, alerts, promise
follow-ups): what the payment monitor reads and writes, and what buyers' replies and
the retailer's settings change.

:meth:`InvoiceActions.take_due` reads only pending actions whose time has come
(a partial index on ``due_at``), locked with ``FOR UPDATE SKIP LOCKED`` so two
monitors never take the same one; its cost follows what is due, not the size
of the ledger. This is a read model across retailers, for the monitor only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import select, text, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from store.ledger import action_time
from store.models import (
    ActionStatus,
    Channel,
    CommunicationStage,
    Conversation,
    Invoice,
    InvoiceAction,
    Retailer,
)
from tools.schedule import Audience, ReminderStage


class InvoiceActions:
    def __init__(self, session: Session) -> None:
        self.session = session

    def take_due(self, now: datetime, limit: int) -> Sequence[InvoiceAction]:
        """Up to ``limit`` pending actions due by ``now``, oldest first, locked for this
        unit of work (skipping any another monitor holds)."""
        return self.session.execute(
            select(InvoiceAction)
            .where(InvoiceAction.status == ActionStatus.PENDING, InvoiceAction.due_at <= now)
            .order_by(InvoiceAction.due_at, InvoiceAction.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        ).scalars().all()

    def lock_invoices(self, ids: Iterable[int]) -> dict[int, Invoice]:
        """The invoices with their buyers, channel preferences and payments, locked for this
        unit of work in id order (two monitors whose batches share invoices queue rather
        than deadlock)."""
        return {i.id: i for i in self.session.execute(
            select(Invoice).where(Invoice.id.in_(set(ids))).order_by(Invoice.id)
            .with_for_update(of=Invoice)
        ).unique().scalars()}

    def retailers(self, ids: Iterable[int]) -> dict[int, Retailer]:
        return {r.id: r for r in self.session.execute(
            select(Retailer).where(Retailer.id.in_(set(ids)))).scalars()}

    def last_inbound_at(self, channel: Channel, addresses: Iterable[str]
                        ) -> dict[str, datetime]:
        """When each of ``addresses`` last wrote to us on ``channel`` (WhatsApp's 24-hour
        window), for a whole batch in one query; an address that never wrote is absent.
        :meth:`store.contacts.BuyerContacts.last_inbound_at` for many addresses."""
        wanted = set(addresses)
        if not wanted:
            return {}
        rows = self.session.execute(
            select(Conversation.address, Conversation.last_inbound_at).where(
                Conversation.channel == channel, Conversation.address.in_(wanted))).all()
        return {address: at for address, at in rows if at is not None}

    def summary_retailers(self) -> Sequence[Retailer]:
        """Retailers who asked for a daily summary."""
        return self.session.execute(select(Retailer).where(
            Retailer.daily_summary.is_(True))).scalars().all()

    def payment_histories(self, invoices: Sequence[Invoice]) -> dict[tuple[int, int],
                                                                    tuple[int, int, int]]:
        """(paid on time, paid late, months known) per (retailer, buyer), for a whole batch
        in one aggregate query over those buyers' invoices (indexed by buyer)."""
        pairs = {(i.retailer_id, i.buyer_id) for i in invoices}
        if not pairs:
            return {}
        rows = self.session.execute(text("""
            SELECT i.retailer_id, i.buyer_id,
                   count(*) FILTER (WHERE i.status = 'paid' AND lp.last_paid <= i.due_date),
                   count(*) FILTER (WHERE i.status = 'paid' AND lp.last_paid > i.due_date),
                   min(i.invoice_date)
            FROM invoices i
            LEFT JOIN LATERAL (SELECT max(p.paid_on) AS last_paid FROM payments p
                               WHERE p.invoice_id = i.id) lp ON true
            WHERE i.buyer_id = ANY(:buyers)
            GROUP BY i.retailer_id, i.buyer_id"""), {"buyers": [b for _, b in pairs]}).all()
        latest_of: dict[int, date] = {}
        for i in invoices:
            latest_of[i.buyer_id] = max(i.invoice_date, latest_of.get(i.buyer_id, i.invoice_date))
        result: dict[tuple[int, int], tuple[int, int, int]] = {}
        for retailer_id, buyer_id, on_time, late, first in rows:
            latest = latest_of[buyer_id]
            result[(retailer_id, buyer_id)] = (
                int(on_time), int(late), 0 if first is None else _months_between(first, latest))
        return result

    def schedule_promise_follow_up(self, invoice: Invoice, promised: date) -> None:
        """A follow-up to the buyer on the promised day (once per day promised).

        The buyer is not also chased before a date they promised: an overdue reminder
        pending for that day or earlier moves to the retailer's cadence after it (the
        follow-up takes its place)."""
        self.session.execute(insert(InvoiceAction).values(
            retailer_id=invoice.retailer_id, invoice_id=invoice.id,
            stage=CommunicationStage.PROMISE_FOLLOW_UP, audience=Audience.BUYER,
            due_at=action_time(promised) + timedelta(hours=1),
            status=ActionStatus.PENDING).on_conflict_do_nothing())
        cadence = self.session.execute(select(Retailer.overdue_reminder_days).where(
            Retailer.id == invoice.retailer_id)).scalar_one()
        self.session.execute(update(InvoiceAction).where(
            InvoiceAction.invoice_id == invoice.id,
            InvoiceAction.stage == ReminderStage.OVERDUE_REMINDER,
            InvoiceAction.status == ActionStatus.PENDING,
            InvoiceAction.due_at < action_time(promised + timedelta(days=1))
        ).values(due_at=action_time(promised + timedelta(days=cadence))))

    def schedule_overdue_reminders(self, following: Sequence[tuple[InvoiceAction, date]]
                                   ) -> None:
        """For each (overdue reminder sent, day of the next one): that next one, pending.

        One statement for a whole batch. Idempotent: the unique key (invoice, stage,
        due_at) with ON CONFLICT DO NOTHING, and an invoice that already has an overdue
        reminder pending (one sent again on another channel, or taken again after a
        pause) keeps that one: the cadence is one reminder at a time.
        """
        rows = [(sent.retailer_id, sent.invoice_id, action_time(day),
                 (sent.ordinal or (1 if sent.stage == ReminderStage.NOTICE else 2)) + 1)
                for sent, day in following]
        if not rows:
            return
        self.session.flush()  # the reminders just sent are no longer pending
        retailers, invoices, due_ats, ordinals = (list(column) for column in zip(*rows,
                                                                                 strict=True))
        self.session.execute(text("""
            INSERT INTO invoice_actions (retailer_id, invoice_id, stage, audience, due_at,
                                         status, ordinal)
            SELECT n.retailer_id, n.invoice_id, CAST(:stage AS varchar),
                   CAST(:audience AS varchar), n.due_at, CAST(:pending AS varchar), n.ordinal
            FROM unnest(CAST(:retailers AS bigint[]), CAST(:invoices AS bigint[]),
                        CAST(:due_ats AS timestamptz[]), CAST(:ordinals AS integer[]))
                 AS n(retailer_id, invoice_id, due_at, ordinal)
            WHERE NOT EXISTS (SELECT 1 FROM invoice_actions a
                              WHERE a.invoice_id = n.invoice_id
                                AND a.stage = CAST(:stage AS varchar)
                                AND a.status = CAST(:pending AS varchar))
            ON CONFLICT DO NOTHING"""),
            {"stage": ReminderStage.OVERDUE_REMINDER.value, "audience": Audience.BUYER.value,
             "pending": ActionStatus.PENDING.value, "retailers": retailers,
             "invoices": invoices, "due_ats": due_ats, "ordinals": ordinals})

    def pause_reminders(self, invoice: Invoice, now: datetime, reason: str) -> None:
        """No more buyer reminders for ``invoice`` until they are resumed."""
        invoice.reminders_paused_at, invoice.pause_reason = now, reason
        self.session.execute(update(InvoiceAction).where(
            InvoiceAction.invoice_id == invoice.id, InvoiceAction.audience == Audience.BUYER,
            InvoiceAction.status == ActionStatus.PENDING).values(note="paused: " + reason[:200]))

    def resume_reminders(self, invoice: Invoice, now: datetime) -> str | None:
        """Buyer reminders for ``invoice`` go again. The latest buyer stage skipped while
        they were paused is taken again now (the monitor sends it at the next allowed
        hour); returns that stage, or None when none was missed."""
        paused_at = invoice.reminders_paused_at
        invoice.reminders_paused_at, invoice.pause_reason = None, None
        self.session.execute(update(InvoiceAction).where(
            InvoiceAction.invoice_id == invoice.id, InvoiceAction.audience == Audience.BUYER,
            InvoiceAction.status == ActionStatus.PENDING, InvoiceAction.note.like("paused: %")
        ).values(note=None))
        if paused_at is None:
            return None
        missed = self.session.execute(
            select(InvoiceAction.stage, InvoiceAction.ordinal).where(
                InvoiceAction.invoice_id == invoice.id, InvoiceAction.audience == Audience.BUYER,
                InvoiceAction.status == ActionStatus.SKIPPED,
                InvoiceAction.note == "reminders paused",
                InvoiceAction.done_at >= paused_at)
            .order_by(InvoiceAction.due_at.desc()).limit(1)).first()
        if missed is None:
            return None
        self.retry_stage(retailer_id=invoice.retailer_id, invoice_id=invoice.id,
                         stage=missed.stage, at=now, note="resumed", ordinal=missed.ordinal)
        return str(missed.stage)

    def retry_stage(self, *, retailer_id: int, invoice_id: int, stage: str, at: datetime,
                    note: str, ordinal: int | None = None) -> None:
        """Take a buyer stage again at ``at`` (its own action: the old one stays done).

        An overdue reminder taken again keeps its place in the cadence: ``ordinal``, or
        that of the overdue reminder last sent (a send again on another channel)."""
        if ordinal is None and stage == ReminderStage.OVERDUE_REMINDER:
            ordinal = self.session.execute(
                select(InvoiceAction.ordinal).where(
                    InvoiceAction.invoice_id == invoice_id, InvoiceAction.stage == stage,
                    InvoiceAction.status == ActionStatus.DONE)
                .order_by(InvoiceAction.done_at.desc()).limit(1)).scalar()
        self.session.execute(insert(InvoiceAction).values(
            retailer_id=retailer_id, invoice_id=invoice_id, stage=stage, audience=Audience.BUYER,
            due_at=at, status=ActionStatus.PENDING, note=note, ordinal=ordinal
        ).on_conflict_do_nothing())


def _months_between(first: date, last: date) -> int:
    return max(0, (last.year - first.year) * 12 + last.month - first.month)
