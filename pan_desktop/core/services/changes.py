"""The one way in: every write to a synced record table, whatever its origin, goes through a
:class:`ChangeWriter` inside one write transaction (:meth:`Database.write`).

The writer alone sets the derived columns (sort key, province keys), the per-field clock stamps and the
change-log rows — one per record changed, the search indexer's feed and the source of the transaction's
announcement — and appends the outbox entries of a person's edits (the sync push, SYNC.md), all in the
caller's transaction, so a crash never keeps data without its entries or entries without their data.
Inside ``Database.write`` what a writer still holds queued is written before the commit, and a
transaction that wrote a record table without a writer is refused.

Origins, as ``ChangeLogEntry.origin`` records them:

========  =================================================================  ===============
local     a person's edit: create, update, delete, restore, a refused edit    outbox entry
          made again
import    a row of an imported file                                           outbox entry
resolve   the record edit of a conflict resolution (:meth:`resolve`)          outbox entries
seed      a bundled record (fixed stamp and date)                             —
pulled    a row from the hub (:meth:`apply_pulled`)                           —
revert    a refused edit undone here (:meth:`revert`)                         —
epoch     versions forgotten after the hub was restored (:meth:`forget_versions`)  —
enrol     records made before enrolment take the device's org (:meth:`adopt_org`)   —
========  =================================================================  ===============
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from pan_desktop.core.events import changes_of
from pan_desktop.core.ids import uuid7
from pan_desktop.core.models import RECORD_MODELS, ChangeLogEntry, DeviceState, OutboxEntry, SyncConflict
from pan_desktop.core.provinces import place_keys
from pan_desktop.core.shared.clock import Stamp, next_stamp, observe_stamp, utcnow
from pan_desktop.core.shared.privacy import purges, scrub_changes
from pan_desktop.core.shared.protocol import CONFLICTS_TABLE, LOCAL_ORG, Entry, Row, entry_hash
from pan_desktop.core.shared.schema import TABLES, TableSpec
from pan_desktop.core.shared.seed import SEED_HLC, SEED_TIME
from pan_desktop.core.text import fold

FLUSH_EVERY = 2000
CHUNK = 500
UNACKED = ("pending", "held")  # outbox entries the hub has not acknowledged
PERSON_ORIGINS = ("local", "import", "seed")  # what create / update / set_deleted may be
SKEW_MS = 5 * 60 * 1000  # a pulled stamp further ahead of the hub's clock never moves ours


def derived(spec: TableSpec, values: dict[str, Any]) -> dict[str, Any]:
    """Columns computed from the fields: the folded sort key and the province filter keys."""
    vi, en = spec.title_fields
    return {
        "sort_key": fold(values.get(vi) or values.get(en) or "")[:200],
        "province_keys": place_keys(values.get("provinces") or []),
    }


class ChangeWriter:
    """Writes records in the session's transaction, with their stamps, outbox entries and change log.

    ``origin`` (``local``, ``import`` or ``seed``) is the origin of :meth:`create`, :meth:`update` and
    :meth:`set_deleted`; the sync operations carry their own (see the module docstring).
    """

    def __init__(self, session: Session, origin: str = "local", user: str = ""):
        if origin not in PERSON_ORIGINS:
            raise ValueError(f"origin must be one of {PERSON_ORIGINS}, not {origin!r}")
        self.s = session
        self.origin = origin
        self.user = user
        state = session.get(DeviceState, 1)
        if state is None:
            raise RuntimeError("device state missing: open the data dir through Services.open")
        self._state = state
        self._device = state.device_id.replace("-", "")[-12:]
        self._last = state.last_hlc or None
        self._inserts: dict[str, list[dict]] = defaultdict(list)
        self._outbox: list[dict] = []
        self._log: list[dict] = []
        self._changes = changes_of(session)
        if self._changes is not None:  # what is still queued is written before the transaction commits
            self._changes.before_commit.append(self.flush)

    # -- clock -------------------------------------------------------------------------------------
    def stamp(self) -> str:
        if self.origin == "seed":
            return SEED_HLC
        self._last = next_stamp(self._last, self._device, offset_ms=self._state.clock_offset_ms)
        return self._last

    # -- a person's edits --------------------------------------------------------------------------
    def create(self, table: str, values: dict[str, Any], record_id: str | None = None,
               org_id: str | None = None, visibility: str = "network") -> dict[str, Any]:
        """Queue a new record from cleaned ``values``; returns the full stored row."""
        spec = TABLES[table]
        hlc = self.stamp()
        now = SEED_TIME if self.origin == "seed" else utcnow()
        row = spec.empty_values()
        row.update(values)
        set_fields = [n for n in spec.names if row[n] not in ("", [], None, False)]
        row.update(
            id=record_id or uuid7(), org_id=org_id if org_id is not None else (self._state.org_id or LOCAL_ORG),
            visibility=visibility, rev=0, server_seq=0, updated_hlc=hlc, updated_by=self.user,
            field_revs={n: hlc for n in set_fields}, deleted=False, created_at=now, updated_at=now,
            **derived(spec, row),
        )
        self._inserts[table].append(row)
        self._record(table, row, "create", {n: {"old": None, "new": row[n]} for n in set_fields}, hlc, self.origin)
        if sum(len(v) for v in self._inserts.values()) >= FLUSH_EVERY:
            self.flush()
        return row

    def update(self, table: str, row: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any] | None:
        """Apply cleaned ``changes`` to the stored ``row``; None when nothing actually changed."""
        return self._update(table, row, changes, self.origin)

    def set_deleted(self, table: str, row: dict[str, Any], deleted: bool) -> dict[str, Any] | None:
        return self.update(table, row, {"deleted": deleted})

    def _update(self, table: str, row: dict[str, Any], changes: dict[str, Any], origin: str) -> dict[str, Any] | None:
        spec = TABLES[table]
        diff = {n: {"old": row[n], "new": v} for n, v in changes.items() if row.get(n) != v}
        if not diff:
            return None
        hlc = self.stamp()
        new = {**row, **{n: d["new"] for n, d in diff.items()}}
        field_revs = {**(row.get("field_revs") or {}), **{n: hlc for n in diff if n != "deleted"}}
        kind = "delete" if diff.get("deleted", {}).get("new") is True else "update"
        new.update(updated_hlc=hlc, updated_by=self.user, updated_at=utcnow(), field_revs=field_revs,
                   **derived(spec, new))
        meta = ("updated_hlc", "updated_by", "updated_at", "field_revs", "sort_key", "province_keys")
        self.flush()
        model = RECORD_MODELS[table]
        self.s.execute(update(model).where(model.id == row["id"]).values(**{n: new[n] for n in (*diff, *meta)}))
        self._record(table, new, kind, diff, hlc, origin)
        return new

    def load(self, table: str, record_id: str) -> dict[str, Any] | None:
        """The stored row of a record as a dict (deleted ones included)."""
        self.flush()
        model = RECORD_MODELS[table]
        found = self.s.execute(select(model.__table__).where(model.id == record_id)).mappings().first()
        return dict(found) if found else None

    # -- conflict resolution -----------------------------------------------------------------------
    def resolve(self, conflict: SyncConflict, choice: str, value: Any) -> None:
        """Settle ``conflict`` with ``value`` (already cleaned for its field; for ``deleted`` a bool):
        an ordinary edit of the record when it holds something else, plus the ``resolve`` entry that
        tells the hub, so the resolution syncs and is audited."""
        row = self.load(conflict.table_name, conflict.record_id)
        if row is None:
            raise LookupError(conflict.record_id)
        if conflict.field == "deleted":
            self._update(conflict.table_name, row, {"deleted": value}, "resolve")
        elif row.get(conflict.field) != value:
            if row["deleted"]:  # restored first, as its own edit: the hub then sees no edit against a delete
                row = self._update(conflict.table_name, row, {"deleted": False}, "resolve")
            self._update(conflict.table_name, row, {conflict.field: value}, "resolve")
        fields = {"resolution": {"old": None, "new": choice}}
        self._capture("resolve", CONFLICTS_TABLE, conflict.id, conflict.org_id, 0, fields, self.stamp(), utcnow())
        conflict.local_choice = choice

    # -- sync --------------------------------------------------------------------------------------
    def apply_pulled(self, rows: list[Row], server_ms: int) -> int:
        """Write whole rows pulled from the hub (no outbox entry); returns how many were written.

        A row older than the one held here (a late or replayed page) is skipped (G4). Fields with an
        edit the hub has not acknowledged keep the local value, so a pull never hides an edit a
        person just made; the hub's answer to that edit brings the merged value later.
        """
        self.flush()
        by_table: dict[str, list[Row]] = defaultdict(list)
        for r in rows:
            if r.table in RECORD_MODELS:
                by_table[r.table].append(r)
        keep_local = self._unacked_fields([r.id for r in rows])
        written, newest, now = 0, "", utcnow()
        purged: list[tuple[str, str]] = []
        for table, items in by_table.items():
            spec, model = TABLES[table], RECORD_MODELS[table]
            tbl = model.__table__
            existing = {}
            for chunk in chunks([r.id for r in items], CHUNK):
                existing.update({m["id"]: dict(m) for m in self.s.execute(select(tbl).where(tbl.c.id.in_(chunk))).mappings()})
            inserts, updates = [], []
            for r in items:
                local = existing.get(r.id)
                if local is not None and local["rev"] > r.rev:
                    continue
                values = {**spec.empty_values(), **{n: r.data[n] for n in spec.names if n in r.data}}
                meta = {"org_id": r.org, "visibility": r.visibility, "rev": r.rev, "server_seq": r.server_seq,
                        "updated_hlc": r.updated_hlc, "updated_by": r.updated_by, "field_revs": dict(r.field_revs),
                        "deleted": r.deleted, "created_at": r.created_at, "updated_at": r.updated_at}
                if local is not None:
                    for name in keep_local.get(r.id, ()):
                        if name == "deleted":
                            meta["deleted"] = local["deleted"]
                        elif name in values:
                            values[name] = local[name]
                            meta["field_revs"][name] = (local["field_revs"] or {}).get(name, "")
                full = {"id": r.id, **values, **meta, **derived(spec, values)}
                (inserts if local is None else updates).append(full)
                kind = "create" if local is None else ("delete" if full["deleted"] else "update")
                self._log_row(table, r.id, kind, "pulled", now)
                if full["deleted"] and purges(spec):
                    purged.append((table, r.id))
                if r.updated_hlc > newest and _plausible(r.updated_hlc, server_ms):
                    newest = r.updated_hlc
            if inserts:
                self.s.execute(insert(model), inserts)
            if updates:
                # One executemany: far cheaper than an UPDATE statement per row.
                cols = [k for k in updates[0] if k != "id"]
                stmt = update(model).where(tbl.c.id == bindparam("b_id")).values({c: bindparam(f"b_{c}") for c in cols})
                self.s.connection().execute(stmt, [{f"b_{k}": v for k, v in u.items()} for u in updates])
            written += len(inserts) + len(updates)
        if newest:
            self._last = observe_stamp(self._last, newest, self._device, offset_ms=self._state.clock_offset_ms)
        for table, rid in purged:
            self.scrub_copies(table, rid)
        self.flush()
        return written

    def scrub_copies(self, table: str, record_id: str) -> None:
        """Erase the personal values a purged record left in copies kept here: the edits the hub
        acknowledged (unsent ones keep their exact content, which the hub's ledger hashes; the hub
        erases what they carry) and the conflicts logged on it (core/shared/privacy.py)."""
        spec = TABLES[table]
        for e in self.s.scalars(select(OutboxEntry).where(OutboxEntry.record_id == record_id,
                                                          OutboxEntry.status.not_in(UNACKED))):
            e.fields = scrub_changes(spec, e.fields)
        self.s.execute(update(SyncConflict).where(SyncConflict.record_id == record_id).values(base=None, kept=None, other=None))

    def revert(self, entry: Entry) -> None:
        """Undo here an edit the hub refused, so this device shows what the hub holds (the edit itself
        stays in quarantine for a person to send again or dismiss)."""
        if entry.table == CONFLICTS_TABLE:
            found = self.s.get(SyncConflict, entry.id)
            if found is not None:
                found.local_choice = ""
            return
        model = RECORD_MODELS.get(entry.table)
        row = self.load(entry.table, entry.id) if model is not None else None
        if row is None:
            return
        if entry.kind == "create" and row["rev"] == 0:
            self.s.execute(delete(model).where(model.id == entry.id))
            self._log_row(entry.table, entry.id, "delete", "revert")
            return
        back = {n: d.get("old") for n, d in entry.fields.items() if n in row and row[n] == d.get("new")}
        if "deleted" in back:
            back["deleted"] = bool(back["deleted"])
        if back:
            values = {**row, **back}
            self.s.execute(update(model).where(model.id == entry.id).values(**back, **derived(TABLES[entry.table], values)))
            self._log_row(entry.table, entry.id, "delete" if values["deleted"] else "update", "revert")

    def forget_versions(self) -> None:
        """The hub was restored from a backup: versions held here came from its lost timeline and may be
        higher than the restored hub's, so synced rows drop to version 1 (the full pull that follows
        replaces them with the hub's own versions rather than being refused as stale)."""
        self.flush()
        for table, model in RECORD_MODELS.items():
            ids = list(self.s.scalars(select(model.id).where(model.rev > 1)))
            for chunk in chunks(ids, CHUNK):
                self.s.execute(update(model).where(model.id.in_(chunk)).values(rev=1))
            for rid in ids:
                self._log_row(table, rid, "update", "epoch")
        self.flush()

    def adopt_org(self, org_id: str) -> int:
        """Records made before enrolment (org ``local``) take the device's org, and so do their unsent
        outbox entries (whose hashes are recomputed). Returns how many records moved."""
        self.flush()
        moved = 0
        for table, model in RECORD_MODELS.items():
            ids = list(self.s.scalars(select(model.id).where(model.org_id == LOCAL_ORG)))
            for chunk in chunks(ids, CHUNK):
                self.s.execute(update(model).where(model.id.in_(chunk)).values(org_id=org_id))
            for rid in ids:
                self._log_row(table, rid, "update", "enrol")
            moved += len(ids)
        for e in self.s.scalars(select(OutboxEntry).where(OutboxEntry.org_id == LOCAL_ORG, OutboxEntry.status == "pending")):
            e.org_id = org_id
            e.hash = entry_hash(e.kind, e.table_name, e.record_id, e.org_id, e.base_rev, e.fields, e.hlc, e.user)
        self._state.org_id = org_id
        self.flush()
        return moved

    # -- entries -----------------------------------------------------------------------------------
    def _record(self, table: str, row: dict, kind: str, fields: dict, hlc: str, origin: str) -> None:
        self._log_row(table, row["id"], kind, origin, row["updated_at"])
        if origin in ("local", "import", "resolve"):
            self._capture(kind, table, row["id"], row["org_id"], row["rev"], fields, hlc, row["updated_at"])

    def _capture(self, kind: str, table: str, record_id: str, org: str, base_rev: int, fields: dict, hlc: str,
                 at: str) -> None:
        """An outbox entry: an edit made here, for the hub."""
        self._outbox.append({"kind": kind, "table_name": table, "record_id": record_id, "org_id": org,
                             "base_rev": base_rev, "fields": fields, "hlc": hlc, "user": self.user,
                             "hash": entry_hash(kind, table, record_id, org, base_rev, fields, hlc, self.user),
                             "status": "pending", "created_at": at})

    def _log_row(self, table: str, record_id: str, kind: str, origin: str, at: str | None = None) -> None:
        self._log.append({"table_name": table, "record_id": record_id, "kind": kind, "origin": origin,
                          "at": at or utcnow()})

    def _unacked_fields(self, ids: list[str]) -> dict[str, set[str]]:
        """Fields of these records with an edit the hub has not acknowledged yet."""
        found: dict[str, set[str]] = defaultdict(set)
        for chunk in chunks(ids, CHUNK):
            for rid, fields in self.s.execute(select(OutboxEntry.record_id, OutboxEntry.fields).where(
                    OutboxEntry.record_id.in_(chunk), OutboxEntry.status.in_(UNACKED))):
                found[rid].update(fields)
        return found

    def flush(self) -> None:
        """Write queued inserts and entries (in order: outbox seqs follow the order of the edits)."""
        for table, rows in self._inserts.items():
            if rows:
                self.s.execute(insert(RECORD_MODELS[table]), rows)
        self._inserts.clear()
        if self._outbox:
            self.s.execute(insert(OutboxEntry), self._outbox)
            self._outbox = []
        if self._log:
            self.s.execute(insert(ChangeLogEntry), self._log)
            if self._changes is not None:
                for r in self._log:
                    self._changes.logged(r["table_name"], r["record_id"])
            self._log = []
        if self._last and self._last != self._state.last_hlc and self.origin != "seed":
            self._state.last_hlc = self._last


def _plausible(hlc: str, server_ms: int) -> bool:
    """Only stamps not ahead of the hub's clock move ours: a skewed laptop never drags the network."""
    try:
        return Stamp.parse(hlc).wall_ms <= server_ms + SKEW_MS
    except (ValueError, AttributeError):
        return False


def chunks(items: list[Any], n: int):
    """``items`` in slices of ``n`` (SQLite limits the parameters of one statement)."""
    for i in range(0, len(items), n):
        yield items[i:i + n]
