"""A known buyer writes: understand the reply, act on it, and forward it to the retailer.

The reply is read in ta/hi/en (promise, claims paid, dispute, more time, copy
of the invoice, payment link, opt-out, other) by :mod:`agents.buyer_replies`.
What a buyer may cause is deliberately small: a follow-up on the promised
date, a pause of reminders on a dispute, an opt-out of the channel, and the
retailer's own payment details or the details of the buyer's own invoice.
Nothing a buyer writes marks an invoice paid, changes an amount or reaches a
retailer-only action; a claimed payment only asks the retailer to confirm.
The buyer is only ever shown their own invoice with that retailer.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from langgraph.runtime import Runtime

from agents.answers import normalise
from agents.buyer_replies import BuyerReply, understand_buyer_reply
from agents.deps import AgentDeps
from agents.flows.common import ask, done, now, text, today
from agents.reminder_drafting import SMS_VARIABLE_MAX_CHARS
from agents.state import Attachment, ConversationState, Node, TurnContext, attachment
from prompts import render
from store.ledger import quote_invoice
from store.models import (
    Buyer,
    Channel,
    Invoice,
    Party,
    Retailer,
)
from store.unit_of_work import UnitOfWork
from tools.dates import format_date
from tools.money import format_inr
from tools.upi import upi_payment_link

FLOW = "buyer_message"
#: A reply is about a reminder sent within this window; older reminders do not decide.
REPLY_WINDOW = timedelta(days=30)
_Context = tuple[Buyer, Retailer, Invoice | None]


def build_buyer_message(deps: AgentDeps) -> Node:
    def buyer_message(state: ConversationState, *, runtime: Runtime[TurnContext]) -> dict[str, Any]:
        uow = runtime.context.uow
        sender = state["turn"]["sender"]
        if state.get("flow") == FLOW and state.get("step") == "which_supplier":
            draft = state.get("draft") or {}
            picked = _pick(uow, draft.get("options") or [], text(state))
            if picked is not None:  # the answer: handle the message it was asked about
                return _handle(deps, uow, state, str(draft.get("text") or ""), picked)
        message = text(state)
        reply = understand_buyer_reply(message, today(state),
                                       language_hint=state.get("language"))
        contexts = _contexts(uow, sender, message, reply, now(state))
        if not contexts:
            return done(render("not-understood", state.get("language") or reply.language))
        if len(contexts) == 1 or str(reply.intent) in ("opt_out", "opt_in"):
            return _handle(deps, uow, state, message, contexts[0], reply)
        language = _language(contexts[0][0], reply)
        options = "\n".join(f"{i}. {r.name} ({inv.number if inv else '-'})"
                            for i, (_, r, inv) in enumerate(contexts, start=1))
        return ask(FLOW, "which_supplier",
                   {"text": message, "options": [[b.id, r.id, i.id if i else None]
                                                 for b, r, i in contexts]},
                   render("buyer-which-supplier", language, options=options),
                   language=language, party=Party.BUYER.value)

    return buyer_message


def _language(buyer: Buyer, reply: BuyerReply) -> str:
    return buyer.language.value if buyer.language else reply.language


def _same_number(stored: str, named: str) -> bool:
    def key(value: str) -> str:
        digits = "".join(ch for ch in value if ch.isdigit()).lstrip("0")
        return digits or value.strip().upper()
    return stored.strip().upper() == named.strip().upper() or key(stored) == key(named)


def _contexts(uow: UnitOfWork, sender: str, message: str, reply: BuyerReply,
              moment: datetime) -> list[_Context]:
    """Which supplier and invoice a reply is about: the invoice it names; else the
    reminders sent to this number lately (one supplier: that one; a supplier named in
    the message: that one; several: ask); else the buyer's latest open invoice."""
    contacts = uow.contacts
    named_numbers = [reply.invoice_number] if reply.invoice_number else \
        [t for t in re.findall(r"[0-9A-Za-z/#-]+", message) if any(c.isdigit() for c in t)]
    if named_numbers:
        named = [c for c in contacts.open_invoices(sender)
                 if any(_same_number(c[2].number, n) for n in named_numbers)]
        if len(named) == 1:
            return [named[0]]
    reminded: list[_Context] = list(contacts.reminded_since(sender, moment - REPLY_WINDOW))
    if len(reminded) > 1:
        words = set(normalise(message).split())
        mentioned = [c for c in reminded
                     if {w for w in normalise(c[1].name or "").split() if len(w) >= 4} & words]
        if len(mentioned) == 1:
            return mentioned
    if reminded:
        return reminded
    found = contacts.reply_context(sender)
    return [found] if found else []


def _pick(uow: UnitOfWork, options: list[list[Any]], answer: str) -> _Context | None:
    """The option the buyer chose: its number, or words of the supplier's name."""
    contexts = [c for c in (uow.contacts.context_of(int(b), int(r), int(i) if i else None)
                            for b, r, i in options) if c is not None]
    labels = {str(n): c for n, c in enumerate(contexts, start=1)}
    said = normalise(answer)
    if said in labels:
        return labels[said]
    words = set(said.split())
    named = [c for c in contexts
             if {w for w in normalise(c[1].name or "").split() if len(w) >= 4} & words
             or (c[2] is not None and any(_same_number(c[2].number, w) for w in words
                                          if any(ch.isdigit() for ch in w)))]
    return named[0] if len(named) == 1 else None


def _handle(deps: AgentDeps, uow: UnitOfWork, state: ConversationState, message: str,
            context: _Context, reply: BuyerReply | None = None) -> dict[str, Any]:
    """Act on the buyer's message about ``context`` and tell that supplier."""
    buyer, retailer, invoice = context
    channel = Channel(state["turn"]["channel"])
    day, moment = today(state), now(state)
    if reply is None:
        reply = understand_buyer_reply(
            message, day, language_hint=buyer.language.value if buyer.language else None)
    language = _language(buyer, reply)
    others: list[Retailer] = []
    if str(reply.intent) in ("opt_out", "opt_in"):
        to_buyer, meaning, others = _consent(uow, buyer, retailer, reply, message, channel,
                                             language, moment)
    else:
        to_buyer, meaning = _act(uow, deps, buyer, retailer, invoice, reply, channel,
                                 language, day, moment)
    attachments: list[Attachment] = []
    if str(reply.intent) == "payment_link" and deps.qr_url is not None and \
            "upi://pay?" in to_buyer:
        link = to_buyer[to_buyer.index("upi://pay?"):].split()[0]
        attachments = [attachment(deps.qr_url(link), "image/png")]
    uow.record_buyer_reply(
        retailer_id=retailer.id, buyer_id=buyer.id,
        invoice_id=invoice.id if invoice else None,
        message_id=state["turn"]["message_id"], intent=str(reply.intent),
        promised_date=reply.promised_date, reference=reply.reference,
        reason=reply.reason)
    forward = render("retailer-buyer-replied", retailer.language.value,
                     buyer=buyer.name, number=invoice.number if invoice else "-",
                     text=message, meaning=meaning)
    outbound = [{"to": retailer.phone, "channel": Channel.WHATSAPP.value, "text": forward}]
    for other in others:  # a STOP or START holds for every supplier: each is told
        outbound.append({"to": other.phone, "channel": Channel.WHATSAPP.value,
                         "text": render("retailer-buyer-replied", other.language.value,
                                        buyer=buyer.name, number="-", text=message,
                                        meaning=_consent_meaning(reply, message, channel,
                                                                 other))})
    return done(to_buyer, language=language, party=Party.BUYER.value, attachments=attachments,
                outbound=outbound)


def _by_keyword(reply: BuyerReply, message: str) -> bool:
    """A channel keyword alone (STOP, START): that channel only; words: every channel."""
    if str(reply.intent) == "opt_in":
        return normalise(message) in START_KEYWORDS
    return reply.opt_out_scope == "channel"


def _consent_meaning(reply: BuyerReply, message: str, channel: Channel,
                     retailer: Retailer) -> str:
    rl = retailer.language.value
    scope = "" if _by_keyword(reply, message) else "-all"
    return render(f"buyer-intent-{reply.intent}{scope}", rl,
                  channel=render(f"channel-{channel.value}", rl))


#: Twilio's channel keywords: alone, they start or stop that channel only.
START_KEYWORDS = frozenset({"start", "unstop"})
MESSAGING_CHANNELS = (Channel.WHATSAPP, Channel.SMS)


def _consent(uow: UnitOfWork, buyer: Buyer, retailer: Retailer, reply: BuyerReply,
             message: str, channel: Channel, language: str, moment: datetime
             ) -> tuple[str, str, list[Retailer]]:
    """STOP (a channel keyword) ends that channel; a request in words ("don't message me
    any more") ends every messaging channel; START (or asking for messages again) undoes
    it. It holds for every supplier who has this buyer; each of them is told."""
    opting_in = str(reply.intent) == "opt_in"
    keyword = _by_keyword(reply, message)
    channels = (channel,) if keyword else MESSAGING_CHANNELS
    records = uow.contacts.records(buyer.phone or "")
    for same_person in records:
        for each in channels:
            uow.buyers(same_person.retailer_id).set_channel_preference(
                same_person.id, each, opted_in=opting_in, at=moment,
                source=("buyer START" if opting_in else "buyer STOP") if keyword
                else ("buyer asked for messages" if opting_in else "buyer asked to stop"))
    scope = "" if keyword else "-all"
    rl = retailer.language.value
    what = "opted-in" if opting_in else "opted-out"
    suppliers = {r.retailer_id: uow.retailers.get(r.retailer_id) for r in records
                 if r.retailer_id != retailer.id}
    return (render(f"buyer-{what}{scope}", language,
                   channel=render(f"channel-{channel.value}", language)),
            render(f"buyer-intent-{reply.intent}{scope}", rl,
                   channel=render(f"channel-{channel.value}", rl)),
            [r for r in suppliers.values() if r is not None])


def _act(uow: UnitOfWork, deps: AgentDeps, buyer: Buyer, retailer: Retailer,
         invoice: Invoice | None, reply: BuyerReply, channel: Channel, language: str,
         day: Any, moment: datetime) -> tuple[str, str]:
    """Do what the reply asks (within what a buyer may cause); return
    (the answer to the buyer, the meaning told to the retailer)."""
    rl = retailer.language.value
    number = invoice.number if invoice else "-"
    intent = str(reply.intent)
    name = retailer.name or ""
    if invoice is None:
        return (render("buyer-message-received", language, retailer=name),
                render("buyer-intent-other", rl))
    quote = quote_invoice(invoice, retailer, day, deps.interest_policy)
    # An SMS answer keeps to two parts (docs/messaging.md): the short wording, a long
    # business name clipped, rupees as "Rs." in English, the UPI id instead of the link.
    sms = "-sms" if channel is Channel.SMS else ""

    def rupees(amount: Decimal) -> str:
        shown = format_inr(amount, language, chat=True)
        return shown.replace("₹", "Rs.") if sms and language == "en" else shown

    if sms:
        name = name[:SMS_VARIABLE_MAX_CHARS].rstrip()
    if intent == "promise_to_pay" and reply.promised_date is not None:
        uow.actions.schedule_promise_follow_up(invoice, reply.promised_date)
        return (render("buyer-promise-noted", language, number=number,
                       date=format_date(reply.promised_date, language)),
                render("buyer-intent-promise_to_pay", rl,
                       date=format_date(reply.promised_date, rl)))
    if intent == "promise_to_pay":
        return (render("buyer-promise-undated", language, number=number),
                render("buyer-intent-promise_to_pay-undated", rl))
    if intent == "claims_paid":
        return (render("buyer-claim-noted", language, number=number, retailer=name),
                render("buyer-intent-claims_paid", rl, number=number,
                       reference=reply.reference or render("reference-none", rl)))
    if intent == "dispute":
        uow.actions.pause_reminders(invoice, moment, reply.reason or "-")
        return (render(f"buyer-dispute-noted{sms}", language, number=number, retailer=name),
                render("buyer-intent-dispute", rl, reason=reply.reason or "-"))
    if intent == "more_time" and reply.promised_date is not None:
        # time asked until a day: followed up that day, as a promise is
        uow.actions.schedule_promise_follow_up(invoice, reply.promised_date)
        return (render("buyer-more-time-noted-dated", language, number=number, retailer=name,
                       date=format_date(reply.promised_date, language)),
                render("buyer-intent-more_time-dated", rl,
                       date=format_date(reply.promised_date, rl)))
    if intent == "more_time":
        return (render("buyer-more-time-noted", language, number=number, retailer=name),
                render("buyer-intent-more_time", rl))
    if intent == "invoice_copy":
        return (render(f"buyer-invoice-copy{sms}", language, number=number, retailer=name,
                       date=format_date(invoice.invoice_date, language),
                       amount=rupees(invoice.principal),
                       due_date=format_date(invoice.due_date, language),
                       total=rupees(quote.total_due)),
                render("buyer-intent-invoice_copy", rl))
    if intent == "payment_link":
        if retailer.upi_id and quote.total_due > 0:
            link = upi_payment_link(retailer.upi_id, retailer.name or "", quote.total_due,
                                    number)
            return (render(f"buyer-payment-link{sms}", language, total=rupees(quote.total_due),
                           number=number, retailer=name, link=link, upi_id=retailer.upi_id),
                    render("buyer-intent-payment_link", rl))
        return (render("buyer-payment-link-missing", language, retailer=name),
                render("buyer-intent-payment_link-missing", rl))
    return (render("buyer-message-received", language, retailer=name),
            render("buyer-intent-other", rl))

