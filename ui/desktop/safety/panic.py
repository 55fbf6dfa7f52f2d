"""Panic: destroy the vault, after a confirmation one stray key cannot give.

The person types a word (translated, shown above the field); only then does "Destroy"
become pressable. The wipe is client/'s `destroy` (key slots first, so the vault is
unreadable at once, then everything else), the same call as `satchel panic`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QPushButton, QVBoxLayout, QWidget
from satchel.client.vault.vault import destroy
from satchel.ui.desktop.widgets import PlainLabel


def panic_wipe(home: Path) -> None:
    """Destroy the vault at `home` for ever (runs off the GUI thread)."""
    destroy(home)


class PanicDialog(QDialog):
    """Emits `confirmed` once the word was typed and Destroy pressed."""

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Satchel"))
        self.setAccessibleName(self.tr("Destroy everything"))
        self.word = self.tr("destroy")
        self.explain = PlainLabel(self.tr(
            "This erases every report, attachment and key in Satchel on this computer, for "
            "ever. Nothing can bring it back. To go ahead, type the word below."), self)
        self.prompt = PlainLabel(self.word, self)
        self.prompt.setAccessibleName(self.tr("The word to type"))
        self.field = QLineEdit(self)
        self.field.setAccessibleName(self.tr("Type the word to confirm"))
        buttons = QDialogButtonBox(self)
        self.destroy_button = QPushButton(self.tr("Destroy everything"), self)
        self.destroy_button.setAccessibleName(self.tr("Destroy everything"))
        self.destroy_button.setAutoDefault(False)  # Enter alone must never destroy
        self.destroy_button.setEnabled(False)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        buttons.addButton(self.destroy_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.prompt)
        layout.addWidget(self.field)
        layout.addWidget(buttons)
        self.field.textChanged.connect(self._typed)
        self.destroy_button.clicked.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        self.field.setFocus()

    def _typed(self, text: str) -> None:
        self.destroy_button.setEnabled(text.strip().casefold() == self.word.casefold())

    def _confirm(self) -> None:
        if self.destroy_button.isEnabled():
            self.accept()
            self.confirmed.emit()
