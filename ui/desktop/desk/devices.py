"""The device registry: every device that signed a submission, trusted, new or revoked.

Trusting (enrolling, with a name) and revoking both go through the comparison dialog;
the change is client.desk.store.set_device_status, the call `satchel desk devices` makes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from satchel.client.desk.listing import Device, list_devices
from satchel.client.desk.store import set_device_status
from satchel.client.vault.vault import Vault
from satchel.ui.desktop.desk import words
from satchel.ui.desktop.desk.compare_dialog import CompareDialog
from satchel.ui.desktop.i18n import refresh_headers, set_words
from satchel.ui.desktop.widgets import ErrorBar
from satchel.ui.desktop.widgets.fingerprint import group_fingerprint, isolate
from satchel.ui.desktop.widgets.focus import tab_order
from satchel.ui.desktop.widgets.layout import button_row, stack
from satchel.ui.desktop.widgets.table_model import RowsModel
from satchel.ui.desktop.widgets.vault_panel import VaultPanel
from satchel.ui.desktop.widgets.views import rows_table
from satchel.ui.desktop.workers import Jobs


class DeviceModel(RowsModel[Device]):
    COLUMNS = 3
    ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
    NAME, STATUS, FINGERPRINT = range(3)

    def set_devices(self, devices: list[Device]) -> None:
        self._replace_rows(devices)

    def device(self, row: int) -> Device:
        return self._rows[row]

    def _text(self, row: Device, column: int) -> str:
        if column == self.NAME:
            return row.label or self.tr("(no name)")
        if column == self.STATUS:
            return words.device_status(row.status)
        return isolate(group_fingerprint(row.fingerprint))

    def _headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Status"), self.tr("Fingerprint")]


class DevicesPanel(VaultPanel):
    changed = Signal(str)  # the fingerprint of a device trusted or revoked

    def __init__(self, vault: Vault, jobs: Jobs, parent: QWidget | None = None) -> None:
        super().__init__(vault, jobs, parent)
        self.dialog: CompareDialog | None = None
        self.model = DeviceModel(self)
        self.view = rows_table(self, self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.trust_button = QPushButton(self)
        self.revoke_button = QPushButton(self)
        self.errors = ErrorBar(self)
        self.trust_button.clicked.connect(lambda: self.ask("trust"))
        self.revoke_button.clicked.connect(lambda: self.ask("revoke"))
        layout = stack(QVBoxLayout(self), self.errors, button_row(self.trust_button, self.revoke_button))
        layout.addWidget(self.view, 1)
        tab_order(self.trust_button, self.revoke_button, self.view)  # as laid out
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Devices"))
        set_words(self.trust_button, self.tr("Trust…"), self.tr("Trust the selected device"))
        set_words(self.revoke_button, self.tr("Revoke…"), self.tr("Revoke the selected device"))
        refresh_headers(self.view)
        self.view.viewport().update()  # statuses in the new language

    def refresh(self) -> None:
        vault = self._vault
        self._jobs.submit(lambda: list_devices(vault), self.model.set_devices,
                          self.errors.show_error, owner=self)

    def ask(self, action: str) -> None:
        """Open the comparison dialog for the selected device; apply only on Confirm."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            self.errors.show_message(self.tr("Choose a device in the list first."))
            return
        device = self.model.device(rows[0].row())
        self.dialog = CompareDialog(device.fingerprint, action, device.label, self)
        self.dialog.accepted.connect(lambda: self._apply(device, action))
        self.dialog.open()

    def _apply(self, device: Device, action: str) -> None:
        assert self.dialog is not None
        vault, label = self._vault, self.dialog.device_label() or None
        status = "trusted" if action == "trust" else "revoked"
        self._jobs.submit(lambda: set_device_status(vault, device.fingerprint, status, label),
                          lambda _none: self._changed(device.fingerprint), self.errors.show_error, owner=self)

    def _changed(self, fingerprint: str) -> None:
        self.refresh()
        self.changed.emit(fingerprint)
