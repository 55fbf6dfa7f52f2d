"""Unlock (wrong, then right), nothing revealed before unlock, lock now and idle lock."""

from __future__ import annotations

from pathlib import Path

from conftest import MakeWindow
from deskkit import PASSPHRASE, unlock, wait_idle
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from satchel.client.progress import no_progress
from satchel.client.reports.store import ReportInput, create_report
from satchel.client.vault.vault import Vault
from satchel.ui.desktop.reporter.report_model import ReportListModel

TITLE = "Arrest of three bloggers"


def _add_report(home: Path, photo: Path) -> None:
    vault = Vault.open(home, PASSPHRASE.encode())
    try:
        create_report(vault, ReportInput(TITLE, "body", attachments=(photo,)), no_progress)
    finally:
        vault.lock()


def _visible_text(window: QWidget) -> str:
    texts = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() for w in window.findChildren(QLineEdit) if w.isVisible()]
    texts.append(window.windowTitle())
    return "\n".join(texts)


def test_wrong_then_right_passphrase(qtbot: QtBot, make_window: MakeWindow, reporter_home: Path) -> None:
    window = make_window(reporter_home)
    screen = window.unlock_screen
    assert window.stack.currentWidget() is screen
    screen.passphrase.setText("not the passphrase")
    screen.button.click()
    assert not screen.button.isEnabled()  # the KDF runs on the pool; the click returned
    qtbot.waitUntil(screen.button.isEnabled, timeout=20_000)
    assert screen.message.text() == "That passphrase did not open Satchel. Check it and try again."
    assert window.vault is None and screen.passphrase.text() == ""
    unlock(qtbot, window)
    assert window.vault is not None and window.stack.currentWidget() is window.workspace


def test_nothing_before_unlock_reveals_a_title_count_or_file_name(
    qtbot: QtBot, make_window: MakeWindow, reporter_home: Path, photo: Path
) -> None:
    _add_report(reporter_home, photo)
    window = make_window(reporter_home)
    text = _visible_text(window)
    assert TITLE not in text and photo.name not in text and "1" not in text
    assert not window.findChildren(QAbstractItemView)
    assert not window.toolbar.isVisible() and not window.lock_action.isEnabled()
    unlock(qtbot, window)
    wait_idle(qtbot, window)
    models = window.findChildren(ReportListModel)
    assert len(models) == 1 and models[0].total == 1


def test_lock_now_hides_content_and_drops_every_model(
    qtbot: QtBot, make_window: MakeWindow, reporter_home: Path, photo: Path
) -> None:
    _add_report(reporter_home, photo)
    window = make_window(reporter_home)
    unlock(qtbot, window)
    wait_idle(qtbot, window)
    vault = window.vault
    assert vault is not None
    with qtbot.waitSignal(window.locked):
        window.lock_action.trigger()
    assert window.stack.currentWidget() is window.unlock_screen
    assert window.workspace is None and window.vault is None
    assert not window.findChildren(ReportListModel)
    assert TITLE not in _visible_text(window)
    wait_idle(qtbot, window)
    assert vault.locked
    unlock(qtbot, window)  # and it opens again


def test_idle_auto_lock(qtbot: QtBot, make_window: MakeWindow, reporter_home: Path) -> None:
    window = make_window(reporter_home, idle_ms=50)
    unlock(qtbot, window)
    with qtbot.waitSignal(window.locked, timeout=10_000):
        pass
    assert window.stack.currentWidget() is window.unlock_screen and window.vault is None
