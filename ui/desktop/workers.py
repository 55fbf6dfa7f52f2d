"""The one bridge between plain Python work and the GUI thread.

`Jobs` runs a plain callable on a QThreadPool and hands its result (or exception)
back on the GUI thread. The vault's SQLCipher connection is not safe to share
between threads at once, so the default pool runs one job at a time: every vault
call is serialised, in the order submitted, and never on the GUI thread.

`EventBridge.listener(event)` may be called from any thread (it is the
`satchel.sync.service.events.Listener` a session reports to); it re-emits each
event as the `received` signal, which Qt delivers on the GUI thread.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from satchel.sync.service.events import Event

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the GUI thread; a job emits through it from the pool thread."""

    finished = Signal(int, bool, object)


class _Job(QRunnable):
    def __init__(self, number: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._number = number
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as e:  # handed to the GUI thread, which says it in one sentence
            self._relay.finished.emit(self._number, False, e)
            return
        self._relay.finished.emit(self._number, True, result)


@dataclass
class _Pending:
    on_done: OnDone | None
    on_error: OnError | None
    owner: QObject | None


class Jobs(QObject):
    """Runs callables off the GUI thread; results come back by signal, in order."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None, threads: int = 1) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished)
        self._numbers = itertools.count(1)
        self._pending: dict[int, _Pending] = {}

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run `fn()` on the pool; call `on_done(result)` or `on_error(exc)` on the GUI
        thread, unless `owner` was deleted meanwhile (a screen closed by a lock)."""
        number = next(self._numbers)
        self._pending[number] = _Pending(on_done, on_error, owner)
        self._pool.start(_Job(number, fn, self._relay))

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self) -> None:
        """Join every job (on quit): nothing is left running behind the window."""
        self._pool.waitForDone()

    @Slot(int, bool, object)
    def _finished(self, number: int, ok: bool, value: object) -> None:
        pending = self._pending.pop(number)
        try:
            if pending.owner is not None and not shiboken6.isValid(pending.owner):
                return
            if ok and pending.on_done is not None:
                pending.on_done(value)
            elif not ok and pending.on_error is not None:
                assert isinstance(value, BaseException)
                pending.on_error(value)
        finally:
            if not self._pending:
                self.idle.emit()


class EventBridge(QObject):
    """Re-emits session events from any thread as a signal on the GUI thread."""

    received = Signal(object)

    def listener(self, event: Event) -> None:
        """The session's Listener: safe to call from any thread."""
        self.received.emit(event)


class ProgressRelay(QObject):
    """A client `Progress` callback usable from the pool: re-emits on the GUI thread."""

    progress = Signal(str, int, int)

    def __call__(self, label: str, done: int, total: int) -> None:
        self.progress.emit(label, done, total)
