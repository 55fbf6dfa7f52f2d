"""The reporter's workspace: list, editor and outbox, wired to client/ through `Jobs`.

Every action is a client/ call run on the worker pool (the same calls the CLI makes:
create_report, show_report, seal, erase_report, and the stick export); results come
back by signal. The workspace holds report data only while it exists: the shell
deletes it on lock.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from satchel.client.outbox.sealing import seal
from satchel.client.reports.store import create_report, erase_report, show_report
from satchel.client.vault.vault import Vault
from satchel.sync.service.cancel import CancelToken
from satchel.sync.service.events import Event
from satchel.ui.desktop.i18n import Retranslating, refresh_headers, set_words
from satchel.ui.desktop.reporter.editor import ReportEditor
from satchel.ui.desktop.reporter.intake import AttachmentIntake
from satchel.ui.desktop.reporter.outbox import OutboxModel
from satchel.ui.desktop.reporter.queries import Snapshot, report_kinds, snapshot
from satchel.ui.desktop.reporter.report_model import ReportListModel
from satchel.ui.desktop.reporter.stick import save_to_stick
from satchel.ui.desktop.widgets import ErrorBar
from satchel.ui.desktop.widgets.announce import announce
from satchel.ui.desktop.widgets.ask import ask_folder
from satchel.ui.desktop.widgets.scrolling import scrolling
from satchel.ui.desktop.widgets.views import rows_table
from satchel.ui.desktop.workers import Jobs, ProgressRelay


def _table(parent: QWidget, model: QAbstractItemModel) -> QTableView:
    view = rows_table(parent, model)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the title
    header.setStretchLastSection(False)
    return view


class ReporterWorkspace(Retranslating, QWidget):
    refreshed = Signal()
    saved = Signal(str)
    sent = Signal(str)
    deleted = Signal(str)
    stick_saved = Signal(int)

    def __init__(self, vault: Vault, jobs: Jobs, parent: QWidget | None = None, *,
                 countdown_s: int = 5, tick_ms: int = 1000) -> None:
        super().__init__(parent)
        self._vault = vault
        self._jobs = jobs
        self._stick_cancel = CancelToken()
        self.progress_relay = ProgressRelay(self)
        self.errors = ErrorBar(self)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.reports = ReportListModel(self)
        self.outbox = OutboxModel(self)
        self.editor = ReportEditor(self, countdown_s=countdown_s, tick_ms=tick_ms)
        self.intake = AttachmentIntake(self.editor, jobs, self.errors, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._reports_tab(), "")
        self.tabs.addTab(self._outbox_tab(), "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors)
        layout.addWidget(self.progress)
        layout.addWidget(self.tabs, 1)
        self._connect()
        self.retranslate()
        self.refresh()
        self._jobs.submit(lambda: report_kinds(vault), self.editor.set_kinds, self.errors.show_error,
                          owner=self)

    def _reports_tab(self) -> QWidget:
        self.new_button = QPushButton(self)
        self.stick_button = QPushButton(self)
        self.list_view = _table(self, self.reports)
        self.list_view.setColumnHidden(ReportListModel.FILES, True)  # shown in the editor
        left = QWidget(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.stick_button)
        buttons.addStretch(1)
        column = QVBoxLayout(left)
        column.addLayout(buttons)
        column.addWidget(self.list_view, 1)
        scroll = scrolling(self.editor, self)  # no Tab stop of its own
        right = QWidget(self)
        editor_column = QVBoxLayout(right)
        editor_column.addWidget(scroll, 1)
        editor_column.addWidget(self.editor.countdown)
        editor_column.addWidget(self.editor.action_bar)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        return splitter

    def _outbox_tab(self) -> QWidget:
        self.outbox_view = _table(self, self.outbox)
        self.outbox_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return self.outbox_view

    def retranslate(self) -> None:
        self.progress.setAccessibleName(self.tr("Progress"))
        self.tabs.setAccessibleName(self.tr("Workspace"))
        self.tabs.setTabText(0, self.tr("Reports"))
        self.tabs.setTabText(1, self.tr("Outbox"))
        set_words(self.new_button, self.tr("New report"), self.tr("New report"))
        set_words(self.stick_button, self.tr("Save to a stick…"), self.tr("Save to a stick"))
        self.list_view.setAccessibleName(self.tr("Reports"))
        self.outbox_view.setAccessibleName(self.tr("Outbox"))
        for view in (self.list_view, self.outbox_view):
            refresh_headers(view)

    def _connect(self) -> None:
        self.progress_relay.progress.connect(self._progress)
        self.list_view.selectionModel().currentRowChanged.connect(self._selected)
        self.new_button.clicked.connect(self._new)
        self.stick_button.clicked.connect(self.on_save_to_stick)
        self.editor.add_files.clicked.connect(self._ask_files)
        self.editor.attachment_view.files_added.connect(self.add_files)
        self.editor.attachment_view.refused.connect(self.errors.show_message)
        self.editor.keep_metadata.toggled.connect(self.intake.recheck)
        self.editor.save.clicked.connect(self.save_draft)
        self.editor.send.clicked.connect(self.send)
        self.editor.delete.clicked.connect(self._ask_delete)
        self.editor.countdown.expired.connect(self._erase)
        self.outbox.refresh_wanted.connect(self.refresh)

    # -- reading ----------------------------------------------------------------------

    def refresh(self) -> None:
        vault = self._vault
        self._jobs.submit(lambda: snapshot(vault), self._loaded, self.errors.show_error, owner=self)

    def _loaded(self, snap: Snapshot) -> None:
        self.reports.set_reports(snap.reports)
        self.outbox.set_snapshot(snap)
        if self.editor.report_id is not None:
            row = self.reports.row_of(self.editor.report_id)
            if row >= 0:
                self.list_view.setCurrentIndex(self.reports.index(row, 0))  # selectRow misses in RTL
        self.refreshed.emit()

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self.editor.countdown.running:
            return
        report_id = self.reports.report_id(current.row())
        if report_id != self.editor.report_id:
            self._show(report_id)

    def _show(self, report_id: str) -> None:
        vault = self._vault
        self._jobs.submit(lambda: show_report(vault, report_id), self.editor.show_report,
                          self.errors.show_error, owner=self)

    def on_event(self, event: Event) -> None:
        self.outbox.on_event(event)

    # -- attachments --------------------------------------------------------------------

    def _ask_files(self) -> None:
        dialog = QFileDialog(self, self.tr("Add files"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # no recent-files entry
        if dialog.exec():
            self.add_files([Path(p) for p in dialog.selectedFiles()])

    def add_files(self, paths: list[Path]) -> None:
        """Add files to the report being written and find out what scrubbing will do."""
        if self.editor.report_id is not None:
            self.editor.new_report()
        self.intake.add(paths)

    # -- actions ------------------------------------------------------------------------

    def _new(self) -> None:
        self.list_view.clearSelection()
        self.editor.new_report()

    def save_draft(self, then_send: bool = False) -> None:
        spec, vault, progress = self.editor.spec(), self._vault, self.progress_relay
        if not spec.title:
            self.errors.show_message(self.tr("A report needs a title."),
                                     self.tr("Write a few words about what happened."))
            return
        self._busy(True)
        self.editor.unscrubbed_words.update(
            (a.name, a.status) for a in self.editor.attachments.items if a.path is not None)

        def saved(report_id: str) -> None:
            self.editor.report_id = report_id
            self.saved.emit(report_id)
            announce(self, self.tr("Draft saved."))
            if then_send:
                self._seal(report_id)
            else:
                self._busy(False)
                self._show(report_id)
                self.refresh()

        self._jobs.submit(lambda: create_report(vault, spec, progress), saved, self._failed, owner=self)

    def send(self) -> None:
        """Seal and queue the report shown (saving it first when it is new)."""
        if self.editor.report_id is None:
            self.save_draft(then_send=True)
        else:
            self._busy(True)
            self._seal(self.editor.report_id)

    def _seal(self, report_id: str) -> None:
        vault, progress = self._vault, self.progress_relay

        def done(_ids: list[str]) -> None:
            self._busy(False)
            self.sent.emit(report_id)
            announce(self, self.tr("Report sealed. Satchel sends it as soon as there is a connection."))
            self._show(report_id)
            self.refresh()

        self._jobs.submit(lambda: seal(vault, [report_id], progress), done, self._failed, owner=self)

    def _ask_delete(self) -> None:
        if self.editor.report_id is not None:
            self.editor.countdown.start(self.editor.report_id)

    def _erase(self, report_id: str) -> None:
        vault = self._vault

        def done(_: Any) -> None:
            self.outbox.forget(report_id)
            self.editor.new_report()
            self.deleted.emit(report_id)
            announce(self, self.tr("Report erased."))
            self.refresh()

        self._jobs.submit(lambda: erase_report(vault, report_id), done, self.errors.show_error, owner=self)

    def on_save_to_stick(self) -> None:
        """Ask for the stick's folder (a dialog that records no recent places), then save."""
        ask_folder(self, self.tr("Choose the stick"), self.save_to_stick,
                   QFileDialog.Option.DontUseNativeDialog)

    def save_to_stick(self, folder: Path) -> None:
        vault, progress = self._vault, self.progress_relay
        cancel = self._stick_cancel = CancelToken()
        self._busy(True)

        def done(count: int) -> None:
            self._busy(False)
            self.errors.show_message(self.tr("Saved %n item(s) to the stick.", "", count))
            announce(self, self.errors.text)
            self.stick_saved.emit(count)
            self.refresh()

        self._jobs.submit(lambda: save_to_stick(vault, folder, progress, cancel), done, self._failed,
                          owner=self)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.errors.show_error(error)
        self.refresh()

    def _busy(self, busy: bool) -> None:
        self.stick_button.setEnabled(not busy)
        self.new_button.setEnabled(not busy)
        if busy:
            self.editor.save.setEnabled(False)
            self.editor.send.setEnabled(False)
            return
        self.progress.hide()
        if self.editor.report_id is None:  # a stored report's buttons follow its state
            self.editor.save.setEnabled(True)
            self.editor.send.setEnabled(True)

    def _progress(self, label: str, done: int, total: int) -> None:
        self.progress.show()
        self.progress.setRange(0, 1000 if total > 0 else 0)
        if total > 0:
            self.progress.setValue(1000 * min(done, total) // total)

    def drop_data(self) -> None:
        """Forget every report shown (the shell calls this on lock, before deleting us)."""
        self._stick_cancel.cancel()  # a stick being written stops at the next item
        self.editor.countdown.timer.stop()
        self.editor.new_report()
        self.reports.clear()
        self.outbox.clear()
