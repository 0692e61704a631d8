"""A known buyer writes: acknowledge, and pass the message to the retailer at once.

The buyer learns only the retailer's name; nothing they write changes the
ledger here. (Understanding promises, disputes and claimed payments is the
buyer-reply agent's job.)
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from agents.deps import AgentDeps
from agents.flows.common import done, say, text, today
from agents.flows.invoices import Node
from agents.retailer_commands import understand_command
from agents.state import ConversationState
from prompts import render
from store.db import transaction
from store.models import Buyer, Invoice, Retailer
from tools.phone import mask_phone


def build_buyer_message(deps: AgentDeps) -> Node:
    def buyer_message(state: ConversationState) -> dict[str, Any]:
        sender = state["turn"]["sender"]
        with transaction(deps.engine) as session:
            # Identification across retailers is the router's concern; the buyer
            # is then answered about one retailer only: the latest they dealt with.
            row = session.execute(
                select(Buyer, Retailer).join(Retailer, Retailer.id == Buyer.retailer_id)
                .outerjoin(Invoice, Invoice.buyer_id == Buyer.id)
                .where(Buyer.phone == sender)
                .order_by(Invoice.invoice_date.desc().nulls_last(), Buyer.id.desc())
                .limit(1)
            ).first()
        if row is None:
            return done(say(state, "not-understood"))
        buyer, retailer = row
        language = buyer.language.value if buyer.language else \
            understand_command(text(state), today(state)).language
        buyer_state: ConversationState = {**state, "language": language}
        forward = render("buyer-message-forwarded", retailer.language.value,
                         buyer=buyer.name, phone=mask_phone(sender), text=text(state))
        return done(say(buyer_state, "buyer-message-received", retailer=retailer.name or ""),
                    language=language,
                    outbound=[{"to": retailer.phone, "channel": state["turn"]["channel"],
                               "text": forward}])

    return buyer_message
