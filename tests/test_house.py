"""The house holds: layers one way, every module importable alone, small modules and functions.

These run the same checks the test command runs (import-linter), plus two the linter
cannot do: each module imports in a fresh interpreter (no hidden import cycles), and no
product module or function outgrows what a reader can hold (400 lines, 60 lines).
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = {"crypto": "satchel.crypto", "client": "satchel.client", "sync": "satchel.sync",
            "ui": "satchel.ui"}
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def product_modules() -> list[tuple[Path, str]]:
    found = []
    for folder, package in PACKAGES.items():
        for path in sorted((ROOT / folder).rglob("*.py")):
            parts = path.relative_to(ROOT / folder).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found.append((path, ".".join((package, *parts))))
    return found


def _lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    lint = Path(sys.executable).with_name("lint-imports")
    return subprocess.run([str(lint), "--no-cache", str(ROOT / "pyproject.toml")],
                          cwd=tree, capture_output=True, text=True, check=False,
                          env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"})


def _copy_tree(dest: Path) -> Path:
    """The product packages as a plain `satchel` package tree, for the linter to read."""
    top = dest / "satchel"
    for folder in PACKAGES:
        shutil.copytree(ROOT / folder, top / folder, ignore=shutil.ignore_patterns("__pycache__"))
    return dest


def test_layers_hold(tmp_path: Path) -> None:
    done = _lint_imports(_copy_tree(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(("path", "line"), [
    ("client/errors.py", "import satchel.sync.service.events"),
    ("crypto/padding.py", "import satchel.client.errors"),
    ("sync/service/cancel.py", "import satchel.ui.cli.context"),
    ("client/fsutil.py", "import PySide6.QtCore"),
    ("ui/cli/vault.py", "import satchel.ui.desktop.app"),  # only main may open the window
    ("sync/transport/pull.py", "import satchel.sync.inbox.desk"),  # clients share only protocol
])
def test_a_forbidden_import_fails_the_run(tmp_path: Path, path: str, line: str) -> None:
    tree = _copy_tree(tmp_path)
    target = tree / "satchel" / path
    target.write_text(target.read_text() + f"\n{line}\n")
    done = _lint_imports(tree)
    assert done.returncode != 0
    assert "BROKEN" in done.stdout


@pytest.mark.parametrize(("path", "module"), product_modules(), ids=str)
def test_each_module_imports_alone(path: Path, module: str) -> None:
    done = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True,
                          text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]


def test_modules_and_functions_stay_small() -> None:
    too_big = []
    for path, _ in product_modules():
        source = path.read_text()
        lines = source.count("\n")
        if lines > MAX_MODULE_LINES:
            too_big.append(f"{path.relative_to(ROOT)}: {lines} lines")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    too_big.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}: {length}")
    assert not too_big, "split these by responsibility:\n" + "\n".join(too_big)


def test_no_module_imports_another_packages_private_names() -> None:
    offenders = []
    for path, module in product_modules():
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("satchel"):
                private = [a.name for a in node.names if a.name.startswith("_")]
                if private and not module.startswith(node.module.rsplit(".", 1)[0]):
                    offenders.append(f"{module}: from {node.module} import {', '.join(private)}")
    assert not offenders, "\n".join(offenders)


def test_every_documented_command_is_registered() -> None:
    """A command whose module fails to import must fail the run, not vanish from the parser."""
    from satchel.ui.cli.main import build_parser

    documented = set(re.findall(r"^\| `satchel ([a-z]+)", (ROOT / "README.md").read_text(), re.M))
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert sub.choices is not None
    assert {"desk", "sync", "inbox", "demo"} <= documented  # the ones that once went missing
    assert documented <= set(sub.choices), "commands in the README that the parser lacks"


def test_architecture_names_every_module() -> None:
    """docs/architecture.md's package table lists each product module in its package's row."""
    rows = {}
    for line in (ROOT / "docs" / "architecture.md").read_text().splitlines():
        found = re.match(r"\| `(satchel[\w.]*)`[^|]*\|[^|]*\|(.*)\|$", line)
        if found:
            rows[found[1]] = found[2]
    missing = []
    for path, module in product_modules():
        package, _, name = module.rpartition(".")
        if path.name == "__init__.py" or module.startswith("satchel.ui.desktop"):
            continue  # the desktop's modules are the desktop's docs; its row names sub-packages
        if f"`{name}`" not in rows.get(package, ""):
            missing.append(f"{module} (row `{package}`)")
    assert not missing, "add these to docs/architecture.md's package table:\n" + "\n".join(missing)
