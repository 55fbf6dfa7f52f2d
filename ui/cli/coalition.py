"""Commands for the coalition's key holders: coalition init and coalition directory."""

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from satchel.client.coalition import check_confirmed, root_fingerprint
from satchel.client.errors import LockedError, UsageError
from satchel.client.fsutil import atomic_write
from satchel.client.vault.vault import kdf_params_for_new_vault
from satchel.crypto import age
from satchel.crypto.directory import DEFAULT_KINDS, Desk, Directory, Inbox, sign_directory
from satchel.crypto.errors import CryptoError, IntegrityError, WrongPassphraseError
from satchel.crypto.keys import SigningKey, VerifyKey, open_secret, seal_secret
from satchel.ui.cli.context import Context
from satchel.ui.cli.parsing import arg, command, group

ROOT_KEY = "root.key"
ROOT_PUB = "root.pub"
DAY = 86400


def register(sub: Any) -> None:
    csub = group(sub, "coalition", "coalition root key and directory")
    command(csub, "init", "create a coalition root key", cmd_init,
            arg("--out", required=True, metavar="DIR"))
    command(csub, "directory", "write a signed coalition directory", cmd_directory,
            arg("--root", required=True, metavar="KEYFILE"),
            arg("--recipient", action="append", default=[], metavar="AGE_RECIPIENT"),
            arg("--inbox", action="append", default=[], metavar="ONION=RECEIPT_KEY"),
            arg("--desk", action="append", default=[], metavar="NAME=RECIPIENT=SIGNING_KEY"),
            arg("--serial", type=int, help="default: the current time in seconds"),
            arg("--valid-days", type=int, default=365),
            arg("--out", required=True, metavar="FILE"))


def cmd_init(ctx: Context, args: argparse.Namespace) -> int:
    out = Path(args.out)
    if (out / ROOT_KEY).exists():
        raise UsageError(f"{out / ROOT_KEY} exists already; it was left untouched.")
    passphrase = ctx.passphrase("Passphrase for the root key: ", confirm=True)
    root = SigningKey.generate()
    out.mkdir(parents=True, exist_ok=True, mode=0o700)
    atomic_write(out / ROOT_KEY, seal_secret(root.seed, passphrase, kdf_params_for_new_vault()))
    atomic_write(out / ROOT_PUB, (root.public.text + "\n").encode())
    ctx.emit(
        {"root": root.public.text, "fingerprint": root.public.fingerprint, "key": str(out / ROOT_KEY)},
        f"Coalition root key written to {out / ROOT_KEY}\nFingerprint: {root.public.fingerprint}",
    )
    return 0


def confirm_root(ctx: Context, data: bytes, accept_root: str | None) -> str:
    """The root fingerprint the user confirmed for the directory `data`.

    Naming a directory file to `directory import` or `init --directory` is itself the
    user's decision to trust it (a stick's directory never pins without --accept-root):
    the fingerprint is always shown, a terminal asks for a yes, and --accept-root, when
    given, must match. It chooses who can read every report this vault sends.
    """
    fingerprint = root_fingerprint(data)
    if accept_root is not None:
        check_confirmed(fingerprint, accept_root)
        return fingerprint
    ctx.say(f"This directory is signed by the coalition root\n    {fingerprint}\n"
            "Compare it with the fingerprint the coalition gave you in person.")
    if sys.stdin.isatty() and input("Pin this root for this vault? Type yes: ").strip().lower() != "yes":
        raise UsageError("The coalition root was not pinned; nothing was imported.")
    return fingerprint


def _load_root(ctx: Context, path: str) -> SigningKey:
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise UsageError(f"Cannot read the root key {path}: {e.strerror}.") from None
    try:
        return SigningKey.from_seed(open_secret(data, ctx.passphrase()))
    except WrongPassphraseError:
        raise LockedError("Wrong passphrase for the root key.") from None
    except IntegrityError:
        raise UsageError(f"{path} is not a coalition root key file.") from None


def _inboxes(specs: list[str]) -> tuple[Inbox, ...]:
    inboxes = []
    for spec in specs:
        onion, sep, key = spec.partition("=")
        if not sep or not onion or not key:
            raise UsageError(f"--inbox {spec!r} must be ONION=RECEIPT_KEY.")
        _check_key(key, "receipt key")
        inboxes.append(Inbox(onion=onion, receipt_key=key))
    return tuple(inboxes)


def _desks(specs: list[str]) -> tuple[Desk, ...]:
    desks = []
    for spec in specs:
        parts = spec.split("=")
        if len(parts) != 3 or not all(parts):
            raise UsageError(f"--desk {spec!r} must be NAME=AGE_RECIPIENT=SIGNING_KEY.")
        _check_recipient(parts[1])
        _check_key(parts[2], "desk signing key")
        desks.append(Desk(name=parts[0], recipient=parts[1], signing_key=parts[2]))
    return tuple(desks)


def _check_key(text: str, what: str) -> None:
    try:
        VerifyKey.from_text(text)
    except IntegrityError:
        raise UsageError(f"{text!r} is not a valid {what} (ed25519:...).") from None


def _check_recipient(text: str) -> None:
    try:
        age.parse_recipient(text)
    except CryptoError:
        raise UsageError(f"{text!r} is not an age recipient (age1...).") from None


def cmd_directory(ctx: Context, args: argparse.Namespace) -> int:
    if not args.recipient:
        raise UsageError("A directory needs at least one --recipient.")
    for r in args.recipient:
        _check_recipient(r)
    root = _load_root(ctx, args.root)
    now = int(time.time())
    directory = Directory(
        serial=args.serial if args.serial is not None else now,
        issued=now,
        expires=now + args.valid_days * DAY,
        root=root.public.text,
        recipients=tuple(sorted(set(args.recipient))),
        desks=_desks(args.desk),
        inboxes=_inboxes(args.inbox),
        kinds=DEFAULT_KINDS,
    )
    atomic_write(Path(args.out), sign_directory(root, directory))
    ctx.emit({"serial": directory.serial, "out": args.out},
             f"Signed directory {directory.serial} written to {args.out}.")
    return 0
