"""The settings screen in its two places.

Before unlock (`with_vault=False`): the display group and a "Back" button, reached from
the unlock screen; nothing here can read or reveal the vault. After unlock
(`with_vault=True`): a tab of the workspace with the display group and the vault's own
settings; the shell deletes it with the workspace on lock.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget
from satchel.ui.desktop.i18n import Retranslating
from satchel.ui.desktop.settings.display import DisplaySettings
from satchel.ui.desktop.settings.vault_page import VaultSettingsPage
from satchel.ui.desktop.widgets.scrolling import scrolling
from satchel.ui.desktop.workers import Jobs


class SettingsScreen(Retranslating, QWidget):
    back = Signal()

    def __init__(self, prefs_path: Path, jobs: Jobs, parent: QWidget | None = None, *,
                 with_vault: bool) -> None:
        super().__init__(parent)
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        self.display = DisplaySettings(prefs_path, jobs, inner)
        column.addWidget(self.display)
        self.vault_page = VaultSettingsPage(inner) if with_vault else None
        if self.vault_page is not None:
            column.addWidget(self.vault_page)
        column.addStretch(1)
        scroll = scrolling(inner, self)  # no Tab stop of its own
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        self.back_button: QPushButton | None = None
        if not with_vault:
            self.back_button = QPushButton(self)
            self.back_button.clicked.connect(self.back)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.back_button)
            layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Settings"))
        if self.back_button is not None:
            self.back_button.setText(self.tr("Back to unlock"))
            self.back_button.setAccessibleName(self.tr("Back to unlock"))
