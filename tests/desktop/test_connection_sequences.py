"""The connection panel driven by recorded Tor bootstrap sequences, as the session's
TorSession reports them (Tor's own STATUS_CLIENT percentages and summaries), through
the real event bridge from another thread, and by the system's network state."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot
from satchel.sync.service.events import Bootstrap, ConnectionState, Event
from satchel.ui.desktop.connection import BridgeChoice, ConnectionPanel
from satchel.ui.desktop.workers import EventBridge

# Recorded from tor 0.4.8 bootstrapping directly, then through a bridge that never answered.
DIRECT = [ConnectionState("connecting"), Bootstrap(0, "Starting"),
          Bootstrap(5, "Connecting to a relay"), Bootstrap(10, "Finishing handshake with a relay"),
          Bootstrap(14, "Handshaking with a relay"), Bootstrap(15, "Establishing a Tor circuit"),
          Bootstrap(25, "Asking for networkstatus consensus"),
          Bootstrap(45, "Asking for relay descriptors"),
          Bootstrap(75, "Connecting to a relay to build circuits"),
          Bootstrap(90, "Establishing a Tor circuit"), Bootstrap(95, "Establishing a Tor circuit"),
          Bootstrap(100, "Done"), ConnectionState("connected")]
BRIDGE_SILENT = [ConnectionState("connecting"), Bootstrap(0, "Starting"),
                 Bootstrap(1, "Connecting to a pluggable transport"),
                 ConnectionState("stalled", "The bridge has not answered yet; try another bridge."),
                 ConnectionState("bridge_failed", "Tor did not finish connecting.")]


class Handle:
    def __init__(self) -> None:
        self.woken = 0

    def stop(self) -> None: ...

    def wake(self) -> None:
        self.woken += 1


def _play(qtbot: QtBot, bridge: EventBridge, events: list[Event]) -> None:
    """Feed the sequence from a session-like thread; wait until the GUI thread saw it all."""
    seen: list[Event] = []
    bridge.received.connect(seen.append)
    thread = threading.Thread(target=lambda: [bridge.listener(e) for e in events])
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(seen) == len(events))


def _panel(qtbot: QtBot) -> tuple[ConnectionPanel, EventBridge, Handle]:
    bridge, handle = EventBridge(), Handle()
    panel = ConnectionPanel(bridge, lambda _c, _l: handle)
    qtbot.addWidget(panel)
    return panel, bridge, handle


def test_a_direct_bootstrap_ends_connected_with_a_full_bar(qtbot: QtBot) -> None:
    panel, bridge, _ = _panel(qtbot)
    values: list[int] = []
    panel.progress.valueChanged.connect(values.append)
    panel.start()
    _play(qtbot, bridge, DIRECT)
    assert values == sorted(values) and values[-1] == 100  # the bar only moves forward
    assert panel.state == "connected" and panel.status.text() == "Connected through Tor"
    assert panel.step.text() == "Connected" and not panel.connect_button.isEnabled()


def test_a_silent_bridge_offers_bridges_and_another_try(qtbot: QtBot) -> None:
    panel, bridge, _ = _panel(qtbot)
    panel.bridges.set_choice(BridgeChoice("snowflake", ("snowflake 192.0.2.3:80 " + "B" * 40,)))
    panel.start()
    _play(qtbot, bridge, BRIDGE_SILENT)
    assert panel.state == "bridge_failed"
    assert panel.status.text().startswith("The bridge did not answer.")
    assert panel.detail.text() == "Tor did not finish connecting."
    assert panel.bridges.isEnabled() and panel.connect_button.isEnabled()


def test_no_network_is_said_apart_and_its_return_wakes_the_session(qtbot: QtBot) -> None:
    panel, bridge, handle = _panel(qtbot)
    panel.start()
    _play(qtbot, bridge, DIRECT[:4])
    panel.set_online(False)  # what QNetworkInformation says
    assert panel.state == "offline"
    assert panel.status.text().startswith("This computer is not connected to the Internet.")
    panel.set_online(True)
    assert panel.state == "connecting" and handle.woken == 1
