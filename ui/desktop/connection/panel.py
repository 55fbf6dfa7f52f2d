"""The connection panel: a real progress bar for Tor's bootstrap, a calm sentence for
every reason it is not connected, and the bridge chooser offered when Tor seems blocked.

It drives a session through an injected `start_session(choice, listener)` that must
return at once (the session runs on its own thread) with a handle: `stop()` ends it
(and waits for it), `wake()` asks it to send now. The
session reports through `listener`, which is `EventBridge.listener`: the panel sees
its events on the GUI thread through the bridge's signal. Cancel always works.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QProgressBar, QPushButton, QVBoxLayout, QWidget
from satchel.sync.service.events import Bootstrap, ConnectionState, Event, Finished, Listener
from satchel.sync.tor.errors import TorSettingsError
from satchel.ui.desktop.connection import words
from satchel.ui.desktop.connection.bridges import BridgeChoice, BridgeChooser
from satchel.ui.desktop.i18n import Retranslating, set_words
from satchel.ui.desktop.widgets import ErrorBar, PlainLabel
from satchel.ui.desktop.widgets.announce import announce
from satchel.ui.desktop.widgets.layout import button_row, stack
from satchel.ui.desktop.workers import EventBridge


class SessionHandle(Protocol):
    """What the window keeps of a running session."""

    def stop(self) -> None: ...

    def wake(self) -> None: ...


StartSession = Callable[[BridgeChoice, Listener], SessionHandle]

# States after which the person should look at bridges.
OFFER_BRIDGES = frozenset({"stalled", "blocked", "bridge_failed"})
# States in which "Connect" starts again (the running attempt gives way).
RETRY = OFFER_BRIDGES | {"failed", "closed", "clock_skew"}


class ConnectionPanel(Retranslating, QWidget):
    choice_made = Signal(object)  # BridgeChoice, when a session starts with it
    def __init__(self, bridge: EventBridge, start_session: StartSession | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._start_session = start_session
        self._session: SessionHandle | None = None
        self._transport = "none"
        self.state = "closed"
        self.status = PlainLabel("", self)
        self.status.say(lambda: words.state("closed"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.step = PlainLabel("", self)
        self.detail = PlainLabel("", self)
        self.bridges = BridgeChooser(self)
        self.errors = ErrorBar(self)
        self.connect_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.connect_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        stack(QVBoxLayout(self), self.status, self.progress, self.step, self.detail, self.errors,
              self.bridges, button_row(self.connect_button, self.cancel_button), stretch=True)
        bridge.received.connect(self.on_event)
        self._buttons()
        self.retranslate()
        if start_session is None:
            self.detail.say(lambda: self.tr("Sending over Tor is not available in this version yet; "
                                            "save your reports to a stick instead."))

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Connection"))
        self.status.setAccessibleName(self.tr("Connection status"))
        self.progress.setAccessibleName(self.tr("Connecting progress"))
        self.step.setAccessibleName(self.tr("Connecting step"))
        self.detail.setAccessibleName(self.tr("Details"))
        set_words(self.connect_button, self.tr("Connect"), self.tr("Connect"))
        set_words(self.cancel_button, self.tr("Cancel"), self.tr("Cancel connecting"))

    # -- driving the session -------------------------------------------------------------

    def start(self) -> None:
        if self._start_session is None:
            return
        if self._session is not None and self.state not in RETRY:
            return
        try:
            choice = self.bridges.choice()
        except TorSettingsError as e:
            self.errors.show_message(str(e))
            return
        self.shutdown()  # a stalled or blocked attempt gives way to the new bridges
        self.errors.clear()
        self._transport = choice.transport
        self._session = self._start_session(choice, self._bridge.listener)
        self.choice_made.emit(choice)
        self._show_state("connecting", "")

    def cancel(self) -> None:
        self.shutdown()
        self._show_state("closed", "")

    # -- events ----------------------------------------------------------------------------

    def on_event(self, event: Event) -> None:
        if isinstance(event, Bootstrap):
            percent = max(0, min(100, event.percent))
            self.progress.setValue(percent)
            self.step.say(lambda: words.phase(percent))
            if percent == 100:
                self._show_state("connected", "")
            elif self.state not in OFFER_BRIDGES:
                self._show_state("connecting", "")
        elif isinstance(event, ConnectionState):
            self._show_state(event.state, event.detail)
        elif isinstance(event, Finished) and event.error:
            self.errors.show_message(event.error)

    def _show_state(self, state: str, detail: str) -> None:
        changed, self.state = state != self.state, state
        transport = self._transport
        if state == "connected":
            self.status.say(lambda: words.connected_via(transport))
            self.progress.setValue(100)
            self.step.say(lambda: words.phase(100))
        else:
            self.status.say(lambda: words.state(state))
        if state in ("closed", "offline"):  # no bar left over from a connection now gone
            self.progress.setValue(0)
            self.step.setText("")
        self.detail.setText(detail)  # Tor's own words, as data
        if changed:
            announce(self, self.status.text(), urgent=state in OFFER_BRIDGES | {"failed", "clock_skew"})
        if state in OFFER_BRIDGES:
            self.bridges.show()
            self.bridges.kind.setFocus()
        self._buttons()

    def _buttons(self) -> None:
        running = self._session is not None
        retry = running and self.state in RETRY
        self.connect_button.setEnabled(self._start_session is not None and (not running or retry))
        self.cancel_button.setEnabled(running)
        self.bridges.setEnabled(not running or self.state in RETRY)

    # -- the computer's own network ----------------------------------------------------------

    def set_online(self, online: bool) -> None:
        """What the system says of the network (QNetworkInformation): offline is said in its
        own words, and coming back wakes the session to try again at once."""
        if not online and self.state != "connected":
            self._show_state("offline", "")
        elif online and self.state == "offline":
            self._show_state("connecting" if self._session is not None else "closed", "")
            self.wake()

    def wake(self) -> None:
        """New work or a network that came back: the session sends now, not at its next time."""
        if self._session is not None:
            self._session.wake()

    @property
    def running(self) -> bool:
        return self._session is not None

    def shutdown(self) -> None:
        """Stop the session and wait for it (on quit or lock)."""
        session, self._session = self._session, None
        if session is not None:
            session.stop()
