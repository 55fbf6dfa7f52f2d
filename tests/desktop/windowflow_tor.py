"""The reporter window's flow over Tor, run by tests/desktop/test_window_no_leak_netns.py
in a child pytest inside a network namespace (the namespace is per process, so the
window must live in its own process to be inside it).

Not collected by the suite (no test_ prefix): the parent passes this file explicitly,
with SATCHEL_FLOW_HOME (where the vault goes), SATCHEL_FLOW_DIRECTORY (the coalition's
signed directory, listing the onion inbox), SATCHEL_FLOW_CONTROL (the client tor's
control port as the namespace sees it) and SATCHEL_FLOW_PHOTO. The real window runs the
first-run wizard, locks, unlocks, connects through the control port, writes a report
with the photo chosen in Qt's file dialog, sends it and waits for delivered.
"""

from __future__ import annotations

import os
from pathlib import Path

from conftest import MakeWindow
from deskkit import PASSPHRASE, unlock
from pytestqt.qtbot import QtBot
from satchel.sync.service.route import Route
from satchel.sync.tor.manager import TorSettings
from satchel.ui.desktop.connection import BridgeChoice
from satchel.ui.desktop.reporter import ReporterWorkspace
from satchel.ui.desktop.session import tor_sessions
from satchel.ui.desktop.shell import MainWindow
from windowflow import DELIVERED, write

TITLE = "Sent from the window inside the namespace"


def first_run(qtbot: QtBot, window: MainWindow, directory: Path) -> None:
    """The wizard as a reporter answers it: role, passphrase, directory confirmed."""
    wizard = window.wizard
    assert wizard is not None
    wizard.role_page.set_role("reporter")
    wizard.next()
    wizard.passphrase_page.first.setText(PASSPHRASE)
    wizard.passphrase_page.second.setText(PASSPHRASE)
    wizard.next()
    page = wizard.directory_page
    page.load(directory)
    qtbot.waitUntil(lambda: page.preview is not None, timeout=10_000)
    page.confirm.click()
    wizard.next()
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        wizard.accept()


def test_window_flow_over_tor(qtbot: QtBot, make_window: MakeWindow) -> None:
    control = os.environ["SATCHEL_FLOW_CONTROL"]

    def route(_choice: BridgeChoice) -> Route:
        return Route(TorSettings(mode="control", control=control))

    window = make_window(Path(os.environ["SATCHEL_FLOW_HOME"]), session=tor_sessions(route))
    first_run(qtbot, window, Path(os.environ["SATCHEL_FLOW_DIRECTORY"]))
    window.lock()  # and back in, as the reporter will each time after this
    unlock(qtbot, window)
    panel, workspace = window.panel, window.workspace
    assert panel is not None and isinstance(workspace, ReporterWorkspace)
    qtbot.waitUntil(lambda: panel.state == "connected", timeout=180_000)
    write(qtbot, workspace, TITLE, Path(os.environ["SATCHEL_FLOW_PHOTO"]))
    outbox = workspace.outbox
    qtbot.waitUntil(lambda: outbox.rowCount() == 1
                    and outbox.data(outbox.index(0, 1)) == DELIVERED, timeout=240_000)
    window.shutdown()
