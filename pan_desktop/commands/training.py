"""Training commands: ``session add|import|list|show|set`` and ``report training``."""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from pan_desktop.commands import CommandContext, print_json
from pan_desktop.core.errors import ImportRejected, NotFound, PanError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("session", help="training sessions: add, import participants, list, show, set results")
    inner = p.add_subparsers(dest="session_command", metavar="ACTION", required=True)

    q = inner.add_parser("add", help="plan a session from a module (title and audience come from the pack)")
    q.add_argument("--module", required=True, metavar="ID", help="content pack id of the module")
    q.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="first day")
    q.add_argument("--end-date", default="", metavar="YYYY-MM-DD",
                   help="last day (default: from the module's duration, a day per 8 hours)")
    q.add_argument("--province", required=True, help="former or current province")
    q.add_argument("--place", default="", metavar="TEXT", help="commune or ward, venue")
    q.add_argument("--org", default="", metavar="NAME", help="organising organisation")
    q.add_argument("--facilitator", action="append", default=[], metavar="NAME", help="repeat for each facilitator")
    q.add_argument("--pass-mark", type=float, default=None, metavar="N", help="post-test percent to pass (default 70)")
    q.add_argument("--title", default="", help="title (default: the module's title)")
    q.add_argument("--audience", action="append", default=None, metavar="ROLE",
                   help="intended audience role, repeat for each (default: the module's audience)")
    q.add_argument("--private", action="store_true", help="visible to your organisation only (default: the network)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_add)

    q = inner.add_parser("import", help="enrol participants from a .csv or .xlsx file (all or nothing)")
    q.add_argument("id", metavar="ID")
    q.add_argument("file", metavar="FILE")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_import)

    q = inner.add_parser("list", help="list sessions, newest first")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_list)

    q = inner.add_parser("show", help="a session with its participants and results")
    q.add_argument("id", metavar="ID")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_show)

    q = inner.add_parser("set", help="record one participant's attendance and scores")
    q.add_argument("id", metavar="ID")
    q.add_argument("--participant", required=True, metavar="PID")
    q.add_argument("--attended", choices=("yes", "no"))
    q.add_argument("--pre", metavar="N")
    q.add_argument("--post", metavar="N")
    q.add_argument("--oral", choices=("yes", "no"), help="the tests were taken orally")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_set)

    q = inner.add_parser("erase", help="erase a participant on every device: their personal data and scores")
    q.add_argument("participant", metavar="PID")
    q.set_defaults(func=cmd_erase)

    p = sub.add_parser("verify", help="check a certificate's QR text offline: prints who, what, when and issuer, "
                                      "or exits 1 saying what is wrong")
    p.add_argument("text", metavar="TEXT", help="the text of the certificate's QR code (PANC1....)")
    p.add_argument("--hub-key", action="append", default=[], metavar="KEY",
                   help="a hub public key to trust besides the one this computer was enrolled with")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("report", help="reports: 'report training' gives the capacity-building indicators")
    inner = p.add_subparsers(dest="report", metavar="REPORT", required=True)
    q = inner.add_parser("training", help="people trained by sex, age, role and province; pass rate; knowledge gain")
    q.add_argument("--from", dest="date_from", default="", metavar="DATE", help="sessions starting on or after (YYYY[-MM[-DD]])")
    q.add_argument("--to", dest="date_to", default="", metavar="DATE", help="sessions starting on or before")
    q.add_argument("--province", default="")
    q.add_argument("--module", default="", metavar="ID")
    q.add_argument("--org", default="", metavar="NAME", help="organising organisation (part of the name is enough)")
    q.add_argument("--json", action="store_true")
    q.add_argument("--pdf", metavar="FILE", help="also write the printable report")
    q.add_argument("--csv", metavar="FILE", help="also write the figures as CSV (indicator, value)")
    q.add_argument("--lang", choices=("vi", "en", "both"), help="language of the PDF (default: the print language "
                                                                 "in the settings)")
    q.set_defaults(func=cmd_report)


def cmd_add(args, ctx: CommandContext) -> int:
    from pan_desktop.core.printing.jobs import get_pack
    from pan_desktop.core.training.planning import end_date, module_defaults

    services = ctx.services
    try:
        planned = module_defaults(get_pack(services, args.module))
    except NotFound:
        if not args.title:
            raise
        planned = {"audiences": [], "days": 1}  # a module not installed here: the person gave the title
    values = {"title": args.title or planned["title"], "module_id": args.module, "start_date": args.date,
              "end_date": args.end_date or end_date(args.date, planned["days"]), "provinces": [args.province],
              "place": args.place, "organization": args.org, "facilitators": args.facilitator,
              "audiences": planned["audiences"] if args.audience is None else args.audience, "pass_mark": args.pass_mark}
    record = services.training.add_session(values, visibility="org" if args.private else "network")
    if args.json:
        print_json({"id": record.id})
    else:
        print(f"added training session {record.id}: {record['title']} ({record['start_date']})")
    return 0


def cmd_import(args, ctx: CommandContext) -> int:
    from pan_desktop.core.services.interchange import problem_dict

    try:
        report = ctx.services.training.import_file(args.id, Path(args.file))
    except ImportRejected as exc:
        if not args.json:
            raise
        print_json({"session": args.id, "rows": exc.rows, "added": 0, "matched": [], "enrolled": 0,
                    "problems": [problem_dict(p) for p in exc.problems]})
        return 1
    if args.json:
        print_json(report.as_dict())
    else:
        print(f"{args.file}: {report.enrolled} enrolled, {report.added} new participants, "
              f"{len(report.matched)} recognised as already known")
        for m in report.matched:
            print(f"  line {m['line']}: same person as participant {m['participant']} (same name and {m['matched_on']})")
    return 0


def _session_dict(record) -> dict:
    return {"id": record.id, **dict(record.values), "visibility": record.meta.get("visibility", "")}


def cmd_list(args, ctx: CommandContext) -> int:
    sessions = ctx.services.training.sessions()
    if args.json:
        print_json([_session_dict(r) for r in sessions])
        return 0
    for r in sessions:
        print(f"{r.id}  {r['start_date'] or '':10}  {', '.join(r['provinces']):20}  {r['title']}")
    print(f"-- {len(sessions)} sessions", file=sys.stderr)
    return 0


def cmd_show(args, ctx: CommandContext) -> int:
    detail = ctx.services.training.session(args.id)
    people = [{"participant": a.participant.id, "name": a.participant["name"], "sex": a.participant["sex"],
               "birth_year": a.participant["birth_year"], "role": a.participant["role"],
               "organization": a.participant["organization"], "attended": a.attended, "pre": a.pre_score,
               "post": a.post_score, "oral": a.oral, "passed": a.passed(detail.pass_mark)} for a in detail.attendees]
    if args.json:
        print_json({**_session_dict(detail.session), "participants": people})
        return 0
    s = detail.session
    print(f"{s['title']}  ({s['start_date']}{' – ' + s['end_date'] if s['end_date'] and s['end_date'] != s['start_date'] else ''})")
    print(f"  province: {', '.join(s['provinces'])}  place: {s['place']}  pass mark: {detail.pass_mark:g} %")
    for p in people:
        scores = f"pre {_num(p['pre'])}  post {_num(p['post'])}"
        print(f"  {'x' if p['attended'] else ' '} {p['name']:30} {scores}{'  passed' if p['passed'] else ''}  [{p['participant']}]")
    return 0


def _num(value) -> str:
    return "-" if value is None else f"{value:g}"


def cmd_set(args, ctx: CommandContext) -> int:
    results = {}
    if args.attended:
        results["attended"] = args.attended == "yes"
    if args.pre is not None:
        results["pre_score"] = args.pre
    if args.post is not None:
        results["post_score"] = args.post
    if args.oral:
        results["oral"] = args.oral == "yes"
    if not results:
        raise PanError("Nothing to set: give --attended, --pre, --post or --oral.", code="training.nothing_to_set")
    row = ctx.services.training.set_results(args.id, args.participant, **results)
    if args.json:
        print_json(row)
    else:
        print(f"participant {row['participant_id']}: attended {'yes' if row['attended'] else 'no'}, "
              f"pre {_num(row['pre_score'])}, post {_num(row['post_score'])}")
    return 0


def cmd_erase(args, ctx: CommandContext) -> int:
    ctx.services.training.erase_participant(args.participant)
    print(f"participant {args.participant} erased here; other devices erase them when they next sync")
    return 0


def cmd_verify(args, ctx: CommandContext) -> int:
    from pan_desktop.core.training.credentials import trusted_hub_keys, verify

    checked = verify(args.text, [*trusted_hub_keys(ctx.data_dir), *args.hub_key])
    if args.json:
        print_json({"valid": True, **checked.as_dict()})
    else:
        print(f"valid certificate {checked.code}\n  who:    {checked.name}\n  what:   {checked.module}\n"
              f"  when:   {checked.date}\n  issuer: {checked.issuer} (organisation {checked.issuer_org_id}, "
              f"device {checked.device[-12:]})")
    return 0


def print_session_certificates(args, services, options) -> int:
    """``print certificates --session ID`` (called by the print command)."""
    from pan_desktop.core.printing.session_certificates import session_certificates

    result, issued = session_certificates(services, args.session, args.out, options, participation=args.participation)
    if args.json:
        print_json({**result.as_dict(), "certificates": issued})
    else:
        print(f"{result.path}: {result.pages} page(s), {result.size / 1024:.0f} KB")
        for c in issued:
            print(f"  {c['code'] or '-':9}  {c['name']}")
    for w in result.warnings:
        print(f"pan-desktop: warning: {w}", file=sys.stderr)
    return 0


def cmd_report(args, ctx: CommandContext) -> int:
    from pan_desktop.core.training.indicators import ReportFilter, training_report

    f = ReportFilter(args.date_from, args.date_to, args.province, args.module, args.org)
    figures = training_report(ctx.services.db, f)
    if args.csv:
        _write_csv(Path(args.csv), figures)
    if args.pdf:
        from pan_desktop.core.printing.options import PrintOptions
        from pan_desktop.core.printing.training_report import write_training_report

        options = PrintOptions.from_settings(ctx.services.settings, **({"lang": args.lang} if args.lang else {}))
        result = write_training_report(Path(args.pdf), figures, f, options)
        print(f"{result.path}: {result.pages} page(s)", file=sys.stderr)
    if args.json:
        print_json(figures)
        return 0
    for key, value in figures.items():
        if isinstance(value, dict):
            print(f"{key}:")
            for k, v in value.items():
                print(f"  {k}: {v}")
        else:
            print(f"{key}: {'-' if value is None else value}")
    return 0


def _write_csv(path: Path, figures: dict) -> None:
    partial = path.with_name(path.name + ".partial")
    with partial.open("w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        w.writerow(["indicator", "group", "value"])
        for key, value in figures.items():
            if isinstance(value, dict):
                for k, v in value.items():
                    w.writerow([key, k, v])
            else:
                w.writerow([key, "", "" if value is None else value])
    partial.replace(path)
