"""The Tor half of `satchel demo`: a private loopback Tor network, the inbox as an onion
service, the reporter's sync and the desk's pull.

Contract: nothing here can reach the Internet (the private network has no exit relay);
the inbox server thread, its onion service and every tor process are stopped before
`send_over_tor` returns or raises, including on KeyboardInterrupt.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from typing import TYPE_CHECKING

from satchel.client.progress import Progress

if TYPE_CHECKING:
    from satchel.ui.demo.journey import DemoWorld

Say = Callable[[str], None]


@contextmanager
def inbox_onion(world: DemoWorld, onion_control: tuple[str, int], say: Say) -> Iterator[None]:
    """Serve the inbox app on loopback in a thread, published with the inbox's onion key."""
    import stem.control  # type: ignore[import-untyped]
    from satchel.crypto.onion import tor_key_blob
    from satchel.sync.inbox.app import InboxConfig, create_app
    from satchel.sync.inbox.store_sqlite import SqliteFileStore
    from satchel.sync.inbox.thread import serve_in_thread
    from satchel.sync.tor.manager import add_onion, remove_onion

    store = SqliteFileStore(world.folder / "inbox")
    app = create_app(InboxConfig(inbox_id=world.onion), store, world.receipt,
                     lambda: world.directory)
    # Leaving closes the controller, then stops the server, then closes the store.
    with closing(store), serve_in_thread(app) as port, \
            stem.control.Controller.from_port(*onion_control) as controller:
        controller.authenticate()
        began = time.monotonic()
        service_id, _ = add_onion(controller, tor_key_blob(world.onion_key),
                                  {80: f"127.0.0.1:{port}"}, await_publication=True)
        say(f"    inbox published at {world.onion} in {time.monotonic() - began:.1f} s")
        try:
            yield
        finally:
            remove_onion(controller, service_id)


def send_over_tor(world: DemoWorld, say: Say, progress: Progress) -> None:
    from satchel.sync.service.cancel import CancelToken
    from satchel.sync.service.pulling import pull_session
    from satchel.sync.service.route import Route
    from satchel.sync.service.sending import send
    from satchel.sync.tor.manager import TorSettings
    from satchel.sync.tor.testnet import PrivateTorNetwork
    from satchel.ui.cli.listen import bar_listener

    say("(b) Tor: starting a private Tor network on loopback (3 authorities, 4 relays)...")
    with PrivateTorNetwork(world.folder / "tor").start(timeout=180) as net:
        say(f"    network bootstrapped in {net.bootstrap_seconds:.1f} s")
        host, port = net.client_socks
        route = Route(TorSettings(mode="socks", socks=f"{host}:{port}"))
        with inbox_onion(world, net.onion_control, say):
            began = time.monotonic()
            sent = send(world.reporter, route, bar_listener(progress, "Uploading", say),
                        CancelToken(), once=True)
            for o in sent:
                say(f"    reporter upload {o.sha256[:12]}: {o.status} {o.reason}".rstrip())
            say(f"    sync took {time.monotonic() - began:.1f} s")
            began = time.monotonic()
            pulled = pull_session(world.desk, route, bar_listener(progress, "Downloading", say),
                                  CancelToken(), once=True)
            for p in pulled:
                note = " (already held: it came by USB)" if p.status == "duplicate" else ""
                say(f"    desk pull {p.sha256[:12]}: {p.status}{note}")
            say(f"    pull took {time.monotonic() - began:.1f} s")
    say("    Tor network stopped")
