"""Every write to a record goes through a :class:`ChangeWriter`, inside one transaction.

It stamps the change with the device's hybrid logical clock, keeps per-field stamps, appends the
outbox entry (the sync push, SYNC.md) and the change-log entry (the indexer's feed) in that same
transaction, so a crash can never keep the data without its entry or the entry without its data.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from pan_desktop.core.shared.clock import next_stamp, utcnow
from pan_desktop.core.ids import uuid7
from pan_desktop.core.models import RECORD_MODELS, ChangeLogEntry, DeviceState, OutboxEntry
from pan_desktop.core.provinces import place_keys
from pan_desktop.core.shared.protocol import entry_hash
from pan_desktop.core.shared.schema import TABLES, TableSpec
from pan_desktop.core.shared.seed import SEED_HLC, SEED_TIME
from pan_desktop.core.text import fold

FLUSH_EVERY = 2000
def derived(spec: TableSpec, values: dict[str, Any]) -> dict[str, Any]:
    """Columns computed from the fields: the folded sort key and the province filter keys."""
    vi, en = spec.title_fields
    return {
        "sort_key": fold(values.get(vi) or values.get(en) or "")[:200],
        "province_keys": place_keys(values.get("provinces") or []),
    }


class ChangeWriter:
    """Applies creates, updates and deletes in the session's transaction, with their log entries.

    ``origin`` is ``local`` (a person's edit), ``import`` (a file), ``seed`` (bundled records) or
    ``pulled`` (from the hub). Only ``local`` and ``import`` changes enter the outbox.
    """

    def __init__(self, session: Session, origin: str = "local", user: str = ""):
        self.s = session
        self.origin = origin
        self.user = user
        self.capture = origin in ("local", "import")
        state = session.get(DeviceState, 1)
        if state is None:
            raise RuntimeError("device state missing: open the data dir through Services.open")
        self._state = state
        self._device = state.device_id.replace("-", "")[-12:]
        self._last = state.last_hlc or None
        self._inserts: dict[str, list[dict]] = defaultdict(list)
        self._outbox: list[dict] = []
        self._log: list[dict] = []
        self.touched: dict[str, set[str]] = defaultdict(set)

    # -- clock -------------------------------------------------------------------------------------
    def stamp(self) -> str:
        if self.origin == "seed":
            return SEED_HLC
        self._last = next_stamp(self._last, self._device, offset_ms=self._state.clock_offset_ms)
        return self._last

    # -- writes ------------------------------------------------------------------------------------
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
            id=record_id or uuid7(), org_id=org_id if org_id is not None else (self._state.org_id or "local"),
            visibility=visibility, rev=0, server_seq=0, updated_hlc=hlc, updated_by=self.user,
            field_revs={n: hlc for n in set_fields}, deleted=False, created_at=now, updated_at=now,
            **derived(spec, row),
        )
        self._inserts[table].append(row)
        self._record(table, row, "create", {n: {"old": None, "new": row[n]} for n in set_fields}, hlc)
        if sum(len(v) for v in self._inserts.values()) >= FLUSH_EVERY:
            self.flush()
        return row

    def update(self, table: str, row: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any] | None:
        """Apply cleaned ``changes`` to the stored ``row``; None when nothing actually changed."""
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
        stored = {n: new[n] for n in diff} | {k: new[k] for k in ("updated_hlc", "updated_by", "updated_at", "field_revs", "sort_key", "province_keys")}
        self.flush()
        model = RECORD_MODELS[table]
        self.s.execute(update(model).where(model.id == row["id"]).values(**stored))
        self._record(table, new, kind, diff, hlc)
        return new

    def set_deleted(self, table: str, row: dict[str, Any], deleted: bool) -> dict[str, Any] | None:
        return self.update(table, row, {"deleted": deleted})

    def _record(self, table: str, row: dict, kind: str, fields: dict, hlc: str) -> None:
        self.touched[table].add(row["id"])
        self._log.append({"table_name": table, "record_id": row["id"], "kind": kind, "origin": self.origin, "at": row["updated_at"]})
        if not self.capture:
            return
        entry = {"kind": kind, "table_name": table, "record_id": row["id"], "org_id": row["org_id"],
                 "base_rev": row["rev"], "fields": fields, "hlc": hlc, "user": self.user}
        entry["hash"] = entry_hash(kind, table, row["id"], row["org_id"], row["rev"], fields, hlc, self.user)
        self._outbox.append({**entry, "status": "pending", "created_at": row["updated_at"]})

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
            self._log = []
        if self._last and self._last != self._state.last_hlc and self.origin != "seed":
            self._state.last_hlc = self._last

    def load(self, table: str, record_id: str) -> dict[str, Any] | None:
        """The stored row of a record as a dict (deleted ones included)."""
        self.flush()
        model = RECORD_MODELS[table]
        found = self.s.execute(select(model.__table__).where(model.id == record_id)).mappings().first()
        return dict(found) if found else None
