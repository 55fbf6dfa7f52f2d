"""The connection panel: a real progress bar for Tor's bootstrap, a calm sentence for
every reason it is not connected, and the bridge chooser offered when Tor seems blocked.

It drives a session through an injected `start_session(choice, listener)` that must
return at once (the session runs on its own thread) with a `stop()` callable. The
session reports through `listener`, which is `EventBridge.listener`: the panel sees
its events on the GUI thread through the bridge's signal. Cancel always works.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget
from satchel.sync.service.events import Bootstrap, ConnectionState, Event, Finished, Listener
from satchel.sync.tor.errors import TorSettingsError
from satchel.ui.desktop.connection import words
from satchel.ui.desktop.connection.bridges import BridgeChoice, BridgeChooser
from satchel.ui.desktop.widgets import ErrorBar, PlainLabel
from satchel.ui.desktop.workers import EventBridge

Stop = Callable[[], None]
StartSession = Callable[[BridgeChoice, Listener], Stop]

# States after which the person should look at bridges.
OFFER_BRIDGES = frozenset({"stalled", "blocked", "bridge_failed"})


class ConnectionPanel(QWidget):
    def __init__(self, bridge: EventBridge, start_session: StartSession | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._start_session = start_session
        self._stop: Stop | None = None
        self._transport = "none"
        self.state = "closed"
        self.setAccessibleName(self.tr("Connection"))
        self.status = PlainLabel(words.state("closed"), self)
        self.status.setAccessibleName(self.tr("Connection status"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Connecting progress"))
        self.step = PlainLabel("", self)
        self.step.setAccessibleName(self.tr("Connecting step"))
        self.detail = PlainLabel("", self)
        self.detail.setAccessibleName(self.tr("Details"))
        self.bridges = BridgeChooser(self)
        self.errors = ErrorBar(self)
        self.connect_button = QPushButton(self.tr("Connect"), self)
        self.connect_button.setAccessibleName(self.tr("Connect"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel connecting"))
        self.connect_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.step)
        layout.addWidget(self.detail)
        layout.addWidget(self.errors)
        layout.addWidget(self.bridges)
        layout.addLayout(buttons)
        layout.addStretch(1)
        bridge.received.connect(self.on_event)
        self._buttons()
        if start_session is None:
            self.detail.setText(self.tr("Sending over Tor is not available in this version yet; "
                                        "save your reports to a stick instead."))

    # -- driving the session -------------------------------------------------------------

    def start(self) -> None:
        if self._start_session is None:
            return
        if self._stop is not None and self.state not in OFFER_BRIDGES:
            return
        try:
            choice = self.bridges.choice()
        except TorSettingsError as e:
            self.errors.show_message(str(e))
            return
        self.shutdown()  # a stalled or blocked attempt gives way to the new bridges
        self.errors.clear()
        self._transport = choice.transport
        self._stop = self._start_session(choice, self._bridge.listener)
        self._show_state("connecting", "")

    def cancel(self) -> None:
        stop, self._stop = self._stop, None
        if stop is not None:
            stop()
        self._show_state("closed", "")
        self.progress.setValue(0)
        self.step.setText("")

    # -- events ----------------------------------------------------------------------------

    def on_event(self, event: Event) -> None:
        if isinstance(event, Bootstrap):
            self.progress.setValue(max(0, min(100, event.percent)))
            self.step.setText(words.phase(event.phase))
            if event.phase == "connected":
                self._show_state("connected", "")
            elif self.state not in OFFER_BRIDGES:
                self._show_state("connecting", "")
        elif isinstance(event, ConnectionState):
            self._show_state(event.state, event.detail)
        elif isinstance(event, Finished) and event.error:
            self.errors.show_message(event.error)

    def _show_state(self, state: str, detail: str) -> None:
        self.state = state
        if state == "connected":
            self.status.setText(words.connected_via(self._transport))
            self.progress.setValue(100)
            self.step.setText(words.phase("connected"))
        else:
            self.status.setText(words.state(state))
        self.detail.setText(detail)
        if state in OFFER_BRIDGES:
            self.bridges.show()
            self.bridges.kind.setFocus()
        if state == "closed":
            self._stop = None
        self._buttons()

    def _buttons(self) -> None:
        running = self._stop is not None
        retry = running and self.state in OFFER_BRIDGES
        self.connect_button.setEnabled(self._start_session is not None and (not running or retry))
        self.cancel_button.setEnabled(running)
        self.bridges.setEnabled(not running or self.state in OFFER_BRIDGES)

    def shutdown(self) -> None:
        """Stop the session (on quit or lock)."""
        stop, self._stop = self._stop, None
        if stop is not None:
            stop()
