#!/usr/bin/env python3
"""Run the kill -9 fault loop (tests/test_client_faults.py) with 1,000 iterations, or N.

Usage: scripts/kill_loop.py [N]. CI runs 200; this is for manual and bench runs.
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    iterations = sys.argv[1] if len(sys.argv) > 1 else "1000"
    env = {**os.environ, "SATCHEL_KILL_ITERATIONS": iterations}
    pytest = ROOT / ".venv" / "bin" / "pytest"
    test = "tests/test_client_faults.py::test_kill_at_random_points_loses_nothing"
    return subprocess.run([str(pytest), "-q", test], cwd=ROOT, env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
