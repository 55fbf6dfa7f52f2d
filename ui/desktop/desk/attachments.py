"""A submission's attachments: a list, a preview from memory, and "Save a copy".

Images and PDFs are decrypted into memory on the worker pool
(client.desk.detail.read_attachment): an image is drawn with QImage.loadFromData, a PDF by
QtPdf from a QBuffer (pdf_preview.py); no plaintext file, no thumbnail cache. Any other
file is said plainly to have no preview here, with "Save a copy": an explicit export to a
folder the person chooses.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from satchel.client.desk.detail import read_attachment, save_attachment
from satchel.client.vault.vault import Vault
from satchel.crypto.manifest import AttachmentEntry
from satchel.ui.desktop.desk.pdf_preview import PdfPreview
from satchel.ui.desktop.i18n import set_words
from satchel.ui.desktop.widgets import ErrorBar, PlainLabel
from satchel.ui.desktop.widgets.ask import ask_folder
from satchel.ui.desktop.widgets.fingerprint import isolate
from satchel.ui.desktop.widgets.table_model import RowsModel
from satchel.ui.desktop.widgets.vault_panel import VaultPanel
from satchel.ui.desktop.widgets.views import one_at_a_time
from satchel.ui.desktop.workers import Jobs

IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp")
PDF_TYPE = "application/pdf"


class AttachmentListModel(RowsModel[AttachmentEntry]):
    ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)

    def set_attachments(self, entries: tuple[AttachmentEntry, ...]) -> None:
        self._replace_rows(entries)

    def entry(self, row: int) -> AttachmentEntry:
        return self._rows[row]

    def _text(self, row: AttachmentEntry, column: int) -> str:
        return f"{isolate(row.name)} ({QLocale().formattedDataSize(row.size)})"

    def _headers(self) -> list[str]:
        return []  # a list: no header


class AttachmentPane(VaultPanel):
    previewed = Signal(str)  # "image", "pdf" or "none"
    saved = Signal(object)  # the Path written

    def __init__(self, vault: Vault, jobs: Jobs, parent: QWidget | None = None) -> None:
        super().__init__(vault, jobs, parent)
        self.submission_id: str | None = None
        self.model = AttachmentListModel(self)
        self.view = one_at_a_time(QListView(self), self.model)
        self.view.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pdf = PdfPreview(self)
        self.pdf.hide()  # shown only while a PDF is selected
        self.note = PlainLabel("", self)
        self.save_button = QPushButton(self)
        self.save_button.setEnabled(False)
        self.errors = ErrorBar(self)
        self.view.selectionModel().currentRowChanged.connect(self._selected)
        self.save_button.clicked.connect(self._ask_folder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.errors)
        layout.addWidget(self.image, 1)
        layout.addWidget(self.pdf, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.save_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Attachments"))
        self.image.setAccessibleName(self.tr("Attachment preview"))
        self.pdf.setAccessibleName(self.tr("PDF preview"))
        self.note.setAccessibleName(self.tr("About the preview"))
        set_words(self.save_button, self.tr("Save a copy…"), self.tr("Save a copy of the attachment"))

    def show_attachments(self, submission_id: str | None,
                         entries: tuple[AttachmentEntry, ...]) -> None:
        self.submission_id = submission_id
        self.model.set_attachments(entries)
        self._clear_preview()
        self.save_button.setEnabled(False)
        if entries:
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _clear_preview(self) -> None:
        self.image.clear()
        self.pdf.clear()
        self.pdf.hide()
        self.image.show()
        self.note.setText("")
        self.errors.clear()

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._clear_preview()
        if not current.isValid() or self.submission_id is None:
            return
        self.save_button.setEnabled(True)
        entry, index, sid, vault = self.model.entry(current.row()), current.row(), \
            self.submission_id, self._vault
        if entry.media_type not in (*IMAGE_TYPES, PDF_TYPE):
            self._no_preview(entry)
            return
        self._jobs.submit(lambda: read_attachment(vault, sid, index),
                          lambda data: self._draw(sid, index, entry, data), self._failed, owner=self)

    def _draw(self, sid: str, index: int, entry: AttachmentEntry, data: bytes) -> None:
        if sid != self.submission_id or index != self.view.currentIndex().row():
            return  # the selection moved on while the attachment was decrypting
        if entry.media_type == PDF_TYPE:
            self._draw_pdf(entry, data)
            return
        image = QImage()
        if not image.loadFromData(data):
            self._no_preview(entry)
            return
        pixmap = QPixmap.fromImage(image)
        width = max(64, self.width() - 24)
        if pixmap.width() > width:
            pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.image.setPixmap(pixmap)
        self._shown("image")

    def _draw_pdf(self, entry: AttachmentEntry, data: bytes) -> None:
        if not self.pdf.show_bytes(data):
            self._no_preview(entry)
            return
        self.image.hide()
        self.pdf.show()
        self._shown("pdf")

    def _shown(self, kind: str) -> None:
        self.note.say(lambda: self.tr("Shown from memory; checked against the signed hash."))
        self.previewed.emit(kind)

    def _no_preview(self, entry: AttachmentEntry) -> None:
        self.note.say(lambda: self.tr("This file cannot be shown inside Satchel. Use \"Save a "
                                      "copy\" to open it with another program."))
        self.previewed.emit("none")

    def _failed(self, error: BaseException) -> None:
        self.errors.show_error(error)
        self.previewed.emit("none")

    def _ask_folder(self) -> None:
        ask_folder(self, self.tr("Choose where to save a copy"), self.save_copy)

    def save_copy(self, folder: Path) -> None:
        """Write the selected attachment into `folder` (the explicit export)."""
        current = self.view.currentIndex()
        if not current.isValid() or self.submission_id is None:
            return
        vault, sid, index = self._vault, self.submission_id, current.row()
        self._jobs.submit(lambda: save_attachment(vault, sid, index, folder), self._saved,
                          self.errors.show_error, owner=self)

    def _saved(self, path: Path) -> None:
        self.note.say(lambda: self.tr("Saved a copy as %1.").replace("%1", isolate(str(path))))
        self.saved.emit(path)
