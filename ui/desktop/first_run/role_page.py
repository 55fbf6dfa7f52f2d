"""Wizard page 1: who will use this vault."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget
from satchel.ui.desktop.first_run.page import QT_TRANSLATE_NOOP, WizardPage
from satchel.ui.desktop.widgets import PlainLabel

ROLES = ("reporter", "courier", "desk")


class RolePage(WizardPage):
    TITLE = QT_TRANSLATE_NOOP("RolePage", "Who will use Satchel on this computer?")
    SUBTITLE = QT_TRANSLATE_NOOP(
        "RolePage", "A vault is made for one role. You can make another vault later.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.hints: dict[str, PlainLabel] = {}
        layout = QVBoxLayout(self)
        for role in ROLES:
            button = QRadioButton(self)
            self.group.addButton(button)
            self.buttons[role] = button
            layout.addWidget(button)
            hint = PlainLabel("", self)
            hint.setIndent(24)
            self.hints[role] = hint
            layout.addWidget(hint)
        layout.addStretch(1)
        self.buttons["reporter"].setChecked(True)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        choices = {
            "reporter": (self.tr("I write reports"),
                         self.tr("Write reports with photos and documents and send them safely.")),
            "courier": (self.tr("I carry reports"),
                        self.tr("Carry sealed reports on a USB stick. You cannot read them.")),
            "desk": (self.tr("I receive reports for the coalition"),
                     self.tr("Open, check and sort the reports that arrive.")),
        }
        for role, (label, sentence) in choices.items():
            self.buttons[role].setText(label)
            self.buttons[role].setAccessibleName(label)
            self.buttons[role].setAccessibleDescription(sentence)
            self.hints[role].setText(sentence)

    def role(self) -> str:
        return next(role for role, b in self.buttons.items() if b.isChecked())

    def set_role(self, role: str) -> None:
        self.buttons[role].setChecked(True)
