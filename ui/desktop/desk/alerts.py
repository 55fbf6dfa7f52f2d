"""Alerts export: a preview of exactly what leaves the desk, then CSV and JSON.

The preview is the very text client.desk.alerts writes (render_alerts), and the export
writes the rows that were previewed, so nothing leaves that was not seen: kind, date,
coarse place, service, verification and a count; no names, no text, no device.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from satchel.client.desk.alerts import incidents, render_alerts, write_alerts
from satchel.client.vault.vault import Vault
from satchel.ui.desktop.i18n import set_words
from satchel.ui.desktop.widgets import ErrorBar, PlainLabel
from satchel.ui.desktop.widgets.announce import announce
from satchel.ui.desktop.widgets.ask import ask_file
from satchel.ui.desktop.widgets.fingerprint import isolate
from satchel.ui.desktop.widgets.vault_panel import VaultPanel
from satchel.ui.desktop.workers import Jobs


class AlertsPanel(VaultPanel):
    previewed = Signal(int)  # incident rows
    exported = Signal(object)  # (csv path, json path)

    def __init__(self, vault: Vault, jobs: Jobs, parent: QWidget | None = None) -> None:
        super().__init__(vault, jobs, parent)
        self.rows: list[dict[str, Any]] | None = None
        self._since: str | None = None
        self.use_since = QCheckBox(self)
        self.since = QDateEdit(QDate.currentDate().addMonths(-1), self)
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.preview_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.export_button.setEnabled(False)
        self.explain = PlainLabel("", self)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.status = PlainLabel("", self)
        self.errors = ErrorBar(self)
        self.preview_button.clicked.connect(self.refresh_preview)
        self.export_button.clicked.connect(self._ask)
        self.use_since.toggled.connect(lambda _on: self._stale())
        self.since.dateChanged.connect(lambda _d: self._stale())
        row = QHBoxLayout()
        for widget in (self.use_since, self.since, self.preview_button, self.export_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(row)
        layout.addWidget(self.errors)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        self.retranslate()

    def retranslate(self) -> None:
        set_words(self.use_since, self.tr("Only incidents since"), self.tr("Only incidents since a date"))
        self.since.setAccessibleName(self.tr("Since date"))
        set_words(self.preview_button, self.tr("Preview"), self.tr("Preview what leaves the desk"))
        set_words(self.export_button, self.tr("Export CSV and JSON…"),
                  self.tr("Export the alerts as CSV and JSON"))
        set_words(self.explain, self.tr(
            "Only what is below leaves the desk: kind, date, region and country, service, "
            "verification and a count. No names, no report text, no device."),
                  self.tr("What leaves the desk"))
        self.preview.setAccessibleName(self.tr("Alerts preview"))
        self.status.setAccessibleName(self.tr("Alerts result"))

    def _stale(self) -> None:
        """A changed filter makes the preview stale: export only what is on screen."""
        self.rows = None
        self.export_button.setEnabled(False)

    def refresh_preview(self) -> None:
        vault = self._vault
        since = self.since.date().toString("yyyy-MM-dd") if self.use_since.isChecked() else None
        self._jobs.submit(lambda: incidents(vault, since), lambda rows: self._show(since, rows),
                          self.errors.show_error, owner=self)

    def _show(self, since: str | None, rows: list[dict[str, Any]]) -> None:
        self._since, self.rows = since, rows
        csv_text, _json = render_alerts(rows)
        self.preview.setPlainText(csv_text)
        count = len(rows)
        self.status.say(lambda: self.tr("%n incident row(s) would leave the desk.", "", count))
        self.export_button.setEnabled(True)
        self.previewed.emit(len(rows))

    def _ask(self) -> None:
        ask_file(self, self.tr("Export alerts"), "alerts.csv", self.tr("CSV files (*.csv)"), self.export_to)

    def export_to(self, path: Path) -> None:
        if self.rows is None:
            return
        vault, since, rows = self._vault, self._since, self.rows
        self._jobs.submit(lambda: write_alerts(vault, since, path, rows=rows), self._done,
                          self.errors.show_error, owner=self)

    def _done(self, result: tuple[Path, Path, int]) -> None:
        csv_path, json_path, _n = result
        self.status.say(lambda: self.tr("Wrote %1 and %2.").replace("%1", isolate(str(csv_path)))
                        .replace("%2", isolate(str(json_path))))
        announce(self, self.status.text())
        self.exported.emit((csv_path, json_path))
