"""A session's participant list from a .csv or .xlsx file, all or nothing.

One row per person: ``name`` (required), ``sex``, ``birth_year``, ``role``, ``organization``, ``phone``,
``attended``, ``pre``, ``post`` (0–100, or ``k/n`` correct answers). Vietnamese headings and values are
accepted (``Họ và tên``, ``nữ``, ``có``). A person already stored (same folded name and phone or year of
birth, exactly one such person) is enrolled again rather than added twice, and the report says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from pan_desktop.core.errors import ImportRejected, PanError, RowProblem
from pan_desktop.core.models import Enrolment, Participant
from pan_desktop.core.services.changes import ChangeWriter
from pan_desktop.core.services.headers import KnownNames, column_letter, heading_key
from pan_desktop.core.services.import_rows import MAX_FILE_BYTES
from pan_desktop.core.services.tabular import read_csv, read_xlsx, unprotect_formula
from pan_desktop.core.shared.privacy import visibility_for
from pan_desktop.core.shared.schema import ENROLMENTS, PARTICIPANTS
from pan_desktop.core.shared.validation import FieldError, clean_field
from pan_desktop.core.training.matching import alive, find_candidates, name_key, phone_key

COLUMNS = {
    "name": ("Họ và tên", "Họ tên", "Tên", "Name", "Full name"),
    "sex": ("Giới tính", "Giới", "Sex", "Gender"),
    "birth_year": ("Năm sinh", "Year of birth", "Birth year"),
    "role": ("Vai trò", "Role"),
    "organization": ("Tổ chức", "Nơi làm việc", "Tổ chức hoặc nơi làm việc", "Organisation", "Organization", "Workplace"),
    "phone": ("Điện thoại", "Số điện thoại", "SĐT", "Phone"),
    "attended": ("Có tham dự", "Tham dự", "Có mặt", "Attended"),
    "pre": ("Điểm trước", "Trước", "Kiểm tra trước", "Pre", "Pre-test"),
    "post": ("Điểm sau", "Sau", "Kiểm tra sau", "Post", "Post-test"),
}
PERSON = ("name", "sex", "birth_year", "role", "organization", "phone")
SCORE_FIELD = {"pre": "pre_score", "post": "post_score"}
_FRACTION = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*/\s*(\d+)\s*$")


@dataclass
class SessionImport:
    """What an import did: rows read, people added, people recognised (by line), enrolments made."""

    session: str
    rows: int = 0
    added: int = 0
    matched: list[dict[str, Any]] = field(default_factory=list)
    enrolled: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"session": self.session, "rows": self.rows, "added": self.added, "matched": self.matched,
                "enrolled": self.enrolled}


def _names() -> KnownNames:
    by_key: dict[str, tuple[str, str]] = {}
    for name, headings in COLUMNS.items():
        for h in (name, *headings):
            by_key.setdefault(heading_key(h), (name, h))
    return KnownNames(by_key)


def read_people(path: Path) -> tuple[list[tuple[int, dict[str, Any]]], list[RowProblem]]:
    """Cleaned rows ``(line, values)`` and every problem (nothing is stored here)."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".txt", ".tsv", ".xlsx"):
        raise PanError(f"{path}: a participant list must be a .csv or .xlsx file.", code="import.file_type",
                       file=str(path), suffix=suffix or "-")
    try:
        table = read_xlsx(path, None, MAX_FILE_BYTES) if suffix == ".xlsx" else read_csv(path.read_bytes())
    except OSError as exc:
        raise PanError(f"{path}: cannot read the file ({exc.strerror or exc}).", code="import.unreadable", file=str(path)) from exc
    names = _names()
    columns = names.columns(table.headings)
    problems: list[RowProblem] = []
    for c in columns:
        if c.heading and c.field is None:
            problems.append(RowProblem(table.header_line, "", f"column {column_letter(c.index)} '{c.heading}' is not a "
                                       f"participant field (closest: '{names.closest(c.heading)}')",
                                       "import.header.unknown", {"column": c.heading, "letter": column_letter(c.index),
                                                                 "closest": names.closest(c.heading)}))
    if not any(c.field == "name" for c in columns):
        problems.append(RowProblem(table.header_line, "", "no column holds the name ('Họ và tên' or 'name')",
                                   "training.import.no_name"))
    rows = []
    for line, cells in table.rows:
        raw = {c.field: unprotect_formula(cells[c.index]) for c in columns if c.field and c.index < len(cells)}
        if not any(v.strip() for v in raw.values()):
            continue
        values, bad = _clean_row(raw)
        problems.extend(RowProblem(line, name, msg, code, params) for name, msg, code, params in bad)
        rows.append((line, values))
    return rows, problems


def _clean_row(raw: dict[str, str]) -> tuple[dict[str, Any], list[tuple]]:
    values: dict[str, Any] = {}
    bad = []
    for name, text in raw.items():
        target = SCORE_FIELD.get(name, name)
        spec = (ENROLMENTS if name in ("attended", "pre", "post") else PARTICIPANTS).field(target)
        try:
            m = _FRACTION.match(text) if name in SCORE_FIELD else None
            if m:
                k, n = float(m.group(1).replace(",", ".")), int(m.group(2))
                if n == 0 or k > n:
                    raise FieldError("bad_fraction", f"'{text.strip()}' is not a number of correct answers out of a total",
                                     value=text.strip())
                text = str(round(100 * k / n, 1))
            values[target] = clean_field(spec, text)
        except FieldError as exc:
            bad.append((target, str(exc), f"value.{exc.code}", {"column": name, **exc.params}))
    if not values.get("name"):
        bad.append(("name", "a name is required", "value.required", {"column": "name"}))
    return values, bad


def import_people(writer: ChangeWriter, session_id: str, path: Path) -> SessionImport:
    """Store the file's people and enrol them in ``session_id`` (a live session), or raise
    ImportRejected naming every problem with nothing written."""
    rows, problems = read_people(path)
    if problems:
        raise ImportRejected(str(path), problems, len(rows))
    report = SessionImport(session_id, rows=len(rows))
    s = writer.s
    enrolled = dict(s.execute(select(Enrolment.participant_id, Enrolment.id).where(
        Enrolment.session_id == session_id, alive(Enrolment.deleted))).all())
    added: dict[str, list[tuple[str, str, Any]]] = {}  # people added by this file, by name key: (id, phone, year)
    for line, values in rows:
        person = {n: values[n] for n in PERSON if n in values}
        phone, year = person.get("phone", ""), person.get("birth_year")
        found = [c.id for c in find_candidates(s, person["name"], phone, year)]
        found += [pid for pid, p_phone, p_year in added.get(name_key(person["name"]), [])
                  if (phone and phone_key(p_phone) == phone_key(phone)) or (year is not None and p_year == year)]
        if len(found) == 1:
            pid = found[0]
            report.matched.append({"line": line, "participant": pid, "matched_on": _matched_on(s, pid, phone)})
        else:
            pid = writer.create(PARTICIPANTS.table, person, visibility=visibility_for(PARTICIPANTS, "org"))["id"]
            added.setdefault(name_key(person["name"]), []).append((pid, phone, year))
            report.added += 1
        results = {n: values[n] for n in ("attended", "pre_score", "post_score") if n in values}
        if results.get("pre_score") is not None or results.get("post_score") is not None:
            results.setdefault("attended", True)
        if pid in enrolled:
            if results:
                writer.update(ENROLMENTS.table, writer.load(ENROLMENTS.table, enrolled[pid]), results)
        else:
            enrolled[pid] = writer.create(ENROLMENTS.table, {"session_id": session_id, "participant_id": pid, **results},
                                          visibility=visibility_for(ENROLMENTS, "org"))["id"]
        report.enrolled += 1
    return report


def _matched_on(s, pid: str, phone: str) -> str:
    stored = s.scalar(select(Participant.phone).where(Participant.id == pid)) or ""
    return "phone" if phone and phone_key(stored) == phone_key(phone) else "birth_year"
