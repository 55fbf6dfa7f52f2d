"""Bundle export/import throughput vs `cp -r` of the same files, and peak RSS.

Usage: .venv/bin/python bench/bench_bundle.py [--sizes-mib 256,1024] [--file-mib 64]
                                             [--passphrase] [--dir DIR]

For each total size it makes a "vault" of random files, then times, in this run:
  cp -r vault -> A, then sync          vs  write_bundle(vault files -> B)
  cp -r B/satchel-bundle -> C, sync    vs  read_bundle(B) + copy_to (AtomicFile) into D
Our writer and importer fsync every file, so the cp side is followed by `sync`
(a courier must flush before pulling the stick). Ratio = cp_time / our_time; target
>= 0.7. Each of our runs is a child process, so its peak RSS is its own
(ru_maxrss): it should stay flat as the size grows.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from satchel.client.fsutil import AtomicFile
from satchel.sync.bundle import BundleItem, read_bundle, write_bundle

PASS = b"bench transport passphrase"


def make_vault(vault: Path, total_mib: int, file_mib: int) -> None:
    vault.mkdir(parents=True)
    block = 1 << 20
    for i in range(total_mib // file_mib):
        with open(vault / f"env{i:04d}", "wb") as f:
            for _ in range(file_mib):
                f.write(os.urandom(block))


def items_of(vault: Path) -> list[BundleItem]:
    out = []
    for p in sorted(vault.iterdir()):
        h = hashlib.sha256()
        with open(p, "rb") as f:
            while b := f.read(1 << 20):
                h.update(b)
        out.append(BundleItem("envelope", h.hexdigest(), p.stat().st_size,
                              lambda p=p: open(p, "rb")))  # noqa: SIM115
    return out


def worker(phase: str, src: Path, dst: Path, passphrase: bool) -> None:
    key = PASS if passphrase else None
    if phase == "export":
        items = items_of(src)  # hashing is the vault's job, not timed
        dst.mkdir()
        t = time.perf_counter()
        write_bundle(dst, items, passphrase=key)
    else:
        dst.mkdir()
        t = time.perf_counter()
        for res in read_bundle(src, passphrase=key):
            with AtomicFile(dst / res.sha256) as f:
                res.copy_to(f)
    print(time.perf_counter() - t)


def run_child(phase: str, src: Path, dst: Path, passphrase: bool) -> tuple[float, int]:
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
    return float(out.decode().strip().splitlines()[-1]), usage.ru_maxrss


def cp_time(src: Path, dst: Path) -> float:
    t = time.perf_counter()
    subprocess.run(["cp", "-r", str(src), str(dst)], check=True)
    subprocess.run(["sync", "-f", str(dst)], check=True)
    return time.perf_counter() - t


def bench_size(root: Path, total_mib: int, file_mib: int, passphrase: bool) -> None:
    vault = root / "vault"
    make_vault(vault, total_mib, file_mib)
    subprocess.run(["sync"], check=True)
    cp_out = cp_time(vault, root / "cp-out")
    export_t, export_rss = run_child("export", vault, root / "stick", passphrase)
    cp_in = cp_time(root / "stick" / "satchel-bundle", root / "cp-in")
    import_t, import_rss = run_child("import", root / "stick", root / "imported", passphrase)
    mode = "passphrase" if passphrase else "plain"
    for phase, ours, cp, rss in (("export", export_t, cp_out, export_rss),
                                 ("import", import_t, cp_in, import_rss)):
        print(f"{total_mib:5d} MiB {mode:10s} {phase}: ours {ours:6.2f} s "
              f"({total_mib / ours:6.0f} MiB/s), cp -r+sync {cp:6.2f} s, "
              f"ratio cp/ours {cp / ours:4.2f}, peak RSS {rss / 1024:6.1f} MiB", flush=True)
    shutil.rmtree(root)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--worker", nargs=3, metavar=("PHASE", "SRC", "DST"))
    ap.add_argument("--sizes-mib", default="256,1024")
    ap.add_argument("--file-mib", type=int, default=64)
    ap.add_argument("--passphrase", action="store_true")
    ap.add_argument("--dir", default=None, help="where to put the files (default: a temp dir)")
    args = ap.parse_args()
    if args.worker:
        phase, src, dst = args.worker
        worker(phase, Path(src), Path(dst), args.passphrase)
        return
    base = Path(tempfile.mkdtemp(prefix="bench-bundle-", dir=args.dir))
    try:
        for size in (int(s) for s in args.sizes_mib.split(",")):
            bench_size(base / str(size), size, args.file_mib, args.passphrase)
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
