"""Create, update, delete, get and list records of one area. Plain dataclasses out, never ORM objects."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, exists, func, literal, or_, select
from sqlalchemy.sql import ColumnElement

from pan_desktop.core.db import Database
from pan_desktop.core.errors import NotFound, Problem, ValidationError
from pan_desktop.core.ids import normalise_id
from pan_desktop.core.models import RECORD_MODELS
from pan_desktop.core.provinces import filter_key
from pan_desktop.core.services.changes import ChangeWriter
from pan_desktop.core.services.org_links import link_names
from pan_desktop.core.shared.schema import TABLES, TableSpec
from pan_desktop.core.shared.validation import clean_values
from pan_desktop.core.text import fold
from pan_desktop.core.vocab import AUDIENCES, THEMES, match_term

META_FIELDS = ("org_id", "visibility", "rev", "updated_hlc", "updated_by", "deleted", "created_at", "updated_at")
TYPE_COLUMN = {t: spec.type_field for t, spec in TABLES.items() if spec.type_field}  # read by core/search
MAX_PAGE = 100_000


@dataclass(frozen=True)
class Record:
    """One record as stored: its table, id, field values (by the names in the table's spec) and meta."""

    table: str
    id: str
    values: Mapping[str, Any]
    meta: Mapping[str, Any] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    def get(self, name: str, default: Any = None) -> Any:
        return self.values.get(name, default)

    @property
    def deleted(self) -> bool:
        return bool(self.meta.get("deleted"))

    def title(self, lang: str = "vi") -> str:
        """The title in ``lang``, falling back to the other language."""
        vi, en = TABLES[self.table].title_fields
        first, second = (vi, en) if lang == "vi" else (en, vi)
        return self.values.get(first) or self.values.get(second) or ""

    def period(self, dash: str = " – ") -> str:
        """``2018 – 2023`` from the area's start and end fields; one date when only one is known."""
        spec = TABLES[self.table]
        if not spec.date_fields:
            return ""
        start, end = (self.values.get(n) for n in spec.date_fields)
        if start and end and end != start:
            return f"{start}{dash}{end}"
        return start or end or ""

    def as_dict(self) -> dict[str, Any]:
        """The record in interchange form: ``id`` then its fields (JSON-ready)."""
        return {"id": self.id, **dict(self.values)}


@dataclass(frozen=True)
class Page:
    records: list[Record]
    total: int
    offset: int
    limit: int


@dataclass(frozen=True)
class Filters:
    """What records are narrowed to — the one filter vocabulary of the record lists and of search.
    Empty values mean "any".

    ``types`` names record areas (or, in search, other kinds of documents too); a record list is of one
    area already and does not read it. ``province`` matches the former or current province; ``org``
    the organisations named; ``theme``, ``audience`` and ``status`` a code or either label; years select
    records whose period overlaps ``[year_from, year_to]``.
    """

    types: tuple[str, ...] = ()
    province: str = ""
    org: str = ""
    theme: str = ""
    audience: str = ""
    status: str = ""
    year_from: int | None = None
    year_to: int | None = None


@dataclass(frozen=True)
class ListQuery(Filters):
    """:class:`Filters`, plus what :meth:`RecordService.list` also needs. ``type`` is a value of the
    area's type field (``TableSpec.type_field``); ``text`` a folded substring of the titles; ``sort``
    a field name, ``-`` in front for descending."""

    type: str = ""
    text: str = ""
    sort: str = "title"
    offset: int = 0
    limit: int = 200
    include_deleted: bool = False


def record_from_row(table: str, row: Mapping[str, Any]) -> Record:
    spec = TABLES[table]
    return Record(table, row["id"], {n: row[n] for n in spec.names if n in row},
                  {k: row[k] for k in META_FIELDS if k in row})


class RecordService:
    """The only door to one record area. Each call is one transaction; results are plain data.

    ``user`` names the person editing (asked at each write: it can change in the settings)."""

    def __init__(self, db: Database, table: str, user: Callable[[], str] = lambda: ""):
        self.db = db
        self.user = user
        self.spec: TableSpec = TABLES[table]
        self.table = table
        self.model = RECORD_MODELS[table]

    # -- writes ------------------------------------------------------------------------------------
    def create(self, values: dict[str, Any], *, org_id: str | None = None, visibility: str = "network") -> Record:
        """Validate and store a new record; appends its outbox entry in the same transaction."""
        cleaned = clean_values(self.spec, values)
        with self.db.write() as s:
            cleaned = link_names(s, self.spec, cleaned)
            writer = ChangeWriter(s, "local", self.user())
            row = writer.create(self.table, cleaned, org_id=org_id, visibility=visibility)
            writer.flush()
        return record_from_row(self.table, row)

    def update(self, record_id: str, changes: dict[str, Any]) -> Record:
        """Change some fields; validation sees the record as it would be after the change."""
        record_id = _check_id(record_id)
        with self.db.write() as s:
            writer = ChangeWriter(s, "local", self.user())
            row = self._load_live(writer, record_id)
            cleaned = clean_values(self.spec, changes, current={n: row[n] for n in self.spec.names})
            cleaned = link_names(s, self.spec, cleaned, row)
            new = writer.update(self.table, row, cleaned) or row
            writer.flush()
        return record_from_row(self.table, new)

    def delete(self, record_id: str) -> Record:
        """Tombstone a record (it can be restored with :meth:`restore`)."""
        return self._set_deleted(record_id, True)

    def restore(self, record_id: str) -> Record:
        """Undo a delete."""
        return self._set_deleted(record_id, False)

    def _set_deleted(self, record_id: str, deleted: bool) -> Record:
        record_id = _check_id(record_id)
        with self.db.write() as s:
            writer = ChangeWriter(s, "local", self.user())
            row = writer.load(self.table, record_id)
            if row is None:
                raise NotFound(f"No {self.spec.singular_en} with id {record_id}.")
            new = writer.set_deleted(self.table, row, deleted) or row
            writer.flush()
        return record_from_row(self.table, new)

    def _load_live(self, writer: ChangeWriter, record_id: str) -> dict[str, Any]:
        row = writer.load(self.table, record_id)
        if row is None or row["deleted"]:
            raise NotFound(f"No {self.spec.singular_en} with id {record_id}" + (" (it was deleted)." if row else "."))
        return row

    # -- reads -------------------------------------------------------------------------------------
    def get(self, record_id: str, include_deleted: bool = False) -> Record:
        record_id = _check_id(record_id)
        tbl = self.model.__table__
        with self.db.session() as s:
            row = s.execute(select(tbl).where(tbl.c.id == record_id)).mappings().first()
        if row is None or (row["deleted"] and not include_deleted):
            raise NotFound(f"No {self.spec.singular_en} with id {record_id}.")
        return record_from_row(self.table, row)

    def list(self, query: ListQuery = ListQuery(), columns: tuple[str, ...] | None = None) -> Page:
        """A page of records matching ``query``; ``columns`` limits the fields read (faster for tables)."""
        tbl = self.model.__table__
        where = self._where(query, query.type, query.text, query.include_deleted)
        order = self._order(query.sort)
        fields = columns or self.spec.names
        cols = [tbl.c[n] for n in ("id", *META_FIELDS, *fields)]
        limit = max(0, min(query.limit, MAX_PAGE))
        with self.db.session() as s:
            total = s.execute(select(func.count()).select_from(tbl).where(where)).scalar_one()
            rows = s.execute(select(*cols).where(where).order_by(*order).offset(max(0, query.offset)).limit(limit)).all()
        n_meta = 1 + len(META_FIELDS)
        table = self.table
        records = [Record(table, r[0], dict(zip(fields, r[n_meta:])), dict(zip(META_FIELDS, r[1:n_meta]))) for r in rows]
        return Page(records, total, query.offset, limit)

    def count(self, include_deleted: bool = False) -> int:
        tbl = self.model.__table__
        with self.db.session() as s:
            q = select(func.count()).select_from(tbl)
            if not include_deleted:
                q = q.where(tbl.c.deleted.is_(False))
            return s.execute(q).scalar_one()

    def condition(self, filters: Filters) -> ColumnElement[bool]:
        """The SQL condition on this table's live rows that ``filters`` select, for queries built
        elsewhere on the same table (search's database fallback) — one definition."""
        return self._where(filters)

    def _where(self, q: Filters, kind: str = "", text: str = "", include_deleted: bool = False) -> ColumnElement[bool]:
        tbl = self.model.__table__
        c = tbl.c
        conds: list[ColumnElement[bool]] = [] if include_deleted else [c.deleted.is_(False)]
        if q.province.strip():
            conds.append(c.province_keys.contains(filter_key(q.province), autoescape=True))
        for name, value, terms in (("themes", q.theme, THEMES), ("audiences", q.audience, AUDIENCES)):
            if value.strip() and name in c:
                code = match_term(terms, value) or value.strip()
                each = func.json_each(c[name]).table_valued("value")
                conds.append(exists(select(literal(1)).select_from(each).where(each.c.value == code)))
            elif value.strip():
                conds.append(literal(False))
        if q.org.strip():
            needle = f"%{fold(q.org.strip())}%"
            if self.table == "organizations":
                conds.append(or_(func.pan_fold(c.name_vi).like(needle), func.pan_fold(c.name_en).like(needle),
                                 func.pan_fold(c.short_name).like(needle), func.pan_fold(c.aliases).like(needle)))
            else:
                org_cols = [c[n] for n in ("organizations", "funders", "issuing_body") if n in c]
                named = [func.pan_fold(col).like(needle) for col in org_cols]
                orgs = RECORD_MODELS["organizations"].__table__.c
                wanted = select(orgs.id).where(orgs.deleted.is_(False), or_(
                    orgs.id == q.org.strip(), func.pan_fold(orgs.name_vi).like(needle),
                    func.pan_fold(orgs.name_en).like(needle), func.pan_fold(orgs.short_name).like(needle)))
                for ids_field, _names in self.spec.org_links:  # the records linked to a matching organisation
                    each = func.json_each(c[ids_field]).table_valued("value")
                    named.append(exists(select(literal(1)).select_from(each).where(each.c.value.in_(wanted))))
                conds.append(or_(*named) if named else literal(False))
        if q.status.strip():
            if "status" not in c:
                conds.append(literal(False))
            else:
                terms = self.spec.field("status").terms or {}
                conds.append(c.status == (match_term(terms, q.status) or q.status.strip()))
        if kind.strip():
            col = self.spec.type_field
            if col is None:
                conds.append(literal(False))
            else:
                terms = self.spec.field(col).terms or {}
                conds.append(c[col] == (match_term(terms, kind) or kind.strip()))
        if (q.year_from or q.year_to) and self.spec.date_fields:
            start, end = (c[n] for n in self.spec.date_fields)
            start_year = func.substr(start, 1, 4)
            end_year = func.substr(func.coalesce(end, start), 1, 4)
            conds.append(start.is_not(None))
            if q.year_to:
                conds.append(start_year <= f"{int(q.year_to):04d}")
            if q.year_from:
                conds.append(end_year >= f"{int(q.year_from):04d}")
        if text.strip():
            vi, en = self.spec.title_fields
            needle = f"%{fold(text.strip())}%"
            conds.append(or_(func.pan_fold(c[vi]).like(needle), func.pan_fold(c[en]).like(needle)))
        return and_(True, *conds)

    def _order(self, sort: str) -> list:
        c = self.model.__table__.c
        desc = sort.startswith("-")
        name = sort.lstrip("-") or "title"
        if name in ("title", "name"):
            col = c.sort_key
        elif name in c and name not in ("field_revs",):
            col = c[name]
        else:
            raise ValidationError([Problem("sort", "invalid", f"cannot sort by '{name}'")])
        primary = col.desc() if desc else col.asc()
        return ([col.is_(None)] if col.nullable else []) + [primary, c.id]


def _check_id(record_id: str) -> str:
    try:
        return normalise_id(record_id)
    except (ValueError, AttributeError):
        raise NotFound(f"'{record_id}' is not a record id (ids look like 0190f8a2-...).") from None
