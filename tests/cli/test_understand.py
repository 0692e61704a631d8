"""``bakaya understand`` as a user runs it: the buyer-reply contract."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_parse_and_chat import run


@pytest.mark.parametrize("text, intent, language, promised, reference, scope", [
    ("agle shukravar tak payment kar dunga", "promise_to_pay", "hi", "2026-11-27", None, None),
    ("I will pay next Monday", "promise_to_pay", "en", "2026-11-30", None, None),
    ("15ஆம் தேதி பணம் அனுப்புகிறேன்", "promise_to_pay", "ta", "2026-12-15", None, None),
    ("paid yesterday UTR 452189763012", "claims_paid", "en", None, "452189763012", None),
    ("STOP", "opt_out", "en", None, None, "channel"),
    ("band karo ye messages", "opt_out", "hi", None, None, "all"),
    ("நிறுத்து", "opt_out", "ta", None, None, "all"),
    ("START", "opt_in", "en", None, None, None),
    ("bill galat hai, maal kharab tha", "dispute", "hi", None, None, None),
])
def test_understand_prints_the_contract(text: str, intent: str, language: str,
                                        promised: str | None, reference: str | None,
                                        scope: str | None) -> None:
    result = run("understand", "--text", text, "--today", "2026-11-23", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"intent": intent, "language": language,
                                         "promised_date": promised, "reference": reference,
                                         "opt_out_scope": scope}
