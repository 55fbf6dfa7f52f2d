#!/usr/bin/env python3
"""Adding a big attachment to a report, against `age -r FILE -o OUT && sync` (issue 16).

Run by hand (never in CI):

    .venv/bin/python bench/bench_ingest.py [--mib 1024 4096] [--runs 3] [--dir DIR] [--gil]

For each size, writes a file of random bytes (so the scrubber passes it through, as it
does any type it does not rewrite; scrubbing is on, as `satchel report new --attach`
runs it), then alternates, `--runs` times: the peer `age -r RECIPIENT -o OUT FILE && sync`
and `create_report` with that attachment in a fresh child process (vault already
unlocked, so only the ingest is timed: read, scrub, hash, encrypt, write, fsync, commit).
Prints both medians, the ratio ours/age (target <= 1.2), the min-max of each, and the
child's peak RSS (VmHWM, target < 150 MiB at any size). Each output is deleted before the
next run, so both start with the same free page cache.

`--gil` first checks that hashlib.sha256 and ChaCha20Poly1305.encrypt_into release the
GIL on a large buffer: while one thread runs the call, the main thread wakes every
millisecond; a longest gap far below the call's time means the GIL was released.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

MiB = 1 << 20

CHILD = r"""
import json, sys, time
from pathlib import Path
from satchel.client.progress import no_progress
from satchel.client.reports.store import ReportInput, create_report
from satchel.client.vault.vault import Vault

home, src, passphrase = Path(sys.argv[1]), Path(sys.argv[2]), sys.stdin.buffer.read()
vault = Vault.open(home, passphrase)
start = time.perf_counter()
create_report(vault, ReportInput(title="bench", attachments=(src,)), no_progress)
seconds = time.perf_counter() - start
vault.lock()
hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(json.dumps({"seconds": seconds, "hwm_kib": hwm}))
"""


def gil_gap(call: Callable[[], object]) -> tuple[float, float]:
    """(duration of `call` on a thread, longest wait of the main thread meanwhile)."""
    done = threading.Event()
    took: list[float] = []

    def run() -> None:
        start = time.perf_counter()
        call()
        took.append(time.perf_counter() - start)
        done.set()

    thread = threading.Thread(target=run)
    thread.start()
    gap, last = 0.0, time.perf_counter()
    while not done.is_set():
        time.sleep(0.001)
        now = time.perf_counter()
        gap, last = max(gap, now - last), now
    thread.join()
    return took[0], gap


def check_gil() -> None:
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    buf, out = bytearray(256 * MiB), bytearray(256 * MiB + 16)
    aead = ChaCha20Poly1305(os.urandom(32))
    calls: dict[str, Callable[[], object]] = {
        "hashlib.sha256(256 MiB)": lambda: hashlib.sha256(buf).digest(),
        "ChaCha20Poly1305.encrypt_into(256 MiB)":
            lambda: aead.encrypt_into(bytes(12), buf, None, out),
    }
    for name, call in calls.items():
        took, gap = gil_gap(call)
        verdict = "released" if gap < took / 4 else "HELD"
        print(f"GIL check {name}: call {took * 1000:.0f} ms, longest main-thread gap "
              f"{gap * 1000:.0f} ms: GIL {verdict}")


def run_age(recipient: str, src: Path, out: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["age", "-r", recipient, "-o", str(out), str(src)], check=True)
    subprocess.run(["sync"], check=True)
    took = time.perf_counter() - start
    out.unlink()
    return took


def run_ours(home: Path, src: Path, passphrase: bytes) -> tuple[float, float]:
    env = {**os.environ, "SATCHEL_INSECURE_FAST_KDF": "1"}
    out = subprocess.run([sys.executable, "-c", CHILD, str(home), str(src)], input=passphrase,
                         capture_output=True, check=True, env=env).stdout
    result = json.loads(out)
    blobs = home / "blobs"
    for blob in blobs.iterdir():  # keep the disk free for the next run; the vault still opens
        if blob.stat().st_size > MiB:
            blob.unlink()
    return result["seconds"], result["hwm_kib"] / 1024


def spread(values: list[float]) -> str:
    return f"median {statistics.median(values):.2f} s (min {min(values):.2f}, max {max(values):.2f})"


def bench_size(work: Path, mib: int, runs: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    os.environ["SATCHEL_INSECURE_FAST_KDF"] = "1"
    from clientkit import PASSPHRASE, make_world
    from satchel.crypto import age

    world = make_world(work / f"world-{mib}")
    src = work / "big.bin"
    with src.open("wb") as f:
        for _ in range(mib):
            f.write(os.urandom(MiB))
    subprocess.run(["sync"], check=True)
    recipient = age.to_recipient(age.generate_identity())
    peer: list[float] = []
    ours: list[float] = []
    rss: list[float] = []
    for _ in range(runs):  # alternated, so a busy moment of the machine hits both
        peer.append(run_age(recipient, src, work / "out.age"))
        seconds, hwm = run_ours(world.reporter, src, PASSPHRASE.rstrip(b"\n"))
        ours.append(seconds)
        rss.append(hwm)
    src.unlink()
    ratio = statistics.median(ours) / statistics.median(peer)
    print(f"ingest {mib} MiB, {runs} runs: ours/age ratio {ratio:.2f} (target <= 1.2); "
          f"ratio range {min(ours) / max(peer):.2f}-{max(ours) / min(peer):.2f}")
    print(f"  age -r && sync: {spread(peer)}")
    print(f"  create_report:  {spread(ours)}; peak RSS (VmHWM) {max(rss):.0f} MiB (target < 150)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mib", type=int, nargs="+", default=[1024, 4096])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=Path(__file__).parent / "tmp")
    parser.add_argument("--gil", action="store_true")
    args = parser.parse_args()
    if args.gil:
        check_gil()
    args.dir.mkdir(parents=True, exist_ok=True)
    for mib in args.mib:
        with tempfile.TemporaryDirectory(dir=args.dir, prefix="bench-ingest-") as work:
            bench_size(Path(work), mib, args.runs)


if __name__ == "__main__":
    main()
