"""Figures for the retailer-command reader (agents/retailer_commands.py), read by the
rules alone and with the second reading (agents/intent_model.py).

Run explicitly (pyproject's norecursedirs keeps it out of the default run)::

    .venv/bin/python -m pytest tests/benchmarks/bench_retailer_commands.py -s

Prints, for the dev set, the held-out set and the blind set (written by someone
who had not seen the rules) separately: intent accuracy
overall, per language and per intent; language accuracy; slot exact-match on
items with slots; buyer-name accuracy; per-utterance latency p50/p95; and the
items that went wrong. The held-out set was written with the dev set and never
used to tune the rules: its figures are the honest estimate. Nothing is
asserted beyond the run completing.
"""

from __future__ import annotations

import statistics
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from agents.intent_model import intent_model
from agents.retailer_commands import ParsedCommand, RetailerIntent, understand_command
from tests.benchmarks.labelled_sets import labelled_sets

DATA = Path(__file__).resolve().parents[1] / "agents" / "data"


@dataclass(frozen=True)
class _Scored:
    item: dict[str, Any]
    parsed: ParsedCommand
    seconds: float


def _run(name: str, second_reading: bool = True) -> list[_Scored]:
    data = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    scored = []
    for item in data["items"]:
        started = time.perf_counter()
        parsed = understand_command(item["text"], data["today"], item.get("hint"),
                                    second_reading=second_reading)
        scored.append(_Scored(item, parsed, time.perf_counter() - started))
    return scored


def _slots(item: dict[str, Any]) -> dict[str, Any]:
    return dict(item.get("slots") or {})


def _ratio(right: int, total: int) -> str:
    return f"{right / total:6.1%} ({right}/{total})" if total else "   n/a"


def _report(title: str, scored: list[_Scored], misses: bool = True) -> None:
    print(f"\n=== {title}: {len(scored)} utterances ===")
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for s in scored:
        ok = s.parsed.intent.value == s.item["intent"]
        for key in ("overall", f"lang {s.item['language']}", f"intent {s.item['intent']}"):
            total[key] += 1
            right[key] += ok
    print(f"intent accuracy  overall      {_ratio(right['overall'], total['overall'])}")
    for lang in ("ta", "hi", "en"):
        key = f"lang {lang}"
        print(f"                 {lang:12} {_ratio(right[key], total[key])}")
    for name in sorted({i.value for i in RetailerIntent} | {s.item["intent"] for s in scored}):
        key = f"intent {name}"
        print(f"                 {name:16} {_ratio(right[key], total[key])}")
    languages = sum(s.parsed.language == s.item["language"] for s in scored)
    print(f"language accuracy             {_ratio(languages, len(scored))}")
    with_slots = [s for s in scored if _slots(s.item)]
    slots = sum(s.parsed.slots == _slots(s.item) for s in with_slots)
    print(f"slot exact-match (with slots) {_ratio(slots, len(with_slots))}")
    for lang in ("ta", "hi", "en"):
        in_lang = [s for s in with_slots if s.item["language"] == lang]
        print(f"                 {lang:12} "
              f"{_ratio(sum(s.parsed.slots == _slots(s.item) for s in in_lang), len(in_lang))}")
    no_slots = [s for s in scored if not _slots(s.item)]
    clean = sum(not s.parsed.slots for s in no_slots)
    print(f"no spurious slots (no slots)  {_ratio(clean, len(no_slots))}")
    named = [s for s in scored if "buyer_name" in s.item]
    names = sum(s.parsed.buyer_name == s.item["buyer_name"] for s in named)
    print(f"buyer_name                    {_ratio(names, len(named))}")
    latencies = sorted(s.seconds * 1000 for s in scored)
    p95 = latencies[min(len(latencies) - 1, round(0.95 * (len(latencies) - 1)))]
    print(f"latency ms  p50 {statistics.median(latencies):.2f}  p95 {p95:.2f}  "
          f"max {latencies[-1]:.2f}")
    wrong = [s for s in scored if misses and (
        s.parsed.intent.value != s.item["intent"] or s.parsed.language != s.item["language"]
        or s.parsed.slots != _slots(s.item))]
    for s in wrong:
        print(f"  x {s.item['text']!r}\n      got {s.parsed.to_json()}\n"
              f"      want {{'intent': {s.item['intent']!r}, 'language': "
              f"{s.item['language']!r}, 'slots': {_slots(s.item)}}}")


SETS = labelled_sets("retailer_commands")


@pytest.mark.benchmark
def test_print_router_figures() -> None:
    started = time.perf_counter()
    understand_command("warm up: load the lexicon", __import__("datetime").date(2026, 11, 20))
    print(f"\nlexicon, embedding model and first call: "
          f"{(time.perf_counter() - started) * 1000:.1f} ms")
    trained_on = set(intent_model("retailer").trained_on)
    for name, title in SETS:
        if not (DATA / name).exists():
            continue
        model = "the model was trained on it" if name in trained_on else "unseen by the model"
        _report(f"{title}, rules alone", _run(name, second_reading=False), misses=False)
        _report(f"{title}, rules + second reading ({model})", _run(name))
