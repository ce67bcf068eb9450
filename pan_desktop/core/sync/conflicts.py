"""Conflicts and quarantined edits, as a person sees and settles them.

Resolving a conflict is an ordinary local edit (when the chosen value differs from what is stored
here) plus a ``resolve`` outbox entry, in one transaction through the change writer, so the resolution
syncs and is audited. Nothing leaves either list without a person's action.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import func, select

from pan_desktop.core.db import Database
from pan_desktop.core.errors import NotFound, PanError
from pan_desktop.core.models import RECORD_MODELS, SyncConflict, SyncLink, SyncQuarantine
from pan_desktop.core.services.changes import ChangeWriter, chunks
from pan_desktop.core.shared.protocol import CONFLICTS_TABLE, LOCAL_ORG
from pan_desktop.core.shared.schema import TABLES
from pan_desktop.core.shared.validation import clean_field

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


@dataclass(frozen=True)
class ToReview:
    """What the Conflicts page shows, read in one go on a worker: open conflicts and open refused edits."""

    conflicts: list[ConflictView]
    refused: list[QuarantineView]


def hlc_time(hlc: str) -> str:
    """The wall time inside a stamp, as ISO text ('' when there is none)."""
    try:
        ms = int(hlc.split("-", 1)[0])
    except (ValueError, AttributeError):
        return ""
    if ms <= 0:
        return ""
    try:
        return datetime.fromtimestamp(ms / 1000, timezone.utc).strftime("%Y-%m-%d %H:%M")
    except (OverflowError, OSError, ValueError):  # a stamp far beyond any calendar: show none
        return ""


class ConflictService:
    """Lists and settles conflicts and refused edits. Reads open their own session; each action is one
    write transaction, announced like every other write."""

    def __init__(self, db: Database, user: Callable[[], str]):
        self.db = db
        self.user = user

    # -- reads -------------------------------------------------------------------------------------
    def list(self, include_resolved: bool = False, lang: str = "vi") -> list[ConflictView]:
        with self.db.session() as s:
            q = select(SyncConflict).order_by(SyncConflict.created_at.desc(), SyncConflict.id)
            if not include_resolved:
                q = q.where(SyncConflict.resolution == "")
            items = list(s.scalars(q))
            titles = _titles(s, [(c.table_name, c.record_id) for c in items], lang)
        return [ConflictView(c.id, c.table_name, c.record_id, titles.get(c.record_id, ""), c.field, c.base, c.kept,
                             c.other, c.kept_by, hlc_time(c.kept_hlc), c.other_by, hlc_time(c.other_hlc), c.created_at,
                             c.resolution, c.resolved_by, c.local_choice) for c in items]

    def open_count(self) -> int:
        """The badge: conflicts nobody has resolved yet (here or elsewhere)."""
        with self.db.session() as s:
            return s.execute(select(func.count()).select_from(SyncConflict).where(
                SyncConflict.resolution == "", SyncConflict.local_choice == "")).scalar_one()

    def quarantined(self, include_closed: bool = False) -> list[QuarantineView]:
        with self.db.session() as s:
            q = select(SyncQuarantine).order_by(SyncQuarantine.id)
            if not include_closed:
                q = q.where(SyncQuarantine.status == "open")
            return [QuarantineView(q.id, q.device_seq, q.entry.get("kind", ""), q.entry.get("table", ""),
                                   q.entry.get("id", ""), q.entry.get("fields", {}), q.reason, q.result, q.at, q.status)
                    for q in s.scalars(q)]

    def to_review(self, lang: str = "vi") -> ToReview:
        return ToReview([c for c in self.list(lang=lang) if c.open], self.quarantined())

    # -- actions -----------------------------------------------------------------------------------
    def resolve(self, conflict_id: str, choice: str, value: Any = None) -> None:
        """Keep the kept value, use the other value, or set ``value``; syncs on the next run."""
        if choice not in CHOICES:
            raise PanError(f"Unknown choice '{choice}': use keep, use_other or value.", code="sync.bad_choice")
        with self.db.write() as s:
            c = s.get(SyncConflict, conflict_id)
            if c is None:
                raise NotFound(f"No conflict with id {conflict_id}. List them with: pan-desktop sync conflicts",
                               code="sync.no_conflict")
            if c.resolution or c.local_choice:
                raise PanError(f"This conflict was already resolved ({c.resolution or c.local_choice}); nothing to do.",
                               code="sync.already_resolved")
            desired = {"keep": c.kept, "use_other": c.other}.get(choice, value)
            if c.field == "deleted":
                desired = desired in (True, "true", "1", "yes")
            else:
                try:
                    desired = clean_field(TABLES[c.table_name].field(c.field), desired)
                except ValueError as exc:
                    raise PanError(f"That value cannot be stored in '{c.field}': {exc}.", code="sync.bad_value") from None
            try:
                ChangeWriter(s, "local", self.user()).resolve(c, choice, desired)
            except LookupError:
                raise NotFound("The record of this conflict is not on this computer yet; sync first.",
                               code="sync.record_missing") from None

    def resend(self, quarantine_id: int) -> None:
        """Make a refused edit again, as a new edit (new number, new stamp), after the cause is fixed."""
        with self.db.write() as s:
            q = s.get(SyncQuarantine, quarantine_id)
            if q is None or q.status != "open":
                raise NotFound(f"No open quarantined edit {quarantine_id}.", code="sync.no_refused_edit")
            e = q.entry
            if e["table"] == CONFLICTS_TABLE:
                c = s.get(SyncConflict, e["id"])
                if c is not None and not c.resolution:
                    c.local_choice = ""
            else:
                writer = ChangeWriter(s, "local", self.user())
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

    def dismiss(self, quarantine_id: int) -> None:
        """Give up a refused edit on purpose (it stays in the list as dismissed)."""
        with self.db.write() as s:
            q = s.get(SyncQuarantine, quarantine_id)
            if q is None or q.status != "open":
                raise NotFound(f"No open quarantined edit {quarantine_id}.", code="sync.no_refused_edit")
            q.status = "dismissed"


def open_conflict_count(services) -> int:
    """The badge count; kept for callers written before :class:`ConflictService` (use
    ``services.conflicts.open_count()``)."""
    return services.conflicts.open_count()


def _titles(s, keys: list[tuple[str, str]], lang: str) -> dict[str, str]:
    """Titles of the records named by ``(table, id)``, in ``lang`` (falling back to the other language)."""
    by_table: dict[str, list[str]] = {}
    for table, rid in keys:
        if table in RECORD_MODELS:
            by_table.setdefault(table, []).append(rid)
    out = {}
    for table, ids in by_table.items():
        tbl = RECORD_MODELS[table].__table__
        vi, en = TABLES[table].title_fields
        first, second = (vi, en) if lang == "vi" else (en, vi)
        for chunk in chunks(sorted(set(ids)), 500):
            for row in s.execute(select(tbl.c.id, tbl.c[first], tbl.c[second]).where(tbl.c.id.in_(chunk))):
                out[row[0]] = row[1] or row[2] or ""
    return out
