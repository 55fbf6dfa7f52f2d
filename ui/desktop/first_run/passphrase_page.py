"""Wizard page 2: the passphrase, its strength, its confirmation, and the plain warning."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget
from satchel.ui.desktop.first_run.page import QT_TRANSLATE_NOOP, WizardPage
from satchel.ui.desktop.first_run.strength import estimate
from satchel.ui.desktop.i18n import set_row, set_words
from satchel.ui.desktop.widgets import PlainLabel
from satchel.ui.desktop.widgets.layout import stack


def secret_field(parent: QWidget, name: str = "") -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class PassphrasePage(WizardPage):
    TITLE = QT_TRANSLATE_NOOP("PassphrasePage", "Choose a passphrase")
    SUBTITLE = QT_TRANSLATE_NOOP("PassphrasePage", "It locks everything in this vault. A short sentence only "
                                 "you know is easier to remember and harder to guess.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = secret_field(self)
        self.second = secret_field(self)
        self.strength = PlainLabel("", self)
        self.hint = PlainLabel("", self)
        self.warning = PlainLabel("", self)
        self._form = QFormLayout()
        for field in (self.first, self.second, self.strength):
            self._form.addRow("", field)
        stack(QVBoxLayout(self), self._form, self.hint, self.warning, stretch=True)
        self.first.textChanged.connect(self._changed)
        self.second.textChanged.connect(self._changed)
        self.retranslate()
        self._changed()

    def retranslate(self) -> None:
        super().retranslate()
        set_row(self._form, self.first, self.tr("Passphrase:"), self.tr("Passphrase"))
        set_row(self._form, self.second, self.tr("Again:"), self.tr("Passphrase again"))
        set_row(self._form, self.strength, self.tr("Strength:"), self.tr("Passphrase strength"))
        self.hint.setAccessibleName(self.tr("Passphrase hint"))
        set_words(self.warning, self.tr(
            "Nobody can recover this passphrase: not the coalition, not the makers of "
            "Satchel. If you forget it, everything in this vault is lost."), self.tr("Warning"))

    def _strength_words(self) -> str:
        text = self.first.text()
        words = {"weak": self.tr("weak"), "fair": self.tr("fair"), "strong": self.tr("strong")}
        return words[estimate(text)] if text else ""

    def _changed(self) -> None:
        text = self.first.text()
        self.strength.say(self._strength_words)
        if text and estimate(text) == "weak":
            self.hint.say(lambda: self.tr("Too easy to guess: use at least 10 characters, "
                                          "or a few words that do not belong together."))
        elif self.second.text() and self.second.text() != text:
            self.hint.say(lambda: self.tr("The two passphrases are not the same yet."))
        else:
            self.hint.say(None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        text = self.first.text()
        return bool(text) and estimate(text) != "weak" and self.second.text() == text

    def passphrase(self) -> bytes:
        return self.first.text().encode()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
