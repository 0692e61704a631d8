"""How well the intent model (agents/intent_model.py) reads sets it was never trained on.

    .venv/bin/python scripts/evaluate_intent_model.py [buyer|retailer ...]

Leave-one-set-out over the blind sets (the first, ``*_blind.yaml``, excepted): for each
blind set from the second on, a model is trained on every set that
scripts/train_intent_model.py trains on except that one, and reads the set. Printed
per left-out set and per language (pooled over all left-out sets):

* model: the model alone, its top intent;
* combined: the reader as shipped (rules, then the model where the rules are not sure
  and the model is at least CONFIDENT for the reader);
* rules: the rules alone.

The rules were tuned on every blind set after it was scored, so "rules" and
"combined" are optimistic; "model" is honest. The newest blind set is never trained
on, so its fold trains on exactly the shipped model's sets. Deterministic; takes some
minutes (a model per fold).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from train_intent_model import DATA, TRAINING, labelled  # noqa: E402

import agents.buyer_replies  # noqa: E402
import agents.retailer_commands  # noqa: E402
from agents.intent_model import (  # noqa: E402
    CONFIDENT,
    READ_CHARS,
    IntentModel,
    Reader,
    embedder,
    features,
    train,
)

PREFIX: dict[Reader, str] = {"buyer": "buyer_replies", "retailer": "retailer_commands"}


@dataclass(frozen=True)
class Item:
    text: str
    intent: str
    language: str
    today: date
    hint: str | None


@dataclass(frozen=True)
class Fold:
    name: str
    items: list[Item]
    model: list[str]
    combined: list[str]
    rules: list[str]


def left_out_sets(reader: Reader) -> list[str]:
    """The blind sets from the second on, oldest first."""
    names = sorted((p.name for p in DATA.glob(f"{PREFIX[reader]}_blind*.yaml")),
                   key=lambda n: int(re.sub(r"\D", "", n) or 1))
    return names[1:]


def _items(name: str) -> list[Item]:
    data = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    return [Item(item["text"], item.get("intent") or item["expected_intent"],
                 str(item.get("language")), data["today"], item.get("hint"))
            for item in data["items"]]


@contextmanager
def _second_opinion(reader: Reader, model: IntentModel) -> Iterator[None]:
    """The reader consults ``model`` under the shipped policy instead of the shipped model."""
    module: Any = agents.buyer_replies if reader == "buyer" else agents.retailer_commands
    shipped = module.second_opinion

    def opinion(_: Reader, text: str, rules: str) -> str:
        guess = model.guess(text)
        return guess.intent if guess.probability >= CONFIDENT[reader] else rules

    module.second_opinion = opinion
    try:
        yield
    finally:
        module.second_opinion = shipped


def _read(reader: Reader, item: Item, second_reading: bool) -> str:
    if reader == "buyer":
        return agents.buyer_replies.understand_buyer_reply(
            item.text, item.today, item.hint, second_reading=second_reading).intent.value
    return agents.retailer_commands.understand_command(
        item.text, item.today, item.hint, second_reading=second_reading).intent.value


def folds(reader: Reader, progress: Callable[[str], None] = lambda _: None) -> list[Fold]:
    """One fold per left-out set: the model trained without it, and three readings of it."""
    training = {name: labelled(name) for name in TRAINING[reader]}
    texts = sorted({text for pairs in training.values() for text, _ in pairs})
    meaning = dict(zip(texts, embedder().embed_many([t[:READ_CHARS] for t in texts]),
                       strict=True))
    found = []
    for name in left_out_sets(reader):
        names = tuple(n for n in TRAINING[reader] if n != name)
        pairs = [pair for n in names for pair in training[n]]
        model = train([t for t, _ in pairs], [i for _, i in pairs], names,
                      meanings=np.array([meaning[t] for t, _ in pairs]))
        items = _items(name)
        read = model.probabilities(features([item.text for item in items])).argmax(axis=1)
        with _second_opinion(reader, model):
            combined = [_read(reader, item, True) for item in items]
        rules = [_read(reader, item, False) for item in items]
        found.append(Fold(name, items, [model.labels[int(i)] for i in read], combined, rules))
        progress(name)
    return found


def _share(right: int, total: int) -> str:
    return f"{right / total:6.1%}" if total else "   n/a"


def report(reader: Reader, found: list[Fold]) -> str:
    readings = ("model", "combined", "rules")
    lines = [f"{reader}: leave-one-set-out intent accuracy (CONFIDENT = {CONFIDENT[reader]})",
             f"{'left out':<34}" + "".join(f"{r:>10}" for r in readings)]
    means: dict[str, list[float]] = defaultdict(list)
    pooled: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for fold in found:
        row = f"{fold.name:<34}"
        for reading in readings:
            said: list[str] = getattr(fold, reading)
            right = [s == item.intent for s, item in zip(said, fold.items, strict=True)]
            means[reading].append(sum(right) / len(right))
            row += f"{_share(sum(right), len(right)):>10}"
            for ok, item in zip(right, fold.items, strict=True):
                pooled[item.language, reading][0] += ok
                pooled[item.language, reading][1] += 1
        lines.append(row)
    lines.append(f"{'mean over sets':<34}"
                 + "".join(f"{float(np.mean(means[r])):>10.1%}" for r in readings))
    for language in sorted({language for language, _ in pooled}):
        lines.append(f"{'language ' + language:<34}"
                     + "".join(f"{_share(*pooled[language, r]):>10}" for r in readings))
    return "\n".join(lines)


def main() -> None:
    readers: list[Reader] = [r for r in ("buyer", "retailer") if r in sys.argv[1:]] \
        or ["buyer", "retailer"]
    for reader in readers:
        found = folds(reader, lambda name: print(f"  {name}", file=sys.stderr, flush=True))
        print(report(reader, found), flush=True)


if __name__ == "__main__":
    main()
