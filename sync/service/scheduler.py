"""When to try again: exponential backoff with full jitter.

One envelope's failures only delay that envelope (its own attempt count and next time);
the others go on. Sessions wait on their CancelToken (satchel.sync.service.cancel), so a
stop request or new work wakes them at once and nothing busy-loops.
"""

import random
from collections.abc import Callable

BASE_DELAY = 30.0
MAX_DELAY = 6 * 3600.0


def backoff(attempts: int, rng: Callable[[], float] = random.random) -> float:
    """Seconds to wait after `attempts` failures: uniform in [0, min(cap, base * 2^n)]."""
    ceiling = min(MAX_DELAY, BASE_DELAY * float(1 << min(attempts, 20)))
    return max(1.0, ceiling * rng())
