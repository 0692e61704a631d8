"""The second reading (agents/intent_model.py): the shipped classifiers match the
readers and the data they were trained on, training is deterministic, and the
readers act on the model only where the rules are unsure."""

from __future__ import annotations

import re
import threading
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import yaml

from agents.buyer_replies import BuyerReplyIntent, understand_buyer_reply
from agents.intent_model import (
    CONFIDENT,
    SPELLING_FEATURES,
    embedder,
    features,
    intent_model,
    second_opinion,
    spelling,
    train,
)
from agents.retailer_commands import RetailerIntent, understand_command

DATA = Path(__file__).resolve().parent / "data"
FRIDAY, MONDAY = date(2026, 11, 20), date(2026, 11, 23)


def _items(name: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["items"]
    return items


def _label(item: dict[str, Any]) -> str:
    return str(item.get("intent") or item["expected_intent"])


@pytest.mark.parametrize(("reader", "intents"), [("retailer", RetailerIntent),
                                                 ("buyer", BuyerReplyIntent)])
def test_the_model_knows_exactly_the_readers_intents(reader: Any, intents: Any) -> None:
    assert set(intent_model(reader).labels) == {i.value for i in intents}


@pytest.mark.parametrize("reader", ["retailer", "buyer"])
def test_the_newest_blind_set_was_never_trained_on(reader: Any) -> None:
    trained_on = intent_model(reader).trained_on
    assert trained_on and all((DATA / name).exists() for name in trained_on)
    prefix = "retailer_commands" if reader == "retailer" else "buyer_replies"
    blind = sorted((p.name for p in DATA.glob(f"{prefix}_blind*.yaml")),
                   key=lambda n: int(re.sub(r"\D", "", n) or 1))
    assert blind[-1] not in trained_on, f"{blind[-1]} must stay unseen to measure the readers"


@pytest.mark.parametrize("reader", ["retailer", "buyer"])
def test_the_shipped_weights_fit_the_sets_they_name(reader: Any) -> None:
    """A stale or foreign weight file reads its own training data badly."""
    model = intent_model(reader)
    items = [item for name in model.trained_on for item in _items(name)][::4]
    read = model.probabilities(features([item["text"] for item in items]))
    guesses = [model.labels[int(i)] for i in read.argmax(1)]
    right = sum(guess == _label(item) for guess, item in zip(guesses, items, strict=True))
    assert right / len(items) >= 0.9, f"{right}/{len(items)}"


def test_training_is_deterministic() -> None:
    items = _items("buyer_replies_blind.yaml")[:60]
    texts, labels = [i["text"] for i in items], [i["intent"] for i in items]
    first, second = train(texts, labels, ("a",)), train(texts, labels, ("a",))
    assert first.labels == second.labels
    assert np.array_equal(first.weights, second.weights)
    assert np.array_equal(first.bias, second.bias)


def test_a_model_of_two_intents_gives_each_its_probability() -> None:
    texts = ["kal pay karunga", "naalai anuppuren", "paid yesterday", "anuppiten sir"]
    model = train(texts, ["promise_to_pay", "promise_to_pay", "claims_paid", "claims_paid"],
                  ("a",))
    p = model.probabilities(features(["paid already, check"]))
    assert model.labels == ("claims_paid", "promise_to_pay") and p.shape == (1, 2)
    assert np.isclose(p.sum(), 1.0) and p[0, 0] > p[0, 1]


def test_the_spelling_features_are_case_blind_and_share_the_letters_of_variants() -> None:
    rows = spelling(["Pannren", "pannren", "panren", "kal dunga"]).toarray()
    assert rows.shape == (4, SPELLING_FEATURES)
    assert np.allclose(np.linalg.norm(rows, axis=1), 1.0)
    assert np.array_equal(rows[0], rows[1])
    assert rows[1] @ rows[2] > 0.3 > rows[1] @ rows[3]  # a romanised variant stays close
    assert np.array_equal(spelling(["panren"]).toarray(), rows[2:3])  # same row alone


def test_the_model_reads_only_the_start_of_a_long_message() -> None:
    head = "kal pakka pay kar dunga bhai "
    long = head + "x" * 5000
    assert np.array_equal(features([long], np.zeros((1, 384))).toarray(),
                          features([long[:400]], np.zeros((1, 384))).toarray())


@pytest.mark.parametrize(("probability", "overrides"), [(0.69, False), (0.7, True)])
def test_the_buyer_model_overrides_the_rules_from_its_threshold(
        monkeypatch: pytest.MonkeyPatch, probability: float, overrides: bool) -> None:
    from agents import intent_model as module

    assert CONFIDENT["buyer"] == 0.7
    model = module.intent_model("buyer")
    monkeypatch.setattr(type(model), "guess", lambda self, text: module.IntentGuess(
        "dispute", probability))
    expected = "dispute" if overrides else "promise_to_pay"
    assert second_opinion("buyer", "kal dunga", "promise_to_pay") == expected


def test_embedding_from_many_threads_gives_the_same_vectors() -> None:
    texts = [f"INV-{n} ka payment aa gaya {n * 1000} rupaye" for n in range(40)]
    alone = embedder().embed_many(texts)
    found: dict[int, Any] = {}

    def work(n: int) -> None:
        found[n] = embedder().embed(texts[n])

    threads = [threading.Thread(target=work, args=(n,)) for n in range(len(texts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for n in range(len(texts)):
        assert np.allclose(found[n], alone[n], atol=1e-5)


def test_a_nul_byte_is_read_not_crashed_on() -> None:
    assert intent_model("buyer").guess("kal\x00 pay karunga").intent in {
        i.value for i in BuyerReplyIntent}


# --- the readers with the second reading ----------------------------------------------


def test_a_carrier_keyword_alone_stays_with_the_rules() -> None:
    for word in ("STOP", "stop.", "UNSUBSCRIBE", "START"):
        rules = understand_buyer_reply(word, MONDAY, second_reading=False)
        assert understand_buyer_reply(word, MONDAY) == rules


def test_an_opt_out_only_the_model_read_covers_every_channel() -> None:
    """An opt-out in words is for all channels, however it was recognised."""
    text = "please no more of these texts to my number"
    assert understand_buyer_reply(text, MONDAY, second_reading=False).intent \
        is BuyerReplyIntent.OTHER  # the rules alone miss it
    reply = understand_buyer_reply(text, MONDAY)
    assert (reply.intent, reply.opt_out_scope) == (BuyerReplyIntent.OPT_OUT, "all")


def test_the_rules_language_switch_is_never_overridden() -> None:
    for text in ("Tamil la pesunga", "हिंदी में बात करो", "switch to English"):
        assert understand_command(text, FRIDAY).intent is RetailerIntent.CHANGE_LANGUAGE


def test_the_model_overrides_only_when_confident() -> None:
    """Whenever the two readings differ, the model was at least CONFIDENT."""
    model = intent_model("retailer")
    for item in _items("retailer_commands_heldout.yaml"):
        rules = understand_command(item["text"], FRIDAY, second_reading=False).intent
        both = understand_command(item["text"], FRIDAY).intent
        if both is not rules:
            guess = model.guess(item["text"])
            assert (guess.intent, guess.probability >= CONFIDENT["retailer"]) == (both.value,
                                                                      True)


def test_a_reading_says_whether_the_second_reading_chose_its_intent() -> None:
    """The router keeps a field correction in its form when only the model saw a command:
    ``guessed`` is true exactly when the second reading's intent replaced the rules'."""
    guessed = 0
    for item in _items("retailer_commands_extra.yaml"):
        both = understand_command(item["text"], FRIDAY)
        rules = understand_command(item["text"], FRIDAY, second_reading=False)
        assert both.guessed == (both.intent is not rules.intent), item["text"]
        assert not rules.guessed
        guessed += both.guessed
    assert guessed > 0  # the second reading did replace some readings
    assert not understand_command("show pending", FRIDAY).guessed


@pytest.mark.parametrize("text", ["42", "1045", "501", "7."])
def test_a_bare_number_is_never_a_command_of_the_models(text: str) -> None:
    from datetime import date

    from agents.retailer_commands import understand_command

    # the answer to a flow's question ("which invoice?"), which the router gives the flow
    assert understand_command(text, date(2026, 11, 20)).intent.value == "other"
