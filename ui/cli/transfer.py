"""export DIR and import DIR: the USB courier path, for every role."""

import argparse
from pathlib import Path
from typing import Any

from satchel.ui.cli.context import Context
from satchel.ui.cli.listen import terminal_listener
from satchel.ui.cli.parsing import arg, command


def register(sub: Any) -> None:
    command(sub, "export", "write queued envelopes (or receipts) as a bundle", cmd_export,
            arg("dir"),
            arg("--transport-passphrase-file", metavar="FILE",
                help="make every file on the stick look random (FILE or -)"))
    command(sub, "import", "read bundles from a stick", cmd_import,
            arg("dir"), arg("--transport-passphrase-file", metavar="FILE"),
            arg("--accept-root", metavar="FINGERPRINT",
                help="pin the coalition root with this fingerprint from a directory on "
                     "the stick (a vault that trusts no root yet ignores it otherwise)"))


def _transport(args: argparse.Namespace) -> bytes | None:
    if not args.transport_passphrase_file:
        return None
    from satchel.ui.cli.passphrase import read_passphrase

    return read_passphrase(args.transport_passphrase_file, prompt="Transport passphrase: ")


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    from satchel.sync.service.cancel import CancelToken
    from satchel.sync.service.stick import WRITTEN, check_export, export_to_stick

    vault = ctx.vault()
    report = export_to_stick(vault, Path(args.dir), terminal_listener(ctx, "Exporting"),
                             CancelToken(), passphrase=_transport(args))
    done = sum(r.status in WRITTEN for r in report.results)
    failed = sum(r.status == "failed" for r in report.results)
    ctx.emit(report.to_json(), f"Wrote {done} item(s) to {args.dir}"
             + (f"; {failed} failed." if failed else "."))
    check_export(report)
    return 0


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    from satchel.sync.service.cancel import CancelToken
    from satchel.sync.service.stick import FAILED_IMPORT, check_import, import_from_stick

    vault = ctx.vault()
    outcomes = import_from_stick(vault, Path(args.dir), terminal_listener(ctx, "Importing"),
                                 CancelToken(), passphrase=_transport(args),
                                 accept_root=args.accept_root)
    failed = [o for o in outcomes if o["status"] in FAILED_IMPORT]
    for o in outcomes:  # a directory left aside is a trust decision: say it, not only in JSON
        if o["kind"] == "directory" and o["status"] == "ignored":
            ctx.say(f"The coalition directory on the stick was not taken: {o['reason']}")
    ctx.emit(outcomes, f"Read {len(outcomes)} item(s) from {args.dir}"
             + (f"; {len(failed)} failed." if failed else "."))
    check_import(outcomes)
    return 0
