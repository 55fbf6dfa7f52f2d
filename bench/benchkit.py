"""What the benchmarks share: the inbox in its own process, and the tests' socket wrapper.

`inbox_process(store)` runs the inbox app with satchel.sync.inbox.thread.serve_in_thread
(the helper the demo and the tests use) in a child Python process, so the child's peak
RSS is the server's own; the child prints its port and stops when its stdin closes.

The socket wrapper (and the SOCKS relay) live in tests/netkit.py: they are test doubles
the product must never ship, and the benchmarks only run from a checkout, where tests/ is
present, so this module puts tests/ on sys.path rather than keeping a second copy.

`tor_bench_parser(doc)` and `on_private_tor(args, prefix, measure)` are the frame of the Tor
benchmarks: their common `--dir`, a fresh private Tor network in a folder under it, then
this process's peak RSS.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from netkit import SocksRelay, WrappedSocket  # found through the path set just above
from satchel.sync.tor.testnet import PrivateTorNetwork

__all__ = ["InboxProcess", "SocksRelay", "WrappedSocket", "inbox_process", "on_private_tor",
           "peak_rss_mib", "tor_bench_parser"]

_CHILD = """
import sys
from pathlib import Path
from satchel.crypto.keys import SigningKey
from satchel.sync.inbox.app import InboxConfig, create_app
from satchel.sync.inbox.store_sqlite import SqliteFileStore
from satchel.sync.inbox.thread import serve_in_thread
app = create_app(InboxConfig(inbox_id="bench.onion"), SqliteFileStore(Path(sys.argv[1])),
                 SigningKey.generate(), lambda: None)
with serve_in_thread(app) as port:
    print(port, flush=True)
    sys.stdin.read()  # until the benchmark closes our stdin
"""


@dataclass(frozen=True)
class InboxProcess:
    pid: int
    port: int


@contextmanager
def inbox_process(store: Path) -> Iterator[InboxProcess]:
    """An inbox over `store` in a child process on a loopback port, stopped on leaving."""
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(store)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdin is not None and child.stdout is not None
    try:
        yield InboxProcess(child.pid, int(child.stdout.readline()))
    finally:
        child.stdin.close()
        try:
            child.wait(timeout=30)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def peak_rss_mib(pid: int) -> float:
    """Peak resident memory (VmHWM) of a live process, in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def tor_bench_parser(doc: str) -> argparse.ArgumentParser:
    """A Tor benchmark's parser: described by the first line of `doc`, with `--dir`, the
    folder that on_private_tor makes its temporary folder in (bench/tmp unless given)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=Path(__file__).parent / "tmp")
    return parser


def on_private_tor(args: argparse.Namespace, prefix: str,
                   measure: Callable[[PrivateTorNetwork, Path, argparse.Namespace], None]) -> None:
    """Run `measure(net, work, args)` on a new private Tor network in a temporary folder
    under `args.dir`, then print this process's peak RSS (the satchel client's)."""
    args.dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=args.dir, prefix=prefix) as tmp:
        work = Path(tmp)
        with PrivateTorNetwork(work / "net") as net:
            net.start(timeout=240)
            print(f"private Tor network bootstrapped in {net.bootstrap_seconds:.1f} s")
            measure(net, work, args)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process (the satchel client): {peak:.0f} MiB")
