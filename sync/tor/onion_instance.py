"""Publish an onion service as an Onionbalance back-end instance.

Onionbalance's front publishes one address whose descriptor lists the introduction
points of several back-end services. A back-end accepts the clients who arrive that way
only when its tor knows the front's address: `HiddenServiceOnionbalanceInstance 1` plus
an `ob_config` file (`MasterOnionAddress <front>`) in the service's HiddenServiceDir.
ADD_ONION has no such flag (tor's control spec: only DiscardPK, Detach, V3Auth,
NonAnonymous, MaxStreamsCloseCircuit), so the instance is set with SETCONF beside the
tor's other configured services, which requires the tor to run as this user (it must
read the directory).

Tor reads the instance's secret key from that directory when the configuration is
applied; the file is then overwritten and removed, so the key rests on disk only
for that moment (Satchel keeps it sealed in the inbox's home). Because of that, the tor
must not reload its configuration while the instance runs: on a reload (SIGHUP, another
controller's SETCONF of onion services) tor would mint a new key for the directory, and
the instance would drop out of the front until `inbox serve` starts again. One tor per
back-end keeps this simple.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Mapping
from pathlib import Path

import stem  # type: ignore[import-untyped]
import stem.control  # type: ignore[import-untyped]
from satchel.sync.tor.errors import OnionServiceError
from stem.response.events import HSDescEvent  # type: ignore[import-untyped]

SECRET_FILE = "hs_ed25519_secret_key"  # noqa: S105  # nosec B105 - a file name tor expects
OB_CONFIG = "ob_config"
# Tor's on-disk header for an expanded ed25519 secret key (32 bytes, NUL padded).
_SECRET_HEADER = b"== ed25519v1-secret: type0 ==\x00\x00\x00"


def ob_config_text(front_address: str) -> str:
    """The `ob_config` a back-end's service directory holds."""
    return f"MasterOnionAddress {front_address}\n"


def publish_instance(
    controller: stem.control.Controller, service_dir: Path, expanded_key: bytes,
    address: str, front_address: str, port_map: Mapping[int, str], *, timeout: float = 120.0,
) -> None:
    """Configure the service in `service_dir` as an instance of `front_address` and wait
    until tor has uploaded its descriptor (OnionServiceError otherwise)."""
    service_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(service_dir, 0o700)  # tor refuses a service directory others can read
    secret = service_dir / SECRET_FILE
    _write_private(secret, _SECRET_HEADER + expanded_key)
    _write_private(service_dir / OB_CONFIG, ob_config_text(front_address).encode())
    uploaded = threading.Event()
    service_id = address.removesuffix(".onion")

    def on_desc(event: HSDescEvent) -> None:
        if event.action == "UPLOADED" and event.address == service_id:
            uploaded.set()

    try:
        controller.add_event_listener(on_desc, stem.control.EventType.HS_DESC)
        conf = controller.get_hidden_service_conf()
        conf[str(service_dir)] = {
            "HiddenServicePort": [f"{port} {target}" for port, target in port_map.items()],
            "HiddenServiceOnionbalanceInstance": "1",
        }
        controller.set_hidden_service_conf(conf)
    except stem.ControllerError as exc:
        raise OnionServiceError(f"Tor could not configure the Onionbalance instance: {exc}") from exc
    finally:
        _shred(secret)
    published = uploaded.wait(timeout)
    with contextlib.suppress(stem.ControllerError):
        controller.remove_event_listener(on_desc)
    if not published:
        raise OnionServiceError(
            f"Tor did not publish the instance's descriptor within {timeout:.0f} s; "
            "check that this tor has bootstrapped.")


def withdraw_instance(controller: stem.control.Controller, service_dir: Path) -> None:
    """Remove the instance from tor's configuration (it stops answering at once)."""
    try:
        conf = controller.get_hidden_service_conf()
        if conf.pop(str(service_dir), None) is not None:
            controller.set_hidden_service_conf(conf)
    except stem.ControllerError as exc:
        raise OnionServiceError(f"Tor could not remove the onion service: {exc}") from exc


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)


def _shred(path: Path) -> None:
    # Overwritten in place before unlinking, so the freed blocks do not keep the key.
    with contextlib.suppress(FileNotFoundError):
        size = path.stat().st_size
        with open(path, "r+b") as handle:
            handle.write(b"\0" * size)
            handle.flush()
            os.fsync(handle.fileno())
        path.unlink()
