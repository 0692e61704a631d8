"""What the nodes are given: the database, the law's data, the model and the settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from langchain_core.language_models import BaseChatModel
from sqlalchemy import Engine

from bakaya.settings import Settings
from tools.interest import InterestPolicy


@dataclass(frozen=True)
class AgentDeps:
    engine: Engine
    interest_policy: InterestPolicy
    settings: Settings
    chat_model: BaseChatModel | None = None
    # Where the QR image of a UPI link is served (None: no images).
    qr_url: Callable[[str], str] | None = None
