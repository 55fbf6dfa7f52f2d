"""docs/threat-model.md names the test for each defence: every name must exist (issue 15)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAMED = re.compile(r"(tests/[\w/]+\.py)::(test_\w+)")


def _defined(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    return {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}


def test_every_test_the_threat_model_names_exists() -> None:
    named = set(NAMED.findall((ROOT / "docs" / "threat-model.md").read_text()))
    assert len(named) >= 40, f"only {len(named)} named tests"
    missing = [f"{f}::{t}" for f, t in sorted(named)
               if not (ROOT / f).is_file() or t not in _defined(ROOT / f)]
    assert missing == []
