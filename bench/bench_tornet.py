"""How long the private loopback Tor network takes to bootstrap and publish an onion.

Run: .venv/bin/python bench/bench_tornet.py [ROUNDS]. Prints, per round, the
seconds until the client and onion host reached 100 %, the seconds until an
ED25519-V3 descriptor was published (await_publication), and the seconds a
Satchel-launched tor took to join the running network; then the peak RSS of
this process (the tor children are not counted).
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

import stem.control  # type: ignore[import-untyped]
from satchel.sync.tor.manager import TorSettings, add_onion, connect
from satchel.sync.tor.testnet import PrivateTorNetwork


def one_round() -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory() as work, PrivateTorNetwork(Path(work) / "net") as net:
        net.start(timeout=180)
        with stem.control.Controller.from_port(*net.onion_control) as controller:
            controller.authenticate()
            began = time.monotonic()
            add_onion(controller, None, {80: 9}, await_publication=True)
            published = time.monotonic() - began
        began = time.monotonic()
        settings = TorSettings(data_dir=Path(work) / "app", torrc_extra=net.torrc_for_client())
        connect(settings, lambda _p, _s: None).close()
        joined = time.monotonic() - began
        return net.bootstrap_seconds, published, joined


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    for number in range(rounds):
        boot, published, joined = one_round()
        print(f"round {number + 1}: network bootstrap {boot:.1f} s, onion published "
              f"{published:.1f} s later, launched tor joined in {joined:.1f} s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
