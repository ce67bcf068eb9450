"""``pan-hub --db URL sync import|export``: exchange ``.pansync`` packs with devices that never connect
(docs/usb-sync.md)."""

from __future__ import annotations

import argparse
import json


def register(sub: argparse._SubParsersAction) -> None:
    sync = sub.add_parser("sync", help="exchange USB sync packs (.pansync) with devices that do not connect")
    inner = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    p = inner.add_parser("import", help="apply a device's pack as an online push")
    p.add_argument("file", help="the device's .pansync file (pan-desktop sync export)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)
    p = inner.add_parser("export", help="write a pack for one device: what is new for it and the answers to its edits")
    p.add_argument("--device", required=True, metavar="DEVICE_ID", help="the device (pan-desktop sync status shows its id)")
    p.add_argument("--out", required=True, metavar="FILE", help="where to write it (.pansync)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_export)


def cmd_import(args) -> int:
    from pan_desktop.hub.store import HubStore
    from pan_desktop.hub.usb import import_up_pack

    result = import_up_pack(HubStore(args.db), args.file)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
    elif result.already_imported:
        print(f"pack {result.pack_id} was already imported: nothing changed")
    else:
        r = result.results
        print(f"device {result.device_id}: {result.entries} edits — applied {r.get('applied', 0)}, "
              f"already here {r.get('duplicate', 0)}, waiting for earlier edits {r.get('held', 0)}, "
              f"refused {r.get('quarantined', 0) + r.get('mismatch', 0)}")
    return 0


def cmd_export(args) -> int:
    from pan_desktop.hub.store import HubStore
    from pan_desktop.hub.usb import export_down_pack

    result = export_down_pack(HubStore(args.db), args.device, args.out)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
    else:
        print(f"wrote {result.file} ({result.bytes} bytes): {result.rows} records, {result.conflicts} conflicts, "
              f"{result.acknowledgements} answers to the device's edits")
    return 0
