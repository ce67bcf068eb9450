"""``pan-desktop [--data-dir DIR] [COMMAND ...]``: no command opens the window, a command works headless."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from pan_desktop import __version__
from pan_desktop.config import resolve_data_dir, setup_logging
from pan_desktop.core.paths import ensure_data_dir
from pan_desktop.core.errors import PanError

# Command modules under pan_desktop.commands, each with register(subparsers).
COMMAND_MODULES = ("records", "content", "printing", "sync", "search", "settings", "training", "sites")
log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pan-desktop",
        description="PAN Desktop: the Plastic Action Network's offline knowledge and capacity-building app. "
        "Without a command it opens the window.",
    )
    parser.add_argument("--data-dir", metavar="DIR", help="folder for the database, index and settings "
                        "(default: PAN_DATA_DIR, portable mode, or the user data folder)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--self-test", action="store_true", help="check this installation in a temporary folder "
                        "(database, bundled content, search, PDF, window) and exit 0 only if all of it works")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"pan_desktop.commands.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``pan-desktop`` console script."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:  # before the data dir is resolved: the self-test touches only a temporary folder
        from pan_desktop.selftest import run_self_test

        return run_self_test()
    try:
        if args.command is None:  # the window opens the folder itself: read-only, or a dialog saying why not
            from pan_desktop.app import run_gui

            return run_gui(resolve_data_dir(args.data_dir))
        data_dir = ensure_data_dir(resolve_data_dir(args.data_dir))
        setup_logging(data_dir)
        from pan_desktop.commands import CommandContext

        ctx = CommandContext(data_dir)
        try:
            return int(args.func(args, ctx) or 0)
        finally:
            ctx.close()
    except PanError as exc:
        print(f"pan-desktop: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("pan-desktop: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
