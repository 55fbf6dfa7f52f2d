"""Fewer round trips per envelope (issue 16): tus creation-with-upload on the real inbox.

Each HTTP request over Tor costs a round trip (about 0.2 s), so these count them: the
client's sockets are wrapped to record every request line it sends to the real inbox on
loopback. Before issue 16 a small envelope took 4 requests (GET /receipts 404, POST,
PATCH, GET /receipts); now it takes one POST whose 201 carries the receipt, a re-send
too. The inbox half is also spoken raw, as any tus client with creation-with-upload would.
"""

from __future__ import annotations

import http.client
import io
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from inboxkit import ONION, Inbox, envelope, meta, patch, serving, stored_count, tus
from netkit import WrappedSocket
from satchel.crypto.receipt import verify_receipt
from satchel.sync.inbox.app import InboxConfig
from satchel.sync.transport.http import HttpConnection
from satchel.sync.transport.tus import INLINE_MAX, PATCH_MAX, upload

MiB = 1 << 20
OCTETS = "application/offset+octet-stream"


class Counted(WrappedSocket):
    """Records the request line of every request the client starts on this socket."""

    def __init__(self, sock: socket.socket, log: list[str]) -> None:
        super().__init__(sock)
        self.log = log

    def sendall(self, data: bytes, /) -> None:
        verb = bytes(data[:8]).split(b" ", 1)[0]
        if verb in (b"GET", b"HEAD", b"POST", b"PATCH", b"DELETE"):
            self.log.append(verb.decode())
        super().sendall(data)


@pytest.fixture()
def box(tmp_path: Path) -> Iterator[Inbox]:
    with serving(Inbox(tmp_path / "inbox", InboxConfig(inbox_id=ONION))) as b:
        yield b


def counting(box: Inbox) -> tuple[list[str], list[int], Callable[[], Counted]]:
    requests: list[str] = []
    connections: list[int] = []

    def connect() -> Counted:
        connections.append(1)
        return Counted(box.connect(), requests)

    return requests, connections, connect


def test_a_small_envelope_takes_one_request_and_a_resend_too(box: Inbox) -> None:
    data, sha = envelope(20_000)  # a text report's envelope
    requests, connections, connect = counting(box)
    first = upload(connect, ONION, lambda: io.BytesIO(data), len(data), sha)
    verify_receipt(first.receipt, [box.key.public], sha)
    assert requests == ["POST"] and len(connections) == 1  # was GET, POST, PATCH, GET
    assert first.bytes_sent == len(data) and not first.already_stored
    box.clock.now += 60
    requests.clear()
    again = upload(connect, ONION, lambda: io.BytesIO(data), len(data), sha)
    assert requests == ["POST"]
    assert again.receipt == first.receipt  # the inbox's dedup: the same receipt, stored once
    assert stored_count(box, sha) == 1


def test_small_envelopes_share_one_kept_open_connection(box: Inbox) -> None:
    quota = box.config.connection_uploads  # creations the inbox allows one connection
    requests, connections, connect = counting(box)
    with HttpConnection(connect, ONION, 30) as shared:
        for _ in range(quota + 2):
            data, sha = envelope(5_000)
            got = upload(connect, ONION, io.BytesIO(data), len(data), sha, http=shared)
            verify_receipt(got.receipt, [box.key.public], sha)
    # One POST each on one connection, until the inbox's per-connection quota answers 429
    # ("open a new one"): then one more POST on a second connection carries on.
    assert requests == ["POST"] * (quota + 3) and len(connections) == 2


def test_a_large_envelope_posts_its_first_bytes_then_patches_the_rest(box: Inbox) -> None:
    data, sha = envelope(3 * MiB + 5)
    requests, _, connect = counting(box)
    got = upload(connect, ONION, io.BytesIO(data), len(data), sha)
    verify_receipt(got.receipt, [box.key.public], sha)
    # The receipt question first (a big envelope already held is not sent again); the
    # rest in pipelined PATCHes of PATCH_MAX, so that a cut loses at most a chunk
    # (issue 15, "Tor cuts") and waiting for their answers costs no round trip each.
    patches = -(-(len(data) - INLINE_MAX) // PATCH_MAX)
    assert patches == 6 and requests == ["GET", "POST", *["PATCH"] * patches, "GET"]
    assert got.bytes_sent == len(data)
    assert (box.root / "envelopes" / sha).read_bytes() == data


def _post_with(box: Inbox, length: int, sha: str, body: bytes,
               content_type: str = OCTETS) -> http.client.HTTPResponse:
    c = box.http()
    c.request("POST", "/uploads/", body=body, headers=tus(**{
        "Upload-Length": str(length), "Upload-Metadata": meta(sha), "Content-Type": content_type}))
    return c.getresponse()


def test_inbox_advertises_and_takes_creation_with_upload(box: Inbox) -> None:
    c = box.http()
    c.request("OPTIONS", "/uploads/", headers=tus())
    assert "creation-with-upload" in (c.getresponse().getheader("Tus-Extension") or "")
    data, sha = envelope(100_000)
    # Part of the body in the POST: 201 says how much it kept; a PATCH finishes it.
    r = _post_with(box, len(data), sha, data[:40_000])
    assert r.status == 201 and r.getheader("Upload-Offset") == "40000"
    assert r.read() == b""  # no receipt before the last byte
    done = patch(box, r.getheader("Location") or "", 40_000, data[40_000:])
    assert done.status == 204 and done.getheader("Upload-Offset") == str(len(data))
    # The whole body in the POST: the receipt comes back with the 201.
    data, sha = envelope(INLINE_MAX)
    r = _post_with(box, len(data), sha, data)
    assert r.status == 201 and r.getheader("Upload-Offset") == str(len(data))
    verify_receipt(r.read(), [box.key.public], sha)
    assert (box.root / "envelopes" / sha).read_bytes() == data


def test_inbox_refuses_bad_creation_bodies_before_creating(box: Inbox) -> None:
    data, sha = envelope(1000)
    assert _post_with(box, len(data), sha, data, "text/plain").status == 415
    assert _post_with(box, 10, sha, data).status == 413  # body longer than Upload-Length
    bad = bytearray(data)
    bad[0] ^= 1
    assert _post_with(box, len(data), sha, bytes(bad)).status == 460  # not its sha256
    assert stored_count(box, sha) == 0 and box.store.count_open_uploads() == 0
