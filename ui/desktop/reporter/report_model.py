"""The report list as a table model, newest first, revealed in pages by fetchMore.

The rows come from `client.reports.list_reports` (read on the worker pool); the view
only ever asks for the rows it shows, so 10,000 reports stay smooth.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from satchel.ui.desktop.reporter import words

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ReportListModel(QAbstractTableModel):
    PAGE = 200
    TITLE, STATE, CREATED, FILES = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._shown = 0

    def set_reports(self, reports: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(reversed(reports))
        self._shown = min(self.PAGE, len(self._rows))
        self.endResetModel()

    def clear(self) -> None:
        self.set_reports([])

    @property
    def total(self) -> int:
        return len(self._rows)

    def report_id(self, row: int) -> str:
        return str(self._rows[row]["id"])

    def row_of(self, report_id: str) -> int:
        for row in range(self._shown):
            if self._rows[row]["id"] == report_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = min(self.PAGE, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row["id"]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        return self._text(row, index.column())

    def _text(self, row: dict[str, Any], column: int) -> str:
        if column == self.TITLE:
            return str(row["title"])
        if column == self.STATE:
            return words.report_state(str(row["state"]))
        if column == self.CREATED:
            when = QDateTime.fromSecsSinceEpoch(int(row["created_at"]))
            return QLocale().toString(when, QLocale.FormatType.ShortFormat)
        return str(row["attachments"])

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [self.tr("Title"), self.tr("State"), self.tr("Written"), self.tr("Files")]
        return names[section] if 0 <= section < len(names) else None
