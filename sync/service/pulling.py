"""The desk's pull session: one Tor connection, every new envelope from the inbox.

`satchel desk pull` and the desk window's "Pull now" and automatic pulling drive this.
Only an unreachable inbox (or a status that says "later") is retried, with backoff; a
refusal that waiting will not change ends the session with exit 4 and one sentence.
Each envelope is acknowledged on the inbox only once it is stored and checked here,
so stopping at any point loses nothing: the cursor stays before what was not finished.
"""

from __future__ import annotations

from satchel.client.coalition import first_inbox
from satchel.client.errors import IntegrityFailure, UnreachableError, UsageError
from satchel.client.vault.vault import Vault
from satchel.sync.service.cancel import CancelToken
from satchel.sync.service.connection import TorSession
from satchel.sync.service.ending import SessionEnd, status_counts
from satchel.sync.service.events import (
    EnvelopeOutcome,
    EnvelopeProgress,
    Finished,
    Listener,
    Retrying,
)
from satchel.sync.service.route import Route
from satchel.sync.service.scheduler import backoff
from satchel.sync.transport.errors import InboxError, InboxRejected, InboxUnreachable
from satchel.sync.transport.pull import MAX_ENVELOPE, PullOutcome, pull

POLL_SECONDS = 300.0
STOPPED = "Stopped; everything pulled so far is kept, and the rest stays on the inbox."
REFUSED = ("not-for-this-desk", "rejected", "too-large")


def pull_session(vault: Vault, route: Route, listener: Listener, cancel: CancelToken, *,
                 once: bool = False, max_size: int = MAX_ENVELOPE) -> list[PullOutcome]:
    """Pull until cancelled (`once`: one pass); returns every envelope's outcome."""
    if vault.role != "desk":
        raise UsageError(f"This is a {vault.role} vault; only a desk pulls from the inbox.")
    inbox = first_inbox(vault).onion
    outcomes: list[PullOutcome] = []
    with SessionEnd(listener, lambda: status_counts(outcomes), STOPPED) as end, \
            TorSession(route.tor, listener, cancel) as tor:
        tor.authorize(inbox, route.onion_auth)
        failures = 0
        while True:
            failures = _one_pass(vault, tor, inbox, listener, cancel, outcomes,
                                 max_size, failures, once)
            if once:
                break
            cancel.wait(backoff(failures) if failures else POLL_SECONDS)
    if not end.stopped:
        listener(Finished(status_counts(outcomes)))
    return outcomes


def _one_pass(vault: Vault, tor: TorSession, inbox: str, listener: Listener,
              cancel: CancelToken, outcomes: list[PullOutcome], max_size: int,
              failures: int, once: bool) -> int:
    """One pull; the new count of consecutive failures (0 after a pass that got through)."""
    def progress(sha: str, done: int, total: int) -> None:
        cancel.check()
        listener(EnvelopeProgress(sha, done, total))

    def heard(outcome: PullOutcome) -> None:
        outcomes.append(outcome)
        listener(EnvelopeOutcome(outcome.sha256, outcome.status, outcome.reason))

    try:
        pull(vault, tor.connectors(inbox)("desk-pull"), inbox, progress=progress,
             max_size=max_size, on_outcome=heard)
    except InboxError as e:
        transient = isinstance(e, InboxUnreachable) or (
            isinstance(e, InboxRejected) and e.retryable)
        if not transient:  # waiting will not change it: say so once and stop
            raise IntegrityFailure(_sentence(e)) from None
        if once:
            raise UnreachableError(
                f"The inbox could not be reached or refused the desk: {e}.") from None
        listener(Retrying(f"The pull failed ({e}); trying again later."))
        return failures + 1
    return 0


def _sentence(e: Exception) -> str:
    text = str(e)
    return f"{text[:1].upper()}{text[1:]}."
