"""N concurrent tus uploads to the inbox on loopback (no Tor): throughput and server RSS.

The inbox runs in a separate process (benchkit.inbox_process) so its peak RSS (VmHWM)
is its own. The peer is `cp` of the same files on the same disk in the same run, so the ratio shows what
the HTTP + hashing + fsync path costs over a plain copy.

    .venv/bin/python bench/bench_inbox_loopback.py [--uploads 8] [--mib 64]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from benchkit import inbox_process, peak_rss_mib
from satchel.sync.transport.tus import upload


def make_files(work: Path, n: int, size: int) -> list[tuple[Path, str]]:
    out = []
    for i in range(n):
        path = work / f"env{i}"
        h = hashlib.sha256()
        with path.open("wb") as f:
            for _ in range(size // (1 << 20)):
                block = os.urandom(1 << 20)
                h.update(block)
                f.write(block)
        out.append((path, h.hexdigest()))
    return out


def run_uploads(port: int, files: list[tuple[Path, str]], size: int) -> float:
    def connect() -> socket.socket:
        return socket.create_connection(("127.0.0.1", port), timeout=60)

    errors: list[BaseException] = []

    def one(path: Path, sha: str) -> None:
        try:
            upload(connect, "bench.onion", lambda: path.open("rb"), size, sha, timeout=300)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=one, args=f) for f in files]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    if errors:
        raise SystemExit(f"upload failed: {errors[0]!r}")
    return elapsed


def run_cp(files: list[tuple[Path, str]], dest: Path) -> float:
    dest.mkdir()
    start = time.perf_counter()
    procs = [subprocess.Popen(["cp", str(p), str(dest / p.name)]) for p, _ in files]
    for p in procs:
        p.wait()
    subprocess.run(["sync"], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--uploads", type=int, default=8)
    parser.add_argument("--mib", type=int, default=64)
    args = parser.parse_args()
    size = args.mib << 20
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        files = make_files(work, args.uploads, size)
        with inbox_process(work / "inbox") as server:
            rss_idle = peak_rss_mib(server.pid)
            tus_s = run_uploads(server.port, files, size)
            rss_peak = peak_rss_mib(server.pid)
        cp_s = run_cp(files, work / "cp")
    total = args.uploads * size / (1 << 20)
    print(f"{args.uploads} concurrent uploads x {args.mib} MiB = {total:.0f} MiB")
    print(f"tus over loopback: {tus_s:.2f} s  {total / tus_s:.0f} MiB/s")
    print(f"cp + sync (peer):  {cp_s:.2f} s  {total / cp_s:.0f} MiB/s")
    print(f"ratio tus/cp time: {tus_s / cp_s:.2f}")
    print(f"server peak RSS:   {rss_peak:.0f} MiB (after start: {rss_idle:.0f} MiB)")


if __name__ == "__main__":
    main()
