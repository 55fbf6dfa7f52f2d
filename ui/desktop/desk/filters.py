"""The submissions filter: state, kind, device, verification and how recent.

Each choice becomes a field of client.desk.listing.SubmissionQuery; the SQL does the rest,
so a filter never needs every row in memory.
"""

from __future__ import annotations

import time
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget
from satchel.client.desk.listing import Device, SubmissionQuery
from satchel.ui.desktop.desk import words
from satchel.ui.desktop.i18n import Retranslating
from satchel.ui.desktop.reporter.words import kind_name
from satchel.ui.desktop.widgets.fingerprint import group_fingerprint, isolate

DAY = 86400


class FilterBar(Retranslating, QWidget):
    changed = Signal()  # read the new filter with query()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.kind, self.device, self.verification, self.recent = (
            QComboBox(self) for _ in range(5))
        for value in (None, *words.STATES):
            self.state.addItem("", value)
        for value in (None, "verified", "failed", "unchecked"):
            self.verification.addItem("", value)
        for days in (None, 1, 7, 30):
            self.recent.addItem("", days)
        self.captions = [QLabel(self) for _ in range(5)]
        self.set_choices([], [])
        grid = QGridLayout(self)  # two rows of three, so a narrow window still fits
        grid.setContentsMargins(0, 0, 0, 0)
        for i, (caption, combo) in enumerate(zip(self.captions, self.combos(), strict=True)):
            caption.setBuddy(combo)
            grid.addWidget(caption, i // 3, 2 * (i % 3))
            grid.addWidget(combo, i // 3, 2 * (i % 3) + 1)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        for combo in self.combos():
            combo.currentIndexChanged.connect(self._emit)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            self.state: [self.tr("Any state"), *words.desk_states().values()],
            self.verification: [self.tr("Any check"), self.tr("Verified"), self.tr("Failed"),
                                self.tr("Not checked yet")],
            self.recent: [self.tr("Any date"), self.tr("Last 24 hours"), self.tr("Last 7 days"),
                          self.tr("Last 30 days")],
            self.kind: [self.tr("Any kind")], self.device: [self.tr("Any device")],
        }
        for combo, items in texts.items():
            for i, text in enumerate(items):
                combo.setItemText(i, text)
        names = (self.tr("Filter by state"), self.tr("Filter by kind"), self.tr("Filter by device"),
                 self.tr("Filter by verification"), self.tr("Filter by date received"))
        captions = (self.tr("State"), self.tr("Kind"), self.tr("Device"), self.tr("Check"),
                    self.tr("Received"))
        for combo, caption, name, text in zip(self.combos(), self.captions, names, captions,
                                              strict=True):
            combo.setAccessibleName(name)
            caption.setText(text)

    def combos(self) -> list[QComboBox]:
        """The menus in reading order."""
        return [self.state, self.kind, self.device, self.verification, self.recent]

    def set_choices(self, kinds: list[str], devices: list[Device]) -> None:
        """Refill the kind and device menus, keeping the current choices where they remain."""
        for combo, items in (
            (self.kind, [(self.tr("Any kind"), None)] + [(kind_name(k), k) for k in kinds]),
            (self.device, [(self.tr("Any device"), None)] + [
                (f"{d.label} {isolate(group_fingerprint(d.fingerprint)[:19])}".strip(),
                 d.fingerprint) for d in devices]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def query(self, sort_from: SubmissionQuery | None = None) -> SubmissionQuery:
        """The filter as a query, keeping the sort of `sort_from`."""
        base = sort_from or SubmissionQuery()
        days = self.recent.currentData()
        since = int(time.time()) - int(days) * DAY if days else None
        return replace(base, state=self.state.currentData(), kind=self.kind.currentData(),
                       device=self.device.currentData(),
                       verification=self.verification.currentData(), since=since)

    def _emit(self) -> None:
        self.changed.emit()
