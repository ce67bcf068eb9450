"""``pan-desktop sync export|import``: records by USB stick (``.pansync`` packs, docs/usb-sync.md)."""

from __future__ import annotations

import argparse

from pan_desktop.commands import CommandContext, print_json


def register(ss: argparse._SubParsersAction) -> None:
    p = ss.add_parser("export", help="write this computer's unsent edits to a USB sync pack for the hub")
    p.add_argument("--out", required=True, metavar="FILE", help="where to write it (.pansync)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_export)
    p = ss.add_parser("import", help="apply a USB sync pack the hub made for this computer")
    p.add_argument("file", help="the .pansync file from the hub (pan-hub sync export)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--confirm-deletes", action="store_true",
                   help="apply the pack even when it deletes many records here (import stops and asks otherwise)")
    p.set_defaults(func=cmd_import)


def cmd_export(args, ctx: CommandContext) -> int:
    from pan_desktop.core.sync.usb_device import UsbDevice

    report = UsbDevice(ctx.services).export(args.out)
    if args.json:
        print_json(report.as_json())
    else:
        print(f"wrote {report.file} ({report.bytes} bytes) with {report.entries} edits for the hub")
    return 0


def cmd_import(args, ctx: CommandContext) -> int:
    from pan_desktop.core.sync.usb_device import UsbDevice

    report = UsbDevice(ctx.services).import_pack(args.file, confirm_deletes=args.confirm_deletes)
    if args.json:
        print_json(report.as_json())
    elif report.already_imported:
        print("this pack was already imported: nothing changed")
    else:
        print(f"imported: {report.acknowledged} edits confirmed by the hub, {report.pulled} records received, "
              f"{report.conflicts} conflicts, {report.held} waiting, {report.quarantined} refused")
    return 0
