"""Progress reporting shared by the command line and the window.

Long work (sealing, import, export, sync) takes a `Progress` callback. The command line
passes a bar drawn on stderr when stderr is a terminal; the window passes a callback that
emits a Qt signal. Core code never knows which.
"""

import sys
import time
from collections.abc import Callable
from typing import TextIO

Progress = Callable[[str, int, int], None]
"""Called as progress(label, done, total); total 0 means unknown."""


def no_progress(label: str, done: int, total: int) -> None:
    """A Progress that reports nothing."""


class TerminalBar:
    """A one-line progress bar on a terminal, redrawn at most ten times a second."""

    def __init__(self, stream: TextIO = sys.stderr, width: int = 30) -> None:
        self._stream = stream
        self._width = width
        self._last = 0.0

    def __call__(self, label: str, done: int, total: int) -> None:
        now = time.monotonic()
        finished = total > 0 and done >= total
        if not finished and now - self._last < 0.1:
            return
        self._last = now
        if total > 0:
            filled = self._width * min(done, total) // total
            bar = "#" * filled + "-" * (self._width - filled)
            line = f"\r{label[:30]:30} [{bar}] {100 * min(done, total) // total:3d}%"
        else:
            line = f"\r{label[:30]:30} {done}"
        self._stream.write(line + ("\n" if finished else ""))
        self._stream.flush()


def for_terminal(stream: TextIO = sys.stderr) -> Progress:
    """A bar when `stream` is a terminal, nothing otherwise."""
    return TerminalBar(stream) if stream.isatty() else no_progress
