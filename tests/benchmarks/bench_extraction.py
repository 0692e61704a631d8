"""Figures for the extraction agent (agents/extraction.py) on the generated corpus.

Run explicitly (pyproject's norecursedirs keeps it out of the default run)::

    scripts/test.sh tests/benchmarks/bench_extraction.py -s

Two sets: the generated corpus the reader was tuned on (tests/extraction/corpus.py),
and a held-out set written afterwards by another author who never saw the reader
(tests/extraction/heldout.py), whose first score is recorded in that module. For each,
prints, for clean documents, noisy photos and e-invoices with a QR code: per-field
exact accuracy, how many fields were asked back (confidence under 0.8), seconds per
document and per page (p50, p95, max; one document at a time, in one process), and
every wrong value. Targets: GSTIN, invoice date and total >= 95% on clean documents and
>= 85% on noisy photos; under 5 s a page; under 0.5 s when the QR code is readable.
"""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest

from tests.extraction.corpus import build_corpus
from tests.extraction.heldout import build_heldout
from tests.extraction.scoring import FIELDS, Scored, accuracy, read_corpus


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _report(title: str, group: list[Scored]) -> None:
    if not group:
        return
    print(f"\n== {title}: {len(group)} documents, {sum(s.pages for s in group)} pages")
    for field in FIELDS:
        asked = sum(1 for s in group if s.read["confidence"][field] < 0.8)
        print(f"  {field:15s} {accuracy(group, (field,)):6.1%}   asked back {asked}")
    print(f"  key fields (GSTINs, date, total): "
          f"{accuracy(group, ('gstin_seller', 'gstin_buyer', 'invoice_date', 'total')):.1%}")
    per_doc = [s.seconds for s in group]
    per_page = [s.seconds / s.pages for s in group]
    print(f"  s/document p50 {statistics.median(per_doc):.2f} p95 {_percentile(per_doc, .95):.2f}"
          f" max {max(per_doc):.2f};  s/page p50 {statistics.median(per_page):.2f}"
          f" p95 {_percentile(per_page, .95):.2f} max {max(per_page):.2f}")
    for s in group:
        wrong = {f: (s.read[f], s.document.truth[f]) for f in FIELDS if not s.right(f)}
        if wrong:
            print(f"  {s.document.name}: {wrong}")


@pytest.mark.benchmark
def test_extraction_figures(tmp_path: Path) -> None:
    for title, corpus in (("tuning corpus", build_corpus(tmp_path / "corpus")),
                          ("held-out set", build_heldout(tmp_path / "heldout"))):
        scored = read_corpus(corpus, workers=1)
        _report(f"{title}: clean documents",
                [s for s in scored if s.document.condition == "clean"])
        _report(f"{title}: noisy photos",
                [s for s in scored if s.document.condition == "noisy"])
        _report(f"{title}: e-invoices with a signed QR code",
                [s for s in scored if s.document.has_qr])
        assert len(scored) == len(corpus.documents)
