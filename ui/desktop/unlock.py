"""The unlock screen: a passphrase field and nothing else about the vault.

Before unlock nothing here reveals a report count, a title or a file name; a wrong
passphrase gets one calm sentence. The shell opens the vault on the worker pool.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget
from satchel.ui.desktop.widgets import PlainLabel


class UnlockScreen(QWidget):
    """Emits `unlock_requested(bytes)`; the shell answers with `failed()` or replaces it."""

    unlock_requested = Signal(bytes)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Unlock Satchel"))
        heading = PlainLabel(self.tr("Satchel is locked"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.button = QPushButton(self.tr("Unlock"), self)
        self.button.setAccessibleName(self.tr("Unlock"))
        self.button.setDefault(True)
        self.message = PlainLabel("", self)
        self.message.setAccessibleName(self.tr("Unlock message"))
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column = QVBoxLayout()
        column.addWidget(heading)
        column.addWidget(self.passphrase)
        column.addWidget(self.button)
        column.addWidget(self.message)
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

    def _submit(self) -> None:
        text = self.passphrase.text()
        if not text:
            self.message.setText(self.tr("Type your passphrase."))
            return
        self.passphrase.clear()
        self._busy(True)
        self.message.setText(self.tr("Unlocking…"))
        self.unlock_requested.emit(text.encode())

    def failed(self, wrong_passphrase: bool, detail: str = "") -> None:
        """Unlock did not work: a calm sentence, and the field ready again."""
        self._busy(False)
        if wrong_passphrase:
            self.message.setText(self.tr("That passphrase did not open Satchel. Check it and try again."))
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
