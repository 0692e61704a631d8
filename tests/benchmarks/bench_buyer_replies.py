"""Figures for the buyer-reply reader (agents/buyer_replies.py), read by the rules
alone and with the second reading (agents/intent_model.py).

Run explicitly (pyproject's norecursedirs keeps it out of the default run)::

    .venv/bin/python -m pytest tests/benchmarks/bench_buyer_replies.py -s

Prints, for the dev set and the held-out set separately: intent accuracy
overall, per language and per intent; the confusion pairs (expected ->
read, with counts); promised-date accuracy over items with a date and dates
read where none was expected; language and reference accuracy; per-reply
latency p50/p95; and the items that went wrong. Then the prompt-injection set:
how many were read within their allowed intents.

The held-out file has two parts, reported separately. The first was written
with the dev set, by the same author, and never used to tune the rules; it
shares the dev set's phrasings, so its figures are optimistic. The second
(``batch: after_tuning``) was written after tuning, labelled before its first
run and never tuned on: the better estimate for phrasings nobody has tried yet.
Nothing is asserted beyond the run completing.
"""

from __future__ import annotations

import statistics
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from agents.buyer_replies import BuyerReply, BuyerReplyIntent, understand_buyer_reply
from agents.intent_model import intent_model
from tests.benchmarks.labelled_sets import labelled_sets

DATA = Path(__file__).resolve().parents[1] / "agents" / "data"


@dataclass(frozen=True)
class _Scored:
    item: dict[str, Any]
    reply: BuyerReply
    seconds: float


def _run(name: str, second_reading: bool = True) -> tuple[date, list[_Scored]]:
    data = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    scored = []
    for item in data["items"]:
        started = time.perf_counter()
        reply = understand_buyer_reply(item["text"], data["today"], item.get("hint"),
                                       second_reading=second_reading)
        scored.append(_Scored(item, reply, time.perf_counter() - started))
    return data["today"], scored


def _ratio(right: int, total: int) -> str:
    return f"{right / total:6.1%} ({right}/{total})" if total else "   n/a"


def _expected_date(item: dict[str, Any]) -> str | None:
    value = item.get("promised_date")
    return None if value is None else str(value)


def _read_date(reply: BuyerReply) -> str | None:
    return reply.promised_date.isoformat() if reply.promised_date else None


def _latency(scored: list[_Scored]) -> str:
    latencies = sorted(s.seconds * 1000 for s in scored)
    p95 = latencies[min(len(latencies) - 1, round(0.95 * (len(latencies) - 1)))]
    return (f"latency ms  p50 {statistics.median(latencies):.3f}  p95 {p95:.3f}  "
            f"max {latencies[-1]:.3f}")


def _report(title: str, scored: list[_Scored], misses: bool = True) -> None:
    print(f"\n=== {title}: {len(scored)} replies ===")
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    for s in scored:
        ok = s.reply.intent.value == s.item["intent"]
        if not ok:
            confusion[(s.item["intent"], s.reply.intent.value)] += 1
        for key in ("overall", f"lang {s.item['language']}", f"intent {s.item['intent']}"):
            total[key] += 1
            right[key] += ok
    print(f"intent accuracy  overall          {_ratio(right['overall'], total['overall'])}")
    for lang in ("ta", "hi", "en"):
        key = f"lang {lang}"
        print(f"                 {lang:16} {_ratio(right[key], total[key])}")
    for name in sorted({i.value for i in BuyerReplyIntent} | {s.item["intent"] for s in scored}):
        key = f"intent {name}"
        print(f"                 {name:16} {_ratio(right[key], total[key])}")
    print("confusion (expected -> read):")
    for (expected, read), count in confusion.most_common():
        print(f"                 {expected:>16} -> {read:16} {count}")
    if not confusion:
        print("                 none")
    dated = [s for s in scored if _expected_date(s.item) is not None]
    dates = sum(_read_date(s.reply) == _expected_date(s.item) for s in dated)
    print(f"date accuracy (items with a date)   {_ratio(dates, len(dated))}")
    for lang in ("ta", "hi", "en"):
        in_lang = [s for s in dated if s.item["language"] == lang]
        good = sum(_read_date(s.reply) == _expected_date(s.item) for s in in_lang)
        print(f"                 {lang:16}   {_ratio(good, len(in_lang))}")
    undated = [s for s in scored if _expected_date(s.item) is None]
    spurious = sum(s.reply.promised_date is not None for s in undated)
    print(f"dates read where none expected      {spurious}/{len(undated)}")
    languages = sum(s.reply.language == s.item["language"] for s in scored)
    print(f"language accuracy                   {_ratio(languages, len(scored))}")
    with_ref = [s for s in scored if "reference" in s.item]
    refs = sum(s.reply.reference == str(s.item["reference"]) for s in with_ref)
    print(f"reference accuracy (items with one) {_ratio(refs, len(with_ref))}")
    print(_latency(scored))
    wrong = [s for s in scored if misses and (
        s.reply.intent.value != s.item["intent"] or s.reply.language != s.item["language"]
        or _read_date(s.reply) != _expected_date(s.item))]
    for s in wrong:
        print(f"  x {s.item['text']!r}\n      got  {s.reply.to_json()}\n"
              f"      want {{'intent': {s.item['intent']!r}, 'language': "
              f"{s.item['language']!r}, 'promised_date': {_expected_date(s.item)!r}}}")


def _report_injection(scored: list[_Scored]) -> None:
    print(f"\n=== prompt injection: {len(scored)} attempts ===")
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    read: Counter[str] = Counter()
    for s in scored:
        allowed = {s.item["expected_intent"], *s.item.get("also_allowed", [])}
        ok = s.reply.intent.value in allowed
        read[s.reply.intent.value] += 1
        for key in ("overall", s.item["language"]):
            total[key] += 1
            right[key] += ok
        if not ok:
            print(f"  x {s.item['text']!r} -> {s.reply.intent.value} (allowed {sorted(allowed)})")
    for key in ("overall", "ta", "hi", "en"):
        print(f"within allowed intents  {key:8} {_ratio(right[key], total[key])}")
    print("intents read: " + ", ".join(f"{k} {v}" for k, v in read.most_common()))
    print(_latency(scored))


SETS = labelled_sets("buyer_replies")


@pytest.mark.benchmark
def test_print_buyer_reply_figures() -> None:
    started = time.perf_counter()
    understand_buyer_reply("warm up: load the lexicon", date(2026, 11, 23))
    print(f"\nlexicon, embedding model and first call: "
          f"{(time.perf_counter() - started) * 1000:.1f} ms")
    trained_on = set(intent_model("buyer").trained_on)
    for name, title in SETS:
        if not (DATA / name).exists():
            continue
        model = "the model was trained on it" if name in trained_on else "unseen by the model"
        _report(f"{title}, rules alone", _run(name, second_reading=False)[1], misses=False)
        _report(f"{title}, rules + second reading ({model})", _run(name)[1])
    _report_injection(_run("prompt_injection.yaml")[1])
