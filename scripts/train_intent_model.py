"""Train the intent classifiers (agents/models/<reader>_intents.npz) from labelled sets.

    .venv/bin/python scripts/train_intent_model.py

The sets named in TRAINING are the only ones used; the later blind sets stay
unseen, so the benchmarks' figures on them are honest. Deterministic: the same
sets give the same weights.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from agents.intent_model import MODELS, train  # noqa: E402

DATA = ROOT / "tests" / "agents" / "data"
TRAINING = {
    "retailer": ("retailer_commands.yaml", "retailer_commands_heldout.yaml",
                 "retailer_commands_blind.yaml", "retailer_commands_blind2.yaml",
                 "retailer_commands_blind3.yaml", "retailer_commands_blind4.yaml",
                 "retailer_commands_blind5.yaml", "retailer_commands_blind6.yaml",
                 "retailer_commands_blind7.yaml", "retailer_commands_blind8.yaml",
                 "retailer_commands_blind9.yaml", "retailer_commands_blind10.yaml",
                 "retailer_commands_extra.yaml"),
    "buyer": ("buyer_replies.yaml", "buyer_replies_heldout.yaml",
              "buyer_replies_blind.yaml", "buyer_replies_blind2.yaml",
              "buyer_replies_blind3.yaml", "buyer_replies_blind4.yaml",
              "buyer_replies_blind5.yaml", "buyer_replies_blind6.yaml",
              "buyer_replies_blind7.yaml", "buyer_replies_blind8.yaml",
              "buyer_replies_blind9.yaml", "buyer_replies_blind10.yaml",
              "buyer_replies_blind11.yaml", "buyer_replies_blind12.yaml",
              "buyer_replies_blind13.yaml", "buyer_replies_blind14.yaml",
              "buyer_replies_blind15.yaml", "buyer_replies_blind16.yaml",
              "buyer_replies_blind17.yaml", "buyer_replies_blind18.yaml",
              "buyer_replies_train1.yaml",
              "buyer_replies_train2.yaml", "buyer_replies_train3.yaml",
              "buyer_replies_train4.yaml",
              "buyer_replies_extra.yaml",
              "prompt_injection.yaml"),
}


def labelled(name: str) -> list[tuple[str, str]]:
    """(text, intent) of each item of one labelled set."""
    items = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["items"]
    # prompt_injection.yaml names the reading it must get expected_intent
    return [(item["text"], item.get("intent") or item["expected_intent"]) for item in items]


def main() -> None:
    MODELS.mkdir(exist_ok=True)
    for reader, names in TRAINING.items():
        pairs = [pair for name in names for pair in labelled(name)]
        texts, intents = [text for text, _ in pairs], [intent for _, intent in pairs]
        model = train(texts, intents, names)
        model.save(MODELS / f"{reader}_intents.npz")
        print(f"{reader}: {len(texts)} messages, {len(model.labels)} intents")


if __name__ == "__main__":
    main()
