"""Entry points the CLI wires: has_display() and the window's quit path."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MakeWindow
from deskkit import unlock
from pytestqt.qtbot import QtBot
from satchel.ui.desktop import app


@pytest.mark.parametrize("env, expected", [
    ({}, False),
    ({"DISPLAY": ":0"}, True),
    ({"WAYLAND_DISPLAY": "wayland-0"}, True),
    ({"QT_QPA_PLATFORM": "offscreen"}, True),
])
def test_has_display(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: bool) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(app.sys, "platform", "linux")
    assert app.has_display() is expected


def test_closing_the_window_locks_and_joins_every_worker(
    qtbot: QtBot, make_window: MakeWindow, reporter_home: Path
) -> None:
    window = make_window(reporter_home)
    unlock(qtbot, window)
    vault = window.vault
    assert vault is not None
    window.workspace.refresh()  # type: ignore[union-attr]  # a job still queued
    window.close()
    assert vault.locked  # the lock job ran: close() waited for the pool
