"""socks5_connect against a scripted SOCKS5 server on loopback: bytes on the wire and faults.

The real Tor path is covered in test_tor_network.py; this fake only scripts
replies that a healthy Tor network rarely produces on demand.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from satchel.sync.tor.socks import (
    SocksError,
    SocksProxyNotLocal,
    probe_socks,
    recv_exact,
    socks5_connect,
)


class FakeSocks:
    """Accepts one client, records what it sent, answers with `reply_code`."""

    def __init__(self, reply_code: int, method: int = 0x00) -> None:
        self.reply_code = reply_code
        self.method = method
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.address: tuple[str, int] = self.listener.getsockname()
        self.received = b""
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _read(self, conn: socket.socket, count: int) -> bytes:
        data = recv_exact(conn, count)
        self.received += data
        return data

    def _serve(self) -> None:
        conn, _ = self.listener.accept()
        with conn:
            try:
                _, count = self._read(conn, 2)
                self._read(conn, count)
                conn.sendall(bytes([0x05, self.method]))
                if self.method == 0x02:
                    _, ulen = self._read(conn, 2)
                    self._read(conn, ulen)
                    self._read(conn, self._read(conn, 1)[0])
                    conn.sendall(b"\x01\x00")
                _, _, _, atyp = self._read(conn, 4)
                length = {1: 4, 4: 16}.get(atyp) or self._read(conn, 1)[0]
                self._read(conn, length + 2)
                conn.sendall(bytes([0x05, self.reply_code, 0x00, 0x01]) + bytes(6))
                conn.recv(1)  # hold the stream open until the client closes it
            except (EOFError, ConnectionError):  # the client left
                pass

    def close(self) -> None:
        self.listener.close()
        self.thread.join(5)


@pytest.fixture
def fake_socks() -> Iterator[Callable[..., FakeSocks]]:
    made: list[FakeSocks] = []

    def make(reply_code: int, method: int = 0x00) -> FakeSocks:
        server = FakeSocks(reply_code, method)
        made.append(server)
        return server

    yield make
    for server in made:
        server.close()


def test_hostname_goes_to_tor_unresolved(fake_socks: Callable[..., FakeSocks]) -> None:
    server = fake_socks(0x00)
    name = "a" * 56 + ".onion"
    with socks5_connect(server.address, name, 80, timeout=5):
        pass
    server.thread.join(5)
    request = b"\x05\x01\x00\x03" + bytes([len(name)]) + name.encode() + b"\x00\x50"
    assert server.received == b"\x05\x01\x00" + request


def test_isolation_token_sent_as_username(fake_socks: Callable[..., FakeSocks]) -> None:
    server = fake_socks(0x00, method=0x02)
    with socks5_connect(server.address, "example.onion", 443, isolation="envelope-7", timeout=5):
        pass
    server.thread.join(5)
    assert server.received.startswith(b"\x05\x01\x02" + b"\x01\x0aenvelope-7\x07satchel")


def test_isolation_never_silently_dropped(fake_socks: Callable[..., FakeSocks]) -> None:
    server = fake_socks(0x00, method=0x00)  # a proxy that ignores authentication
    with pytest.raises(SocksError, match="greeting"):
        socks5_connect(server.address, "example.onion", 80, isolation="e1", timeout=5)


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (0x01, "general SOCKS server failure"),
        (0x04, "host unreachable"),
        (0x05, "connection refused"),
        (0x06, "timed out"),
        (0xF0, "descriptor not found"),
        (0xF2, "introduction failed"),
        (0xF3, "rendezvous failed"),
        (0xF4, "needs client authorization"),
        (0xF6, "invalid onion address"),
        (0xF7, "introduction timed out"),
        (0x99, "unknown error"),
    ],
)
def test_reply_codes_in_words(fake_socks: Callable[..., FakeSocks], code: int, words: str) -> None:
    server = fake_socks(code)
    with pytest.raises(SocksError, match=words) as caught:
        socks5_connect(server.address, "example.onion", 80, timeout=5)
    assert caught.value.code == code
    assert f"{code:#04x}" in str(caught.value)


@pytest.mark.parametrize(
    "proxy",
    [("192.0.2.1", 9050), ("10.0.0.5", 9050), ("0.0.0.0", 9050), ("tor.example", 9050),
     ("127.0.0.1", 0)],
)
def test_non_loopback_proxy_refused_before_connecting(proxy: tuple[str, int]) -> None:
    with pytest.raises(SocksProxyNotLocal, match="loopback"):
        socks5_connect(proxy, "example.onion", 80, timeout=1)


@pytest.mark.parametrize("host", ["", "bad host", "a" * 256, "ex\nample.onion", "пример.onion"])
def test_bad_host_names_refused(host: str) -> None:
    with pytest.raises(SocksError, match="host name"):
        socks5_connect(("127.0.0.1", 9), host, 80, timeout=1)


def test_dead_proxy_is_a_socks_error() -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    address = listener.getsockname()
    listener.close()
    with pytest.raises(SocksError, match="Could not connect"):
        socks5_connect(address, "example.onion", 80, timeout=2)
    with pytest.raises(SocksError):
        probe_socks(address, timeout=2)


def test_unix_socket_proxy(tmp_path: Path) -> None:
    path = str(tmp_path / "socks.sock")
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(path)
        server.listen(1)
        thread = threading.Thread(target=lambda: _answer_greeting(server), daemon=True)
        thread.start()
        probe_socks(path, timeout=5)
        thread.join(5)


def _answer_greeting(server: socket.socket) -> None:
    conn, _ = server.accept()
    with conn:
        conn.recv(3)
        conn.sendall(b"\x05\x00")
