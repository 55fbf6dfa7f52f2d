"""Keep the process's memory out of core files (threat model: a seized open device).

An unlocked vault holds its master key and report text in memory; a crash would write
them to a core file on disk (or to a crash collector such as systemd-coredump), outside
the vault and unencrypted. `disable_core_dumps()` sets RLIMIT_CORE to 0 and, on Linux,
PR_SET_DUMPABLE to 0 (which also keeps other processes of the same user from attaching
with ptrace or reading /proc/<pid>/mem). Both interfaces start the CLI and the window.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import resource
import sys

_PR_SET_DUMPABLE = 4  # <linux/prctl.h>


def disable_core_dumps() -> bool:
    """Forbid core dumps for this process; True when every available guard took hold."""
    ok = True
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        ok = False
    if sys.platform.startswith("linux"):
        ok = _not_dumpable() and ok
    return ok


def _not_dumpable() -> bool:
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    try:
        libc = ctypes.CDLL(name, use_errno=True)
    except OSError:
        return False
    return int(libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)) == 0
