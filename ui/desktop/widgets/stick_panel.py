"""Import from and export to a USB stick, with progress, a Stop button and plain outcomes.

The courier's and the desk's workspaces share this panel. It drives the same stick
sessions as `satchel import` / `satchel export` (sync/service/stick.py) on the worker
pool, with a CancelToken for "Stop" and an EventBridge turning their JobProgress events
into the progress bar. Every stick error (full, read-only, pulled out, damaged files)
arrives as one sentence that says what to do; nothing held is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from satchel.client.vault.vault import Vault
from satchel.sync.bundle.format import WriteReport
from satchel.sync.service.cancel import Cancelled, CancelToken
from satchel.sync.service.events import Event, JobProgress
from satchel.sync.service.stick import FAILED_IMPORT, WRITTEN, export_to_stick, import_from_stick
from satchel.ui.desktop.i18n import Retranslating
from satchel.ui.desktop.i18n.retranslate import Phrase
from satchel.ui.desktop.widgets.announce import announce
from satchel.ui.desktop.widgets.ask import ask_folder
from satchel.ui.desktop.widgets.error_bar import ErrorBar
from satchel.ui.desktop.widgets.plain_label import PlainLabel
from satchel.ui.desktop.workers import EventBridge, Jobs


def _name(button: QPushButton, text: str) -> None:
    button.setText(text)
    button.setAccessibleName(text.rstrip("…"))


class StickPanel(Retranslating, QWidget):
    """Buttons for the two directions; `done` fires after each run with its outcome."""

    done = Signal(str)  # "exported", "imported", "stopped" or "failed"

    def __init__(self, vault: Vault, jobs: Jobs, parent: QWidget | None = None, *,
                 export_text: Phrase | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._jobs = jobs
        self._token: CancelToken | None = None
        self._export_text = export_text  # the owner's own words for "export", if any
        self._bridge = EventBridge(self)
        self._bridge.received.connect(self._event)
        self.import_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.stop_button = QPushButton(self)
        self.progress = QProgressBar(self)
        self.status = PlainLabel("", self)
        self.errors = ErrorBar(self)
        self.import_button.clicked.connect(lambda: self._ask(self.import_from))
        self.export_button.clicked.connect(lambda: self._ask(self.export_to))
        self.stop_button.clicked.connect(self.stop)
        row = QHBoxLayout()
        for button in (self.import_button, self.export_button, self.stop_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.errors)
        self._idle()
        self.retranslate()

    def retranslate(self) -> None:
        _name(self.import_button, self.tr("Import from a stick…"))
        _name(self.export_button, self._export_text() if self._export_text
              else self.tr("Export to a stick…"))
        _name(self.stop_button, self.tr("Stop"))
        self.stop_button.setAccessibleDescription(self.tr("Stop the stick transfer; what is "
                                                          "done so far is kept"))
        self.progress.setAccessibleName(self.tr("Stick transfer progress"))
        self.status.setAccessibleName(self.tr("Stick transfer result"))

    @property
    def busy(self) -> bool:
        return self._token is not None

    def _ask(self, then: Callable[[Path], None]) -> None:
        ask_folder(self, self.tr("Choose the stick's folder"), then)

    def export_to(self, folder: Path) -> None:
        vault = self._vault
        self._run(lambda token: export_to_stick(vault, folder, self._bridge.listener, token),
                  self._exported)

    def import_from(self, folder: Path) -> None:
        vault = self._vault
        self._run(lambda token: import_from_stick(vault, folder, self._bridge.listener, token),
                  self._imported)

    def stop(self) -> None:
        if self._token is not None:
            self._token.cancel()

    def _run(self, work: Callable[[CancelToken], Any], on_done: Callable[[Any], None]) -> None:
        if self.busy:
            return
        token = self._token = CancelToken()
        self.errors.clear()
        self.status.setText("")
        self.progress.setRange(0, 0)  # busy until the first progress event says how much
        self.progress.show()
        self._buttons()
        self._jobs.submit(lambda: work(token), on_done, self._failed, owner=self)

    def _event(self, event: Event) -> None:
        if isinstance(event, JobProgress) and event.total > 0:
            # QProgressBar holds an int: count in KiB so a large stick never overflows it.
            self.progress.setRange(0, max(1, event.total // 1024))
            self.progress.setValue(min(event.done, event.total) // 1024)

    def _exported(self, report: WriteReport) -> None:
        written = sum(r.status in WRITTEN for r in report.results)
        failed = [r for r in report.results if r.status == "failed"]
        self.status.say(lambda: self.tr("Saved %n item(s) to the stick.", "", written))
        if failed:
            self.errors.show_message(self.tr("%n item(s) could not be saved; they are still "
                                             "held here. Export again.", "", len(failed)))
        self._finish("exported")

    def _imported(self, outcomes: list[dict[str, Any]]) -> None:
        bad = sum(o["status"] in FAILED_IMPORT for o in outcomes)
        taken = len(outcomes) - bad
        self.status.say(lambda: self.tr("Took %n item(s) from the stick.", "", taken))
        if bad:
            self.errors.show_message(self.tr(
                "%n item(s) on the stick were damaged or unreadable and were not taken; "
                "ask for them to be saved to a stick again.", "", bad))
        self._finish("imported")

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.status.say(lambda: self.tr("Stopped; what was done so far is kept."))
            self._finish("stopped")
            return
        self.errors.show_error(error)
        self._finish("failed")

    def _finish(self, outcome: str) -> None:
        self._token = None
        self._idle()
        # A transfer takes a while; a screen reader user hears how it ended.
        said = " ".join(t for t in (self.status.text(), self.errors.text) if t)
        announce(self, said, urgent=outcome == "failed")
        self.done.emit(outcome)

    def _idle(self) -> None:
        self.progress.hide()
        self._buttons()

    def _buttons(self) -> None:
        self.import_button.setEnabled(not self.busy)
        self.export_button.setEnabled(not self.busy)
        self.stop_button.setEnabled(self.busy)
