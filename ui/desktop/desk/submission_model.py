"""The desk's submissions as a table model, read from the vault a page at a time.

Filtering and sorting happen in SQL (client.desk.listing), so paging keeps working: the
model holds only the pages the view asked for. Each page is read on the worker pool;
`fetchMore` asks for the next page and the rows arrive by signal. A new filter or sort
bumps a generation number, so a page read for the old one is dropped when it arrives.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from satchel.client.desk.listing import (
    SubmissionQuery,
    SubmissionRow,
    count_submissions,
    list_submissions,
)
from satchel.client.vault.vault import Vault
from satchel.ui.desktop.desk import words
from satchel.ui.desktop.reporter.words import kind_name
from satchel.ui.desktop.widgets.fingerprint import group_fingerprint, isolate
from satchel.ui.desktop.widgets.table_model import Index, RowsModel, short_time
from satchel.ui.desktop.workers import Jobs

SORT_OF_COLUMN = {0: "received", 1: "kind", 2: "state", 3: "verification", 4: "device"}


class SubmissionModel(RowsModel[SubmissionRow]):
    PAGE = 200
    COLUMNS = 6
    RECEIVED, KIND, STATE, VERIFICATION, DEVICE, TITLE = range(6)
    loaded = Signal()  # a reset or a page arrived
    failed = Signal(object)

    def __init__(self, vault: Vault, jobs: Jobs, parent: Any = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._jobs = jobs
        self._total = 0
        self._generation = 0
        self._fetching = False
        self.query = SubmissionQuery()
        self.pages_read = 0  # how many pages were read from the vault since the last reset

    # -- loading ------------------------------------------------------------------------

    def set_query(self, query: SubmissionQuery) -> None:
        """Filter and sort anew: count, then read the first page."""
        self.query = query
        self._generation += 1
        generation, vault = self._generation, self._vault
        self._fetching = True

        def first() -> tuple[int, list[SubmissionRow]]:
            return count_submissions(vault, query), list_submissions(vault, query, 0, self.PAGE)

        self._jobs.submit(first, lambda result: self._reset(generation, *result),
                          self._failed, owner=self)

    def reload(self) -> None:
        self.set_query(self.query)

    def drop(self) -> None:
        """Forget every row (on lock)."""
        self._generation += 1
        self.beginResetModel()
        self._rows, self._total, self._fetching = [], 0, False
        self.endResetModel()

    def _reset(self, generation: int, total: int, rows: list[SubmissionRow]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows, self._total, self._fetching = rows, total, False
        self.pages_read = 1
        self.endResetModel()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self._fetching = False
        self.failed.emit(error)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, vault, query, offset = self._generation, self._vault, self.query, len(self._rows)
        self._jobs.submit(lambda: list_submissions(vault, query, offset, self.PAGE),
                          lambda rows: self._append(generation, offset, rows),
                          self._failed, owner=self)

    def _append(self, generation: int, offset: int, rows: list[SubmissionRow]) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        self._fetching = False
        if rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self._rows.extend(rows)
            self.pages_read += 1
            self.endInsertRows()
        else:
            self._total = len(self._rows)  # fewer than counted: some were deleted meanwhile
        self.loaded.emit()

    # -- reading --------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return self._total

    @property
    def busy(self) -> bool:
        return self._fetching

    def row(self, row: int) -> SubmissionRow:
        return self._rows[row]

    def row_of(self, submission_id: str) -> int:
        """The row showing `submission_id` among the pages read, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == submission_id), -1)

    def _row_id(self, row: SubmissionRow) -> Any:
        return row.id

    def _text(self, row: SubmissionRow, column: int) -> str:
        if column == self.RECEIVED:
            return short_time(row.received_at)
        if column == self.KIND:
            return kind_name(row.kind)
        if column == self.STATE:
            return words.desk_state(row.desk_state)
        if column == self.VERIFICATION:
            return words.row_verification(row)
        if column == self.DEVICE:
            fingerprint = isolate(group_fingerprint(row.fingerprint)[:19])
            return f"{row.device_label} {fingerprint}".strip()
        return row.title

    def _headers(self) -> list[str]:
        return [self.tr("Received"), self.tr("Kind"), self.tr("State"), self.tr("Verification"),
                self.tr("Device"), self.tr("Title")]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is a new query: SQL orders every row, not just the pages read."""
        key = SORT_OF_COLUMN.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self.query.sort, self.query.descending):
            self.set_query(replace(self.query, sort=key, descending=descending))
