#!/usr/bin/env python3
"""Run every fuzz target (tests/fuzz/) for N inputs each and print one line per target.

Usage: scripts/fuzz.py [N] [TARGET ...]   (N defaults to 1,000,000; docs/fuzzing.md
records the figures). SATCHEL_FUZZ_SECONDS=S stops each target after S seconds instead,
for machines where 10^6 inputs of the slow targets do not fit. Each target runs in its
own process, seeded from tests/vectors, with a per-input timeout (a hang is a failure);
crashing inputs are kept under fuzz-out/<target>/ in the system temp folder.
Exit status 1 if any target crashed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUN = ROOT / "tests" / "fuzz" / "run.py"
PYTHON = ROOT / ".venv" / "bin" / "python"


def _targets() -> list[str]:
    out = subprocess.run([str(PYTHON), str(RUN), "--list"], capture_output=True, text=True,
                         check=True)
    return out.stdout.split()


def _time_limit() -> list[str]:
    seconds = os.environ.get("SATCHEL_FUZZ_SECONDS")
    return [f"-max_total_time={int(seconds)}"] if seconds else []


def run_one(target: str, runs: int, out: Path) -> tuple[bool, str]:
    work = out / target
    work.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    proc = subprocess.run(
        [str(PYTHON), str(RUN), target, f"-runs={runs}", "-timeout=20",
         f"-artifact_prefix={work}/", "-print_final_stats=1", *_time_limit(),
         str(work / "corpus")],
        capture_output=True, text=True, check=False,
        env={**os.environ, "SATCHEL_INSECURE_FAST_KDF": "1"},
    )
    seconds = time.monotonic() - started
    done = re.search(r"stat::number_of_executed_units: (\d+)", proc.stderr)
    cov = re.findall(r"cov: (\d+)", proc.stderr)
    crashes = len(list(work.glob("crash-*"))) + len(list(work.glob("timeout-*")))
    line = (f"{target}: {done.group(1) if done else '?'} inputs in {seconds:.0f} s, "
            f"coverage {cov[-1] if cov else '?'} edges, crashes {crashes}, exit {proc.returncode}")
    return proc.returncode == 0, line


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    wanted = sys.argv[2:] or _targets()
    out = Path(tempfile.gettempdir()) / "fuzz-out"
    ok = True
    for target in wanted:
        passed, line = run_one(target, runs, out)
        print(line, flush=True)
        ok &= passed
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
