"""The settings kept inside the vault (satchel.client.settings): locking and bridges.

Shown only with the vault unlocked, on the workspace's Settings tab. "Save" hands the
new VaultSettings to the shell, which writes them on the worker pool and uses them at
once (idle time, "immediately", lock on minimise; the bridges for the next connection).
Bridge lines are checked with sync's rules before they are saved.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from satchel.client.settings import IDLE_CHOICES, IDLE_IMMEDIATELY, IDLE_NEVER, VaultSettings
from satchel.sync.tor.errors import TorSettingsError
from satchel.ui.desktop.connection.bridges import BridgeChoice, BridgeChooser
from satchel.ui.desktop.i18n import Retranslating, set_row, set_words
from satchel.ui.desktop.widgets import ErrorBar
from satchel.ui.desktop.widgets.announce import announce


class VaultSettingsPage(Retranslating, QWidget):
    """Emits `save_requested(VaultSettings)`; `show_settings()` fills it from the vault."""

    save_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = VaultSettings()
        self.locking = QGroupBox(self)
        self.idle = QComboBox(self.locking)
        for minutes in IDLE_CHOICES:
            self.idle.addItem("", minutes)
        self.on_minimise = QCheckBox(self.locking)
        form = QFormLayout(self.locking)
        form.addRow("", self.idle)
        form.addRow(self.on_minimise)
        self._form = form
        self.bridge_group = QGroupBox(self)
        self.bridges = BridgeChooser(self.bridge_group)
        QVBoxLayout(self.bridge_group).addWidget(self.bridges)
        self.save = QPushButton(self)
        self.errors = ErrorBar(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.locking, self.bridge_group, self.errors, self.save):
            layout.addWidget(widget)
        self.save.clicked.connect(self._save)
        self.retranslate()
        self.show_settings(self.settings)

    def retranslate(self) -> None:
        self.locking.setTitle(self.tr("Locking (kept in this vault)"))
        for index in range(self.idle.count()):
            self.idle.setItemText(index, self._idle_words(int(self.idle.itemData(index))))
        set_row(self._form, self.idle, self.tr("Lock automatically:"), self.tr("Lock automatically"))
        set_words(self.on_minimise, self.tr("Lock when the window is minimised"),
                  self.tr("Lock when the window is minimised"))
        self.bridge_group.setTitle(self.tr("Bridges (kept in this vault)"))
        set_words(self.save, self.tr("Save settings"), self.tr("Save settings"))

    def _idle_words(self, minutes: int) -> str:
        if minutes == IDLE_IMMEDIATELY:
            return self.tr("Immediately, when I leave the window")
        if minutes == IDLE_NEVER:
            return self.tr("Never for idleness")
        return self.tr("After %n minute(s) without use", "", minutes)

    def show_settings(self, settings: VaultSettings) -> None:
        self.settings = settings
        self.idle.setCurrentIndex(max(self.idle.findData(settings.idle_minutes), 0))
        self.on_minimise.setChecked(settings.lock_on_minimise)
        self.bridges.set_choice(BridgeChoice(settings.bridge_transport, settings.bridge_lines))
        self.errors.clear()

    def chosen(self) -> VaultSettings:
        """The settings as shown; raises TorSettingsError for bridge lines that do not parse."""
        choice = self.bridges.choice()
        return replace(self.settings, idle_minutes=int(self.idle.currentData()),
                       lock_on_minimise=self.on_minimise.isChecked(),
                       bridge_transport=choice.transport, bridge_lines=choice.lines)

    def _save(self) -> None:
        try:
            settings = self.chosen()
        except TorSettingsError as e:
            self.errors.show_message(str(e))
            return
        self.errors.clear()
        self.settings = settings
        self.save_requested.emit(settings)
        announce(self, self.tr("Settings saved."))
