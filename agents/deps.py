"""What the nodes are given: the database, the interest policy, the model, media URLs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from langchain_core.language_models import BaseChatModel

from tools.interest import InterestPolicy


@dataclass(frozen=True)
class AgentDeps:
    interest_policy: InterestPolicy
    chat_model: BaseChatModel | None = None
    # Where the QR image of a UPI link is served (None: no images).
    qr_url: Callable[[str], str] | None = None
