"""Wizard page 2: the passphrase, its strength, its confirmation, and the plain warning."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget, QWizardPage
from satchel.ui.desktop.first_run.strength import estimate
from satchel.ui.desktop.widgets import PlainLabel


def secret_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class PassphrasePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(self.tr("It locks everything in this vault. A short sentence only "
                                 "you know is easier to remember and harder to guess."))
        self.first = secret_field(self, self.tr("Passphrase"))
        self.second = secret_field(self, self.tr("Passphrase again"))
        self.strength = PlainLabel("", self)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.hint = PlainLabel("", self)
        self.hint.setAccessibleName(self.tr("Passphrase hint"))
        warning = PlainLabel(self.tr(
            "Nobody can recover this passphrase: not the coalition, not the makers of "
            "Satchel. If you forget it, everything in this vault is lost."), self)
        warning.setAccessibleName(self.tr("Warning"))
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.first)
        form.addRow(self.tr("Again:"), self.second)
        form.addRow(self.tr("Strength:"), self.strength)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(warning)
        layout.addStretch(1)
        self.first.textChanged.connect(self._changed)
        self.second.textChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        text = self.first.text()
        words = {"weak": self.tr("weak"), "fair": self.tr("fair"), "strong": self.tr("strong")}
        self.strength.setText(words[estimate(text)] if text else "")
        if text and estimate(text) == "weak":
            self.hint.setText(self.tr("Too easy to guess: use at least 10 characters, "
                                      "or a few words that do not belong together."))
        elif self.second.text() and self.second.text() != text:
            self.hint.setText(self.tr("The two passphrases are not the same yet."))
        else:
            self.hint.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        text = self.first.text()
        return bool(text) and estimate(text) != "weak" and self.second.text() == text

    def passphrase(self) -> bytes:
        return self.first.text().encode()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
