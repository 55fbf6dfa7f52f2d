"""satchel desk pull: fetch envelopes from the coalition inbox over Tor into the desk vault.

Fail closed like `satchel sync`: the only connections are to Tor's control port and
through Tor's SOCKS port; if Tor or the inbox cannot be reached, exit 5 with one sentence.
Each envelope is acknowledged on the inbox only after it is stored in the desk vault.
"""

import argparse
import time
from typing import Any

from satchel.client.cli_context import Context
from satchel.client.cli_sync import add_tor_options, connectors, open_tor
from satchel.client.errors import SatchelError, UnreachableError, UsageError

POLL_SECONDS = 300.0


def add_pull_parser(dsub: Any) -> None:
    """Add `pull` to the `desk` subcommands (called from cli_desk.register)."""
    p = dsub.add_parser("pull", help="fetch new envelopes from the inbox over Tor")
    add_tor_options(p)
    p.add_argument("--once", action="store_true", help="one pass, then exit")
    p.set_defaults(handler=cmd_pull)


def cmd_pull(ctx: Context, args: argparse.Namespace) -> int:
    from satchel.client.coalition import require_directory
    from satchel.sync.desk_pull import pull
    from satchel.sync.inbox_errors import InboxError

    vault = ctx.vault()
    if vault.role != "desk":
        raise UsageError(f"This is a {vault.role} vault; only a desk pulls from the inbox.")
    inboxes = require_directory(vault).inboxes
    if not inboxes:
        raise SatchelError("The coalition directory lists no inbox; use a USB courier.")
    inbox = inboxes[0].onion
    tor = open_tor(ctx, args)
    outcomes: list[Any] = []
    try:
        while True:
            try:
                outcomes += pull(vault, connectors(tor, inbox)("desk-pull"), inbox,
                                 progress=ctx.progress)
            except InboxError as e:
                if args.once:
                    raise UnreachableError(
                        f"The inbox could not be reached or refused the desk: {e}."
                    ) from None
                ctx.say(f"satchel: pull failed ({e}); retrying in {POLL_SECONDS:.0f} s.")
            if args.once:
                break
            time.sleep(POLL_SECONDS)
    finally:
        tor.close()
    held = sum(o.status == "duplicate" for o in outcomes)
    bad = [o for o in outcomes if o.status in ("damaged", "failed")]
    ctx.emit([o.to_json() for o in outcomes],
             f"Pulled {len(outcomes) - held - len(bad)} new envelope(s); {held} already held; "
             f"{len(bad)} failed.")
    return 1 if bad else 0
