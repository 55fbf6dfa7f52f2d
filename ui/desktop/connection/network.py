"""What the system says about the network, through QNetworkInformation.

Tor's own failure cannot tell "this computer has no network at all" from "Tor is
blocked", so the window asks the platform. Where no backend exists (offscreen, some
desktops) or it does not know, the watch says nothing and Tor's words stand alone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QNetworkInformation

Reachability = QNetworkInformation.Reachability


class NetworkWatch(QObject):
    """`changed(online)` when the platform's reachability moves; `online` is None if unknown."""

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._info: QNetworkInformation | None = None
        if QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
            self._info = QNetworkInformation.instance()
        if self._info is not None:
            self._info.reachabilityChanged.connect(self._moved)

    @property
    def available(self) -> bool:
        return self._info is not None

    @property
    def online(self) -> bool | None:
        if self._info is None:
            return None
        return online(self._info.reachability())

    def _moved(self, reachability: Reachability) -> None:
        state = online(reachability)
        if state is not None:
            self.changed.emit(state)


def online(reachability: Reachability) -> bool | None:
    """Online, offline, or None when the platform does not know."""
    if reachability == Reachability.Unknown:
        return None
    # Local or site reachability means no way to the Internet, where Tor lives.
    return reachability == Reachability.Online
