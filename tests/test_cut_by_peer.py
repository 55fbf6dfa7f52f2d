"""An upload whose connection the far end closes (as tor does when a circuit is closed)
resumes instead of failing as malformed HTTP.

Found by the Tor cuts (tests/test_tor_cuts.py): when the peer closed the stream while the
client sent a PATCH or waited for its reply, h11 saw the end of the stream before any
reply and the client called it "malformed HTTP" (a protocol error, no resume). Here a
loopback relay in front of the real inbox plays tor's part: it forwards the client's
first `budget` bytes, then closes both ways.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from inboxkit import ONION, Inbox, MiB, envelope, serving, stored_count
from netkit import accept_each, pipe
from satchel.sync.inbox.app import InboxConfig
from satchel.sync.transport.tus import upload


class ClosingRelay:
    """Relays to the inbox; the first stream is closed by this end after `budget` bytes."""

    def __init__(self, target: int, budget: int) -> None:
        self.target, self.budget = target, budget
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.streams = 0
        accept_each(self.listener, self._pick)

    def connect(self) -> socket.socket:
        return socket.create_connection(self.listener.getsockname(), timeout=10)

    def _pick(self, conn: socket.socket) -> Callable[[], None]:
        self.streams += 1
        budget = self.budget if self.streams == 1 else None
        return lambda: self._serve(conn, budget)

    def _serve(self, conn: socket.socket, budget: int | None) -> None:
        with conn, socket.create_connection(("127.0.0.1", self.target)) as upstream:
            threading.Thread(target=pipe, args=(upstream, conn), daemon=True).start()
            if budget is None:
                pipe(conn, upstream)
                return
            while budget > 0 and (data := conn.recv(min(budget, 65536))):
                upstream.sendall(data)
                budget -= len(data)
            # The far end goes away, both ways at once; shutdown (not only close) so that
            # the pipe thread blocked on upstream wakes and the inbox sees its cut.
            conn.shutdown(socket.SHUT_RDWR)
            upstream.shutdown(socket.SHUT_RDWR)


@pytest.mark.parametrize("budget", [3 * MiB // 2, 2 * MiB + 5000])
def test_a_stream_closed_by_the_far_end_resumes(tmp_path: Path, budget: int) -> None:
    with serving(Inbox(tmp_path / "inbox", InboxConfig(inbox_id=ONION))) as box:
        data, sha = envelope(3 * MiB + 777)
        source = tmp_path / "envelope"
        source.write_bytes(data)
        relay = ClosingRelay(box.port, budget)
        result = upload(relay.connect, ONION, lambda: source.open("rb"), len(data), sha,
                        timeout=10, max_resumes=3)
        assert result.receipt and relay.streams >= 2
        assert stored_count(box, sha) == 1
