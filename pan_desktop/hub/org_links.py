"""The hub links organisation names to organisation records, as the authority every device follows.

A row whose names field holds a name that means exactly one organisation the hub holds (matched by
``core.shared.org_names``, the one matcher) gets that organisation in its ids field and loses the name, as
a hub edit: a new stamp on the fields it changed, a new version and a change-log row, so every device
pulls the linked row (and a device's own links, made by its migration, are never undone by the hub's
unlinked copy). Names that mean no organisation, or several, stay as text.

It runs over every stored row when the hub starts (:func:`link_stored`; skipped when the organisations
are those every row was last linked against) and after a pushed batch changed organisations, and on
each pushed row after its merge (:class:`PushLinks`). Before the merge, the old side of a pushed edit of a names field is read
linked, so an edit made on a device that had not yet seen the hub's links still applies (G1).
Plain SQLAlchemy over JSON columns: the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pan_desktop.core.shared.clock import Stamp, utcnow
from pan_desktop.core.shared.org_names import NAME_FIELDS, OrgNames, link_values
from pan_desktop.core.shared.schema import TABLES, TableSpec
from pan_desktop.hub.models import ChangeRow, HubRow, Meta

log = logging.getLogger(__name__)

HUB_EDITOR = "hub"  # the stamp's device and the ``updated_by`` of a link the hub made
ORGS_TABLE = "organizations"
SHARED = ("network", "public")  # only organisations every reader of a record can see are linked to
CHUNK = 1000
LINKED_MARK = "org_links"  # hub_meta: the organisations every stored row was last linked against


def linked_tables() -> list[str]:
    """The tables with organisation links (from the record specs)."""
    return [name for name, spec in TABLES.items() if spec.org_links]


def hub_org_names(s: Session) -> OrgNames:
    """The live organisations every device reads, by the names they go by."""
    rows = s.scalars(select(HubRow).where(HubRow.table_name == ORGS_TABLE, HubRow.deleted.is_(False)))
    return OrgNames({"id": r.id, **{n: r.data.get(n) for n in NAME_FIELDS if n != "id"}}
                    for r in rows if r.visibility in SHARED)


def _is_list(spec: TableSpec, names_field: str) -> bool:
    return spec.field(names_field).kind == "list"


def _names(spec: TableSpec, names_field: str, value: Any) -> list[str]:
    if _is_list(spec, names_field):
        return [n for n in value if isinstance(n, str)] if isinstance(value, list) else []
    return [value] if isinstance(value, str) and value else []


def _well_formed(spec: TableSpec, names_field: str, value: Any) -> bool:
    """Whether a value sent for a names field is one (a list of texts, or a text)."""
    if _is_list(spec, names_field):
        return isinstance(value, list) and all(isinstance(n, str) for n in value)
    return isinstance(value, str)


def _stamp_after(row: HubRow, now_ms: int) -> str:
    """A hub stamp later than every stamp the row holds (so the link is the row's newest edit)."""
    newest = max([row.updated_hlc or "", *(row.field_revs or {}).values()], default="")
    try:
        last = Stamp.parse(newest)
    except (ValueError, AttributeError):
        last = Stamp(0, 0, "")
    if last.wall_ms >= now_ms:
        return str(Stamp(last.wall_ms, last.counter + 1, HUB_EDITOR))
    return str(Stamp(now_ms, 0, HUB_EDITOR))


def link_row(row: HubRow, orgs: OrgNames, now_ms: int, now: str) -> bool:
    """Link the names of ``row`` that mean one organisation, as a hub edit of the fields that change
    (the version and change log are the caller's, see :func:`publish`); False when nothing changes."""
    spec = TABLES.get(row.table_name)
    if spec is None or row.deleted or not spec.org_links:
        return False
    data = dict(row.data or {})
    given = {names: data.get(names) for _ids, names in spec.org_links if data.get(names)}
    if not given:
        return False
    out, _outcomes = link_values(spec, given, orgs, data)
    if all(out[names] == data.get(names) for names in given):
        return False  # no name became a link
    changed = {k: v for k, v in out.items() if data.get(k) != v}
    stamp = _stamp_after(row, now_ms)
    revs, by = dict(row.field_revs or {}), dict(row.field_by or {})
    for name, value in changed.items():
        data[name], revs[name], by[name] = value, stamp, HUB_EDITOR
    row.data, row.field_revs, row.field_by = data, revs, by
    row.updated_hlc, row.updated_by, row.updated_at = stamp, HUB_EDITOR, now
    return True


def publish(s: Session, row: HubRow, next_seq: Callable[[], int]) -> None:
    """Give a row the hub changed a new version and a change-log row devices pull (no device wrote it)."""
    from pan_desktop.hub.merge import scope_of

    row.rev += 1
    row.server_seq = next_seq()
    s.add(ChangeRow(server_seq=row.server_seq, scope=scope_of(row.org_id, row.visibility), org_id=row.org_id,
                    table_name=row.table_name, record_id=row.id, rev=row.rev, kind="update", device_id=""))


def _linkable(spec: TableSpec, values: tuple, orgs: OrgNames) -> bool:
    """Whether a row's names fields (``values``, in ``spec.org_links`` order) hold a name that means one
    organisation: checked before the row itself is loaded."""
    return any(len(orgs.candidates(name)) == 1 for (_ids, names_field), value in zip(spec.org_links, values)
               for name in _names(spec, names_field, value))


def link_all(s: Session, orgs: OrgNames, next_seq: Callable[[], int]) -> int:
    """Link every stored row's names that mean one organisation; returns how many rows changed. The rows
    are read by pages, their names fields only, and a row is loaded whole only when a name of it will
    link, so a hub whose rows are linked already is read quickly and never held in memory at once."""
    if not orgs.rows:
        return 0
    changed, now_ms, now = 0, int(time.time() * 1000), utcnow()
    for table in linked_tables():
        spec, last = TABLES[table], ""
        while True:
            names = [HubRow.data[names_field] for _ids, names_field in spec.org_links]  # not the whole row
            page = s.execute(select(HubRow.id, *names).where(
                HubRow.table_name == table, HubRow.id > last, HubRow.deleted.is_(False))
                .order_by(HubRow.id).limit(CHUNK)).all()
            if not page:
                break
            last = page[-1][0]
            todo = [r[0] for r in page if _linkable(spec, tuple(r[1:]), orgs)]
            if not todo:
                continue
            rows = list(s.scalars(select(HubRow).where(HubRow.table_name == table, HubRow.id.in_(todo))))
            for row in rows:
                if link_row(row, orgs, now_ms, now):
                    publish(s, row, next_seq)
                    changed += 1
            s.flush()
            for row in rows:
                s.expunge(row)
    return changed


def _fingerprint(orgs: OrgNames) -> str:
    """What the links depend on: the organisations and every name they go by."""
    rows = sorted(json.dumps([r.get(n) for n in NAME_FIELDS], ensure_ascii=False) for r in orgs.rows.values())
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()


def _mark_linked(s: Session, orgs: OrgNames) -> None:
    """Note that every stored row is linked against these organisations (a start then has nothing to do)."""
    mark = s.get(Meta, LINKED_MARK)
    if mark is None:
        s.add(Meta(key=LINKED_MARK, value=_fingerprint(orgs)))
    else:
        mark.value = _fingerprint(orgs)


def link_stored(store) -> int:
    """At the hub's start: link the names in every row it holds, unless every row was linked against
    these same organisations before (pushed rows are linked as they arrive). A hub upgraded to this
    version links the rows stored before; a second run changes nothing. Returns how many rows changed."""
    with store.write() as s:
        counter = store.lock_counter(s)
        orgs = hub_org_names(s)
        mark = s.get(Meta, LINKED_MARK)
        if mark is not None and mark.value == _fingerprint(orgs):
            return 0

        def next_seq() -> int:
            counter.value += 1
            return counter.value

        changed = link_all(s, orgs, next_seq)
        _mark_linked(s, orgs)
    if changed:
        log.info("organisation links: the hub linked %d record(s)", changed)
    return changed


class PushLinks:
    """Organisation links for one pushed batch: reads the old side of a names edit linked (before the
    merge) and links the merged row (after it). The organisations are read once per batch, again after
    the batch changed one."""

    def __init__(self, s: Session):
        self.s = s
        self._orgs: OrgNames | None = None
        self.orgs_changed = False

    @property
    def orgs(self) -> OrgNames:
        if self._orgs is None:
            self._orgs = hub_org_names(self.s)
        return self._orgs

    def before(self, table: str, fields: dict[str, dict[str, Any]], row: HubRow | None) -> dict[str, dict[str, Any]]:
        """``fields`` of a pushed edit with the old names read as the hub links them, and, when the edit
        removes a name the hub had linked, the removal of that link (so a device that had not yet pulled
        the hub's links neither loses its edit to a conflict nor keeps a link it took out)."""
        if table == ORGS_TABLE:
            self._orgs, self.orgs_changed = None, True
        spec = TABLES.get(table)
        if row is None or spec is None or not spec.org_links:
            return fields
        out = dict(fields)
        for ids_field, names_field in spec.org_links:
            change = fields.get(names_field)
            if change is None or not _well_formed(spec, names_field, change.get("old")):
                continue
            old_ids = (fields.get(ids_field) or {}).get("old") or []
            old = self.orgs.link(_names(spec, names_field, change["old"]), old_ids)
            old_names = old.names if _is_list(spec, names_field) else "; ".join(old.names)
            stored_names, stored_ids = row.data.get(names_field), list(row.data.get(ids_field) or [])
            if stored_names == change["old"] or stored_names != old_names:
                continue  # the device saw what the hub holds, or the hub has not linked it so: merge as sent
            out[names_field] = {**change, "old": old_names}
            if ids_field in fields:
                if stored_ids == old.ids:
                    out[ids_field] = {**fields[ids_field], "old": old.ids}
                continue
            removed = set(old.ids) - set(self.orgs.link(_names(spec, names_field, change["new"])).ids)
            if removed & set(stored_ids):
                out[ids_field] = {"old": stored_ids, "new": [i for i in stored_ids if i not in removed]}
        return out

    def after(self, row: HubRow | None, now_ms: int, now: str, next_seq: Callable[[], int]) -> None:
        """Link the names the merged ``row`` holds, as a hub edit after the device's."""
        if row is not None and link_row(row, self.orgs, now_ms, now):
            publish(self.s, row, next_seq)

    def finish(self, next_seq: Callable[[], int]) -> None:
        """After a batch that changed organisations: link the stored rows their names now match."""
        if self.orgs_changed:
            self._orgs = None
            if changed := link_all(self.s, self.orgs, next_seq):
                log.info("organisation links: %d record(s) linked after organisations changed", changed)
            _mark_linked(self.s, self.orgs)
