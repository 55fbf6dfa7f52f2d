"""A label that never interprets its text: for titles, file names and anything from outside.

A QLabel guesses rich text from a string that looks like HTML, so a file called
`<img src=...>.jpg` could draw, or fetch, something. This one is always Qt.PlainText
(securedrop-client's SecureQLabel does the same).

`say(phrase)` shows a sentence of the window's own that depends on state and says it
again in the new language whenever the language changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget
from satchel.ui.desktop.i18n.retranslate import Phrase


class PlainLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> None:
        super().__init__(parent)
        self._phrase: Phrase | None = None
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setWordWrap(wrap)
        self.setText(text)

    def setTextFormat(self, fmt: Qt.TextFormat) -> None:
        super().setTextFormat(Qt.TextFormat.PlainText)

    def setText(self, text: str) -> None:
        """Show `text` as it is (data, or a sentence already translated)."""
        self._phrase = None
        super().setText(text)

    def say(self, phrase: Phrase | None) -> None:
        """Show `phrase()` now and again after every language change (None: nothing)."""
        self._phrase = phrase
        super().setText(phrase() if phrase is not None else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._phrase is not None:
            super().setText(self._phrase())
        super().changeEvent(event)
