"""Tor cuts mid-upload on the private Tor network, counted at both ends.

The inbox app runs in this process (serve_in_thread) behind an onion service that the
network's onion host publishes; the product's tus client uploads through the client
tor's SOCKS port with the product's SOCKS client. Each envelope is cut once, at a random
byte of the upload, in one of two ways in turn:

- "circuits": every circuit of the client tor is closed through its control port (stem
  get_circuits / close_circuit), so the stream dies and the resume needs a new
  rendezvous;
- "socks": the SOCKS connection itself is dropped (shutdown), as when tor or the network
  goes away under the app.

Counted: the upload body bytes the inbox received (an ASGI wrapper around the real app)
and the bytes the client wrote to its SOCKS stream; what each envelope cost beyond its
size is what was sent again. At the inbox that is what it had to take twice; at the
client it also holds what was lost in flight inside tor's buffers when the circuit died
(never received, so sent again), and the HTTP heads. Used by tests/test_tor_cuts.py
(a short pass) and scripts/tor_cuts.py (100).
"""

from __future__ import annotations

import contextlib
import io
import random
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import stem  # type: ignore[import-untyped]
from inboxkit import ONION, Inbox, envelope
from netkit import WrappedSocket
from satchel.sync.inbox.app import InboxConfig
from satchel.sync.inbox.thread import serve_in_thread
from satchel.sync.tor.manager import add_onion, remove_onion
from satchel.sync.tor.socks import socks5_connect
from satchel.sync.tor.testnet import PrivateTorNetwork
from satchel.sync.transport.tus import CHUNK, upload
from stem.control import Controller  # type: ignore[import-untyped]

KINDS = ("circuits", "socks")


class BodyCounter:
    """ASGI wrapper: counts the upload body bytes (POST with data, PATCH) the app is handed."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.received = 0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PATCH"):
            await self.app(scope, receive, send)
            return

        async def counted() -> Any:
            message = await receive()
            self.received += len(message.get("body", b""))
            return message
        await self.app(scope, counted, send)


class CuttingSocket(WrappedSocket):
    """A SOCKS stream that calls `cut()` once, when its sender crosses byte `at`."""

    def __init__(self, sock: socket.socket, plan: Cut) -> None:
        super().__init__(sock)
        self.sock, self.plan = sock, plan

    def sendall(self, data: bytes, /) -> None:
        before = self.plan.sent
        self.plan.sent += len(data)
        if not self.plan.done and before <= self.plan.at < self.plan.sent:
            self.plan.done = True
            self.plan.cut(self.sock)
        super().sendall(data)


@dataclass
class Cut:
    kind: str
    at: int
    controller: Controller
    sent: int = 0
    done: bool = False

    def cut(self, sock: socket.socket) -> None:
        if self.kind == "socks":
            sock.shutdown(socket.SHUT_RDWR)
            return
        for circuit in self.controller.get_circuits():
            # A circuit may close by itself between the listing and this: already cut.
            with contextlib.suppress(stem.InvalidArguments):
                self.controller.close_circuit(circuit.id)


@dataclass
class Figures:
    cuts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    survived: int = 0
    resent_at_inbox: list[int] = field(default_factory=list)  # per envelope
    resent_by_client: list[int] = field(default_factory=list)
    stored_once: int = 0

    def summary(self) -> dict[str, object]:
        return {"cuts": self.cuts, "survived": self.survived, "stored once": self.stored_once,
                "bytes re-sent at the inbox (total, max per cut)":
                    (sum(self.resent_at_inbox), max(self.resent_at_inbox, default=0)),
                "bytes re-sent by the client (total, max per cut)":
                    (sum(self.resent_by_client), max(self.resent_by_client, default=0)),
                "chunk": CHUNK}


@dataclass
class Published:
    box: Inbox
    counter: BodyCounter
    onion: str
    controller: Controller  # the client tor's, for closing circuits
    socks: tuple[str, int]


@contextmanager
def published_inbox(network: PrivateTorNetwork, root: Path) -> Iterator[Published]:
    box = Inbox(root, InboxConfig(inbox_id=ONION))
    counter = BodyCounter(box.app)
    with serve_in_thread(counter) as port, \
            Controller.from_port(*network.onion_control) as host, \
            Controller.from_port(*network.client_control) as client:
        host.authenticate()
        client.authenticate()
        box.port = port
        service_id, _ = add_onion(host, None, {80: port}, await_publication=True)
        try:
            yield Published(box, counter, f"{service_id}.onion", client, network.client_socks)
        finally:
            remove_onion(host, service_id)
            box.store.close()


def cut_one(p: Published, kind: str, size: int, rng: random.Random, figures: Figures) -> None:
    """Upload one fresh envelope of `size` bytes, cut once at a random byte; check it."""
    data, sha = envelope(size)
    plan = Cut(kind, rng.randrange(CHUNK // 4, size), p.controller)
    isolation = f"cut-{sha[:12]}"

    def connect() -> CuttingSocket:
        return CuttingSocket(socks5_connect(p.socks, p.onion, 80, isolation=isolation,
                                            timeout=120), plan)

    before = p.counter.received
    result = upload(connect, p.onion, lambda: io.BytesIO(data), size, sha, timeout=120,
                    max_resumes=5)
    assert plan.done, "the upload ended before the cut"
    assert result.receipt, "no receipt after the cut"
    figures.cuts[kind] += 1
    figures.survived += 1
    stored = [e.sha256 for e in p.box.store.list_envelopes(0, 100_000)].count(sha)
    assert stored == 1, f"the envelope is stored {stored} times"
    figures.stored_once += 1
    figures.resent_at_inbox.append(p.counter.received - before - size)
    figures.resent_by_client.append(plan.sent - size)


def run_cuts(network: PrivateTorNetwork, root: Path, count: int, seed: int,
             size: int = 2 * CHUNK + 12345) -> Figures:
    rng, figures = random.Random(seed), Figures()
    with published_inbox(network, root) as p:
        for i in range(count):
            cut_one(p, KINDS[i % 2], size, rng, figures)
    return figures
