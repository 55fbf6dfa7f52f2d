"""A PDF attachment shown from the decrypted bytes in memory.

QPdfDocument reads from a QBuffer over a QByteArray of the checked bytes: PDFium parses
that buffer in place, so no plaintext file is written (tests point the temp, home and
cache folders at empty ones and check they stay empty). The document keeps reading from
the device while pages are drawn, so the buffer lives exactly as long as the document
holds it; `clear` closes both and drops the bytes when the selection changes or the
workspace locks.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget


class PdfPreview(QPdfView):
    """Every page, one below the other, scaled to the pane's width."""

    def __init__(self, parent: QWidget) -> None:  # QPdfView requires a parent
        super().__init__(parent)
        self.pdf = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.setDocument(self.pdf)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def sizeHint(self) -> QSize:
        # A page of text needs room to be read; the details pane scrolls around it.
        return QSize(super().sizeHint().width(), self.fontMetrics().lineSpacing() * 24)

    def show_bytes(self, data: bytes) -> bool:
        """Load `data`; True when the PDF opened and has at least one page."""
        self.clear()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.pdf.load(buffer)
        if self.pdf.status() != QPdfDocument.Status.Ready or self.pdf.pageCount() < 1:
            self.clear()
            return False
        return True

    def clear(self) -> None:
        """Forget the document and its bytes (selection changed, or the vault locked)."""
        self.pdf.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
            self._buffer = None
