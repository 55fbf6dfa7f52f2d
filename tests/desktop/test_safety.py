"""Safety of the window: panic, lock on minimise and screen lock, clipboard clearing,
no file-dialog history, before-unlock settings that survive a damaged file, and the
in-vault settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import shiboken6
from conftest import MakeWindow
from deskkit import unlock, wait_idle
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from satchel.client.settings import VaultSettings, read_settings
from satchel.client.vault.vault import Vault, vault_exists
from satchel.ui.cli.main import main
from satchel.ui.desktop import app
from satchel.ui.desktop.connection import BridgeChoice
from satchel.ui.desktop.prefs import Prefs, load_prefs, save_prefs

SNOWFLAKE = "snowflake 192.0.2.3:80 " + "B" * 40


def test_panic_needs_the_typed_word_then_wipes_and_closes(
    qtbot: QtBot, make_window: MakeWindow, reporter_home: Path
) -> None:
    window = make_window(reporter_home)
    unlock(qtbot, window)
    window.panic_action.trigger()
    dialog = window.panic_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.destroy_button.isEnabled()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)  # a stray Enter does nothing
    assert vault_exists(reporter_home) and not dialog.destroy_button.isEnabled()
    dialog.field.setText("destro")
    assert not dialog.destroy_button.isEnabled()
    dialog.field.setText("destroy")
    assert dialog.destroy_button.isEnabled()
    with qtbot.waitSignal(window.wiped, timeout=20_000):
        dialog.destroy_button.click()
    assert window.vault is None and window.workspace is None  # content hidden first
    assert not vault_exists(reporter_home)
    assert not (reporter_home / "keyslots").exists()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_panic_can_be_cancelled(qtbot: QtBot, make_window: MakeWindow, reporter_home: Path) -> None:
    window = make_window(reporter_home)
    window.panic_action.trigger()  # works before unlock too
    dialog = window.panic_dialog
    assert dialog is not None
    dialog.reject()
    qtbot.waitUntil(lambda: window.panic_dialog is None)
    assert vault_exists(reporter_home) and window.isVisible()


def test_minimising_locks_when_the_setting_says_so(
    qtbot: QtBot, make_window: MakeWindow, reporter_home: Path
) -> None:
    window = make_window(reporter_home)
    unlock(qtbot, window)
    with qtbot.waitSignal(window.settings_applied, timeout=10_000) as blocker:
        pass
    assert blocker.args[0].lock_on_minimise  # the default
    with qtbot.waitSignal(window.locked, timeout=10_000):
        window.showMinimized()
    assert window.stack.currentWidget() is window.unlock_screen and window.workspace is None


def test_minimising_keeps_it_open_when_turned_off(
    qtbot: QtBot, make_window: MakeWindow, reporter_home: Path
) -> None:
    window = make_window(reporter_home)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: not window.jobs.busy)
    window.save_settings(VaultSettings(lock_on_minimise=False, idle_minutes=15))
    wait_idle(qtbot, window)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    assert window.vault is not None
    assert window.idle.interval() == 15 * 60_000
    assert read_settings(window.vault) == VaultSettings(lock_on_minimise=False, idle_minutes=15)


def test_screen_lock_or_suspend_locks(qtbot: QtBot, make_window: MakeWindow, reporter_home: Path) -> None:
    window = make_window(reporter_home)
    unlock(qtbot, window)
    qapp = QGuiApplication.instance()
    assert isinstance(qapp, QGuiApplication)
    with qtbot.waitSignal(window.locked, timeout=10_000):
        qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    assert window.vault is None


def test_copied_text_is_cleared_after_a_while_and_on_lock(
    qtbot: QtBot, make_window: MakeWindow, reporter_home: Path
) -> None:
    window = make_window(reporter_home, clipboard_ms=50)
    unlock(qtbot, window)
    window.activateWindow()
    clipboard = QApplication.clipboard()
    clipboard.setText("Arrest of three bloggers")
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5_000)
    window.clipboard.timer.setInterval(60_000)  # now only the lock can clear it
    clipboard.setText("Names of witnesses")
    assert clipboard.text() == "Names of witnesses"
    window.lock()
    assert clipboard.text() == ""


def test_bridges_chosen_are_kept_in_the_vault(
    qtbot: QtBot, make_window: MakeWindow, reporter_home: Path
) -> None:
    started: list[BridgeChoice] = []

    class Handle:
        def stop(self) -> None: ...
        def wake(self) -> None: ...

    def session(_vault: Vault, choice: BridgeChoice, _listener: object) -> Handle:
        started.append(choice)
        return Handle()

    window = make_window(reporter_home, session=session)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: started == [BridgeChoice()])  # connects by itself, no bridge
    panel = window.panel
    assert panel is not None
    panel.cancel()
    panel.bridges.set_transport("snowflake")
    panel.bridges.lines.setPlainText(SNOWFLAKE)
    panel.connect_button.click()
    wait_idle(qtbot, window)
    window.lock()
    wait_idle(qtbot, window)
    unlock(qtbot, window)  # the next unlock connects with the bridges chosen before
    qtbot.waitUntil(lambda: len(started) == 3, timeout=10_000)
    assert started[2] == BridgeChoice("snowflake", (SNOWFLAKE,))


def test_the_file_dialog_remembers_no_places(
    qtbot: QtBot, make_window: MakeWindow, reporter_home: Path, tmp_path: Path
) -> None:
    make_window(reporter_home)  # the window turns Qt's own remembering off
    secret = tmp_path / "witness-statements"
    secret.mkdir()
    dialog = QFileDialog(None, "", str(secret))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setHistory([str(secret)])
    dialog.show()
    dialog.close()
    shiboken6.delete(dialog)  # Qt saves its history when the dialog is destroyed
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert settings.value("FileDialog/history") is None
    assert settings.value("FileDialog/lastVisited") is None
    assert str(secret) not in "".join(str(v) for v in settings.allKeys())


def test_a_damaged_prefs_file_is_said_and_reset(tmp_path: Path) -> None:
    path = tmp_path / "window.json"
    assert load_prefs(path).prefs == Prefs() and load_prefs(path).reset == ()
    save_prefs(path, Prefs(language="fa", scale=1.5, theme="dark"))
    assert load_prefs(path).prefs == Prefs(language="fa", scale=1.5, theme="dark")
    path.write_text(json.dumps({"language": "fa", "scale": 9, "theme": ["x"]}))
    loaded = load_prefs(path)
    assert loaded.prefs == Prefs(language="fa") and loaded.reset == ("scale", "theme")
    path.write_bytes(b"\x00\xff not json")
    assert load_prefs(path).prefs == Prefs() and len(load_prefs(path).reset) == 3


def test_the_unlock_screen_says_what_was_reset(qtbot: QtBot, make_window: MakeWindow,
                                                reporter_home: Path) -> None:
    window = make_window(reporter_home)
    window.unlock_screen.settings_reset(("scale", "theme"))
    assert window.unlock_screen.message.text() == (
        "Some display settings could not be read and were reset to their defaults: "
        "text size, colours.")


def test_satchel_alone_without_a_display_says_so_and_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(app.sys, "platform", "linux")
    assert main([]) == 2
    err = capsys.readouterr().err
    assert err.startswith("satchel: there is no display here") and "usage: satchel" in err
