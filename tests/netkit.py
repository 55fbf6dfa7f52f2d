"""Loopback network stand-ins shared by the tests and the benchmarks.

- `WrappedSocket`: the Conn protocol of satchel.sync.transport.http around a real socket;
  subclasses override `sendall` or `recv` to count bytes or break on cue.
- `SocksRelay`: a SOCKS5 server standing in for Tor's SOCKS port; every stream goes to
  one loopback port (the inbox), so the real SOCKS client and the real inbox meet.

These live in tests/ (not in the product) because they are test doubles the product must
never ship; the benchmarks are run by hand from a checkout, where tests/ is always
present, so bench/benchkit.py puts this folder on sys.path instead of copying them.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager

from satchel.sync.tor.socks import recv_exact


def accept_each(listener: socket.socket,
                pick: Callable[[socket.socket], Callable[[], None]]) -> None:
    """Accept connections on `listener` on a daemon thread until it is closed.

    `pick(conn)` runs on the accepting thread, in arrival order (so it may count
    connections); the work it returns runs on a daemon thread of its own.
    """
    def loop() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=pick(conn), daemon=True).start()

    threading.Thread(target=loop, daemon=True).start()


class WrappedSocket:
    """Delegates everything to a real socket."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock

    def sendall(self, data: bytes, /) -> None:
        self._sock.sendall(data)

    def recv(self, n: int, /) -> bytes:
        return self._sock.recv(n)

    def settimeout(self, value: float | None, /) -> None:
        self._sock.settimeout(value)

    def fileno(self) -> int:
        return self._sock.fileno()

    def close(self) -> None:
        self._sock.close()


class SocksRelay(AbstractContextManager["SocksRelay"]):
    """Stands in for Tor's SOCKS port: every stream goes to 127.0.0.1:`target_port`.

    It speaks the SOCKS5 the product's client speaks (no auth, or the username/password
    Tor uses for stream isolation), ignores the requested host (an onion) and counts the
    streams it opened. Use as a context manager, or call `close()`.
    """

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.streams = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self.listener.getsockname()[1]
        accept_each(self.listener, lambda conn: lambda: self._serve(conn))

    @property
    def address(self) -> str:
        """The relay as a `--tor-socks` / TorSettings(socks=...) value."""
        return f"127.0.0.1:{self.port}"

    _read = staticmethod(recv_exact)

    def _handshake(self, conn: socket.socket) -> None:
        methods = self._read(conn, self._read(conn, 2)[1])
        chosen = 0x02 if 0x02 in methods else 0x00
        conn.sendall(bytes([0x05, chosen]))
        if chosen == 0x02:  # username/password: Tor's isolation token, accepted as is
            self._read(conn, self._read(conn, 2)[1])
            self._read(conn, self._read(conn, 1)[0])
            conn.sendall(b"\x01\x00")
        atyp = self._read(conn, 4)[3]
        length = {1: 4, 4: 16}.get(atyp) or self._read(conn, 1)[0]
        self._read(conn, length + 2)

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            try:
                self._handshake(conn)
                upstream = socket.create_connection(("127.0.0.1", self.target_port))
                conn.sendall(b"\x05\x00\x00\x01" + bytes(6))
            except (EOFError, OSError):  # the client left mid-handshake
                return
            self.streams += 1
            with upstream:
                threading.Thread(target=pipe, args=(upstream, conn), daemon=True).start()
                pipe(conn, upstream)

    def close(self) -> None:
        self.listener.close()

    def __exit__(self, *exc: object) -> None:
        self.close()


def pipe(src: socket.socket, dst: socket.socket) -> None:
    """Copy `src` to `dst` until `src` ends, then end `dst`'s sending side."""
    try:
        while data := src.recv(65536):
            dst.sendall(data)
        dst.shutdown(socket.SHUT_WR)
    except OSError:
        pass
