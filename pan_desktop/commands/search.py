"""``pan-desktop search QUERY`` and ``pan-desktop index rebuild|check``."""

from __future__ import annotations

import sys

from pan_desktop.commands import print_json
from pan_desktop.core.errors import PanError


def register(sub) -> None:
    p = sub.add_parser("search", help="search records, lessons and the glossary (Vietnamese or English, "
                       "with or without diacritics)")
    p.add_argument("query", nargs="+", help='words to find; "quoted words" must appear together')
    p.add_argument("--type", action="append", default=[], metavar="T",
                   help="initiatives, policies, organizations, events, lesson, guideline or glossary (repeatable)")
    p.add_argument("--province", default="", metavar="P", help="former or current province (Long An or Tây Ninh)")
    p.add_argument("--org", default="", metavar="O", help="organisation name (part of it is enough)")
    p.add_argument("--theme", default="", metavar="T", help="theme code or name")
    p.add_argument("--audience", default="", metavar="A", help="audience code or name")
    p.add_argument("--status", default="", metavar="S", help="status code or name")
    p.add_argument("--year-from", type=int, default=None, metavar="Y")
    p.add_argument("--year-to", type=int, default=None, metavar="Y")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="results to show (default 20)")
    p.add_argument("--offset", type=int, default=0, metavar="N", help="skip the first N results")
    p.add_argument("--lang", choices=("vi", "en"), default="vi", help="language of titles and snippets")
    p.add_argument("--json", action="store_true", help="print a JSON list, best first")
    p.set_defaults(func=search_command)

    ix = sub.add_parser("index", help="search index upkeep")
    ix_sub = ix.add_subparsers(dest="index_command", metavar="ACTION", required=True)
    ix_sub.add_parser("rebuild", help="index every record and content item again").set_defaults(func=rebuild_command)
    c = ix_sub.add_parser("check", help="verify the index against the database (exit 1 when it is not right)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=check_command)


def _manager(ctx):
    from pan_desktop.core.search import IndexManager

    return IndexManager.for_services(ctx.services)


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\rindexing {done:,} of {total:,} records…")
        sys.stderr.flush()


def search_command(args, ctx) -> int:
    from pan_desktop.core.search import Filters, SearchQuery

    if args.limit < 1 or args.offset < 0:
        raise PanError("--limit must be at least 1 and --offset at least 0.")
    if args.year_from and args.year_to and args.year_from > args.year_to:
        raise PanError(f"--year-from {args.year_from} is after --year-to {args.year_to}; swap them.")
    manager = _manager(ctx)
    if manager.ensure(_progress) == "rebuilt" and sys.stderr.isatty():
        sys.stderr.write("\n")
    filters = Filters(tuple(args.type), args.province, args.org, args.theme, args.audience, args.status,
                      args.year_from, args.year_to)
    text = " ".join(args.query)
    q = SearchQuery(text, filters, offset=args.offset, limit=args.limit, lang=args.lang)
    result = manager.search(q)
    shown_for = text
    if not result.hits and result.suggestion:
        print(f"Nothing matches “{text}”; showing results for “{result.suggestion}”.", file=sys.stderr)
        shown_for = result.suggestion
        result = manager.search(SearchQuery(result.suggestion, filters, offset=args.offset, limit=args.limit, lang=args.lang))
    if args.json:
        print_json([h.as_json() for h in result.hits])
        return 0
    _print_plain(result, shown_for)
    return 0


def _print_plain(result, text: str) -> None:
    bold = ("\033[1m", "\033[0m") if sys.stdout.isatty() else ("[", "]")
    if not result.hits:
        print(f"No results for “{text}”. Try fewer words, or check the spelling and the filters.")
        return
    how = "" if result.matched == "all" else " (no result has every word; these have some)"
    print(f"{result.total:,} result(s) for “{text}”{how}; showing {result.query.offset + 1}–"
          f"{result.query.offset + len(result.hits)}:\n")
    for n, hit in enumerate(result.hits, result.query.offset + 1):
        print(f"{n:3d}. {hit.title}  [{hit.type}]")
        if hit.snippet.text:
            print(f"     {hit.snippet.marked(*bold)}")
        print(f"     id {hit.id}")
    if result.from_database:
        print("\n(The search index is being rebuilt: these results are unranked.)")


def rebuild_command(args, ctx) -> int:
    count = _manager(ctx).rebuild(_progress)
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    print(f"Search index rebuilt: {count:,} document(s).")
    return 0


def check_command(args, ctx) -> int:
    report = _manager(ctx).check()
    if args.json:
        print_json(report.as_dict())
    else:
        print(f"Search index: {'OK' if report.ok else 'NOT OK'} — {report.indexed:,} indexed, "
              f"{report.expected:,} expected, change {report.last_seq} of {report.db_seq} applied.")
        for p in report.problems:
            print(f"  - {p}")
        if not report.ok:
            print("Run 'pan-desktop index rebuild' to fix it.")
    return 0 if report.ok else 1
