"""export DIR and import DIR: the USB courier path, for every role."""

import argparse
from pathlib import Path
from typing import Any

from satchel.client.errors import IntegrityFailure, LockedError, SatchelError
from satchel.crypto.errors import IntegrityError
from satchel.sync.bundle.carry import export_items, import_entry, known, mark_exported
from satchel.ui.cli.context import Context


def register(sub: Any) -> None:
    e = sub.add_parser("export", help="write queued envelopes (or receipts) as a bundle")
    e.add_argument("dir")
    e.add_argument("--transport-passphrase-file", metavar="FILE",
                   help="make every file on the stick look random (FILE or -)")
    e.set_defaults(handler=cmd_export)
    i = sub.add_parser("import", help="read bundles from a stick")
    i.add_argument("dir")
    i.add_argument("--transport-passphrase-file", metavar="FILE")
    i.add_argument("--accept-root", metavar="FINGERPRINT",
                   help="pin the coalition root with this fingerprint from a directory on "
                        "the stick (a vault that trusts no root yet ignores it otherwise)")
    i.set_defaults(handler=cmd_import)


def _transport(args: argparse.Namespace) -> bytes | None:
    if not args.transport_passphrase_file:
        return None
    from satchel.ui.cli.passphrase import read_passphrase

    return read_passphrase(args.transport_passphrase_file, prompt="Transport passphrase: ")


def _bar(ctx: Context, label: str) -> Any:
    progress = ctx.progress
    return lambda done, total: progress(label, done, total)


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    from satchel.sync.bundle import BundleError, write_bundle

    vault = ctx.vault()
    items = export_items(vault)
    try:
        report = write_bundle(Path(args.dir), items, passphrase=_transport(args),
                              on_progress=_bar(ctx, "Exporting"))
    except BundleError as e:
        raise SatchelError(str(e)) from None
    done = [r.sha256 for r in report.results if r.status in ("written", "present", "duplicate")]
    mark_exported(vault, done)
    failed = [r for r in report.results if r.status == "failed"]
    ctx.emit(report.to_json(), f"Wrote {len(done)} item(s) to {args.dir}"
             + (f"; {len(failed)} failed." if failed else "."))
    if failed:
        raise SatchelError(f"{len(failed)} item(s) could not be exported: {failed[0].reason}")
    return 0


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    from satchel.sync.bundle import BundlePassphraseError, BundleReadError, read_bundle

    vault = ctx.vault()
    try:
        results = read_bundle(Path(args.dir), passphrase=_transport(args),
                              known=lambda sha: known(vault, sha),
                              on_progress=_bar(ctx, "Importing"))
        outcomes = [_take(vault, r, args.accept_root) for r in results]
    except BundlePassphraseError:
        raise LockedError("The transport passphrase is missing or wrong for this stick.") from None
    except BundleReadError as e:
        raise SatchelError(str(e)) from None
    failed = [o for o in outcomes if o["status"] in ("failed", "damaged", "rejected")]
    for o in outcomes:  # a directory left aside is a trust decision: say it, not only in JSON
        if o["kind"] == "directory" and o["status"] == "ignored":
            ctx.say(f"The coalition directory on the stick was not taken: {o['reason']}")
    ctx.emit(outcomes, f"Read {len(outcomes)} item(s) from {args.dir}"
             + (f"; {len(failed)} failed." if failed else "."))
    if failed:
        raise IntegrityFailure(
            f"{len(failed)} item(s) on the stick were damaged or refused; the rest were taken."
        )
    return 0


def _take(vault: Any, result: Any, accept_root: str | None) -> dict[str, Any]:
    base: dict[str, Any] = result.to_json()
    if result.status != "ready":
        return base
    try:
        outcome = import_entry(vault, result.kind, result.sha256, result.size, result.copy_to,
                               accept_root=accept_root)
    except IntegrityError as e:
        return {**base, "status": "failed", "reason": str(e)}
    return {**base, **outcome}
