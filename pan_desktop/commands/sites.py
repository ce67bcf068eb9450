"""Site assessment commands: ``site add|list|show`` and ``assess start|set|action|photo|finalize|revise|show|history``."""

from __future__ import annotations

import argparse

from pan_desktop.commands import CommandContext, print_json
from pan_desktop.core.sites.checklists import CHECKLISTS, DEFAULT_GUIDELINE

KINDS = ("junk-shop", "factory", "collection-point", "other")
ANSWERS = ("yes", "partly", "no", "na")


def register(sub: argparse._SubParsersAction) -> None:
    site = sub.add_parser("site", help="sites visited: junk shops, factories, collection points").add_subparsers(
        dest="site_command", metavar="ACTION", required=True)
    p = site.add_parser("add", help="add a site (owner and phone stay within your organisation)")
    p.add_argument("--name", required=True)
    p.add_argument("--kind", required=True, choices=KINDS)
    p.add_argument("--province", required=True, help="former or current province")
    p.add_argument("--address", default="")
    p.add_argument("--owner", default="", help="owner or contact person (personal: never leaves your organisation)")
    p.add_argument("--phone", default="", help="phone (personal: never leaves your organisation)")
    p.add_argument("--org", default="", metavar="NAME", help="organisation that follows the site")
    p.add_argument("--lat", metavar="X", help="latitude (with --lon)")
    p.add_argument("--lon", metavar="Y", help="longitude (with --lat)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_site_add)
    p = site.add_parser("list", help="list sites with their last visit and score")
    p.add_argument("--kind", default="", choices=("", *KINDS))
    p.add_argument("--province", default="")
    p.add_argument("--text", default="", help="words in the name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_site_list)
    p = site.add_parser("show", help="a site with each visit's date, version and scores")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_site_show)

    p = site.add_parser("sync-photos", help="send the photos the hub lacks and fetch those this computer lacks "
                                           "(after 'sync now'; resumes where a cut connection stopped)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_sync_photos)

    assess = sub.add_parser("assess", help="fill a guideline checklist at a site").add_subparsers(
        dest="assess_command", metavar="ACTION", required=True)
    p = assess.add_parser("start", help="start an assessment (a draft) of a site")
    p.add_argument("site_id", metavar="SITE_ID")
    p.add_argument("--checklist", required=True, choices=CHECKLISTS)
    p.add_argument("--guideline", default=DEFAULT_GUIDELINE, metavar="ID")
    p.add_argument("--date", default="", metavar="YYYY-MM-DD", help="date of the visit (default: today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_start)
    p = assess.add_parser("set", help="answer one item (saved at once)")
    p.add_argument("id", metavar="ID")
    p.add_argument("item_id", metavar="ITEM_ID")
    p.add_argument("answer", choices=ANSWERS)
    p.add_argument("--note")
    p.add_argument("--reason", default="", help="why an earlier answer changes (kept in the history)")
    p.set_defaults(func=cmd_set)
    p = assess.add_parser("action", help="the follow-up action of an item answered no or partly")
    p.add_argument("id", metavar="ID")
    p.add_argument("item_id", metavar="ITEM_ID")
    p.add_argument("--what", required=True)
    p.add_argument("--who", default="")
    p.add_argument("--due", metavar="YYYY-MM-DD")
    p.add_argument("--done", action="store_true")
    p.set_defaults(func=cmd_action)
    p = assess.add_parser("photo", help="add a photo to an item")
    p.add_argument("id", metavar="ID")
    p.add_argument("item_id", metavar="ITEM_ID")
    p.add_argument("file", metavar="FILE.jpg")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_photo)
    p = assess.add_parser("finalize", help="lock an assessment (every item must be answered)")
    p.add_argument("id", metavar="ID")
    p.add_argument("--next-visit", metavar="YYYY-MM-DD")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_finalize)
    p = assess.add_parser("revise", help="make the next version (a draft) of a finalized assessment")
    p.add_argument("id", metavar="ID")
    p.add_argument("--reason", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_revise)
    p = assess.add_parser("show", help="an assessment: items, answers, photos, scores")
    p.add_argument("id", metavar="ID")
    p.add_argument("--version", type=int, metavar="N", help="another version of the same visit")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)
    p = assess.add_parser("history", help="the versions of a visit and every change to an answer")
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_history)


def register_print(inner: argparse._SubParsersAction) -> None:
    """``print site-report --assessment ID``: the owner's one-page report (registered by ``commands.printing``)."""
    q = inner.add_parser("site-report", help="the owner's one-page report of a site assessment (A4)")
    q.add_argument("--assessment", required=True, metavar="ID")
    q.add_argument("--out", metavar="FILE.pdf", help="the PDF to write (default: site-report-ID.pdf in this folder)")
    q.add_argument("--lang", choices=("vi", "en"), default="vi", help="language of the report (default vi)")
    q.add_argument("--json", action="store_true", help="print the result as JSON")
    q.set_defaults(func=cmd_site_report)


def cmd_site_report(args, ctx: CommandContext) -> int:
    from pan_desktop.core.printing.options import PrintOptions
    from pan_desktop.core.printing.site_report import build_site_report

    services = ctx.services
    options = PrintOptions.from_settings(services.settings, lang=args.lang)
    out = args.out or f"site-report-{args.assessment[:8]}.pdf"
    result = build_site_report(_svc(ctx), args.assessment, out, args.lang, options=options)
    if args.json:
        print_json(result.as_dict())
    else:
        print(f"{result.path}: {result.pages} page(s), {result.size / 1024:.0f} KB")
    return 0


def _svc(ctx: CommandContext):
    from pan_desktop.core.sites.service import site_service

    return site_service(ctx.services)


def _pct(value) -> str:
    return "—" if value is None else f"{value:.1f}%"


def cmd_site_add(args, ctx: CommandContext) -> int:
    site = _svc(ctx).add_site({"name": args.name, "kind": args.kind, "provinces": [args.province],
                               "address": args.address, "owner": args.owner, "phone": args.phone, "org": args.org,
                               "lat": args.lat, "lon": args.lon})
    if args.json:
        print_json({"id": site["id"]})
    else:
        print(f"added site {site['id']}: {site['name']}")
    return 0


def cmd_site_list(args, ctx: CommandContext) -> int:
    sites = _svc(ctx).list_sites(kind=args.kind, province=args.province, text=args.text)
    if args.json:
        print_json(sites)
        return 0
    for s in sites:
        last = f"last visit {s['last_visit']} ({_pct(s['last_overall'])})" if s["last_visit"] else "not visited"
        print(f"{s['id']}  {s['name']} · {s['kind']} · {s['province']} · {last}")
    print(f"{len(sites)} site(s)")
    return 0


def cmd_site_show(args, ctx: CommandContext) -> int:
    site = _svc(ctx).site(args.id)
    if args.json:
        print_json(site)
        return 0
    print(f"{site['name']} ({site['kind']}) · {site['province']} {site['address']}".rstrip())
    for label, key in (("Owner", "owner"), ("Phone", "phone"), ("Followed by", "org")):
        if site[key]:
            print(f"{label}: {site[key]}")
    for v in site["visits"]:
        print(f"  {v['date']}  v{v['version']} {v['status']:<9} overall {_pct(v['scores']['overall'])}  {v['id']}")
    return 0


def cmd_sync_photos(args, ctx: CommandContext) -> int:
    from pan_desktop.core.sites.attachments import AttachmentSync

    services = ctx.services
    report = AttachmentSync(services.sync_engine(), services.data_dir).run()
    if args.json:
        print_json(report.as_dict())
    else:
        print(photos_line(report))
    return 1 if report.failed else 0


def photos_json(report) -> dict:
    """The photo part of ``sync now --json``: counts, each failed photo's reason and error code, and what
    stopped the photos (``error``: a code, or null)."""
    return {**report.as_dict(), "codes": report.failed_codes, "error": report.error or None,
            "cancelled": report.cancelled}


def photos_line(report) -> str:
    line = f"photos: {len(report.uploaded)} sent, {len(report.downloaded)} received, {len(report.failed)} to retry"
    if report.error:
        line += f" (photos not synced: {report.error}; the records are synced, run the sync again later)"
    return line


def cmd_start(args, ctx: CommandContext) -> int:
    result = _svc(ctx).start(args.site_id, args.checklist, guideline=args.guideline, on=args.date)
    if args.json:
        print_json(result)
    else:
        print(f"started assessment {result['id']} (version {result['version']}, {result['status']})")
    return 0


def cmd_set(args, ctx: CommandContext) -> int:
    row = _svc(ctx).set_answer(args.id, args.item_id, args.answer, note=args.note, reason=args.reason)
    print(f"{row['item_id']}: {row['answer']}")
    return 0


def cmd_action(args, ctx: CommandContext) -> int:
    _svc(ctx).set_action(args.id, args.item_id, args.what, args.who, args.due, args.done)
    print(f"{args.item_id}: action saved")
    return 0


def cmd_photo(args, ctx: CommandContext) -> int:
    photo = _svc(ctx).add_photo(args.id, args.item_id, args.file)
    if args.json:
        print_json(photo)
    else:
        flag = "  (taken over 1 km from the site)" if photo["far"] else ""
        print(f"photo {photo['sha256'][:12]} added to {args.item_id}{flag}")
    return 0


def cmd_finalize(args, ctx: CommandContext) -> int:
    data = _svc(ctx).finalize(args.id, next_visit=args.next_visit)
    if args.json:
        print_json(data)
    else:
        print(f"finalized assessment {data['id']} (version {data['version']}), overall {_pct(data['scores']['overall'])}")
    return 0


def cmd_revise(args, ctx: CommandContext) -> int:
    result = _svc(ctx).revise(args.id, args.reason)
    if args.json:
        print_json(result)
    else:
        print(f"version {result['version']} of the assessment: {result['id']} (draft)")
    return 0


def cmd_show(args, ctx: CommandContext) -> int:
    data = _svc(ctx).show(args.id, version=args.version)
    if args.json:
        print_json(data)
        return 0
    print(f"Assessment {data['id']} · v{data['version']} {data['status']} · {data['date']} · "
          f"{data['checklist']['id']} ({data['checklist']['guideline']} {data['checklist']['version']})")
    for item in data["items"]:
        print(f"  {item['id']:<12} {item['answer'] or '—':<7} {item['text_en']}")
    print("Scores: " + ", ".join(f"{k} {_pct(v)}" for k, v in data["scores"].items()))
    return 0


def cmd_history(args, ctx: CommandContext) -> int:
    data = _svc(ctx).history(args.id)
    if args.json:
        print_json(data)
        return 0
    for v in data["versions"]:
        print(f"v{v['version']} {v['status']} {v['date']}" + (f" — {v['reason']}" if v["reason"] else ""))
    for c in data["changes"]:
        print(f"  {c['at']} v{c['version']} {c['who'] or '?'}: {c['item']} {c['field']} {c['old']!r} → {c['new']!r}"
              + (f" ({c['reason']})" if c["reason"] else ""))
    return 0
