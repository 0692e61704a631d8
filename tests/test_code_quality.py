"""ruff over the project and mypy --strict over the legal core stay clean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=600)


def test_ruff_is_clean() -> None:
    result = _run("ruff", "check", "--no-cache", "tools", "store", "bakaya", "channels", "agents",
                  "prompts",
                  "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_is_clean_on_tools() -> None:
    result = _run("mypy", "--strict", "tools")
    assert result.returncode == 0, result.stdout + result.stderr
