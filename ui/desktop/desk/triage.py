"""Triage of one submission: its desk state, tags and notes (client.desk.listing.set_triage)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from satchel.client.desk.detail import SubmissionDetail
from satchel.client.desk.listing import set_triage
from satchel.client.vault.vault import Vault
from satchel.ui.desktop.desk import words
from satchel.ui.desktop.i18n import set_row, set_words
from satchel.ui.desktop.widgets import ErrorBar
from satchel.ui.desktop.widgets.vault_panel import VaultPanel
from satchel.ui.desktop.workers import Jobs


class TriagePanel(VaultPanel):
    saved = Signal(str)  # the submission id

    def __init__(self, vault: Vault, jobs: Jobs, parent: QWidget | None = None) -> None:
        super().__init__(vault, jobs, parent)
        self.submission_id: str | None = None
        self.state = QComboBox(self)
        for state in words.STATES:
            self.state.addItem("", state)
        self.tags = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.save = QPushButton(self)
        self.save.clicked.connect(self.apply)
        self.errors = ErrorBar(self)
        form = self._form = QFormLayout(self)
        form.addRow(self.errors)
        for field in (self.state, self.tags, self.notes):
            form.addRow("", field)
        form.addRow(self.save)
        self.setEnabled(False)
        self.retranslate()

    def retranslate(self) -> None:
        for i, text in enumerate(words.desk_states().values()):
            self.state.setItemText(i, text)
        set_row(self._form, self.state, self.tr("State"), self.tr("Desk state"))
        set_row(self._form, self.tags, self.tr("Tags"), self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. urgent, north"))
        set_row(self._form, self.notes, self.tr("Notes"), self.tr("Notes"))
        set_words(self.save, self.tr("Save triage"), self.tr("Save triage"))

    def show_detail(self, detail: SubmissionDetail | None) -> None:
        self.submission_id = detail.id if detail else None
        self.setEnabled(detail is not None)
        self.state.setCurrentIndex(max(0, self.state.findData(detail.desk_state if detail else "new")))
        self.tags.setText(", ".join(detail.tags) if detail else "")
        self.notes.setPlainText(detail.notes if detail else "")

    def apply(self) -> None:
        if self.submission_id is None:
            return
        vault, sid = self._vault, self.submission_id
        state, notes = str(self.state.currentData()), self.notes.toPlainText()
        tags = [t for t in self.tags.text().split(",") if t.strip()]
        self._jobs.submit(lambda: set_triage(vault, sid, state=state, tags=tags, notes=notes),
                          lambda _tags: self.saved.emit(sid), self.errors.show_error, owner=self)
