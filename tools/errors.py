"""Errors and warnings as values the user can read.

An :class:`InputError` names the field that was wrong, the rule it broke and a
message id in ``prompts/`` that renders the explanation in ta, hi or en. Code
that catches one shows ``error.render(language)``; nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


class InputError(ValueError):
    """Bad input: which field, which rule, and how to say so in three languages."""

    def __init__(self, field: str, rule: str, message_id: str | None = None, **params: Any) -> None:
        self.field = field
        self.rule = rule
        self.message_id = message_id or f"error-{rule}"
        self.params: dict[str, Any] = {"field": field, **params}
        self.hints: tuple[Advisory, ...] = ()
        super().__init__(self.render("en"))

    def with_hint(self, hint: Advisory) -> InputError:
        """The same error with a line of help after it (e.g. "did you mean ...?")."""
        self.hints = (*self.hints, hint)
        self.args = (self.render("en"),)
        return self

    def render(self, language: str = "en") -> str:
        """The explanation in ``language`` (ta, hi or en), from ``prompts/``, then any hints."""
        from prompts import field_label, render
        from tools.date_format import format_date

        # A date is shown as people write it in the language, never as ISO.
        params = {k: format_date(v, language) if isinstance(v, date) else v
                  for k, v in self.params.items()}
        params["field"] = field_label(self.field, language)
        return "\n".join([render(self.message_id, language, **params),
                          *(hint.render(language) for hint in self.hints)])

    def as_dict(self, language: str = "en") -> dict[str, str]:
        return {"field": self.field, "rule": self.rule, "message": self.render(language)}


@dataclass(frozen=True)
class Advisory:
    """A warning that does not stop the computation (e.g. a credit period capped at 45 days)."""

    rule: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message_id(self) -> str:
        return f"warning-{self.rule}"

    def render(self, language: str = "en") -> str:
        from prompts import render

        return render(self.message_id, language, **self.params)
