"""ruff over the project and mypy --strict over every package stay clean."""

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


PACKAGES = ("tools", "store", "agents", "channels", "bakaya", "prompts")


def test_every_code_folder_is_a_checked_package() -> None:
    folders = {p.parent.name for p in ROOT.glob("*/__init__.py")} - {"tests"}
    assert folders == set(PACKAGES)


def test_mypy_strict_is_clean_on_every_package() -> None:
    result = _run("mypy", "--strict", "--no-incremental", *PACKAGES)
    assert result.returncode == 0, result.stdout + result.stderr
