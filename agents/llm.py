"""The model factory: ChatOpenAI against any OpenAI-compatible endpoint, or nothing.

With ``OPENAI_API_KEY`` or ``OPENAI_BASE_URL`` set, nodes may ask the model to
propose (intents, slots, wording); without them every node runs its
deterministic path. Either way the tools decide: model output is validated and
discarded when it does not hold up.
"""

from __future__ import annotations

from langchain_core.language_models import BaseChatModel
from langchain_openai import ChatOpenAI
from pydantic import SecretStr

from bakaya.settings import Settings


def make_chat_model(settings: Settings) -> BaseChatModel | None:
    if not (settings.openai_api_key or settings.openai_base_url):
        return None
    return ChatOpenAI(
        model=settings.llm_model,
        api_key=SecretStr(settings.openai_api_key or "not-needed"),
        base_url=settings.openai_base_url,
        temperature=0,
        timeout=settings.llm_timeout_seconds,
        # Some OpenAI-compatible servers ignore max_completion_tokens.
        max_tokens=settings.llm_max_tokens,  # type: ignore[call-arg]
        max_retries=0,
    )
