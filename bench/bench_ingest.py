#!/usr/bin/env python3
"""Adding a big attachment to a report, against `age -r FILE -o OUT && sync` (issue 16).

Run by hand (never in CI):

    .venv/bin/python bench/bench_ingest.py [--mib 1024 4096] [--runs 5] [--dir DIR] [--gil]

For each size, writes a file of random bytes (so the scrubber passes it through, as it
does any type it does not rewrite; scrubbing is on, as `satchel report new --attach`
runs it), then alternates, `--runs` times: the peer `age -r RECIPIENT -o OUT FILE && sync`
and `create_report` with that attachment in a fresh child process (vault already
unlocked, so only the ingest is timed: read, scrub, hash, encrypt, write, fsync, commit).
Prints both medians, the ratio ours/age (target <= 1.2), the min-max of each, the CPU
seconds (user + system) each side used, the load averages, and the child's peak RSS
(VmHWM, target < 150 MiB at any size).

Both sides start every run from the same page-cache state (`settle`): each output is
deleted after its run, then `sync` writes back every dirty page on the machine (so
neither the peer's `sync` nor our fsync pays for earlier writes, ours or another
process's), the page cache is dropped when this runs as root (`echo 1 >
/proc/sys/vm/drop_caches`; say --keep-caches to leave it alone), and the source file is
read once so it is cached for both. On this VM copying a GiB into the page cache cost
from 0.45 to 2.6 CPU-seconds from run to run (perf: copy_folio_from_iter_atomic), for
age and Satchel alike; that, and the other jobs on the machine, is what the min-max shows.

`--gil` first checks that hashlib.sha256 and ChaCha20Poly1305.encrypt_into release the
GIL on a large buffer: while one thread runs the call, the main thread wakes every
millisecond; a longest gap far below the call's time means the GIL was released.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
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
import json, os, sys, time
from pathlib import Path
from satchel.client.progress import no_progress
from satchel.client.reports.store import ReportInput, create_report
from satchel.client.vault.vault import Vault

home, src, passphrase = Path(sys.argv[1]), Path(sys.argv[2]), sys.stdin.buffer.read()
vault = Vault.open(home, passphrase)
cpu = sum(os.times()[:2])
start = time.perf_counter()
create_report(vault, ReportInput(title="bench", attachments=(src,)), no_progress)
seconds = time.perf_counter() - start
cpu = sum(os.times()[:2]) - cpu
vault.lock()
hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(json.dumps({"seconds": seconds, "cpu": cpu, "hwm_kib": hwm}))
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


def settle(src: Path, drop: bool) -> None:
    """The same page-cache state before every timed run, whichever side runs (see above)."""
    subprocess.run(["sync"], check=True)
    if drop:
        Path("/proc/sys/vm/drop_caches").write_text("1\n")
    with src.open("rb", buffering=0) as f:
        block = bytearray(8 * MiB)
        while f.readinto(block):
            pass


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_age(recipient: str, src: Path, out: Path) -> tuple[float, float]:
    cpu = children_cpu()
    start = time.perf_counter()
    subprocess.run(["age", "-r", recipient, "-o", str(out), str(src)], check=True)
    subprocess.run(["sync"], check=True)
    took = time.perf_counter() - start
    out.unlink()
    return took, children_cpu() - cpu


def run_ours(home: Path, src: Path, passphrase: bytes) -> dict[str, float]:
    env = {**os.environ, "SATCHEL_INSECURE_FAST_KDF": "1"}
    out = subprocess.run([sys.executable, "-c", CHILD, str(home), str(src)], input=passphrase,
                         capture_output=True, check=True, env=env).stdout
    result: dict[str, float] = json.loads(out)
    blobs = home / "blobs"
    for blob in blobs.iterdir():  # keep the disk free for the next run; the vault still opens
        if blob.stat().st_size > MiB:
            blob.unlink()
    return result


def spread(values: list[float]) -> str:
    return f"median {statistics.median(values):.2f} s (min {min(values):.2f}, max {max(values):.2f})"


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def bench_size(work: Path, mib: int, runs: int, drop: bool) -> None:
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
    peer_cpu: list[float] = []
    ours: list[dict[str, float]] = []
    began = load()
    for _ in range(runs):  # alternated, so a busy moment of the machine hits both
        settle(src, drop)
        seconds, cpu = run_age(recipient, src, work / "out.age")
        peer.append(seconds)
        peer_cpu.append(cpu)
        settle(src, drop)
        ours.append(run_ours(world.reporter, src, PASSPHRASE.rstrip(b"\n")))
    src.unlink()
    times = [r["seconds"] for r in ours]
    ratio = statistics.median(times) / statistics.median(peer)
    print(f"ingest {mib} MiB, {runs} runs: ours/age ratio {ratio:.2f} (target <= 1.2); "
          f"ratio range {min(times) / max(peer):.2f}-{max(times) / min(peer):.2f}; "
          f"load average {began} before, {load()} after; page cache "
          f"{'dropped' if drop else 'kept'} before each run")
    print(f"  age -r && sync: {spread(peer)}; CPU {statistics.median(peer_cpu):.2f} s; "
          f"runs {', '.join(f'{t:.2f}' for t in peer)}")
    print(f"  create_report:  {spread(times)}; CPU "
          f"{statistics.median(r['cpu'] for r in ours):.2f} s; runs "
          f"{', '.join(f'{t:.2f}' for t in times)}; peak RSS (VmHWM) "
          f"{max(r['hwm_kib'] for r in ours) / 1024:.0f} MiB (target < 150)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mib", type=int, nargs="+", default=[1024, 4096])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dir", type=Path, default=Path(__file__).parent / "tmp")
    parser.add_argument("--gil", action="store_true")
    parser.add_argument("--keep-caches", action="store_true",
                        help="do not drop the page cache before each run (it is, as root)")
    args = parser.parse_args()
    drop = not args.keep_caches and os.access("/proc/sys/vm/drop_caches", os.W_OK)
    if args.gil:
        check_gil()
    args.dir.mkdir(parents=True, exist_ok=True)
    for mib in args.mib:
        with tempfile.TemporaryDirectory(dir=args.dir, prefix="bench-ingest-") as work:
            bench_size(Path(work), mib, args.runs, drop)


if __name__ == "__main__":
    main()
