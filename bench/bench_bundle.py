"""Bundle export/import throughput vs `cp -r` of the same files, and peak RSS.

Usage: .venv/bin/python bench/bench_bundle.py [--sizes-mib 256,1024] [--file-mib 64]
                                             [--reps 3] [--passphrase] [--dir DIR]

For each total size it makes a "vault" of random files, then, `--reps` times, alternating
which side goes first so neither always runs on a quieter disk:
  export:  cp -r vault -> A, then sync -f         vs  write_bundle(vault files -> B)
  import:  cp -r B/satchel-bundle -> C, sync -f   vs  read_bundle(B) + copy_to (AtomicFile)
Our writer and importer fsync every file, so the cp side ends with `sync -f` (a courier
must flush before pulling the stick). Before every timed run the outputs of the previous
one are removed and flushed, and, when running as root, the page cache is dropped
(`sync; echo 3 > /proc/sys/vm/drop_caches`), so both sides read their source from the
disk; otherwise the script says the runs are warm. Ratio = cp_time / our_time, the median
over the repetitions is printed; target >= 0.7. Each of our runs is a child process, so
its peak RSS is its own (ru_maxrss): it should stay flat as the size grows. Our CPU
time (user + system) is printed too: on a machine shared with other work it is steadier
than the wall time. Brackets list each repetition as cp/ours seconds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from satchel.client.fsutil import AtomicFile
from satchel.sync.bundle import BundleItem, read_bundle, write_bundle

PASS = b"bench transport passphrase"
DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def drop_caches() -> bool:
    """Flush dirty data and drop the page cache; False if not permitted (not root)."""
    os.sync()
    try:
        DROP_CACHES.write_text("3\n")
    except OSError:
        return False
    return True


def make_vault(vault: Path, total_mib: int, file_mib: int) -> None:
    vault.mkdir(parents=True)
    block = 1 << 20
    for i in range(total_mib // file_mib):
        with open(vault / f"env{i:04d}", "wb") as f:
            for _ in range(file_mib):
                f.write(os.urandom(block))


def hash_vault(vault: Path) -> list[tuple[str, str, int]]:
    out = []
    for p in sorted(vault.iterdir()):
        h = hashlib.sha256()
        with open(p, "rb") as f:
            while b := f.read(1 << 20):
                h.update(b)
        out.append((str(p), h.hexdigest(), p.stat().st_size))
    return out


def worker(phase: str, src: Path, dst: Path, passphrase: bool) -> None:
    key = PASS if passphrase else None
    dst.mkdir()
    if phase == "export":
        listing = json.loads((src.parent / "vault.json").read_text())
        items = [BundleItem("envelope", sha, size, lambda p=p: open(p, "rb"))  # noqa: SIM115
                 for p, sha, size in listing]
        drop_caches()
        t, cpu0 = time.perf_counter(), sum(os.times()[:2])
        write_bundle(dst, items, passphrase=key)
    else:
        drop_caches()
        t, cpu0 = time.perf_counter(), sum(os.times()[:2])
        for res in read_bundle(src, passphrase=key):
            with AtomicFile(dst / res.sha256) as f:
                res.copy_to(f)
    wall = time.perf_counter() - t
    cpu = sum(os.times()[:2]) - cpu0
    print(wall, cpu)


def run_child(phase: str, src: Path, dst: Path, passphrase: bool) -> tuple[float, int, float]:
    args = [sys.executable, __file__, "--worker", phase, str(src), str(dst)]
    if passphrase:
        args.append("--passphrase")
    proc = subprocess.Popen(args, stdout=subprocess.PIPE)
    assert proc.stdout is not None
    out = proc.stdout.read()
    # wait4 rather than Popen.wait: it returns this child's own peak RSS.
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0  # reaped above
    if status:
        raise SystemExit(f"the {phase} worker failed")
    seconds, cpu = (float(x) for x in out.decode().split())
    return seconds, usage.ru_maxrss, cpu


def cp_time(src: Path, dst: Path) -> float:
    drop_caches()
    t = time.perf_counter()
    subprocess.run(["cp", "-r", str(src), str(dst)], check=True)
    subprocess.run(["sync", "-f", str(dst)], check=True)
    return time.perf_counter() - t


def fresh(path: Path) -> Path:
    """Remove a previous run's output and flush that removal, so it costs the next run nothing."""
    if path.exists():
        shutil.rmtree(path)
        os.sync()
    return path


def bench_size(root: Path, total_mib: int, reps: int, passphrase: bool) -> None:
    vault, stick = root / "vault", root / "stick"
    times: dict[str, list[tuple[float, float]]] = {"export": [], "import": []}
    rss = {"export": 0, "import": 0}
    cpu: dict[str, list[float]] = {"export": [], "import": []}
    for rep in range(reps):
        for phase, src, cp_src in (("export", vault, vault),
                                   ("import", stick, stick / "satchel-bundle")):
            ours_dst = stick if phase == "export" else root / "imported"
            cp_dst = root / f"cp-{phase}"
            ours = peer = 0.0
            for side in (("peer", "ours") if rep % 2 == 0 else ("ours", "peer")):
                if side == "peer":
                    peer = cp_time(cp_src, fresh(cp_dst))
                else:
                    ours, used, busy = run_child(phase, src, fresh(ours_dst), passphrase)
                    rss[phase] = max(rss[phase], used)
                    cpu[phase].append(busy)
            times[phase].append((peer, ours))
            fresh(cp_dst)
    mode = "passphrase" if passphrase else "plain"
    for phase, runs in times.items():
        ratios = [peer / ours for peer, ours in runs]
        ours_med = statistics.median(o for _, o in runs)
        peer_med = statistics.median(p for p, _ in runs)
        print(f"{total_mib:5d} MiB {mode:10s} {phase}: ours {ours_med:6.2f} s "
              f"({total_mib / ours_med:5.0f} MiB/s, CPU {statistics.median(cpu[phase]):5.2f} s), "
              f"cp -r+sync {peer_med:6.2f} s, "
              f"ratio cp/ours median {statistics.median(ratios):4.2f} "
              f"[{', '.join(f'{p:.2f}/{o:.2f}' for p, o in runs)}], "
              f"peak RSS {rss[phase] / 1024:5.1f} MiB", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--worker", nargs=3, metavar=("PHASE", "SRC", "DST"))
    ap.add_argument("--sizes-mib", default="256,1024")
    ap.add_argument("--file-mib", type=int, default=64)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--passphrase", action="store_true")
    ap.add_argument("--dir", default=None, help="where to put the files (default: a temp dir)")
    args = ap.parse_args()
    if args.worker:
        phase, src, dst = args.worker
        worker(phase, Path(src), Path(dst), args.passphrase)
        return
    if not drop_caches():
        print("not root: the page cache cannot be dropped, runs are warm and noisier")
    base = Path(tempfile.mkdtemp(prefix="bench-bundle-", dir=args.dir))
    try:
        for size in (int(s) for s in args.sizes_mib.split(",")):
            root = base / str(size)
            make_vault(root / "vault", size, args.file_mib)
            (root / "vault.json").write_text(json.dumps(hash_vault(root / "vault")))
            bench_size(root, size, args.reps, args.passphrase)
            shutil.rmtree(root)
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
