"""A short pass of every fuzz target (tests/fuzz/), as the test command's share of the
fuzzing; scripts/fuzz.py runs the long ones (docs/fuzzing.md).

Each target runs in its own process under libFuzzer for FUZZ_RUNS inputs, seeded from
tests/vectors: a crash (an exception outside the target's documented errors) or an
input taking longer than the per-input timeout fails the test, and libFuzzer leaves the
input in tmp_path for a regression test.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

RUN = Path(__file__).resolve().parent / "fuzz" / "run.py"
FUZZ_RUNS = int(os.environ.get("SATCHEL_FUZZ_RUNS", "2000"))


def _targets() -> list[str]:
    out = subprocess.run([sys.executable, str(RUN), "--list"], capture_output=True,
                         text=True, check=True, timeout=120)
    return out.stdout.split()


TARGETS = _targets()


def test_every_parser_has_a_target() -> None:
    """The parsers issue 15 names, each with a harness."""
    assert len(TARGETS) >= 14
    for name in ("envelope_header", "payload_stream", "manifest", "report_document", "keyslots",
                 "inbox_receipt", "desk_receipt", "directory", "bundle_index", "bundle_data",
                 "tus_headers", "tus_metadata", "upload_replies", "pull_replies"):
        assert name in TARGETS


@pytest.mark.parametrize("target", TARGETS)
def test_fuzz_target_short_pass(target: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    proc = subprocess.run(
        [sys.executable, str(RUN), target, f"-runs={FUZZ_RUNS}", "-timeout=20",
         f"-artifact_prefix={tmp_path}/", "-print_final_stats=1", str(corpus)],
        capture_output=True, text=True, timeout=600, check=False,
        env={**os.environ, "SATCHEL_INSECURE_FAST_KDF": "1"},
    )
    log = "\n".join(line for line in proc.stderr.splitlines()
                    if not line.startswith("INFO: Instrumenting"))
    assert proc.returncode == 0, log[-4000:]
    assert f"stat::number_of_executed_units: {FUZZ_RUNS}" in log, log[-2000:]
    assert any(corpus.iterdir())
