"""Running the inbox: the ASGI app under uvicorn, published as an onion service.

The onion service is added through Tor's control port with the inbox's persisted key
(ADD_ONION ED25519-V3), so the address in the coalition directory never changes, and
removed again when the server stops. The server listens on loopback only: the onion
service is its only way in.

A home made by `inbox balance` is an Onionbalance back-end (its `ob_config` names the
front): the service is then configured through a HiddenServiceDir with
`HiddenServiceOnionbalanceInstance 1` (satchel.sync.tor.onion_instance), and receipts
and desk logins name the front's address, which is the one the directory lists.
"""

import ipaddress
import re
import socket
from collections.abc import Callable
from pathlib import Path

import uvicorn
from satchel.crypto.onion import expanded_secret, tor_key_blob
from satchel.sync.inbox.app import InboxConfig, create_app
from satchel.sync.inbox.backends import open_backend
from satchel.sync.inbox.keys import InboxKeys, directory_trust, front_address
from satchel.sync.inbox.limits import load_limits
from stem.control import Controller  # type: ignore[import-untyped]

ONION_PORT = 80
SERVICE_DIR = "onion-service"  # an Onionbalance instance's HiddenServiceDir, in the home
_PORT = re.compile("[0-9]{1,5}")

def parse_listen(text: str) -> tuple[str, int]:
    """'IP:PORT' or '[IPv6]:PORT' for the inbox's listener; ValueError unless loopback.

    Only a literal address: a host name ('localhost', '127.x.example') would be resolved
    through /etc/hosts or DNS, which can point anywhere and leaks the lookup.
    """
    host, sep, port = text.rpartition(":")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    # IPv6: only ::1 itself (no scope id, no IPv4-mapped form); ports in ASCII digits.
    loopback = address is not None and address.is_loopback and (
        address.version == 4 or host == "::1")
    if not (sep and loopback and _PORT.fullmatch(port) and int(port) < 65536):
        raise ValueError(
            f"The inbox's listen address {text!r} must be a loopback IP address and port, "
            "such as 127.0.0.1:8080 or [::1]:8080, since the onion service is its only way in."
        )
    return str(address), int(port)


def _bind(host: str, port: int) -> socket.socket:
    host, port = parse_listen(f"[{host}]:{port}" if ":" in host else f"{host}:{port}")
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    # Listen now: the caller says "listening" before uvicorn starts, and a client that
    # believes it at once must be queued, not refused.
    sock.listen(2048)
    return sock


def serve(home: Path, keys: InboxKeys, host: str, port: int, *, tor_control: str | None,
          say: Callable[[str], None], client_auth: tuple[str, ...] = (),
          limits: Path | None = None, metadata: str | None = None,
          objects: str | None = None) -> None:
    """Serve until interrupted; publish the onion service when `tor_control` is given.

    `limits` is a JSON file of upload limits (satchel.sync.inbox.limits); ValueError if bad.
    `metadata` and `objects` are the shared storage URLs (satchel.sync.inbox.backends);
    ValueError if malformed, OSError if unreachable.
    """
    # Desks log in, and reporters fetch, only from a directory signed by the pinned root.
    root, directory = directory_trust(home)
    front = front_address(home)
    if front and client_auth:
        raise ValueError("An Onionbalance instance cannot take --client-auth: clients reach "
                         "it through the front's descriptor, which lists no client keys.")
    config = InboxConfig(inbox_id=front or keys.onion_address, coalition_root=root)
    if limits is not None:
        config = load_limits(limits, config)
    backend = open_backend(home, metadata, objects)
    sock = _bind(host, port)
    bound = sock.getsockname()[1]
    app = create_app(config, backend.store, keys.receipt, directory, clock=backend.clock,
                     sessions=backend.sessions)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False,
                                           lifespan="on"))
    withdraw: Callable[[], None] | None = None
    try:
        if tor_control is not None:
            withdraw = _publish(tor_control, keys, f"{host}:{bound}", client_auth,
                                home / SERVICE_DIR, front)
            say(f"Inbox published at {keys.onion_address}"
                + (f" as an Onionbalance instance of {front}" if front else ""))
        say(f"Inbox listening on {host}:{bound}")
        server.run(sockets=[sock])
    finally:
        if withdraw is not None:
            withdraw()
        sock.close()
        backend.close()


def _publish(control: str, keys: InboxKeys, target: str, client_auth: tuple[str, ...],
             service_dir: Path, front: str | None) -> Callable[[], None]:
    """Publish the onion service; return what withdraws it and closes the controller."""
    # Only the control port: an onion-hosting tor needs no SOCKS port of its own.
    from satchel.sync.tor.manager import add_onion, open_controller, remove_onion
    from satchel.sync.tor.onion_instance import publish_instance, withdraw_instance

    controller: Controller = open_controller(control)
    service_id = ""
    try:
        if front is not None:
            publish_instance(controller, service_dir, expanded_secret(keys.onion.seed),
                             keys.onion_address, front, {ONION_PORT: target})
        else:
            service_id, _blob = add_onion(controller, tor_key_blob(keys.onion),
                                          {ONION_PORT: target}, await_publication=True,
                                          client_auth_keys=client_auth)
    except BaseException:
        controller.close()
        raise

    def close() -> None:
        try:
            if front is not None:
                withdraw_instance(controller, service_dir)
            else:
                remove_onion(controller, service_id)
        finally:
            controller.close()

    return close
