"""Evidence export: the chosen submission into an empty folder, with progress.

The same call as `satchel desk export` (client.desk.export.export_evidence): it verifies
first and refuses a submission that fails. The folder's README.txt explains how anyone
can re-check it with standard tools.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget
from satchel.client.desk.export import export_evidence
from satchel.client.vault.vault import Vault
from satchel.ui.desktop.i18n import set_words
from satchel.ui.desktop.widgets import ErrorBar, PlainLabel
from satchel.ui.desktop.widgets.announce import announce
from satchel.ui.desktop.widgets.ask import ask_folder
from satchel.ui.desktop.widgets.fingerprint import isolate
from satchel.ui.desktop.widgets.vault_panel import VaultPanel
from satchel.ui.desktop.workers import Jobs, ProgressRelay


class EvidenceExporter(VaultPanel):
    exported = Signal(object)  # the folder

    def __init__(self, vault: Vault, jobs: Jobs, errors: ErrorBar,
                 parent: QWidget | None = None) -> None:
        super().__init__(vault, jobs, parent)
        self._errors = errors
        self.submission_id: str | None = None
        self.button = QPushButton(self)
        self.button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.status = PlainLabel("", self)
        self.relay = ProgressRelay(self)
        self.relay.progress.connect(self._progress)
        self.button.clicked.connect(self._ask)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.status, 2)
        self.retranslate()

    def retranslate(self) -> None:
        set_words(self.button, self.tr("Export evidence…"), self.tr("Export evidence to a folder"))
        self.progress.setAccessibleName(self.tr("Evidence export progress"))
        self.status.setAccessibleName(self.tr("Evidence export result"))

    def set_submission(self, submission_id: str | None) -> None:
        self.submission_id = submission_id
        self.button.setEnabled(submission_id is not None)
        self.status.setText("")

    def _ask(self) -> None:
        ask_folder(self, self.tr("Choose an empty folder"), self.export_to)

    def export_to(self, folder: Path) -> None:
        if self.submission_id is None:
            return
        vault, sid, relay = self._vault, self.submission_id, self.relay
        self.button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._jobs.submit(lambda: export_evidence(vault, sid, folder, relay),
                          lambda _record: self._done(folder), self._failed, owner=self)

    def _progress(self, _label: str, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(1000 * min(done, total) // total)

    def _done(self, folder: Path) -> None:
        self._end()
        self.status.say(lambda: self.tr("Evidence written to %1; its README.txt says how to "
                                        "re-check it.").replace("%1", isolate(str(folder))))
        announce(self, self.status.text())
        self.exported.emit(folder)

    def _failed(self, error: BaseException) -> None:
        self._end()
        self._errors.show_error(error)

    def _end(self, *_: Any) -> None:
        self.progress.hide()
        self.button.setEnabled(self.submission_id is not None)
