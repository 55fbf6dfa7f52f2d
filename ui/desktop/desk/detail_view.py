"""One submission: the report as plain text, its incident fields, its verification.

Everything here came from outside the desk, so it is plain text only: labels are
PlainLabel, the body a read-only QPlainTextEdit. The verification section shows the signer
fingerprint in groups of four, the recipients it was sealed to and each hash.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, QSize
from PySide6.QtWidgets import QFormLayout, QGroupBox, QPlainTextEdit, QVBoxLayout, QWidget
from satchel.client.desk.detail import SubmissionDetail
from satchel.ui.desktop.desk import words
from satchel.ui.desktop.i18n import Retranslating, set_row, set_row_label
from satchel.ui.desktop.reporter.words import kind_name
from satchel.ui.desktop.widgets import FingerprintLabel, PlainLabel
from satchel.ui.desktop.widgets.fingerprint import isolate

INCIDENT = ("title", "kind", "when", "where", "service", "people", "received")


def _groups(text: str, size: int = 8) -> str:
    """A hash or key in groups of `size`, isolated: readable aloud, and it wraps."""
    return isolate(" ".join(text[i : i + size] for i in range(0, len(text), size)))


class _Body(QPlainTextEdit):
    """The report text: about eight lines high by default (in the current font), so the
    attachments below stay in sight; it scrolls, and grows with the window."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.fontMetrics().lineSpacing() * 8)


class DetailView(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: SubmissionDetail | None = None
        self.fields = {key: PlainLabel("", self) for key in INCIDENT}
        self.body = _Body(self)
        self.body.setReadOnly(True)
        self.verdict, self.device = PlainLabel("", self), PlainLabel("", self)
        self.signer = FingerprintLabel("", self)
        self.recipients, self.hashes = PlainLabel("", self), PlainLabel("", self)
        self.incident = QGroupBox(self)
        self._incident_form = QFormLayout(self.incident)
        for key in INCIDENT:
            self._incident_form.addRow("", self.fields[key])
        self.check = QGroupBox(self)
        self._check_form = QFormLayout(self.check)
        for label in (self.verdict, self.device, self.signer, self.recipients, self.hashes):
            self._check_form.addRow("", label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.incident)
        layout.addWidget(self.body)
        layout.addWidget(self.check)
        self.retranslate()

    def retranslate(self) -> None:
        captions = dict(zip(INCIDENT, (
            self.tr("Title"), self.tr("Kind"), self.tr("When"), self.tr("Where"),
            self.tr("Service or company"), self.tr("People"), self.tr("Received")), strict=True))
        for key, caption in captions.items():
            set_row(self._incident_form, self.fields[key], caption, caption)
        self.body.setAccessibleName(self.tr("Report text"))
        self.incident.setTitle(self.tr("Incident"))
        self.check.setTitle(self.tr("Verification"))
        for label, caption, name in (
                (self.verdict, self.tr("Result"), self.tr("Verification")),
                (self.device, self.tr("Device"), self.tr("Signing device")),
                (self.signer, self.tr("Signer fingerprint"), ""),
                (self.recipients, self.tr("Sealed to"), self.tr("Recipients")),
                (self.hashes, self.tr("Hashes"), self.tr("Hashes"))):
            set_row_label(self._check_form, label, caption)
            if name:  # the fingerprint label names itself
                label.setAccessibleName(name)
        self.show_detail(self.detail)  # the verdict and hashes are said in the new language

    def show_detail(self, detail: SubmissionDetail | None) -> None:
        self.detail = detail
        if detail is None:
            for label in (*self.fields.values(), self.verdict, self.device, self.recipients,
                          self.hashes):
                label.setText("")
            self.body.setPlainText("")
            self.signer.set_fingerprint("")
            return
        for key, label in self.fields.items():
            label.setText(detail.fields.get(key, ""))
        self.fields["kind"].setText(kind_name(detail.fields.get("kind", "")))
        when = QDateTime.fromSecsSinceEpoch(detail.received_at)
        self.fields["received"].setText(QLocale().toString(when, QLocale.FormatType.ShortFormat))
        self.body.setPlainText(detail.body)
        lines = [words.verification(detail.verified, detail.device_status, detail.reasons)]
        lines += [f"• {reason}" for reason in detail.reasons]
        if detail.verified and detail.device_status == "new":
            lines.append(self.tr("Compare the device's fingerprint with the reporter, then "
                                 "trust it in Devices."))
        self.verdict.setText("\n".join(lines))
        self.device.setText(words.device_status(detail.device_status))
        self.signer.set_fingerprint(detail.signer_fingerprint)
        self.recipients.setText("\n".join(_groups(r) for r in detail.recipients))
        hashes = [self.tr("Report envelope: %1").replace("%1", _groups(detail.envelope_sha256)),
                  self.tr("Report text: %1").replace("%1", _groups(detail.report_sha256))]
        hashes += [f"{isolate(a.name)}: {_groups(a.sha256)}" for a in detail.attachments]
        self.hashes.setText("\n".join(hashes))
