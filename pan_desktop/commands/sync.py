"""Sync commands: ``pan-desktop sync enroll|set-url|now|status|conflicts|resolve|quarantine``."""

from __future__ import annotations

import argparse
import json

from pan_desktop.commands import CommandContext, print_json, sync_content, sync_enrol, sync_usb


def register(sub: argparse._SubParsersAction) -> None:
    sync = sub.add_parser("sync", help="sync with the network's hub: enroll, now, status, conflicts, resolve")
    ss = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    p = ss.add_parser("enroll", help="join a hub with an invite code from the secretariat")
    p.add_argument("--hub", required=True, metavar="URL", help="hub address, e.g. https://hub.example.org")
    p.add_argument("--code", required=True, help="the invite code")
    p.add_argument("--label", default="", help="a name for this computer, shown to the secretariat")
    p.add_argument("--insecure-http", action="store_true",
                   help="accept an unprotected http:// hub address that is not this computer's (anyone on the "
                        "way could pose as the hub: only on a network you trust)")
    p.set_defaults(func=cmd_enroll)
    p = ss.add_parser("set-url", help="move to the hub's new address (accepted only if the hub there proves its key)")
    p.add_argument("url", metavar="URL")
    p.add_argument("--insecure-http", action="store_true", help="accept an unprotected http:// address")
    p.set_defaults(func=cmd_set_url)
    p = ss.add_parser("now", help="push this computer's edits and pull the network's")
    p.add_argument("--json", action="store_true")
    p.add_argument("--confirm-deletes", action="store_true",
                   help="apply the hub's changes even when they delete many records here (sync stops and asks otherwise)")
    p.set_defaults(func=cmd_now)
    p = ss.add_parser("status", help="enrolment, last sync, edits waiting, conflicts")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_status)
    p = ss.add_parser("conflicts", help="list conflicts to review")
    p.add_argument("--all", action="store_true", help="include resolved ones")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_conflicts)
    p = ss.add_parser("resolve", help="settle a conflict: --keep, --use-other or --value V")
    p.add_argument("conflict_id")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--keep", action="store_true", help="keep the value the hub kept")
    g.add_argument("--use-other", action="store_true", help="use the other value")
    g.add_argument("--value", help="use this value instead (JSON for lists: '[\"a\",\"b\"]')")
    p.set_defaults(func=cmd_resolve)
    p = ss.add_parser("quarantine", help="edits the hub refused, with the reason")
    p.add_argument("--json", action="store_true")
    p.add_argument("--resend", type=int, metavar="ID", help="make this edit again (after fixing the cause)")
    p.add_argument("--dismiss", type=int, metavar="ID", help="give this edit up")
    p.set_defaults(func=cmd_quarantine)
    sync_usb.register(ss)
    sync_enrol.register(ss)


def cmd_enroll(args, ctx: CommandContext) -> int:
    import sys

    if args.insecure_http and args.hub.strip().lower().startswith("http://"):
        print("warning: joining over unprotected http://; anyone on the way could pose as the hub. "
              "Use the hub's https:// address when there is one.", file=sys.stderr)
    link = ctx.services.sync_engine().enrol(args.hub, args.code, args.label, insecure_http=args.insecure_http)
    print(f"enrolled with hub {link.hub_id} as {link.role} of {link.org_name or link.org_id}")
    return 0


def cmd_set_url(args, ctx: CommandContext) -> int:
    link = ctx.services.sync_engine().set_url(args.url, insecure_http=args.insecure_http)
    print(f"hub {link.hub_id} is now reached at {link.hub_url}")
    return 0


def cmd_now(args, ctx: CommandContext) -> int:
    from pan_desktop.commands.sites import photos_json, photos_line
    from pan_desktop.core.sites.attachments import sync_photos

    engine = ctx.services.sync_engine()
    report = engine.run(confirm_deletes=args.confirm_deletes)
    photos = sync_photos(engine, ctx.services.data_dir)  # never fails the records: it says what it left
    offers = sync_content.content_offers(ctx.services)
    if args.json:
        print_json({**report.as_json(), "content": offers, "photos": photos_json(photos)})
    else:
        print(f"pushed {report.pushed}, pulled {report.pulled}, new conflicts {report.conflicts}, "
              f"held {report.held}, quarantined {report.quarantined}; "
              f"{report.bytes_up} bytes up, {report.bytes_down} bytes down in {report.requests} requests")
        print(photos_line(photos))
        print(sync_content.describe(offers))
    return 0


def cmd_status(args, ctx: CommandContext) -> int:
    from pan_desktop.core.sync.status import sync_status

    st = sync_status(ctx.services.db)
    if args.json:
        print_json({**st.as_json(), "device_id": ctx.services.device_id})
        return 0
    print(f"this computer: {ctx.services.device_id}")
    if not st.enrolled:
        print("not enrolled: pan-desktop sync enroll --hub URL --code CODE")
    else:
        print(f"hub: {st.hub_url} ({st.role} of {st.org_name or st.org_id})")
        print(f"last synced: {st.last_sync_at or 'never'}")
        if st.stopped:
            print(f"last sync {st.last_outcome} at stage {st.last_stage}: {st.last_error}")
    print(f"edits waiting: {st.pending}; held at the hub: {st.held}; conflicts to review: {st.open_conflicts}; "
          f"refused edits: {st.quarantined}")
    return 0


def cmd_conflicts(args, ctx: CommandContext) -> int:
    from dataclasses import asdict

    items = ctx.services.conflicts.list(include_resolved=args.all, lang=ctx.services.settings.language)
    if args.json:
        print_json([asdict(c) for c in items])
        return 0
    if not items:
        print("no conflicts to review")
    for c in items:
        print(f"{c.id}  {c.table} {c.record_title or c.record_id} · {c.field}")
        print(f"    before: {_show(c.base)}")
        print(f"    kept:   {_show(c.kept)}  ({c.kept_by or '?'}, {c.kept_at or '?'})")
        print(f"    other:  {_show(c.other)}  ({c.other_by or '?'}, {c.other_at or '?'})")
        if c.resolution or c.pending_choice:
            print(f"    resolved: {c.resolution or c.pending_choice} {c.resolved_by}")
    return 0


def cmd_resolve(args, ctx: CommandContext) -> int:
    conflicts = ctx.services.conflicts
    if args.keep:
        conflicts.resolve(args.conflict_id, "keep")
    elif args.use_other:
        conflicts.resolve(args.conflict_id, "use_other")
    else:
        try:
            value = json.loads(args.value) if args.value.strip()[:1] in "[{" else args.value
        except ValueError:
            value = args.value
        conflicts.resolve(args.conflict_id, "value", value)
    print("resolved; the resolution is sent with the next sync")
    return 0


def cmd_quarantine(args, ctx: CommandContext) -> int:
    from dataclasses import asdict

    conflicts = ctx.services.conflicts
    if args.resend is not None:
        conflicts.resend(args.resend)
        print(f"edit {args.resend} made again; it is sent with the next sync")
        return 0
    if args.dismiss is not None:
        conflicts.dismiss(args.dismiss)
        print(f"edit {args.dismiss} dismissed")
        return 0
    items = conflicts.quarantined()
    if args.json:
        print_json([asdict(q) for q in items])
        return 0
    if not items:
        print("no refused edits")
    for q in items:
        print(f"{q.id}  {q.kind} {q.table} {q.record_id}: {q.reason}")
    return 0


def _show(value) -> str:
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
