"""Wizard page 3: import the coalition directory and confirm its root's fingerprint.

The file is read and its signature checked on the worker pool. Nothing is pinned until
the person compares the fingerprint with the one their coalition gave them and
presses "It matches" (as Tella-Desktop's pairing does with Confirm / Discard).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from satchel.ui.desktop.first_run.page import QT_TRANSLATE_NOOP, WizardPage
from satchel.ui.desktop.first_run.plan import DirectoryPreview, preview_directory
from satchel.ui.desktop.i18n import set_words
from satchel.ui.desktop.widgets import ErrorBar, FingerprintLabel, PlainLabel
from satchel.ui.desktop.widgets.layout import button_row, stack
from satchel.ui.desktop.workers import Jobs


class DirectoryPage(WizardPage):
    TITLE = QT_TRANSLATE_NOOP("DirectoryPage", "Your coalition's directory")
    SUBTITLE = QT_TRANSLATE_NOOP(
        "DirectoryPage",
        "The directory says where reports go. Your coalition gives it to you as a file, "
        "on a stick or in person.")

    def __init__(self, jobs: Jobs, role: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._role = role
        self.preview: DirectoryPreview | None = None
        self.confirmed = False
        self.choose = QPushButton(self)
        self.choose.clicked.connect(self._ask_file)
        self.explain = PlainLabel("", self)
        self.fingerprint = FingerprintLabel("", self)
        self.confirm = QPushButton(self)
        self.discard = QPushButton(self)
        self.confirm.clicked.connect(self._confirm)
        self.discard.clicked.connect(self._discard)
        self.status = PlainLabel("", self)
        self.errors = ErrorBar(self)
        stack(QVBoxLayout(self), self.choose, self.explain, self.fingerprint,
              button_row(self.confirm, self.discard), self.status, self.errors, stretch=True)
        self.retranslate()
        self._show()

    def retranslate(self) -> None:
        super().retranslate()
        set_words(self.choose, self.tr("Choose the directory file…"), self.tr("Choose the directory file"))
        set_words(self.confirm, self.tr("It matches"), self.tr("Confirm: the fingerprint matches"))
        set_words(self.discard, self.tr("Discard"), self.tr("Discard this directory"))
        self.status.setAccessibleName(self.tr("Directory status"))
        self.explain.setAccessibleName(self.tr("What to do with the fingerprint"))

    def initializePage(self) -> None:
        self._show()

    def _ask_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the directory file"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # no recent-files entry
        if dialog.exec() and dialog.selectedFiles():
            self.load(Path(dialog.selectedFiles()[0]))

    def load(self, path: Path) -> None:
        """Read and check `path` on the worker pool; show its root fingerprint when done."""
        self.errors.clear()
        self.preview, self.confirmed = None, False
        self.choose.setEnabled(False)
        self.status.say(lambda: self.tr("Checking the file…"))
        self._jobs.submit(lambda: preview_directory(path), self._loaded, self._failed, owner=self)

    def _loaded(self, preview: DirectoryPreview) -> None:
        self.preview = preview
        self._show()

    def _failed(self, error: BaseException) -> None:
        self.errors.show_error(error)
        self._show()

    def _confirm(self) -> None:
        self.confirmed = self.preview is not None
        self._show()

    def _discard(self) -> None:
        self.preview, self.confirmed = None, False
        self._show()

    def _show(self) -> None:
        has = self.preview is not None
        self.choose.setEnabled(True)
        self.fingerprint.set_fingerprint(self.preview.root_fingerprint if self.preview else "")
        self.fingerprint.setVisible(has)
        self.confirm.setVisible(has and not self.confirmed)
        self.discard.setVisible(has)
        if not has:
            self.explain.say(None)
            optional = self._role() != "reporter"
            self.status.say((lambda: self.tr("You can import it later.")) if optional else None)
        elif self.confirmed:
            self.explain.say(lambda: self.tr("The coalition's fingerprint:"))
            self.status.say(lambda: self.tr("Confirmed. Satchel will only accept directories "
                                            "signed by this coalition from now on."))
        else:
            self.explain.say(lambda: self.tr(
                "Compare this fingerprint with the one your coalition gave you, group by "
                "group. Only continue if every group is the same."))
            self.status.say(None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self.preview is None:
            return self._role() != "reporter"
        return self.confirmed

    def directory(self) -> bytes | None:
        return self.preview.data if self.preview and self.confirmed else None

    def accepted_root(self) -> str | None:
        """The root fingerprint the person compared and confirmed."""
        return self.preview.root_fingerprint if self.preview and self.confirmed else None
