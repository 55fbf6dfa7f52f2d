"""The base of every panel that works on the open vault through the worker pool."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from satchel.client.vault.vault import Vault
from satchel.ui.desktop.i18n import Retranslating
from satchel.ui.desktop.workers import Jobs


class VaultPanel(Retranslating, QWidget):
    """Holds the vault and the jobs that read and write it off the GUI thread; a panel
    never touches the vault on the GUI thread itself (a large vault would freeze it)."""

    def __init__(self, vault: Vault, jobs: Jobs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._jobs = jobs
