"""Compare a device's fingerprint out of band before trusting or revoking it.

As Tella's desktop pairing does: the fingerprint in groups of four, large and
monospaced, read aloud or compared with what the reporter's device shows, then
"Confirm" or "Discard". Nothing changes unless the person confirms.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from satchel.ui.desktop.widgets import FingerprintLabel, PlainLabel


class CompareDialog(QDialog):
    def __init__(self, fingerprint: str, action: str, label: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare the fingerprint"))
        self.setAccessibleName(self.tr("Compare the fingerprint"))
        intro = {"trust": self.tr(
            "Ask the reporter to read out the fingerprint their device shows, or compare it "
            "in person. Trust this device only if every group matches."),
            "revoke": self.tr(
            "Revoking marks every submission this device signs from now on as failed. "
            "Check that this is the device you mean.")}[action]
        self.intro = PlainLabel(intro, self)
        self.intro.setAccessibleName(self.tr("What to compare"))
        self.fingerprint = FingerprintLabel(fingerprint, self)
        font = self.fingerprint.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.fingerprint.setFont(font)
        self.label = QLineEdit(label, self)
        self.label.setAccessibleName(self.tr("Device name"))
        self.label.setPlaceholderText(self.tr("A name you will recognise, e.g. a code name"))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.label)
        self.buttons = QDialogButtonBox(self)
        self.confirm = QPushButton(self.tr("Confirm"), self)
        self.confirm.setAccessibleName(self.tr("Confirm, the fingerprints match"))
        self.discard = QPushButton(self.tr("Discard"), self)
        self.discard.setAccessibleName(self.tr("Discard, change nothing"))
        self.buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.discard, QDialogButtonBox.ButtonRole.RejectRole)
        self.discard.setDefault(True)  # Enter alone never trusts a device
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.fingerprint)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        # Sized in characters, not pixels: wide enough that the intro reads as a paragraph
        # and the fingerprint keeps whole groups per line, at any font size.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 52)

    def device_label(self) -> str:
        return self.label.text().strip()
