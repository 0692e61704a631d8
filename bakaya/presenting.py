"""Human-readable renderings of query results, in the user's language."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from prompts import render
from tools.dates import format_date
from tools.money import format_inr


def quote_lines(result: dict[str, Any], language: str) -> list[str]:
    """A quote (as ``run_quote`` returns it) as lines of text, Indian formats."""

    def day(key: str) -> str:
        return format_date(date.fromisoformat(result[key]), language)

    def money(key: str) -> str:
        return format_inr(Decimal(result[key]), language)

    lines = [
        render("quote-due-date", language, date=day("due_date")),
        render("quote-interest-from", language, date=day("interest_from")),
        render("quote-days-overdue", language, days=int(result["days_overdue"])),
        render("quote-months-complete", language, months=int(result["months_complete"])),
        render("quote-principal-outstanding", language, amount=money("principal_outstanding")),
        render("quote-interest", language, amount=money("interest")),
        render("quote-total-due", language, amount=money("total_due")),
        render(f"quote-basis-{result['basis']}", language),
    ]
    convention = result["convention"]
    if result["basis"] == "section16":
        partial = ("ignored" if convention["partial_month"] == "ignored" else
                   "actual-365" if convention["day_count"] == "actual/365" else
                   "period-fraction")
        lines.append(render("quote-convention", language, rate_mode=convention["rate_mode"],
                            partial=partial))
    return lines
