"""The `satchel` command line (CONTRACT.md): parsing, dispatch, exit codes, JSON output.

This module and its sibling command modules are the composition root. Every command is
registered here directly, so a missing dependency fails loudly instead of hiding a
command; what is heavy (Tor, the inbox server, the service sessions) is imported inside
the handlers, so `satchel --help` stays fast. Every failure ends as one sentence on stderr
and the documented exit code; no traceback.
"""

import argparse
import errno
import os
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from typing import NoReturn

from satchel.client.coredump import disable_core_dumps
from satchel.client.errors import EXIT_FAILURE, EXIT_INTEGRITY, EXIT_LOCKED, SatchelError
from satchel.crypto.errors import IntegrityError, WrongKeyError
from satchel.ui.cli import coalition as cli_coalition
from satchel.ui.cli import demo as cli_demo
from satchel.ui.cli import desk as cli_desk
from satchel.ui.cli import inbox as cli_inbox
from satchel.ui.cli import reports as cli_reports
from satchel.ui.cli import sync as cli_sync
from satchel.ui.cli import transfer as cli_transfer
from satchel.ui.cli import vault as cli_vault
from satchel.ui.cli.context import Context


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"satchel: {message}; see `satchel --help`.\n")


def _version() -> str:
    try:
        return version("satchel")
    except PackageNotFoundError:
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="satchel", description="Document abuses and deliver them safely.")
    parser.add_argument("--version", action="version", version=f"satchel {_version()}")
    parser.add_argument("--home", help="the vault or server directory")
    parser.add_argument(
        "--passphrase-file", metavar="FILE", help="read the passphrase from FILE (- = stdin)"
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    for module in (cli_vault, cli_reports, cli_transfer, cli_coalition, cli_desk, cli_sync,
                   cli_inbox, cli_demo):
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:  # noqa: PLR0911 - one exit per error kind
    disable_core_dumps()  # an unlocked vault's keys must never reach a core file
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _no_command(parser, args)
    ctx = Context.from_args(args)
    try:
        code: int = args.handler(ctx, args)
    except SatchelError as e:
        return _fail(str(e), e.exit_code)
    except IntegrityError as e:
        return _fail(f"An integrity check failed ({e.what}); the data was altered or damaged.",
                     EXIT_INTEGRITY)
    except WrongKeyError:
        return _fail("None of this vault's keys opens the data.", EXIT_LOCKED)
    except OSError as e:
        return _fail(_os_sentence(e), EXIT_FAILURE)
    except KeyboardInterrupt:
        return _fail("Interrupted; what was committed is kept.", 130)
    except Exception as e:
        if os.environ.get("SATCHEL_DEBUG") == "1":
            raise
        return _fail(
            f"Internal error ({type(e).__name__}); nothing committed was lost. "
            "Run again with SATCHEL_DEBUG=1 to see details and report it.",
            EXIT_FAILURE,
        )
    finally:
        ctx.close()
    return code


def _no_command(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """`satchel` alone opens the window; with no display, one sentence, the help, exit 2."""
    from satchel.ui.desktop.app import has_display

    if not has_display():
        sys.stderr.write("satchel: there is no display here to open the window on; "
                         "use one of the commands below.\n")
        parser.print_help(sys.stderr)
        return 2
    from pathlib import Path

    from satchel.ui.desktop.app import run

    return run(Path(args.home) if args.home else None)


def _os_sentence(e: OSError) -> str:
    where = f" ({e.filename})" if e.filename else ""
    if e.errno == errno.ENOSPC:
        return f"The disk is full{where}; free some space and try again — nothing was lost."
    if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return f"Cannot write there{where}: {e.strerror}; choose a writable place."
    return f"A file operation failed{where}: {e.strerror}."


def _fail(message: str, code: int) -> int:
    sys.stderr.write(f"satchel: {message}\n")
    return code


if __name__ == "__main__":
    sys.exit(main())
