"""Fuzzing the inbound endpoints: whatever arrives, the answer is never a 5xx, a refusal
names the field, and a refused message writes nothing.

The Twilio webhook gets correctly signed forms (so every case passes the signature
check and reaches the input rules) with arbitrary senders, bodies (NUL and other
control characters included), message ids, media counts and links, and extra
fields; the sandbox gets arbitrary JSON text, lone surrogates included.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select
from twilio.request_validator import RequestValidator

from bakaya.app import create_app
from bakaya.runtime import build_runtime
from store.db import transaction
from store.models import Message
from tests.utils.harness import AUTH_TOKEN, BASE_URL, FixedClock, make_settings

ANY_TEXT = st.text(st.characters(codec="utf-8"), max_size=300) | st.text(max_size=5000)
PHONES = st.sampled_from(["whatsapp:+919840012345", "+919876543210", "whatsapp:+14155550100",
                          "abc'; drop", "", "whatsapp:", "+91 98400 12345"]) | ANY_TEXT
SIDS = st.from_regex(r"SM[0-9a-f]{32}", fullmatch=True) | ANY_TEXT
MEDIA_URLS = st.sampled_from(["https://api.twilio.com/2010-04-01/Accounts/AC1/Media/ME1",
                              "http://[bad", "https://example.com/x.jpg"]) | ANY_TEXT


@pytest.fixture
def client(engine: Engine, database_url: str) -> Iterator[TestClient]:
    clock = FixedClock(datetime(2026, 10, 10, 6, tzinfo=UTC))
    # No worker: the webhook's own work (check, store, defer) is what is fuzzed here.
    runtime = build_runtime(make_settings(database_url), engine, database_url, clock=clock)
    try:
        with TestClient(create_app(engine, runtime), base_url=BASE_URL,
                        raise_server_exceptions=False) as test_client:
            yield test_client
    finally:
        runtime.close()


def _messages(engine: Engine) -> int:
    with transaction(engine) as session:
        return int(session.execute(select(func.count()).select_from(Message)).scalar_one())


def _refusal_names_a_field(response: Any) -> None:
    assert response.status_code < 500, response.text
    if response.status_code == 422 and "error" in response.json():
        assert response.json()["error"]["field"]


@settings(max_examples=1500, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(sender=PHONES, body=ANY_TEXT, sid=SIDS, num_media=st.text(max_size=4),
       media_url=MEDIA_URLS, extra=st.dictionaries(st.text(min_size=1, max_size=10),
                                                   ANY_TEXT, max_size=3),
       channel=st.sampled_from(["whatsapp", "sms"]))
def test_signed_webhooks_never_fail_with_a_5xx_and_refusals_write_nothing(
        client: TestClient, engine: Engine, sender: str, body: str, sid: str,
        num_media: str, media_url: str, extra: dict[str, str], channel: str) -> None:
    params = {**extra, "MessageSid": sid, "AccountSid": "AC" + "0" * 32, "From": sender,
              "To": "whatsapp:+918000000000", "Body": body, "NumMedia": num_media,
              "MediaUrl0": media_url, "MediaContentType0": "image/jpeg"}
    url = f"{BASE_URL}/twilio/{channel}"
    signature = RequestValidator(AUTH_TOKEN).compute_signature(url, params)
    before = _messages(engine)
    response = client.post(f"/twilio/{channel}", data=params,
                           headers={"X-Twilio-Signature": signature})
    _refusal_names_a_field(response)
    after = _messages(engine)
    if response.status_code == 200:
        assert after - before in (0, 1)  # 0: a MessageSid seen before
    else:
        assert after == before


@settings(max_examples=400, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(sender=st.sampled_from(["+919840012345", "98765 43210", "abc", "+14155550100"])
       | ANY_TEXT,
       text=ANY_TEXT | st.text(st.characters(categories=["Cs", "Cc"]), max_size=20),
       channel=st.sampled_from(["whatsapp", "sms", "fax"]))
def test_the_sandbox_never_fails_with_a_5xx_and_refusals_write_nothing(
        client: TestClient, engine: Engine, sender: str, text: str, channel: str) -> None:
    before = _messages(engine)
    # Encoded with \u escapes, as a browser may send a lone surrogate.
    payload = json.dumps({"from": sender, "channel": channel, "text": text})
    response = client.post("/sandbox/messages", content=payload,
                           headers={"Content-Type": "application/json"})
    _refusal_names_a_field(response)
    if response.status_code != 200:
        assert _messages(engine) == before


@pytest.mark.parametrize(("params", "field"), [
    ({"Body": "pending\x00"}, "Body"),
    ({"Body": "x" * 20_000}, "Body"),
    ({"MessageSid": "SM" + "a" * 70}, "MessageSid"),
    ({"MessageSid": "SM1'; drop"}, "MessageSid"),
    ({"From": "whatsapp:abc'; drop"}, "From"),
])
def test_what_crashed_a_signed_webhook_is_refused_naming_the_field(
        client: TestClient, engine: Engine, params: dict[str, str], field: str) -> None:
    form = {"MessageSid": "SM" + "1" * 32, "AccountSid": "AC" + "0" * 32,
            "From": "whatsapp:+919840012345", "To": "whatsapp:+918000000000",
            "Body": "pending", "NumMedia": "0", **params}
    url = f"{BASE_URL}/twilio/whatsapp"
    response = client.post("/twilio/whatsapp", data=form, headers={
        "X-Twilio-Signature": RequestValidator(AUTH_TOKEN).compute_signature(url, form),
        "Accept-Language": "ta"})
    assert response.status_code == 422, response.text
    assert response.json()["error"]["field"] == field
    assert any("\u0B80" <= ch <= "\u0BFF" for ch in response.json()["error"]["message"])
    assert _messages(engine) == 0


@pytest.mark.parametrize(("text", "field"), [("pending\x00", "text"), ("\ud800", "text"),
                                             ("x" * 20_000, "text"), ("   ", "text")])
def test_what_crashed_the_sandbox_is_refused_naming_the_field(
        client: TestClient, engine: Engine, text: str, field: str) -> None:
    payload = json.dumps({"from": "+919840012345", "channel": "whatsapp", "text": text})
    response = client.post("/sandbox/messages", content=payload,
                           headers={"Content-Type": "application/json"})
    assert response.status_code == 422, response.text
    assert response.json()["error"]["field"] == field
    assert _messages(engine) == 0
