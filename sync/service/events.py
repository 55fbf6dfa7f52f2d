"""The one plain event interface every long-lived session reports through.

A session (sync, desk pull, stick import or export) calls its `Listener` with
these frozen values, from whichever thread it runs on. The CLI turns them into
a progress bar on stderr; the window re-emits them as Qt signals on the GUI
thread. Events carry no report text, title or file name: only hashes, counts
and Tor's own words, so a listener may log them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

# Why a connection is not (yet) up, told apart so the next step can be offered.
Connectivity = Literal[
    "offline",        # the computer has no network connection at all
    "connecting",     # bootstrap under way and moving
    "connected",      # Tor is up
    "stalled",        # bootstrap stopped moving: offer bridges
    "blocked",        # Tor seems blocked here: try a bridge
    "clock_skew",     # this computer's clock is wrong
    "bridge_failed",  # the configured bridge did not answer
    "failed",         # anything else; the detail says what to do
    "closed",         # the session ended and released Tor
]


@dataclass(frozen=True)
class Bootstrap:
    """Tor's bootstrap moved: percent 0-100 and Tor's own (English) summary.

    The window shows the percentage as Tor Browser's phases of connecting
    (satchel.ui.desktop.connection.words.phase); the CLI shows it with the summary."""

    percent: int
    summary: str


@dataclass(frozen=True)
class ConnectionState:
    """The connection changed state; `detail` is one sentence saying what to do."""

    state: Connectivity
    detail: str = ""


@dataclass(frozen=True)
class EnvelopeProgress:
    """Bytes of one envelope moved so far (upload, download or copy to a stick)."""

    sha256: str
    done: int
    total: int


@dataclass(frozen=True)
class JobProgress:
    """Bytes of a whole job (a stick's export or import) moved so far; total 0 = unknown."""

    done: int
    total: int


@dataclass(frozen=True)
class EnvelopeOutcome:
    """What became of one envelope, in its operation's words (uploads: delivered, erased,
    stored, failed, skipped; pulls: stored, duplicate, damaged, failed; sticks: written,
    present, taken, failed ...); `reason` says why when it did not arrive."""

    sha256: str
    outcome: str
    reason: str = ""


@dataclass(frozen=True)
class Retrying:
    """A pass failed for a reason that may pass (the inbox unreachable); trying again later."""

    reason: str


@dataclass(frozen=True)
class Finished:
    """The session's pass ended: counts of each outcome, and the error if it stopped on one."""

    counts: dict[str, int]
    error: str = ""
    exit_code: int = 0


Event = (
    Bootstrap | ConnectionState | EnvelopeProgress | JobProgress | EnvelopeOutcome | Retrying
    | Finished
)
Listener = Callable[[Event], None]


def ignore(event: Event) -> None:
    """A listener that drops every event."""
