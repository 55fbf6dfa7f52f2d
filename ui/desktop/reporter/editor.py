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
from satchel.ui.desktop.i18n import Retranslating, set_row, set_words
from satchel.ui.desktop.reporter import words
from satchel.ui.desktop.reporter.attachments import Attachment, AttachmentModel, AttachmentView
from satchel.ui.desktop.reporter.countdown import DeleteCountdown
from satchel.ui.desktop.widgets import PlainLabel
from satchel.ui.desktop.widgets.focus import tab_order

FIELDS = ("title", "when", "where", "service", "people")


class ReportEditor(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None, *, countdown_s: int = 5, tick_ms: int = 1000) -> None:
        super().__init__(parent)
        self.report_id: str | None = None
        # What the check said about files that were not scrubbed (kept, or why not),
        # by stored name: a stored attachment only records that it was not scrubbed.
        self.unscrubbed_words: dict[str, str] = {}
        self.state = PlainLabel("", self)
        self.title, self.when, self.where, self.service, self.people = (QLineEdit(self) for _ in FIELDS)
        self.kind = QComboBox(self)
        self.body = QPlainTextEdit(self)
        self.body.setTabChangesFocus(True)  # Tab must move on, not trap keyboard users here
        self.attachments = AttachmentModel(self)
        self.attachment_view = AttachmentView(self)
        self.attachment_view.setModel(self.attachments)
        self.add_files = QPushButton(self)
        self.paste = QPushButton(self)
        self.paste.clicked.connect(self.attachment_view.paste)
        self.keep_metadata = QCheckBox(self)
        self.save = QPushButton(self)
        self.send = QPushButton(self)
        self.delete = QPushButton(self)
        self.countdown = DeleteCountdown(self, seconds=countdown_s, tick_ms=tick_ms)
        self._lay_out()
        self.set_kinds(DEFAULT_KINDS)
        self.retranslate()
        self.new_report()

    def retranslate(self) -> None:
        self.state.setAccessibleName(self.tr("Report state"))
        fields = (
            (self.title, self.tr("Title"), self.tr("What happened, in a few words"), self.tr("Title:")),
            (self.when, self.tr("When"), self.tr("e.g. 3 May, evening"), self.tr("When:")),
            (self.where, self.tr("Where"), self.tr("As precise as you feel safe with"), self.tr("Where:")),
            (self.service, self.tr("Service or company"), self.tr("e.g. a mobile operator"),
             self.tr("Service:")),
            (self.people, self.tr("People affected"), self.tr("No real names needed"), self.tr("People:")),
        )
        for field, name, placeholder, label in fields:
            field.setPlaceholderText(placeholder)
            set_row(self._form, field, label, name)
        set_row(self._form, self.kind, self.tr("Kind:"), self.tr("Kind of incident"))
        for index in range(self.kind.count()):
            self.kind.setItemText(index, words.kind_label(self._kinds[index]))
        self.body.setAccessibleName(self.tr("Report text"))
        self.body.setPlaceholderText(self.tr("Tell what happened."))
        set_words(self.keep_metadata, self.tr("Keep hidden information in files (not recommended)"),
                  self.tr("Keep hidden information in files"))
        for button, text, name in (
            (self.add_files, self.tr("Add files…"), self.tr("Add files")),
            (self.paste, self.tr("Paste files"), self.tr("Paste files")),
            (self.save, self.tr("Save draft"), self.tr("Save draft")),
            (self.send, self.tr("Send"), self.tr("Send")),
            (self.delete, self.tr("Delete…"), self.tr("Delete this report")),
        ):
            set_words(button, text, name)

    def _lay_out(self) -> None:
        form = self._form = QFormLayout()
        for field in (self.title, self.kind, self.when, self.where, self.service, self.people):
            form.addRow("", field)
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
        tab_order(self.title, self.kind, self.when, self.where, self.service, self.people,
                  self.body, self.add_files, self.paste, self.keep_metadata, self.attachment_view)

    def set_kinds(self, kinds: tuple[ReportKind, ...]) -> None:
        current = self.kind.currentData()
        self.kind.clear()
        self._kinds = kinds
        for kind in kinds:
            self.kind.addItem(words.kind_label(kind), kind.id)
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
        self.state.say(lambda: self.tr("New report — it stays on this computer until you send it."))
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
        state = str(report["state"])
        self.state.say(lambda: words.report_state(state))
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
