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


# --- the glossary: one everyday word per concept, plurals, the brand ----------------------------

#: Variables that count something; next to a noun they need a plural selector on themselves.
COUNT_VARIABLES = frozenset({"days", "count", "rows", "sent", "summaries", "attempts",
                             "concurrency", "limit", "max_length", "length", "agreed_days",
                             "cap", "months", "years", "overdue", "invoices", "open",
                             "paid_on_time", "paid_late"})
#: Where the count stands after a label ("Days overdue: 3"), or is an amount or a value as typed.
COUNT_AFTER_A_LABEL = frozenset({
    ("buyer-summary", "invoices"), ("buyer-summary", "open"), ("buyer-summary", "paid_on_time"),
    ("buyer-summary", "paid_late"), ("quote-days-overdue", "days"),
    ("quote-months-complete", "months"), ("error-amount-too-large", "limit"),
    ("error-agreed-days-negative", "agreed_days"), ("monitor-daily-summary", "overdue")})


def _counts_outside_their_selector(node: object, selectors: tuple[str, ...]) -> list[str]:
    from fluent.syntax import ast

    if isinstance(node, ast.SelectExpression):
        name = node.selector.id.name if isinstance(node.selector, ast.VariableReference) else ""
        return [found for variant in node.variants
                for found in _counts_outside_their_selector(variant.value, (*selectors, name))]
    if isinstance(node, ast.VariableReference):
        name = node.id.name
        return [name] if name in COUNT_VARIABLES and name not in selectors else []
    if isinstance(node, ast.Pattern):
        return [found for element in node.elements
                for found in _counts_outside_their_selector(element, selectors)]
    if isinstance(node, ast.Placeable):
        return _counts_outside_their_selector(node.expression, selectors)
    return []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_count_chooses_its_plural_form(language: str) -> None:
    from fluent.syntax import ast, parse

    unselected = []
    for path in sorted((ROOT / "prompts" / language).glob("*.ftl")):
        for entry in parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, ast.Message) and entry.value is not None:
                unselected += [(entry.id.name, name) for name in
                               _counts_outside_their_selector(entry.value, ())
                               if (entry.id.name, name) not in COUNT_AFTER_A_LABEL]
    assert not unselected, unselected


@pytest.mark.parametrize(("language", "one", "two"), [
    ("en", "in 1 day", "in 2 days"), ("hi", "1 दिन बाकी", "2 दिन बाकी"),
    ("ta", "இன்னும் 1 நாள் உள்ளது", "இன்னும் 2 நாட்கள் உள்ளன")])
def test_one_day_and_two_days(language: str, one: str, two: str) -> None:
    def alert(days: int) -> str:
        return render("monitor-deadline-alert", language, number="INV-1", buyer="B",
                      amount="₹1", date="3 Oct", days=days)

    assert one in alert(1) and two in alert(2)
    assert "1 days" not in alert(1) and "1 நாட்கள்" not in alert(1)


#: Words a native review found stiff, wrong or misleading, and what the catalogs say instead.
NOT_SAID = {
    "hi": {"अनुस्मारक": "रिमाइंडर", "आदरणीय": "नमस्कार <फ़र्म>,", "देय है": "... तक चुकाना है",
           "देय था": "... तक चुकाना था", "बकाया में": "Bakaya में", "बकाया सैंडबॉक्स": "Bakaya",
           "एमएसएमईडी अधिनियम": "MSMED एक्ट", "- निर्माण": "विनिर्माण (मैन्युफैक्चरिंग)"},
    "ta": {"வாங்குபவர்": "வாடிக்கையாளர்", "உரிய தேதி": "கடைசி தேதி", "வாக்களித்த": "உறுதியளித்த",
           "தகராறு": "ஆட்சேபனை", "பாக்கியா": "Bakaya", "மதிப்பிற்குரிய": "<பெயர்> அவர்களுக்கு வணக்கம்,",
           "உத்யம்": "Udyam", "காசோலை": "செக் நம்பர்"},
}


def _user_visible_text(language: str) -> str:
    import yaml

    text = "".join(path.read_text(encoding="utf-8")
                   for path in (ROOT / "prompts" / language).glob("*.ftl"))
    for name in ("whatsapp_reminders.yaml", "sms_dlt.yaml"):
        data = yaml.safe_load((ROOT / "prompts" / "templates" / name).read_text(encoding="utf-8"))
        text += "".join(entry[language]["body"] for entry in data["templates"].values())
    return text


@pytest.mark.parametrize("language", ["hi", "ta"])
def test_hindi_and_tamil_use_the_everyday_words(language: str) -> None:
    text = _user_visible_text(language)
    found = {word: instead for word, instead in NOT_SAID[language].items() if word in text}
    assert not found, found


def test_nivat_tarikh_is_said_only_in_the_cli_legal_figures() -> None:
    source = "".join(path.read_text(encoding="utf-8")
                     for path in (ROOT / "prompts" / "hi").glob("*.ftl"))
    lines = [line for line in source.splitlines()
             if "नियत तारीख" in line and not line.startswith("#")]
    assert [line.split(" =")[0] for line in lines] == ["quote-due-date"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_brand_is_bakaya_in_latin_letters(language: str) -> None:
    for message_id in ("onboarding-welcome", "onboarding-ask-consent", "sandbox-title"):
        assert "Bakaya" in render(message_id, language), message_id
    assert "Bakaya" in render("cli-serving", language, url="http://x")
