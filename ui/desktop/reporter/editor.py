"""The report form: title, the catalogue's incident fields, body and attachments.

It only holds and shows values; the workspace saves, seals and deletes through client/.
A stored report is shown read-only (client/ has no edit of a stored report yet).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from satchel.client.reports.store import ReportInput
from satchel.crypto.directory import DEFAULT_KINDS, ReportKind
from satchel.ui.desktop.reporter import words
from satchel.ui.desktop.reporter.attachments import Attachment, AttachmentModel, AttachmentView
from satchel.ui.desktop.reporter.countdown import DeleteCountdown
from satchel.ui.desktop.widgets import PlainLabel


def _line(parent: QWidget, name: str, placeholder: str = "") -> QLineEdit:
    field = QLineEdit(parent)
    field.setAccessibleName(name)
    field.setPlaceholderText(placeholder)
    return field


class ReportEditor(QWidget):
    def __init__(self, parent: QWidget | None = None, *, countdown_s: int = 5, tick_ms: int = 1000) -> None:
        super().__init__(parent)
        self.report_id: str | None = None
        # What the check said about files that were not scrubbed (kept, or why not),
        # by stored name: a stored attachment only records that it was not scrubbed.
        self.unscrubbed_words: dict[str, str] = {}
        self.state = PlainLabel("", self)
        self.state.setAccessibleName(self.tr("Report state"))
        self.title = _line(self, self.tr("Title"), self.tr("What happened, in a few words"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of incident"))
        self.when = _line(self, self.tr("When"), self.tr("e.g. 3 May, evening"))
        self.where = _line(self, self.tr("Where"), self.tr("As precise as you feel safe with"))
        self.service = _line(self, self.tr("Service or company"), self.tr("e.g. a mobile operator"))
        self.people = _line(self, self.tr("People affected"), self.tr("No real names needed"))
        self.body = QPlainTextEdit(self)
        self.body.setAccessibleName(self.tr("Report text"))
        self.body.setPlaceholderText(self.tr("Tell what happened."))
        self.attachments = AttachmentModel(self)
        self.attachment_view = AttachmentView(self)
        self.attachment_view.setModel(self.attachments)
        self.add_files = QPushButton(self.tr("Add files…"), self)
        self.add_files.setAccessibleName(self.tr("Add files"))
        self.paste = QPushButton(self.tr("Paste files"), self)
        self.paste.setAccessibleName(self.tr("Paste files"))
        self.paste.clicked.connect(self.attachment_view.paste)
        self.keep_metadata = QCheckBox(self.tr("Keep hidden information in files (not recommended)"), self)
        self.keep_metadata.setAccessibleName(self.tr("Keep hidden information in files"))
        self.save = QPushButton(self.tr("Save draft"), self)
        self.send = QPushButton(self.tr("Send"), self)
        self.delete = QPushButton(self.tr("Delete…"), self)
        for button, name in ((self.save, self.tr("Save draft")), (self.send, self.tr("Send")),
                             (self.delete, self.tr("Delete this report"))):
            button.setAccessibleName(name)
        self.countdown = DeleteCountdown(self, seconds=countdown_s, tick_ms=tick_ms)
        self._lay_out()
        self.set_kinds(DEFAULT_KINDS)
        self.new_report()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("When:"), self.when)
        form.addRow(self.tr("Where:"), self.where)
        form.addRow(self.tr("Service:"), self.service)
        form.addRow(self.tr("People:"), self.people)
        files = QHBoxLayout()
        files.addWidget(self.add_files)
        files.addWidget(self.paste)
        files.addWidget(self.keep_metadata, 1)
        # The actions stay in sight under the scrolled form (the workspace places them).
        self.action_bar = QWidget(self)
        actions = QHBoxLayout(self.action_bar)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.save)
        actions.addWidget(self.send)
        actions.addStretch(1)
        actions.addWidget(self.delete)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addLayout(files)
        layout.addWidget(self.attachment_view, 1)

    def set_kinds(self, kinds: tuple[ReportKind, ...]) -> None:
        current = self.kind.currentData()
        self.kind.clear()
        for kind in kinds:
            self.kind.addItem(kind.label, kind.id)
        found = self.kind.findData(current if current else "other")
        self.kind.setCurrentIndex(max(found, 0))

    def _editable(self, on: bool) -> None:
        for field in (self.title, self.when, self.where, self.service, self.people):
            field.setReadOnly(not on)
        self.body.setReadOnly(not on)
        for widget in (self.kind, self.add_files, self.paste, self.keep_metadata, self.save):
            widget.setEnabled(on)
        self.attachment_view.setAcceptDrops(on)

    def new_report(self) -> None:
        self.report_id = None
        for field in (self.title, self.when, self.where, self.service, self.people):
            field.clear()
        self.body.clear()
        self.attachments.set_items([])
        self.keep_metadata.setChecked(False)
        self.kind.setCurrentIndex(max(self.kind.findData("other"), 0))
        self.state.setText(self.tr("New report — it stays on this computer until you send it."))
        self._editable(True)
        self.send.setEnabled(True)
        self.delete.setEnabled(False)

    def show_report(self, report: dict[str, Any]) -> None:
        """Show a stored report (from client.reports.show_report) read-only."""
        self.report_id = str(report["id"])
        self.title.setText(report["title"])
        for field, key in ((self.when, "when"), (self.where, "where"),
                           (self.service, "service"), (self.people, "people")):
            field.setText(str(report.get(key, "")))
        self.body.setPlainText(report["body"])
        found = self.kind.findData(report.get("kind", "other"))
        self.kind.setCurrentIndex(max(found, 0))
        self.attachments.set_items([
            Attachment(a["name"], words.metadata_removed(a["removed"], done=True) if a["scrubbed"]
                       else self.unscrubbed_words.get(a["name"], words.metadata_not_removed("")))
            for a in report["attachments"]
        ])
        self.state.setText(words.report_state(str(report["state"])))
        self._editable(False)
        self.send.setEnabled(report["state"] == "draft")
        self.delete.setEnabled(True)

    def spec(self) -> ReportInput:
        return ReportInput(
            title=self.title.text().strip(), body=self.body.toPlainText(),
            kind=str(self.kind.currentData() or "other"), when=self.when.text().strip(),
            where=self.where.text().strip(), service=self.service.text().strip(),
            people=self.people.text().strip(), attachments=tuple(self.attachments.paths()),
            keep_metadata=self.keep_metadata.isChecked(),
        )
