"""Envelope upload over the private loopback Tor network: goodput vs curl, and resume.

Run by hand (never in CI):

    .venv/bin/python bench/bench_tor_upload.py [--mib 256] [--runs 5] [--cuts 3] [--dir DIR]

Starts satchel.sync.tor.testnet.PrivateTorNetwork, runs the inbox (create_app under uvicorn)
in a subprocess (benchkit.inbox_process) and publishes it as an onion on the network's
onion host; a tiny sink HTTP server (a thread here that reads and discards a PUT body)
is a second onion on the same host. Then, alternating, `--runs` times each:
- satchel: satchel.sync.transport.tus.upload of a `--mib` MiB envelope of random bytes over
  socks5_connect to the client tor (a new isolation token per run, as in production);
- curl: `curl --socks5-hostname -T file http://<sink onion>/sink` of the same bytes through
  the same tor (also a new SOCKS username per run, so both build a fresh circuit).
Prints the medians and curl_time / satchel_time (target >= 1.0).

Resume, `--cuts` times: a connector wrapper closes the first connection after a random
number of body bytes; upload() resumes; prints the bytes sent again from before the cut
(cut offset minus the offset the resumed PATCH starts at; target <= one 1 MiB chunk).
Also prints the network bootstrap time and the peak RSS of this process (the client; the
sink thread only holds a 1 MiB buffer; the inbox and tors are other processes).
"""

from __future__ import annotations

import argparse
import hashlib
import http.server
import os
import random
import re
import secrets
import socket
import statistics
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import stem.control  # type: ignore[import-untyped]
from benchkit import WrappedSocket, inbox_process, on_private_tor, tor_bench_parser
from satchel.sync.tor.manager import add_onion
from satchel.sync.tor.socks import socks5_connect
from satchel.sync.tor.testnet import PrivateTorNetwork
from satchel.sync.transport.http import Conn
from satchel.sync.transport.tus import upload

MiB = 1 << 20
class _Sink(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_PUT(self) -> None:
        left = int(self.headers.get("Content-Length", "0"))
        while left:
            got = self.rfile.read(min(left, MiB))
            if not got:
                break
            left -= len(got)
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_POST = do_PUT

    def log_message(self, *args: Any) -> None:
        pass


class CutConn(WrappedSocket):
    """A socket that dies after `cut` bytes of PATCH bodies (the client sends many PATCHes
    on one connection); notes where PATCHes start and where the resume starts."""

    def __init__(self, sock: socket.socket, cut: int | None, log: dict[str, list[int]]) -> None:
        super().__init__(sock)
        self._cut, self._log = cut, log
        self._base: int | None = None  # Upload-Offset of the PATCH being sent
        self._body = 0  # of that PATCH
        self._total = 0  # PATCH body bytes on this connection

    def sendall(self, data: bytes, /) -> None:
        if data.startswith(b"PATCH "):
            found = re.search(rb"upload-offset: *(\d+)", data, re.IGNORECASE)
            self._base, self._body = int(found.group(1)) if found else 0, 0
            self._log["patch_offsets"].append(self._base)
            if self._cut is None and self._log["cut_at"] and not self._log["resumed_at"]:
                self._log["resumed_at"].append(self._base)
            self._sock.sendall(data)
            return
        if self._base is not None and self._cut is not None and \
                self._total + len(data) > self._cut:
            self._sock.sendall(data[: self._cut - self._total])
            self._log["cut_at"].append(self._base + self._body + self._cut - self._total)
            self._sock.shutdown(socket.SHUT_RDWR)
            self._sock.close()
            raise BrokenPipeError("bench: connection cut")
        self._body += len(data)
        self._total += len(data)
        self._sock.sendall(data)


def refresh(path: Path) -> str:
    """New leading bytes (so the inbox stores a new envelope); return the SHA-256."""
    with path.open("r+b") as f:
        f.write(os.urandom(32))
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(4 * MiB):
            digest.update(block)
    return digest.hexdigest()


def satchel_upload(net: PrivateTorNetwork, onion: str, path: Path, size: int,
                   cut: int | None = None) -> tuple[float, dict[str, list[int]]]:
    sha = refresh(path)
    token = secrets.token_hex(8)
    log: dict[str, list[int]] = {"patch_offsets": [], "cut_at": [], "resumed_at": []}
    first = [True]

    def connect() -> Conn:
        sock = socks5_connect(net.client_socks, onion, 80, isolation=token)
        conn = CutConn(sock, cut if first[0] else None, log)
        first[0] = False
        return conn

    start = time.perf_counter()
    upload(connect, onion, lambda: path.open("rb"), size, sha, timeout=120)
    return time.perf_counter() - start, log


def curl_upload(net: PrivateTorNetwork, onion: str, path: Path) -> float:
    host, port = net.client_socks
    user = secrets.token_hex(8)
    start = time.perf_counter()
    subprocess.run(["curl", "-sS", "--fail", "-H", "Expect:", "-o", os.devnull,
                    "--proxy", f"socks5h://{user}:x@{host}:{port}", "-T", str(path),
                    f"http://{onion}/sink"], check=True)
    return time.perf_counter() - start


def publish(net: PrivateTorNetwork, controller: Any, port: int) -> str:
    began = time.monotonic()
    service_id, _ = add_onion(controller, None, {80: f"127.0.0.1:{port}"}, True)
    print(f"  onion published in {time.monotonic() - began:.1f} s")
    return f"{service_id}.onion"


def measure(net: PrivateTorNetwork, work: Path, args: argparse.Namespace) -> None:
    size = args.mib * MiB
    path = work / "envelope"
    with path.open("wb") as f:
        for _ in range(args.mib):
            f.write(os.urandom(MiB))
    sink = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Sink)
    threading.Thread(target=sink.serve_forever, daemon=True).start()
    try:
        with inbox_process(work / "inbox") as inbox, \
                stem.control.Controller.from_port(*net.onion_control) as controller:
            controller.authenticate()
            inbox_onion = publish(net, controller, inbox.port)
            sink_onion = publish(net, controller, sink.server_address[1])
            warm = work / "warm-up"
            warm.write_bytes(os.urandom(MiB))
            satchel_upload(net, inbox_onion, warm, MiB)  # fetches descriptors, builds circuits
            ours, theirs = [], []
            for run in range(args.runs):
                ours.append(satchel_upload(net, inbox_onion, path, size)[0])
                theirs.append(curl_upload(net, sink_onion, path))
                print(f"  run {run + 1}: satchel {ours[-1]:.1f} s, curl {theirs[-1]:.1f} s")
            report_goodput(ours, theirs, size)
            report_resume(net, inbox_onion, path, size, args.cuts)
    finally:
        sink.shutdown()


def report_goodput(ours: list[float], theirs: list[float], size: int) -> None:
    mine, peer = statistics.median(ours), statistics.median(theirs)
    print(f"goodput, median of {len(ours)}: satchel {size / MiB / mine:.1f} MiB/s "
          f"({mine:.1f} s), curl {size / MiB / peer:.1f} MiB/s ({peer:.1f} s); "
          f"ratio curl_time/satchel_time {peer / mine:.2f} (target >= 1.0)")


def report_resume(net: PrivateTorNetwork, onion: str, path: Path, size: int,
                  cuts: int) -> None:
    resent = []
    for n in range(cuts):
        cut = random.randrange(size // 8, size * 7 // 8)
        seconds, log = satchel_upload(net, onion, path, size, cut)
        cut_at, resumed = log["cut_at"][0], log["resumed_at"][0]
        resent.append(cut_at - resumed)
        print(f"  cut {n + 1}: cut at {cut_at} bytes, resumed PATCH at {resumed}, "
              f"re-sent {resent[-1]} bytes ({resent[-1] / MiB:.2f} MiB), "
              f"{len(log['patch_offsets'])} PATCHes, {seconds:.1f} s")
    print(f"resume: median re-sent beyond the cut {statistics.median(resent) / MiB:.2f} MiB, "
          f"max {max(resent) / MiB:.2f} MiB (target <= 1 MiB)")


def main() -> None:
    parser = tor_bench_parser(__doc__)
    parser.add_argument("--mib", type=int, default=256)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cuts", type=int, default=3)
    on_private_tor(parser.parse_args(), "bench-tor-", measure)


if __name__ == "__main__":
    main()
