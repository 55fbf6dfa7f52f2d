"""Commands on the vault itself: init, status, passphrase change, directory import, panic."""

import argparse
import sys
from pathlib import Path
from typing import Any

from satchel.client.coalition import current_directory, import_directory, is_pinned
from satchel.client.errors import UsageError
from satchel.client.vault.vault import ROLES, Vault, destroy, kdf_params_for_new_vault, vault_exists
from satchel.ui.cli.coalition import confirm_root
from satchel.ui.cli.context import Context
from satchel.ui.cli.parsing import arg, command, group
from satchel.ui.cli.passphrase import read_passphrase


def register(sub: Any) -> None:
    command(sub, "init", "create a vault at --home", cmd_init,
            arg("--role", required=True, choices=ROLES),
            arg("--directory", metavar="FILE", help="import this signed coalition directory"),
            arg("--accept-root", metavar="FINGERPRINT",
                help="the coalition root fingerprint you checked (asked on a terminal)"))
    command(sub, "status", "role, fingerprint and counts", cmd_status)
    psub = group(sub, "passphrase", "change the vault passphrase")
    command(psub, "change", "rewrap the vault key under a new passphrase", cmd_passphrase_change,
            arg("--new-passphrase-file", metavar="FILE", help="FILE, or - for stdin"))
    command(psub, "duress", "set a duress passphrase that destroys the vault",
            cmd_passphrase_duress,
            arg("--duress-passphrase-file", metavar="FILE", help="FILE, or - for stdin"))
    dsub = group(sub, "directory", "the coalition directory")
    command(dsub, "import", "accept a signed, newer coalition directory", cmd_directory_import,
            arg("file"),
            arg("--accept-root", metavar="FINGERPRINT",
                help="pin this coalition root if the vault has none (asked on a terminal)"))
    ssub = group(sub, "settings", "vault settings")
    command(ssub, "keep-delivered", "keep reports after their delivery is confirmed",
            cmd_keep_delivered, arg("value", choices=("on", "off")))
    command(sub, "panic", "destroy the vault irrecoverably, key slots first", cmd_panic,
            arg("--yes", action="store_true", help="do not ask for confirmation"))


def _read_file(path: str, what: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as e:
        raise UsageError(f"Cannot read the {what} {path}: {e.strerror}.") from None


def cmd_init(ctx: Context, args: argparse.Namespace) -> int:
    if vault_exists(ctx.home):
        raise UsageError(f"A vault already exists at {ctx.home}; it was left untouched.")
    directory = _read_file(args.directory, "directory file") if args.directory else None
    accept = confirm_root(ctx, directory, args.accept_root) if directory is not None else None
    passphrase = ctx.passphrase("New passphrase: ", confirm=True)
    ctx.say("Deriving the vault key (this takes about a second)...")
    vault = Vault.create(ctx.home, args.role, passphrase, kdf_params_for_new_vault())
    try:
        if directory is not None:
            import_directory(vault, directory, accept_root=accept)
        fingerprint = vault.device_key.public.fingerprint
    finally:
        vault.lock()
    ctx.emit(
        {"role": args.role, "home": str(ctx.home), "device_fingerprint": fingerprint},
        f"Created a {args.role} vault at {ctx.home}.\nDevice fingerprint: {fingerprint}",
    )
    return 0


def counts(vault: Vault) -> dict[str, Any]:
    if vault.role == "reporter":
        rows = vault.conn.execute("SELECT state, COUNT(*) FROM reports GROUP BY state")
        return {state: n for state, n in rows}
    if vault.role == "courier":
        n, size = vault.conn.execute("SELECT COUNT(*), COALESCE(SUM(size), 0) FROM envelopes").fetchone()
        return {"envelopes": n, "bytes": size}
    from satchel.client.desk.store import desk_counts

    return desk_counts(vault)


def cmd_status(ctx: Context, args: argparse.Namespace) -> int:
    vault = ctx.vault()
    directory = current_directory(vault)
    info = {
        "role": vault.role,
        "locked": False,
        "device_fingerprint": vault.device_key.public.fingerprint,
        "counts": counts(vault),
        "directory_serial": directory.serial if directory else None,
    }
    lines = [f"{k}: {v}" for k, v in info.items()]
    ctx.emit(info, "\n".join(lines))
    return 0


def cmd_passphrase_change(ctx: Context, args: argparse.Namespace) -> int:
    vault = ctx.vault()
    new = read_passphrase(args.new_passphrase_file, prompt="New passphrase: ", confirm=True)
    vault.change_passphrase(new)  # keeps the file's limits: every slot shares them
    ctx.emit({"changed": True}, "The passphrase was changed.")
    return 0


def cmd_directory_import(ctx: Context, args: argparse.Namespace) -> int:
    data = _read_file(args.file, "directory file")
    vault = ctx.vault()
    accept = args.accept_root if is_pinned(vault) else confirm_root(ctx, data, args.accept_root)
    directory = import_directory(vault, data, accept_root=accept)
    ctx.emit({"serial": directory.serial}, f"Accepted coalition directory {directory.serial}.")
    return 0


def cmd_panic(ctx: Context, args: argparse.Namespace) -> int:
    if not vault_exists(ctx.home):
        raise UsageError(f"No vault at {ctx.home}; nothing was destroyed.")
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("Refusing to destroy the vault without --yes or a terminal.")
        answer = input(f"Destroy the vault at {ctx.home} for ever? Type 'destroy': ")
        if answer.strip() != "destroy":
            raise UsageError("Nothing was destroyed.")
    destroy(ctx.home)
    ctx.emit({"destroyed": True}, "The vault was destroyed.")
    return 0


def cmd_passphrase_duress(ctx: Context, args: argparse.Namespace) -> int:
    from satchel.client.vault.duress import set_duress

    vault = ctx.vault()
    duress = read_passphrase(args.duress_passphrase_file, prompt="Duress passphrase: ",
                             confirm=True)
    if duress == ctx.passphrase():
        raise UsageError("The duress passphrase must differ from the vault passphrase.")
    set_duress(vault, duress)
    ctx.emit({"duress": True}, "Duress passphrase set. Using it destroys this vault.")
    return 0


def cmd_keep_delivered(ctx: Context, args: argparse.Namespace) -> int:
    from satchel.client.outbox.delivery import KEEP_DELIVERED

    vault = ctx.vault()
    with vault.transaction():
        if args.value == "on":
            vault.set_meta(KEEP_DELIVERED, b"1")
        else:
            vault.delete_meta(KEEP_DELIVERED)
    ctx.emit({"keep_delivered": args.value == "on"},
             "Delivered reports will be kept." if args.value == "on"
             else "Delivered reports will be erased.")
    return 0
