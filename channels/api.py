"""The HTTP API: health, and the legal core over JSON (same contract as the CLI)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import Engine, text

from prompts import normalise_language
from tools.errors import InputError
from tools.interest import InterestPolicy


class PaymentIn(BaseModel):
    date: str
    amount: str


class QuoteIn(BaseModel):
    principal: str
    accepted: str
    as_of: str
    invoice_date: str | None = None
    agreed_days: int | None = None
    bank_rate: str | None = None
    payments: list[PaymentIn] = Field(default_factory=list)
    complete_months_only: bool = False
    rate_mode: str | None = None
    partial_month: str | None = None


def build_router(engine: Engine | None, policy: InterestPolicy) -> APIRouter:
    """Health and the legal core over JSON; quotes follow the deployment's interest policy."""
    router = APIRouter()

    @router.get("/health")
    def health() -> dict[str, Any]:
        database = "not configured"
        if engine is not None:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            database = "ok"
        return {"status": "ok", "database": database}

    @router.post("/api/quote")
    def quote(body: QuoteIn) -> dict[str, Any]:
        from channels.queries import QuoteRequest, run_quote

        request = QuoteRequest(
            principal=body.principal, accepted=body.accepted, as_of=body.as_of,
            invoice_date=body.invoice_date, agreed_days=body.agreed_days,
            bank_rate=body.bank_rate,
            payments=[f"{p.date}:{p.amount}" for p in body.payments],
            complete_months_only=body.complete_months_only, rate_mode=body.rate_mode,
            partial_month=body.partial_month,
        )
        return run_quote(request, policy)

    @router.get("/api/gstin/{value}")
    def gstin(value: str) -> dict[str, Any]:
        from channels.queries import gstin_report

        return gstin_report(value)

    return router


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(InputError)
    async def input_error(request: Request, exc: InputError) -> JSONResponse:
        language = normalise_language(request.headers.get("accept-language"))
        return JSONResponse(status_code=422, content={"error": exc.as_dict(language)})


