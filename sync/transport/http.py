"""A small, defensive HTTP/1.1 client on h11 over a caller-supplied connection.

The inbox is reached through Tor, so the socket comes from a factory the caller passes
in (a SOCKS connection in production, a loopback socket in tests); this module never
resolves names or opens connections itself. The inbox may be hostile or seized, so:

- response headers are bounded (h11's incomplete-event limit), response bodies are
  bounded per request, and every response must finish within `timeout` seconds in total
  (a server trickling an endless body ends with `InboxTimeout`, not a hang);
- malformed HTTP becomes `InboxProtocolError`, socket failures `InboxUnreachable`;
- a streamed request body watches for an early response (the server refusing the body)
  and stops sending; a connection that breaks while sending raises `ConnectionCut`. A
  body may also wait for `100 Continue` (`expect_continue`): over Tor whatever is written
  is taken by tor's buffers at once, so a refusal read "early" still comes too late;

One connection is kept open across requests (each new circuit stream over Tor costs a
round trip) and reopened when the server closes it. Requests may be pipelined
(`write_request`, then `read_next` for each answer in order) so that a sender waiting for
one answer before writing more bytes does not pay a round trip per request.
"""

from __future__ import annotations

import contextlib
import select
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

import h11
from satchel.sync.transport.errors import (
    ConnectionCut,
    InboxProtocolError,
    InboxTimeout,
    InboxUnreachable,
)

MAX_HEADER_BYTES = 16 * 1024
_RECV = 64 * 1024
# How long a request sent with `Expect: 100-continue` waits for the server's word before
# sending its body anyway; the inbox may first wait up to its head_wait (2 s) for a cut
# request to settle, and a Tor round trip adds a few hundred milliseconds.
CONTINUE_WAIT = 10.0


class Conn(Protocol):
    """The part of socket.socket the client uses (test wrappers provide the same)."""

    def sendall(self, data: bytes, /) -> None: ...
    def recv(self, bufsize: int, /) -> bytes: ...
    def settimeout(self, value: float | None, /) -> None: ...
    def fileno(self) -> int: ...
    def close(self) -> None: ...


# socket.socket satisfies Conn, so a plain socket factory is a Connector.
Connector = Callable[[], Conn]


@dataclass(frozen=True)
class Response:
    status: int
    headers: dict[str, str]
    body: bytes

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


class HttpConnection:
    """Requests over one kept-open connection from `connect`; see the module docstring."""

    def __init__(self, connect: Connector, host: str, timeout: float) -> None:
        self._connect = connect
        self._host = host
        self._timeout = timeout
        self._sock: Conn | None = None
        self._h11: h11.Connection | None = None  # the request whose answer comes next
        # Pipelined requests written behind it, oldest first: h11 runs one request at a
        # time, so each has an h11 state of its own and takes over the bytes left after
        # the previous answer.
        self._queued: list[h11.Connection] = []

    @property
    def connect(self) -> Connector:
        """How this connection opens its socket (again, after the server closed it)."""
        return self._connect

    def close(self) -> None:
        if self._sock is not None:
            with contextlib.suppress(OSError):
                self._sock.close()
        self._sock = None
        self._h11 = None
        self._queued = []

    def __enter__(self) -> HttpConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def request(
        self, method: str, target: str, headers: list[tuple[str, str]], *, max_body: int
    ) -> Response:
        """Send a request without a body and read the whole (bounded) response."""
        self._start(method, target, [*headers, ("Content-Length", "0")])
        self._send(h11.EndOfMessage())
        return self._finish(self._read_response(max_body))

    def send_stream(
        self,
        method: str,
        target: str,
        headers: list[tuple[str, str]],
        *,
        length: int,
        chunks: Iterable[bytes],
        on_sent: Callable[[int], None],
        max_body: int,
        expect_continue: bool = False,
    ) -> Response:
        """Stream a body of `length` bytes; stop early if the server answers first.

        With `expect_continue` the body is held back until the server answers
        `100 Continue` (or it is silent for CONTINUE_WAIT): a refusal then costs no body.
        """
        extra = [("Expect", "100-continue")] if expect_continue else []
        self._start(method, target, [*headers, *extra, ("Content-Length", str(length))])
        sock = self._require_sock()
        if expect_continue:
            refusal = self._await_continue(sock, max_body)
            if refusal is not None:
                return self._abandon(refusal)
        for chunk in chunks:
            if _readable(sock):
                # The server answered before the body ended: it refused the rest.
                return self._abandon(self._read_response(max_body))
            try:
                self._send(h11.Data(data=chunk))
            except ConnectionCut:
                return self._abandon(self._salvage_response(max_body))
            on_sent(len(chunk))
        self._send(h11.EndOfMessage())
        return self._finish(self._read_response(max_body))

    def write_request(
        self, method: str, target: str, headers: list[tuple[str, str]], *, length: int,
        chunks: Iterable[bytes], on_sent: Callable[[int], None],
    ) -> None:
        """Write a whole request, body and all; its answer is read by `read_next`.

        Requests written while earlier answers are unread are pipelined (RFC 9112 9.3):
        the server answers them in order, so no round trip is spent between them.
        """
        headers = [*headers, ("Content-Length", str(length))]
        conn = self._h11
        if conn is not None and self._sock is not None and conn.our_state is h11.DONE:
            conn = h11.Connection(h11.CLIENT, max_incomplete_event_size=MAX_HEADER_BYTES)
            self._queued.append(conn)
            self._send(self._request(method, target, headers), conn)
        else:
            self._start(method, target, headers)
            conn = self._h11
        for chunk in chunks:
            self._send(h11.Data(data=chunk), conn)
            on_sent(len(chunk))
        self._send(h11.EndOfMessage(), conn)

    def read_next(self, max_body: int) -> Response:
        """The answer to the oldest request written by `write_request` and not yet read."""
        response = self._read_response(max_body)
        if not self._queued:
            return self._finish(response)
        assert self._h11 is not None  # set by _read_response
        # Only bytes are handed over (to h11, b"" would mean the end of the stream): an
        # end seen already is seen again by the next read, where it counts as a cut.
        data, _ = self._h11.trailing_data
        self._h11 = self._queued.pop(0)
        if data:
            self._h11.receive_data(data)
        return response

    # -- internals ---------------------------------------------------------------------

    def _require_sock(self) -> Conn:
        if self._sock is None:
            raise ConnectionCut("the connection to the inbox is closed")
        return self._sock

    def _start(self, method: str, target: str, headers: list[tuple[str, str]]) -> None:
        if self._h11 is not None and self._h11.our_state is not h11.IDLE:
            self.close()
        if self._sock is None:
            try:
                self._sock = self._connect()
            except OSError as exc:
                raise InboxUnreachable(f"could not connect to the inbox: {exc}") from None
            self._h11 = h11.Connection(h11.CLIENT, max_incomplete_event_size=MAX_HEADER_BYTES)
        self._send(self._request(method, target, headers))

    def _request(self, method: str, target: str, headers: list[tuple[str, str]]) -> h11.Request:
        return h11.Request(method=method, target=target, headers=[("Host", self._host), *headers])

    def _send(self, event: h11.Event, conn: h11.Connection | None = None) -> None:
        conn = conn or self._h11
        assert conn is not None  # set by _start
        sock = self._require_sock()
        data = conn.send(event)
        if not data:
            return
        try:
            sock.settimeout(self._timeout)
            sock.sendall(data)
        except TimeoutError:
            self.close()
            raise InboxTimeout("the inbox stopped accepting data") from None
        except OSError:
            raise ConnectionCut("the connection to the inbox broke while sending") from None

    def _await_continue(self, sock: Conn, max_body: int) -> Response | None:
        """None once the server says `100 Continue` (or stays silent), else its answer."""
        if not _readable(sock, wait=min(CONTINUE_WAIT, self._timeout)):
            # A server that ignores Expect waits for the body (RFC 9110 10.1.1).
            return None
        return self._read_events(max_body, until_continue=True)

    def _read_response(self, max_body: int) -> Response:
        """Read one response; bounded in size and in total time."""
        response = self._read_events(max_body, until_continue=False)
        assert response is not None  # only until_continue stops without a response
        return response

    def _read_events(self, max_body: int, *, until_continue: bool) -> Response | None:
        """Read one response (or, with until_continue, up to a `100 Continue`)."""
        assert self._h11 is not None
        conn = self._h11
        sock = self._require_sock()
        deadline = time.monotonic() + self._timeout
        head: h11.Response | None = None
        body = bytearray()
        try:
            while True:
                event = conn.next_event()
                if event is h11.NEED_DATA:
                    data = _recv(sock, deadline)
                    if not data and head is None:
                        # The far end closed before any reply (tor closes the stream when
                        # its circuit goes): a cut to resume from, not malformed HTTP.
                        raise ConnectionCut("the connection to the inbox closed before a reply")
                    conn.receive_data(data)
                elif (until_continue and isinstance(event, h11.InformationalResponse)
                      and event.status_code == 100):
                    return None  # other 1xx answers are skipped
                elif isinstance(event, h11.Response):
                    head = event
                elif isinstance(event, h11.Data):
                    body += event.data
                    if len(body) > max_body:
                        raise InboxProtocolError("reply body larger than allowed")
                elif isinstance(event, h11.EndOfMessage):
                    break
                elif isinstance(event, h11.ConnectionClosed):
                    raise ConnectionCut("the inbox closed the connection before replying")
        except h11.RemoteProtocolError as exc:
            self.close()
            raise InboxProtocolError(f"malformed HTTP: {exc}") from None
        except (InboxProtocolError, InboxUnreachable):
            self.close()
            raise
        if head is None:
            self.close()
            raise InboxProtocolError("reply without a status line")
        return _response(head, bytes(body))

    def _salvage_response(self, max_body: int) -> Response:
        """After a failed send, the server's refusal may still be readable."""
        sock = self._require_sock()
        if not _readable(sock, wait=min(1.0, self._timeout)):
            self.close()
            raise ConnectionCut("the connection to the inbox broke while sending")
        try:
            return self._read_response(max_body)
        except InboxProtocolError:
            raise
        except InboxUnreachable:
            raise ConnectionCut("the connection to the inbox broke while sending") from None

    def _finish(self, response: Response) -> Response:
        conn = self._h11
        if conn is None:
            return response
        if conn.our_state is h11.DONE and conn.their_state is h11.DONE:
            conn.start_next_cycle()
        else:
            self.close()
        return response

    def _abandon(self, response: Response) -> Response:
        self.close()
        return response


def _readable(sock: Conn, wait: float = 0.0) -> bool:
    try:
        ready, _, _ = select.select([sock], [], [], wait)
    except (OSError, ValueError):
        return True  # a broken socket reads as EOF, which the caller handles
    return bool(ready)


def _recv(sock: Conn, deadline: float) -> bytes:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise InboxTimeout("the inbox did not finish its reply in time")
    try:
        sock.settimeout(remaining)
        return sock.recv(_RECV)
    except TimeoutError:
        raise InboxTimeout("the inbox did not finish its reply in time") from None
    except OSError:
        raise ConnectionCut("the connection to the inbox broke while reading") from None


def _response(head: h11.Response, body: bytes) -> Response:
    headers: dict[str, str] = {}
    for raw_name, raw_value in head.headers:
        name = raw_name.decode("ascii", "replace").lower()
        value = raw_value.decode("latin-1")
        if name in headers and name != "set-cookie":
            raise InboxProtocolError(f"repeated header {name}")
        headers[name] = value
    return Response(status=head.status_code, headers=headers, body=body)
