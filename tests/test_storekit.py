"""The shared-storage servers (PostgreSQL, SeaweedFS) start only for the tests that use them.

They take seconds to start (the run's summary shows how many), so a test that does not
ask for them, even one in the same file as tests that do, must never start them. Checked
with pytest's own plan (--setup-plan), which names every fixture each test would set up
without running anything.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
SERVERS = ("postgres_server", "s3_server")


def _plan(*files: str) -> dict[str, set[str]]:
    """Each collected test's fixtures, as pytest --setup-plan lists them."""
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "--setup-plan", "-q", "-p", "no:cacheprovider",
         "-m", "not tor", *files],
        check=False, cwd=HERE.parent, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    used: dict[str, set[str]] = {}
    for line in run.stdout.splitlines():
        found = re.match(r"\s+(tests/\S+::\S+) \(fixtures used: ([^)]*)\)", line)
        if found:
            used[found[1]] = {name.strip() for name in found[2].split(",")}
    return used


def test_only_tests_with_shared_storage_start_its_servers() -> None:
    plan = _plan("tests/test_inbox_balance.py", "tests/test_inbox_scale.py")
    shared = {test for test, fixtures in plan.items() if "shared" in fixtures}
    assert shared and all(test.startswith("tests/test_inbox_scale.py::") for test in shared)
    for test, fixtures in plan.items():
        starts = fixtures & set(SERVERS)
        assert starts == (set(SERVERS) if test in shared else set()), test
    unshared = set(plan) - shared
    assert any("test_serve_" in test for test in unshared)  # same file, no servers
    assert any(test.startswith("tests/test_inbox_balance.py::") for test in unshared)
