"""One generated corpus per test session, shared by the generator's checks and the
reader's accuracy tests (building it takes seconds; reading it, a minute)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extraction.corpus import Corpus, build_corpus


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("corpus")


@pytest.fixture(scope="session")
def corpus(corpus_dir: Path) -> Corpus:
    return build_corpus(corpus_dir)
