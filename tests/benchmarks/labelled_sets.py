"""The labelled sets the reader benchmarks score, in the order they were written."""

from __future__ import annotations

import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "agents" / "data"


def _number(name: str) -> int:
    return int(re.sub(r"\D", "", name) or 1)


def labelled_sets(prefix: str) -> tuple[tuple[str, str], ...]:
    """(file, title) for the dev set, the held-out set and every blind set of ``prefix``
    ("retailer_commands", "buyer_replies"); the newest blind set was never trained on."""
    names = sorted((p.name for p in DATA.glob(f"{prefix}_blind*.yaml")), key=_number)
    blind = tuple(
        (name, f"blind set {_number(name)} (written without the rules or any data; "
               + ("never trained on; its header says whether the rules were tuned on it)"
                  if name == names[-1] else "scored once, then tuned and trained on)"))
        for name in names)
    return ((f"{prefix}.yaml", "dev set (rules tuned on it)"),
            (f"{prefix}_heldout.yaml", "held-out set (written with the dev set)"), *blind)
