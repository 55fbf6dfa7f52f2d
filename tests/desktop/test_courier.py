"""The courier's workspace on real vaults: a count and a size only; sticks both ways,
with each stick error said in one sentence; upload over the connection panel's session
to a loopback inbox, with the receipts carried back."""

from __future__ import annotations

from pathlib import Path

import pytest
from clientkit import bundle_files, flip_byte
from conftest import MakeWindow
from deskkit import open_workspace, wait_idle
from deskworld import Coalition, make_coalition, sample_report, stick_from, write_reports
from inboxkit import serving
from netkit import SocksRelay
from pytestqt.qtbot import QtBot
from satchel.sync.service.cancel import CancelToken
from satchel.sync.service.events import ignore
from satchel.sync.service.route import Route
from satchel.sync.service.stick import import_from_stick
from satchel.sync.tor.manager import TorSettings
from satchel.ui.desktop.connection import BridgeChoice
from satchel.ui.desktop.courier import CourierWorkspace
from satchel.ui.desktop.session import tor_sessions
from satchel.ui.desktop.shell import MainWindow
from satchel.ui.desktop.widgets import PlainLabel


@pytest.fixture
def world(tmp_path: Path) -> Coalition:
    world = make_coalition(tmp_path)
    write_reports(world, [sample_report(world)])
    return world


def open_courier(qtbot: QtBot, make_window: MakeWindow, world: Coalition,
                 **options: object) -> tuple[MainWindow, CourierWorkspace]:
    return open_workspace(qtbot, make_window, world.courier, CourierWorkspace, **options)


def take_stick(qtbot: QtBot, courier: CourierWorkspace, stick: Path) -> str:
    with qtbot.waitSignal(courier.sticks.done, timeout=20_000) as done:
        courier.sticks.import_from(stick)
    with qtbot.waitSignal(courier.refreshed, timeout=20_000):
        pass
    return str(done.args[0])


def visible_text(widget: CourierWorkspace) -> str:
    return "\n".join(label.text() for label in widget.findChildren(PlainLabel))


def test_import_then_export_shows_only_a_count_and_a_size(
    qtbot: QtBot, make_window: MakeWindow, world: Coalition
) -> None:
    stick = stick_from(world, world.reporter, world.folder / "from-reporter")
    _window, courier = open_courier(qtbot, make_window, world)
    assert courier.summary.text() == "You carry nothing at the moment."
    assert take_stick(qtbot, courier, stick) == "imported"
    held = courier.held
    assert held is not None and held.items == 3 and held.size > 0
    assert courier.summary.text().startswith("You carry 3 item(s), ")
    text = visible_text(courier)  # nothing that could hint at what is carried
    for secret in ("Phones", "checkpoint", "order.pdf", "intimidation"):
        assert secret not in text
    onward = world.folder / "to-desk"
    onward.mkdir()
    with qtbot.waitSignal(courier.sticks.done, timeout=20_000) as done:
        courier.sticks.export_to(onward)
    assert done.args == ["exported"]
    assert courier.sticks.status.text() == "Saved 4 item(s) to the stick."  # and the directory
    assert len(bundle_files(onward)) >= 3


def test_stick_pulled_out_and_damaged_files_are_said_in_one_sentence(
    qtbot: QtBot, make_window: MakeWindow, world: Coalition
) -> None:
    stick = stick_from(world, world.reporter, world.folder / "from-reporter")
    flip_byte(bundle_files(stick)[0], 100)
    _window, courier = open_courier(qtbot, make_window, world)
    assert take_stick(qtbot, courier, stick) == "imported"
    assert courier.sticks.errors.text == ("1 item(s) on the stick were damaged or unreadable "
                                          "and were not taken; ask for them to be saved to a "
                                          "stick again.")
    assert courier.held is not None and courier.held.items == 2  # the rest were taken
    gone = world.folder / "pulled-out"
    with qtbot.waitSignal(courier.sticks.done, timeout=20_000) as done:
        courier.sticks.export_to(gone)
    assert done.args == ["failed"]
    message = courier.sticks.errors.text
    assert message.startswith("There is no folder") and message.count(".") == 1
    assert courier.held.items == 2  # nothing held is lost


def test_upload_over_the_connection_panel_to_a_loopback_inbox(
    qtbot: QtBot, make_window: MakeWindow, world: Coalition
) -> None:
    stick = stick_from(world, world.reporter, world.folder / "from-reporter")
    with serving(world.inbox) as box:
        relay = SocksRelay(box.port)

        def route(_choice: BridgeChoice) -> Route:
            return Route(TorSettings(mode="socks", socks=f"127.0.0.1:{relay.port}"))

        try:
            window, courier = open_courier(qtbot, make_window, world,
                                           session=tor_sessions(route))
            assert take_stick(qtbot, courier, stick) == "imported"
            assert window.panel is not None
            window.panel.wake()  # what a stick brought goes at once
            qtbot.waitUntil(lambda: courier.held is not None and courier.held.items == 3
                            and len(box.store.list_envelopes(0, 10)) == 3, timeout=30_000)
        finally:
            relay.close()
    # Delivered: the envelopes are gone, and the inbox's three receipts are owed to the
    # reporter, so they are what the courier now carries, back on the next stick.
    vault = window.vault
    assert vault is not None
    wait_idle(qtbot, window)
    assert vault.conn.execute("SELECT COUNT(*) FROM envelopes").fetchone()[0] == 0
    back = world.folder / "back"
    back.mkdir()
    with qtbot.waitSignal(courier.sticks.done, timeout=20_000):
        courier.sticks.export_to(back)
    assert courier.sticks.status.text() == "Saved 4 item(s) to the stick."  # and the directory
    qtbot.waitUntil(lambda: courier.held is not None and courier.held.items == 0)
    reporter = world.open(world.reporter)
    try:
        outcomes = import_from_stick(reporter, back, ignore, CancelToken())
        assert sum(o["kind"] == "receipt" for o in outcomes) == 3
        assert reporter.conn.execute("SELECT COUNT(*) FROM reports").fetchone()[0] == 0
    finally:
        reporter.lock()
