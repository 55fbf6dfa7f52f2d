"""The DEMO banner across the top of the demo window: what this is, how it is connected,
what to do next, and the button that carries the stick from the reporter to the desk.

It is loud on purpose (a coloured band, the word DEMO): a screenshot of the demo must
never be mistaken for a real vault.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget
from satchel.ui.desktop.i18n import Phrase, Retranslating, isolate, set_words
from satchel.ui.desktop.widgets import PlainLabel

BAND = "#ffd54a"  # a warning yellow with black text: readable in every theme
INK = "#000000"


class DemoBanner(Retranslating, QFrame):
    """Texts that depend on the demo's state are phrases (`say_*`), said again on a
    language change."""

    def __init__(self, folder: Path, passphrase: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder, self._passphrase = folder, passphrase
        self.setAutoFillBackground(True)
        palette = self.palette()
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            palette.setColor(role, QColor(BAND))
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(role, QColor(INK))
        self.setPalette(palette)
        self.mark = PlainLabel("", self, wrap=False)
        font = QFont(self.mark.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.mark.setFont(font)
        self.about = PlainLabel("", self)
        self.connection = PlainLabel("", self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.steps = PlainLabel("", self)
        self.status = PlainLabel("", self)
        self.carry = QPushButton(self)
        self.carry.setEnabled(False)
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        text = QVBoxLayout()
        for widget in (self.about, self.connection, self.progress, self.steps, self.status):
            text.addWidget(widget)
        row = QHBoxLayout(self)
        row.addWidget(self.mark)
        row.addLayout(text, 1)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.carry)
        row.addLayout(column)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Demo"))
        set_words(self.mark, self.tr("DEMO"), self.tr("This is a demonstration"))
        self.about.setText(self.tr(
            "A throwaway coalition made for this demo: nothing here is real or private. "
            "It lives in %1; its passphrase is “%2”.").replace(
                "%1", isolate(str(self._folder))).replace("%2", isolate(self._passphrase)))
        self.about.setAccessibleName(self.tr("About this demo"))
        self.connection.setAccessibleName(self.tr("How the demo is connected"))
        self.progress.setAccessibleName(self.tr("Private Tor network starting"))
        self.steps.setAccessibleName(self.tr("What to do"))
        self.status.setAccessibleName(self.tr("What just happened"))
        set_words(self.carry, self.tr("Carry the stick to the desk"), self.tr("Carry the stick to the desk"))
        self.carry.setAccessibleDescription(self.tr(
            "Saves the reporter's sealed reports to a stick in the demo folder, then imports "
            "that stick at the desk, as a courier would"))

    def say_connection(self, phrase: Phrase) -> None:
        self.connection.say(phrase)

    def say_steps(self, phrase: Phrase) -> None:
        self.steps.say(phrase)

    def say(self, phrase: Phrase) -> None:
        self.status.say(phrase)

    def bootstrap(self, percent: int) -> None:
        self.progress.show()
        self.progress.setValue(percent)
