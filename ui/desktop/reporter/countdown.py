"""Delete with a short countdown and a Cancel (Tella's quick delete), before it happens."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QWidget
from satchel.ui.desktop.i18n import Retranslating, set_words
from satchel.ui.desktop.widgets.announce import announce
from satchel.ui.desktop.widgets.bar import bar_line


class DeleteCountdown(Retranslating, QFrame):
    """`start(report_id)` counts down; `expired(report_id)` unless Cancel is pressed."""

    expired = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None, *, seconds: int = 5, tick_ms: int = 1000) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self._left = 0
        self._report_id = ""
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self._tick)
        self.label, self.cancel = bar_line(self, self.stop)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setAccessibleName(self.tr("Deleting"))
        set_words(self.cancel, self.tr("Cancel"), self.tr("Cancel the deletion"))

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def start(self, report_id: str) -> None:
        self._report_id = report_id
        self._left = self.seconds
        self._show_left()
        self.show()
        self.cancel.setFocus()
        self.timer.start()

    def stop(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.hide()
            self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.stop()
            return
        super().keyPressEvent(event)

    def _show_left(self) -> None:
        left = self._left
        self.label.say(lambda: self.tr("This report will be erased in %n second(s).", "", left))
        if left == self.seconds:  # said once: a screen reader reading every tick would drown
            announce(self, self.label.text(), urgent=True)

    def _tick(self) -> None:
        self._left -= 1
        if self._left > 0:
            self._show_left()
            return
        self.timer.stop()
        self.hide()
        self.expired.emit(self._report_id)
