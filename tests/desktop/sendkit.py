"""A coalition inbox on loopback for the window's sending tests.

The real inbox app (inboxkit.serving) on 127.0.0.1 and a SOCKS relay standing in for
Tor's SOCKS port (netkit.SocksRelay); the window's session reaches it through
`route`, a Route in Tor's "socks" mode, exactly as with a Tor it did not launch.
`published` puts the same inbox on the private Tor network as an onion service.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import stem.control  # type: ignore[import-untyped]
from deskkit import PASSPHRASE
from inboxkit import ONION, Inbox, serving
from netkit import SocksRelay
from satchel.client.coalition import root_fingerprint
from satchel.crypto import age
from satchel.crypto.directory import Directory, sign_directory
from satchel.crypto.directory import Inbox as InboxEntry
from satchel.crypto.keys import SigningKey
from satchel.crypto.onion import tor_key_blob
from satchel.sync.inbox.app import InboxConfig
from satchel.sync.service.route import Route
from satchel.sync.tor.manager import TorSettings, add_onion, remove_onion
from satchel.sync.tor.testnet import PrivateTorNetwork
from satchel.ui.desktop.connection import BridgeChoice
from satchel.ui.desktop.first_run.plan import VaultPlan, create_vault


@dataclass
class Loopback:
    inbox: Inbox
    relay: SocksRelay
    home: Path  # a locked reporter vault whose directory lists this inbox

    def route(self, _choice: BridgeChoice) -> Route:
        return Route(TorSettings(mode="socks", socks=self.relay.address))

    def stored(self) -> int:
        return len(self.inbox.store.list_envelopes(0, 1000))


@contextmanager
def loopback_inbox(folder: Path, max_upload: int = 1 << 30, onion: str = ONION) -> Iterator[Loopback]:
    """The inbox, a reporter vault whose directory lists it at `onion`, and the relay."""
    box = Inbox(folder / "inbox", InboxConfig(inbox_id=onion, max_upload_size=max_upload))
    root = SigningKey.generate()
    now = int(time.time())
    box.directory = sign_directory(root, Directory(
        serial=1, issued=now - 60, expires=now + 365 * 86400, root=root.public.text,
        recipients=(age.to_recipient(age.generate_identity()),),
        inboxes=(InboxEntry(onion, box.key.public.text),)))
    home = folder / "reporter"
    plan = VaultPlan("reporter", PASSPHRASE.encode(), box.directory,
                     root_fingerprint(box.directory))
    create_vault(home, plan).lock()
    with serving(box), SocksRelay(box.port) as relay:
        yield Loopback(box, relay, home)


@contextmanager
def published(net: PrivateTorNetwork, key: SigningKey, port: int) -> Iterator[None]:
    """Publish the loopback inbox on `port` as `key`'s onion service on the private network."""
    controller = stem.control.Controller.from_port(*net.onion_control)
    try:
        controller.authenticate()
        service, _ = add_onion(controller, tor_key_blob(key), {80: f"127.0.0.1:{port}"},
                               await_publication=True)
        try:
            yield
        finally:
            remove_onion(controller, service)
    finally:
        controller.close()
