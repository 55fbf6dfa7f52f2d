"""A resume after a cut writes each byte about once, even while the inbox is still
settling the cut PATCH (issue 15, "Tor cuts": the client wrote 147.9 MB extra over 100
cuts of 2.1 MB envelopes).

Over Tor the inbox sees a cut late: the client's stream is gone, but the onion
service's side of it stays open a while, so the inbox still holds the cut PATCH (busy,
and its bytes not yet committed) when the client's HEAD and resume PATCH arrive. The
HEAD waits `head_wait` and answers the stale offset; the resume PATCH is refused (409 or
423). Tor's SOCKS port takes whatever the client writes, so a PATCH body sent before the
refusal is read was written in vain. Here a loopback relay plays tor: it reads eagerly
what the client writes (counting it), cuts the first stream after `budget` bytes while
holding the inbox's side open, and lets that side go only when a resume PATCH reaches
the inbox.
"""

from __future__ import annotations

import contextlib
import io
import re
import socket
import threading
from collections.abc import Callable
from pathlib import Path

from inboxkit import ONION, Inbox, MiB, envelope, serving, stored_count
from netkit import WrappedSocket, accept_each, pipe
from satchel.sync.inbox.app import InboxConfig
from satchel.sync.transport.tus import CHUNK, upload


class LateCutRelay:
    """Counts what the client writes; stream 1 is cut after `budget` bytes, its inbox
    side held open until a PATCH arrives on a later stream (the inbox sees the cut late)."""

    def __init__(self, target: int, budget: int) -> None:
        self.target, self.budget = target, budget
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.written = 0  # bytes the client wrote, over every stream
        self.streams = 0
        self.release = threading.Event()
        self._lock = threading.Lock()
        accept_each(self.listener, self._pick)

    def connect(self) -> socket.socket:
        return socket.create_connection(self.listener.getsockname(), timeout=10)

    def _pick(self, conn: socket.socket) -> Callable[[], None]:
        self.streams += 1
        serve = self._cut if self.streams == 1 else self._relay
        return lambda: serve(conn)

    def _count(self, n: int) -> None:
        with self._lock:
            self.written += n

    def _cut(self, conn: socket.socket) -> None:
        with conn, socket.create_connection(("127.0.0.1", self.target)) as upstream:
            threading.Thread(target=pipe, args=(upstream, conn), daemon=True).start()
            budget = self.budget
            while budget > 0 and (data := conn.recv(min(budget, 65536))):
                upstream.sendall(data)
                self._count(len(data))
                budget -= len(data)
            conn.shutdown(socket.SHUT_RDWR)  # the client's stream is gone...
            self.release.wait(30)  # ...the inbox's side only later
            upstream.shutdown(socket.SHUT_RDWR)

    def _relay(self, conn: socket.socket) -> None:
        """Read the client eagerly (as tor's SOCKS port does) and forward in order."""
        with conn, socket.create_connection(("127.0.0.1", self.target)) as upstream:
            threading.Thread(target=pipe, args=(upstream, conn), daemon=True).start()
            queue: list[bytes | None] = []
            ready = threading.Condition()

            def forward() -> None:
                while True:
                    with ready:
                        ready.wait_for(lambda: bool(queue))
                        data = queue.pop(0)
                    if data is None:
                        break
                    if b"PATCH " in data:
                        self.release.set()
                    try:
                        upstream.sendall(data)
                    except OSError:
                        return
                upstream.shutdown(socket.SHUT_WR)

            sender = threading.Thread(target=forward, daemon=True)
            sender.start()
            try:
                while data := conn.recv(65536):
                    self._count(len(data))
                    with ready:
                        queue.append(data)
                        ready.notify()
            except OSError:
                pass
            with ready:
                queue.append(None)
                ready.notify()
            sender.join(30)


def test_a_resume_refused_while_the_inbox_settles_sends_no_body_in_vain(
    tmp_path: Path,
) -> None:
    # No commit inside the cut PATCH (16 MiB interval): the inbox's HEAD is stale until
    # it sees the cut, as over Tor; head_wait short so the test does not wait 2 s.
    config = InboxConfig(inbox_id=ONION, head_wait=0.3)
    with serving(Inbox(tmp_path / "inbox", config)) as box:
        data, sha = envelope(6 * MiB + 777)
        source = tmp_path / "envelope"
        source.write_bytes(data)
        relay = LateCutRelay(box.port, 2 * MiB)
        result = upload(relay.connect, ONION, lambda: source.open("rb"), len(data), sha,
                        timeout=10, max_resumes=5)
        assert result.receipt and relay.streams >= 2 and relay.release.is_set()
        assert stored_count(box, sha) == 1
        # Everything the client wrote, HTTP heads included: at most one chunk re-sent.
        assert relay.written <= len(data) + CHUNK, relay.written - len(data)


class Heads(WrappedSocket):
    """Keeps the head of every request the client writes on this stream."""

    def __init__(self, sock: socket.socket, heads: list[bytes]) -> None:
        super().__init__(sock)
        self.heads = heads

    def sendall(self, data: bytes, /) -> None:
        if re.match(rb"[A-Z]+ /", data):
            self.heads.append(data.partition(b"\r\n\r\n")[0])
        super().sendall(data)


def test_every_request_names_each_header_once_also_a_resumed_patch(tmp_path: Path) -> None:
    # The first PATCH after a cut waits for `100 Continue`; it once carried its
    # Content-Type twice, which a stricter tus server may refuse.
    with serving(Inbox(tmp_path / "inbox", InboxConfig(inbox_id=ONION, head_wait=0.3))) as box:
        data, sha = envelope(6 * MiB + 777)
        relay, heads = LateCutRelay(box.port, 2 * MiB), list[bytes]()
        result = upload(lambda: Heads(relay.connect(), heads), ONION, lambda: io.BytesIO(data),
                        len(data), sha, timeout=10, max_resumes=5)
        assert result.receipt and stored_count(box, sha) == 1
    patches = [h for h in heads if h.startswith(b"PATCH ")]
    assert any(b"\r\nexpect: 100-continue" in h.lower() for h in patches), patches
    for head in heads:
        names = [line.partition(b":")[0].lower() for line in head.split(b"\r\n")[1:]]
        assert len(names) == len(set(names)), head


class SwallowingRelay:
    """Plays a circuit that dies mid-PATCH while tor still reads: stream 1 forwards its
    first `deliver` bytes, then takes up to `hold` more into the void (tor's window and
    the loopback buffers) until the client falls quiet, then is cut both ways."""

    def __init__(self, target: int, deliver: int, hold: int) -> None:
        self.target, self.deliver, self.hold = target, deliver, hold
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.written = self.swallowed = self.streams = 0
        accept_each(self.listener, self._pick)

    def connect(self) -> socket.socket:
        return socket.create_connection(self.listener.getsockname(), timeout=10)

    def _pick(self, conn: socket.socket) -> Callable[[], None]:
        self.streams += 1
        first = self.streams == 1
        return lambda: self._serve(conn, first)

    def _serve(self, conn: socket.socket, first: bool) -> None:
        with conn, socket.create_connection(("127.0.0.1", self.target)) as upstream:
            threading.Thread(target=pipe, args=(upstream, conn), daemon=True).start()
            limit = self.deliver if first else 1 << 62
            with contextlib.suppress(OSError):
                while limit > 0 and (data := conn.recv(min(limit, 65536))):
                    self.written += len(data)
                    limit -= len(data)
                    upstream.sendall(data)
                upstream.shutdown(socket.SHUT_WR)
            if first:
                self._swallow(conn)
                for side in (upstream, conn):
                    with contextlib.suppress(OSError):  # the inbox may have gone first
                        side.shutdown(socket.SHUT_RDWR)

    def _swallow(self, conn: socket.socket) -> None:
        # Quiet for 0.5 s means the client waits for a reply: the cut comes now.
        conn.settimeout(0.5)
        with contextlib.suppress(OSError):
            while self.swallowed < self.hold and (data := conn.recv(65536)):
                self.written += len(data)
                self.swallowed += len(data)


def test_a_circuit_dying_mid_patch_swallows_at_most_one_patch_body(tmp_path: Path) -> None:
    # Before PATCH_MAX the body went as one long PATCH and a dying circuit took all it
    # could hold (here 3 MiB) before the cut was noticed: that much was written again.
    # Now the client never has more than one CHUNK (less room for heads) unanswered.
    with serving(Inbox(tmp_path / "inbox", InboxConfig(inbox_id=ONION, head_wait=0.3))) as box:
        data, sha = envelope(6 * MiB + 777)
        relay = SwallowingRelay(box.port, deliver=3 * MiB // 2, hold=3 * MiB)
        result = upload(relay.connect, ONION, lambda: io.BytesIO(data), len(data), sha,
                        timeout=10, max_resumes=5)
        assert result.receipt and relay.streams >= 2 and stored_count(box, sha) == 1
        assert 0 < relay.swallowed <= CHUNK, (relay.swallowed, relay.written - len(data))
        assert relay.written - len(data) <= CHUNK, relay.written - len(data)


class AheadWatch(WrappedSocket):
    """Follows what the client has written beyond the inbox's last Upload-Offset, and
    how many PATCHes it has written and not yet read the answer to."""

    def __init__(self, sock: socket.socket, seen: dict[str, int]) -> None:
        super().__init__(sock)
        self.seen, self.inbuf = seen, b""

    def sendall(self, data: bytes, /) -> None:
        seen = self.seen
        if data.startswith(b"PATCH "):
            found = re.search(rb"upload-offset: *(\d+)", data, re.IGNORECASE)
            assert found
            seen["at"], seen["open"] = int(found.group(1)), seen["open"] + 1
            seen["max_open"] = max(seen["max_open"], seen["open"])
        elif seen["at"] >= 0 and not data.startswith((b"GET ", b"HEAD ", b"POST ")):
            seen["at"] += len(data)  # a PATCH body
            seen["max_ahead"] = max(seen["max_ahead"], seen["at"] - seen["confirmed"])
        super().sendall(data)

    def recv(self, n: int, /) -> bytes:
        data = super().recv(n)
        self.inbuf += data
        while b"\r\n\r\n" in self.inbuf:
            head, _, self.inbuf = self.inbuf.partition(b"\r\n\r\n")
            head = head[head.find(b"HTTP/1.1 "):]  # past an earlier answer's body
            found = re.search(rb"upload-offset: *(\d+)", head, re.IGNORECASE)
            if head.startswith((b"HTTP/1.1 201", b"HTTP/1.1 204")) and found:
                self.seen["confirmed"] = int(found.group(1))  # the POST's first bytes too
                self.seen["open"] -= head.startswith(b"HTTP/1.1 204")
        return data


def test_the_client_pipelines_patches_but_never_has_a_chunk_unanswered(
    tmp_path: Path,
) -> None:
    # What a cut can cost by design: the bytes written beyond the inbox's last answer.
    data, sha = envelope(6 * MiB + 777)
    seen = {"at": -1, "confirmed": 0, "open": 0, "max_open": 0, "max_ahead": 0}
    with serving(Inbox(tmp_path / "inbox", InboxConfig(inbox_id=ONION))) as box:
        result = upload(lambda: AheadWatch(box.connect(), seen), ONION, io.BytesIO(data),
                        len(data), sha)
        assert result.receipt and stored_count(box, sha) == 1
    assert seen["confirmed"] == len(data) and seen["open"] == 0
    # Two PATCHes in flight (no round trip per PATCH), never a chunk's worth unanswered.
    assert seen["max_open"] == 2, seen
    assert 0 < seen["max_ahead"] <= CHUNK, seen
