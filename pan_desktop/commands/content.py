"""Content-pack commands: ``content validate|list|install|update|remove|restore``.

``update`` installs packs signed by the network (from the enrolled hub, a hub address or a folder such
as a USB stick); ``install`` takes a pack from anywhere, only with ``--allow-unsigned``, and the library
labels it "not from PAN".
"""

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

    i = inner.add_parser("install", help="install a pack folder or .panpack file that PAN did not sign (needs --allow-unsigned)")
    i.add_argument("path")
    i.add_argument("--allow-unsigned", action="store_true",
                   help="install it although nothing proves it comes from PAN; the library labels it 'not from PAN'")
    i.set_defaults(func=cmd_install)

    u = inner.add_parser("update", help="install the packs PAN published: from the enrolled hub, a hub address or a folder")
    u.add_argument("--from", dest="source", metavar="URL|DIR",
                   help="a hub address, or a folder holding PAN's content (e.g. a USB stick); default: the enrolled hub")
    u.add_argument("--json", action="store_true",
                   help='{"installed": [{"id", "version", ...}], "unchanged": [...], "refused": [{"id", "reason"}], ...}')
    u.add_argument("--check", action="store_true", help="download and verify, show what would change, install nothing")
    u.add_argument("--include-removed", action="store_true", help="also bring back packs removed on this computer")
    u.set_defaults(func=cmd_update)

    r = inner.add_parser("remove", help="remove a pack (a pack shipped with the app goes back to its shipped version)")
    r.add_argument("pack_id", metavar="ID")
    r.set_defaults(func=cmd_remove)

    b = inner.add_parser("restore", help="undo: put back the version a removal or an update replaced")
    b.add_argument("pack_id", metavar="ID")
    b.set_defaults(func=cmd_restore)


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


NOT_FROM_PAN = "not from PAN"


def cmd_list(args, ctx: CommandContext) -> int:
    from pan_desktop.core.content import Library

    library = Library(ctx.data_dir)
    packs = library.installed()
    origins = {p.id: library.origin(p) for p in packs}
    if args.json:
        print_json([{"id": p.id, "kind": p.kind, "version": p.version, "title_vi": p.title.vi, "title_en": p.title.en,
                     "languages": list(p.languages), "origin": origins[p.id], "from_pan": origins[p.id] != "unsigned",
                     **({"label": NOT_FROM_PAN} if origins[p.id] == "unsigned" else {})} for p in packs])
        return 0
    as_of = library.freshness().get("as_of")
    if as_of:
        print(f"Content as of {as_of}: the last update came from a copy whose signatures had expired.")
    if not packs:
        print("No content packs installed. Run 'pan-desktop init' or 'pan-desktop content update'.")
    for p in packs:
        label = f"  [{NOT_FROM_PAN}]" if origins[p.id] == "unsigned" else ""
        print(f"{p.id}  {p.version}  {p.kind}  [{','.join(p.languages)}]  {p.title.vi} / {p.title.en}{label}")
    return 0


def cmd_install(args, ctx: CommandContext) -> int:
    from pan_desktop.core.content import install
    from pan_desktop.core.errors import PanError

    path = Path(args.path)
    if (path / "metadata" / "timestamp.json").is_file():
        raise PanError(f"{path} is a copy of PAN's signed content, not a single pack: install it with "
                       f"'pan-desktop content update --from {path}'.", code="content.is_repository")
    if not args.allow_unsigned:
        raise PanError(f"Nothing proves that {path} comes from PAN: packs signed by the network arrive with "
                       "'pan-desktop content update'. To install this file anyway, add --allow-unsigned; the library "
                       "will label it 'not from PAN'. Nothing was changed.", code="content.unsigned")
    result = install(path, ctx.data_dir)
    print(result.describe())
    if result.status != "unchanged":
        print(f"warning: {result.pack_id} is not signed by PAN; the library labels it '{NOT_FROM_PAN}'.", file=sys.stderr)
    return 0


def cmd_update(args, ctx: CommandContext) -> int:
    from pan_desktop.core.content.updates import ContentRefused, enrolled_hub_url, run_update, source_for

    source = source_for(args.source, enrolled_hub_url(ctx.services) if args.source is None else None)
    try:
        report = run_update(ctx.data_dir, source, check_only=args.check, include_removed=args.include_removed)
    except ContentRefused as exc:
        if args.json:
            print_json({"installed": [], "unchanged": [], "refused": [{"id": None, "code": exc.code, "reason": str(exc)}],
                        "source": {"kind": source.kind, "location": source.location}, "as_of": None})
            return 1
        raise
    if args.json:
        print_json(report.as_json())
    else:
        _print_update(report, args.check)
    return 1 if report.refused else 0


PART_NAMES = {"lessons": "lesson", "checks": "knowledge check", "checklist_items": "checklist item"}
MARKS = {"added": "+", "changed": "~", "removed": "-"}


def _print_update(report, check_only: bool) -> None:
    print(f"PAN content from {report.source.location}")
    if report.as_of:
        print(f"Content as of {report.as_of}: this copy's signatures have expired, so nothing newer than that date can "
              "be proved to be missing. Connect to the hub for the latest.")
    for entry in report.pending if check_only else report.installed:
        was = f" (was {entry['previous_version']})" if entry["previous_version"] else " (new)"
        print(f"{'would install' if check_only else 'installed'} {entry['id']} {entry['version']}{was}")
        for name, part in entry["changes"].items():
            for kind, mark in MARKS.items():
                for item in part[kind]:
                    print(f"    {mark} {PART_NAMES[name]} {item['id']}: {item['title_en'] or item['title_vi']}")
    for entry in report.unchanged:
        note = f" ({entry['note']})" if entry.get("note") else ""
        print(f"unchanged {entry['id']} {entry['version']}{note}")
    for entry in report.refused:
        print(f"refused {entry['id']}: {entry['reason']}", file=sys.stderr)
    if not (report.installed or report.pending or report.unchanged or report.refused):
        print("The repository holds no packs yet.")


def cmd_remove(args, ctx: CommandContext) -> int:
    from pan_desktop.core.content.removal import remove

    print(remove(args.pack_id, ctx.data_dir).describe())
    return 0


def cmd_restore(args, ctx: CommandContext) -> int:
    from pan_desktop.core.content.removal import restore

    print(restore(args.pack_id, ctx.data_dir).describe())
    return 0
