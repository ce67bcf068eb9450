"""Import and export of initiatives in the interchange format (docs/interchange.md): CSV, Excel
workbooks (.xlsx) and JSON Lines in; CSV and JSON Lines out.

An import is all or nothing: every row is checked first, and a file with any bad row is refused whole
with a report of every bad row (line number, column and reason); the database is left exactly as it
was. Reading and matching the columns is ``import_rows.py``; rows already stored are found by
``duplicates.py``.
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from sqlalchemy import select

from pan_desktop.core.errors import ImportRejected, PanError, RowProblem, ValidationError
from pan_desktop.core.ids import normalise_id
from pan_desktop.core.models import RECORD_MODELS, Initiative
from pan_desktop.core.services.changes import ChangeWriter
from pan_desktop.core.services.duplicates import Present, find_present
from pan_desktop.core.services.import_rows import ImportRows, read_rows
from pan_desktop.core.services.org_links import org_names
from pan_desktop.core.shared.org_names import OrgNames, link_values
from pan_desktop.core.shared.schema import INITIATIVES, TABLES
from pan_desktop.core.services.tabular import protect_formula
from pan_desktop.core.shared.validation import clean_values, join_list_text

if TYPE_CHECKING:
    from pan_desktop.core.db import Database
    from pan_desktop.core.services.records import RecordService

# The interchange columns, in order. The first 17 are the documented contract; the rest are additions.
COLUMNS = (
    "id", "title_vi", "title_en", "summary_vi", "summary_en", "description_vi", "description_en",
    "organizations", "funders", "provinces", "themes", "audiences", "outputs", "sources",
    "start_date", "end_date", "status", "kind", "lessons_vi", "lessons_en", "organization_ids", "funder_ids",
)
# Export writes the names of the linked organisations into these columns (before any name kept as text),
# so a file read by a person or by another database says who; import links the names again.
_NAMED_BY = {names: ids for ids, names in INITIATIVES.org_links}
BATCH = 1000
ProgressFn = Callable[[int, int], None]


@dataclass
class ImportReport:
    """What an import did: rows added, updated, already present (an id row with nothing new, or a row
    without id matching a stored record or an earlier row), refused (always 0: a file with a problem
    is refused whole, see ImportRejected), and notes about how the file was read."""

    path: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    present: list[Present] = field(default_factory=list)
    notes: list[RowProblem] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    format: str = ""
    encoding: str = ""
    separator: str = ""
    sheet: str = ""

    @property
    def added(self) -> int:
        return self.created

    @property
    def already_present(self) -> int:
        return self.unchanged + len(self.present)

    @property
    def warnings(self) -> list[str]:
        return [str(n) for n in self.notes]

    def summary(self) -> str:
        return f"{self.added} added, {self.updated} updated, {self.already_present} already present, 0 refused"

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.path, "format": self.format, "encoding": self.encoding, "separator": self.separator,
                "sheet": self.sheet, "rows": self.rows, "added": self.added, "updated": self.updated,
                "already_present": self.already_present, "refused": 0, "created": self.created,
                "unchanged": self.unchanged, "present": [p.as_dict() for p in self.present],
                "ignored_columns": self.ignored_columns, "warnings": self.warnings,
                "notes": [problem_dict(n) for n in self.notes]}


def problem_dict(p: RowProblem) -> dict[str, Any]:
    """A problem or note as JSON: where, its code and params (for any language), the English words."""
    return {"line": p.line, "field": p.field, "code": p.code, "params": p.params, "message": p.message}


class Interchange:
    """Import and export of initiatives: ``db`` to write through the change writer, ``user`` names the
    person importing, ``initiatives`` reads what is exported."""

    def __init__(self, db: "Database", user: Callable[[], str], initiatives: "RecordService"):
        self.db = db
        self.user = user
        self.initiatives = initiatives

    def import_file(self, path: str | os.PathLike, progress: ProgressFn | None = None, *, sheet: str | None = None,
                    ignore_unknown: bool = False, allow_duplicates: bool = False) -> ImportReport:
        """Import every row of the file, or none of them (raises ImportRejected listing every bad row).

        ``sheet`` picks a workbook's sheet (default: the first); ``ignore_unknown`` leaves out columns that
        name no field, and says so; ``allow_duplicates`` adds rows without id even when they match a stored
        initiative (same folded title, lead organisation and start) or an earlier row.
        """
        path = Path(path)
        read = read_rows(path, sheet=sheet, ignore_unknown=ignore_unknown)
        report = ImportReport(str(path), rows=len(read.rows), notes=read.notes, ignored_columns=read.ignored,
                              format=read.format, encoding=read.encoding, separator=read.separator, sheet=read.sheet)
        present: dict[int, Present] = {}
        with self.db.session() as s:
            checked, problems, notes = self._check(read, *self._existing(s, read.rows), org_names(s))
            report.notes = [*report.notes, *notes]
            if not problems and not allow_duplicates:
                present = find_present(s, [(line, cleaned) for line, rid, cleaned in checked if rid is None])
        if problems:
            raise ImportRejected(str(path), sorted(problems, key=lambda p: p.line), rows=read.count)
        report.present = sorted(present.values(), key=lambda p: p.line)
        checked = [row for row in checked if row[0] not in present]
        with self.db.write() as s:
            writer = ChangeWriter(s, "import", self.user())
            for start in range(0, len(checked), BATCH):
                batch = checked[start:start + BATCH]
                ids = [rid for _, rid, _ in batch if rid]
                existing = {r["id"]: dict(r) for r in s.execute(select(Initiative.__table__).where(Initiative.id.in_(ids))).mappings()} if ids else {}
                for line, rid, raw in batch:
                    self._apply(writer, report, line, rid, raw, existing.get(rid) if rid else None)
                if progress:
                    progress(min(start + BATCH, len(checked)), len(checked))
            writer.flush()
        return report

    @staticmethod
    def _existing(s, rows) -> tuple[dict[str, dict], dict[str, str]]:
        """Stored initiatives whose ids the file names (so an update row is checked as it would be stored),
        and the ids the file names that belong to a record of another table."""
        ids = set()
        for _, raw in rows:
            try:
                ids.add(normalise_id(raw["id"]))
            except (KeyError, ValueError, AttributeError, TypeError):
                continue
        found: dict[str, dict] = {}
        elsewhere: dict[str, str] = {}
        id_list = sorted(ids)
        for start in range(0, len(id_list), BATCH):
            chunk = id_list[start:start + BATCH]
            tbl = Initiative.__table__
            found.update({r["id"]: dict(r) for r in s.execute(select(tbl).where(tbl.c.id.in_(chunk))).mappings()})
            for table, model in RECORD_MODELS.items():
                if model is not Initiative:
                    elsewhere.update(dict.fromkeys(s.execute(select(model.id).where(model.id.in_(chunk))).scalars(), table))
        return found, elsewhere

    def _check(self, read: ImportRows, existing: dict[str, dict], elsewhere: dict[str, str], orgs: OrgNames):
        """Validate every row (an update against its stored record) and link its organisation names;
        returns the rows to write, all problems, and notes on the names that stay text."""
        problems = list(read.problems)
        names = _NameNotes(read)
        checked, seen = [], {}
        where_id = read.where("id")
        for line, raw in read.rows:
            rid = None
            raw_id = raw.pop("id", None)
            if isinstance(raw_id, str) and raw_id.strip():
                try:
                    rid = normalise_id(raw_id)
                except ValueError:
                    value = raw_id.strip()[:40]
                    problems.append(RowProblem(line, "id", f"'{value}' is not a UUID; leave id empty for a new record",
                                               "import.id.not_uuid", {**where_id, "value": value}))
                    continue
                if rid in seen:
                    problems.append(RowProblem(line, "id", f"the same id is already on line {seen[rid]}", "import.id.repeated",
                                               {**where_id, "first": seen[rid]}))
                    continue
                if rid in elsewhere:
                    spec = TABLES[elsewhere[rid]]
                    problems.append(RowProblem(line, "id", f"this is the id of a record in {spec.plural_en.lower()}, not of an "
                                               "initiative; leave id empty to add a new initiative", "import.id.other_table",
                                               {**where_id, "kind_vi": spec.plural_vi, "kind_en": spec.plural_en}))
                    continue
                seen[rid] = line
            elif raw_id not in (None, ""):
                problems.append(RowProblem(line, "id", "must be text", "import.id.not_text", where_id))
                continue
            current = existing.get(rid) if rid else None
            try:
                cleaned = clean_values(INITIATIVES, raw, current={n: current[n] for n in INITIATIVES.names} if current else None)
            except ValidationError as exc:
                problems.extend(RowProblem(line, p.field, p.message, "value." + p.code, {**p.params, **read.where(p.field)})
                                for p in exc.problems)
                continue
            cleaned, outcomes = link_values(INITIATIVES, cleaned, orgs, current)
            for names_field, linked in outcomes:
                names.add(line, names_field, linked, orgs)
            checked.append((line, rid, cleaned))
        return checked, problems, names.notes()

    def _apply(self, writer: ChangeWriter, report: ImportReport, line: int, rid: str | None, cleaned: dict, row: dict | None) -> None:
        """Write one checked row; an update is checked again against the stored record (end before start)."""
        if row is None:
            writer.create("initiatives", cleaned, record_id=rid)
            report.created += 1
            return
        changes = dict(cleaned)
        if row["deleted"]:
            changes["deleted"] = False
        if writer.update("initiatives", row, changes) is None:
            report.unchanged += 1
        else:
            report.updated += 1

    # -- export --------------------------------------------------------------------------------------
    def export_file(self, path: str | os.PathLike) -> int:
        """Write every live initiative to ``.csv`` (UTF-8 with BOM, for Excel) or ``.jsonl``; returns the count.

        Written to ``<file>.partial`` first and renamed, so an interrupted export never leaves half a file.
        """
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in (".csv", ".jsonl"):
            raise PanError(f"{path}: export to a .csv or .jsonl file.")
        from pan_desktop.core.services.records import ListQuery, MAX_PAGE

        records, offset = [], 0
        while True:
            page = self.initiatives.list(ListQuery(sort="created_at", offset=offset, limit=MAX_PAGE))
            records.extend(page.records)
            offset += len(page.records)
            if offset >= page.total or not page.records:
                break
        with self.db.session() as s:
            orgs = org_names(s)
        tmp = path.with_name(path.name + ".partial")
        try:
            with open(tmp, "w", encoding="utf-8-sig" if suffix == ".csv" else "utf-8", newline="") as fh:
                if suffix == ".csv":
                    w = csv.writer(fh)
                    w.writerow(COLUMNS)
                    for r in records:
                        w.writerow([_csv_cell(_exported(r, c, orgs)) for c in COLUMNS])
                else:
                    for r in records:
                        fh.write(json.dumps({c: _exported(r, c, orgs) for c in COLUMNS}, ensure_ascii=False) + "\n")
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise PanError(f"Cannot write {path} ({exc.strerror or exc}). Check the folder exists and you may write there.") from exc
        return len(records)


def _exported(record, column: str, orgs: OrgNames) -> Any:
    """A column's value in an exported file: a names column also names the linked organisations."""
    if column == "id":
        return record.id
    if column in _NAMED_BY:
        linked = [orgs.label(i, "vi") for i in record.get(_NAMED_BY[column]) or [] if i in orgs]
        return list(dict.fromkeys([*linked, *(record.get(column) or [])]))
    return record.get(column)


class _NameNotes:
    """One note per organisation name an import could not link (with its first line and how many rows)."""

    def __init__(self, read: ImportRows):
        self.read = read
        self.seen: dict[tuple[str, str], list] = {}

    def add(self, line: int, names_field: str, linked, orgs: OrgNames) -> None:
        for name in (*linked.unmatched, *linked.ambiguous):
            key = (names_field, name)
            if key in self.seen:
                self.seen[key][1] += 1
                continue
            options = "; ".join(orgs.label(i, "en") for i in linked.ambiguous.get(name, ()))
            self.seen[key] = [line, 1, options]

    def notes(self) -> list[RowProblem]:
        out = []
        for (names_field, name), (line, count, options) in self.seen.items():
            params = {**self.read.where(names_field), "name": name, "count": count}
            if options:
                out.append(RowProblem(line, names_field, f"'{name}' (on {count} row(s)) could mean several organisations "
                                      f"({options}); it was kept as a name, not linked", "import.org.ambiguous",
                                      {**params, "options": options}))
            else:
                out.append(RowProblem(line, names_field, f"'{name}' (on {count} row(s)) is not an organisation in the "
                                      "database; it was kept as a name", "import.org.unmatched", params))
        return sorted(out, key=lambda p: p.line)


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return protect_formula(join_list_text(value))
    return protect_formula(str(value))
