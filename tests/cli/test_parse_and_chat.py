"""``bakaya parse`` and ``bakaya chat`` as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BAKAYA = str(Path(sys.executable).with_name("bakaya"))


def run(*args: str, stdin: str | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items()
                if k not in ("DATABASE_URL", "OPENAI_API_KEY", "OPENAI_BASE_URL")}
    full_env.update(env or {})
    return subprocess.run([BAKAYA, *args], input=stdin, capture_output=True, text=True,
                          env=full_env, timeout=180)


@pytest.mark.parametrize("text, intent, language, slots", [
    ("INV-42 to 33AAACR5055K1ZE Rs 1,20,000 on 3 Oct, 30 days credit", "add_invoice", "en",
     {"invoice_number": "INV-42", "gstin": "33AAACR5055K1ZE", "amount": "120000.00",
      "date": "2026-10-03", "agreed_days": 30}),
    ("mera pending dikhao", "list_pending", "hi", {}),
    ("nilluvai kaattu", "list_pending", "ta", {}),
    ("show pending", "list_pending", "en", {}),
    ("INV-42 paid 50000 UTR 1234567890 on 5 Nov", "mark_paid", "en",
     {"invoice_number": "INV-42", "amount": "50000.00", "reference": "1234567890",
      "date": "2026-11-05"}),
    ("Tamil mein baat karo", "change_language", "hi", {"language": "ta"}),
    ("உதவி", "help", "ta", {}),
    ("1043 ka 20000 aa gaya", "mark_paid", "hi", {"invoice_number": "1043", "amount": "20000.00"}),
    ("77 ka reminder band karo", "pause_reminders", "hi", {"invoice_number": "77"}),
    ("daily summary off", "daily_summary", "en", {"enabled": False}),
    ("prepare the demand notice for 1045", "request_notice", "en", {"invoice_number": "1045"}),
    ("1045 ka notice bhejo", "request_notice", "hi", {"invoice_number": "1045"}),
    ("நோட்டீஸ் INV-1045", "request_notice", "ta", {"invoice_number": "INV-1045"}),
    ("ODR status?", "filing_status", "en", {}),
    ("application no MSEFC/TN/2026/567 filed", "filing_status", "en",
     {"application_number": "MSEFC/TN/2026/567"}),
    ("ODR par case ka kya hua", "filing_status", "hi", {}),
    ("filing pannitten, application number TN/CHN/2026/00881", "filing_status", "ta",
     {"application_number": "TN/CHN/2026/00881"}),
    ("remind overdue buyers every 3 days", "set_reminder_cadence", "en", {"days": 3}),
    ("har hafte yaad dilao", "set_reminder_cadence", "hi", {"days": 7}),
    ("ஒவ்வொரு 5 நாளுக்கும் ஒரு தடவை நினைவூட்டு", "set_reminder_cadence", "ta", {"days": 5}),
])
def test_parse_prints_intent_language_and_slots(text: str, intent: str, language: str,
                                                slots: dict[str, object]) -> None:
    result = run("parse", "--text", text, "--today", "2026-11-20", "--json")
    assert result.returncode == 0, result.stderr
    parsed = json.loads(result.stdout)
    assert parsed == {"intent": intent, "language": language, "slots": slots}


def test_parse_rejects_a_bad_today() -> None:
    result = run("parse", "--text", "hi", "--today", "20/11/2026", "--json")
    assert result.returncode == 2
    assert json.loads(result.stdout)["error"]["field"] == "today"


def test_chat_in_the_terminal_runs_onboarding(database_url: str) -> None:
    lines = "\n".join(["hello", "3", "none", "2", "2", "Quick Services", "skip", "yes",
                       "show pending"]) + "\n"
    result = run("chat", "--as", "9840012345", stdin=lines,
                 env={"DATABASE_URL": database_url, "BAKAYA_MODE": "sandbox"})
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Welcome to Bakaya" in out
    assert "All set, Quick Services!" in out
    assert "You have no pending invoices." in out
