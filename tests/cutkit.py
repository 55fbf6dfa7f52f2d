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
from satchel.sync.transport.tus import CHUNK, PATCH_MAX, upload
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
    """A SOCKS stream that calls `cut()` once, when its sender reaches byte `at`.

    Counts only what the kernel accepted (send() by send(), not what sendall was handed),
    so a write refused after the cut is not counted and one that a dead circuit's buffers
    took is: "re-sent by the client" is what it really wrote beyond the envelope."""

    def __init__(self, sock: socket.socket, plan: Cut) -> None:
        super().__init__(sock)
        self.sock, self.plan = sock, plan
        self.cut_here = False

    def sendall(self, data: bytes, /) -> None:
        view, plan = memoryview(data), self.plan
        while view:
            if not plan.done and plan.sent >= plan.at:
                plan.done = self.cut_here = True
                plan.cut(self.sock)
            room = len(view) if plan.done else plan.at - plan.sent
            n = self.sock.send(view[:max(1, room)])
            plan.sent += n
            if self.cut_here:
                plan.after_cut += n  # taken by the dying stream's buffers
            view = view[n:]


@dataclass
class Cut:
    kind: str
    at: int
    controller: Controller
    sent: int = 0
    done: bool = False
    after_cut: int = 0  # bytes the cut stream accepted after the cut

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
    # Where the client's extra bytes went, per cut: written and never handed to the inbox
    # app (lost in flight, HTTP heads included), and of those, accepted after the cut.
    lost_in_flight: list[int] = field(default_factory=list)
    after_cut: list[int] = field(default_factory=list)
    stored_once: int = 0

    def summary(self) -> dict[str, object]:
        return {"cuts": self.cuts, "survived": self.survived, "stored once": self.stored_once,
                **{f"{name} (total, mean, max per cut)": _spread(values) for name, values in (
                    ("bytes re-sent at the inbox", self.resent_at_inbox),
                    ("bytes re-sent by the client", self.resent_by_client),
                    ("bytes lost in flight", self.lost_in_flight),
                    ("bytes written after the cut", self.after_cut))},
                "per cut (client re-sent, lost in flight)":
                    list(zip(self.resent_by_client, self.lost_in_flight, strict=True)),
                "chunk": CHUNK, "patch body max": PATCH_MAX}


def _spread(values: list[int]) -> tuple[int, int, int]:
    return sum(values), sum(values) // max(1, len(values)), max(values, default=0)


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
    received = p.counter.received - before
    figures.resent_at_inbox.append(received - size)
    figures.resent_by_client.append(plan.sent - size)
    figures.lost_in_flight.append(plan.sent - received)
    figures.after_cut.append(plan.after_cut)


def run_cuts(network: PrivateTorNetwork, root: Path, count: int, seed: int,
             size: int = 2 * CHUNK + 12345) -> Figures:
    rng, figures = random.Random(seed), Figures()
    with published_inbox(network, root) as p:
        for i in range(count):
            cut_one(p, KINDS[i % 2], size, rng, figures)
    return figures
