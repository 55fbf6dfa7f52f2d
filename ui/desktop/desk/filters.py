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
from satchel.ui.desktop.widgets.fingerprint import group_fingerprint, isolate

DAY = 86400


def _combo(parent: QWidget, name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    return combo


class FilterBar(QWidget):
    changed = Signal()  # read the new filter with query()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = _combo(self, self.tr("Filter by state"))
        self.state.addItem(self.tr("Any state"), None)
        for state in words.STATES:
            self.state.addItem(words.desk_state(state), state)
        self.kind = _combo(self, self.tr("Filter by kind"))
        self.device = _combo(self, self.tr("Filter by device"))
        self.verification = _combo(self, self.tr("Filter by verification"))
        for text, value in ((self.tr("Any check"), None), (self.tr("Verified"), "verified"),
                            (self.tr("Failed"), "failed"), (self.tr("Not checked yet"), "unchecked")):
            self.verification.addItem(text, value)
        self.recent = _combo(self, self.tr("Filter by date received"))
        for text, days in ((self.tr("Any date"), None), (self.tr("Last 24 hours"), 1),
                           (self.tr("Last 7 days"), 7), (self.tr("Last 30 days"), 30)):
            self.recent.addItem(text, days)
        self.set_choices([], [])
        grid = QGridLayout(self)  # two rows of three, so a narrow window still fits
        grid.setContentsMargins(0, 0, 0, 0)
        for i, (label, combo) in enumerate(((self.tr("State"), self.state),
                                            (self.tr("Kind"), self.kind),
                                            (self.tr("Device"), self.device),
                                            (self.tr("Check"), self.verification),
                                            (self.tr("Received"), self.recent))):
            caption = QLabel(label, self)
            caption.setBuddy(combo)
            grid.addWidget(caption, i // 3, 2 * (i % 3))
            grid.addWidget(combo, i // 3, 2 * (i % 3) + 1)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        for combo in self.combos():
            combo.currentIndexChanged.connect(self._emit)

    def combos(self) -> list[QComboBox]:
        """The menus in reading order."""
        return [self.state, self.kind, self.device, self.verification, self.recent]

    def set_choices(self, kinds: list[str], devices: list[Device]) -> None:
        """Refill the kind and device menus, keeping the current choices where they remain."""
        for combo, items in (
            (self.kind, [(self.tr("Any kind"), None)] + [(k, k) for k in kinds]),
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
