"""Attachments of the report being written: a model, and a view that takes files by
dialog, drag & drop or paste, each with what happens to its hidden information.

Pasted pictures (raw image data, not a file) are refused with a sentence: ingest reads
a file, and Satchel writes no plaintext temporary file to hold one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget
from satchel.client.reports.ingest import attachment_name
from satchel.ui.desktop.i18n import Retranslating, isolate, refresh_headers
from satchel.ui.desktop.widgets.table_model import RowsModel


@dataclass(frozen=True)
class Attachment:
    name: str
    status: str
    path: Path | None = None  # set while the attachment is not stored yet


class AttachmentModel(RowsModel[Attachment]):
    COLUMNS = 2
    ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)

    @property
    def items(self) -> list[Attachment]:
        return self._rows

    def set_items(self, items: list[Attachment]) -> None:
        self._replace_rows(items)

    def add(self, path: Path, status: str) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(Attachment(attachment_name(path.name), status, path))
        self.endInsertRows()
        return row

    def set_status(self, path: Path, status: str) -> None:
        for row, item in enumerate(self._rows):
            if item.path == path:
                self._rows[row] = replace(item, status=status)
                self.dataChanged.emit(self.index(row, 1), self.index(row, 1))

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def paths(self) -> list[Path]:
        return [i.path for i in self._rows if i.path is not None]

    def _text(self, row: Attachment, column: int) -> str:
        return isolate(row.name) if column == 0 else row.status

    def _headers(self) -> list[str]:
        return [self.tr("File"), self.tr("Hidden information")]


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
