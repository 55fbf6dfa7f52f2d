"""Satchel's Tor layer against the real private Tor network (one per session, on loopback)."""

from __future__ import annotations

import base64
import hashlib
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import stem.control  # type: ignore[import-untyped]
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from satchel.sync.tor.manager import (
    TorAuthFailed,
    TorConnection,
    TorControlUnreachable,
    TorSettings,
    TorSocksUnreachable,
    add_onion,
    connect,
    remove_onion,
)
from satchel.sync.tor.socks import SocksError, socks5_connect
from satchel.sync.tor.testnet import PrivateTorNetwork

pytestmark = pytest.mark.tor
BODY = b"satchel inbox says hello\n"


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output clean


@pytest.fixture(scope="module")
def onion(tor_network: PrivateTorNetwork) -> Iterator[tuple[str, str]]:
    """A loopback HTTP server published as an onion service: (service_id, key_blob)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    controller = stem.control.Controller.from_port(*tor_network.onion_control)
    controller.authenticate()
    service_id, key_blob = add_onion(
        controller, None, {80: f"127.0.0.1:{server.server_address[1]}"}, await_publication=True
    )
    yield service_id, key_blob
    remove_onion(controller, service_id)
    controller.close()
    server.shutdown()


def _fetch(proxy: tuple[str, int], service_id: str, isolation: str | None = None) -> bytes:
    with socks5_connect(proxy, f"{service_id}.onion", 80, isolation=isolation, timeout=90) as sock:
        sock.sendall(b"GET / HTTP/1.0\r\nHost: " + service_id.encode() + b".onion\r\n\r\n")
        chunks = []
        while chunk := sock.recv(4096):
            chunks.append(chunk)
    return b"".join(chunks)


def _unknown_onion() -> str:
    """A well-formed v3 onion address that nobody publishes."""
    public = Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    checksum = hashlib.sha3_256(b".onion checksum" + public + b"\x03").digest()[:2]
    return base64.b32encode(public + checksum + b"\x03").decode().lower()


def test_client_reaches_onion_service(
    tor_network: PrivateTorNetwork, onion: tuple[str, str]
) -> None:
    service_id, key_blob = onion
    assert len(service_id) == 56
    assert key_blob.startswith("ED25519-V3:")
    reply = _fetch(tor_network.client_socks, service_id, isolation="envelope-1")
    assert reply.startswith(b"HTTP/1.0 200") and reply.endswith(BODY)


def test_persisted_onion_key_gives_same_address(tor_network: PrivateTorNetwork) -> None:
    with stem.control.Controller.from_port(*tor_network.onion_control) as controller:
        controller.authenticate()
        first, blob = add_onion(controller, None, {80: 9}, await_publication=False)
        remove_onion(controller, first)
        again, same_blob = add_onion(controller, blob, {80: 9}, await_publication=False)
        assert (again, same_blob) == (first, blob)
        assert remove_onion(controller, again) is True
        assert remove_onion(controller, again) is False


def test_launch_mode_joins_network_with_progress(
    tor_network: PrivateTorNetwork, onion: tuple[str, str], tmp_path: Path
) -> None:
    settings = TorSettings(
        data_dir=tmp_path, torrc_extra=tor_network.torrc_for_client(), bootstrap_timeout=120
    )
    progress: list[tuple[int, str]] = []
    connection = connect(settings, lambda percent, summary: progress.append((percent, summary)))
    try:
        percents = [percent for percent, _ in progress]
        assert percents == sorted(set(percents)) and percents[-1] == 100
        assert len(percents) >= 3 and all(summary for _, summary in progress)
        assert (tmp_path / "tor" / "control_auth_cookie").exists()
        assert connection.socks_address[0] == "127.0.0.1"
        assert _fetch(connection.socks_address, onion[0], isolation="e2").endswith(BODY)
        # ExtendedErrors is on for the SOCKS port Satchel opens: the onion code comes back
        with pytest.raises(SocksError, match="descriptor not found") as caught:
            socks5_connect(connection.socks_address, f"{_unknown_onion()}.onion", 80, timeout=90)
        assert caught.value.code == 0xF0
    finally:
        connection.close()
    assert connection.controller is None


def test_attach_via_control_port(tor_network: PrivateTorNetwork, onion: tuple[str, str]) -> None:
    host, port = tor_network.client_control
    seen: list[int] = []
    connection = connect(
        TorSettings(mode="control", control=f"{host}:{port}"), lambda p, _s: seen.append(p)
    )
    try:
        assert seen == [100]  # already bootstrapped: one report
        assert connection.socks_address == tor_network.client_socks
        assert _fetch(connection.socks_address, onion[0]).endswith(BODY)
    finally:
        connection.close()
    # Satchel does not own an attached tor: it keeps running
    assert _fetch(tor_network.client_socks, onion[0]).endswith(BODY)


def test_socks_only_mode(tor_network: PrivateTorNetwork, onion: tuple[str, str]) -> None:
    host, port = tor_network.client_socks
    connection = connect(TorSettings(mode="socks", socks=f"{host}:{port}"), lambda _p, _s: None)
    assert isinstance(connection, TorConnection) and connection.controller is None
    assert _fetch(connection.socks_address, onion[0], isolation="e3").endswith(BODY)
    connection.close()


def test_socks_only_mode_checks_the_port(tor_network: PrivateTorNetwork) -> None:
    host, port = tor_network.client_control  # a control port is no SOCKS port
    settings = TorSettings(mode="socks", socks=f"{host}:{port}", bootstrap_timeout=2)
    with pytest.raises(TorSocksUnreachable, match="Tor's SOCKS port"):
        connect(settings, lambda _p, _s: None)


def test_control_port_unreachable(tor_network: PrivateTorNetwork) -> None:
    host, port = tor_network.client_socks  # a SOCKS port does not speak the control protocol
    with pytest.raises((TorControlUnreachable, TorAuthFailed)):
        connect(TorSettings(mode="control", control=f"{host}:{port}"), lambda _p, _s: None)
    with pytest.raises(TorControlUnreachable, match="ControlPort"):
        connect(TorSettings(mode="control", control="127.0.0.1:9"), lambda _p, _s: None)
