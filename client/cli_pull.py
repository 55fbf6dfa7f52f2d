"""satchel desk pull: fetch envelopes from the coalition inbox over Tor into the desk vault.

Fail closed like `satchel sync`: the only connections are to Tor's control port and
through Tor's SOCKS port; if Tor or the inbox cannot be reached, exit 5 with one sentence.
Each envelope is acknowledged on the inbox only after it is stored in the desk vault.
"""

import argparse
from typing import Any

from satchel.client.cli_context import Context
from satchel.client.cli_sync import add_tor_options, authorize, connectors, open_tor
from satchel.client.errors import UnreachableError, UsageError

POLL_SECONDS = 300.0


def add_pull_parser(dsub: Any) -> None:
    """Add `pull` to the `desk` subcommands (called from cli_desk.register)."""
    p = dsub.add_parser("pull", help="fetch new envelopes from the inbox over Tor")
    add_tor_options(p)
    p.add_argument("--once", action="store_true", help="one pass, then exit")
    p.set_defaults(handler=cmd_pull)


def cmd_pull(ctx: Context, args: argparse.Namespace) -> int:
    from satchel.client.coalition import first_inbox
    from satchel.sync.desk_pull import pull
    from satchel.sync.inbox_errors import InboxError
    from satchel.sync.scheduler import Waker, backoff

    vault = ctx.vault()
    if vault.role != "desk":
        raise UsageError(f"This is a {vault.role} vault; only a desk pulls from the inbox.")
    inbox = first_inbox(vault).onion
    tor = open_tor(ctx, args)
    outcomes: list[Any] = []
    waker, failures = Waker(), 0
    try:
        authorize(args, tor, inbox)
        while True:
            try:
                outcomes += pull(vault, connectors(tor, inbox)("desk-pull"), inbox,
                                 progress=ctx.progress)
                failures = 0
            except InboxError as e:
                if args.once:
                    raise UnreachableError(
                        f"The inbox could not be reached or refused the desk: {e}."
                    ) from None
                failures += 1
                ctx.say(f"satchel: pull failed ({e}); trying again later.")
            if args.once:
                break
            waker.wait(backoff(failures) if failures else POLL_SECONDS)
    finally:
        tor.close()
    held = sum(o.status == "duplicate" for o in outcomes)
    bad = [o for o in outcomes if o.status in ("damaged", "failed")]
    ctx.emit([o.to_json() for o in outcomes],
             f"Pulled {len(outcomes) - held - len(bad)} new envelope(s); {held} already held; "
             f"{len(bad)} failed.")
    return 1 if bad else 0
