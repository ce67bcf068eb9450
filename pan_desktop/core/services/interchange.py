"""Import and export of initiatives in the interchange format (docs/interchange.md): CSV and JSON Lines.

An import is all or nothing: every row is checked first, and a file with any bad row is refused whole
with a report of every bad row (line number and reason); the database is left exactly as it was.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from sqlalchemy import select

from pan_desktop.core.errors import ImportRejected, PanError, RowProblem, ValidationError
from pan_desktop.core.ids import normalise_id
from pan_desktop.core.models import Initiative
from pan_desktop.core.services.changes import ChangeWriter
from pan_desktop.core.shared.schema import INITIATIVES
from pan_desktop.core.shared.validation import clean_values, join_list_text

if TYPE_CHECKING:
    from pan_desktop.core.db import Database
    from pan_desktop.core.services.records import RecordService

# The interchange columns, in order. The first 17 are the documented contract; the rest are additions.
COLUMNS = (
    "id", "title_vi", "title_en", "summary_vi", "summary_en", "description_vi", "description_en",
    "organizations", "funders", "provinces", "themes", "audiences", "outputs", "sources",
    "start_date", "end_date", "status", "kind", "lessons_vi", "lessons_en",
)
MAX_FILE_BYTES = 500 * 1024 * 1024
MAX_FIELD_CHARS = 16 * 1024 * 1024  # read a huge field so it can be reported, not crash the reader
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BATCH = 1000
ProgressFn = Callable[[int, int], None]


@dataclass
class ImportReport:
    path: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.path, "rows": self.rows, "created": self.created, "updated": self.updated,
                "unchanged": self.unchanged, "warnings": self.warnings}


def protect_formula(text: str) -> str:
    """Export form of a cell: a leading ``'`` keeps spreadsheets from running text as a formula."""
    return "'" + text if text.startswith(FORMULA_START) or text.startswith("'") else text


def unprotect_formula(text: str) -> str:
    """Import form: undo :func:`protect_formula` (only a quote that protects something is removed)."""
    if text.startswith("'") and text[1:].startswith(FORMULA_START + ("'",)):
        return text[1:]
    return text


def _decode(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportRejected(str(path), [RowProblem(line, "", "the file is not UTF-8 text. In Excel use "
                             "'Save As' > 'CSV UTF-8 (Comma delimited)'; in LibreOffice choose the UTF-8 character set.")]) from None


def read_rows(path: Path) -> tuple[list[tuple[int, dict[str, Any]]], list[str], list[RowProblem]]:
    """Rows of a ``.csv`` or ``.jsonl`` file as ``(line, values)``, plus warnings and read problems."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".jsonl", ".ndjson"):
        raise PanError(f"{path}: cannot import a '{suffix or 'no extension'}' file. Use a .csv or .jsonl file (see docs/interchange.md).")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PanError(f"{path}: cannot read the file ({exc.strerror or exc}).") from exc
    if size > MAX_FILE_BYTES:
        raise PanError(f"{path}: the file is {size // 2**20} MB; the limit is {MAX_FILE_BYTES // 2**20} MB. Split it into smaller files.")
    text = _decode(path)
    return _read_csv(text) if suffix == ".csv" else _read_jsonl(text)


def _unknown_warnings(names: list[str]) -> list[str]:
    warnings = []
    for name in names:
        if name not in COLUMNS:
            close = difflib.get_close_matches(name, COLUMNS, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            warnings.append(f"unknown column '{name}' ignored{hint}")
    return warnings


def _read_csv(text: str):
    csv.field_size_limit(MAX_FIELD_CHARS)
    reader = csv.reader(io.StringIO(text, newline=""))
    problems: list[RowProblem] = []
    try:
        header = next(reader)
    except StopIteration:
        return [], [], [RowProblem(1, "", "the file is empty; the first line must name the columns")]
    except csv.Error as exc:
        return [], [], [RowProblem(1, "", f"cannot read the header: {exc}")]
    names = [h.strip().lstrip("\ufeff") for h in header]
    if not {"title_vi", "title_en"} & set(names):
        problems.append(RowProblem(1, "", "no title_vi or title_en column; the first line must name the columns (see docs/interchange.md)"))
    dupes = {n for n in names if n and names.count(n) > 1}
    for n in sorted(dupes):
        problems.append(RowProblem(1, n, "this column appears more than once"))
    rows: list[tuple[int, dict[str, Any]]] = []
    line = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(RowProblem(line, "", f"cannot read this row: {exc}"))
            break
        if any(c.strip() for c in cells):
            if len(cells) > len(names):
                problems.append(RowProblem(line, "", f"has {len(cells)} cells but the header names {len(names)} columns"))
            values = {n: unprotect_formula(c) for n, c in zip(names, cells) if n in COLUMNS}
            rows.append((line, values))
        line = reader.line_num + 1
    return rows, _unknown_warnings([n for n in names if n]), problems


def _read_jsonl(text: str):
    rows, problems, unknown = [], [], []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except ValueError as exc:
            problems.append(RowProblem(number, "", f"not valid JSON ({exc.msg} at column {exc.colno})"))
            continue
        if not isinstance(obj, dict):
            problems.append(RowProblem(number, "", "each line must be a JSON object {...}"))
            continue
        unknown.extend(k for k in obj if k not in COLUMNS and k not in unknown)
        rows.append((number, {k: v for k, v in obj.items() if k in COLUMNS}))
    return rows, _unknown_warnings(unknown), problems


class Interchange:
    """Import and export of initiatives: ``db`` to write through the change writer, ``user`` names the
    person importing, ``initiatives`` reads what is exported."""

    def __init__(self, db: "Database", user: Callable[[], str], initiatives: "RecordService"):
        self.db = db
        self.user = user
        self.initiatives = initiatives

    def import_file(self, path: str | os.PathLike, progress: ProgressFn | None = None) -> ImportReport:
        """Import every row of the file, or none of them (raises ImportRejected listing every bad row)."""
        path = Path(path)
        rows, warnings, problems = read_rows(path)
        report = ImportReport(str(path), rows=len(rows), warnings=warnings)
        checked, problems = self._check(rows, problems, self._existing(rows))
        if problems:
            raise ImportRejected(str(path), sorted(problems, key=lambda p: p.line))
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

    def _existing(self, rows) -> dict[str, dict]:
        """Stored initiatives whose ids the file names, so an update row is checked as it would be stored."""
        ids = set()
        for _, raw in rows:
            try:
                ids.add(normalise_id(raw["id"]))
            except (KeyError, ValueError, AttributeError, TypeError):
                continue
        found: dict[str, dict] = {}
        tbl = Initiative.__table__
        id_list = sorted(ids)
        with self.db.session() as s:
            for start in range(0, len(id_list), BATCH):
                chunk = id_list[start:start + BATCH]
                found.update({r["id"]: dict(r) for r in s.execute(select(tbl).where(tbl.c.id.in_(chunk))).mappings()})
        return found

    def _check(self, rows, problems: list[RowProblem], existing: dict[str, dict]):
        """Validate every row (an update against its stored record); returns the rows to write and all problems."""
        checked, seen = [], {}
        for line, raw in rows:
            rid = None
            raw_id = raw.pop("id", None)
            if isinstance(raw_id, str) and raw_id.strip():
                try:
                    rid = normalise_id(raw_id)
                except ValueError:
                    problems.append(RowProblem(line, "id", f"'{raw_id.strip()[:40]}' is not a UUID; leave id empty for a new record"))
                    continue
                if rid in seen:
                    problems.append(RowProblem(line, "id", f"the same id is already on line {seen[rid]}"))
                    continue
                seen[rid] = line
            elif raw_id not in (None, ""):
                problems.append(RowProblem(line, "id", "must be text"))
                continue
            current = existing.get(rid) if rid else None
            try:
                cleaned = clean_values(INITIATIVES, raw, current={n: current[n] for n in INITIATIVES.names} if current else None)
            except ValidationError as exc:
                problems.extend(RowProblem(line, p.field, p.message) for p in exc.problems)
                continue
            checked.append((line, rid, cleaned))
        return checked, problems

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
        tmp = path.with_name(path.name + ".partial")
        try:
            with open(tmp, "w", encoding="utf-8-sig" if suffix == ".csv" else "utf-8", newline="") as fh:
                if suffix == ".csv":
                    w = csv.writer(fh)
                    w.writerow(COLUMNS)
                    for r in records:
                        w.writerow([_csv_cell(r.id if c == "id" else r.get(c)) for c in COLUMNS])
                else:
                    for r in records:
                        fh.write(json.dumps({c: (r.id if c == "id" else r.get(c)) for c in COLUMNS}, ensure_ascii=False) + "\n")
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise PanError(f"Cannot write {path} ({exc.strerror or exc}). Check the folder exists and you may write there.") from exc
        return len(records)


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return protect_formula(join_list_text(value))
    return protect_formula(str(value))
