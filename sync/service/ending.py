"""How a session ends, told to its listener exactly once: stopped, failed or done.

Every session wraps its work in `SessionEnd`, so the three endings read the same in the
CLI and the window whichever session ran: a stop (Cancelled) is reported with the
session's own "what was kept" sentence and is not an error; a SatchelError is reported
with its sentence and exit code and then raised; success is the session's to report.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import Protocol

from satchel.client.errors import SatchelError
from satchel.sync.service.cancel import Cancelled
from satchel.sync.service.events import Finished, Listener


class HasStatus(Protocol):
    @property
    def status(self) -> str: ...


def status_counts(outcomes: Iterable[HasStatus]) -> dict[str, int]:
    """How many outcomes ended in each status, for `Finished.counts`."""
    return dict(Counter(o.status for o in outcomes))


class SessionEnd:
    """Around a session's work; after the block, `stopped` says whether it was cancelled."""

    def __init__(self, listener: Listener, counts: Callable[[], dict[str, int]],
                 stopped_sentence: str) -> None:
        self._listener = listener
        self._counts = counts
        self._sentence = stopped_sentence
        self.stopped = False

    def __enter__(self) -> SessionEnd:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> bool:
        if isinstance(value, Cancelled):
            self.stopped = True
            self._listener(Finished(self._counts(), self._sentence))
            return True  # a stop is an ending, not an error: the session returns normally
        if isinstance(value, SatchelError):
            self._listener(Finished(self._counts(), str(value), value.exit_code))
        return False
