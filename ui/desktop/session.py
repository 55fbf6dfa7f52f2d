"""The long-lived send session: one worker object on a QThread, for one unlocked vault.

While the window is open and the vault unlocked, the worker runs
`satchel.sync.service.sending.send(..., keep_open=True)`: it connects to Tor, sends
whatever is queued as soon as the connection exists (no tap needed), then waits on its
`CancelToken` until `wake()` (new queued work, "send now", the network came back) or
the next due time. If Tor cannot be reached it tries again with backoff, on the same
token, so Cancel always works and never waits for a timeout.

The session uses its own connection to the vault (`Vault.twin`), since the worker pool
uses the window's connection at the same time, and locks it when it ends. `stop()`
cancels and joins the thread: a tor the session launched (with
`__OwningControllerProcess`) is closed before `stop()` returns, so it never outlives
the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from satchel.client.errors import SatchelError, UnreachableError
from satchel.client.vault.vault import Vault
from satchel.sync.service.cancel import Cancelled, CancelToken
from satchel.sync.service.events import Finished, Listener
from satchel.sync.service.route import Route
from satchel.sync.service.scheduler import backoff
from satchel.sync.service.sending import send
from satchel.sync.tor.manager import TorSettings, Transport
from satchel.ui.desktop.connection.bridges import BridgeChoice
from satchel.ui.desktop.connection.panel import SessionHandle

RouteFor = Callable[[BridgeChoice], Route]
UNEXPECTED = "Something unexpected stopped sending; your reports are safe in this vault. Connect again."


SessionFactory = Callable[[Vault, BridgeChoice, Listener], SessionHandle]


def launch_route(home: Path) -> RouteFor:
    """Tor as the window uses it: a private tor of its own, with the chosen bridges."""
    def route(choice: BridgeChoice) -> Route:
        return Route(TorSettings(mode="launch", data_dir=home / "tor", bridges=choice.lines,
                                 transport=cast(Transport, choice.transport)))

    return route


class _Worker(QObject):
    """Runs on the session's thread; `run` returns only once the token is cancelled or
    a failure that waiting cannot mend (no inbox listed, a vault problem) ended it."""

    done = Signal()

    def __init__(self, vault: Vault, route: Route, listener: Listener, cancel: CancelToken) -> None:
        super().__init__()
        self._vault, self._route, self._listener, self._cancel = vault, route, listener, cancel

    @Slot()
    def run(self) -> None:
        failures = 0
        try:
            while not self._cancel.cancelled:
                try:
                    send(self._vault, self._route, self._listener, self._cancel, keep_open=True)
                except UnreachableError:  # already told to the listener by send()
                    failures += 1
                    self._cancel.wait(backoff(failures))
                except SatchelError:  # told to the listener; waiting will not change it
                    return
        except Cancelled:
            pass
        except Exception:  # a fault of ours: say it calmly instead of dying silently
            self._listener(Finished({}, UNEXPECTED, 1))
        finally:
            self._vault.lock()
            self.done.emit()


class SendSession(QObject):
    """The QThread and its worker; `stop()` cancels and joins, `wake()` sends now."""

    def __init__(self, vault: Vault, route: Route, listener: Listener,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel = CancelToken()
        self.vault = vault
        self.worker_thread = QThread(self)
        self.worker_thread.setObjectName("satchel-send")
        self._worker = _Worker(vault, route, listener, self.cancel)
        self._worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self._worker.run)
        # quit() is thread-safe: end the thread's loop as soon as the worker returns.
        self._worker.done.connect(self.worker_thread.quit, Qt.ConnectionType.DirectConnection)

    def start(self) -> None:
        self.worker_thread.start()

    def wake(self) -> None:
        self.cancel.wake()

    def stop(self) -> None:
        """Cancel, then wait for the worker: it closes Tor and locks its vault first."""
        self.cancel.cancel()
        self.worker_thread.quit()
        self.worker_thread.wait()


def tor_sessions(route_for: RouteFor) -> SessionFactory:
    """The window's session factory: a SendSession on the vault's twin connection."""
    def start(vault: Vault, choice: BridgeChoice, listener: Listener) -> SessionHandle:
        session = SendSession(vault.twin(), route_for(choice), listener)
        session.start()
        return session

    return start
