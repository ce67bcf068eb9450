"""Conflicts and quarantined edits, as a person sees and settles them.

Resolving a conflict is an ordinary local edit (when the chosen value differs from what is stored
here) plus a ``resolve`` outbox entry, in one transaction, so the resolution syncs and is audited.
Nothing leaves either list without a person's action.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select

from pan_desktop.core.shared.clock import utcnow
from pan_desktop.core.errors import NotFound, PanError
from pan_desktop.core.events import DataChanged
from pan_desktop.core.models import OutboxEntry, SyncConflict, SyncLink, SyncQuarantine
from pan_desktop.core.services.changes import ChangeWriter
from pan_desktop.core.shared.protocol import entry_hash
from pan_desktop.core.shared.schema import TABLES
from pan_desktop.core.shared.validation import clean_field
from pan_desktop.core.shared.protocol import CONFLICTS_TABLE, LOCAL_ORG

CHOICES = ("keep", "use_other", "value")


@dataclass(frozen=True)
class ConflictView:
    """One conflict, ready to show: which record and field, the values, who and when."""

    id: str
    table: str
    record_id: str
    record_title: str
    field: str
    base: Any
    kept: Any
    other: Any
    kept_by: str
    kept_at: str
    other_by: str
    other_at: str
    created_at: str
    resolution: str
    resolved_by: str
    pending_choice: str

    @property
    def open(self) -> bool:
        return not self.resolution and not self.pending_choice


@dataclass(frozen=True)
class QuarantineView:
    id: int
    device_seq: int
    kind: str
    table: str
    record_id: str
    fields: dict
    reason: str
    result: str
    at: str
    status: str


def hlc_time(hlc: str) -> str:
    """The wall time inside a stamp, as ISO text ('' when there is none)."""
    from datetime import datetime, timezone

    try:
        ms = int(hlc.split("-", 1)[0])
    except (ValueError, AttributeError):
        return ""
    if ms <= 0:
        return ""
    return datetime.fromtimestamp(ms / 1000, timezone.utc).strftime("%Y-%m-%d %H:%M")


def list_conflicts(services, include_resolved: bool = False) -> list[ConflictView]:
    with services.db.session() as s:
        q = select(SyncConflict).order_by(SyncConflict.created_at.desc(), SyncConflict.id)
        if not include_resolved:
            q = q.where(SyncConflict.resolution == "")
        items = list(s.scalars(q))
    out = []
    for c in items:
        try:
            title = services.records[c.table_name].get(c.record_id, include_deleted=True).title(services.settings.language)
        except (NotFound, KeyError):
            title = ""
        out.append(ConflictView(c.id, c.table_name, c.record_id, title, c.field, c.base, c.kept, c.other, c.kept_by,
                                hlc_time(c.kept_hlc), c.other_by, hlc_time(c.other_hlc), c.created_at, c.resolution,
                                c.resolved_by, c.local_choice))
    return out


def open_conflict_count(services) -> int:
    """The badge: conflicts nobody has resolved yet (here or elsewhere)."""
    with services.db.session() as s:
        return s.execute(select(func.count()).select_from(SyncConflict).where(
            SyncConflict.resolution == "", SyncConflict.local_choice == "")).scalar_one()


def resolve(services, conflict_id: str, choice: str, value: Any = None) -> None:
    """Keep the kept value, use the other value, or set ``value``; syncs on the next run."""
    if choice not in CHOICES:
        raise PanError(f"Unknown choice '{choice}': use keep, use_other or value.")
    with services.db.write() as s:
        c = s.get(SyncConflict, conflict_id)
        if c is None:
            raise NotFound(f"No conflict with id {conflict_id}. List them with: pan-desktop sync conflicts")
        if c.resolution or c.local_choice:
            raise PanError(f"This conflict was already resolved ({c.resolution or c.local_choice}); nothing to do.")
        desired = {"keep": c.kept, "use_other": c.other}.get(choice, value)
        writer = ChangeWriter(s, "local", services.user)
        row = writer.load(c.table_name, c.record_id)
        if row is None:
            raise NotFound("The record of this conflict is not on this computer yet; sync first.")
        if c.field == "deleted":
            desired = desired in (True, "true", "1", "yes")
            if bool(row["deleted"]) != desired:
                writer.set_deleted(c.table_name, row, desired)
        else:
            try:
                desired = clean_field(TABLES[c.table_name].field(c.field), desired)
            except ValueError as exc:
                raise PanError(f"That value cannot be stored in '{c.field}': {exc}.") from None
            if row.get(c.field) != desired:
                if row["deleted"]:
                    row = writer.set_deleted(c.table_name, row, False) or row
                writer.update(c.table_name, row, {c.field: desired})
        hlc = writer.stamp()
        writer.flush()
        entry = {"kind": "resolve", "table_name": CONFLICTS_TABLE, "record_id": c.id, "org_id": c.org_id,
                 "base_rev": 0, "fields": {"resolution": {"old": None, "new": choice}}, "hlc": hlc, "user": services.user}
        h = entry_hash("resolve", CONFLICTS_TABLE, c.id, c.org_id, 0, entry["fields"], hlc, services.user)
        s.execute(insert(OutboxEntry), [{**entry, "hash": h, "status": "pending", "created_at": utcnow()}])
        c.local_choice = choice
    services.changed.emit(DataChanged(frozenset({c.table_name}), frozenset({c.record_id}), "update"))


# -- quarantine --------------------------------------------------------------------------------------
def list_quarantine(services, include_closed: bool = False) -> list[QuarantineView]:
    with services.db.session() as s:
        q = select(SyncQuarantine).order_by(SyncQuarantine.id)
        if not include_closed:
            q = q.where(SyncQuarantine.status == "open")
        return [QuarantineView(q.id, q.device_seq, q.entry.get("kind", ""), q.entry.get("table", ""),
                               q.entry.get("id", ""), q.entry.get("fields", {}), q.reason, q.result, q.at, q.status)
                for q in s.scalars(q)]


def resend(services, quarantine_id: int) -> None:
    """Make a refused edit again, as a new edit (new number, new stamp), after the cause is fixed."""
    with services.db.write() as s:
        q = s.get(SyncQuarantine, quarantine_id)
        if q is None or q.status != "open":
            raise NotFound(f"No open quarantined edit {quarantine_id}.")
        e = q.entry
        writer = ChangeWriter(s, "local", services.user)
        if e["table"] == CONFLICTS_TABLE:
            c = s.get(SyncConflict, e["id"])
            if c is not None and not c.resolution:
                c.local_choice = ""
        else:
            new = {n: d.get("new") for n, d in e["fields"].items()}
            row = writer.load(e["table"], e["id"])
            link = s.get(SyncLink, 1)
            if row is None:
                values = {n: v for n, v in new.items() if n != "deleted"}
                writer.create(e["table"], values, record_id=e["id"], org_id=link.org_id if link else LOCAL_ORG,
                              visibility=e.get("visibility") or "network")
            elif "deleted" in new:
                writer.set_deleted(e["table"], row, bool(new["deleted"]))
            else:
                writer.update(e["table"], row, new)
        writer.flush()
        q.status = "resent"
    if e["table"] != CONFLICTS_TABLE:
        services.changed.emit(DataChanged(frozenset({e["table"]}), frozenset({e["id"]}), "update"))


def dismiss(services, quarantine_id: int) -> None:
    """Give up a refused edit on purpose (it stays in the list as dismissed)."""
    with services.db.write() as s:
        q = s.get(SyncQuarantine, quarantine_id)
        if q is None or q.status != "open":
            raise NotFound(f"No open quarantined edit {quarantine_id}.")
        q.status = "dismissed"
