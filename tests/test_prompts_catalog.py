"""Every user-visible message exists in ta, hi and en, and every id the code uses exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from prompts import LANGUAGES, message_ids, render

ROOT = Path(__file__).resolve().parents[1]
CODE_DIRS = ("tools", "store", "bakaya", "channels", "agents")


def test_each_language_defines_the_same_message_ids() -> None:
    english = message_ids("en")
    assert english, "the English catalog is empty"
    for language in LANGUAGES:
        ids = message_ids(language)
        assert ids == english, {"missing": sorted(english - ids), "extra": sorted(ids - english)}


def _rules_raised_in_code() -> set[str]:
    """Message ids the code refers to: InputError rules, Advisory rules, render() ids."""
    ids: set[str] = set()
    for folder in CODE_DIRS:
        for path in (ROOT / folder).rglob("*.py"):
            source = path.read_text(encoding="utf-8")
            for match in re.finditer(r'InputError\(\s*[^,()]+,\s*"([a-z0-9-]+)"', source):
                ids.add(f"error-{match.group(1)}")
            for match in re.finditer(r'Advisory\(\s*(?:rule=)?"([a-z0-9-]+)"', source):
                ids.add(f"warning-{match.group(1)}")
            for match in re.finditer(r'(?<![.\w])render\(\s*"([a-z0-9-]+)"', source):
                ids.add(match.group(1))
            for match in re.finditer(r'(?<![.\w])say\(\s*\w+,\s*"([a-z0-9-]+)"', source):
                ids.add(match.group(1))
        for path in (ROOT / folder).rglob("*.html"):
            ids |= set(re.findall(r"\{\{(sandbox-[a-z-]+)\}\}", path.read_text(encoding="utf-8")))
    return ids


def test_every_message_id_used_in_code_exists() -> None:
    used = _rules_raised_in_code()
    assert len(used) > 20
    missing = sorted(used - message_ids("en"))
    assert not missing, missing


@pytest.mark.parametrize("language", LANGUAGES)
def test_hindi_and_tamil_messages_are_in_their_own_script(language: str) -> None:
    if language == "en":
        return
    script = {"hi": r"[\u0900-\u097F]", "ta": r"[\u0B80-\u0BFF]"}[language]
    for message_id in sorted(message_ids(language)):
        text = render(message_id, language, **{k: "1" for k in _placeholders(message_id)})
        if message_id.startswith("field-label"):
            continue
        assert re.search(script, text), f"{message_id} [{language}] is not translated: {text}"


def _placeholders(message_id: str) -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "prompts" / "en").glob("*.ftl"):
        text = path.read_text(encoding="utf-8")
        match = re.search(rf"^{re.escape(message_id)} =(.*?)(?=^\S|\Z)", text, re.M | re.S)
        if match:
            names |= set(re.findall(r"\$([a-z_]+)", match.group(1)))
    return names


def test_rendering_fills_placeholders_without_isolation_marks() -> None:
    text = render("quote-total-due", "hi", amount="₹1,23,456.00")
    assert "₹1,23,456.00" in text and "\u2068" not in text
