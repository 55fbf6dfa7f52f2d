"""The window's every-role flow, run by tests/desktop/test_window_no_plaintext.py in a
child pytest whose TMPDIR, HOME and XDG folders are the parent's (Qt reads them when the
QApplication starts, so they must be set before this process exists).

Not collected by the suite (no test_ prefix): the parent passes this file explicitly.
Everything lives under SATCHEL_FLOW_DIR; the reporter's window sends one report to a
loopback inbox through a SOCKS relay and saves another to a stick, the desk's window
imports the stick, previews the photo and exports evidence. Every folder is chosen in
Qt's real file dialogs, answered as a person would.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from conftest import MakeWindow
from deskkit import open_workspace, unlock, wait_idle
from deskworld import Coalition, make_coalition
from inboxkit import serving
from netkit import SocksRelay
from PIL import Image
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from satchel.sync.service.route import Route
from satchel.sync.tor.manager import TorSettings
from satchel.ui.desktop.connection import BridgeChoice
from satchel.ui.desktop.desk import DeskWorkspace
from satchel.ui.desktop.reporter import ReporterWorkspace
from satchel.ui.desktop.session import tor_sessions

TITLES = ("MARKER-WTITLE-3f9d21 sent over Tor", "MARKER-WTITLE-8a04c6 carried on a stick")
BODY = "MARKER-WBODY-e5b712 what the witness saw from the window"
EXIF = "MARKER-WEXIF-71c0aa camera note"
DELIVERED = "Delivered and erased"


def marker_jpeg(path: Path) -> Path:
    """A JPEG whose EXIF carries a marker, a camera and a place (all scrubbed on intake)."""
    exif = Image.Exif()
    exif[0x010E] = EXIF  # ImageDescription
    exif[0x010F] = "ACME"
    exif[0x8825] = {1: "N", 2: (48.0, 51.0, 24.0)}
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (30, 120, 200)).save(out, "JPEG", exif=exif)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())
    return path


def answer_file_dialog(path: Path) -> None:
    """Once Qt's file dialog is open (modal, so it blocks the caller), choose `path`."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, poll)
            return
        dialog.setDirectory(str(path.parent))
        dialog.selectFile(str(path))
        dialog.accept()

    QTimer.singleShot(0, poll)


def write(qtbot: QtBot, workspace: ReporterWorkspace, title: str, photo: Path) -> None:
    """Write a report with the photo chosen in the "Add files" dialog, then Send."""
    answer_file_dialog(photo)
    workspace._ask_files()  # the "Add files…" button's slot, through the real dialog
    editor = workspace.editor
    editor.title.setText(title)
    editor.body.setPlainText(BODY)
    qtbot.waitUntil(lambda: len(editor.attachments.items) == 1
                    and "will be removed" in editor.attachments.items[0].status, timeout=20_000)
    with qtbot.waitSignal(workspace.sent, timeout=30_000):
        editor.send.click()


def reporter_flow(qtbot: QtBot, make_window: MakeWindow, world: Coalition, photo: Path,
                  stick: Path) -> None:
    with serving(world.inbox) as box, SocksRelay(box.port) as relay:
        def route(_choice: BridgeChoice) -> Route:
            return Route(TorSettings(mode="socks", socks=relay.address))

        window = make_window(world.reporter, session=tor_sessions(route))
        unlock(qtbot, window)
        panel, workspace = window.panel, window.workspace
        assert panel is not None and isinstance(workspace, ReporterWorkspace)
        qtbot.waitUntil(lambda: panel.state == "connected", timeout=20_000)
        write(qtbot, workspace, TITLES[0], photo)
        outbox = workspace.outbox
        qtbot.waitUntil(lambda: outbox.rowCount() == 1
                        and outbox.data(outbox.index(0, 1)) == DELIVERED, timeout=30_000)
        panel.cancel_button.click()  # the second report goes by hand, on a stick
        wait_idle(qtbot, window)
    write(qtbot, workspace, TITLES[1], photo)
    wait_idle(qtbot, window)
    answer_file_dialog(stick)
    with qtbot.waitSignal(workspace.stick_saved, timeout=30_000) as saved:
        workspace.on_save_to_stick()
    assert saved.args == [2]  # the report's envelope and its photo's
    window.shutdown()


def desk_flow(qtbot: QtBot, make_window: MakeWindow, world: Coalition, stick: Path,
              evidence: Path) -> None:
    window, desk = open_workspace(qtbot, make_window, world.desk, DeskWorkspace)
    with qtbot.waitSignal(desk.verified, timeout=30_000):
        desk.receiving.sticks.import_from(stick)
    wait_idle(qtbot, window)
    with qtbot.waitSignal(desk.attachments.previewed, timeout=20_000) as shown:
        desk.select_row(0)
    assert shown.args == ["image"] and not desk.attachments.image.pixmap().isNull()
    answer_file_dialog(evidence)
    with qtbot.waitSignal(desk.evidence.exported, timeout=30_000):
        desk.evidence._ask()  # the "Export evidence…" button's slot
    window.shutdown()


def test_window_flow(qtbot: QtBot, make_window: MakeWindow) -> None:
    base = Path(os.environ["SATCHEL_FLOW_DIR"])
    world = make_coalition(base / "world")
    photo = marker_jpeg(base / "in" / "street.jpg")
    stick, evidence = base / "stick", base / "evidence"
    stick.mkdir()
    evidence.mkdir()
    reporter_flow(qtbot, make_window, world, photo, stick)
    desk_flow(qtbot, make_window, world, stick, evidence)
