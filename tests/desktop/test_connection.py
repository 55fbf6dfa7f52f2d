"""The connection panel, driven through the real event bridge with event values."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot
from satchel.sync.service.events import Bootstrap, ConnectionState, Event, Finished, Listener
from satchel.ui.desktop.connection import BridgeChoice, ConnectionPanel
from satchel.ui.desktop.i18n import isolate
from satchel.ui.desktop.workers import EventBridge


class Session:
    """Records what the panel asked for; the test feeds events through its listener."""

    def __init__(self) -> None:
        self.started: list[BridgeChoice] = []
        self.stopped = 0
        self.woken = 0
        self.listener: Listener | None = None

    def start(self, choice: BridgeChoice, listener: Listener) -> Session:
        self.started.append(choice)
        self.listener = listener
        return self

    def stop(self) -> None:
        self.stopped += 1

    def wake(self) -> None:
        self.woken += 1


@pytest.fixture
def panel(qtbot: QtBot) -> tuple[ConnectionPanel, EventBridge, Session]:
    bridge, session = EventBridge(), Session()
    widget = ConnectionPanel(bridge, session.start)
    qtbot.addWidget(widget)
    return widget, bridge, session


def _feed(qtbot: QtBot, bridge: EventBridge, event: Event) -> None:
    """From another thread, as a real session does; it arrives on the GUI thread."""
    with qtbot.waitSignal(bridge.received):
        threading.Thread(target=bridge.listener, args=(event,)).start()


@pytest.mark.parametrize("percent, words", [
    (-1, "Starting Tor"), (0, "Starting Tor"),
    (5, "Connecting to a relay"), (14, "Connecting to a relay"),
    (15, "Loading relay information"), (79, "Loading relay information"),
    (80, "Building circuits"), (99, "Building circuits"),
    (100, "Connected"),
])
def test_bootstrap_phases_in_tor_browsers_words(
    qtbot: QtBot, panel: tuple[ConnectionPanel, EventBridge, Session], percent: int, words: str
) -> None:
    widget, bridge, _ = panel
    widget.connect_button.click()
    _feed(qtbot, bridge, Bootstrap(percent=percent, summary="Tor's own summary"))
    assert widget.progress.value() == max(0, percent)
    assert widget.step.text() == words


@pytest.mark.parametrize("state, words", [
    ("offline", "This computer is not connected to the Internet."),
    ("blocked", "Tor seems blocked here — try a bridge."),
    ("clock_skew", "This computer's clock is wrong."),
    ("bridge_failed", "The bridge did not answer."),
    ("stalled", "Connecting has stopped moving. Tor may be blocked here: try a bridge."),
    ("failed", "Satchel could not connect."),
    ("connected", "Connected through Tor"),
])
def test_each_state_has_its_own_calm_words(
    qtbot: QtBot, panel: tuple[ConnectionPanel, EventBridge, Session], state: str, words: str
) -> None:
    widget, bridge, _ = panel
    widget.connect_button.click()
    _feed(qtbot, bridge, ConnectionState(state, "One sentence from the session."))  # type: ignore[arg-type]
    assert widget.status.text().startswith(words)
    assert widget.detail.text() == "One sentence from the session."
    if state in ("stalled", "blocked", "bridge_failed"):
        assert widget.bridges.isEnabled() and widget.connect_button.isEnabled()


def test_bridges_each_have_a_sentence_and_lines_are_checked(
    qtbot: QtBot, panel: tuple[ConnectionPanel, EventBridge, Session]
) -> None:
    widget, bridge, session = panel
    chooser = widget.bridges
    chooser.set_transport("snowflake")
    assert chooser.sentence.text() == f"{isolate('snowflake')}: looks like a video call."
    chooser.set_transport("meek_lite")
    assert "slow" in chooser.sentence.text()
    chooser.set_transport("custom")
    chooser.lines.setPlainText("Bridge 192.0.2.1:443 # comment")
    widget.connect_button.click()
    assert session.started == [] and "#" in widget.errors.text
    line = "obfs4 192.0.2.1:443 " + "A" * 40 + " cert=abc iat-mode=0"
    chooser.lines.setPlainText(line)
    widget.connect_button.click()
    assert session.started == [BridgeChoice("custom", (line,))]
    _feed(qtbot, bridge, Bootstrap(percent=100, summary="Done"))
    assert widget.status.text() == "Connected through Tor, via my own bridges"
    widget.cancel_button.click()
    assert session.stopped == 1 and widget.status.text() == "Not connected."


def test_stalled_attempt_gives_way_to_a_bridge(
    qtbot: QtBot, panel: tuple[ConnectionPanel, EventBridge, Session]
) -> None:
    widget, bridge, session = panel
    widget.connect_button.click()
    _feed(qtbot, bridge, Bootstrap(percent=25, summary="Loading"))
    assert not widget.connect_button.isEnabled()
    _feed(qtbot, bridge, ConnectionState("stalled"))
    widget.bridges.set_transport("snowflake")
    widget.bridges.lines.setPlainText("snowflake 192.0.2.3:80 " + "B" * 40)
    widget.connect_button.click()
    assert session.stopped == 1 and [c.transport for c in session.started] == ["none", "snowflake"]
    _feed(qtbot, bridge, Bootstrap(percent=100, summary="Done"))
    assert widget.status.text() == f"Connected through Tor, via {isolate('snowflake')}"  # bidi-isolated name


def test_a_session_error_is_said(qtbot: QtBot, panel: tuple[ConnectionPanel, EventBridge, Session]) -> None:
    widget, bridge, _ = panel
    _feed(qtbot, bridge, Finished({}, error="The inbox refused the upload; try later.", exit_code=5))
    assert widget.errors.text == "The inbox refused the upload; try later."


def test_without_a_session_the_panel_says_so(qtbot: QtBot) -> None:
    widget = ConnectionPanel(EventBridge(), None)
    qtbot.addWidget(widget)
    assert not widget.connect_button.isEnabled() and "not available" in widget.detail.text()
