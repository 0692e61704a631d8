"""Which channels a buyer may be reached on, by the messaging rules (docs/messaging.md).

WhatsApp first when the buyer opted in (business-initiated WhatsApp needs an
opt-in naming the business), SMS as the fallback when the buyer has a mobile
number and has not opted out, and email as well whenever an address exists.
An opt-out ("STOP") on a channel closes that channel. A channel the provider
cannot deliver on is closed for that buyer and the same stage is taken again at
once (WhatsApp failing falls back to SMS); the retailer is told.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from prompts import render
from store.models import Buyer, Channel, Communication, CommunicationStage, DeliveryStatus
from store.notifications import notification_key
from store.unit_of_work import UnitOfWork


def _preference(buyer: Buyer, channel: Channel) -> tuple[bool, bool]:
    """(opted in, opted out) on ``channel``; the latest event decides."""
    for pref in buyer.channel_preferences:
        if pref.channel == channel:
            opted_out = pref.opted_out_at is not None and (
                pref.opted_in_at is None or pref.opted_out_at >= pref.opted_in_at)
            return pref.active, opted_out
    return False, False


def reminder_channels(buyer: Buyer, *, exclude: frozenset[Channel] = frozenset()) -> list[Channel]:
    """The channels a reminder goes out on, primary first; empty when none is allowed."""
    channels: list[Channel] = []
    if buyer.phone:
        wa_in, wa_out = _preference(buyer, Channel.WHATSAPP)
        sms_in, sms_out = _preference(buyer, Channel.SMS)
        if wa_in and not wa_out and Channel.WHATSAPP not in exclude:
            channels.append(Channel.WHATSAPP)
        elif not sms_out and Channel.SMS not in exclude:
            channels.append(Channel.SMS)
    if buyer.email:
        _, email_out = _preference(buyer, Channel.EMAIL)
        if not email_out and Channel.EMAIL not in exclude:
            channels.append(Channel.EMAIL)
    return channels


def unreachable_reason(buyer: Buyer) -> str | None:
    """Why no reminder can reach ``buyer`` ("no-contact": no mobile number or email;
    "opted-out": every channel they have was closed by them), or None when one can."""
    if reminder_channels(buyer):
        return None
    return "opted-out" if buyer.phone or buyer.email else "no-contact"


def handle_undeliverable(uow: UnitOfWork, communication: Communication, reason: str,
                         now: datetime) -> None:
    """A reminder the provider could not deliver on its channel: close that channel for
    the buyer, take the stage again (the monitor then picks the next channel), and tell
    the retailer once. A message to the retailer itself (an alert, a summary, word that
    a reminder went out or could not: :attr:`Communication.to_buyer` is false) is left
    as it is: a failure there alerts nobody."""
    buyer_id = communication.buyer_id
    if communication.invoice_id is None or not communication.to_buyer or buyer_id is None:
        return
    communication.delivery_status = DeliveryStatus.FAILED
    communication.error_code = reason[:20]
    retailer_id = communication.retailer_id
    if communication.channel == Channel.WHATSAPP:
        uow.buyers(retailer_id).set_channel_preference(
            buyer_id, Channel.WHATSAPP, opted_in=False, at=now,
            source="undeliverable")
        # Due when the original was (a second later, as its own action): at once, on
        # whichever clock the monitor runs.
        uow.actions.retry_stage(retailer_id=retailer_id, invoice_id=communication.invoice_id,
                                stage=communication.stage,
                                at=(communication.scheduled_for or now) + timedelta(seconds=1),
                                note="SMS fallback after WhatsApp failed")
    retailer = uow.retailers.get(retailer_id)
    invoice = uow.invoices(retailer_id).get(communication.invoice_id)
    buyer = uow.buyers(retailer_id).get(buyer_id)
    if retailer is None or invoice is None:
        return
    language = retailer.language.value
    text = render("monitor-channel-failed", language, number=invoice.number,
                  buyer=buyer.name if buyer else "-",
                  channel=render(f"channel-{communication.channel.value}", language))
    uow.notify(retailer_id=retailer.id, channel=Channel.WHATSAPP, to=retailer.phone, body=text,
               stage=CommunicationStage.FAILED,
               key=notification_key(CommunicationStage.FAILED, communication.id), now=now,
               local=False, invoice_id=invoice.id)
