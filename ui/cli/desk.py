"""Desk commands: verify, export, identity, devices, triage, alerts, pull."""

import argparse
from pathlib import Path
from typing import Any

from satchel.client.desk.alerts import write_alerts
from satchel.client.desk.export import export_evidence
from satchel.client.desk.listing import list_devices, set_triage
from satchel.client.desk.store import DESK_STATES, set_device_status
from satchel.client.desk.verify import submission_ids, verify_submissions
from satchel.client.errors import EXIT_INTEGRITY, UsageError
from satchel.client.fsutil import atomic_write
from satchel.client.vault.vault import Vault
from satchel.ui.cli.context import Context
from satchel.ui.cli.parsing import arg, command, group
from satchel.ui.cli.pull import add_pull_parser


def register(sub: Any) -> None:
    dsub = group(sub, "desk", "the coalition desk's work")
    command(dsub, "verify", "verify submissions", cmd_verify, arg("ids", nargs="*", metavar="ID"))
    command(dsub, "export", "write a submission and its verification record", cmd_export,
            arg("id"), arg("dir"))
    command(dsub, "identity", "show or export the desk's decryption identity", cmd_identity,
            arg("--export", metavar="FILE", help="write the identity in age's format"))
    command(dsub, "devices", "the device registry", cmd_devices,
            arg("action", nargs="?", choices=("trust", "revoke")), arg("fingerprint", nargs="?"),
            arg("--label"))
    command(dsub, "triage", "set a submission's state, tags and notes", cmd_triage,
            arg("id"), arg("--state", choices=DESK_STATES),
            arg("--tag", action="append", default=[]), arg("--note"))
    command(dsub, "alerts", "write a de-identified incident summary", cmd_alerts,
            arg("--since", metavar="DATE"), arg("--out", required=True, metavar="FILE"))
    add_pull_parser(dsub)


def _desk(ctx: Context) -> Vault:
    vault = ctx.vault()
    if vault.role != "desk":
        raise UsageError(f"This is a {vault.role} vault; desk commands need a desk vault.")
    return vault


def cmd_verify(ctx: Context, args: argparse.Namespace) -> int:
    vault = _desk(ctx)
    ids = args.ids or submission_ids(vault)
    results = verify_submissions(vault, ids)
    lines = [
        f"{r['id']}  {'VERIFIED' if r['verified'] else 'FAILED'}  {r['signer_fingerprint']}"
        f"  {r['device_status']}  {r['title']}" + "".join(f"\n    - {x}" for x in r["reasons"])
        for r in results
    ]
    ctx.emit(results, "\n".join(lines) if lines else "No submissions.")
    if any(not r["verified"] for r in results):
        ctx.say("satchel: at least one submission failed verification; see its reasons.")
        return EXIT_INTEGRITY
    return 0


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    record = export_evidence(_desk(ctx), args.id, Path(args.dir))
    ctx.emit({"id": args.id, "dir": args.dir, "files": record["files"]},
             f"Evidence written to {args.dir}; see README.txt there.")
    return 0


def cmd_identity(ctx: Context, args: argparse.Namespace) -> int:
    vault = _desk(ctx)
    recipient, signing = vault.recipient, vault.device_key.public
    if args.export:
        text = f"# Satchel desk identity\n# public key: {recipient}\n{vault.identity}\n"
        atomic_write(Path(args.export), text.encode(), mode=0o600)
    info = {"recipient": recipient, "signing_key": signing.text,
            "fingerprint": signing.fingerprint,
            "directory_entry": f"NAME={recipient}={signing.text}"}
    ctx.emit(info, "\n".join(f"{k}: {v}" for k, v in info.items()))
    return 0


def cmd_devices(ctx: Context, args: argparse.Namespace) -> int:
    vault = _desk(ctx)
    if args.action:
        if not args.fingerprint:
            raise UsageError("Give the device's fingerprint, as compared out of band.")
        status = "trusted" if args.action == "trust" else "revoked"
        set_device_status(vault, args.fingerprint, status, args.label)
    rows = [{"fingerprint": d.fingerprint, "status": d.status, "label": d.label,
             "public_key": d.public_key} for d in list_devices(vault)]
    ctx.emit(rows, "\n".join(f"{r['fingerprint']}  {r['status']:8} {r['label']}" for r in rows)
             or "No devices yet.")
    return 0


def cmd_triage(ctx: Context, args: argparse.Namespace) -> int:
    tags = set_triage(_desk(ctx), args.id, state=args.state, add_tags=args.tag, notes=args.note)
    ctx.emit({"id": args.id, "tags": tags}, "Updated.")
    return 0


def cmd_alerts(ctx: Context, args: argparse.Namespace) -> int:
    csv_path, json_path, n = write_alerts(_desk(ctx), args.since, Path(args.out))
    ctx.emit({"csv": str(csv_path), "json": str(json_path), "incidents": n},
             f"Wrote {n} incident rows to {csv_path} and {json_path}.")
    return 0
