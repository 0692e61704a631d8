"""The message catalog: every user-visible sentence, per language, as Fluent files.

``prompts/<lang>/*.ftl`` holds the messages for ta, hi and en, keyed by message
id, with ``{ $placeholders }`` for the numbers ``tools/`` computes. A test fails
when an id exists in one language and not in another.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource


class Language(StrEnum):
    """The languages Bakaya speaks: the one definition (the catalogs, the readers, the
    store's column and the menus all take it from here), in the order they are offered."""

    TA = "ta"
    HI = "hi"
    EN = "en"


LANGUAGES: tuple[str, ...] = tuple(language.value for language in Language)
DEFAULT_LANGUAGE = Language.EN.value
_ROOT = Path(__file__).resolve().parent
_LOCALES = {"en": "en-IN", "hi": "hi-IN", "ta": "ta-IN"}


class MissingMessage(LookupError):
    """A message id that the catalog of a language does not have."""


@cache
def _bundle(language: str) -> FluentBundle:
    bundle = FluentBundle([_LOCALES[language]], use_isolating=False)
    for path in sorted((_ROOT / language).glob("*.ftl")):
        bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
    return bundle


def normalise_language(language: str | None) -> str:
    """ta/hi/en from a code such as 'hi-IN'; anything else falls back to English."""
    code = (language or DEFAULT_LANGUAGE).split("-")[0].split("_")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def render(message_id: str, language: str = DEFAULT_LANGUAGE, /, **params: Any) -> str:
    """Render ``message_id`` in ``language`` with ``params`` filled in."""
    bundle = _bundle(normalise_language(language))
    message = bundle.get_message(message_id) if bundle.has_message(message_id) else None
    if message is None or message.value is None:
        raise MissingMessage(f"{message_id} [{language}]")
    text, errors = bundle.format_pattern(message.value, {k: _plain(v) for k, v in params.items()})
    if errors:
        raise MissingMessage(f"{message_id} [{language}]: {errors[0]}")
    return str(text)


def field_label(field: str, language: str = DEFAULT_LANGUAGE) -> str:
    """How an input field is named to a person in ``language`` (``fields.ftl``)."""
    return render("field-label", language, field=field)


def _plain(value: Any) -> Any:
    # Fluent formats numbers itself (Western grouping); our amounts are already
    # formatted the Indian way by tools.money, so pass everything else as text.
    return value if isinstance(value, int) and not isinstance(value, bool) else str(value)


def message_ids(language: str) -> set[str]:
    """Every message id the catalog of ``language`` defines."""
    ids: set[str] = set()
    for path in (_ROOT / language).glob("*.ftl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line[0].isspace() and not line.startswith(("#", "-")) and "=" in line:
                ids.add(line.split("=", 1)[0].strip())
    return ids
