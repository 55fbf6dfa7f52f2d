"""Helpers for the window's tests."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from satchel.ui.desktop.shell import MainWindow

PASSPHRASE = "correct horse battery staple"


def unlock(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    window.unlock_screen.passphrase.setText(passphrase)
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        window.unlock_screen.button.click()


def wait_idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20_000)
