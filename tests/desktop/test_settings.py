"""The settings screen: display settings reachable from the unlock screen (the language
switches live, the file is saved, nothing of the vault shows), and the vault's own on
the workspace's Settings tab (auto-lock "immediately" locks when Satchel is left, lock on
minimise, bridges checked before they are kept)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import MakeWindow
from deskkit import unlock, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from satchel.client.settings import IDLE_IMMEDIATELY, VaultSettings, read_settings
from satchel.ui.desktop.i18n import translations
from satchel.ui.desktop.settings import SettingsScreen, VaultSettingsPage
from satchel.ui.desktop.shell import MainWindow
from satchel.ui.desktop.theme import apply_theme

OBFS4 = "obfs4 192.0.2.1:443 " + "A" * 40 + " cert=abc iat-mode=0"


@pytest.fixture(autouse=True)
def english_and_system_colours(qapp: QApplication) -> Iterator[None]:
    """Leave the application as the other tests expect it: no translator, its own palette."""
    yield
    translations().install([], Qt.LayoutDirection.LeftToRight)
    apply_theme(qapp, "system")


def choose(combo: object, value: object) -> None:
    from PySide6.QtWidgets import QComboBox

    assert isinstance(combo, QComboBox)
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def vault_settings(qtbot: QtBot, make_window: MakeWindow, home: Path, tmp_path: Path,
                   ) -> tuple[MainWindow, VaultSettingsPage]:
    """The unlocked window and its vault settings, on the workspace's last tab."""
    window = make_window(home, prefs_path=tmp_path / "window.json")
    unlock(qtbot, window)
    wait_idle(qtbot, window)
    screen = window.settings_screen
    assert screen is not None and screen.vault_page is not None
    tabs = getattr(window.workspace, "tabs", None)
    assert tabs is not None and tabs.indexOf(screen) == tabs.count() - 1
    return window, screen.vault_page


def settings_before_unlock(make_window: MakeWindow, home: Path, prefs: Path,
                           ) -> tuple[MainWindow, SettingsScreen]:
    """The window on `home`, display settings kept in `prefs`, with the settings opened
    from the unlock screen."""
    window = make_window(home, prefs_path=prefs)
    window.unlock_screen.settings_button.click()
    screen = window.unlock_settings
    assert screen is not None
    return window, screen


def test_display_settings_before_unlock_switch_language_live_and_are_saved(
    qtbot: QtBot, make_window: MakeWindow, reporter_home: Path, tmp_path: Path
) -> None:
    prefs = tmp_path / "window.json"
    window, screen = settings_before_unlock(make_window, reporter_home, prefs)
    assert window.stack.currentWidget() is screen and screen.vault_page is None  # no vault here
    assert window.unlock_screen.button.text() == "Unlock"
    choose(screen.display.language, "ar")
    qtbot.waitUntil(lambda: window.unlock_screen.button.text() != "Unlock", timeout=5000)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    wait_idle(qtbot, window)
    assert json.loads(prefs.read_text())["language"] == "ar"
    choose(screen.display.language, "en")
    qtbot.waitUntil(lambda: window.unlock_screen.button.text() == "Unlock", timeout=5000)
    assert screen.back_button is not None
    screen.back_button.click()
    assert window.stack.currentWidget() is window.unlock_screen


def test_colours_apply_at_once_and_text_size_from_the_next_start(
    qtbot: QtBot, make_window: MakeWindow, reporter_home: Path, tmp_path: Path
) -> None:
    prefs = tmp_path / "window.json"
    window, screen = settings_before_unlock(make_window, reporter_home, prefs)
    display = screen.display
    choose(display.theme, "dark")
    assert QApplication.palette().window().color().name() == "#2b2b2b"
    assert display.note.text() == ""
    choose(display.scale, 1.5)
    assert "next time" in display.note.text()
    wait_idle(qtbot, window)
    assert json.loads(prefs.read_text()) == {"language": "", "scale": 1.5, "theme": "dark"}


def test_auto_lock_immediately_locks_when_satchel_is_left(
    qtbot: QtBot, make_window: MakeWindow, reporter_home: Path, tmp_path: Path
) -> None:
    window, page = vault_settings(qtbot, make_window, reporter_home, tmp_path)
    assert page.idle.currentData() == VaultSettings().idle_minutes
    choose(page.idle, IDLE_IMMEDIATELY)
    page.on_minimise.setChecked(False)
    page.save.click()
    wait_idle(qtbot, window)
    assert window.vault is not None
    assert read_settings(window.vault) == VaultSettings(idle_minutes=IDLE_IMMEDIATELY,
                                                        lock_on_minimise=False)
    assert not window.idle.isActive()  # not a timer: leaving the window is what locks
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    with qtbot.waitSignal(window.locked, timeout=10_000):
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert window.workspace is None and window.settings_screen is None


def test_bridges_are_checked_then_kept_in_the_vault_and_used_next(
    qtbot: QtBot, make_window: MakeWindow, reporter_home: Path, tmp_path: Path
) -> None:
    window, page = vault_settings(qtbot, make_window, reporter_home, tmp_path)
    page.bridges.set_transport("custom")
    page.bridges.lines.setPlainText("not a bridge line")
    page.save.click()
    assert page.errors.text  # said in one sentence; nothing saved
    assert window.vault is not None and read_settings(window.vault).bridge_transport == "none"
    page.bridges.set_transport("obfs4")
    page.bridges.lines.setPlainText(OBFS4)
    page.save.click()
    wait_idle(qtbot, window)
    assert read_settings(window.vault).bridge_lines == (OBFS4,)
    assert window.panel is not None and window.panel.bridges.choice().lines == (OBFS4,)
