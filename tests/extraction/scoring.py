"""Reading the whole corpus with the extraction agent and scoring it against its truth:
shared by the accuracy test and the benchmark."""

from __future__ import annotations

import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from tests.extraction.corpus import Corpus, CorpusDocument
from tests.extraction.heldout import Heldout, HeldoutDocument

FIELDS = ("gstin_seller", "gstin_buyer", "udyam", "invoice_number", "invoice_date", "total")


@dataclass(frozen=True)
class Scored:
    document: CorpusDocument | HeldoutDocument
    read: dict[str, Any]  # Extraction.to_json()
    seconds: float
    pages: int

    def right(self, field: str) -> bool:
        return bool(self.read[field] == self.document.truth[field])


def _read_one(paths: Sequence[str], public_key: bytes) -> tuple[dict[str, Any], float, int]:
    from agents.extraction import extract_invoice

    files = [Path(p).read_bytes() for p in paths]
    started = time.perf_counter()
    extraction = extract_invoice(files, public_keys=[public_key])
    return extraction.to_json(), time.perf_counter() - started, extraction.pages


def read_corpus(corpus: Corpus | Heldout, workers: int = 2) -> list[Scored]:
    """Every document read (``workers`` processes; each document's time is its own)."""
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("forkserver")) as pool:
        futures = [pool.submit(_read_one, [str(p) for p in d.files],
                               corpus.einvoice_public_key_pem) for d in corpus.documents]
        return [Scored(d, *future.result()) for d, future in zip(corpus.documents, futures,
                                                                 strict=True)]


def accuracy(scored: Sequence[Scored], fields: Sequence[str]) -> float:
    """The share of (document, field) pairs read exactly."""
    pairs = [(s, f) for s in scored for f in fields]
    return sum(s.right(f) for s, f in pairs) / len(pairs) if pairs else 0.0
