"""The desk's workspace: submissions, devices, receiving and alerts.

Every action is a client/ or sync/service call on the worker pool (the calls the `satchel
desk` commands make); the window adds no rule. New arrivals (pulled or from a stick) are
verified at once, so the list shows verification at a glance; trusting or revoking a
device re-verifies that device's submissions.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from satchel.client.desk.detail import SubmissionDetail, submission_detail
from satchel.client.desk.listing import SubmissionQuery, filter_choices, ids_matching
from satchel.client.desk.verify import verify_submissions
from satchel.client.vault.vault import Vault
from satchel.ui.desktop.desk.alerts import AlertsPanel
from satchel.ui.desktop.desk.attachments import AttachmentPane
from satchel.ui.desktop.desk.detail_view import DetailView
from satchel.ui.desktop.desk.devices import DevicesPanel
from satchel.ui.desktop.desk.evidence import EvidenceExporter
from satchel.ui.desktop.desk.filters import FilterBar
from satchel.ui.desktop.desk.receiving import ReceivingPanel, RouteFactory
from satchel.ui.desktop.desk.submission_model import SubmissionModel
from satchel.ui.desktop.desk.triage import TriagePanel
from satchel.ui.desktop.i18n import Retranslating, refresh_headers
from satchel.ui.desktop.widgets import ErrorBar
from satchel.ui.desktop.widgets.focus import tab_order
from satchel.ui.desktop.widgets.layout import stack
from satchel.ui.desktop.widgets.views import rows_table
from satchel.ui.desktop.workers import EventBridge, Jobs


class DeskWorkspace(Retranslating, QWidget):
    verified = Signal(int)  # submissions (re)verified
    detail_shown = Signal(str)

    def __init__(self, vault: Vault, jobs: Jobs, bridge: EventBridge,
                 route: RouteFactory | None = None, parent: QWidget | None = None,
                 **receiving: int) -> None:
        super().__init__(parent)
        self._vault = vault
        self._jobs = jobs
        self._halved = False
        self.errors = ErrorBar(self)
        self.model = SubmissionModel(vault, jobs, self)
        self.filters = FilterBar(self)
        self.detail = DetailView(self)
        self.attachments = AttachmentPane(vault, jobs, self)
        self.triage = TriagePanel(vault, jobs, self)
        self.evidence = EvidenceExporter(vault, jobs, self.errors, self)
        self.devices = DevicesPanel(vault, jobs, self)
        self.receiving = ReceivingPanel(vault, jobs, bridge, route, self, **receiving)
        self.alerts = AlertsPanel(vault, jobs, self)
        self.tabs = QTabWidget(self)
        for page in (self._submissions_tab(), self.devices, self.receiving, self.alerts):
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors)
        layout.addWidget(self.tabs, 1)
        self._connect()
        self.retranslate()
        self.model.set_query(SubmissionQuery())
        self.verify_unchecked()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Desk"))
        self.tabs.setAccessibleName(self.tr("Workspace"))
        for i, title in enumerate((self.tr("Submissions"), self.tr("Devices"), self.tr("Receive"),
                                   self.tr("Alerts"))):
            self.tabs.setTabText(i, title)
        self.view.setAccessibleName(self.tr("Submissions"))
        self.details.setAccessibleName(self.tr("Submission details"))
        refresh_headers(self.view)
        self.view.viewport().update()  # cells say states and verdicts in the new language

    def _submissions_tab(self) -> QWidget:
        self.view = rows_table(self, self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.addWidget(self.filters)
        column.addWidget(self.view, 1)
        right = QWidget(self)
        stack(QVBoxLayout(right), self.detail, self.attachments, self.triage, self.evidence)
        scroll = self.details = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # it wraps
        scroll.setWidget(right)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        # Reading order: the filters above the list, then the list, then its details.
        tab_order(*self.filters.combos(), self.view, scroll)
        return splitter

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._halved:  # equal halves once the width is known; then the person's choice
            self._halved = True
            half = max(1, self.splitter.width() // 2)
            self.splitter.setSizes([half, half])

    def _connect(self) -> None:
        self.model.failed.connect(self.errors.show_error)
        self.model.loaded.connect(self._reselect)
        self.view.selectionModel().currentRowChanged.connect(self._current)
        self.filters.changed.connect(lambda: self.model.set_query(self.filters.query(self.model.query)))
        self.triage.saved.connect(self._triaged)
        self.devices.changed.connect(self._devices_changed)
        self.receiving.arrived.connect(self.verify_unchecked)

    # -- selection -------------------------------------------------------------------------

    def _reselect(self) -> None:
        """After a reload, keep the submission that was open, if it is still listed."""
        shown = self.detail.detail.id if self.detail.detail else None
        row = self.model.row_of(shown) if shown else -1
        if row >= 0 and self.view.currentIndex().row() != row:
            self.select_row(row)
        elif row < 0 and shown is not None:
            self._select(None)

    def _current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._select(self.model.row(current.row()).id if current.isValid() else None)

    def _select(self, submission_id: str | None) -> None:
        self.evidence.set_submission(submission_id)
        if submission_id is None:
            self._show(None)
            return
        vault = self._vault
        self._jobs.submit(lambda: submission_detail(vault, submission_id), self._show,
                          self.errors.show_error, owner=self)

    def _show(self, detail: SubmissionDetail | None) -> None:
        self.detail.show_detail(detail)
        self.triage.show_detail(detail)
        self.attachments.show_attachments(detail.id if detail else None,
                                          detail.attachments if detail else ())
        if detail is not None:
            self.detail_shown.emit(detail.id)

    def select_row(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, 0))  # selectRow misses in RTL

    # -- verification and refreshes -----------------------------------------------------------

    def verify_unchecked(self) -> None:
        """Verify what arrived, then refresh the list and menus. Failures are checked again
        too: an attachment that travels apart from its report may have arrived since."""
        self._verify(SubmissionQuery(verification="unchecked"), SubmissionQuery(verification="failed"))

    def _verify(self, *queries: SubmissionQuery) -> None:
        vault = self._vault

        def run() -> int:
            ids = [i for query in queries for i in ids_matching(vault, query)]
            return len(verify_submissions(vault, ids)) if ids else 0

        self._jobs.submit(run, self._verified, self.errors.show_error, owner=self)

    def _verified(self, count: int) -> None:
        self.model.reload()
        self.devices.refresh()  # a new signer is registered on arrival
        vault = self._vault
        self._jobs.submit(lambda: filter_choices(vault),
                          lambda choices: self.filters.set_choices(*choices),
                          self.errors.show_error, owner=self)
        self.verified.emit(count)

    def _devices_changed(self, fingerprint: str) -> None:
        # A device's status changes the verdict on each submission it signed.
        self._verify(SubmissionQuery(device=fingerprint))

    def _triaged(self, submission_id: str) -> None:
        self.model.reload()

    # -- lock --------------------------------------------------------------------------------

    def drop_data(self) -> None:
        """On lock: stop receiving and forget every row shown."""
        self.receiving.shutdown()
        self.model.drop()
        self._show(None)
