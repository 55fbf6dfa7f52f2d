#!/usr/bin/env python3
"""Run the kill -9 crash loops with 1,000 iterations each, or N.

Usage: scripts/kill_loop.py [N] [FIGURES.json]. The cross-role loop
(tests/test_crash_loop.py: ingest, seal, send mid-upload, stick export, each role's
import, courier upload, desk pull, verify and receipts) writes its figures to
FIGURES.json (default bench/tmp/crash_loop.json); then the reporter's own ingest/seal/
export loop (tests/test_client_faults.py) runs N times. The test command runs 100 and 200.
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    iterations = sys.argv[1] if len(sys.argv) > 1 else "1000"
    figures = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "bench" / "tmp" / "crash_loop.json"
    figures.parent.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "SATCHEL_KILL_ITERATIONS": iterations,
           "SATCHEL_CRASH_ITERATIONS": iterations, "SATCHEL_CRASH_FIGURES": str(figures)}
    pytest = ROOT / ".venv" / "bin" / "pytest"
    tests = ["tests/test_crash_loop.py",
             "tests/test_client_faults.py::test_kill_at_random_points_loses_nothing"]
    for test in tests:
        code = subprocess.run([str(pytest), "-q", "-s", "-p", "no:cacheprovider", test],
                              cwd=ROOT, env=env, check=False).returncode
        if code:
            return code
    print(f"figures: {figures}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
