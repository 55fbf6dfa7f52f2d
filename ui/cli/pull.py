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

from satchel.client.errors import UsageError
from satchel.ui.cli.context import Context
from satchel.ui.cli.parsing import add_args, arg, command
from satchel.ui.cli.sync import add_tor_options, route

MiB = 1 << 20


def add_pull_parser(dsub: Any) -> None:
    """Add `pull` to the `desk` subcommands (called from cli_desk.register)."""
    p = command(dsub, "pull", "fetch new envelopes from the inbox over Tor", cmd_pull)
    add_tor_options(p)
    add_args(p, arg("--once", action="store_true", help="one pass, then exit"),
             arg("--max-size", type=int, default=4096, metavar="MIB",
                 help="refuse (and record) envelopes larger than this many MiB (default 4096)"))


def cmd_pull(ctx: Context, args: argparse.Namespace) -> int:
    from satchel.sync.service.cancel import CancelToken
    from satchel.sync.service.pulling import REFUSED, pull_session
    from satchel.ui.cli.listen import terminal_listener

    if args.max_size < 1:
        raise UsageError("--max-size must be a positive number of MiB.")
    settings = route(ctx, args)
    outcomes = pull_session(ctx.vault(), settings, terminal_listener(ctx, "Downloading"),
                            CancelToken(), once=args.once, max_size=args.max_size * MiB)
    held = sum(o.status == "duplicate" for o in outcomes)
    bad = sum(o.status in ("damaged", "failed") for o in outcomes)
    refused = sum(o.status in REFUSED for o in outcomes)
    ctx.emit([o.to_json() for o in outcomes],
             f"Pulled {len(outcomes) - held - bad - refused} new envelope(s); {held} already "
             f"held; {refused} refused (not kept, reason recorded); {bad} failed.")
    return 1 if bad or refused else 0
