"""The report list as a table model, newest first, revealed in pages by fetchMore.

The rows come from `client.reports.list_reports` (read on the worker pool); the view
only ever asks for the rows it shows, so 10,000 reports stay smooth.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from satchel.ui.desktop.reporter import words
from satchel.ui.desktop.widgets.table_model import ID_ROLE, Index, RowsModel, short_time

__all__ = ["ID_ROLE", "ReportListModel"]

Report = dict[str, Any]


class ReportListModel(RowsModel[Report]):
    PAGE = 200
    COLUMNS = 4
    TITLE, STATE, CREATED, FILES = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._shown_rows = 0

    def set_reports(self, reports: list[Report]) -> None:
        self.beginResetModel()
        self._rows = list(reversed(reports))
        self._shown_rows = min(self.PAGE, len(self._rows))
        self.endResetModel()

    def clear(self) -> None:
        self.set_reports([])

    @property
    def total(self) -> int:
        return len(self._rows)

    def report_id(self, row: int) -> str:
        return str(self._rows[row]["id"])

    def row_of(self, report_id: str) -> int:
        for row in range(self._shown_rows):
            if self._rows[row]["id"] == report_id:
                return row
        return -1

    def _shown(self) -> int:
        return self._shown_rows

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown_rows < len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = min(self.PAGE, len(self._rows) - self._shown_rows)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown_rows, self._shown_rows + more - 1)
        self._shown_rows += more
        self.endInsertRows()

    def _row_id(self, row: Report) -> Any:
        return row["id"]

    def _text(self, row: Report, column: int) -> str:
        if column == self.TITLE:
            return str(row["title"])
        if column == self.STATE:
            return words.report_state(str(row["state"]))
        if column == self.CREATED:
            return short_time(int(row["created_at"]))
        return str(row["attachments"])

    def _headers(self) -> list[str]:
        return [self.tr("Title"), self.tr("State"), self.tr("Written"), self.tr("Files")]
