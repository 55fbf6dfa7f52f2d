"""Wizard page 4: an optional duress passphrase that silently destroys the vault."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QFormLayout, QVBoxLayout, QWidget
from satchel.ui.desktop.first_run.page import QT_TRANSLATE_NOOP, WizardPage
from satchel.ui.desktop.first_run.passphrase_page import secret_field
from satchel.ui.desktop.i18n import set_row, set_words
from satchel.ui.desktop.widgets import PlainLabel
from satchel.ui.desktop.widgets.layout import stack


class DuressPage(WizardPage):
    TITLE = QT_TRANSLATE_NOOP("DuressPage", "A duress passphrase (optional)")
    SUBTITLE = QT_TRANSLATE_NOOP(
        "DuressPage",
        "If someone forces you to unlock Satchel, type this passphrase instead. It "
        "silently destroys everything in this vault and opens an empty one.")

    def __init__(self, main_passphrase: Callable[[], bytes], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._main = main_passphrase
        self.enabled = QCheckBox(self)
        self.first = secret_field(self)
        self.second = secret_field(self)
        self.hint = PlainLabel("", self)
        self.limits = PlainLabel("", self)
        self._form = QFormLayout()
        self._form.addRow("", self.first)
        self._form.addRow("", self.second)
        stack(QVBoxLayout(self), self.enabled, self._form, self.hint, self.limits, stretch=True)
        for signal in (self.enabled.toggled, self.first.textChanged, self.second.textChanged):
            signal.connect(self._changed)
        self.retranslate()
        self._changed()

    def retranslate(self) -> None:
        super().retranslate()
        set_words(self.enabled, self.tr("Set a duress passphrase"), self.tr("Set a duress passphrase"))
        set_row(self._form, self.first, self.tr("Duress passphrase:"), self.tr("Duress passphrase"))
        set_row(self._form, self.second, self.tr("Again:"), self.tr("Duress passphrase again"))
        self.hint.setAccessibleName(self.tr("Duress passphrase hint"))
        self.limits.setText(self.tr(
            "It does not help against someone who copied this computer's disk before, "
            "or who knows that Satchel has this feature."))

    def _changed(self) -> None:
        on = self.enabled.isChecked()
        self.first.setEnabled(on)
        self.second.setEnabled(on)
        text = self.first.text()
        if on and text and text.encode() == self._main():
            self.hint.say(lambda: self.tr("It must differ from your passphrase."))
        elif on and self.second.text() and self.second.text() != text:
            self.hint.say(lambda: self.tr("The two passphrases are not the same yet."))
        else:
            self.hint.say(None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if not self.enabled.isChecked():
            return True
        text = self.first.text()
        return bool(text) and text == self.second.text() and text.encode() != self._main()

    def duress(self) -> bytes | None:
        return self.first.text().encode() if self.enabled.isChecked() else None

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
