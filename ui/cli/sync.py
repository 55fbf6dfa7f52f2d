"""satchel sync: upload queued envelopes to the coalition inbox over Tor.

Fail closed: the only connections opened are to Tor's control port and through Tor's
SOCKS port; if Tor cannot be reached or does not bootstrap, nothing is sent (exit 5).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from satchel.client.errors import UsageError
from satchel.ui.cli.context import Context
from satchel.ui.cli.parsing import add_args, arg, command

if TYPE_CHECKING:  # Tor and stem load only for the commands that use them
    from satchel.sync.service.route import Route
    from satchel.sync.tor.manager import TorSettings


def register(sub: Any) -> None:
    p = command(sub, "sync", "upload queued envelopes over Tor and fetch receipts", cmd_sync)
    add_tor_options(p)
    add_args(p, arg("--once", action="store_true", help="one pass, then exit"))


def add_tor_options(p: argparse.ArgumentParser) -> None:
    g = p.add_mutually_exclusive_group()
    g.add_argument("--tor-control", metavar="ADDR", help="an existing Tor's control port")
    g.add_argument("--tor-socks", metavar="ADDR", help="an existing Tor's SOCKS port only")
    g.add_argument("--launch-tor", action="store_true", help="launch a private tor (default)")
    p.add_argument("--torrc-extra", metavar="FILE", help="extra torrc lines for --launch-tor")
    p.add_argument("--tor-timeout", type=float, default=180.0, metavar="SECONDS")
    p.add_argument("--onion-auth-file", metavar="FILE",
                   help="the inbox's client authorisation key (x25519:...), if it has one")


def tor_settings(ctx: Context, args: argparse.Namespace) -> TorSettings:
    from satchel.sync.tor.errors import TorError
    from satchel.sync.tor.manager import TorSettings

    extra = ""
    if args.torrc_extra:
        try:
            extra = Path(args.torrc_extra).read_text()
        except OSError as e:
            raise UsageError(f"Cannot read {args.torrc_extra}: {e.strerror}.") from None
    try:
        if args.tor_control:
            return TorSettings(mode="control", control=args.tor_control,
                               bootstrap_timeout=args.tor_timeout)
        if args.tor_socks:
            return TorSettings(mode="socks", socks=args.tor_socks,
                               bootstrap_timeout=args.tor_timeout)
        return TorSettings(mode="launch", data_dir=ctx.home / "tor", torrc_extra=extra,
                           bootstrap_timeout=args.tor_timeout)
    except TorError as e:
        raise UsageError(str(e)) from None


def route(ctx: Context, args: argparse.Namespace) -> Route:
    """The Route the flags describe (Tor settings and the onion's authorisation key)."""
    from satchel.sync.service.route import Route

    auth = Path(args.onion_auth_file) if args.onion_auth_file else None
    return Route(tor_settings(ctx, args), auth)


def cmd_sync(ctx: Context, args: argparse.Namespace) -> int:
    from satchel.sync.service.cancel import CancelToken
    from satchel.sync.service.sending import send, verdict
    from satchel.ui.cli.listen import terminal_listener

    settings = route(ctx, args)  # a refused torrc is exit 2 before the vault is unlocked
    outcomes = send(ctx.vault(), settings, terminal_listener(ctx, "Uploading"), CancelToken(),
                    once=args.once)
    failed = [o for o in outcomes if o.status == "failed"]
    ctx.emit([o.to_json() for o in outcomes],
             f"Sent {len(outcomes) - len(failed)} envelope(s); {len(failed)} failed.")
    problem = verdict(outcomes)
    if problem is not None:
        raise problem
    return 0
