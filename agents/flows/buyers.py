"""Look a buyer up by GSTIN or name: who they are and their history with this retailer.

Counts only for now (invoices, open, paid on time, paid late, outstanding);
the full reliability score is the risk-scoring agent's job.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from langgraph.runtime import Runtime

from agents.deps import AgentDeps
from agents.flows.common import ask, done, money, say, text, today
from agents.state import ConversationState, Node, TurnContext
from store.ledger import quote_invoice
from store.models import Buyer, InvoiceStatus
from store.repositories import OPEN_STATUSES
from tools.gstin import check_gstin

FLOW = "buyer_lookup"


def build_buyer_lookup(deps: AgentDeps) -> Node:
    def buyer_lookup(state: ConversationState, *, runtime: Runtime[TurnContext]) -> dict[str, Any]:
        if state.get("flow") == FLOW:
            query = text(state)
        else:
            understood = state.get("understood") or {}
            query = str(understood.get("slots", {}).get("gstin") or
                        understood.get("buyer_name") or "")
        if not query:
            return ask(FLOW, "query", {}, say(state, "buyer-ask-which"))
        retailer_id = state["retailer_id"]
        assert retailer_id is not None
        uow = runtime.context.uow
        buyers = uow.buyers(retailer_id)
        check = check_gstin(query)
        matches: list[Buyer]
        if check.valid:
            found = buyers.by_gstin(check.gstin)
            matches = [found] if found else []
        else:
            matches = list(buyers.search(query, limit=5))
        if not matches:
            return done(say(state, "buyer-not-found", query=query))
        if len(matches) > 1:
            names = ", ".join(b.name for b in matches)
            return ask(FLOW, "query", {}, say(state, "buyer-many", names=names))
        buyer = matches[0]
        retailer = uow.retailers.get(retailer_id)
        assert retailer is not None
        invoices = uow.invoices(retailer_id).list(buyer_id=buyer.id)
        as_of = today(state)
        open_invoices = [i for i in invoices if i.status in OPEN_STATUSES]
        outstanding = sum((quote_invoice(i, retailer, as_of, deps.interest_policy).total_due
                           for i in open_invoices), Decimal("0"))
        paid = [i for i in invoices if i.status == InvoiceStatus.PAID]
        late = [i for i in paid if i.payments and max(p.paid_on for p in i.payments)
                > i.due_date]
        reply = say(state, "buyer-summary", name=buyer.name, gstin=buyer.gstin or "-",
                    invoices=len(invoices), open=len(open_invoices),
                    paid_on_time=len(paid) - len(late), paid_late=len(late),
                    outstanding=money(state, outstanding))
        return done(reply)

    return buyer_lookup
