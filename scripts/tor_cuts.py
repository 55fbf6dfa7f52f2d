#!/usr/bin/env python3
"""Cut 100 uploads (or N) mid-way on a private Tor network and record the figures.

Usage: scripts/tor_cuts.py [N] [FIGURES.json]. Starts its own private Tor network
(satchel.sync.tor.testnet), publishes an in-process inbox as an onion service and cuts
each upload once, alternately by closing every circuit of the client tor through its
control port and by dropping the SOCKS connection (tests/cutkit.py). Every envelope
must be stored exactly once; the figures say how many bytes were sent again.
"""

import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # cutkit and the loopback stand-ins live there

from cutkit import run_cuts  # noqa: E402
from satchel.sync.tor.testnet import PrivateTorNetwork  # noqa: E402


def main() -> int:
    if len(sys.argv) > 1 and not sys.argv[1].isdecimal():
        print(__doc__.strip())
        return 0 if sys.argv[1] in ("-h", "--help") else 2
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "bench" / "tmp" / "tor_cuts.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    seed = int.from_bytes(os.urandom(4), "big")
    with tempfile.TemporaryDirectory() as tmp, \
            PrivateTorNetwork(Path(tmp) / "tornet").start(timeout=300) as network:
        began = time.monotonic()
        figures = run_cuts(network, Path(tmp) / "inbox", count, seed)
        seconds = time.monotonic() - began
    result = {"seed": seed, "seconds": round(seconds, 1), **figures.summary()}
    out.write_text(json.dumps(result, indent=1))
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
