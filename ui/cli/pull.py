"""satchel desk pull: fetch envelopes from the coalition inbox over Tor into the desk vault.

Fail closed like `satchel sync`: the only connections are to Tor's control port and
through Tor's SOCKS port; if Tor or the inbox cannot be reached, exit 5 with one sentence
(without --once: try again later, with backoff). A refusal that waiting will not change
(the inbox refuses the desk's login, or answers a request with a 4xx status or an
invalid reply) ends the pull with exit 4 and one sentence, with or without --once.
Each envelope is acknowledged on the inbox only after it is stored and checked in the
desk vault.
"""

import argparse
from typing import Any

from satchel.client.errors import IntegrityFailure, UnreachableError, UsageError
from satchel.ui.cli.context import Context
from satchel.ui.cli.sync import add_tor_options, authorize, connectors, open_tor

POLL_SECONDS = 300.0
MiB = 1 << 20


def add_pull_parser(dsub: Any) -> None:
    """Add `pull` to the `desk` subcommands (called from cli_desk.register)."""
    p = dsub.add_parser("pull", help="fetch new envelopes from the inbox over Tor")
    add_tor_options(p)
    p.add_argument("--once", action="store_true", help="one pass, then exit")
    p.add_argument("--max-size", type=int, default=4096, metavar="MIB",
                   help="refuse (and record) envelopes larger than this many MiB "
                        "(default 4096)")
    p.set_defaults(handler=cmd_pull)


def cmd_pull(ctx: Context, args: argparse.Namespace) -> int:
    from satchel.client.coalition import first_inbox
    from satchel.sync.service.scheduler import Waker, backoff
    from satchel.sync.transport.errors import InboxError, InboxRejected, InboxUnreachable
    from satchel.sync.transport.pull import pull

    if args.max_size < 1:
        raise UsageError("--max-size must be a positive number of MiB.")
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
                                 progress=ctx.progress, max_size=args.max_size * MiB)
                failures = 0
            except InboxError as e:
                transient = isinstance(e, InboxUnreachable) or (
                    isinstance(e, InboxRejected) and e.retryable)
                if not transient:  # waiting will not change it: say so once and stop
                    raise IntegrityFailure(_sentence(e)) from None
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
    bad = sum(o.status in ("damaged", "failed") for o in outcomes)
    refused = sum(o.status in ("not-for-this-desk", "rejected", "too-large") for o in outcomes)
    ctx.emit([o.to_json() for o in outcomes],
             f"Pulled {len(outcomes) - held - bad - refused} new envelope(s); {held} already "
             f"held; {refused} refused (not kept, reason recorded); {bad} failed.")
    return 1 if bad or refused else 0


def _sentence(e: Exception) -> str:
    text = str(e)
    return f"{text[:1].upper()}{text[1:]}."
