"""The send session: one Tor connection, every queued envelope, receipts, erasure.

This is what a user means by "send my reports" (`satchel sync`, and the window's
background sender): open or attach Tor, authorise the onion, upload what is due with
backoff per envelope, verify each receipt, erase what was delivered, take a newer
directory. Everything it does is reported to one `Listener`; `CancelToken.cancel()`
stops it at the next chunk with nothing lost, and `CancelToken.wake()` sends new work
at once instead of at the next due time.
"""

from __future__ import annotations

import time

from satchel.client.coalition import first_inbox
from satchel.client.errors import IntegrityFailure, SatchelError, UnreachableError, UsageError
from satchel.client.vault.vault import Vault
from satchel.sync.service.cancel import CancelToken
from satchel.sync.service.connection import TorSession
from satchel.sync.service.ending import SessionEnd, status_counts
from satchel.sync.service.events import Finished, Listener
from satchel.sync.service.route import Route
from satchel.sync.service.uplink import UploadOutcome, next_due, pending, sync_once

IDLE_SECONDS = 300.0  # a kept-open session looks for a newer directory this often
STOPPED = "Stopped; what was sent is kept and the rest stays queued, safe in this vault."


def send(vault: Vault, route: Route, listener: Listener, cancel: CancelToken, *,
         once: bool = False, keep_open: bool = False) -> list[UploadOutcome]:
    """Upload queued envelopes until none waits (`once`: one pass over all of them).

    With `keep_open`, the session then waits for `cancel.wake()` or the next due time
    instead of returning: the window keeps one open while it runs. Raises a SatchelError
    only when it could not start (Tor unreachable: exit 5); what the outcomes mean for
    the user is `verdict(outcomes)`, also told to the listener in `Finished`.
    """
    if vault.role not in ("reporter", "courier"):
        raise UsageError("Only a reporter or courier vault uploads; a desk uses `desk pull`.")
    host = first_inbox(vault).onion
    outcomes: list[UploadOutcome] = []
    with SessionEnd(listener, lambda: status_counts(outcomes), STOPPED) as end, \
            TorSession(route.tor, listener, cancel) as tor:
        tor.authorize(host, route.onion_auth)
        while True:
            outcomes += sync_once(vault, tor.connectors(host), listener, cancel, everything=once)
            if once or not (keep_open or pending(vault)):
                break
            due = next_due(vault) if pending(vault) else time.time() + IDLE_SECONDS
            cancel.wait(due - time.time())
    if end.stopped:
        return outcomes
    problem = verdict(outcomes)
    listener(Finished(status_counts(outcomes), str(problem or ""),
                      problem.exit_code if problem else 0))
    return outcomes


def verdict(outcomes: list[UploadOutcome]) -> SatchelError | None:
    """What a session's outcomes mean for the user: a forged receipt, or no way through."""
    failed = [o for o in outcomes if o.status == "failed"]
    forged = [o for o in failed if o.integrity]
    if forged:
        return IntegrityFailure(
            f"The inbox answered with a receipt that does not verify ({forged[0].reason}); "
            "the envelopes stay queued — tell the coalition, the inbox may be compromised."
        )
    if failed and len(failed) == len(outcomes):
        return UnreachableError(f"The inbox could not be reached: {failed[0].reason}; "
                                "the envelopes stay queued and will be retried.")
    return None
