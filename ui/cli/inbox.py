"""Inbox operator commands: inbox init, serve, directory, client-key, balance, front."""

import argparse
from pathlib import Path
from typing import Any

from satchel.client.errors import IntegrityFailure, LockedError, UnreachableError, UsageError
from satchel.client.vault.vault import kdf_params_for_new_vault
from satchel.crypto.errors import IntegrityError, WrongPassphraseError
from satchel.ui.cli.context import Context
from satchel.ui.cli.parsing import arg, command, group


def register(sub: Any) -> None:
    isub = group(sub, "inbox", "run the coalition inbox server")
    command(isub, "init", "create the inbox keys at --home", cmd_init,
            arg("--root", metavar="FILE", help="pin the coalition root (its root.pub)"))
    command(isub, "serve", "serve the inbox (as an onion service)", cmd_serve,
            arg("--listen", default="127.0.0.1:0", metavar="HOST:PORT"),
            arg("--no-onion", action="store_true"),
            arg("--tor-control", metavar="ADDR"),
            arg("--client-auth", action="append", default=[], metavar="PUBLIC_KEY",
                help="only clients holding this key's private half may reach the inbox"),
            arg("--limits", type=Path, metavar="FILE",
                help="JSON object of upload limits (docs/inbox-api.md, Limits)"),
            arg("--metadata", metavar="URL",
                help="shared metadata: postgresql://USER@HOST:PORT/DB[?passfile=FILE]"),
            arg("--objects", metavar="URL",
                help="shared envelopes: s3://BUCKET?endpoint=http://HOST:PORT&region=R"))
    command(isub, "client-key", "make a client authorisation key pair", cmd_client_key)
    command(isub, "directory", "publish a signed coalition directory at /directory",
            cmd_directory, arg("file"),
            arg("--root", metavar="FILE",
                help="pin the coalition root (root.pub) first, if `inbox init` did not"))
    command(isub, "balance", "make N Onionbalance back-end homes of this (front) inbox",
            cmd_balance, arg("--instances", type=int, required=True, metavar="N"),
            arg("--out", type=Path, required=True, metavar="DIR",
                help="where the back-end homes instance-1 ... instance-N are created"))
    command(isub, "front", "publish this inbox's address over its back-ends (runs Onionbalance)",
            cmd_front,
            arg("--tor-control", required=True, metavar="ADDR",
                help="the front tor's control port HOST:PORT or unix:PATH"),
            arg("--testing-network", action="store_true", help=argparse.SUPPRESS))


def cmd_init(ctx: Context, args: argparse.Namespace) -> int:
    from satchel.sync.inbox.keys import create_keys

    root = _read(args.root, "coalition root key") if args.root else None
    passphrase = ctx.passphrase("New inbox passphrase: ", confirm=True)
    try:
        keys = create_keys(ctx.home, passphrase, kdf_params_for_new_vault())
    except FileExistsError:
        raise UsageError(f"An inbox already exists at {ctx.home}; it was left untouched.") from None
    if root is not None:
        _pin(ctx, root)
    info = {"onion": keys.onion_address, "receipt_key": keys.receipt.public.text}
    ctx.emit(info, f"Inbox created.\nonion: {info['onion']}\nreceipt_key: {info['receipt_key']}")
    return 0


def _keys(ctx: Context) -> Any:
    from satchel.sync.inbox.keys import load_keys

    try:
        return load_keys(ctx.home, ctx.passphrase())
    except FileNotFoundError:
        raise UsageError(f"No inbox at {ctx.home}; create one with `satchel inbox init`.") from None
    except WrongPassphraseError:
        raise LockedError("Wrong passphrase for the inbox keys.") from None
    except IntegrityError:
        raise LockedError("The inbox key files are damaged.") from None


def _listen(text: str) -> tuple[str, int]:
    from satchel.sync.inbox.server import parse_listen

    try:
        return parse_listen(text)
    except ValueError as e:
        raise UsageError(str(e)) from None


def _read(path: str, what: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as e:
        raise UsageError(f"Cannot read the {what} {path}: {e.strerror}.") from None


def _pin(ctx: Context, root: bytes) -> None:
    from satchel.sync.inbox.keys import pin_root

    try:
        key = pin_root(ctx.home, root.decode("utf-8", "replace"))
    except IntegrityError:
        raise UsageError("The --root file is not a coalition root key (ed25519:...).") from None
    except FileExistsError:
        raise UsageError("This inbox already pins a coalition root; it was left as it is.") from None
    ctx.say(f"Pinned the coalition root {key.fingerprint}.")


def cmd_directory(ctx: Context, args: argparse.Namespace) -> int:
    from satchel.sync.inbox.keys import pinned_root, publish_directory

    data = _read(args.file, "directory file")
    if args.root and pinned_root(ctx.home) is None:
        _pin(ctx, _read(args.root, "coalition root key"))
    try:
        directory = publish_directory(ctx.home, data)
    except LookupError:
        raise UsageError("This inbox trusts no coalition root yet; give the coalition's "
                         "root.pub with --root (check its fingerprint with the coalition).") from None
    except IntegrityError as e:
        raise IntegrityFailure(f"The directory was not published: {e.what} (it must be signed "
                               "by the pinned root, newer than the one served and not expired).") from None
    ctx.emit({"published": True, "serial": directory.serial},
             f"Directory {directory.serial} will be served at /directory.")
    return 0


def cmd_serve(ctx: Context, args: argparse.Namespace) -> int:
    from satchel.sync.inbox.faults import StorageUnavailable
    from satchel.sync.inbox.limits import LimitsError
    from satchel.sync.inbox.server import serve
    from satchel.sync.tor.errors import TorError

    host, port = _listen(args.listen)  # a usage error needs no passphrase
    keys = _keys(ctx)
    if not args.no_onion and not args.tor_control:
        raise UsageError("Give --tor-control ADDR to publish the onion service, or --no-onion.")
    try:
        serve(ctx.home, keys, host, port, tor_control=None if args.no_onion else args.tor_control,
              say=ctx.say, client_auth=tuple(args.client_auth), limits=args.limits,
              metadata=args.metadata, objects=args.objects)
    except (LimitsError, ValueError) as e:
        raise UsageError(str(e)) from None
    except StorageUnavailable as e:
        raise UnreachableError(f"The inbox's shared storage cannot be reached ({e}); check "
                               "--metadata and --objects and that both services run.") from None
    except OSError as e:
        raise UnreachableError(f"The inbox could not start: {e.strerror}.") from None
    except TorError as e:
        raise UnreachableError(f"The onion service could not be published: {e}") from None
    return 0


def cmd_client_key(ctx: Context, args: argparse.Namespace) -> int:
    from satchel.sync.tor.onion_auth import ClientKeyPair

    pair = ClientKeyPair.generate()
    ctx.emit({"public": pair.public, "private": pair.private},
             f"public (for inbox serve --client-auth): {pair.public}\n"
             f"private (one line in the client's --onion-auth-file): {pair.private}")
    return 0


def cmd_balance(ctx: Context, args: argparse.Namespace) -> int:
    from satchel.sync.inbox.balance import make_instances

    keys = _keys(ctx)  # the front's; its passphrase seals the new instance keys too
    try:
        made = make_instances(ctx.home, ctx.passphrase(), kdf_params_for_new_vault(),
                              args.out, args.instances)
    except ValueError as e:
        raise UsageError(str(e)) from None
    except FileExistsError as e:
        raise UsageError(f"{e.filename} exists; choose an empty --out.") from None
    info = {"front": keys.onion_address,
            "instances": [{"home": str(home), "onion": onion} for home, onion in made]}
    lines = [f"front: {keys.onion_address}"] + [f"instance: {o} in {h}" for h, o in made]
    ctx.emit(info, "\n".join(lines) + "\nServe each home with `satchel inbox serve`; "
             "publish the front with `satchel inbox front`.")
    return 0


def cmd_front(ctx: Context, args: argparse.Namespace) -> int:
    from satchel.sync.inbox.balance import instances, start_front
    from satchel.sync.tor.manager import TorSettings

    try:
        TorSettings(mode="control", control=args.tor_control)  # loopback only, checked
    except ValueError as e:
        raise UsageError(str(e)) from None
    keys = _keys(ctx)
    control = args.tor_control
    where = control[5:] if control.startswith("unix:") else _host_port(control)
    try:
        process = start_front(keys.onion, instances(ctx.home), where,
                              testnet=args.testing_network)
    except ValueError as e:
        raise UsageError(str(e)) from None
    except LookupError:
        raise UsageError("Onionbalance is not installed: `apt install onionbalance` or "
                         "`pip install onionbalance`.") from None
    ctx.say(f"Publishing {keys.onion_address} over {len(instances(ctx.home))} instances.")
    try:
        code = process.wait()
    except KeyboardInterrupt:
        process.terminate()
        process.wait()
        return 0
    if code != 0:
        raise UnreachableError("Onionbalance stopped; check that the front tor runs and "
                               "that its control port is the one given.")
    return 0


def _host_port(text: str) -> tuple[str, int]:
    host, _sep, port = text.rpartition(":")  # already checked by TorSettings
    return ("127.0.0.1" if host == "localhost" else host.strip("[]")), int(port)
