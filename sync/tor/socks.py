"""SOCKS5 connections through Tor, with per-envelope stream isolation.

Contract:
- The proxy must be on this computer: a loopback IP literal (or
  'localhost') with a port, or a unix socket path given as a str. Anything
  else is refused before a socket is opened (fail closed).
- Host names are never resolved locally: they travel to Tor as SOCKS5
  domain names (ATYP 3) and Tor resolves them at the far end. IP literals
  go as IPv4/IPv6 addresses.
- `isolation` becomes the SOCKS5 username/password; Tor isolates streams by
  these credentials (IsolateSOCKSAuth, on by default), so two envelopes
  with different tokens never share a circuit. With an isolation token only
  the username/password method is offered, so isolation cannot be dropped
  silently.
- Every failure is a `SocksError` naming the reply in words, including
  Tor's extended onion-service codes 0xF0-0xF7 (a tor Satchel launches has
  `ExtendedErrors` on its SocksPort).
"""

from __future__ import annotations

import ipaddress
import socket
import struct

from satchel.sync.tor.errors import TorError

Proxy = tuple[str, int] | str

REPLY_MESSAGES: dict[int, str] = {
    0x01: "general SOCKS server failure",
    0x02: "connection not allowed by Tor's rules",
    0x03: "network unreachable",
    0x04: "host unreachable (for an onion: not reachable, its descriptor was not found)",
    0x05: "connection refused by the destination",
    0x06: "timed out (TTL expired) before the destination answered",
    0x07: "command not supported",
    0x08: "address type not supported",
    0xF0: "onion service descriptor not found (the service is offline or unknown)",
    0xF1: "onion service descriptor is invalid",
    0xF2: "onion service introduction failed",
    0xF3: "onion service rendezvous failed",
    0xF4: "onion service needs client authorization, none was given",
    0xF5: "onion service rejected our client authorization",
    0xF6: "invalid onion address",
    0xF7: "onion service introduction timed out",
}
_PASSWORD = b"satchel"


class SocksError(TorError):
    """A SOCKS5 exchange with Tor failed; `code` is the reply code if Tor sent one."""

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code


class SocksProxyNotLocal(SocksError):
    """The proxy address is not loopback or a unix socket: refused (fail closed)."""


def _check_proxy(proxy: Proxy) -> tuple[socket.AddressFamily, tuple[str, int] | str]:
    if isinstance(proxy, str):
        return socket.AF_UNIX, proxy
    host, port = proxy
    try:
        address = ipaddress.ip_address("127.0.0.1" if host == "localhost" else host)
    except ValueError:
        address = None
    if address is None or not address.is_loopback or not 0 < port < 65536:
        raise SocksProxyNotLocal(
            f"Refusing SOCKS proxy {host}:{port}: Satchel only uses a Tor on this computer "
            "(a loopback address such as 127.0.0.1, or a unix socket)."
        )
    family = socket.AF_INET6 if address.version == 6 else socket.AF_INET
    return family, (str(address), port)


def recv_exact(sock: socket.socket, count: int) -> bytes:
    """Exactly `count` bytes from `sock`; EOFError if the peer ends the stream first
    (kept apart from OSError, so a reset stays a reset)."""
    data = b""
    while len(data) < count:
        chunk = sock.recv(count - len(data))
        if not chunk:
            raise EOFError("the peer closed the stream mid-message")
        data += chunk
    return data


def _recv_exact(sock: socket.socket, count: int) -> bytes:
    try:
        return recv_exact(sock, count)
    except EOFError:
        raise SocksError("Tor's SOCKS port closed the connection mid-reply.") from None


def _open(proxy: Proxy, timeout: float) -> socket.socket:
    family, address = _check_proxy(proxy)
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    try:
        sock.connect(address)
    except OSError as exc:
        sock.close()
        raise SocksError(f"Could not connect to Tor's SOCKS port at {address}: {exc}.") from exc
    return sock


def _encode_destination(host: str, port: int) -> bytes:
    if not 0 < port < 65536:
        raise SocksError(f"Destination port {port} is out of range.")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        if not (0 < len(host) <= 255 and host.isascii() and host.isprintable()) or " " in host:
            raise SocksError(f"{host!r} is not a valid host name.") from None
        name = host.encode("ascii")
        return b"\x03" + bytes([len(name)]) + name + struct.pack("!H", port)
    atyp = b"\x04" if address.version == 6 else b"\x01"
    return atyp + address.packed + struct.pack("!H", port)


def _negotiate(sock: socket.socket, isolation: str | None) -> None:
    method = 0x02 if isolation is not None else 0x00
    sock.sendall(bytes([0x05, 0x01, method]))
    version, chosen = _recv_exact(sock, 2)
    if version != 0x05 or chosen != method:
        raise SocksError("The SOCKS port did not accept Satchel's SOCKS5 greeting: is it Tor?")
    if isolation is None:
        return
    user = isolation.encode("utf-8")
    if not 0 < len(user) <= 255:
        raise SocksError("The stream isolation token must be 1 to 255 bytes.")
    sock.sendall(bytes([0x01, len(user)]) + user + bytes([len(_PASSWORD)]) + _PASSWORD)
    _, status = _recv_exact(sock, 2)
    if status != 0x00:
        raise SocksError("Tor's SOCKS port refused the stream isolation credentials.")


def _read_reply(sock: socket.socket, host: str, port: int) -> None:
    version, code, _, atyp = _recv_exact(sock, 4)
    if version != 0x05:
        raise SocksError("The SOCKS port sent a reply that is not SOCKS5.")
    if code != 0x00:
        words = REPLY_MESSAGES.get(code, "unknown error")
        raise SocksError(
            f"Tor could not connect to {host}:{port}: {words} (SOCKS code {code:#04x}).", code
        )
    if atyp == 0x03:
        length = _recv_exact(sock, 1)[0]
    elif atyp in (0x01, 0x04):
        length = 4 if atyp == 0x01 else 16
    else:
        raise SocksError("The SOCKS port sent a reply with an unknown address type.")
    _recv_exact(sock, length + 2)  # the bound address and port, unused


def socks5_connect(
    proxy: Proxy, host: str, port: int, *, isolation: str | None = None, timeout: float = 120.0
) -> socket.socket:
    """Open a stream to host:port through Tor; return the connected socket.

    The socket keeps `timeout` as its timeout; callers may change it.
    """
    destination = _encode_destination(host, port)
    sock = _open(proxy, timeout)
    try:
        _negotiate(sock, isolation)
        sock.sendall(b"\x05\x01\x00" + destination)
        _read_reply(sock, host, port)
    except OSError as exc:
        sock.close()
        raise SocksError(f"The SOCKS exchange with Tor failed: {exc}.") from exc
    except BaseException:
        sock.close()
        raise
    return sock


def probe_socks(proxy: Proxy, timeout: float) -> None:
    """Check that a SOCKS5 server without authentication answers at `proxy`."""
    sock = _open(proxy, timeout)
    try:
        _negotiate(sock, None)
    except OSError as exc:
        raise SocksError(f"The SOCKS port did not answer: {exc}.") from exc
    finally:
        sock.close()
