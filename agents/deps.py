"""What the nodes are given: the interest policy, the model, media URLs, the notice desk."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from langchain_core.language_models import BaseChatModel

from agents.filing_preparation import FilingDesk
from agents.legal_drafting import NoticeDesk
from agents.udyam_verification import UdyamVerifier
from store.documents import DocumentStore
from tools.interest import InterestPolicy


@dataclass(frozen=True)
class AgentDeps:
    interest_policy: InterestPolicy
    chat_model: BaseChatModel | None = None
    # Where the QR image of a UPI link is served (None: no images).
    qr_url: Callable[[str], str] | None = None
    # Drafts, signs and keeps demand notices (None: notices cannot be drafted here).
    notices: NoticeDesk | None = None
    # Prepares filing packs for the Facilitation Council (None: not here).
    filings: FilingDesk | None = None
    # Checks Udyam details before a filing (None: the retailer confirms them against the
    # certificate).
    udyam_verifier: UdyamVerifier | None = None
    # Where a kept document is served, for a while (ref, now) -> URL.
    document_url: Callable[[str, datetime], str] | None = None
    # Without a provider the outbox row is the delivery itself (the sandbox).
    local_outbox: bool = True
    # Fetches the bytes of a file someone sent (url -> bytes; raises InputError).
    fetch_media: Callable[[str], bytes] | None = None
    # Where documents are kept (received invoices and exports too).
    documents: DocumentStore | None = None
    # The e-invoice portal's public keys (PEM): a signed QR is verified with them.
    einvoice_keys: tuple[bytes, ...] = ()
