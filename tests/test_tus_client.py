"""The upload client against a hostile inbox: a raw-socket fake server per fault."""

from __future__ import annotations

import hashlib
import io
import select
import socket
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from netkit import WrappedSocket
from satchel.sync.transport.errors import (
    InboxProtocolError,
    InboxRejected,
    InboxTimeout,
    InboxUnreachable,
)
from satchel.sync.transport.tus import CHUNK, INLINE_MAX, fetch_directory, fetch_receipt, upload

DATA = b"envelope bytes " * 1000
SHA = hashlib.sha256(DATA).hexdigest()
URL = "/uploads/abc123"
Reply = bytes | Callable[[socket.socket], None]


def created(extra: str = "") -> bytes:
    return f"HTTP/1.1 201 Created\r\nLocation: {URL}\r\nContent-Length: 0\r\n{extra}\r\n".encode()


def done(offset: int) -> bytes:
    return f"HTTP/1.1 204 No Content\r\nUpload-Offset: {offset}\r\n\r\n".encode()


class FakeInbox:
    """Answers each request (head and Content-Length body read) with the next reply."""

    def __init__(
        self, replies: list[Reply], session: Callable[[socket.socket], None] | None = None
    ) -> None:
        self.replies = list(replies)
        self.session = session or self._session
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(8)
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def connect(self) -> socket.socket:
        return socket.create_connection(("127.0.0.1", self.port), timeout=5)

    def _serve(self) -> None:
        while self.replies:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            with conn:
                self.session(conn)

    def _session(self, conn: socket.socket) -> None:
        try:
            self._exchange(conn)
        except OSError:
            return  # the client hung up: the fault under test

    def _exchange(self, conn: socket.socket) -> None:
        buf = b""
        while self.replies:
            while b"\r\n\r\n" not in buf:
                more = conn.recv(65536)
                if not more:
                    return
                buf += more
            head, _, buf = buf.partition(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            while len(buf) < length:
                more = conn.recv(65536)
                if not more:
                    return
                buf += more
            buf = buf[length:]
            reply = self.replies.pop(0)
            if callable(reply):
                reply(conn)
            else:
                conn.sendall(reply)

    def close(self) -> None:
        self.replies.clear()
        self.listener.close()


@pytest.fixture
def fake() -> Iterator[Callable[[list[Reply]], FakeInbox]]:
    made: list[FakeInbox] = []

    def make(replies: list[Reply]) -> FakeInbox:
        made.append(FakeInbox(replies))
        return made[-1]

    yield make
    for f in made:
        f.close()


NOT_STORED = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"


def send(server: FakeInbox, **kw: float) -> None:
    # DATA is small, so the client sends it whole in the creating POST (no receipt question).
    assert len(DATA) <= INLINE_MAX
    upload(server.connect, "inbox.onion", io.BytesIO(DATA), len(DATA), SHA, timeout=2, **kw)


def test_garbage_headers_are_a_protocol_error(fake: Callable[[list[Reply]], FakeInbox]) -> None:
    server = fake([b"HTTP/1.1 201 Created\r\nthis is not a header\r\n\r\n"])
    with pytest.raises(InboxProtocolError):
        send(server)


def test_not_http_at_all(fake: Callable[[list[Reply]], FakeInbox]) -> None:
    with pytest.raises(InboxProtocolError):
        send(fake([b"\x00\xff" * 100 + b"\r\n\r\n"]))


def test_huge_headers_are_refused(fake: Callable[[list[Reply]], FakeInbox]) -> None:
    server = fake([b"HTTP/1.1 201 Created\r\nX-Junk: " + b"a" * 100_000 + b"\r\n\r\n"])
    with pytest.raises(InboxProtocolError):
        send(server)


def test_server_error_is_rejected_and_retryable(fake: Callable[[list[Reply]], FakeInbox]) -> None:
    server = fake([b"HTTP/1.1 500 Oops\r\nContent-Length: 9\r\n\r\nbad\x00thing"])
    with pytest.raises(InboxRejected) as err:
        send(server)
    assert err.value.status == 500 and err.value.retryable
    assert "\x00" not in str(err.value)


@pytest.mark.parametrize("location", ["", "/elsewhere/x", "/uploads/../../etc", "/uploads/a b"])
def test_bad_location_is_a_protocol_error(
    fake: Callable[[list[Reply]], FakeInbox], location: str
) -> None:
    reply = f"HTTP/1.1 201 Created\r\nLocation: {location}\r\nContent-Length: 0\r\n\r\n"
    with pytest.raises(InboxProtocolError):
        send(fake([reply.encode()]))


@pytest.mark.parametrize("offset", [len(DATA) + 10, 10**30])
def test_offset_beyond_length_is_a_protocol_error(
    fake: Callable[[list[Reply]], FakeInbox], offset: int
) -> None:
    with pytest.raises(InboxProtocolError):
        send(fake([created(), done(offset)]))


def test_offset_going_backwards_is_a_protocol_error(
    fake: Callable[[list[Reply]], FakeInbox],
) -> None:
    # The creating POST took half the bytes: a PATCH reply of 0 goes back. (Without the
    # offset in the 201 this passed only because the fake hung up after its replies.)
    with pytest.raises(InboxProtocolError, match="backwards"):
        send(fake([created(f"Upload-Offset: {len(DATA) // 2}\r\n"), done(0)]))


def test_endless_slow_body_times_out(fake: Callable[[list[Reply]], FakeInbox]) -> None:
    def trickle(conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n")
        for _ in range(400):  # 20 s of trickle, far beyond the 1 s deadline
            conn.sendall(b"x")
            time.sleep(0.05)

    server = fake([trickle])
    started = time.monotonic()
    with pytest.raises(InboxTimeout):
        fetch_receipt(server.connect, "inbox.onion", SHA, timeout=1)
    # A whole-response deadline, not a per-read one: it ends long before the trickle does
    # (the margin is wide so a loaded CI machine cannot make this flaky).
    assert time.monotonic() - started < 10


def test_oversized_receipt_is_refused(fake: Callable[[list[Reply]], FakeInbox]) -> None:
    body = b"r" * 100_000
    server = fake([b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + body])
    with pytest.raises(InboxProtocolError):
        fetch_receipt(server.connect, "inbox.onion", SHA, timeout=2)


def test_silent_server_times_out(fake: Callable[[list[Reply]], FakeInbox]) -> None:
    server = fake([lambda conn: time.sleep(3)])
    with pytest.raises(InboxTimeout):
        fetch_directory(server.connect, "inbox.onion", timeout=0.5)


def test_unreachable_inbox() -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    with pytest.raises(InboxUnreachable):
        fetch_directory(lambda: socket.create_connection(("127.0.0.1", port), timeout=2),
                        "inbox.onion")


class HeldBody(WrappedSocket):
    """Counts the PATCH body bytes the client sends. The first body piece waits until the
    server's refusal is readable, so "the server answered before the body" is certain and
    every later body byte is one the client should have held back."""

    def __init__(self, sock: socket.socket) -> None:
        super().__init__(sock)
        self.in_patch = False
        self.body = 0

    def sendall(self, data: bytes, /) -> None:
        if data.startswith(b"PATCH "):
            self.in_patch = True
        elif self.in_patch:
            if self.body == 0:
                ready, _, _ = select.select([self._sock], [], [], 10)
                assert ready, "the fake inbox never answered the PATCH head"
            self.body += len(data)
        self._sock.sendall(data)


def test_early_refusal_stops_the_body() -> None:
    """The server refuses a PATCH before reading its body: the client stops sending it and
    reports that status. The server drains whatever comes, so a client that kept sending
    would get all 8 MiB through and fail the byte count."""
    big = b"z" * (8 << 20)
    sha = hashlib.sha256(big).hexdigest()

    def head_only(conn: socket.socket) -> None:
        buf = b""
        for reply in (NOT_STORED, created()):  # the receipt question, then the creation
            while buf.count(b"\r\n\r\n") < (1 if reply is NOT_STORED else 2):
                buf += conn.recv(65536)
            # The creating POST carries the first INLINE_MAX bytes: take them all first.
            while reply is not NOT_STORED and len(buf.split(b"\r\n\r\n", 2)[2]) < INLINE_MAX:
                buf += conn.recv(65536)
            conn.sendall(reply)
        while buf.count(b"\r\n\r\n") < 3:
            buf += conn.recv(65536)
        # Answer the PATCH as soon as its head arrives, without waiting for the body.
        conn.sendall(b"HTTP/1.1 507 Insufficient Storage\r\nContent-Length: 4\r\n\r\nfull")
        while conn.recv(65536):  # until the client hangs up
            pass
        server.replies.clear()

    server = FakeInbox([b"unused"], session=head_only)
    conns: list[HeldBody] = []

    def connect() -> HeldBody:
        conns.append(HeldBody(server.connect()))
        return conns[-1]

    with pytest.raises(InboxRejected) as err:
        upload(connect, "inbox.onion", io.BytesIO(big), len(big), sha, timeout=5)
    assert err.value.status == 507
    assert len(conns) == 1 and conns[0].in_patch
    # At most the piece already on its way when the refusal arrived: not the other 7 MiB.
    assert conns[0].body <= CHUNK
    server.close()


def test_receipt_and_directory_not_found(fake: Callable[[list[Reply]], FakeInbox]) -> None:
    not_found = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"
    assert fetch_receipt(fake([not_found]).connect, "inbox.onion", SHA) is None
    assert fetch_directory(fake([not_found]).connect, "inbox.onion") is None
