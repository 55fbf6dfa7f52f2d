"""Auto-lock: lock an idle vault, or lock it now. The window drives `check` from a timer.

A locked vault holds no key: `Vault.lock` closes SQLCipher (which wipes its key from
memory, cipher_memory_security is on) and zeroes the master key.
"""

import time
from collections.abc import Callable

from satchel.client.vault.vault import Vault


class AutoLock:
    def __init__(
        self, vault: Vault, idle_seconds: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if idle_seconds <= 0:
            raise ValueError("idle_seconds must be positive")
        self._vault = vault
        self._idle = idle_seconds
        self._clock = clock
        vault.clock = clock
        vault.last_used = clock()

    def check(self) -> bool:
        """Lock the vault if it was idle too long; True if it is locked now."""
        if not self._vault.locked and self._clock() - self._vault.last_used >= self._idle:
            self._vault.lock()
        return self._vault.locked

    def seconds_left(self) -> float:
        return max(0.0, self._idle - (self._clock() - self._vault.last_used))

    def lock_now(self) -> None:
        self._vault.lock()
