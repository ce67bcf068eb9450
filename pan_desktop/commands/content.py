"""Content-pack commands: ``content validate PATH``, ``content list [--json]``, ``content install PATH``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pan_desktop.commands import CommandContext, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("content", help="training modules and technical guidelines: validate, list, install")
    inner = p.add_subparsers(dest="content_command", metavar="ACTION", required=True)

    v = inner.add_parser("validate", help="check a pack folder or .panpack file; prints every problem as file:line")
    v.add_argument("path")
    v.add_argument("--json", action="store_true", help="problems as a JSON list of {file, line, code, message}")
    v.set_defaults(func=cmd_validate)

    ls = inner.add_parser("list", help="the installed packs")
    ls.add_argument("--json", action="store_true",
                    help='a JSON list of {"id", "kind", "version", "title_vi", "title_en", "languages"}')
    ls.set_defaults(func=cmd_list)

    i = inner.add_parser("install", help="install a pack folder or .panpack file (e.g. from a USB stick)")
    i.add_argument("path")
    i.set_defaults(func=cmd_install)


def cmd_validate(args, ctx: CommandContext) -> int:
    from pan_desktop.core.content import validate

    problems = validate(Path(args.path))
    if args.json:
        print_json([{"file": p.file, "line": p.line, "code": p.code, "message": p.message} for p in problems])
    elif problems:
        for p in problems:
            print(f"{args.path}/{p}" if Path(args.path).is_dir() else f"{args.path}: {p}")
        print(f"{len(problems)} problem(s) found.", file=sys.stderr)
    else:
        print(f"{args.path}: the pack is valid.")
    return 1 if problems else 0


def cmd_list(args, ctx: CommandContext) -> int:
    from pan_desktop.core.content import Library

    packs = Library(ctx.data_dir).installed()
    if args.json:
        print_json([{"id": p.id, "kind": p.kind, "version": p.version, "title_vi": p.title.vi, "title_en": p.title.en,
                     "languages": list(p.languages)} for p in packs])
        return 0
    if not packs:
        print("No content packs installed. Run 'pan-desktop init' or 'pan-desktop content install PATH'.")
    for p in packs:
        print(f"{p.id}  {p.version}  {p.kind}  [{','.join(p.languages)}]  {p.title.vi} / {p.title.en}")
    return 0


def cmd_install(args, ctx: CommandContext) -> int:
    from pan_desktop.core.content import install

    result = install(Path(args.path), ctx.data_dir)
    print(result.describe())
    return 0
