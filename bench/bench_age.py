"""Benchmark satchel.crypto.age against the `age` command on the same file.

Usage: python bench/bench_age.py [SIZE_MIB] [--dir DIR] [--repeat N]

Seals a SIZE_MIB (default 1024) file of random bytes with satchel and with
`age -r`, then opens each result with the other's peer (`age -d` and satchel).
Each Python run happens in a fresh subprocess that reports its own operation
time and its peak RSS (VmHWM), so the memory figure is that of one seal or open.
Ratios are age_time / satchel_time: >= 1.0 means satchel is as fast as age.
The best of --repeat runs (default 2) is kept for each side.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from satchel.crypto import age

CHILD = r"""
import json, sys, time
from satchel.crypto import age
op, src_path, dst_path, key = sys.argv[1:5]
with open(src_path, "rb", buffering=0) as src, open(dst_path, "wb", buffering=0) as dst:
    start = time.perf_counter()
    if op == "seal":
        age.encrypt(src, dst, [key])
    else:
        age.decrypt(src, dst, [key])
    elapsed = time.perf_counter() - start
hwm = next(l for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(json.dumps({"op_time": elapsed, "hwm_kib": int(hwm.split()[1])}))
"""


def run_python(op: str, src: Path, dst: Path, key: str) -> tuple[float, float, float]:
    """(operation seconds, whole-process seconds, peak RSS MiB) of one satchel run."""
    dst.unlink(missing_ok=True)  # truncating a big old file would be timed too
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, op, str(src), str(dst), key],
        check=True, capture_output=True, text=True,
    ).stdout
    wall = time.perf_counter() - start
    result = json.loads(out)
    return result["op_time"], wall, result["hwm_kib"] / 1024


def run_age(args: list[str], dst: Path) -> float:
    dst.unlink(missing_ok=True)
    start = time.perf_counter()
    subprocess.run(["age", *args], check=True)
    return time.perf_counter() - start


def make_plaintext(path: Path, mib: int) -> None:
    block = bytearray(os.urandom(1 << 20))
    with path.open("wb") as f:
        for i in range(mib):
            block[:8] = i.to_bytes(8, "little")
            f.write(block)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size_mib", nargs="?", type=int, default=1024)
    parser.add_argument("--dir", default=None, help="where to put the temporary files")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()

    identity = age.generate_identity()
    recipient = age.to_recipient(identity)
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        d = Path(tmp)
        plain, ours, theirs, out = d / "plain", d / "ours.age", d / "theirs.age", d / "out"
        key_file = d / "key.txt"
        key_file.write_text(identity + "\n")
        make_plaintext(plain, args.size_mib)

        seal_py = min(run_python("seal", plain, ours, recipient) for _ in range(args.repeat))
        seal_age = min(
            run_age(["-r", recipient, "-o", str(theirs), str(plain)], theirs)
            for _ in range(args.repeat)
        )
        open_py = min(run_python("open", theirs, out, identity) for _ in range(args.repeat))
        open_age = min(
            run_age(["-d", "-i", str(key_file), "-o", str(out), str(ours)], out)
            for _ in range(args.repeat)
        )
        same = out.read_bytes() == plain.read_bytes() if args.size_mib <= 2048 else None

    print(f"size: {args.size_mib} MiB (best of {args.repeat})")
    for name, py, age_s in (("seal", seal_py, seal_age), ("open", open_py, open_age)):
        op_s, wall_s, rss = py
        print(
            f"{name}: satchel {op_s:.3f}s (process {wall_s:.3f}s), age {age_s:.3f}s; "
            f"ratio age/satchel {age_s / op_s:.2f} (process {age_s / wall_s:.2f}); "
            f"satchel peak RSS {rss:.1f} MiB"
        )
    if same is not None:
        print(f"cross-check (age -d of satchel output == plaintext): {same}")


if __name__ == "__main__":
    main()
