"""The window on the real private Tor network (tests/conftest.py tor_network): the inbox
is published as an onion service, the window's session uses the client tor's control
port (so real bootstrap events reach the panel) and sends a report over Tor."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MakeWindow
from deskkit import unlock
from pytestqt.qtbot import QtBot
from satchel.crypto.keys import SigningKey
from satchel.crypto.onion import onion_address
from satchel.sync.service.route import Route
from satchel.sync.tor.manager import TorSettings
from satchel.sync.tor.testnet import PrivateTorNetwork
from satchel.ui.desktop.connection import BridgeChoice
from satchel.ui.desktop.reporter import ReporterWorkspace
from satchel.ui.desktop.session import tor_sessions
from sendkit import loopback_inbox, published

pytestmark = pytest.mark.tor


def test_window_sends_over_the_private_tor_network(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, tor_network: PrivateTorNetwork
) -> None:
    key = SigningKey.generate()
    host, port = tor_network.client_control

    def route(_choice: BridgeChoice) -> Route:
        return Route(TorSettings(mode="control", control=f"{host}:{port}"))

    with loopback_inbox(tmp_path, onion=onion_address(key.public.raw)) as world, \
            published(tor_network, key, world.inbox.port):
        window = make_window(world.home, session=tor_sessions(route))
        unlock(qtbot, window)
        panel = window.panel
        assert panel is not None
        qtbot.waitUntil(lambda: panel.state == "connected", timeout=120_000)
        assert panel.progress.value() == 100 and panel.status.text() == "Connected through Tor"
        workspace = window.workspace
        assert isinstance(workspace, ReporterWorkspace)
        workspace.editor.title.setText("Sent over Tor")
        workspace.editor.send.click()
        outbox = workspace.outbox
        qtbot.waitUntil(lambda: outbox.rowCount() == 1 and
                        outbox.data(outbox.index(0, 1)) == "Delivered and erased", timeout=180_000)
        assert world.stored() == 1 and world.relay.streams == 0  # it went through Tor
