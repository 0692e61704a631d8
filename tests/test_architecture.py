"""The map stays true: each folder imports only the folders below it, no module
imports itself round a circle, and the agents reach the database only through
what the store hands them (docs/architecture.md)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bakaya", "channels", "agents", "store", "tools", "prompts")


def test_each_folder_imports_only_the_folders_below_it() -> None:
    # The layers contract in pyproject.toml ([tool.importlinter]), TYPE_CHECKING imports
    # and imports inside functions included.
    result = subprocess.run([str(Path(sys.executable).with_name("lint-imports")),
                             "--no-cache"], cwd=ROOT, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def _cycles(graph: grimp.ImportGraph, modules: set[str]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(module: str) -> None:
        index[module] = low[module] = counter[0]
        counter[0] += 1
        stack.append(module)
        on_stack.add(module)
        for target in graph.find_modules_directly_imported_by(module) & modules:
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in sorted(modules):
        if module not in index:
            visit(module)
    return found


def test_no_module_imports_itself_round_a_circle() -> None:
    graph = grimp.build_graph(*PACKAGES)
    # A package's __init__ importing its own modules is not a design cycle.
    modules = {m for m in graph.modules if not any(m == p for p in PACKAGES)}
    assert _cycles(graph, modules) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = grimp.ImportGraph()
    for module in ("a", "a.x", "a.y", "a.z"):
        graph.add_module(module)
    graph.add_import(importer="a.x", imported="a.y")
    graph.add_import(importer="a.y", imported="a.x")
    graph.add_import(importer="a.z", imported="a.x")
    assert _cycles(graph, {"a.x", "a.y", "a.z"}) == [["a.x", "a.y"]]


def test_agents_reach_the_database_only_through_the_store() -> None:
    offending = []
    for path in sorted((ROOT / "agents").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\btransaction\(|\bselect\(|\bsqlalchemy\b|\bEngine\b", line):
                offending.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offending == []


SOURCES = ("agents", "bakaya", "channels", "prompts", "store", "tools", "tests", "scripts")


def _project_texts() -> list[tuple[Path, str]]:
    texts = []
    for folder in SOURCES:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix in {".py", ".ftl", ".yaml", ".md", ".sh", ".html"}:
                texts.append((path, path.read_text(encoding="utf-8")))
    texts.append((ROOT / "README.md", (ROOT / "README.md").read_text(encoding="utf-8")))
    return texts


def test_code_cites_the_projects_own_docs_and_each_cited_section_exists() -> None:
    cited = 0
    for path, content in _project_texts():
        if path == Path(__file__):
            continue
        assert not re.search(r"\b(DESIGN|DOMAIN|STYLE|GLOSSARY|STACK)\.md|\.\./shared", content), \
            path
        for match in re.finditer(r'docs/([a-z-]+\.md)(?: "([^"]+)")?', content):
            doc = ROOT / "docs" / match[1]
            assert doc.is_file(), f"{path}: {match[0]}"
            if match[2]:
                headings = re.findall(r"^#+ (.+)$", doc.read_text(encoding="utf-8"), re.M)
                assert match[2] in headings, f"{path}: {match[0]}"
            cited += 1
    assert cited > 20


def test_the_languages_are_defined_once() -> None:
    """prompts.Language is the one definition: the store's column type is it, the readers'
    static Literal view equals it, and no other module spells out the set again."""
    from typing import get_args

    import agents.reading
    import prompts
    import store.models

    assert store.models.Language is prompts.Language
    assert get_args(agents.reading.Language) == tuple(prompts.Language)
    assert tuple(prompts.Language) == prompts.LANGUAGES
    codes = r'"(?:ta|hi|en)"'
    spelled = re.compile(rf"[(\[{{]\s*{codes}\s*,\s*{codes}\s*,\s*{codes}\s*[)\]}}]")
    allowed = {ROOT / "agents" / "reading.py"}  # the Literal view, checked above
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if path not in allowed and "migrations" not in path.parts:
                assert not spelled.search(path.read_text(encoding="utf-8")), path
