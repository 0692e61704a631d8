"""The HTTP API through the real FastAPI app and a real database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from bakaya.app import create_app


@pytest.fixture
def client(engine: Engine) -> Iterator[TestClient]:
    with TestClient(create_app(engine), raise_server_exceptions=False) as client:
        yield client


def test_health_reports_the_database(client: TestClient) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_quote_over_http_matches_the_cli_contract(client: TestClient) -> None:
    response = client.post("/api/quote", json={
        "principal": "100000", "accepted": "2026-01-01", "agreed_days": 45,
        "bank_rate": "5.5", "as_of": "2026-05-15", "complete_months_only": True,
        "payments": [],
    })
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["months_complete"] == 3 and body["interest"] == "4181.98"


def test_bad_input_is_a_localised_422_not_a_500(client: TestClient) -> None:
    response = client.post("/api/quote", json={
        "principal": "100", "accepted": "2026-01-01", "as_of": "2026-05-16",
        "payments": [{"date": "2025-01-01", "amount": "10"}],
    }, headers={"Accept-Language": "hi-IN"})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["field"] == "payment"
    assert any("\u0900" <= ch <= "\u097F" for ch in error["message"])


def test_gstin_endpoint(client: TestClient) -> None:
    body = client.get("/api/gstin/27AAPFU0939F1ZW").json()
    assert body["valid"] is False and "V" in body["reason"]


def test_quote_takes_the_partial_month_rule_and_refuses_an_unknown_one(
        client: TestClient) -> None:
    question = {"principal": "100000", "accepted": "2026-01-01", "agreed_days": 45,
                "bank_rate": "5.5", "as_of": "2026-05-25"}
    period = client.post("/api/quote", json=question).json()
    actual = client.post("/api/quote", json={**question, "partial_month": "actual-365"}).json()
    assert period["convention"]["day_count"] == "period"
    assert actual["convention"]["day_count"] == "actual/365"
    assert period["total_due"] != actual["total_due"]
    refused = client.post("/api/quote", json={**question, "partial_month": "weekly"},
                          headers={"Accept-Language": "ta"})
    assert refused.status_code == 422
    assert refused.json()["error"]["field"] == "partial_month"
