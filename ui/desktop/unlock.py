"""The unlock screen: a passphrase field and nothing else about the vault.

Before unlock nothing here reveals a report count, a title or a file name; a wrong
passphrase gets one calm sentence. The shell opens the vault on the worker pool.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget
from satchel.ui.desktop.i18n import Retranslating, set_words
from satchel.ui.desktop.widgets import PlainLabel


class UnlockScreen(Retranslating, QWidget):
    """Emits `unlock_requested(bytes)`; the shell answers with `failed()` or replaces it."""

    unlock_requested = Signal(bytes)
    settings_requested = Signal()  # the display settings: language, text size, colours

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = PlainLabel("", self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.heading.setFont(font)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.button = QPushButton(self)
        self.button.setDefault(True)
        self.message = PlainLabel("", self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.settings_button = QPushButton(self)
        self.settings_button.setFlat(True)
        self.settings_button.clicked.connect(self.settings_requested)
        column = QVBoxLayout()
        column.addWidget(self.heading)
        column.addWidget(self.passphrase)
        column.addWidget(self.button)
        column.addWidget(self.message)
        column.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignHCenter)
        middle = QHBoxLayout()  # a centred column that still grows with the window
        middle.addStretch(1)
        middle.addLayout(column, 2)
        middle.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(middle)
        layout.addStretch(2)
        self.button.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Unlock Satchel"))
        self.heading.setText(self.tr("Satchel is locked"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        set_words(self.button, self.tr("Unlock"), self.tr("Unlock"))
        self.message.setAccessibleName(self.tr("Unlock message"))
        set_words(self.settings_button, self.tr("Language and display…"),
                  self.tr("Language and display settings"))

    def _submit(self) -> None:
        text = self.passphrase.text()
        if not text:
            self.message.say(lambda: self.tr("Type your passphrase."))
            return
        self.passphrase.clear()
        self._busy(True)
        self.message.say(lambda: self.tr("Unlocking…"))
        self.unlock_requested.emit(text.encode())

    def failed(self, wrong_passphrase: bool, detail: str = "") -> None:
        """Unlock did not work: a calm sentence, and the field ready again."""
        self._busy(False)
        if wrong_passphrase:
            self.message.say(lambda: self.tr("That passphrase did not open Satchel. Check it and try again."))
        else:
            self.message.setText(detail)
        self.passphrase.setFocus()

    def _busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.button.setEnabled(not busy)

    def reset(self) -> None:
        self._busy(False)
        self.message.setText("")
        self.passphrase.clear()

    def settings_reset(self, names: tuple[str, ...]) -> None:
        """The before-unlock settings file could not be read: say what went back to default."""
        words = {"language": self.tr("language"), "scale": self.tr("text size"),
                 "theme": self.tr("colours")}
        what = ", ".join(words.get(n, n) for n in names)
        self.message.setText(self.tr("Some display settings could not be read and were reset "
                                     "to their defaults: {what}.").format(what=what))
