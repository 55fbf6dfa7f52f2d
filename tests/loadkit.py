"""The inbox under load on loopback: concurrent uploads and pulls, slow and abandoned
clients, with the server's file handles and memory watched from outside.

The inbox is the real `satchel inbox serve --no-onion` in its own process, so
/proc/<pid>/fd and VmHWM are the server's alone. Clients, all at once, each bounded by
a timeout:
- `uploads` fresh envelopes (real attachment envelopes sealed to the desk) through the
  product's tus client;
- `slow` more, sent 1 KiB at a time with a pause between (a client on a bad link);
- `abandoned` uploads created, half sent, then dropped; and as many bare connections
  that send half a request head and hang on until the end (slowloris);
- `pullers` desks (copies of the desk vault, one connection each) pulling until every
  envelope has reached each of them.
No loss means every envelope is stored once and reached every desk copy.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import shutil
import socket
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from e2ekit import World, inbox_process
from inboxkit import sealed
from netkit import WrappedSocket
from satchel.client.vault.vault import Vault
from satchel.sync.transport.errors import InboxRejected
from satchel.sync.transport.pull import pull
from satchel.sync.transport.tus import upload

TIMEOUT = 120.0  # every client call is bounded by this


@dataclass
class Load:
    uploads: int
    slow: int
    abandoned: int
    pullers: int
    size: int = 200_000


@dataclass
class Watch:
    """The server process's file handles and memory, sampled while the load runs."""

    pid: int
    fds: list[int] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def count_fds(self) -> int:
        return len(os.listdir(f"/proc/{self.pid}/fd"))

    def peak_rss_kib(self) -> int:
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
        return 0

    def run(self) -> None:
        while not self.stop.wait(0.02):  # a measurement period, not a wait for an outcome
            self.fds.append(self.count_fds())


class SlowSocket(WrappedSocket):
    def sendall(self, data: bytes, /) -> None:
        for i in range(0, len(data), 1024):
            super().sendall(data[i:i + 1024])
            time.sleep(0.002)  # the pace of a bad link, not a wait for something


def _connector(port: int, slow: bool = False) -> Callable[[], WrappedSocket]:
    def connect() -> WrappedSocket:
        sock = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
        return SlowSocket(sock) if slow else WrappedSocket(sock)
    return connect


REFUSED: list[int] = []  # retryable refusals (503: too many unfinished uploads), counted


def _send(port: int, data: bytes, slow: bool) -> str:
    """Upload as the send session does: a retryable refusal is tried again after a pause."""
    sha = hashlib.sha256(data).hexdigest()
    for attempt in range(1, 200):
        try:
            result = upload(_connector(port, slow), "inbox.onion", data_reader(data),
                            len(data), sha, timeout=TIMEOUT)
        except InboxRejected as e:
            if not e.retryable:
                raise
            REFUSED.append(e.status)
            time.sleep(min(0.05 * attempt, 1.0))  # the backoff a real sender keeps
            continue
        assert result.receipt
        return sha
    raise AssertionError("the inbox kept refusing one upload")


def data_reader(data: bytes) -> Callable[[], io.BytesIO]:
    return lambda: io.BytesIO(data)


def _abandon(port: int, data: bytes, hold: threading.Event) -> None:
    """Create an upload, send half of it, drop it; then hold half a request head open."""
    sha = hashlib.sha256(data).hexdigest()
    sock = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
    head = (f"POST /uploads HTTP/1.1\r\nHost: inbox.onion\r\nTus-Resumable: 1.0.0\r\n"
            f"Upload-Length: {len(data)}\r\nUpload-Metadata: sha256 "
            f"{_b64(sha)}\r\nContent-Type: application/offset+octet-stream\r\n"
            f"Content-Length: {len(data) // 2}\r\n\r\n").encode()
    sock.sendall(head + data[: len(data) // 4])
    sock.close()  # gone mid-body
    hanging = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
    hanging.sendall(b"PATCH /uploads/x HTTP/1.1\r\nHost: inbox.onion\r\n")
    hold.wait(TIMEOUT)
    hanging.close()


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _pull_all(home: Path, passphrase: bytes, port: int, wanted: set[str], done: threading.Event,
              inbox_id: str) -> int:
    """Pull until every wanted envelope is here (the uploads may still be running)."""
    vault = Vault.open(home, passphrase)
    try:
        while True:
            finished = done.is_set()  # read first: a pass after the last upload sees all
            pull(vault, _connector(port), inbox_id, timeout=TIMEOUT)
            held = {r[0] for r in vault.conn.execute("SELECT sha256 FROM desk_envelopes")}
            if wanted <= held or finished:
                return len(wanted & held)
    finally:
        vault.lock()


def run_load(world: World, load: Load, recipient: str) -> dict[str, object]:
    """Everything at once against a fresh inbox process; the figures."""
    REFUSED.clear()
    bodies = [sealed([recipient], load.size) for _ in range(load.uploads + load.slow)]
    wanted = {hashlib.sha256(b).hexdigest() for b in bodies}
    passphrase = world.passfile.read_text().strip().encode()
    desks = []
    for i in range(load.pullers):
        copy = world.root / f"desk-copy-{i}"
        shutil.copytree(world.home("desk"), copy)
        desks.append(copy)
    with inbox_process(world) as (proc, port):
        watch = Watch(proc.pid)
        baseline = watch.count_fds()
        threading.Thread(target=watch.run, daemon=True).start()
        uploaded, hold = threading.Event(), threading.Event()
        began = time.monotonic()
        with ThreadPoolExecutor(len(bodies) + 2 * load.pullers + load.abandoned) as pool:
            sends = [pool.submit(_send, port, b, i >= load.uploads) for i, b in enumerate(bodies)]
            drops = [pool.submit(_abandon, port, os.urandom(load.size), hold)
                     for _ in range(load.abandoned)]
            pulls = [pool.submit(_pull_all, d, passphrase, port, wanted, uploaded, world.onion)
                     for d in desks]
            try:
                stored = {f.result(TIMEOUT) for f in sends}
            finally:  # even when an upload failed, so that the pool can end
                uploaded.set()
            try:
                reached = [f.result(TIMEOUT) for f in pulls]
                peak_fds = max(watch.fds or [baseline])
            finally:
                hold.set()
            for f in drops:
                f.result(TIMEOUT)
        seconds = time.monotonic() - began
        watch.stop.set()
        after = settle_fds(watch, baseline)
        rss = watch.peak_rss_kib()
    return {"uploads": load.uploads, "slow": load.slow, "abandoned": load.abandoned,
            "pullers": load.pullers, "envelope bytes": load.size, "seconds": round(seconds, 1),
            "stored": len(stored & wanted), "reached every desk": min(reached, default=0),
            "retryable refusals": len(REFUSED), "fds before": baseline, "fds peak": peak_fds,
            "fds after": after,
            "server peak RSS MiB": round(rss / 1024, 1)}


def settle_fds(watch: Watch, baseline: int, slack: int = 4) -> int:
    """The server's handle count once the clients are gone (it closes them as it notices)."""
    deadline = time.monotonic() + 30
    count = watch.count_fds()
    while count > baseline + slack and time.monotonic() < deadline:
        time.sleep(0.05)  # polling /proc: the server has no event to wait on
        count = watch.count_fds()
    return count
