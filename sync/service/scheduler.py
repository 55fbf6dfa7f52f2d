"""When to try again: exponential backoff with full jitter, and a wait that never spins.

One envelope's failures only delay that envelope (its own attempt count and next time);
the others go on. Waiting is a threading.Event wait with a timeout, so a stop request or
new work wakes the loop at once and nothing busy-loops.
"""

import random
import threading
from collections.abc import Callable

BASE_DELAY = 30.0
MAX_DELAY = 6 * 3600.0


def backoff(attempts: int, rng: Callable[[], float] = random.random) -> float:
    """Seconds to wait after `attempts` failures: uniform in [0, min(cap, base * 2^n)]."""
    ceiling = min(MAX_DELAY, BASE_DELAY * float(1 << min(attempts, 20)))
    return max(1.0, ceiling * rng())


class Waker:
    """Sleep until a deadline, or until someone calls `wake` or `stop`."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self.stopped = False

    def wait(self, seconds: float) -> None:
        self._event.wait(timeout=max(0.0, seconds))
        self._event.clear()

    def wake(self) -> None:
        self._event.set()

    def stop(self) -> None:
        self.stopped = True
        self._event.set()
