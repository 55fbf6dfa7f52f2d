"""Attachments of the report being written: a model, and a view that takes files by
dialog, drag & drop or paste, each with what happens to its hidden information.

Pasted pictures (raw image data, not a file) are refused with a sentence: ingest reads
a file, and Satchel writes no plaintext temporary file to hold one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget
from satchel.client.reports.ingest import attachment_name
from satchel.ui.desktop.i18n import Retranslating, isolate, refresh_headers

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Attachment:
    name: str
    status: str
    path: Path | None = None  # set while the attachment is not stored yet


class AttachmentModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[Attachment] = []

    def set_items(self, items: list[Attachment]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def add(self, path: Path, status: str) -> int:
        row = len(self.items)
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.append(Attachment(attachment_name(path.name), status, path))
        self.endInsertRows()
        return row

    def set_status(self, path: Path, status: str) -> None:
        for row, item in enumerate(self.items):
            if item.path == path:
                self.items[row] = replace(item, status=status)
                self.dataChanged.emit(self.index(row, 1), self.index(row, 1))

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.items[row]
        self.endRemoveRows()

    def paths(self) -> list[Path]:
        return [i.path for i in self.items if i.path is not None]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        item = self.items[index.row()]
        return isolate(item.name) if index.column() == 0 else item.status

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("File"), self.tr("Hidden information")][section] if section in (0, 1) else None


def local_files(mime: QMimeData) -> list[Path]:
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile() and Path(u.toLocalFile()).is_file()]


class AttachmentView(Retranslating, QTableView):
    """Files dropped or pasted here are offered through `files_added`."""

    files_added = Signal(list)
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Attachments"))
        self.setAccessibleDescription(self.tr("Drop files here, or paste them."))
        refresh_headers(self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.files_added.emit(files)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        super().keyPressEvent(event)

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        files = local_files(mime) if mime is not None else []
        if files:
            self.files_added.emit(files)
        elif mime is not None and mime.hasImage():
            self.refused.emit(self.tr("Save the picture as a file first, then add the file."))
