"""Commands on reports: report new / list / show, and send."""

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from satchel.client.errors import UsageError
from satchel.client.outbox.sealing import draft_ids, seal
from satchel.client.reports.store import ReportInput, create_report, list_reports, show_report
from satchel.ui.cli.context import Context
from satchel.ui.cli.parsing import arg, command, group

MAX_BODY = 16 * 2**20
# The words of a report, as --form keys and as ReportInput fields.
FORM_FIELDS = ("title", "body", "kind", "when", "where", "service", "people")
_STDIN = "-"
_IN_ARGV = "visible in shell history and /proc: prefer --form"


def register(sub: Any) -> None:
    rsub = group(sub, "report", "write and read reports")
    command(rsub, "new", "create a report and print its id", cmd_new,
            arg("--form", metavar="FILE",
                help="the report as one JSON object (- = stdin) with any of: "
                     f"{', '.join(FORM_FIELDS)}; the safe way, since argv lands in shell "
                     "history and in /proc"),
            arg("--title", help=f"the title ({_IN_ARGV})"),
            arg("--body-file", metavar="FILE", help="the report text (- = stdin)"),
            arg("--attach", metavar="PATH", action="append", default=[]),
            arg("--kind", help="the kind of incident (default: other)"),
            arg("--when", metavar="DATE", help=f"when it happened ({_IN_ARGV})"),
            arg("--where", metavar="PLACE", help=f"where it happened ({_IN_ARGV})"),
            arg("--service", help=f"the service or company involved ({_IN_ARGV})"),
            arg("--people", help=f"affected people, pseudonymous ({_IN_ARGV})"),
            arg("--keep-metadata", action="store_true",
                help="keep attachments byte-identical (no metadata scrubbing)"),
            arg("--remove-original", action="store_true",
                help="overwrite and delete the attachment files after they are stored"))
    command(rsub, "list", "list reports", cmd_list)
    command(rsub, "show", "show one report", cmd_show, arg("id"))
    command(sub, "send", "seal reports to the coalition and queue them", cmd_send,
            arg("ids", nargs="*", metavar="ID"),
            arg("--all", action="store_true", help="every draft report"))


def _read_text(ctx: Context, source: str, what: str) -> str:
    """The UTF-8 text of FILE or stdin ('-'), at most 16 MiB."""
    if source == _STDIN and ctx.passphrase_source == _STDIN:
        raise UsageError(f"The {what} and the passphrase cannot both come from stdin: "
                         "give one of them as a file.")
    try:
        raw = sys.stdin.buffer.read(MAX_BODY + 1) if source == _STDIN else Path(source).read_bytes()
    except OSError as e:
        raise UsageError(f"Cannot read the {what}: {e.strerror}.") from None
    if len(raw) > MAX_BODY:
        raise UsageError(f"The {what} is over 16 MiB; attach long documents instead.")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"The {what} is not UTF-8; save it as UTF-8 text.") from None


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads would silently keep the last of two equal keys; a form must not be ambiguous.
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise UsageError(f"The form gives {key!r} twice; keep one.")
        seen[key] = value
    return seen


def parse_form(text: str) -> dict[str, str]:
    """The fields of a --form document; UsageError (exit 2) in one sentence if it is bad.

    Error messages name keys but never echo values: they are the report's words.
    """
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as e:
        raise UsageError(f"The form is not a JSON object ({e.msg} at line {e.lineno}); "
                         'write it as {"title": "...", "body": "..."}.') from None
    if not isinstance(data, dict):
        raise UsageError('The form is not a JSON object; write it as {"title": "...", ...}.')
    unknown = sorted(set(data) - set(FORM_FIELDS))
    if unknown:
        raise UsageError(f"The form has unknown field(s) {', '.join(map(repr, unknown[:3]))}; "
                         f"use only {', '.join(FORM_FIELDS)}.")
    for key, value in data.items():
        if not isinstance(value, str):
            raise UsageError(f"The form's {key!r} must be a JSON string.")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate escape such as "\ud800"
            raise UsageError(f"The form's {key!r} is not valid Unicode text.") from None
    return data


def _fields(ctx: Context, args: argparse.Namespace) -> dict[str, str]:
    """The report's words, from --form or from the argv flags (never both)."""
    flags = {key: getattr(args, key) for key in FORM_FIELDS if key != "body"}
    if args.form is None:
        fields = {key: value for key, value in flags.items() if value is not None}
        if args.body_file is not None:
            fields["body"] = _read_text(ctx, args.body_file, "report text")
        return fields
    given = [f"--{key}" for key, value in flags.items() if value is not None]
    given += ["--body-file"] if args.body_file is not None else []
    if given:
        raise UsageError("Give the report's fields either in --form or as flags, not both: "
                         f"drop {given[0]}.")
    return parse_form(_read_text(ctx, args.form, "form"))


def cmd_new(ctx: Context, args: argparse.Namespace) -> int:
    fields = _fields(ctx, args)
    spec = ReportInput(
        title=fields.get("title", ""), body=fields.get("body", ""),
        kind=fields.get("kind", "other"), when=fields.get("when", ""),
        where=fields.get("where", ""), service=fields.get("service", ""),
        people=fields.get("people", ""),
        attachments=tuple(Path(a) for a in args.attach), keep_metadata=args.keep_metadata,
    )
    report_id = create_report(ctx.vault(), spec, ctx.progress)
    if args.remove_original:
        from satchel.client.vault.wipe import wipe_file

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
