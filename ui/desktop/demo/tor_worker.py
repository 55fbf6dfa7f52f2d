"""The demo's private Tor network, owned by one worker thread for as long as the window.

`DemoTor.start()` runs, off the GUI thread, what `satchel demo --no-window` runs in the
terminal: a private loopback Tor network (sync/tor/testnet.py) and the demo's inbox
published on it as an onion service (satchel.ui.demo.tor.inbox_onion). Bootstrap
progress and the outcome come back as signals, delivered on the GUI thread.

`stop()` (the window closing) ends every tor at once, then joins the worker. A plain
thread, not a QThread: should tor be killed while its bootstrap is still being waited
for, the wait can outlast the join, and a QThread destroyed while running aborts the
process; the thread holds no tor by then, and every tor of the network also carries
`__OwningControllerProcess`, so none outlives the app.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal
from satchel.sync.service.route import Route
from satchel.sync.tor.manager import TorSettings
from satchel.sync.tor.testnet import PrivateTorNetwork
from satchel.ui.demo.journey import DemoWorld
from satchel.ui.demo.tor import inbox_onion

BOOTSTRAP_TIMEOUT_S = 240.0  # a loaded laptop; usually 10-30 s
JOIN_S = 15.0


class DemoTor(QObject):
    """Signals: `progress(percent, summary)`, `ready(socks "host:port")`, `failed(sentence)`."""

    progress = Signal(int, str)
    ready = Signal(str)
    failed = Signal(str)

    def __init__(self, world: DemoWorld, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._world = world
        self._stopping = threading.Event()
        self._network: PrivateTorNetwork | None = None
        self._thread = threading.Thread(target=self._run, name="satchel-demo-tor", daemon=True)
        self.socks = ""

    def start(self) -> None:
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def route(self) -> Route:
        """How the demo's reporter and desk reach the inbox: the network's client tor."""
        return Route(TorSettings(mode="socks", socks=self.socks))

    def _run(self) -> None:
        self._network = PrivateTorNetwork(self._world.folder / "tor")
        try:
            with self._network.start(BOOTSTRAP_TIMEOUT_S, self.progress.emit) as network:
                if self._stopping.is_set():
                    return
                with inbox_onion(self._world, network.onion_control, lambda _line: None):
                    host, port = network.client_socks
                    self.socks = f"{host}:{port}"
                    self.ready.emit(self.socks)
                    self._stopping.wait()
        except Exception as e:  # said in the window; the demo still works by stick
            if not self._stopping.is_set():
                self.failed.emit(str(e))

    def stop(self) -> None:
        """End every tor, then join the worker (bounded; see the module's note). Once the
        inbox is published the worker unpublishes it and stops its network itself; while
        the network still starts, it is stopped from here, at once."""
        self._stopping.set()
        if self._network is not None and not self.socks:
            self._network.stop()
        if self._thread.is_alive():
            self._thread.join(JOIN_S)
        if self._network is not None:
            self._network.stop()  # idempotent: a backstop should the join have timed out
