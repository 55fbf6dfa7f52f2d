"""Choosing a bridge: none, obfs4, snowflake, meek or custom lines, each with its sentence.

Lines are checked with sync's own rules (`check_bridges`) before any session starts.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QFormLayout, QPlainTextEdit, QSizePolicy, QWidget
from satchel.sync.tor.bridges import TRANSPORTS, check_bridges
from satchel.ui.desktop.connection import words
from satchel.ui.desktop.i18n import Retranslating, set_row_label
from satchel.ui.desktop.widgets import PlainLabel


class _LinesEdit(QPlainTextEdit):
    """Room for about four bridge lines, measured in the current font."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.fontMetrics().lineSpacing() * 5)


@dataclass(frozen=True)
class BridgeChoice:
    transport: str = "none"
    lines: tuple[str, ...] = ()


class BridgeChooser(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        for transport in TRANSPORTS:
            self.kind.addItem("", transport)
        self.sentence = PlainLabel("", self)
        self.lines = _LinesEdit(self)
        self.lines.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.lines.setTabChangesFocus(True)
        form = QFormLayout(self)
        form.addRow("", self.kind)
        form.addRow("", self.sentence)
        form.addRow("", self.lines)
        self._form = form
        self.kind.currentIndexChanged.connect(self._changed)
        self.retranslate()
        self._changed()

    def retranslate(self) -> None:
        self.kind.setAccessibleName(self.tr("Bridge"))
        for index in range(self.kind.count()):
            self.kind.setItemText(index, words.bridge_name(str(self.kind.itemData(index))))
        self.sentence.setAccessibleName(self.tr("About this bridge"))
        self.lines.setAccessibleName(self.tr("Bridge lines"))
        self.lines.setPlaceholderText(self.tr("One bridge line on each line"))
        set_row_label(self._form, self.kind, self.tr("Bridge:"))
        set_row_label(self._form, self.lines, self.tr("Bridge lines:"))

    def _changed(self) -> None:
        transport = self.transport()
        self.sentence.say(lambda: words.bridge_sentence(transport))
        self._form.setRowVisible(self.lines, transport != "none")

    def transport(self) -> str:
        return str(self.kind.currentData())

    def set_transport(self, transport: str) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(transport), 0))

    def set_choice(self, choice: BridgeChoice) -> None:
        """Show a stored choice (from the vault's settings)."""
        self.set_transport(choice.transport)
        self.lines.setPlainText("\n".join(choice.lines))

    def choice(self) -> BridgeChoice:
        """The chosen bridges; TorSettingsError (one sentence) when the lines do not fit."""
        transport = self.transport()
        lines = tuple(x.strip() for x in self.lines.toPlainText().splitlines() if x.strip())
        if transport == "none":
            lines = ()
        check_bridges(transport, lines)
        return BridgeChoice(transport, lines)
