"""Attachments coming in: each one is checked on the worker pool (a dry run of the
same scrubber ingest uses) so the person sees, before saving, whether its hidden
information will be removed, is kept at their choice, or cannot be removed and why."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from satchel.ui.desktop.reporter import words
from satchel.ui.desktop.reporter.editor import ReportEditor
from satchel.ui.desktop.reporter.queries import ScrubCheck, check_metadata
from satchel.ui.desktop.widgets import ErrorBar
from satchel.ui.desktop.workers import Jobs


class AttachmentIntake(QObject):
    def __init__(self, editor: ReportEditor, jobs: Jobs, errors: ErrorBar,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._jobs = jobs
        self._errors = errors

    def add(self, paths: list[Path]) -> None:
        for path in paths:
            self._editor.attachments.add(path, words.metadata_checking())
            self._check(path)

    def recheck(self) -> None:
        for path in self._editor.attachments.paths():
            self._check(path)

    def _check(self, path: Path) -> None:
        editor = self._editor
        if editor.keep_metadata.isChecked():
            editor.attachments.set_status(path, words.metadata_kept())
            return

        def show(check: ScrubCheck) -> None:
            if editor.keep_metadata.isChecked():
                return
            text = (words.metadata_removed(check.removed, done=False) if check.scrubbed
                    else words.metadata_not_removed(check.reason))
            editor.attachments.set_status(path, text)

        self._jobs.submit(lambda: check_metadata(path), show, self._errors.show_error, owner=self)
