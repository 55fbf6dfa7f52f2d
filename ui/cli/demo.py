"""satchel demo: a throwaway coalition showing a report travelling by USB and over Tor."""

import argparse
from pathlib import Path
from typing import Any

from satchel.client.errors import EXIT_INTEGRITY
from satchel.ui.cli.context import Context
from satchel.ui.cli.parsing import arg, command


def register(sub: Any) -> None:
    command(sub, "demo", "run a self-contained demonstration in a new folder", cmd_demo,
            arg("--no-window", action="store_true", help="run in the terminal only"))


def cmd_demo(ctx: Context, args: argparse.Namespace) -> int:
    from satchel.ui.demo.journey import print_say, run_demo

    if not args.no_window:
        from satchel.ui.desktop.app import has_display

        if has_display():
            from satchel.ui.desktop.demo.window import run_demo_window

            return run_demo_window(Path(args.home) if args.home else None)
        print_say("there is no display here for the demo window; running in the terminal")
    # Only an explicit --home is used (as the parent of a new folder): never the default
    # data directory, where a real vault may live.
    ok = run_demo(Path(args.home) if args.home else None)
    print_say("done: the desk verified the report" if ok else "done: verification FAILED")
    return 0 if ok else EXIT_INTEGRITY
