"""The desk's two heavy paths: `desk verify` over many small submissions, and one big open.

Run by hand (never in CI):

    .venv/bin/python bench/bench_desk.py [--submissions 10000] [--mib 1024] [--repeat 3]
                                          [--dir DIR] [--skip-verify] [--skip-open] [--cold]

(a) Builds a desk vault, a coalition directory naming it and one reporter vault through
the Python APIs; the reporter creates and seals `--submissions` one-line reports, and each
report envelope goes straight into `desk_store.receive`. Then times `verify_submissions`
(what `satchel desk verify` runs: every core) over all of them, `--repeat` times,
alternating with its peer, the same batch verified in one process (verify.PARALLEL_MIN
raised above the batch), and prints median, min and max submissions per second of both
and their ratio (target >= 5,000/s). With --cold, the desk's envelope files are dropped
from the page cache (posix_fadvise DONTNEED on those files only) before every run.
Building is not timed; its vaults run with synchronous=OFF to build faster, and the desk
is switched back to the product's synchronous=FULL before anything is timed.

(b) Seals a `--mib` MiB attachment envelope of random bytes to a desk recipient
(`seal_attachment`, i.e. age with padding) and opens it with `age -d -i identity` and,
each in a fresh subprocess so the peak RSS (VmHWM) is that open's alone, with
`satchel.crypto.age.decrypt` and with `check_attachment` (decrypt + both SHA-256 checks,
what the desk runs). Prints medians, min-max and age_time / ours (targets: decrypt >= 1.0,
check_attachment >= 0.8).
Files go to a temporary directory under --dir (default bench/tmp), deleted afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from satchel.client.coalition import import_directory
from satchel.client.desk import verify
from satchel.client.desk.store import receive
from satchel.client.desk.verify import submission_ids, verify_submissions
from satchel.client.outbox.sealing import seal
from satchel.client.progress import no_progress
from satchel.client.reports.store import ReportInput, create_report
from satchel.client.vault.vault import Vault
from satchel.crypto import age
from satchel.crypto.directory import Desk, Directory, sign_directory
from satchel.crypto.keys import SigningKey
from satchel.crypto.keyslots import KdfParams

PASSPHRASE = b"a bench passphrase that is long enough"
PARALLEL_DEFAULT = verify.PARALLEL_MIN
MiB = 1 << 20

OPEN_CHILD = r"""
import io, json, sys, time
from satchel.crypto import age
from satchel.crypto.envelope import check_attachment
from satchel.crypto.manifest import AttachmentEntry
op, path, identity, entry_json = sys.argv[1:5]

class Null(io.RawIOBase):
    def writable(self): return True
    def write(self, b): return len(b)

with open(path, "rb", buffering=0) as src:
    start = time.perf_counter()
    if op == "decrypt":
        age.decrypt(src, Null(), [identity])
    else:
        check_attachment(src, AttachmentEntry(**json.loads(entry_json)), [identity], Null())
    elapsed = time.perf_counter() - start
hwm = next(l for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(json.dumps({"seconds": elapsed, "hwm_kib": int(hwm.split()[1])}))
"""


def _writer(data: bytes) -> Callable[[BinaryIO], None]:
    def write(f: BinaryIO) -> None:
        f.write(data)

    return write


def build(work: Path, count: int) -> Vault:
    """A desk holding `count` received submissions from one reporter."""
    params = KdfParams.insecure_for_tests()
    desk = Vault.create(work / "desk", "desk", PASSPHRASE, params)
    reporter = Vault.create(work / "reporter", "reporter", PASSPHRASE, params)
    root = SigningKey.generate()
    now = int(time.time())
    directory = Directory(
        serial=1, issued=now, expires=now + 86400, root=root.public.text,
        recipients=(desk.recipient,),
        desks=(Desk("desk", desk.recipient, desk.device_key.public.text),),
    )
    data = sign_directory(root, directory)
    for vault in (desk, reporter):
        import_directory(vault, data, accept_root=root.public.fingerprint)
        vault.conn.execute("PRAGMA synchronous = OFF")  # set-up only, not timed
    for n in range(count):
        report = create_report(reporter, ReportInput(title=f"report {n}", body="x" * 200),
                               no_progress)
        seal(reporter, [report], no_progress)
        sha, blob, size = reporter.conn.execute(
            "SELECT sha256, blob, size FROM envelopes WHERE report_id = ? AND kind = 'report'",
            (report,),
        ).fetchone()
        envelope = reporter.blob_path(blob).read_bytes()
        got = receive(desk, sha, size, _writer(envelope), "usb")
        if got.status != "submission":
            raise SystemExit(f"envelope {n} was not received as a submission: {got}")
        if (n + 1) % 1000 == 0:
            print(f"  built {n + 1}/{count}", flush=True)
    reporter.lock()
    desk.conn.execute("PRAGMA synchronous = FULL")  # what the product runs with
    return desk


def evict(desk: Vault) -> None:
    """Drop this desk's envelope files from the page cache (and nothing else's)."""
    for (blob,) in desk.conn.execute("SELECT blob FROM desk_envelopes"):
        fd = os.open(desk.blob_path(blob), os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def bench_verify(work: Path, count: int, repeat: int, cold: bool = False) -> None:
    began = time.perf_counter()
    desk = build(work, count)
    print(f"built {count} submissions in {time.perf_counter() - began:.1f} s (not timed)")
    ids = submission_ids(desk)
    rates: dict[str, list[float]] = {"all cores": [], "one process": []}
    # The threshold comes from the constant, not from verify.PARALLEL_MIN: the peer run sets
    # that to count + 1, so reading it back made every "all cores" run after the first one
    # run in one process too.
    for run in range(repeat):  # alternated, so a busy moment of the machine hits both
        for label, least in (("all cores", PARALLEL_DEFAULT), ("one process", count + 1)):
            verify.PARALLEL_MIN = least
            desk.conn.execute("UPDATE submissions SET verified = NULL")  # so each run records
            if cold:
                evict(desk)
            start = time.perf_counter()
            results = verify_submissions(desk, ids)
            elapsed = time.perf_counter() - start
            if len(results) != count or not all(r["verified"] for r in results):
                raise SystemExit("a submission failed verification")
            rates[label].append(count / elapsed)
            print(f"  run {run + 1}, {label}: {elapsed:.2f} s, {count / elapsed:.0f}/s")
    verify.PARALLEL_MIN = PARALLEL_DEFAULT
    ours, peer = (statistics.median(rates[k]) for k in ("all cores", "one process"))
    # Each run's ratio is against the peer run right after it (the same moment's load).
    ratios = [a / b for a, b in zip(rates["all cores"], rates["one process"], strict=True)]
    cache = "cold" if cold else "warm"
    print(f"desk verify over {count} ({cache} cache), {repeat} runs: median {ours:.0f} submissions/s "
          f"(min {min(rates['all cores']):.0f}, max {max(rates['all cores']):.0f}; target "
          f">= 5000/s); peer, the same batch in one process: median {peer:.0f}/s (min "
          f"{min(rates['one process']):.0f}, max {max(rates['one process']):.0f}); "
          f"ratio {ours / peer:.2f} (per run min {min(ratios):.2f}, max {max(ratios):.2f}); "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    desk.lock()


def run_child(op: str, path: Path, identity: str, entry: dict[str, object]) -> tuple[float, float]:
    out = subprocess.run([sys.executable, "-c", OPEN_CHILD, op, str(path), identity,
                          json.dumps(entry)], check=True, capture_output=True, text=True).stdout
    result = json.loads(out)
    return result["seconds"], result["hwm_kib"] / 1024


def run_age(path: Path, identity_file: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["age", "-d", "-i", str(identity_file), "-o", os.devnull, str(path)],
                   check=True)
    return time.perf_counter() - start


def bench_open(work: Path, mib: int, repeat: int) -> None:
    from satchel.crypto.envelope import seal_attachment

    identity = age.generate_identity()
    identity_file = work / "identity"
    identity_file.write_text(identity + "\n")
    plain, sealed = work / "plain", work / "sealed.age"
    with plain.open("wb") as f:
        for _ in range(mib):
            f.write(os.urandom(MiB))
    with plain.open("rb") as src, sealed.open("wb") as dst:
        result = seal_attachment(src, dst, [age.to_recipient(identity)])
    plain.unlink()
    entry = {"name": "big.bin", "media_type": "application/octet-stream", "size": result.size,
             "sha256": result.sha256, "envelope_sha256": result.envelope_sha256,
             "scrubbed": False}
    times: dict[str, list[float]] = {"age": [], "decrypt": [], "check": []}
    rss: dict[str, list[float]] = {"decrypt": [], "check": []}
    for _ in range(repeat):
        times["age"].append(run_age(sealed, identity_file))
        for op in ("decrypt", "check"):
            seconds, hwm = run_child(op, sealed, identity, entry)
            times[op].append(seconds)
            rss[op].append(hwm)
    age_time = statistics.median(times["age"])
    print(f"open of a {mib} MiB envelope, median of {repeat}: age -d {age_time:.2f} s")
    for op, label in (("decrypt", "age.decrypt"), ("check", "check_attachment")):
        ours = statistics.median(times[op])
        target = "1.0" if op == "decrypt" else "0.8"
        print(f"  {label}: {ours:.2f} s, ratio age_time/ours {age_time / ours:.2f} "
              f"(target >= {target}; min-max {min(times['age']) / max(times[op]):.2f}-"
              f"{max(times['age']) / min(times[op]):.2f}), peak RSS {max(rss[op]):.0f} MiB, "
              f"runs {', '.join(f'{t:.2f}' for t in times[op])}")
    print(f"  age -d runs: {', '.join(f'{t:.2f}' for t in times['age'])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=10_000)
    parser.add_argument("--mib", type=int, default=1024)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=Path(__file__).parent / "tmp")
    parser.add_argument("--skip-verify", action="store_true")
    parser.add_argument("--skip-open", action="store_true")
    parser.add_argument("--cold", action="store_true", help="verify from a cold page cache")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="bench-desk-") as work:
        if not args.skip_verify:
            bench_verify(Path(work) / "verify", args.submissions, args.repeat, args.cold)
        if not args.skip_open:
            (Path(work) / "open").mkdir()
            bench_open(Path(work) / "open", args.mib, args.repeat)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # The largest of the children that ended: verify's worker processes, the open children.
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS of this process: {peak:.0f} MiB; of the largest child: {child:.0f} MiB")


if __name__ == "__main__":
    main()
