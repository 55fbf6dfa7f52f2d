"""The one way the window's tables answer their views: rows in a list, words per cell.

Every list of the window (reports, outbox, attachments, submissions, devices) is a
model over a Python list of rows. `RowsModel` holds that list and answers Qt's
questions (how many rows and columns, which words in a cell, which header); a
subclass says only how a row reads in each column (`_text`) and names its columns
(`_headers`, in its own `self.tr()` so each table keeps its translation context).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QDateTime, QLocale, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
              Qt.ItemDataRole.ToolTipRole)
Row = TypeVar("Row")


def short_time(seconds: int) -> str:
    """A time in the locale's short form, as every table shows it."""
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(seconds), QLocale.FormatType.ShortFormat)


class RowsModel(QAbstractTableModel, Generic[Row]):
    """A flat table over `self._rows`; subclasses set COLUMNS and the roles they answer."""

    COLUMNS: ClassVar[int] = 1
    ROLES: ClassVar[tuple[Qt.ItemDataRole, ...]] = TEXT_ROLES

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def _replace_rows(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def _shown(self) -> int:
        """How many rows the view sees (a paging model shows fewer than it holds)."""
        return len(self._rows)

    def _text(self, row: Row, column: int) -> Any:
        raise NotImplementedError

    def _headers(self) -> list[str]:
        raise NotImplementedError

    def _row_id(self, row: Row) -> Any:
        """What ID_ROLE answers: None for a table whose rows need no id."""
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown():
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return self._row_id(row)
        if role not in self.ROLES:
            return None
        return self._text(row, index.column())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = self._headers()
        return names[section] if 0 <= section < len(names) else None
