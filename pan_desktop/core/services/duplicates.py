"""Whether an import row without an id is already stored: the same title (folded: case, diacritics and
spacing aside) in either language, the same lead organisation (the first linked one, else the first
name) and the same start."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from pan_desktop.core.models import Initiative
from pan_desktop.core.text import fold

MatchKey = tuple[str, str, str, str]


@dataclass(frozen=True)
class Present:
    """A row that is not added: it matches the stored record ``record_id``, or an earlier ``same_as_line``."""

    line: int
    record_id: str | None = None
    same_as_line: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"line": self.line, "id": self.record_id} if self.record_id else {"line": self.line, "same_as_line": self.same_as_line}


def _folded(text: str) -> str:
    return " ".join(fold(text).split())


@lru_cache(maxsize=4096)
def _folded_name(name: str) -> str:
    """An organisation's folded name: the same few names recur on thousands of rows."""
    return _folded(name)


def match_keys(values: Mapping[str, Any]) -> list[MatchKey]:
    """The keys under which ``values`` (cleaned initiative fields) count as the same initiative."""
    linked, orgs = values.get("organization_ids") or [], values.get("organizations") or []
    org = linked[0] if linked else (_folded_name(orgs[0]) if orgs else "")
    start = values.get("start_date") or ""
    return [(lang, _folded(title), org, start)
            for lang, title in (("vi", values.get("title_vi")), ("en", values.get("title_en"))) if title]


def find_present(session: Session, rows: Iterable[tuple[int, Mapping[str, Any]]]) -> dict[int, Present]:
    """Rows (``(line, cleaned values)``, without ids) that match a live stored initiative or an earlier row."""
    rows = list(rows)
    if not rows:
        return {}
    stored: dict[MatchKey, str] = {}
    tbl = Initiative.__table__
    query = select(tbl.c.id, tbl.c.title_vi, tbl.c.title_en, tbl.c.organization_ids, tbl.c.organizations,
                   tbl.c.start_date).where(tbl.c.deleted.is_(False))
    for record in session.execute(query).mappings():
        for key in match_keys(record):
            stored.setdefault(key, record["id"])
    found: dict[int, Present] = {}
    earlier: dict[MatchKey, int] = {}
    for line, values in rows:
        keys = match_keys(values)
        record_id = next((stored[k] for k in keys if k in stored), None)
        first_line = next((earlier[k] for k in keys if k in earlier), None)
        if record_id or first_line:
            found[line] = Present(line, record_id, None if record_id else first_line)
            continue
        for key in keys:
            earlier.setdefault(key, line)
    return found
