"""The reporter's workspace on a real vault: write, attach, send, delete, stick."""

from __future__ import annotations

from pathlib import Path

from conftest import MakeWindow
from deskkit import unlock, wait_idle
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot
from satchel.ui.desktop.reporter import ReporterWorkspace
from satchel.ui.desktop.shell import MainWindow

WAITING = "Waiting for a connection — safe in this vault"


def _workspace(qtbot: QtBot, window: MainWindow) -> ReporterWorkspace:
    unlock(qtbot, window)
    workspace = window.workspace
    assert isinstance(workspace, ReporterWorkspace)
    wait_idle(qtbot, window)
    return workspace


def _sent(qtbot: QtBot, window: MainWindow, title: str, *files: Path) -> ReporterWorkspace:
    """The unlocked workspace once a report titled `title` (with `files`) has been sent."""
    workspace = _workspace(qtbot, window)
    workspace.editor.title.setText(title)
    if files:
        workspace.add_files(list(files))
    with qtbot.waitSignal(workspace.sent, timeout=30_000):
        workspace.editor.send.click()
    wait_idle(qtbot, window)
    return workspace


def _saved(qtbot: QtBot, window: MainWindow, title: str) -> ReporterWorkspace:
    """The unlocked workspace once a report titled `title` is saved and may be deleted."""
    workspace = _workspace(qtbot, window)
    workspace.editor.title.setText(title)
    with qtbot.waitSignal(workspace.saved, timeout=20_000):
        workspace.editor.save.click()
    qtbot.waitUntil(workspace.editor.delete.isEnabled, timeout=10_000)
    return workspace


def _drop(workspace: ReporterWorkspace, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    view = workspace.editor.attachment_view
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.dropEvent(event)


def test_report_with_a_dropped_photo_shows_what_was_removed(
    qtbot: QtBot, make_window: MakeWindow, reporter_home: Path, photo: Path, tmp_path: Path
) -> None:
    window = make_window(reporter_home)
    workspace = _workspace(qtbot, window)
    editor = workspace.editor
    editor.title.setText("Shutdown in the north")
    editor.body.setPlainText("Mobile data was cut at 18:00.")
    editor.kind.setCurrentIndex(editor.kind.findData("internet-shutdown"))
    _drop(workspace, photo)
    items = editor.attachments.items
    assert [i.name for i in items] == ["street.jpg"]
    qtbot.waitUntil(lambda: "will be removed" in editor.attachments.items[0].status, timeout=10_000)
    assert "EXIF GPS" in editor.attachments.items[0].status
    odd = tmp_path / "notes.xyz"
    odd.write_bytes(bytes(range(256)) * 4)
    workspace.add_files([odd])
    qtbot.waitUntil(lambda: "cannot be removed" in editor.attachments.items[1].status, timeout=10_000)
    assert "no metadata scrubber" in editor.attachments.items[1].status
    with qtbot.waitSignal(workspace.saved, timeout=20_000):
        editor.save.click()
    qtbot.waitUntil(lambda: workspace.reports.total == 1 and editor.title.isReadOnly(), timeout=10_000)
    wait_idle(qtbot, window)
    stored = editor.attachments.items
    assert "Hidden information removed" in stored[0].status and "EXIF GPS" in stored[0].status
    assert "cannot be removed" in stored[1].status  # the reason outlives the save
    assert workspace.reports.data(workspace.reports.index(0, 0)) == "Shutdown in the north"


def test_keep_metadata_is_said_as_the_persons_choice(
    qtbot: QtBot, make_window: MakeWindow, reporter_home: Path, photo: Path
) -> None:
    workspace = _workspace(qtbot, make_window(reporter_home))
    workspace.editor.keep_metadata.setChecked(True)
    workspace.add_files([photo])
    assert workspace.editor.attachments.items[0].status == "Hidden information kept, as you chose"


def test_send_seals_and_the_outbox_says_it_waits(
    qtbot: QtBot, make_window: MakeWindow, reporter_home: Path, photo: Path
) -> None:
    workspace = _sent(qtbot, make_window(reporter_home), "Blocked news site", photo)
    outbox = workspace.outbox
    assert outbox.rowCount() == 1
    assert outbox.data(outbox.index(0, 0)) == "Blocked news site"
    assert outbox.data(outbox.index(0, 1)) == WAITING
    assert workspace.reports.data(workspace.reports.index(0, 1)) == WAITING
    assert not workspace.editor.send.isEnabled()  # already sealed


def test_delete_counts_down_and_can_be_cancelled(
    qtbot: QtBot, make_window: MakeWindow, reporter_home: Path
) -> None:
    window = make_window(reporter_home, tick_ms=60_000)  # cancel long before it fires
    workspace = _saved(qtbot, window, "To be kept")
    countdown = workspace.editor.countdown
    workspace.editor.delete.click()
    assert countdown.running and countdown.isVisible()
    assert "3 s" in countdown.label.text()
    countdown.cancel.click()
    assert not countdown.running and not countdown.isVisible()
    wait_idle(qtbot, window)
    assert workspace.reports.total == 1


def test_delete_happens_when_the_countdown_ends(
    qtbot: QtBot, make_window: MakeWindow, reporter_home: Path
) -> None:
    window = make_window(reporter_home)
    workspace = _saved(qtbot, window, "To be erased")
    report_id = workspace.editor.report_id
    with qtbot.waitSignal(workspace.deleted, timeout=10_000) as blocker:
        workspace.editor.delete.click()
    assert blocker.args == [report_id]
    wait_idle(qtbot, window)
    assert workspace.reports.total == 0 and workspace.outbox.rowCount() == 0


def test_save_to_a_stick_writes_a_bundle_through_the_stick_session(
    qtbot: QtBot, make_window: MakeWindow, reporter_home: Path, tmp_path: Path
) -> None:
    window = make_window(reporter_home)
    workspace = _sent(qtbot, window, "Carried by hand")
    stick = tmp_path / "stick"
    stick.mkdir()
    seen: list[int] = []
    workspace.progress_relay.progress.connect(lambda _label, done, _total: seen.append(done))
    with qtbot.waitSignal(workspace.stick_saved, timeout=30_000) as blocker:
        workspace.save_to_stick(stick)
    assert blocker.args == [1] and seen  # one envelope, with progress on the way
    assert "Saved 1 item(s)" in workspace.errors.text
    assert (stick / "satchel-bundle" / "index.sat").exists()
    wait_idle(qtbot, window)
    outbox = workspace.outbox
    assert outbox.data(outbox.index(0, 1)) == "On a stick — waiting for the receipt"
