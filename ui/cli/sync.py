"""satchel sync: upload queued envelopes to the coalition inbox over Tor.

Fail closed: the only connections opened are to Tor's control port and through Tor's
SOCKS port; if Tor cannot be reached or does not bootstrap, nothing is sent (exit 5).
"""

import argparse
import time
from pathlib import Path
from typing import Any

from satchel.client.errors import IntegrityFailure, UnreachableError, UsageError
from satchel.ui.cli.context import Context


def register(sub: Any) -> None:
    p = sub.add_parser("sync", help="upload queued envelopes over Tor and fetch receipts")
    add_tor_options(p)
    p.add_argument("--once", action="store_true", help="one pass, then exit")
    p.set_defaults(handler=cmd_sync)


def add_tor_options(p: argparse.ArgumentParser) -> None:
    g = p.add_mutually_exclusive_group()
    g.add_argument("--tor-control", metavar="ADDR", help="an existing Tor's control port")
    g.add_argument("--tor-socks", metavar="ADDR", help="an existing Tor's SOCKS port only")
    g.add_argument("--launch-tor", action="store_true", help="launch a private tor (default)")
    p.add_argument("--torrc-extra", metavar="FILE", help="extra torrc lines for --launch-tor")
    p.add_argument("--tor-timeout", type=float, default=180.0, metavar="SECONDS")
    p.add_argument("--onion-auth-file", metavar="FILE",
                   help="the inbox's client authorisation key (x25519:...), if it has one")


def tor_settings(ctx: Context, args: argparse.Namespace) -> Any:
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


def open_tor(ctx: Context, args: argparse.Namespace) -> Any:
    from satchel.sync.tor.errors import TorError
    from satchel.sync.tor.manager import connect

    settings = tor_settings(ctx, args)
    progress = ctx.progress
    try:
        return connect(settings, lambda pct, summary: progress(f"Tor: {summary}", pct, 100))
    except TorError as e:
        raise UnreachableError(str(e)) from None


def authorize(args: argparse.Namespace, tor: Any, onion: str) -> None:
    """Hand Tor the inbox's client authorisation key, when one is given."""
    from satchel.sync.tor.onion_auth import OnionAuthError, add_client_auth

    if not args.onion_auth_file:
        return
    if tor.controller is None:
        raise UsageError("A client authorisation key needs Tor's control port: "
                         "use --tor-control or --launch-tor, not --tor-socks.")
    try:
        key = Path(args.onion_auth_file).read_text()
    except OSError as e:
        raise UsageError(f"Cannot read {args.onion_auth_file}: {e.strerror}.") from None
    try:
        add_client_auth(tor.controller, onion, key)
    except OnionAuthError as e:
        raise UsageError(str(e)) from None


def connectors(tor: Any, host: str) -> Any:
    from satchel.sync.tor.socks import SocksError, socks5_connect
    from satchel.sync.transport.errors import InboxUnreachable

    def factory(isolation: str) -> Any:
        def connect() -> Any:
            try:
                return socks5_connect(tor.socks_address, host, 80, isolation=isolation)
            except SocksError as e:  # the HTTP client knows only inbox errors
                raise InboxUnreachable(str(e)) from None

        return connect

    return factory


def cmd_sync(ctx: Context, args: argparse.Namespace) -> int:
    from satchel.client.coalition import first_inbox
    from satchel.sync.service.scheduler import Waker
    from satchel.sync.service.uplink import next_due, pending, sync_once

    vault = ctx.vault()
    if vault.role not in ("reporter", "courier"):
        raise UsageError("Only a reporter or courier vault uploads; a desk uses `desk pull`.")
    host = first_inbox(vault).onion
    tor = open_tor(ctx, args)
    waker = Waker()
    outcomes = []
    try:
        authorize(args, tor, host)
        while True:
            outcomes += sync_once(vault, connectors(tor, host), ctx.progress,
                                  everything=args.once)
            if args.once or not pending(vault):
                break
            waker.wait(next_due(vault) - time.time())
    finally:
        tor.close()
    failed = [o for o in outcomes if o.status == "failed"]
    ctx.emit([o.to_json() for o in outcomes],
             f"Sent {len(outcomes) - len(failed)} envelope(s); {len(failed)} failed.")
    forged = [o for o in failed if o.integrity]
    if forged:
        raise IntegrityFailure(
            f"The inbox answered with a receipt that does not verify ({forged[0].reason}); "
            "the envelopes stay queued — tell the coalition, the inbox may be compromised."
        )
    if failed and len(failed) == len(outcomes):
        raise UnreachableError(f"The inbox could not be reached: {failed[0].reason}; "
                               "the envelopes stay queued and will be retried.")
    return 0

