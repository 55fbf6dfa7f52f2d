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
from satchel.ui.desktop.widgets import FingerprintLabel, PlainLabel
from satchel.ui.desktop.widgets.fingerprint import isolate


def _groups(text: str, size: int = 8) -> str:
    """A hash or key in groups of `size`, isolated: readable aloud, and it wraps."""
    return isolate(" ".join(text[i : i + size] for i in range(0, len(text), size)))


class _Body(QPlainTextEdit):
    """The report text: about eight lines high by default (in the current font), so the
    attachments below stay in sight; it scrolls, and grows with the window."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.fontMetrics().lineSpacing() * 8)


def _field(parent: QWidget, name: str) -> PlainLabel:
    label = PlainLabel("", parent)
    label.setAccessibleName(name)
    return label


class DetailView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: SubmissionDetail | None = None
        self.fields = {key: _field(self, name) for key, name in (
            ("title", self.tr("Title")), ("kind", self.tr("Kind")), ("when", self.tr("When")),
            ("where", self.tr("Where")), ("service", self.tr("Service or company")),
            ("people", self.tr("People")), ("received", self.tr("Received")))}
        self.body = _Body(self)
        self.body.setReadOnly(True)
        self.body.setAccessibleName(self.tr("Report text"))
        self.verdict = _field(self, self.tr("Verification"))
        self.device = _field(self, self.tr("Signing device"))
        self.signer = FingerprintLabel("", self)
        self.recipients = _field(self, self.tr("Recipients"))
        self.hashes = _field(self, self.tr("Hashes"))
        incident = QGroupBox(self.tr("Incident"), self)
        form = QFormLayout(incident)
        for key, caption in (("title", self.tr("Title")), ("kind", self.tr("Kind")),
                             ("when", self.tr("When")), ("where", self.tr("Where")),
                             ("service", self.tr("Service or company")),
                             ("people", self.tr("People")), ("received", self.tr("Received"))):
            form.addRow(caption, self.fields[key])
        check = QGroupBox(self.tr("Verification"), self)
        form2 = QFormLayout(check)
        form2.addRow(self.tr("Result"), self.verdict)
        form2.addRow(self.tr("Device"), self.device)
        form2.addRow(self.tr("Signer fingerprint"), self.signer)
        form2.addRow(self.tr("Sealed to"), self.recipients)
        form2.addRow(self.tr("Hashes"), self.hashes)
        layout = QVBoxLayout(self)
        layout.addWidget(incident)
        layout.addWidget(self.body)
        layout.addWidget(check)

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
