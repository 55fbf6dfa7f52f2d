"""The connection panel: Tor's progress, why it is not connected, and bridges."""

from satchel.ui.desktop.connection.bridges import BridgeChoice, BridgeChooser
from satchel.ui.desktop.connection.panel import ConnectionPanel, StartSession

__all__ = ["BridgeChoice", "BridgeChooser", "ConnectionPanel", "StartSession"]
