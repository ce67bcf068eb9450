"""Record commands: init, import, export-data, list, show, add, update, delete, restore, and
``records unlinked-orgs``."""

from __future__ import annotations

import argparse
import sys

from pan_desktop.commands import CommandContext, print_json
from pan_desktop.core.errors import ImportRejected, Problem, ValidationError
from pan_desktop.core.services import ListQuery, Record
from pan_desktop.core.shared.schema import TABLES, table_spec

LIST_CHOICES = ("initiatives", "organizations", "organisations", "policies", "events")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create or migrate the data dir and load the bundled records and content (safe to run twice)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("import", help="import initiatives from a .csv, .xlsx or .jsonl file (all or nothing)")
    p.add_argument("file")
    p.add_argument("--sheet", metavar="NAME", help="the sheet of an .xlsx workbook to read (default: the first)")
    p.add_argument("--ignore-unknown", action="store_true",
                   help="leave out columns that match no field (the report lists them) instead of refusing the file")
    p.add_argument("--allow-duplicates", action="store_true",
                   help="add rows without id even when they match a stored initiative (same title, organisation and start)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export-data", help="export initiatives to a .csv or .jsonl file, or write the import template")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--template", action="store_true",
                   help="write the import template instead (.csv or .xlsx): the Vietnamese headings and one example row")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("list", help="list records of one area")
    p.add_argument("area", choices=LIST_CHOICES)
    p.add_argument("--province", default="", help="former or current province, with or without diacritics")
    p.add_argument("--theme", default="")
    p.add_argument("--audience", default="")
    p.add_argument("--org", default="", help="organisation name (part of it is enough)")
    p.add_argument("--status", default="")
    p.add_argument("--type", default="", help="kind of initiative, type of organisation, policy or event")
    p.add_argument("--year-from", type=int)
    p.add_argument("--year-to", type=int)
    p.add_argument("--text", default="", help="words in the title, with or without diacritics")
    p.add_argument("--sort", default="title", help="field to sort by, '-' in front for descending")
    p.add_argument("--limit", type=int, default=1000)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", help="show one record of any area")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("add", help="add a record: pan-desktop add initiatives --set title_vi=... --set provinces='Huế; Hà Nội'")
    p.add_argument("area", choices=LIST_CHOICES)
    p.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("update", help="change fields of a record: --set FIELD=VALUE (lists separated by ';')")
    p.add_argument("id")
    p.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_update)

    p = sub.add_parser("delete", help="delete a record (it can be restored)")
    p.add_argument("id")
    p.set_defaults(func=cmd_delete)

    p = sub.add_parser("restore", help="restore a deleted record")
    p.add_argument("id")
    p.set_defaults(func=cmd_restore)

    records = sub.add_parser("records", help="checks over the stored records").add_subparsers(
        dest="records_command", metavar="ACTION", required=True)
    p = records.add_parser("unlinked-orgs", help="organisation names kept as text (no organisation, or several, "
                                                 "go by them) and the records holding them")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_unlinked_orgs)


def cmd_init(args, ctx: CommandContext) -> int:
    from pan_desktop.core.services.setup import initialise

    report = initialise(ctx.services)
    for line in report.lines():
        print(line)
    return 0


SHOWN_PRESENT = 20


def cmd_import(args, ctx: CommandContext) -> int:
    from pan_desktop.core.services.interchange import problem_dict

    try:
        report = ctx.services.interchange.import_file(args.file, sheet=args.sheet, ignore_unknown=args.ignore_unknown,
                                                      allow_duplicates=args.allow_duplicates)
    except ImportRejected as exc:
        summary = {"file": args.file, "added": 0, "updated": 0, "already_present": 0, "refused": exc.rows}
        if not args.json:
            print(f"{args.file}: 0 added, 0 updated, 0 already present, {exc.rows} refused")
            raise
        print_json({**summary, "problems": [problem_dict(p) for p in exc.problems]})
        return 1
    if args.json:
        print_json(report.as_dict())
        return 0
    print(f"{args.file}: {report.summary()}")
    for p in report.present[:SHOWN_PRESENT]:
        print(f"  line {p.line}: already present" + (f" ({p.record_id})" if p.record_id else f" (same as line {p.same_as_line})"))
    if len(report.present) > SHOWN_PRESENT:
        print(f"  … and {len(report.present) - SHOWN_PRESENT} more rows already present (--json lists them all)")
    for w in report.warnings:
        print(f"  note: {w}")
    return 0


def cmd_export(args, ctx: CommandContext) -> int:
    if args.template:
        from pan_desktop.core.services.template import write_template

        write_template(args.out)
        print(f"import template written to {args.out}")
        return 0
    n = ctx.services.interchange.export_file(args.out)
    print(f"{n} initiatives written to {args.out}")
    return 0


def cmd_list(args, ctx: CommandContext) -> int:
    spec = table_spec(args.area)
    query = ListQuery(province=args.province, theme=args.theme, audience=args.audience, org=args.org,
                      status=args.status, type=args.type, year_from=args.year_from, year_to=args.year_to,
                      text=args.text, sort=args.sort, offset=args.offset, limit=args.limit)
    page = ctx.services.records[spec.table].list(query)
    if args.json:
        print_json([r.as_dict() for r in page.records])
        return 0
    for r in page.records:
        print(_line(r))
    shown = len(page.records)
    print(f"-- {shown} of {page.total} {spec.plural_en.lower()}", file=sys.stderr)
    return 0


def cmd_show(args, ctx: CommandContext) -> int:
    record = ctx.services.find(args.id)
    _print_record(record, args.json)
    return 0


def cmd_add(args, ctx: CommandContext) -> int:
    spec = table_spec(args.area)
    record = ctx.services.records[spec.table].create(_parse_sets(args.set))
    _print_record(record, args.json)
    return 0


def cmd_update(args, ctx: CommandContext) -> int:
    current = ctx.services.find(args.id)
    record = ctx.services.records[current.table].update(current.id, _parse_sets(args.set))
    _print_record(record, args.json)
    return 0


def cmd_delete(args, ctx: CommandContext) -> int:
    current = ctx.services.find(args.id)
    ctx.services.records[current.table].delete(current.id)
    print(f"deleted {TABLES[current.table].singular_en} {current.id}: {current.title()} "
          f"(undo with: pan-desktop restore {current.id})")
    return 0


def cmd_restore(args, ctx: CommandContext) -> int:
    current = ctx.services.find(args.id, include_deleted=True)
    record = ctx.services.records[current.table].restore(current.id)
    print(f"restored {TABLES[record.table].singular_en} {record.id}: {record.title()}")
    return 0


def cmd_unlinked_orgs(args, ctx: CommandContext) -> int:
    from pan_desktop.core.services.org_links import unlinked_names

    with ctx.services.db.session() as s:
        found = unlinked_names(s)
    if args.json:
        print_json({"unlinked": [u.as_dict() for u in found]})
        return 0
    for u in found:
        meaning = f"could mean {', '.join(u.candidates)}" if u.candidates else "no organisation"
        print(f"{u.name}\t{u.table}.{u.field}\t{len(u.records)} record(s)\t{meaning}")
    print(f"-- {len(found)} organisation name(s) kept as text; add the organisation, or the name to its other "
          "names (aliases), to link them", file=sys.stderr)
    return 0


def _parse_sets(pairs: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    problems = []
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            problems.append(Problem(pair[:40], "invalid", "use FIELD=VALUE"))
            continue
        values[name.strip()] = value
    if problems:
        raise ValidationError(problems)
    return values


def _line(r: Record) -> str:
    period = r.period(dash="–")
    places = "; ".join(r.get("provinces") or [])
    parts = [r.id, r.title("vi")]
    if period:
        parts.append(period)
    if places:
        parts.append(places)
    return "  ".join(parts)


def _print_record(record: Record, as_json: bool) -> None:
    if as_json:
        print_json(record.as_dict())
        return
    spec = TABLES[record.table]
    print(f"{spec.singular_en} {record.id}")
    for f in spec.fields:
        value = record.get(f.name)
        if value in ("", [], None, False):
            continue
        if isinstance(value, list):
            value = "; ".join(value)
        print(f"  {f.label_en}: {value}")
