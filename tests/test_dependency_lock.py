"""uv.lock pins what pyproject.toml asks for, and the set-up installs exactly that.

A fresh machine must run the same program as the one the tests passed on, so
the set-up installs the lock (``uv sync --frozen``), never a fresh resolution.
These tests fail when someone edits the dependencies in ``pyproject.toml``
without re-locking (``uv lock``), or the lock by hand.
"""

from __future__ import annotations

import subprocess
import tomllib
from importlib.metadata import version
from pathlib import Path
from typing import Any

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
UV = ROOT / ".uv" / "bin" / "uv"


def _pyproject() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _lock() -> dict[str, Any]:
    return tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))


def _declared() -> set[tuple[str, str, str]]:
    """(name, specifier, marker) for every dependency pyproject.toml declares."""
    project = _pyproject()["project"]
    rows = [Requirement(text) for text in project["dependencies"]]
    for extra, texts in project.get("optional-dependencies", {}).items():
        rows += [Requirement(f"{text}; extra == '{extra}'") for text in texts]
    return {(canonicalize_name(r.name) + (f"[{','.join(sorted(r.extras))}]" if r.extras else ""),
             str(r.specifier), str(r.marker or "")) for r in rows}


def _root_package() -> dict[str, Any]:
    name = _pyproject()["project"]["name"]
    (package,) = [p for p in _lock()["package"] if p["name"] == name]
    return package


def _locked_versions() -> dict[str, Version]:
    return {canonicalize_name(p["name"]): Version(p["version"])
            for p in _lock()["package"] if "version" in p}


def test_the_lock_records_exactly_the_dependencies_pyproject_declares() -> None:
    locked = set()
    for row in _root_package()["metadata"]["requires-dist"]:
        extras = row.get("extras")
        name = canonicalize_name(row["name"]) + (f"[{','.join(sorted(extras))}]" if extras else "")
        marker = str(Requirement(f"x; {row['marker']}").marker) if "marker" in row else ""
        locked.add((name, str(Requirement(f"x{row.get('specifier', '')}").specifier), marker))
    assert locked == _declared()


def test_every_locked_version_satisfies_the_declared_range() -> None:
    versions = _locked_versions()
    for name_with_extras, specifier, _marker in _declared():
        name = name_with_extras.split("[")[0]
        assert name in versions, f"{name} is declared but not locked"
        assert Requirement(f"x{specifier}").specifier.contains(versions[name],
                                                              prereleases=True), name


def test_every_locked_package_is_pinned_with_hashes() -> None:
    for package in _lock()["package"]:
        if package.get("source", {}).get("editable") or package.get("source", {}).get("virtual"):
            continue  # the project itself
        artefacts = [*package.get("wheels", []), *([package["sdist"]] if "sdist" in package
                                                    else [])]
        assert artefacts, f"{package['name']} has nothing to install"
        assert all(a.get("hash", "").startswith("sha256:") for a in artefacts), package["name"]


def test_uv_agrees_that_the_lock_is_current() -> None:
    # The same check uv makes before `uv sync --locked`; --offline: nothing is fetched.
    result = subprocess.run([str(UV), "lock", "--check", "--offline"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_the_installed_environment_is_the_locked_one() -> None:
    versions = _locked_versions()
    for name in ("babel", "langgraph", "sqlalchemy", "fastapi", "twilio", "procrastinate"):
        assert Version(version(name)) == versions[name], name


def test_the_setup_installs_the_lock_frozen_and_stamps_on_it() -> None:
    setup = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    assert "uv sync --frozen" in setup
    assert "uv.lock" in setup.split("want=")[1].splitlines()[0]
    assert "pyproject.toml" not in setup.split("want=")[1].splitlines()[0]
    required = _pyproject()["tool"]["uv"]["required-version"]
    assert f"UV_VERSION={required.removeprefix('==')}" in setup
