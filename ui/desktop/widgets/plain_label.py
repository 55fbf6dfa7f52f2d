"""A label that never interprets its text: for titles, file names and anything from outside.

A QLabel guesses rich text from a string that looks like HTML, so a file called
`<img src=...>.jpg` could draw, or fetch, something. This one is always Qt.PlainText
(securedrop-client's SecureQLabel does the same).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class PlainLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setWordWrap(wrap)
        self.setText(text)

    def setTextFormat(self, fmt: Qt.TextFormat) -> None:
        super().setTextFormat(Qt.TextFormat.PlainText)
