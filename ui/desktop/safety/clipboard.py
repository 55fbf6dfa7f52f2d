"""Sensitive text copied out of Satchel is cleared from the clipboard after a while.

Whatever this application puts on the clipboard (a title, a body, a fingerprint) is
removed after `clear_ms`, and at once on lock and quit, unless something else was
copied meanwhile (then the clipboard is no longer ours to clear).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_MS = 30_000


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None, *, clear_ms: int = CLEAR_MS) -> None:
        super().__init__(parent)
        self._clipboard: QClipboard = QGuiApplication.clipboard()
        self._ours = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(clear_ms)
        self.timer.timeout.connect(self.clear)
        self._clipboard.dataChanged.connect(self._changed)
        self._attached = True

    def _changed(self) -> None:
        # ownsClipboard() is false where the platform has no notion of it (offscreen);
        # then a change while Satchel has the focus is taken as ours.
        self._ours = self._clipboard.ownsClipboard() or QGuiApplication.focusWindow() is not None
        if self._ours and self._clipboard.text():
            self.timer.start()
        else:
            self.timer.stop()

    def clear(self) -> None:
        """Empty the clipboard if what is on it came from Satchel."""
        self.timer.stop()
        if self._ours and self._clipboard.text():
            self._clipboard.clear()
        self._ours = False

    def detach(self) -> None:
        """On quit: clear what is ours and stop watching (safe to call twice)."""
        self.clear()
        if self._attached:
            self._attached = False
            self._clipboard.dataChanged.disconnect(self._changed)
