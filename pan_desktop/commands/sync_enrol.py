"""``pan-desktop sync enrol-request|enrol-accept``: join the hub by files, with no connection
(docs/usb-sync.md)."""

from __future__ import annotations

import argparse

from pan_desktop.commands import CommandContext, print_json


def register(ss: argparse._SubParsersAction) -> None:
    p = ss.add_parser("enrol-request", help="write a request to join the hub, for the secretariat to answer by file")
    p.add_argument("--invite", required=True, metavar="CODE", help="the invite code from the secretariat")
    p.add_argument("--out", required=True, metavar="FILE", help="where to write the request (.panenrol)")
    p.add_argument("--name", default="", metavar="LABEL", help="a name for this computer, shown to the secretariat")
    p.add_argument("--new-identity", action="store_true",
                   help="join as a new computer (new id and key): when the hub refused this one as revoked")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_request)
    p = ss.add_parser("enrol-accept", help="join the hub with the secretariat's reply file")
    p.add_argument("file", help="the reply (pan-hub enrol-file)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_accept)


def cmd_request(args, ctx: CommandContext) -> int:
    from pan_desktop.core.sync.offline_enrol import OfflineEnrolment

    report = OfflineEnrolment(ctx.services.sync_engine()).write_request(args.invite, args.out, args.name,
                                                                           args.new_identity)
    if args.json:
        print_json(report.as_json())
    else:
        print(f"wrote {report.file}: take it to the secretariat (pan-hub enrol-file), then accept their reply "
              f"with: pan-desktop sync enrol-accept REPLY.panenrol")
    return 0


def cmd_accept(args, ctx: CommandContext) -> int:
    from pan_desktop.core.sync.offline_enrol import OfflineEnrolment

    report = OfflineEnrolment(ctx.services.sync_engine()).accept_reply(args.file)
    if args.json:
        print_json(report.as_json())
    else:
        print(f"enrolled with hub {report.hub_id} as {report.role} of {report.org_name or report.org_id} "
              f"until {report.expires}")
        print(f"hub key fingerprint: {report.hub_fingerprint} (compare it with the secretariat by phone)")
    return 0
