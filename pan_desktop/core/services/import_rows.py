"""An import file (``.csv``/``.tsv``/``.txt``, ``.xlsx``, ``.jsonl``) as rows of initiative field values.

Headings and keys are matched to fields (``headers.py``). A column that holds data and names no field
refuses the file, naming it and the closest known name, unless ``ignore_unknown`` (then the report says
what was left out): nothing is dropped silently.
"""

from __future__ import annotations

import json
import operator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pan_desktop.core.errors import PanError, RowProblem
from pan_desktop.core.services.file_encoding import Unreadable, decode
from pan_desktop.core.services.headers import Column, KnownNames, column_letter, initiative_names
from pan_desktop.core.services.tabular import Table, read_csv, read_xlsx, unprotect_formula

MAX_FILE_BYTES = 500 * 1024 * 1024
FORMATS = {".csv": "csv", ".tsv": "csv", ".txt": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx", ".jsonl": "jsonl", ".ndjson": "jsonl"}
OTHER_SPREADSHEETS = (".xls", ".ods", ".numbers")
TITLE_FIELDS = ("title_vi", "title_en")


@dataclass
class ImportRows:
    """What was read: the rows (``(line, {field: value})``), every problem, notes for the report, and
    where each field came from (``{field: (heading, letter)}``) so a problem can name the column."""

    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    notes: list[RowProblem] = field(default_factory=list)
    columns: dict[str, tuple[str, str]] = field(default_factory=dict)
    ignored: list[str] = field(default_factory=list)
    format: str = ""
    encoding: str = ""
    separator: str = ""
    sheet: str = ""
    unread_rows: int = 0  # a file that could not be read: its non-blank lines, as a person counts rows

    @property
    def count(self) -> int:
        return len(self.rows) or self.unread_rows

    def where(self, name: str) -> dict[str, str]:
        """``column``/``letter`` params for a problem with field ``name`` (a title problem: either title)."""
        for candidate in ((name, *TITLE_FIELDS) if name in TITLE_FIELDS else (name,)):
            if candidate in self.columns:
                heading, letter = self.columns[candidate]
                return {"column": heading, "letter": letter} if letter else {"column": heading}
        return {}


def read_rows(path: Path, sheet: str | None = None, ignore_unknown: bool = False) -> ImportRows:
    """Read ``path``; a file that cannot be read at all raises PanError, row problems are in the result."""
    suffix = path.suffix.lower()
    fmt = FORMATS.get(suffix)
    if fmt is None:
        if suffix in OTHER_SPREADSHEETS:
            raise PanError(f"{path}: PAN Desktop reads .xlsx workbooks, not '{suffix}'. Save the file as .xlsx or as CSV UTF-8.",
                           code="import.file_type.spreadsheet", file=str(path), suffix=suffix)
        raise PanError(f"{path}: cannot import a '{suffix or 'no extension'}' file. Use a .csv, .xlsx or .jsonl file "
                       "(see docs/interchange.md).", code="import.file_type", file=str(path), suffix=suffix or "-")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PanError(f"{path}: cannot read the file ({exc.strerror or exc}).", code="import.unreadable", file=str(path)) from exc
    if size > MAX_FILE_BYTES:
        raise PanError(f"{path}: the file is {size // 2**20} MB; the limit is {MAX_FILE_BYTES // 2**20} MB. Split it into "
                       "smaller files.", code="import.too_big", file=str(path), size_mb=size // 2**20,
                       limit_mb=MAX_FILE_BYTES // 2**20)
    names = initiative_names()
    data = b""
    try:
        if fmt == "xlsx":
            return _from_table(read_xlsx(path, sheet, MAX_FILE_BYTES), names, ignore_unknown, "xlsx", unprotect=False)
        data = _read_bytes(path)
        if fmt == "jsonl":
            decoded = decode(data)
            result = _read_jsonl(decoded.text, names, ignore_unknown)
            result.encoding = decoded.encoding
            return result
        return _from_table(read_csv(data), names, ignore_unknown, "csv", unprotect=True)
    except Unreadable as exc:
        lines = sum(1 for line in data.splitlines() if line.strip(b" \t\r\x00"))
        return ImportRows(problems=exc.problems, format=fmt, unread_rows=max(0, lines - (fmt == "csv")))


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise PanError(f"{path}: cannot read the file ({exc.strerror or exc}).", code="import.unreadable", file=str(path)) from exc


# -- tables (CSV, xlsx) ----------------------------------------------------------------------------------

def _from_table(table: Table, names: KnownNames, ignore_unknown: bool, fmt: str, unprotect: bool) -> ImportRows:
    out = ImportRows(notes=list(table.notes), format=fmt, encoding=table.encoding, separator=table.separator, sheet=table.sheet)
    columns = names.columns(table.headings)
    mapped = _mapped_columns(columns, table.header_line, out)
    if not any(c.field in (*TITLE_FIELDS, "id") for c in mapped):
        out.problems.append(RowProblem(table.header_line, "", "no column holds the title (for example 'Tên (tiếng Việt)' "
                                       "or 'title_vi'); the first row must name the columns", "import.header.no_title"))
    width = len(columns)
    spare = [c.index for c in columns if c.field is None]
    found: dict[int, list[int]] = {}  # column index -> [cells with data, first line]
    fields = [c.field for c in mapped]
    take = operator.itemgetter(*(c.index for c in mapped)) if mapped else (lambda cells: ())
    needed = max((c.index for c in mapped), default=-1) + 1
    pairs = [(c.index, c.field) for c in mapped]
    rows = out.rows
    for line, cells in table.rows:
        n = len(cells)
        if n >= needed:  # the usual row: every mapped cell is there (itemgetter and zip run at C speed)
            got = take(cells)
            values = dict(zip(fields, got if len(fields) != 1 else (got,)))
        else:  # a short row: the missing cells are left out, so an update keeps what is stored
            values = {name: cells[i] for i, name in pairs if i < n}
        if unprotect and "\x00'" in "\x00" + "\x00".join(values.values()):
            values = {name: unprotect_formula(v) for name, v in values.items()}
        for i in spare:
            if i < n and cells[i].strip():
                _count(found, i, line)
        if n > width and "".join(cells[width:]).strip():
            for i in range(width, n):
                if cells[i].strip():
                    _count(found, i, line)
        rows.append((line, values))
    _report_unmapped(out, names, table, columns, found, ignore_unknown)
    return out


def _report_unmapped(out: ImportRows, names: KnownNames, table: Table, columns: list[Column], found: dict[int, list[int]],
                     ignore_unknown: bool) -> None:
    """A note for each named column that matches nothing and is empty; the rule for those with data."""
    for c in columns:
        if c.field is None and c.heading and c.index not in found:
            out.notes.append(RowProblem(table.header_line, "", f"column {c.letter} '{c.heading}' is empty and was left out",
                                        "import.note.empty_column", {"column": c.heading, "letter": c.letter}))
    for index in sorted(found):
        heading = table.headings[index].strip() if index < len(columns) else ""
        _unknown(out, names, heading, column_letter(index), found[index], table.header_line, ignore_unknown)


def _mapped_columns(columns: list[Column], header_line: int, out: ImportRows) -> list[Column]:
    """Columns that name a field; two columns naming the same field are a problem."""
    first: dict[str, Column] = {}
    for c in columns:
        if c.field is None:
            continue
        if c.field in first:
            other = first[c.field]
            out.problems.append(RowProblem(header_line, c.field, f"columns {other.letter} '{other.heading}' and {c.letter} "
                                           f"'{c.heading}' both mean {c.field}; keep one of them", "import.header.duplicate",
                                           {"column": c.heading, "letter": c.letter, "other": other.heading,
                                            "other_letter": other.letter}))
            continue
        first[c.field] = c
        out.columns[c.field] = (c.heading, c.letter)
    return list(first.values())


def _count(found: dict[int, list[int]], index: int, line: int) -> None:
    seen = found.get(index)
    if seen is None:
        found[index] = [1, line]
    else:
        seen[0] += 1


def _unknown(out: ImportRows, names: KnownNames, heading: str, letter: str, seen: list[int], header_line: int,
             ignore_unknown: bool) -> None:
    """A column (or JSON key) that holds data but names no field: refused, or left out and reported."""
    count, first_line = seen
    shown = heading or letter
    params: dict = {"count": count, "first_line": first_line}
    params.update({"column": heading} if heading else {})
    params.update({"letter": letter} if letter else {})
    if ignore_unknown:
        out.ignored.append(shown)
        where = f"column {letter} '{heading}'" if heading and letter else (f"'{heading}'" if heading else f"column {letter}")
        out.notes.append(RowProblem(header_line, "", f"{where} matches no field; its {count:,} value(s) were left out, "
                                    "as asked", "import.note.ignored_column", params))
        return
    if not heading:
        out.problems.append(RowProblem(first_line, "", f"column {letter} has no heading but holds data (first on line "
                                       f"{first_line}); name it, or delete what it holds", "import.header.unnamed", params))
        return
    closest = names.closest(heading)
    where = f"column {letter} '{heading}'" if letter else f"'{heading}'"
    out.problems.append(RowProblem(header_line if letter else first_line, "", f"{where} holds data but matches no field; "
                                   f"the closest known name is '{closest}'. Rename the column, or import with "
                                   "--ignore-unknown to leave it out", "import.header.unknown", {**params, "closest": closest}))


# -- JSON Lines ------------------------------------------------------------------------------------------

def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj: dict[str, Any] = {}
    for key, value in pairs:
        if key in obj:
            raise _DuplicateKey(key)
        obj[key] = value
    return obj


class _DuplicateKey(ValueError):
    pass


def _read_jsonl(text: str, names: KnownNames, ignore_unknown: bool) -> ImportRows:
    out = ImportRows(format="jsonl")
    key_field: dict[str, str | None] = {}
    found: dict[str, list[int]] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        obj = _parse_line(raw, number, out)
        if obj is None:
            continue
        values: dict[str, Any] = {}
        for key, value in obj.items():
            name = key_field[key] if key in key_field else key_field.setdefault(key, names.field_of(key))
            if name is None:
                if value not in (None, "", []):
                    seen = found.setdefault(key or '""', [0, number])
                    seen[0] += 1
                continue
            if name in values:
                out.problems.append(RowProblem(number, name, f"two keys of this line mean {name}; keep one of them",
                                               "import.json.duplicate_field", {"column": key}))
                continue
            values[name] = value
            out.columns.setdefault(name, (key, ""))
        out.rows.append((number, values))
    for key, seen in found.items():
        _unknown(out, names, key, "", seen, 1, ignore_unknown)
    return out


def _parse_line(raw: str, number: int, out: ImportRows) -> dict[str, Any] | None:
    try:
        obj = json.loads(raw, object_pairs_hook=_no_duplicate_keys)
    except _DuplicateKey as exc:
        out.problems.append(RowProblem(number, "", f"the key '{exc}' appears twice in this line", "import.json.duplicate_key",
                                       {"column": str(exc)}))
        return None
    except RecursionError:
        out.problems.append(RowProblem(number, "", "this line nests too deeply to be a record (lists or objects inside "
                                       "one another hundreds of times)", "import.json.too_deep"))
        return None
    except ValueError as exc:
        message = f"not valid JSON ({exc.msg} at column {exc.colno})" if isinstance(exc, json.JSONDecodeError) else "not valid JSON"
        out.problems.append(RowProblem(number, "", message, "import.json.invalid",
                                       {"position": getattr(exc, "colno", 0)}))
        return None
    if not isinstance(obj, dict):
        out.problems.append(RowProblem(number, "", "each line must be a JSON object {...}", "import.json.not_object"))
        return None
    return obj
