"""Telling the window that the screen locked or the computer is going to sleep.

Qt says when the application is suspended (applicationStateChanged); on Linux desktops
the screen saver and logind say so over D-Bus (org.freedesktop.ScreenSaver ActiveChanged,
org.freedesktop.login1 PrepareForSleep). Where none of these exist, only the idle timer
and "lock on minimise" remain, and nothing fails.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import SLOT, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication

SCREENSAVER = ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
               "org.freedesktop.ScreenSaver", "ActiveChanged")
LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1",
          "org.freedesktop.login1.Manager", "PrepareForSleep")


class ScreenWatch(QObject):
    """`locked` when the platform says the screen locked, or the computer suspends."""

    locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state)
        self.listening_dbus = self._listen_dbus()

    def _state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.locked.emit()

    @Slot(bool)
    def _active(self, active: bool) -> None:
        if active:
            self.locked.emit()

    def _listen_dbus(self) -> bool:
        """Subscribe to the screen saver and logind, where a bus is there to ask."""
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt built without D-Bus (Windows, macOS)
            return False
        listening = False
        for bus, (service, path, interface, name) in ((QDBusConnection.sessionBus(), SCREENSAVER),
                                                      (QDBusConnection.systemBus(), LOGIND)):
            with contextlib.suppress(RuntimeError, TypeError):
                if bus.isConnected():
                    listening |= bus.connect(service, path, interface, name, self,
                                             SLOT("_active(bool)").encode())
        return listening
