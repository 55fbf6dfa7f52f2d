"""The wheel holds exactly the satchel package (mapped from the top-level folders) and
the console script, and runs when installed on its own."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = {"crypto": "satchel/crypto", "client": "satchel/client", "sync": "satchel/sync",
           "ui": "satchel/ui"}


def test_wheel_contents_and_console_script(tmp_path: Path) -> None:
    # Build from a copy, so the build leaves nothing in the work tree.
    source = tmp_path / "src"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", ".mypy_tree", "build", "tmp", "__pycache__", "*.egg-info", ".*_cache"))
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "-w", str(tmp_path), str(source)],
        capture_output=True, text=True, cwd=tmp_path, check=False,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = tmp_path.glob("satchel-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert {n.split("/")[0] for n in names} == {"satchel", wheel.name.split("-py")[0] + ".dist-info"}
    assert "satchel/__main__.py" in names and "satchel/__init__.py" not in names  # namespace
    for folder, package in FOLDERS.items():
        for module in (ROOT / folder).rglob("*.py"):
            assert f"{package}/{module.relative_to(ROOT / folder).as_posix()}" in names
        assert f"{package}/py.typed" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "satchel = satchel.ui.cli.main:main" in zipfile.ZipFile(wheel).read(entry_points).decode()

    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target",
                    str(target), str(wheel)], check=True, capture_output=True)
    env = {**os.environ, "PYTHONPATH": str(target)}
    out = subprocess.run([sys.executable, "-I", "-c",
                          "import sys; sys.path.insert(0, sys.argv[1]);"
                          "import satchel.ui.cli.main as c; print(c.__file__)", str(target)],
                         check=True, capture_output=True, text=True, env=env, cwd=tmp_path)
    assert out.stdout.strip().startswith(str(target))
    # `python -m satchel` from the wheel: its __main__ is the installed one, and it runs.
    by_module = subprocess.run([sys.executable, "-I", "-c",
                                "import runpy, sys; sys.path.insert(0, sys.argv.pop(1));"
                                "from importlib.util import find_spec;"
                                "print(find_spec('satchel.__main__').origin, flush=True);"
                                "sys.argv[1:] = ['--version']; runpy.run_module('satchel', "
                                "run_name='__main__', alter_sys=True)", str(target)],
                               capture_output=True, text=True, cwd=tmp_path, check=False)
    assert by_module.returncode == 0, by_module.stderr
    assert by_module.stdout.splitlines() == [str(target / "satchel" / "__main__.py"), "satchel 0.1.0"]


def test_python_m_satchel_is_the_satchel_command(tmp_path: Path) -> None:
    """In the editable install: same help, same exit code for a usage error, from any folder."""
    command = Path(sys.executable).with_name("satchel")
    for args, code in ((["--help"], 0), (["no-such-command"], 2)):
        direct = subprocess.run([str(command), *args], capture_output=True, text=True,
                                cwd=tmp_path, check=False)
        module = subprocess.run([sys.executable, "-m", "satchel", *args], capture_output=True,
                                text=True, cwd=tmp_path, check=False)
        assert direct.returncode == module.returncode == code
        assert (direct.stdout, direct.stderr) == (module.stdout, module.stderr)
