"""Which channels a buyer may be reached on, by the messaging rules (DESIGN.md).

WhatsApp first when the buyer opted in (business-initiated WhatsApp needs an
opt-in naming the business), SMS as the fallback when the buyer has a mobile
number and has not opted out, and email as well whenever an address exists.
An opt-out ("STOP") on a channel closes that channel.
"""

from __future__ import annotations

from store.models import Buyer, Channel


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
