"""Receiving at the desk: "Pull now", pulling while the window is open, and sticks.

Pulls drive the same session as `satchel desk pull` (sync.service.pulling.pull_session),
kept going while "Pull automatically" is on: it pulls, then waits on its CancelToken
until the next poll or until "Pull now" wakes it. It runs on a worker thread of its own
with the vault's twin connection (one SQLCipher connection must not carry two threads'
transactions), which it locks when it ends. With automatic pulling off, "Pull now" runs
one pass. Stop cancels: what was pulled is kept and the rest stays on the inbox.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from satchel.client.vault.vault import Vault
from satchel.sync.service.cancel import CancelToken
from satchel.sync.service.events import EnvelopeOutcome, Event, Listener, Retrying
from satchel.sync.service.pulling import pull_session
from satchel.sync.service.route import Route
from satchel.sync.transport.pull import PullOutcome
from satchel.ui.desktop.i18n import Retranslating, set_words
from satchel.ui.desktop.widgets import ErrorBar, PlainLabel
from satchel.ui.desktop.widgets.announce import announce
from satchel.ui.desktop.widgets.stick_panel import StickPanel
from satchel.ui.desktop.workers import EventBridge, Jobs

RouteFactory = Callable[[], Route]
ARRIVED = ("submission", "stored")  # what pull outcomes mean something new is held


class ReceivingPanel(Retranslating, QWidget):
    pulled = Signal(int)  # envelopes that arrived in a pass
    arrived = Signal()  # something new is in the vault: pulled, or imported from a stick

    def __init__(self, vault: Vault, jobs: Jobs, bridge: EventBridge, route: RouteFactory | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._jobs = jobs
        self._listener: Listener = bridge.listener
        self._route = route
        self._token: CancelToken | None = None
        bridge.received.connect(self._event)
        self.pull_button = QPushButton(self)
        self.stop_button = QPushButton(self)
        self.auto = QCheckBox(self)
        self.status = PlainLabel("", self)
        self.errors = ErrorBar(self)
        self.sticks = StickPanel(vault, jobs, self,
                                 export_text=lambda: self.tr("Export receipts to a stick…"))
        self.sticks.done.connect(self._stick_done)
        self.received = 0
        self._worker = Jobs(self)  # its own thread: the session runs as long as it pulls
        self.pull_button.clicked.connect(self.pull_now)
        self.stop_button.clicked.connect(self.stop)
        self.auto.toggled.connect(self._auto)
        row = QHBoxLayout()
        for widget in (self.pull_button, self.stop_button, self.auto):
            row.addWidget(widget)
        row.addStretch(1)
        inbox = self.inbox_box = QGroupBox(self)
        inbox_column = QVBoxLayout(inbox)
        inbox_column.addLayout(row)
        inbox_column.addWidget(self.status)
        inbox_column.addWidget(self.errors)
        sticks = self.stick_box = QGroupBox(self)
        stick_column = QVBoxLayout(sticks)
        self.stick_explain = PlainLabel("", sticks)
        stick_column.addWidget(self.stick_explain)
        stick_column.addWidget(self.sticks)
        layout = QVBoxLayout(self)
        layout.addWidget(inbox)
        layout.addWidget(sticks)
        layout.addStretch(1)
        if route is None:
            self.status.say(lambda: self.tr("Pulling over Tor is not set up in this window; "
                                            "import from a stick instead."))
        self._buttons()
        self.retranslate()

    def retranslate(self) -> None:
        set_words(self.pull_button, self.tr("Pull now"), self.tr("Pull new submissions from the inbox now"))
        set_words(self.stop_button, self.tr("Stop pulling"), self.tr("Stop pulling"))
        set_words(self.auto, self.tr("Pull automatically while this window is open"),
                  self.tr("Pull automatically"))
        self.status.setAccessibleName(self.tr("Pull status"))
        self.inbox_box.setTitle(self.tr("From the inbox, over Tor"))
        self.stick_box.setTitle(self.tr("By stick"))
        set_words(self.stick_explain, self.tr(
            "Bring submissions in from a stick; send receipts back on one, so reporters can "
            "erase their copies."), self.tr("About sticks"))

    def _stick_done(self, outcome: str) -> None:
        if outcome == "imported":
            self.arrived.emit()

    @property
    def pulling(self) -> bool:
        return self._token is not None

    def start_auto(self) -> None:
        """Pull now and keep pulling (the window calls this when it opens)."""
        if self._route is not None:
            self.auto.setChecked(True)

    def _auto(self, on: bool) -> None:
        if on:
            self.pull_now()
        elif self._token is not None:
            self._token.cancel()

    def pull_now(self) -> None:
        """Wake the running session, or start one (kept going if automatic pulling is on)."""
        if self._route is None:
            return
        if self._token is not None:
            self._token.wake()
            return
        try:
            route = self._route()
        except Exception as e:  # custom bridge lines that do not parse: said, not raised
            self.errors.show_message(str(e))
            return
        twin, listener = self._vault.twin(), self._listener
        token = self._token = CancelToken()
        once = not self.auto.isChecked()
        self.errors.clear()
        self.status.say(lambda: self.tr("Pulling from the inbox…"))
        self._buttons()

        def run() -> list[PullOutcome]:
            try:
                return pull_session(twin, route, listener, token, once=once)
            finally:
                twin.lock()

        self._worker.submit(run, self._done, self._failed, owner=self)

    def stop(self) -> None:
        self.auto.setChecked(False)
        if self._token is not None:
            self._token.cancel()

    def _event(self, event: Event) -> None:
        if not self.pulling:
            return
        if isinstance(event, EnvelopeOutcome):
            if event.outcome in ARRIVED:
                self.received += 1
                count = self.received
                self.status.say(lambda: self.tr("Received %n new item(s) so far.", "", count))
                self.arrived.emit()
        elif isinstance(event, Retrying):
            self.status.setText(event.reason)

    def _done(self, outcomes: list[PullOutcome]) -> None:
        self._token = None
        new = sum(o.status in ARRIVED for o in outcomes)
        self.status.say(lambda: self.tr("Pulled %n new item(s).", "", new))
        announce(self, self.status.text())  # a pass can take minutes: say how it ended
        self.auto.setChecked(False)
        self._buttons()
        self.pulled.emit(new)

    def _failed(self, error: BaseException) -> None:
        self._token = None
        self.status.setText("")
        self.errors.show_error(error)
        self.auto.setChecked(False)
        self._buttons()
        self.pulled.emit(0)

    def _buttons(self) -> None:
        self.pull_button.setEnabled(self._route is not None and not self.pulling)
        self.auto.setEnabled(self._route is not None)
        self.stop_button.setEnabled(self.pulling)

    def shutdown(self) -> None:
        """On lock or quit: stop the session and wait for it (it locks its connection)."""
        if self._token is not None:
            self._token.cancel()
        self._worker.wait()
