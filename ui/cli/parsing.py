"""How the command modules declare their commands: one call per (sub)command.

Each `register(sub)` lists its commands as `command(sub, name, help, handler, arg(...),
...)`, and a command with subcommands as `group(sub, name, help)`, so a module states
only what is particular to each command: its name, its help, its handler and its
arguments. The handler lands in the namespace as `handler`, which main() dispatches on.
"""

import argparse
from collections.abc import Callable
from typing import Any

from satchel.ui.cli.context import Context

Handler = Callable[[Context, argparse.Namespace], int]
Arg = tuple[tuple[str, ...], dict[str, Any]]


def arg(*names: str, **options: Any) -> Arg:
    """One add_argument call, held until `command` makes the parser."""
    return names, options


def add_args(parser: argparse.ArgumentParser, *args: Arg) -> None:
    for names, options in args:
        parser.add_argument(*names, **options)


def command(sub: Any, name: str, help: str, handler: Handler, *args: Arg) -> argparse.ArgumentParser:
    """Add the command `name` to `sub` (an add_subparsers result); the new parser, for
    callers that add shared option groups to it."""
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help)
    add_args(parser, *args)
    parser.set_defaults(handler=handler)
    return parser


def group(sub: Any, name: str, help: str) -> Any:
    """Add `name` as a command made of required subcommands (`satchel NAME COMMAND`);
    the subparsers to add them to. The chosen one is in `<name>_command`."""
    return sub.add_parser(name, help=help).add_subparsers(dest=f"{name}_command", required=True)


__all__ = ["Arg", "Handler", "add_args", "arg", "command", "group"]
