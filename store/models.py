"""The ledger: SQLAlchemy 2.0 models. Migrations in ``store/migrations`` create them.

Every row that belongs to a retailer carries ``retailer_id``; the repositories
in :mod:`store.repositories` filter on it so one retailer never reaches
another's data. Money is ``NUMERIC(14, 2)`` (``Decimal`` in Python), times are
``timestamptz``.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from prompts import Language

Money = Numeric(14, 2)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSONB, list[Any]: JSONB}


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    return Enum(cls, name=name, values_callable=lambda e: [m.value for m in e])


class EnterpriseType(enum.StrEnum):
    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"


class Activity(enum.StrEnum):
    MANUFACTURING = "manufacturing"
    SERVICES = "services"
    TRADING = "trading"


class InvoiceStatus(enum.StrEnum):
    """Lifecycle: active -> overdue -> notice_sent -> dispute_filed -> paid / written_off."""

    ACTIVE = "active"
    OVERDUE = "overdue"
    NOTICE_SENT = "notice_sent"
    DISPUTE_FILED = "dispute_filed"
    PAID = "paid"
    WRITTEN_OFF = "written_off"


class Channel(enum.StrEnum):
    WHATSAPP = "whatsapp"
    SMS = "sms"
    EMAIL = "email"
    VOICE = "voice"
    SANDBOX = "sandbox"


class Direction(enum.StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


# The statuses below are stored in plain String columns (not database enums): the
# members are str, so rows, JSON and CLI output carry exactly these values.


class ActionStatus(enum.StrEnum):
    """``invoice_actions.status``: pending until the monitor settles it."""

    PENDING = "pending"
    DONE = "done"
    SKIPPED = "skipped"
    SUPERSEDED = "superseded"  # an earlier stage caught up by a later one after downtime
    CANCELLED = "cancelled"  # the invoice no longer needs it (paid, written off, ...)


class DeliveryStatus(enum.StrEnum):
    """``outbox.status`` and ``communications.delivery_status``.

    Ours: ``local`` (the row is the delivery), ``pending`` (waits for the sender),
    ``sending`` (claimed before the provider call). Then the provider's, as its status
    callback names them (Twilio: queued, sending, sent, delivered, read, failed,
    undelivered). A status the provider adds later is stored as given (a plain str).
    """

    LOCAL = "local"
    PENDING = "pending"
    SENDING = "sending"
    QUEUED = "queued"
    SENDING_PROVIDER = "sending_provider"
    SENT = "sent"
    DELIVERED = "delivered"
    READ = "read"
    FAILED = "failed"
    UNDELIVERED = "undelivered"


#: The outbox row and its communication share one set of delivery states.
OutboxStatus = DeliveryStatus


class MessageStatus(enum.StrEnum):
    """``messages.status``: an inbound message is received, then processed or set aside;
    an outbound one is queued, then mirrors its outbox row's :class:`DeliveryStatus`."""

    RECEIVED = "received"
    PROCESSED = "processed"
    SET_ASIDE = "set_aside"  # its turn kept failing; kept for an operator
    QUEUED = "queued"


class Party(enum.StrEnum):
    """Who is on the other end of a conversation."""

    RETAILER = "retailer"
    BUYER = "buyer"
    STRANGER = "stranger"


class CommunicationStage(enum.StrEnum):
    """The stages of a communication or invoice action that the schedule does not make
    (those are :class:`tools.schedule.ReminderStage`; ``stage`` columns hold either)."""

    PROMISE_FOLLOW_UP = "promise_follow_up"  # to the buyer, after a promised date
    # To the retailer:
    NOTIFY = "notify"  # a reminder went out, and on which channels
    ALERT = "alert"  # a deadline or overdue alert
    SUMMARY = "summary"  # the daily summary
    FAILED = "failed"  # a reminder could not be delivered on a channel
    UNREACHABLE = "unreachable"  # no channel can reach the buyer


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )


class Retailer(TimestampMixin, Base):
    __tablename__ = "retailers"
    __table_args__ = (
        CheckConstraint("overdue_reminder_days BETWEEN 3 AND 30",
                        name="overdue_reminder_days_range"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    phone: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[Language] = mapped_column(_enum(Language, "language"), default=Language.EN)
    udyam_number: Mapped[str | None] = mapped_column(String(19), unique=True)
    udyam_registered_on: Mapped[date | None] = mapped_column(Date)
    enterprise_type: Mapped[EnterpriseType | None] = mapped_column(
        _enum(EnterpriseType, "enterprise_type")
    )
    activity: Mapped[Activity | None] = mapped_column(_enum(Activity, "activity"))
    gstin: Mapped[str | None] = mapped_column(String(15))
    address: Mapped[str | None] = mapped_column(Text)  # the notices' sender address
    # the Udyam details checked before a filing: when, and by what ("certificate": the
    # retailer against their certificate; or the verification service's name)
    udyam_confirmed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    udyam_confirmed_by: Mapped[str | None] = mapped_column(String(40))
    upi_id: Mapped[str | None] = mapped_column(String(100))
    consent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    consent_version: Mapped[str | None] = mapped_column(String(20))
    daily_summary: Mapped[bool] = mapped_column(Boolean, default=False, server_default="false")
    # Days between overdue reminders after the notice (tools.schedule: 3 to 30, 7 by default).
    overdue_reminder_days: Mapped[int] = mapped_column(Integer, default=7, server_default="7")


class Buyer(TimestampMixin, Base):
    __tablename__ = "buyers"
    __table_args__ = (
        # Lets children reference (buyer, retailer) together, so the database
        # itself refuses an invoice that links one retailer to another's buyer.
        UniqueConstraint("id", "retailer_id", name="uq_buyers_id_retailer"),
        Index("uq_buyers_retailer_gstin", "retailer_id", "gstin", unique=True,
              postgresql_where=text("gstin IS NOT NULL")),
        Index("ix_buyers_retailer_phone", "retailer_id", "phone"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    retailer_id: Mapped[int] = mapped_column(ForeignKey("retailers.id"), index=True)
    gstin: Mapped[str | None] = mapped_column(String(15))
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(16))
    email: Mapped[str | None] = mapped_column(String(254))
    address: Mapped[str | None] = mapped_column(Text)
    language: Mapped[Language | None] = mapped_column(_enum(Language, "language"))

    channel_preferences: Mapped[list[BuyerChannelPreference]] = relationship(
        back_populates="buyer", cascade="all, delete-orphan", lazy="selectin"
    )


class BuyerChannelPreference(Base):
    """Opt-in / opt-out of one buyer on one channel (WhatsApp needs opt-in first)."""

    __tablename__ = "buyer_channel_preferences"
    __table_args__ = (UniqueConstraint("buyer_id", "channel"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    buyer_id: Mapped[int] = mapped_column(ForeignKey("buyers.id", ondelete="CASCADE"))
    channel: Mapped[Channel] = mapped_column(_enum(Channel, "channel"))
    opted_in_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    opted_out_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    source: Mapped[str | None] = mapped_column(String(100))

    buyer: Mapped[Buyer] = relationship(back_populates="channel_preferences")

    @property
    def active(self) -> bool:
        if self.opted_in_at is None:
            return False
        return self.opted_out_at is None or self.opted_out_at < self.opted_in_at


class Invoice(TimestampMixin, Base):
    __tablename__ = "invoices"
    __table_args__ = (
        UniqueConstraint("retailer_id", "number"),
        UniqueConstraint("id", "retailer_id", name="uq_invoices_id_retailer"),
        ForeignKeyConstraint(["buyer_id", "retailer_id"], ["buyers.id", "buyers.retailer_id"],
                             name="fk_invoices_buyer_same_retailer"),
        CheckConstraint("principal > 0", name="principal_positive"),
        CheckConstraint("accepted_on >= invoice_date", name="accepted_after_invoice"),
        CheckConstraint("agreed_credit_days IS NULL OR agreed_credit_days >= 0",
                        name="agreed_days_not_negative"),
        Index("ix_invoices_retailer_status", "retailer_id", "status"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    retailer_id: Mapped[int] = mapped_column(ForeignKey("retailers.id"))
    buyer_id: Mapped[int] = mapped_column(BigInteger, index=True)
    number: Mapped[str] = mapped_column(String(64))
    invoice_date: Mapped[date] = mapped_column(Date)
    accepted_on: Mapped[date] = mapped_column(Date)
    agreed_credit_days: Mapped[int | None] = mapped_column(Integer)
    credit_days_applied: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date] = mapped_column(Date)
    interest_from: Mapped[date] = mapped_column(Date)
    principal: Mapped[Decimal] = mapped_column(Money)
    contractual_annual_rate: Mapped[Decimal | None] = mapped_column(Numeric(7, 4))
    status: Mapped[InvoiceStatus] = mapped_column(
        _enum(InvoiceStatus, "invoice_status"), default=InvoiceStatus.ACTIVE
    )
    status_changed_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
    # A dispute pauses buyer reminders until the retailer decides.
    reminders_paused_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    pause_reason: Mapped[str | None] = mapped_column(Text)
    document_refs: Mapped[list[Any]] = mapped_column(default=list, server_default="[]")

    buyer: Mapped[Buyer] = relationship(lazy="joined", foreign_keys=[buyer_id],
                                         primaryjoin="Invoice.buyer_id == Buyer.id")
    payments: Mapped[list[Payment]] = relationship(
        back_populates="invoice", lazy="selectin", order_by="Payment.paid_on",
        foreign_keys="Payment.invoice_id", primaryjoin="Payment.invoice_id == Invoice.id",
    )


class Payment(TimestampMixin, Base):
    __tablename__ = "payments"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        ForeignKeyConstraint(["invoice_id", "retailer_id"], ["invoices.id", "invoices.retailer_id"],
                             name="fk_payments_invoice_same_retailer"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    retailer_id: Mapped[int] = mapped_column(ForeignKey("retailers.id"), index=True)
    invoice_id: Mapped[int] = mapped_column(BigInteger, index=True)
    paid_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    reference: Mapped[str | None] = mapped_column(String(100))

    invoice: Mapped[Invoice] = relationship(back_populates="payments", foreign_keys=[invoice_id],
                                            primaryjoin="Payment.invoice_id == Invoice.id")


class Communication(TimestampMixin, Base):
    """One outbound reminder, notice or alert; (invoice, stage, channel) is sent once."""

    __tablename__ = "communications"
    __table_args__ = (
        UniqueConstraint("idempotency_key"),
        Index("uq_communications_provider_id", "provider_id", unique=True,
              postgresql_where=text("provider_id IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    retailer_id: Mapped[int] = mapped_column(ForeignKey("retailers.id"), index=True)
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"), index=True)
    buyer_id: Mapped[int | None] = mapped_column(ForeignKey("buyers.id"))
    channel: Mapped[Channel] = mapped_column(_enum(Channel, "channel"))
    recipient: Mapped[str] = mapped_column(String(254))
    stage: Mapped[str] = mapped_column(String(40))
    template_id: Mapped[str | None] = mapped_column(String(100))
    content: Mapped[str] = mapped_column(Text)
    variables: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")
    # A DeliveryStatus, or a provider status we do not know yet (stored as given).
    delivery_status: Mapped[str] = mapped_column(String(20), default=DeliveryStatus.PENDING)
    retries: Mapped[int] = mapped_column(Integer, default=0)
    provider_id: Mapped[str | None] = mapped_column(String(64))
    error_code: Mapped[str | None] = mapped_column(String(20))
    idempotency_key: Mapped[str] = mapped_column(String(200))
    scheduled_for: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    status_updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    @property
    def to_buyer(self) -> bool:
        """A reminder to the buyer names them; a message to the retailer (an alert, a
        summary, word that a reminder went out or could not) never does."""
        return self.buyer_id is not None


legal_notice_invoices_table = "legal_notice_invoices"


class LegalNotice(TimestampMixin, Base):
    """A Section 15/16 demand notice (or, for a trader, a general demand letter)."""

    __tablename__ = "legal_notices"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    retailer_id: Mapped[int] = mapped_column(ForeignKey("retailers.id"), index=True)
    buyer_id: Mapped[int] = mapped_column(ForeignKey("buyers.id"))
    reference: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(30), default="section16")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    language: Mapped[Language] = mapped_column(_enum(Language, "language"))
    interest_as_of: Mapped[date] = mapped_column(Date)
    principal_total: Mapped[Decimal] = mapped_column(Money)
    interest_total: Mapped[Decimal] = mapped_column(Money)
    computation: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")
    document_ref: Mapped[str | None] = mapped_column(String(500))
    approved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # the version approved (None: none yet), from which number, and when it was cancelled
    approved_version: Mapped[int | None] = mapped_column(Integer)
    approved_by: Mapped[str | None] = mapped_column(String(16))
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    versions: Mapped[list[LegalNoticeVersion]] = relationship(
        back_populates="notice", cascade="all, delete-orphan", lazy="selectin",
        order_by="LegalNoticeVersion.version")


class LegalNoticeVersion(Base):
    """One signed rendering of a notice: every edit makes a new version, and an approval
    names the version it approves (docs/legal-conventions.md "Signed notices")."""

    __tablename__ = "legal_notice_versions"
    __table_args__ = (UniqueConstraint("notice_id", "version"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("legal_notices.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    terms: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")
    document_ref: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    signature: Mapped[str] = mapped_column(String(200))
    public_key: Mapped[str] = mapped_column(String(200))
    signed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    notice: Mapped[LegalNotice] = relationship(back_populates="versions")


class LegalNoticeInvoice(Base):
    __tablename__ = legal_notice_invoices_table
    __table_args__ = (UniqueConstraint("notice_id", "invoice_id"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("legal_notices.id", ondelete="CASCADE"))
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"))


class DisputeFiling(TimestampMixin, Base):
    """A pre-filled MSME ODR / Samadhaan reference (s.18), approved by the retailer."""

    __tablename__ = "dispute_filings"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    retailer_id: Mapped[int] = mapped_column(ForeignKey("retailers.id"), index=True)
    buyer_id: Mapped[int] = mapped_column(ForeignKey("buyers.id"))
    portal: Mapped[str] = mapped_column(String(20), default="odr")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")
    portal_reference: Mapped[str | None] = mapped_column(String(64))
    approved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    filed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Conversation(TimestampMixin, Base):
    """One party on one channel; ``thread_key`` keys the agent graph's checkpoints."""

    __tablename__ = "conversations"
    __table_args__ = (UniqueConstraint("channel", "address"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    retailer_id: Mapped[int | None] = mapped_column(ForeignKey("retailers.id"), index=True)
    channel: Mapped[Channel] = mapped_column(_enum(Channel, "channel"))
    address: Mapped[str] = mapped_column(String(254))
    # A Party; the column is a plain string, so rows read back as str (equal to it).
    party: Mapped[str] = mapped_column(String(20), default=Party.STRANGER)
    thread_key: Mapped[str] = mapped_column(String(64), unique=True)
    language: Mapped[Language | None] = mapped_column(_enum(Language, "language"))
    last_inbound_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Message(TimestampMixin, Base):
    __tablename__ = "messages"
    __table_args__ = (
        Index("uq_messages_provider_message_id", "provider_message_id", unique=True,
              postgresql_where=text("provider_message_id IS NOT NULL")),
        Index("ix_messages_conversation_created", "conversation_id", "id"),
        Index("ix_messages_set_aside", "set_aside_at",
              postgresql_where=text("set_aside_at IS NOT NULL")),
        # What the stranded-message sweep reads every minute: inbound, not yet handled.
        Index("ix_messages_unprocessed", "conversation_id",
              postgresql_where=text("direction = 'inbound' AND processed_at IS NULL")),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"))
    retailer_id: Mapped[int | None] = mapped_column(ForeignKey("retailers.id"), index=True)
    direction: Mapped[Direction] = mapped_column(_enum(Direction, "direction"))
    channel: Mapped[Channel] = mapped_column(_enum(Channel, "channel"))
    provider_message_id: Mapped[str | None] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text, default="")
    media: Mapped[list[Any]] = mapped_column(default=list, server_default="[]")
    # What a voice note said, heard once before its turn: {"text", "language",
    # "duration_s", "confidence", "heard"} or {"error": rule, "heard": false}.
    transcript: Mapped[dict[str, Any] | None] = mapped_column()
    # A MessageStatus while inbound; an outbound row mirrors its delivery status (any
    # provider status string), hence str.
    status: Mapped[str] = mapped_column(String(20), default=MessageStatus.RECEIVED)
    processed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # A turn that kept failing: how often it was tried, the last error, and when it was
    # set aside (kept for an operator; the conversation went on without it).
    turn_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    turn_error: Mapped[str | None] = mapped_column(Text)
    set_aside_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # An outbound reply points at the inbound message it answers.
    in_reply_to_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), index=True)


class OutboxEntry(TimestampMixin, Base):
    """Every outbound message, written in the same transaction as what caused it.

    With Twilio configured a sender delivers ``pending`` rows and records the
    provider's id; without it the row itself is the delivery (``local``), so
    the send and its record are one transaction.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_to_address", "to_address", "id"),
        Index("ix_outbox_pending", "id", postgresql_where=text("status = 'pending'")),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    channel: Mapped[Channel] = mapped_column(_enum(Channel, "channel"))
    to_address: Mapped[str] = mapped_column(String(254))
    body: Mapped[str] = mapped_column(Text)
    media: Mapped[list[Any]] = mapped_column(default=list, server_default="[]")
    template_id: Mapped[str | None] = mapped_column(String(100))
    template_variables: Mapped[dict[str, Any]] = mapped_column(default=dict,
                                                               server_default="{}")
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), index=True)
    communication_id: Mapped[int | None] = mapped_column(ForeignKey("communications.id"))
    # An OutboxStatus, or a provider status we do not know yet (stored as given).
    status: Mapped[str] = mapped_column(String(20), default=OutboxStatus.PENDING)
    provider_id: Mapped[str | None] = mapped_column(String(64))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # Set (and committed) before a provider call: a row left "sending" after a
    # crash is reconciled against the provider's records, never blindly resent.
    send_started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class InvoiceAction(Base):
    """One scheduled step for an invoice: a buyer reminder stage, the notice trigger,
    an overdue reminder, a retailer alert or a follow-up on a promised date.

    The monitor reads only pending actions whose time has come (a partial index
    on ``due_at``), so its cost follows what is due, not the size of the ledger.
    """

    __tablename__ = "invoice_actions"
    __table_args__ = (
        UniqueConstraint("invoice_id", "stage", "due_at"),
        Index("ix_invoice_actions_pending_due", "due_at",
              postgresql_where=text("status = 'pending'")),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    retailer_id: Mapped[int] = mapped_column(ForeignKey("retailers.id"), index=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"), index=True)
    stage: Mapped[str] = mapped_column(String(40))  # a ReminderStage or CommunicationStage
    audience: Mapped[str] = mapped_column(String(10))  # a tools.schedule.Audience
    due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(12), default=ActionStatus.PENDING)  # ActionStatus
    done_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    note: Mapped[str | None] = mapped_column(Text)
    # Which overdue reminder this is (the notice is the 1st): how firmly it speaks
    # (tools.schedule.overdue_firmness). None for every other stage.
    ordinal: Mapped[int | None] = mapped_column(Integer)


class BuyerReplyRecord(TimestampMixin, Base):
    """What a buyer's reply was understood to say, and what was done about it."""

    __tablename__ = "buyer_replies"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    retailer_id: Mapped[int] = mapped_column(ForeignKey("retailers.id"), index=True)
    buyer_id: Mapped[int] = mapped_column(ForeignKey("buyers.id"), index=True)
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"), index=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"), unique=True)
    intent: Mapped[str] = mapped_column(String(20))
    promised_date: Mapped[date | None] = mapped_column(Date)
    reference: Mapped[str | None] = mapped_column(String(100))
    reason: Mapped[str | None] = mapped_column(Text)


class AppState(Base):
    """Small named values the product keeps (e.g. the sandbox clock's offset)."""

    __tablename__ = "app_state"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(default=dict)


class AuditEntry(Base):
    """Append-only, hash-chained: ``row_hash`` = SHA-256 over this row's canonical
    form, which includes ``prev_hash`` (the previous row's ``row_hash``).

    ``seq`` is gap-free (assigned under a lock), so a deleted row shows as a gap
    and a deleted last row as a mismatch with :class:`AuditHead`. A database
    trigger refuses UPDATE and DELETE.
    """

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    occurred_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    retailer_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    row_hash: Mapped[str] = mapped_column(String(64), unique=True)


class AuditHead(Base):
    """The chain's newest link, so deleting the last rows is detected too."""

    __tablename__ = "audit_head"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    seq: Mapped[int] = mapped_column(BigInteger)
    row_hash: Mapped[str] = mapped_column(String(64))
