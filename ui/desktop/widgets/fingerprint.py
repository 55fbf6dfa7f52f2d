"""Fingerprints in groups of four, inside bidi isolation so right-to-left text never
reorders them (see satchel.ui.desktop.i18n.bidi)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QWidget
from satchel.ui.desktop.i18n import Retranslating
from satchel.ui.desktop.i18n.bidi import FSI, PDI, isolate
from satchel.ui.desktop.widgets.plain_label import PlainLabel

__all__ = ["FSI", "PDI", "FingerprintLabel", "group_fingerprint", "isolate"]


def group_fingerprint(fingerprint: str, size: int = 4) -> str:
    """'ABCDEFGH...' or 'ABCD EFGH ...' as groups of `size`, separated by spaces."""
    compact = "".join(fingerprint.split()).upper()
    return " ".join(compact[i : i + size] for i in range(0, len(compact), size))


class FingerprintLabel(Retranslating, PlainLabel):
    """A fingerprint in groups of four, monospaced, left to right in any language."""

    def __init__(self, fingerprint: str = "", parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.setFont(font)
        self.set_fingerprint(fingerprint)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Fingerprint"))

    def set_fingerprint(self, fingerprint: str) -> None:
        self.fingerprint = group_fingerprint(fingerprint)
        self.setText(isolate(self.fingerprint) if self.fingerprint else "")
        self.setAccessibleDescription(self.fingerprint)
