"""Helpers for the window's tests."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from satchel.ui.desktop.reporter import ReporterWorkspace
from satchel.ui.desktop.shell import MainWindow

PASSPHRASE = "correct horse battery staple"


def unlock(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    window.unlock_screen.passphrase.setText(passphrase)
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        window.unlock_screen.button.click()


def wait_idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20_000)


Workspace = TypeVar("Workspace", bound=QWidget)


def open_workspace(qtbot: QtBot, make_window: Callable[..., MainWindow], home: Path,
                   kind: type[Workspace], **options: object) -> tuple[MainWindow, Workspace]:
    """Open the window on `home`, unlock it, and wait until its `kind` workspace is idle."""
    window = make_window(home, **options)
    unlock(qtbot, window)
    workspace = window.workspace
    assert isinstance(workspace, kind)
    wait_idle(qtbot, window)
    return window, workspace


def random_file(path: Path, mib: int) -> Path:
    """`mib` MiB of random bytes at `path`, written a MiB at a time."""
    with path.open("wb") as f:
        for _ in range(mib):
            f.write(os.urandom(1 << 20))
    return path


def send_as_is(workspace: ReporterWorkspace, title: str, attachment: Path) -> Callable[[], bool]:
    """Send a report titled `title` with `attachment`, its metadata kept (random bytes have
    none to scrub); returns the check that the outbox says it was delivered and erased."""
    workspace.editor.title.setText(title)
    workspace.editor.keep_metadata.setChecked(True)
    workspace.add_files([attachment])
    workspace.editor.send.click()
    outbox = workspace.outbox
    return lambda: (outbox.rowCount() == 1
                    and outbox.data(outbox.index(0, 1)) == "Delivered and erased")


class Heartbeat:
    """A QTimer on the GUI thread; the longest gap between its ticks is the longest time
    the GUI thread could not run (what a person sees as a frozen window)."""

    def __init__(self, interval_ms: int = 5) -> None:
        import time

        from PySide6.QtCore import QTimer

        self._clock = time.perf_counter
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(lambda: self.ticks.append(self._clock()))

    def start(self) -> None:
        self.ticks = [self._clock()]
        self.timer.start()

    def stop(self) -> float:
        """Stop; return the longest stall in milliseconds."""
        self.timer.stop()
        self.ticks.append(self._clock())
        return 1000 * max(b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False))
