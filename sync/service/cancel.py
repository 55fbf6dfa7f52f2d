"""Cancellation shared by every session: a stop request any thread may make.

A session checks its token between steps and inside progress callbacks, and waits on
it instead of sleeping, so "Stop" takes effect at once. Stopping never loses anything:
an upload stopped half-way keeps its tus URL and resumes from the inbox's offset next
time; a pull stopped half-way leaves the cursor before the envelope it was fetching.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """The user stopped the session; what was done so far is kept."""


class CancelToken:
    """Set once by `cancel()`; `wait` doubles as an interruptible sleep."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._hooks: list[Callable[[], None]] = []
        self._lock = threading.Lock()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def cancel(self) -> None:
        """Ask the session to stop; runs each `on_cancel` hook once, on this thread."""
        with self._lock:
            if self._stop.is_set():
                return
            self._stop.set()
            hooks, self._hooks = self._hooks, []
        self._wake.set()
        for hook in hooks:
            hook()

    def on_cancel(self, hook: Callable[[], None]) -> None:
        """Run `hook` when cancelled (at once if already): e.g. close a socket a read blocks on."""
        with self._lock:
            if not self._stop.is_set():
                self._hooks.append(hook)
                return
        hook()

    def wake(self) -> None:
        """End the current `wait` early without stopping (new work, "send now")."""
        self._wake.set()

    def wait(self, seconds: float) -> None:
        """Sleep up to `seconds`, or until woken or cancelled; raises Cancelled if cancelled."""
        self.check()
        self._wake.wait(timeout=max(0.0, seconds))
        self._wake.clear()
        self.check()

    def check(self) -> None:
        """Raise Cancelled if a stop was asked for."""
        if self._stop.is_set():
            raise Cancelled()
