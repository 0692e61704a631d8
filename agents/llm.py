"""The model factory: ChatOpenAI against any OpenAI-compatible endpoint, or nothing.

With ``OPENAI_API_KEY`` or ``OPENAI_BASE_URL`` set, nodes may ask the model to
propose (intents, slots, wording); without them every node runs its
deterministic path. Either way the tools decide: model output is validated and
discarded when it does not hold up.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_openai import ChatOpenAI
from pydantic import SecretStr


@dataclass(frozen=True)
class ModelEndpoint:
    """Where the chat model is: any OpenAI-compatible endpoint (from the settings)."""

    api_key: str | None
    base_url: str | None
    model: str
    timeout_seconds: float
    max_tokens: int


def make_chat_model(endpoint: ModelEndpoint) -> BaseChatModel | None:
    if not (endpoint.api_key or endpoint.base_url):
        return None
    return ChatOpenAI(
        model=endpoint.model,
        api_key=SecretStr(endpoint.api_key or "not-needed"),
        base_url=endpoint.base_url,
        temperature=0,
        timeout=endpoint.timeout_seconds,
        # Some OpenAI-compatible servers ignore max_completion_tokens.
        max_tokens=endpoint.max_tokens,  # type: ignore[call-arg]
        max_retries=0,
    )


def ask_for_object(chat_model: BaseChatModel, prompt: str) -> dict[str, Any]:
    """The JSON object the model answers ``prompt`` with (prose around it is ignored);
    ValueError when there is none. The caller validates every value."""
    reply = chat_model.invoke(prompt)
    content = reply.content if isinstance(reply.content, str) else json.dumps(reply.content)
    match = re.search(r"\{.*\}", content, re.S)
    if match is None:
        raise ValueError("no JSON object in the model's answer")
    data = json.loads(match.group(0))
    if not isinstance(data, dict):
        raise ValueError("the model's answer is not an object")
    return data
