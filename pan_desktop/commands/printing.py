"""``pan-desktop print ...``: print-ready PDFs (handout, checklist, factsheet, brief, attendance,
certificates, newsletter). Each writes ``--out`` (via ``--out.partial``) and prints what it wrote."""

from __future__ import annotations

import argparse
import sys

from pan_desktop.commands import CommandContext, print_json
from pan_desktop.core.errors import PanError

PAPERS = ("A4", "A5", "Letter")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("print", help="make a print-ready PDF: handout, checklist, factsheet, brief, attendance, "
                                     "certificates, newsletter")
    inner = p.add_subparsers(dest="printable", metavar="PRINTABLE", required=True)

    def add(name: str, help_text: str, papers=PAPERS):
        q = inner.add_parser(name, help=help_text)
        q.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
        q.add_argument("--lang", choices=("vi", "en", "both"), default="vi", help="language(s) to print (default vi)")
        q.add_argument("--paper", choices=papers, default="A4")
        q.add_argument("--large-print", action="store_true", help="body text at 14 pt or more")
        q.add_argument("--bw", action="store_true", help="greys only, for photocopies")
        q.add_argument("--no-qr", action="store_true", help="leave out the QR code to the source")
        q.add_argument("--json", action="store_true", help="print the result as JSON")
        q.set_defaults(func=cmd_print, kind=name)
        return q

    q = add("handout", "module handout: lessons and knowledge checks (the facilitator edition adds the notes, "
                       "timings and answer key)")
    q.add_argument("--module", required=True, metavar="ID", help="content pack id")
    q.add_argument("--booklet", action="store_true", help="A5 pages imposed on A4 landscape, to fold into a booklet")
    q.add_argument("--edition", choices=("participant", "facilitator"), default="participant",
                   help="participant (default): no answer key, no facilitator notes; facilitator: with the notes, "
                        "timings and answer key")
    q = add("checklist", "site checklist from a guideline, to fill in by hand")
    q.add_argument("--guideline", required=True, metavar="ID")
    q.add_argument("--site", required=True, choices=("factory", "junk-shop"))
    q = add("factsheet", "initiative factsheet")
    q.add_argument("--initiative", required=True, metavar="ID")
    q = add("brief", "policy brief")
    q.add_argument("--policy", required=True, metavar="ID")
    q = add("attendance", "attendance sheet with blank rows to sign (--session: pre-filled with the enrolled people)")
    q.add_argument("--session", metavar="ID", help="a training session: its details and enrolled people filled in")
    q.add_argument("--module", metavar="ID")
    q.add_argument("--rows", type=int, default=0, help="number of rows (default: as many as fill a page)")
    q = add("certificates", "certificates: of a training session (--session), or of participation from a names CSV")
    q.add_argument("--session", metavar="ID", help="a training session: certificates of completion for those who "
                                                   "passed, each with a QR code and short code that verify offline")
    q.add_argument("--participation", action="store_true", help="with --session: a certificate of participation "
                                                                "for every attendee instead")
    q.add_argument("--module", metavar="ID")
    q.add_argument("--names", metavar="FILE.csv", help="CSV with a 'name' column (optional 'organization')")
    q.add_argument("--date", default="", metavar="YYYY-MM-DD", help="date of the training (default: today)")
    q = add("test", "paper pre- or post-test from a module's knowledge checks (--key: its answer key, printed apart)")
    q.add_argument("--module", required=True, metavar="ID")
    q.add_argument("--form", required=True, choices=("pre", "post"))
    q.add_argument("--key", action="store_true", help="print the answer key of this form instead")
    q = add("newsletter", "the monthly member e-newsletter")
    q.add_argument("--month", required=True, metavar="YYYY-MM")
    from pan_desktop.commands.sites import register_print

    register_print(inner)


def cmd_print(args, ctx: CommandContext) -> int:
    from pan_desktop.core.printing.jobs import PrintJob, run_job
    from pan_desktop.core.printing.options import PrintOptions

    services = ctx.services
    options = PrintOptions.from_settings(services.settings, paper=args.paper, lang=args.lang,
                                         large_print=args.large_print, bw=args.bw, qr=not args.no_qr)
    kind = args.kind
    if kind == "certificates" and args.session:
        from pan_desktop.commands.training import print_session_certificates

        return print_session_certificates(args, services, options)
    if kind == "test":
        from pan_desktop.core.printing.jobs import get_pack
        from pan_desktop.core.printing.knowledge_test import build_test

        result = build_test(get_pack(services, args.module), args.form, args.out, options, key=args.key)
        print_json(result.as_dict()) if args.json else print(f"{result.path}: {result.pages} page(s)")
        return 0
    if kind == "attendance" and args.session:
        from pan_desktop.core.printing.session_attendance import session_attendance

        result = session_attendance(services, args.session, args.out, options, rows=args.rows)
        print_json(result.as_dict()) if args.json else print(f"{result.path}: {result.pages} page(s)")
        return 0
    if kind == "attendance" and not args.module:
        raise PanError("Give --module ID, or --session ID for a pre-filled sheet.", code="print.attendance_source")
    if kind == "certificates" and not (args.module and args.names):
        raise PanError("Give --session ID, or --module ID with --names FILE.csv.", code="print.certificates_source")
    target = {"handout": "module", "attendance": "module", "certificates": "module", "checklist": "guideline",
              "factsheet": "initiative", "brief": "policy", "newsletter": "month"}[kind]
    if kind == "handout" and args.booklet:
        kind = "booklet"
    job = PrintJob(kind, getattr(args, target), options, site=getattr(args, "site", "factory"),
                   names=getattr(args, "names", ""), rows=getattr(args, "rows", 0), session_date=getattr(args, "date", ""),
                   edition=getattr(args, "edition", "participant"))
    result = run_job(services, job, args.out)
    if args.json:
        print_json(result.as_dict())
    else:
        print(f"{result.path}: {result.pages} page(s), {result.size / 1024:.0f} KB")
    for w in result.warnings:
        print(f"pan-desktop: warning: {w}", file=sys.stderr)
    return 0
