"""Commands on reports: report new / list / show, and send."""

import argparse
import sys
from pathlib import Path
from typing import Any

from satchel.client.cli_context import Context
from satchel.client.errors import UsageError
from satchel.client.reports import ReportInput, create_report, list_reports, show_report
from satchel.client.sealing import draft_ids, seal

MAX_BODY = 16 * 2**20


def register(sub: Any) -> None:
    p = sub.add_parser("report", help="write and read reports")
    rsub = p.add_subparsers(dest="report_command", required=True)
    n = rsub.add_parser("new", help="create a report and print its id")
    n.add_argument("--title", required=True)
    n.add_argument("--body-file", metavar="FILE", help="the report text (- = stdin)")
    n.add_argument("--attach", metavar="PATH", action="append", default=[])
    n.add_argument("--kind", default="other")
    n.add_argument("--when", default="", metavar="DATE")
    n.add_argument("--where", default="", metavar="PLACE")
    n.add_argument("--service", default="")
    n.add_argument("--people", default="", help="affected people (pseudonymous)")
    n.add_argument("--keep-metadata", action="store_true",
                   help="keep attachments byte-identical (no metadata scrubbing)")
    n.add_argument("--remove-original", action="store_true",
                   help="overwrite and delete the attachment files after they are stored")
    n.set_defaults(handler=cmd_new)
    ls = rsub.add_parser("list", help="list reports")
    ls.set_defaults(handler=cmd_list)
    sh = rsub.add_parser("show", help="show one report")
    sh.add_argument("id")
    sh.set_defaults(handler=cmd_show)

    s = sub.add_parser("send", help="seal reports to the coalition and queue them")
    s.add_argument("ids", nargs="*", metavar="ID")
    s.add_argument("--all", action="store_true", help="every draft report")
    s.set_defaults(handler=cmd_send)


def _body(source: str | None) -> str:
    if source is None:
        return ""
    try:
        raw = sys.stdin.buffer.read(MAX_BODY + 1) if source == "-" else Path(source).read_bytes()
    except OSError as e:
        raise UsageError(f"Cannot read the body file: {e.strerror}.") from None
    if len(raw) > MAX_BODY:
        raise UsageError("The report text is over 16 MiB; attach long documents instead.")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError("The report text is not UTF-8; save it as UTF-8 text.") from None


def cmd_new(ctx: Context, args: argparse.Namespace) -> int:
    spec = ReportInput(
        title=args.title, body=_body(args.body_file), kind=args.kind, when=args.when,
        where=args.where, service=args.service, people=args.people,
        attachments=tuple(Path(a) for a in args.attach), keep_metadata=args.keep_metadata,
    )
    report_id = create_report(ctx.vault(), spec, ctx.progress)
    if args.remove_original:
        from satchel.client.wipe import wipe_file

        for path in spec.attachments:
            wipe_file(path)
    ctx.emit({"id": report_id}, report_id)
    return 0


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    reports = list_reports(ctx.vault())
    lines = [f"{r['id']}  {r['state']:9}  {r['title']}" for r in reports]
    ctx.emit(reports, "\n".join(lines) if lines else "No reports.")
    return 0


def cmd_show(ctx: Context, args: argparse.Namespace) -> int:
    report = show_report(ctx.vault(), args.id)
    human = f"{report['title']}\n[{report['state']}]\n\n{report['body']}"
    ctx.emit(report, human)
    return 0


def cmd_send(ctx: Context, args: argparse.Namespace) -> int:
    if bool(args.ids) == bool(args.all):
        raise UsageError("Name the reports to send, or use --all (not both).")
    vault = ctx.vault()
    ids = draft_ids(vault) if args.all else args.ids
    sealed = seal(vault, ids, ctx.progress)
    ctx.emit({"sealed": sealed}, f"Sealed and queued {len(sealed)} report(s).")
    return 0
