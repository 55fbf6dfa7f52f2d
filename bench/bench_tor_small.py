"""Delivering 20 small reports over the private Tor network, against curl (issue 16).

Run by hand (never in CI):

    .venv/bin/python bench/bench_tor_small.py [--reports 20] [--size 6000] [--runs 5] [--dir DIR]

Starts satchel.sync.tor.testnet.PrivateTorNetwork, runs the inbox in a subprocess
(benchkit.inbox_process) and publishes it as an onion. Then, alternating, `--runs` times:
- satchel: what sync/service/uplink does in one send pass: one fresh isolation token,
  one kept-open HttpConnection through Tor's SOCKS port, and `upload()` of each envelope
  (tus creation-with-upload: one POST answered with the receipt);
- curl: the same uploads as a shell loop would do them: one `curl --socks5-hostname` per
  envelope through the same tor (one SOCKS username per batch, so one circuit, as ours),
  each a standard tus creation-with-upload POST of the whole envelope to the same inbox;
- satchel as before issue 16 took it for reference: a new isolation token (circuit) and
  connection per envelope.
Every batch uses new random envelopes of `--size` bytes (a text report's envelope), so
the inbox stores each. Prints medians, min-max, the ratio satchel/curl (target <= 1.0),
the requests per envelope, and the peak RSS of this process and of the inbox.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import os
import secrets
import statistics
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import stem.control  # type: ignore[import-untyped]
from benchkit import WrappedSocket, inbox_process, on_private_tor, peak_rss_mib, tor_bench_parser
from satchel.sync.tor.manager import add_onion
from satchel.sync.tor.socks import socks5_connect
from satchel.sync.tor.testnet import PrivateTorNetwork
from satchel.sync.transport.http import Conn, HttpConnection
from satchel.sync.transport.tus import upload


class Counted(WrappedSocket):
    """Counts the requests started on a socket (request lines sent)."""

    def __init__(self, sock: Any, log: list[int]) -> None:
        super().__init__(sock)
        self._log = log

    def sendall(self, data: bytes, /) -> None:
        if bytes(data[:8]).split(b" ", 1)[0] in (b"GET", b"HEAD", b"POST", b"PATCH"):
            self._log.append(1)
        super().sendall(data)


def batch(work: Path, count: int, size: int) -> list[tuple[Path, str]]:
    out = []
    for n in range(count):
        data = os.urandom(size)
        path = work / f"envelope-{n}"
        path.write_bytes(data)
        out.append((path, hashlib.sha256(data).hexdigest()))
    return out


def satchel_batch(net: PrivateTorNetwork, onion: str, envelopes: list[tuple[Path, str]],
                  *, per_envelope: bool) -> tuple[float, int]:
    requests: list[int] = []

    def connector(token: str) -> Callable[[], Conn]:
        return lambda: Counted(socks5_connect(net.client_socks, onion, 80, isolation=token),
                               requests)

    start = time.perf_counter()
    shared = HttpConnection(connector(secrets.token_hex(8)), onion, 120)
    with shared:
        for path, sha in envelopes:
            size = path.stat().st_size
            if per_envelope:  # before issue 16: a new circuit and connection each
                upload(connector(secrets.token_hex(8)), onion, lambda p=path: p.open("rb"),
                       size, sha, timeout=120)
            else:
                upload(shared.connect, onion, lambda p=path: p.open("rb"), size, sha,
                       http=shared)
    return time.perf_counter() - start, len(requests)


def curl_batch(net: PrivateTorNetwork, onion: str, envelopes: list[tuple[Path, str]]) -> float:
    host, port = net.client_socks
    user = secrets.token_hex(8)
    start = time.perf_counter()
    for path, sha in envelopes:
        meta = "sha256 " + base64.b64encode(sha.encode()).decode()
        subprocess.run(
            ["curl", "-sS", "--fail", "-o", os.devnull, "-H", "Expect:",
             "--proxy", f"socks5h://{user}:x@{host}:{port}",
             "-H", "Tus-Resumable: 1.0.0", "-H", f"Upload-Length: {path.stat().st_size}",
             "-H", f"Upload-Metadata: {meta}",
             "-H", "Content-Type: application/offset+octet-stream",
             "--data-binary", f"@{path}", f"http://{onion}/uploads/"], check=True)
    return time.perf_counter() - start


def spread(values: list[float]) -> str:
    return (f"median {statistics.median(values):.2f} s "
            f"(min {min(values):.2f}, max {max(values):.2f})")


def measure(net: PrivateTorNetwork, work: Path, args: argparse.Namespace) -> None:
    with inbox_process(work / "inbox") as inbox, \
            stem.control.Controller.from_port(*net.onion_control) as controller:
        controller.authenticate()
        service_id, _ = add_onion(controller, None, {80: f"127.0.0.1:{inbox.port}"}, True)
        onion = f"{service_id}.onion"
        # Warm-up: descriptor fetched and a first circuit built, by both clients' tor.
        satchel_batch(net, onion, batch(work, 1, args.size), per_envelope=False)
        times: dict[str, list[float]] = {"satchel": [], "curl": [], "before": []}
        requests: dict[str, int] = {}
        for run in range(args.runs):
            seconds, requests["satchel"] = satchel_batch(
                net, onion, batch(work, args.reports, args.size), per_envelope=False)
            times["satchel"].append(seconds)
            times["curl"].append(curl_batch(net, onion, batch(work, args.reports, args.size)))
            if not args.skip_before:
                seconds, requests["before"] = satchel_batch(
                    net, onion, batch(work, args.reports, args.size), per_envelope=True)
                times["before"].append(seconds)
            print(f"  run {run + 1}: " + ", ".join(f"{k} {v[-1]:.2f} s" for k, v in times.items()
                                                  if v))
        ratio = statistics.median(times["satchel"]) / statistics.median(times["curl"])
        print(f"{args.reports} small reports ({args.size} B each) over the private Tor network, "
              f"{args.runs} runs: satchel/curl ratio {ratio:.2f} (target <= 1.0)")
        print(f"  satchel (one circuit and connection per pass): {spread(times['satchel'])}; "
              f"{requests['satchel'] / args.reports:.2f} requests per envelope")
        print(f"  curl (one process and stream per upload): {spread(times['curl'])}")
        if times["before"]:
            print(f"  satchel, a circuit per envelope as before: {spread(times['before'])}")
        print(f"  inbox peak RSS {peak_rss_mib(inbox.pid):.0f} MiB")


def main() -> None:
    parser = tor_bench_parser(__doc__)
    parser.add_argument("--reports", type=int, default=20)
    parser.add_argument("--size", type=int, default=6000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-before", action="store_true")
    on_private_tor(parser.parse_args(), "bench-tor-small-", measure)


if __name__ == "__main__":
    main()
