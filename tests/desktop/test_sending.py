"""The window's send session against a real inbox on loopback (a SOCKS relay stands in
for Tor): it connects by itself after unlock, sends what is queued without a tap, and
the report becomes "Delivered and erased" and leaves the vault."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import MakeWindow
from deskkit import unlock, wait_idle
from pytestqt.qtbot import QtBot
from satchel.client.reports.store import list_reports
from satchel.client.vault.vault import Vault
from satchel.ui.desktop.reporter import ReporterWorkspace
from satchel.ui.desktop.session import SendSession, tor_sessions
from satchel.ui.desktop.shell import MainWindow
from sendkit import Loopback, loopback_inbox

DELIVERED = "Delivered and erased"


@pytest.fixture
def loopback(tmp_path: Path) -> Iterator[Loopback]:
    with loopback_inbox(tmp_path) as world:
        yield world


def _connected(qtbot: QtBot, window: MainWindow) -> ReporterWorkspace:
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.panel is not None and window.panel.state == "connected",
                    timeout=20_000)
    workspace = window.workspace
    assert isinstance(workspace, ReporterWorkspace)
    return workspace


def test_report_is_sent_without_a_tap_then_delivered_and_erased(
    qtbot: QtBot, make_window: MakeWindow, loopback: Loopback, photo: Path
) -> None:
    window = make_window(loopback.home, session=tor_sessions(loopback.route))
    workspace = _connected(qtbot, window)
    assert window.panel is not None and window.panel.status.text() == "Connected through Tor"
    workspace.editor.title.setText("Mobile data cut in the north")
    workspace.add_files([photo])
    with qtbot.waitSignal(workspace.sent, timeout=30_000):
        workspace.editor.send.click()  # seal and queue; sending is the session's job
    outbox = workspace.outbox
    qtbot.waitUntil(lambda: outbox.rowCount() == 1
                    and outbox.data(outbox.index(0, 1)) == DELIVERED, timeout=30_000)
    wait_idle(qtbot, window)
    assert workspace.reports.total == 0  # gone from the vault, said once in the outbox
    assert loopback.stored() == 2  # the report's envelope and its photo's
    vault = window.vault
    assert vault is not None
    assert list_reports(vault) == []


def test_lock_stops_and_joins_the_session_and_its_vault_connection(
    qtbot: QtBot, make_window: MakeWindow, loopback: Loopback
) -> None:
    started: list[SendSession] = []
    factory = tor_sessions(loopback.route)

    def recording(vault: Vault, choice: object, listener: object) -> SendSession:
        session = factory(vault, choice, listener)  # type: ignore[arg-type]
        assert isinstance(session, SendSession)
        started.append(session)
        return session

    window = make_window(loopback.home, session=recording)
    _connected(qtbot, window)
    assert len(started) == 1 and started[0].worker_thread.isRunning()
    with qtbot.waitSignal(window.locked):
        window.lock_action.trigger()
    assert started[0].worker_thread.isFinished() and started[0].cancel.cancelled
    assert started[0].vault.locked  # the session's own connection holds no key


def test_cancel_stops_the_session_and_connect_starts_it_again(
    qtbot: QtBot, make_window: MakeWindow, loopback: Loopback
) -> None:
    window = make_window(loopback.home, session=tor_sessions(loopback.route))
    _connected(qtbot, window)
    panel = window.panel
    assert panel is not None
    panel.cancel_button.click()
    assert not panel.running and panel.status.text() == "Not connected."
    assert panel.connect_button.isEnabled()
    panel.connect_button.click()
    qtbot.waitUntil(lambda: panel.state == "connected", timeout=20_000)
