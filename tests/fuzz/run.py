#!/usr/bin/env python3
"""Run one fuzz target under atheris: `run.py NAME [libFuzzer flags] [CORPUS_DIR]`.

`run.py --list` prints the target names. The first corpus folder is seeded from
tests/vectors before the run. Exit status 0: no crash and no hang within the run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import atheris

with atheris.instrument_imports(include=["satchel"]):
    import targets_crypto
    import targets_sync

TARGETS = {t.name: t for t in [*targets_crypto.TARGETS, *targets_sync.TARGETS]}


def main() -> None:
    from harness import run_target

    if sys.argv[1:] == ["--list"]:
        print("\n".join(TARGETS))
        return
    name, *rest = sys.argv[1:]
    run_target(TARGETS[name], rest)


if __name__ == "__main__":
    main()
