"""The courier's workspace: only how many items are held and their total size.

A courier cannot read what it carries and must not be able to guess it, so this screen
shows a count and a size (client.outbox.holdings), never a hash, date or name. Sticks go
both ways through the shared StickPanel (envelopes onward, receipts back to their
senders); uploading over Tor is the connection panel's session, which the shell adds as
a tab; each of its outcomes refreshes the count.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget
from satchel.client.outbox.holdings import Holdings, holdings
from satchel.client.vault.vault import Vault
from satchel.sync.service.events import EnvelopeOutcome, Event, Finished
from satchel.ui.desktop.widgets import ErrorBar, PlainLabel
from satchel.ui.desktop.widgets.layout import stack
from satchel.ui.desktop.widgets.stick_panel import StickPanel
from satchel.ui.desktop.widgets.vault_panel import VaultPanel
from satchel.ui.desktop.workers import Jobs


class CourierWorkspace(VaultPanel):
    refreshed = Signal(object)  # Holdings

    def __init__(self, vault: Vault, jobs: Jobs, parent: QWidget | None = None) -> None:
        super().__init__(vault, jobs, parent)
        self.held: Holdings | None = None
        self.summary = PlainLabel("", self)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.summary.setFont(font)
        self.explain = PlainLabel("", self)
        self.errors = ErrorBar(self)
        self.sticks = StickPanel(vault, jobs, self)
        self.sticks.done.connect(lambda _outcome: self.refresh())
        carry = QWidget(self)
        stack(QVBoxLayout(carry), self.summary, self.explain, self.errors, self.sticks, stretch=True)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(carry, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Courier"))
        self.summary.setAccessibleName(self.tr("What you carry"))
        self.explain.setText(self.tr(
            "Everything you carry is sealed: you cannot read it, and nobody can read it "
            "from you. Pass it on by stick or upload it when you have a connection; "
            "receipts travel back the same way so senders can erase their copies."))
        self.explain.setAccessibleName(self.tr("About carrying"))
        self.tabs.setAccessibleName(self.tr("Workspace"))
        self.tabs.setTabText(0, self.tr("Carry"))

    def refresh(self) -> None:
        vault = self._vault
        self._jobs.submit(lambda: holdings(vault), self._show, self.errors.show_error, owner=self)

    def _show(self, held: Holdings) -> None:
        self.held = held
        self.summary.say(lambda: self._summary(held))
        self.refreshed.emit(held)

    def _summary(self, held: Holdings) -> str:
        if held.items == 0:
            return self.tr("You carry nothing at the moment.")
        size = QLocale().formattedDataSize(held.size)
        return self.tr("You carry %n item(s), %1 in all.", "", held.items).replace("%1", size)

    def on_event(self, event: Event) -> None:
        """An upload session's outcome changes what is held."""
        if isinstance(event, EnvelopeOutcome | Finished):
            self.refresh()
