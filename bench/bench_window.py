#!/usr/bin/env python3
"""The window never freezes: the longest GUI-thread stall while a big attachment (default
1 GiB) is added, sealed and sent to an inbox on loopback (a SOCKS relay stands in for
Tor; both in a child process, as the inbox and tor are never in the window's process),
against a peer measured in the same run: the same heartbeat in the same window
while `cp` + sync copies the same file (what the machine's own load costs the GUI
thread). Goal: at most 50 ms. Also the process's peak RSS (VmHWM).

Usage: bench/bench_window.py [--size-mib N] [--workdir DIR] [--profile]

--profile prints where the GUI thread was while the heartbeat was late, and the stacks
after any gap in which no Python thread ran (a long C call holding the GIL): see
bench/stall_sampler.py.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent / "tests"
sys.path[:0] = [str(TESTS), str(TESTS / "desktop")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SATCHEL_INSECURE_FAST_KDF"] = "1"

from deskkit import PASSPHRASE, Heartbeat, random_file, send_as_is  # noqa: E402 - found through the path set above
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from satchel.sync.service.route import Route  # noqa: E402
from satchel.sync.tor.manager import TorSettings  # noqa: E402
from satchel.ui.desktop.app import application  # noqa: E402
from satchel.ui.desktop.reporter import ReporterWorkspace  # noqa: E402
from satchel.ui.desktop.session import RouteFor, tor_sessions  # noqa: E402
from satchel.ui.desktop.shell import MainWindow  # noqa: E402
from sendkit import loopback_inbox  # noqa: E402
from stall_sampler import StallSampler  # noqa: E402 - beside this file

GOAL_MS = 50.0


def run_until(done: Callable[[], bool], timeout_s: float = 3600) -> None:
    """Run the event loop until `done()`; the check itself is a GUI-thread timer."""
    loop, timer, deadline = QEventLoop(), QTimer(), time.monotonic() + timeout_s
    timer.setInterval(20)
    timer.timeout.connect(lambda: (done() or time.monotonic() > deadline) and loop.quit())
    timer.start()
    if not done():
        loop.exec()
    timer.stop()
    if not done():
        raise SystemExit("bench_window: timed out")


def peak_rss_mib() -> float:
    with open("/proc/self/status") as f:
        kib = next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))
    return kib / 1024


def peer_stall(src: Path, work: Path) -> float:
    """The heartbeat's longest gap while `cp` + sync copies the file in another process."""
    heart = Heartbeat()
    heart.start()
    copy = subprocess.Popen(["sh", "-c", f'cp "{src}" "{work / "copy"}" && sync'])
    run_until(lambda: copy.poll() is not None)
    (work / "copy").unlink()
    return heart.stop()


@contextmanager
def inbox_elsewhere(work: Path) -> Iterator[tuple[Path, RouteFor]]:
    """The loopback inbox and its SOCKS relay in a child process, as the inbox and tor are
    for the real window: their threads must not compete for this process's GIL."""
    child = subprocess.Popen([sys.executable, __file__, "--serve", str(work)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdin is not None and child.stdout is not None
    try:
        served = json.loads(child.stdout.readline())
        route = Route(TorSettings(mode="socks", socks=served["socks"]))
        yield Path(served["home"]), lambda _choice: route
    finally:
        child.stdin.close()  # the child's cue to stop serving
        child.wait()


def serve(work: Path) -> None:
    """The child of inbox_elsewhere: serve until the parent closes our stdin."""
    # Room for the padded envelope of the largest attachment (the default limit is 1 GiB).
    with loopback_inbox(work, max_upload=4 << 30) as world:
        print(json.dumps({"home": str(world.home), "socks": world.relay.address}), flush=True)
        sys.stdin.read()


def window_stall(src: Path, work: Path, profile: bool = False) -> tuple[float, float]:
    """(longest stall in ms, seconds) for add + seal + send until delivered."""
    with inbox_elsewhere(work) as (home, route):
        window = MainWindow(home, session=tor_sessions(route))
        window.show()
        window.unlock_screen.passphrase.setText(PASSPHRASE)
        window.unlock_screen.button.click()
        run_until(lambda: window.panel is not None and window.panel.state == "connected")
        workspace = window.workspace
        assert isinstance(workspace, ReporterWorkspace)
        heart = Heartbeat()
        sampler = StallSampler(lambda: heart.ticks[-1]) if profile else None
        began = time.perf_counter()
        heart.start()
        if sampler is not None:
            sampler.start()
        run_until(send_as_is(workspace, "bench", src))
        longest, seconds = heart.stop(), time.perf_counter() - began
        if sampler is not None:
            sampler.stop()
            print(sampler.report())
        window.shutdown()
    return longest, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--profile", action="store_true", help="show where the GUI thread stalled")
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)  # inbox_elsewhere's child
    args = parser.parse_args()
    if args.serve is not None:
        serve(args.serve)
        return 0
    application()
    with tempfile.TemporaryDirectory(dir=args.workdir, prefix="bench-window-") as tmp:
        work = Path(tmp)
        src = work / "attachment.bin"
        random_file(src, args.size_mib)
        peer = peer_stall(src, work)
        longest, seconds = window_stall(src, work, args.profile)
    print(f"attachment {args.size_mib} MiB added, sealed and delivered in {seconds:.1f} s")
    print(f"longest GUI-thread stall: window {longest:.1f} ms, peer (cp + sync) {peer:.1f} ms, "
          f"ratio {longest / max(peer, 0.1):.2f}; goal <= {GOAL_MS:.0f} ms: "
          f"{'met' if longest <= GOAL_MS else 'NOT met'}")
    print(f"peak RSS {peak_rss_mib():.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
