"""The outbox: every sealed report and its state in words, with upload progress.

Rows come from the same snapshot as the report list; session events
(satchel.sync.service.events) move the progress. A report that leaves the vault after
its delivery was confirmed stays listed as "Delivered and erased" until the next lock.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from satchel.sync.service.events import EnvelopeOutcome, EnvelopeProgress, Event, Finished
from satchel.ui.desktop.reporter import words
from satchel.ui.desktop.reporter.queries import Snapshot
from satchel.ui.desktop.widgets.table_model import RowsModel

Report = dict[str, Any]


class OutboxModel(RowsModel[Report]):
    """Rows: sealed reports, newest first. `refresh_wanted` asks for a new snapshot."""

    COLUMNS = 2
    ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)

    refresh_wanted = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._envelopes: dict[str, tuple[str, int]] = {}
        self._done: dict[str, int] = {}
        self._deleted: set[str] = set()

    def set_snapshot(self, snap: Snapshot) -> None:
        current = [r for r in reversed(snap.reports) if r["state"] != "draft"]
        ids = {r["id"] for r in current}
        erased = [dict(r, state="erased") for r in self._rows
                  if r["id"] not in ids and r["id"] not in self._deleted]
        self.beginResetModel()
        self._rows = erased + current
        self._envelopes = dict(snap.envelopes)
        self._done = {s: d for s, d in self._done.items() if s in self._envelopes}
        self.endResetModel()

    def forget(self, report_id: str) -> None:
        """The person deleted this report: it was not delivered, do not say it was."""
        self._deleted.add(report_id)

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._envelopes, self._done, self._deleted = [], {}, {}, set()
        self.endResetModel()

    def on_event(self, event: Event) -> None:
        if isinstance(event, EnvelopeProgress) and event.sha256 in self._envelopes:
            self._done[event.sha256] = event.done
            row = self._row_of(self._envelopes[event.sha256][0])
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, 1))
        elif isinstance(event, EnvelopeOutcome | Finished):
            self.refresh_wanted.emit()

    def _row_of(self, report_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r["id"] == report_id), -1)

    def percent(self, report_id: str) -> int | None:
        mine = [(s, size) for s, (rid, size) in self._envelopes.items() if rid == report_id]
        if not any(s in self._done for s, _ in mine):
            return None
        total = sum(size for _, size in mine) or 1
        done = sum(min(self._done.get(s, 0), size) for s, size in mine)
        return min(100, 100 * done // total)

    def _state_words(self, report: Report) -> str:
        state = str(report["state"])
        percent = self.percent(str(report["id"])) if state in ("queued", "uploading") else None
        if percent is not None and percent < 100:
            return words.report_state("uploading", percent)
        return words.report_state(state)

    def _text(self, row: Report, column: int) -> Any:
        return row["title"] if column == 0 else self._state_words(row)

    def _headers(self) -> list[str]:
        return [self.tr("Report"), self.tr("State")]
