"""coach/ is pure: the standard library and itself, nothing else.

The direction of the packages (bot -> storage -> coach, only bot.app knows storage,
coach.ports names values only) is kept by import-linter: `lint-imports`, run in CI,
with its contracts in pyproject.toml.
"""

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
