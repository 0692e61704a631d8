"""Application factory: the FastAPI app with its routers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI
from sqlalchemy import Engine

from bakaya import __version__
from bakaya.jobs import PROCESS_CONVERSATION
from bakaya.settings import get_settings
from channels.api import build_router, install_error_handlers
from store.inbound import AsyncInbound

if TYPE_CHECKING:
    from bakaya.runtime import Runtime


def create_app(engine: Engine | None, runtime: Runtime | None = None) -> FastAPI:
    # The webhooks' acknowledgement path: store and queue in one async round trip.
    writer = (AsyncInbound(runtime.jobs.conninfo, PROCESS_CONVERSATION)
              if runtime is not None else None)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if runtime is not None:
            runtime.jobs.recover()  # messages stored before a crash are handled now
        if writer is not None:
            await writer.open()
        try:
            yield
        finally:
            if writer is not None:
                await writer.close()

    app = FastAPI(title="Bakaya", version=__version__, lifespan=lifespan)
    app.state.engine = engine
    app.state.runtime = runtime
    policy = (runtime.deps.interest_policy if runtime is not None
              else get_settings().interest_policy())
    app.include_router(build_router(engine, policy))
    if runtime is not None and writer is not None:
        from channels.webhooks import build_webhook_router

        app.include_router(build_webhook_router(
            runtime.service, writer, runtime.jobs, runtime.clock,
            auth_token=runtime.settings.twilio_auth_token,
            public_base_url=runtime.settings.public_base_url))
        from channels.voice import DEFAULT_VOICES, build_voice_router
        from channels.webhooks import form_verifier

        app.include_router(build_voice_router(
            runtime.service, runtime.clock,
            verified_form=form_verifier(runtime.settings.twilio_auth_token,
                                        runtime.settings.public_base_url),
            voices={**DEFAULT_VOICES, **runtime.settings.voices()}))
        from agents.extraction import extract_invoice
        from channels.invoice_files import build_files_router
        from channels.media import build_media_router

        deps = runtime.deps

        def extract(documents: list[bytes]) -> dict[str, Any]:
            return extract_invoice(documents, chat_model=deps.chat_model,
                                   public_keys=deps.einvoice_keys).to_json()

        app.include_router(build_files_router(runtime.engine,
                                              api_token=runtime.settings.api_token,
                                              extract=extract))

        app.include_router(build_media_router(runtime.media_secret, runtime.documents,
                                              runtime.clock.now))
        if runtime.sandbox:
            from bakaya.runtime import sandbox_uploads
            from channels.sandbox import build_sandbox_router

            app.include_router(build_sandbox_router(runtime.service, runtime.clock,
                                                    runtime.run_due,
                                                    sandbox_uploads(runtime.settings)))
    install_error_handlers(app)
    return app
