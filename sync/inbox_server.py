"""Running the inbox: the ASGI app under uvicorn, published as an onion service.

The onion service is added through Tor's control port with the inbox's persisted key
(ADD_ONION ED25519-V3), so the address in the coalition directory never changes, and
removed again when the server stops. The server listens on loopback only: the onion
service is its only way in.
"""

import socket
from collections.abc import Callable
from pathlib import Path

import uvicorn
from satchel.crypto.onion import tor_key_blob
from satchel.sync.inbox_app import InboxConfig, create_app
from satchel.sync.inbox_keys import InboxKeys
from satchel.sync.inbox_store import SqliteFileStore
from stem.control import Controller  # type: ignore[import-untyped]

ONION_PORT = 80
DIRECTORY_FILE = "directory"


def _directory_reader(home: Path) -> Callable[[], bytes | None]:
    def read() -> bytes | None:
        try:
            return (home / DIRECTORY_FILE).read_bytes()
        except FileNotFoundError:
            return None

    return read


def _bind(host: str, port: int) -> socket.socket:
    if not (host.startswith("127.") or host in ("localhost", "::1")):
        raise OSError(0, "the inbox listens on loopback only; Tor publishes it")
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    return sock


def serve(home: Path, keys: InboxKeys, host: str, port: int, *, tor_control: str | None,
          say: Callable[[str], None], client_auth: tuple[str, ...] = ()) -> None:
    """Serve until interrupted; publish the onion service when `tor_control` is given."""
    sock = _bind(host, port)
    bound = sock.getsockname()[1]
    config = InboxConfig(inbox_id=keys.onion_address)
    app = create_app(config, SqliteFileStore(home / "store"), keys.receipt,
                     _directory_reader(home))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False,
                                           lifespan="on"))
    controller: Controller | None = None
    service_id = None
    try:
        if tor_control is not None:
            controller, service_id = _publish(tor_control, keys, host, bound, client_auth)
            say(f"Inbox published at {keys.onion_address}")
        say(f"Inbox listening on {host}:{bound}")
        server.run(sockets=[sock])
    finally:
        if controller is not None:
            from satchel.sync.tor import remove_onion

            if service_id:
                remove_onion(controller, service_id)
            controller.close()
        sock.close()


def _publish(control: str, keys: InboxKeys, host: str, port: int,
             client_auth: tuple[str, ...]) -> tuple[Controller, str]:
    # Only the control port: an onion-hosting tor needs no SOCKS port of its own.
    from satchel.sync.tor import add_onion, open_controller

    controller = open_controller(control)
    service_id, _blob = add_onion(controller, tor_key_blob(keys.onion),
                                  {ONION_PORT: f"{host}:{port}"}, await_publication=True,
                                  client_auth_keys=client_auth)
    return controller, service_id
