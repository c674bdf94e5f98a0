"""Dependencies point one way: bot -> coach <- storage; only bot/app.py knows storage."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
THIRD_PARTY_ALLOWED_IN_COACH: frozenset[str] = frozenset()


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def _modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("path", _modules("coach"), ids=lambda p: p.name)
def test_coach_imports_only_the_standard_library_and_itself(path: Path) -> None:
    outside = _imports(path) - set(sys.stdlib_module_names) - {"coach"}
    assert outside <= THIRD_PARTY_ALLOWED_IN_COACH, f"{path.name} imports {outside}"


@pytest.mark.parametrize("path", _modules("storage"), ids=lambda p: p.name)
def test_storage_never_imports_the_bot(path: Path) -> None:
    assert "bot" not in _imports(path)


@pytest.mark.parametrize("path", _modules("bot"), ids=lambda p: str(p.relative_to(ROOT)))
def test_only_the_wiring_module_knows_storage(path: Path) -> None:
    if path.relative_to(ROOT).as_posix() in {"bot/app.py"}:
        return
    assert "storage" not in _imports(path), f"{path} reaches storage directly"
