"""The Tor manager: launch Satchel's own tor or attach to one, and publish onions.

Contract:
- Fail closed. Satchel opens network connections only to Tor's control
  port and through Tor's SOCKS port, and both must be on loopback (or a
  unix socket): `TorSettings` refuses anything else before any I/O.
- `connect(settings, on_progress)` returns a `TorConnection` once Tor has
  bootstrapped to 100 %, reporting each step as (percent, Tor's summary)
  from STATUS_CLIENT BOOTSTRAP events; the same callback drives the CLI and
  the UI's progress bar. Modes:
  * "launch": a private tor owned by the app (DataDirectory `data_dir/tor`,
    cookie auth, random loopback ports, `__OwningControllerProcess` so tor
    exits with us, SOCKS with ExtendedErrors for onion failure codes);
  * "control": an existing tor's control port or socket (cookie or no auth);
  * "socks": an existing tor's SOCKS port only; no progress, no onions.
- Every failure is a `TorError` subclass (see tor_errors) whose message says
  what to try.
- `add_onion` / `remove_onion` publish the inbox as an ED25519-V3 onion
  service whose key Satchel persists as 'ED25519-V3:<base64>'.
"""

from __future__ import annotations

import ipaddress
import os
import re
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import stem  # type: ignore[import-untyped]
import stem.connection  # type: ignore[import-untyped]
import stem.control  # type: ignore[import-untyped]
from satchel.sync.tor import bridges as tor_bridges
from satchel.sync.tor.errors import (
    BridgeTransportMissing,
    OnionServiceError,
    TorAuthFailed,
    TorBootstrapTimeout,
    TorControlUnreachable,
    TorError,
    TorLaunchFailed,
    TorNotInstalled,
    TorSettingsError,
    TorSocksUnreachable,
)
from satchel.sync.tor.process import TorProcess, spawn_tor, wait_for_bootstrap
from satchel.sync.tor.socks import SocksError, probe_socks
from satchel.sync.tor.torrc import checked_lines as checked_torrc

__all__ = [
    "BridgeTransportMissing", "OnionServiceError", "TorAuthFailed", "TorBootstrapTimeout",
    "TorConnection", "TorControlUnreachable", "TorError", "TorLaunchFailed", "TorNotInstalled",
    "TorSettings", "TorSettingsError", "TorSocksUnreachable", "add_onion", "bridge_torrc",
    "connect", "find_tor", "remove_onion",
]

Mode = Literal["launch", "control", "socks"]
Transport = Literal["none", "obfs4", "snowflake", "meek_lite", "custom"]
ProgressCallback = Callable[[int, str], None]

# Debian installs tor in /usr/sbin, which is not on an ordinary user's PATH.
SYSTEM_TOR_DIRS: tuple[str, ...] = ("/usr/sbin", "/usr/local/sbin")
_ED25519_KEY = re.compile(r"ED25519-V3:[A-Za-z0-9+/]{86}==")
_X25519_PUBLIC = re.compile(r"[A-Z2-7]{52}")


def _loopback_endpoint(text: str, what: str) -> tuple[str, int]:
    host, sep, port = text.rpartition(":")
    host = "127.0.0.1" if host == "localhost" else host.strip("[]")
    try:
        address, number = ipaddress.ip_address(host), int(port)
    except ValueError:
        raise TorSettingsError(f"The {what} address {text!r} is not HOST:PORT.") from None
    if not sep or not address.is_loopback or not 0 < number < 65536:
        raise TorSettingsError(
            f"The {what} address {text!r} is not on this computer (loopback): Satchel "
            "only talks to a Tor running on this computer."
        )
    return str(address), number


@dataclass(frozen=True)
class TorSettings:
    """How to reach Tor. Checked when built: a bad value never reaches I/O."""

    mode: Mode = "launch"
    control: str | None = None
    socks: str | None = None
    data_dir: Path | None = None
    bridges: tuple[str, ...] = ()
    transport: Transport = "none"
    torrc_extra: str = ""
    bootstrap_timeout: float = 120.0

    def __post_init__(self) -> None:
        if self.mode not in ("launch", "control", "socks"):
            raise TorSettingsError(f"Unknown Tor mode {self.mode!r}: use launch, control or socks.")
        if self.bootstrap_timeout <= 0:
            raise TorSettingsError("The Tor bootstrap timeout must be positive.")
        required = {"launch": self.data_dir, "control": self.control, "socks": self.socks}
        if required[self.mode] is None:
            need = {"launch": "a data directory", "control": "a control address",
                    "socks": "a SOCKS address"}[self.mode]
            raise TorSettingsError(f"Tor mode {self.mode!r} needs {need}.")
        if self.control is not None and not self.control.startswith("unix:"):
            _loopback_endpoint(self.control, "Tor control")
        if self.socks is not None:
            _loopback_endpoint(self.socks, "Tor SOCKS")
        if self.mode != "launch" and (self.bridges or self.torrc_extra):
            raise TorSettingsError(
                "Bridges and extra torrc lines apply only to a tor Satchel launches; "
                "configure them in the existing Tor instead."
            )
        tor_bridges.check_bridges(self.transport, self.bridges)
        checked_torrc(self.torrc_extra)  # an allowlist, read as tor reads it


def bridge_torrc(settings: TorSettings) -> list[str]:
    """The torrc lines for the settings' bridges (BridgeTransportMissing if a PT is absent)."""
    return tor_bridges.bridge_lines_torrc(settings.bridges)


def find_tor() -> str:
    """The path of the tor executable (PATH, then /usr/sbin), or TorNotInstalled."""
    search = os.pathsep.join([os.environ.get("PATH", ""), *SYSTEM_TOR_DIRS])
    found = shutil.which("tor", path=search)
    if found is None:
        raise TorNotInstalled()
    return found


@dataclass
class TorConnection:
    """A bootstrapped Tor: where to send SOCKS traffic, and its controller if any."""

    socks_address: tuple[str, int]
    controller: stem.control.Controller | None
    _process: TorProcess | None = field(default=None, repr=False)

    def close(self) -> None:
        """Close the control connection; a tor Satchel launched exits with it."""
        if self.controller is not None:
            self.controller.close()
            self.controller = None
        if self._process is not None:
            self._process.terminate()
            self._process = None


def connect(settings: TorSettings, on_progress: ProgressCallback) -> TorConnection:
    """Reach Tor as `settings` say and wait until it has bootstrapped."""
    if settings.mode == "socks":
        assert settings.socks is not None
        address = _loopback_endpoint(settings.socks, "Tor SOCKS")
        try:
            probe_socks(address, timeout=min(10.0, settings.bootstrap_timeout))
        except SocksError as exc:
            raise TorSocksUnreachable(
                f"Nothing answered as Tor's SOCKS port at {settings.socks} ({exc}): "
                "check that Tor is running and the address is right."
            ) from exc
        # A SOCKS-only Tor cannot be asked how far it got; one that answers is taken as
        # bootstrapped, and saying so lets every listener's progress bar reach its end.
        on_progress(100, "Done")
        return TorConnection(address, None)
    if settings.mode == "control":
        assert settings.control is not None
        controller = open_controller(settings.control)
        return _finish(controller, None, settings.bootstrap_timeout, on_progress)
    return _launch(settings, on_progress)


def open_controller(address: str) -> stem.control.Controller:
    try:
        if address.startswith("unix:"):
            controller = stem.control.Controller.from_socket_file(address[5:])
        else:
            host, port = _loopback_endpoint(address, "Tor control")
            controller = stem.control.Controller.from_port(host, port)
    except stem.SocketError as exc:
        raise TorControlUnreachable(
            f"Could not reach Tor's control port at {address} ({exc}): check that Tor is "
            "running with ControlPort or ControlSocket enabled."
        ) from exc
    try:
        controller.authenticate()
    except stem.connection.MissingPassword as exc:
        controller.close()
        raise TorAuthFailed(
            f"The Tor at {address} wants a control password; Satchel uses cookie "
            "authentication: set 'CookieAuthentication 1' in that torrc."
        ) from exc
    except (stem.connection.AuthenticationFailure, stem.SocketError) as exc:
        controller.close()
        raise TorAuthFailed(
            f"The Tor at {address} refused Satchel's authentication ({exc}): check that "
            "this user may read Tor's control cookie."
        ) from exc
    return controller


def _finish(
    controller: stem.control.Controller,
    process: TorProcess | None,
    timeout: float,
    on_progress: ProgressCallback,
    start: Callable[[], None] | None = None,
) -> TorConnection:
    """Wait for bootstrap and find the SOCKS port; release everything on failure."""
    connection = TorConnection(("127.0.0.1", 0), controller, process)
    try:
        wait_for_bootstrap(controller, timeout, on_progress, start)
        connection.socks_address = _socks_listener(controller)
    except BaseException:
        connection.close()
        raise
    return connection


def _socks_listener(controller: stem.control.Controller) -> tuple[str, int]:
    try:
        listeners = controller.get_listeners(stem.control.Listener.SOCKS)
    except stem.ControllerError as exc:
        raise TorSocksUnreachable(f"Tor did not say where its SOCKS port is ({exc}).") from exc
    for host, port in listeners:
        address = ipaddress.ip_address(host)
        if address.is_unspecified:  # a wildcard listener is reachable on loopback too
            return ("::1" if address.version == 6 else "127.0.0.1"), int(port)
        if address.is_loopback:
            return str(address), int(port)
    raise TorSocksUnreachable(
        "This Tor has no SOCKS port on this computer (loopback): set 'SocksPort 9050' in its torrc."
    )


def _launch(settings: TorSettings, on_progress: ProgressCallback) -> TorConnection:
    tor_cmd = find_tor()
    assert settings.data_dir is not None
    data_dir = Path(settings.data_dir) / "tor"
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(data_dir, 0o700)  # tor refuses a DataDirectory others can read
    torrc = data_dir / "torrc"
    torrc.write_text("\n".join(_launch_torrc(settings, data_dir)) + "\n")
    process = spawn_tor(tor_cmd, torrc, timeout=min(30.0, settings.bootstrap_timeout))
    try:
        controller = open_controller(process.control_address)
    except TorError:
        process.terminate()
        raise

    def enable_network() -> None:
        controller.set_conf("DisableNetwork", "0")

    return _finish(controller, process, settings.bootstrap_timeout, on_progress, enable_network)


def _launch_torrc(settings: TorSettings, data_dir: Path) -> list[str]:
    # Network stays off until our bootstrap listener is attached, so the
    # progress reported starts at 0 and no step is missed.
    return [
        f"DataDirectory {data_dir}",
        "SocksPort 127.0.0.1:auto ExtendedErrors",
        "ControlPort 127.0.0.1:auto",
        "CookieAuthentication 1",
        f"__OwningControllerProcess {os.getpid()}",
        "DisableNetwork 1",
        "ClientOnly 1",
        "ClientUseIPv6 0",
        "AvoidDiskWrites 1",
        "Log notice stdout",
        *bridge_torrc(settings),
        # Canonical lines, not the user's text: tor reads exactly what was checked.
        *checked_torrc(settings.torrc_extra),
    ]


def add_onion(
    controller: stem.control.Controller,
    key_blob: str | None,
    port_map: Mapping[int, str | int],
    await_publication: bool,
    client_auth_keys: tuple[str, ...] = (),
    *,
    timeout: float = 120.0,
) -> tuple[str, str]:
    """Publish an ED25519-V3 onion service; return (service_id, key_blob).

    `key_blob` is None for a new service or the 'ED25519-V3:<base64>' that a
    previous call returned. `port_map` maps onion ports to local targets
    (port or 'host:port'). The service lives as long as this control
    connection. `client_auth_keys` are base32 x25519 public keys.
    """
    if key_blob is None:
        key_type, key_content = "NEW", "ED25519-V3"
    elif _ED25519_KEY.fullmatch(key_blob):
        key_type, key_content = key_blob.split(":", 1)
    else:
        raise OnionServiceError(
            "The stored onion service key is malformed; it must be 'ED25519-V3:<base64>'."
        )
    for key in client_auth_keys:
        if not _X25519_PUBLIC.fullmatch(key):
            raise OnionServiceError(f"{key!r} is not a base32 x25519 client authorization key.")
    # stem takes one ClientAuthV3 value; further keys are more fields of the
    # same command line (each checked above to be plain base32).
    auth = " ClientAuthV3=".join(client_auth_keys) or None
    try:
        response = controller.create_ephemeral_hidden_service(
            dict(port_map), key_type=key_type, key_content=key_content,
            await_publication=await_publication, timeout=timeout, client_auth_v3=auth,
        )
    except (stem.ControllerError, stem.Timeout) as exc:
        raise OnionServiceError(f"Tor could not publish the onion service: {exc}") from exc
    blob = key_blob or f"{response.private_key_type}:{response.private_key}"
    return response.service_id, blob


def remove_onion(controller: stem.control.Controller, service_id: str) -> bool:
    """Withdraw an onion service; False if it was not running."""
    try:
        return bool(controller.remove_ephemeral_hidden_service(service_id))
    except stem.ControllerError as exc:
        raise OnionServiceError(f"Tor could not remove the onion service: {exc}") from exc
