"""A loopback connection wrapper for cutting connections in tests (the Conn protocol of
satchel.sync.transport.http): subclasses override `sendall` or `recv` to break on cue."""

from __future__ import annotations

import socket


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
