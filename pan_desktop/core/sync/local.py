"""The device's side of one exchange, each step one local transaction: read the entries to push;
then ack the results, apply the pulled page and move the cursors together (G3).

Record rows are written only through the change writer (pulled rows, reverts of refused edits, the
version reset of a new hub epoch); this module keeps the sync bookkeeping: outbox statuses, the
quarantine, conflicts, cursors and the hub link.
"""

from __future__ import annotations

import time
from collections import defaultdict

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import Session

from pan_desktop.core.models import RECORD_MODELS, DeviceState, OutboxEntry, SyncConflict, SyncLink, SyncQuarantine
from pan_desktop.core.services.changes import UNACKED, ChangeWriter, chunks
from pan_desktop.core.shared.clock import utcnow
from pan_desktop.core.shared.columns import conflict_columns
from pan_desktop.core.shared.protocol import (
    ConflictRow, Entry, EntryResult, PushResponse, Row, ScopeDigest, scope_digest, scope_key, to_wire,
)


def get_link(s: Session) -> SyncLink | None:
    return s.get(SyncLink, 1)


# -- enrolment ---------------------------------------------------------------------------------------
def first_unsent_seq(s: Session) -> int:
    """The device_seq the hub should expect first from this install."""
    low = s.execute(select(OutboxEntry.device_seq).where(OutboxEntry.status.in_(UNACKED))
                    .order_by(OutboxEntry.device_seq).limit(1)).scalar()
    if low is not None:
        return low
    top = s.execute(text("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'")).scalar()
    return int(top or 0) + 1


# -- push --------------------------------------------------------------------------------------------
def entries_to_push(s: Session, limit: int, skip: set[int] = frozenset()) -> list[Entry]:
    """The oldest unacknowledged entries, in order (held ones too: the hub answers them cheaply)."""
    q = select(OutboxEntry).where(OutboxEntry.status.in_(UNACKED)).order_by(OutboxEntry.device_seq)
    out: list[Entry] = []
    for e in s.scalars(q.limit(limit + len(skip))):
        if e.device_seq in skip:
            continue
        visibility = ""
        if e.kind == "create" and e.table_name in RECORD_MODELS:
            model = RECORD_MODELS[e.table_name]
            visibility = s.execute(select(model.visibility).where(model.id == e.record_id)).scalar() or ""
        out.append(Entry(e.device_seq, e.kind, e.table_name, e.record_id, e.org_id, e.base_rev, e.fields, e.hlc,
                         e.user, visibility))
        if len(out) >= limit:
            break
    return out


# -- one response ------------------------------------------------------------------------------------
def apply_response(s: Session, resp: PushResponse, sent: list[Entry]) -> dict[str, int]:
    """Everything one hub answer changes here, in the caller's single transaction."""
    link = get_link(s)
    state = s.get(DeviceState, 1)
    writer = ChangeWriter(s)
    counts = defaultdict(int)
    if resp.epoch != link.epoch:
        if resp.epoch < link.epoch:  # epochs are UUIDv7: an older one is a stale answer (G4, G5)
            return {}
        _new_epoch(s, writer, link, resp)
        counts["new_epoch"] = 1
    _ack(s, writer, resp.results, {e.device_seq: e for e in sent}, counts)
    link.device_high = max(link.device_high, resp.device_high)
    # Edit numbers never go below what the hub has recorded (a device restored from a backup).
    s.execute(text("UPDATE sqlite_sequence SET seq = :h WHERE name = 'outbox' AND seq < :h"), {"h": resp.device_high})
    state.clock_offset_ms = resp.server_time_ms - int(time.time() * 1000)
    page = resp.page
    if page is not None and not counts.get("new_epoch"):  # a page cut from old cursors: pull afresh
        counts["pulled"] += writer.apply_pulled(page.rows, resp.server_time_ms)
        counts["conflicts"] += apply_conflicts(s, page.conflicts)
        cursors = dict(link.cursors or {})
        for key, value in page.cursors.items():
            cursors[key] = max(int(cursors.get(key, 0)), int(value))
        link.cursors = cursors
    writer.flush()
    return dict(counts)


def _new_epoch(s: Session, writer: ChangeWriter, link: SyncLink, resp: PushResponse) -> None:
    """The hub was restored from a backup: re-push what it no longer has, pull everything again
    (record versions drop to 1 and conflicts to sequence 0, so the hub's own versions replace them)."""
    s.execute(update(OutboxEntry).where(OutboxEntry.status == "acked", OutboxEntry.device_seq > resp.device_high)
              .values(status="pending"))
    writer.forget_versions()
    s.execute(update(SyncConflict).values(server_seq=0))
    link.epoch = resp.epoch
    link.cursors = {}
    link.last_verify_at = ""


def _ack(s: Session, writer: ChangeWriter, results: list[EntryResult], sent: dict[int, Entry], counts: dict) -> None:
    """Record the hub's result for each sent entry that is still unacknowledged here; an answer that
    arrives twice or late never moves an acknowledged entry back or quarantines it again (G4)."""
    refused: list[tuple[EntryResult, Entry]] = []
    open_seqs = set()
    for chunk in chunks(list(sent), 500):
        open_seqs.update(s.scalars(select(OutboxEntry.device_seq).where(
            OutboxEntry.device_seq.in_(chunk), OutboxEntry.status.in_(UNACKED))))
    moved: dict[str, list[int]] = {"acked": [], "held": []}
    for r in results:
        entry = sent.get(r.device_seq)
        if entry is None or r.device_seq not in open_seqs:
            continue
        if r.status in ("applied", "duplicate"):
            moved["acked"].append(r.device_seq)
            counts["pushed"] += 1
        elif r.status == "held":
            moved["held"].append(r.device_seq)
            counts["held"] += 1
        else:
            refused.append((r, entry))
    for status, seqs in moved.items():  # one statement per 500 entries, not one per entry
        for chunk in chunks(seqs, 500):
            s.execute(update(OutboxEntry).where(OutboxEntry.device_seq.in_(chunk)).values(status=status))
    for r, entry in sorted(refused, key=lambda x: -x[0].device_seq):
        s.add(SyncQuarantine(device_seq=r.device_seq, status="open", result=r.status, reason=r.reason or r.status,
                             entry=to_wire(entry), at=utcnow()))
        s.execute(delete(OutboxEntry).where(OutboxEntry.device_seq == r.device_seq))
        writer.revert(entry)
        counts["quarantined"] += 1


def apply_conflicts(s: Session, conflicts: list[ConflictRow]) -> int:
    for c in conflicts:
        values = conflict_columns(c)
        found = s.get(SyncConflict, c.id)
        if found is None:
            s.add(SyncConflict(id=c.id, local_choice="", **values))
        elif found.server_seq <= c.server_seq:  # never back to an older state of the conflict (G4)
            for k, v in values.items():
                setattr(found, k, v)
    return len(conflicts)


def deletions(s: Session, rows: list[Row]) -> int:
    """How many records that are live here ``rows`` would delete."""
    ids_by_table: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        if r.deleted and r.table in RECORD_MODELS:
            ids_by_table[r.table].append(r.id)
    n = 0
    for table, ids in ids_by_table.items():
        model = RECORD_MODELS[table]
        for chunk in chunks(ids, 500):
            n += s.execute(select(func.count()).select_from(model).where(
                model.id.in_(chunk), model.deleted.is_(False))).scalar_one()
    return n


def live_records(s: Session) -> int:
    return sum(s.execute(select(func.count()).select_from(m).where(m.deleted.is_(False))).scalar_one()
               for m in RECORD_MODELS.values())


# -- verify ------------------------------------------------------------------------------------------
def local_digests(s: Session, role: str, keys: list[str]) -> dict[str, ScopeDigest]:
    """Count and checksum of the synced rows (rev > 0) per cursor key, as the hub computes them."""
    lines: dict[str, list[str]] = {k: [] for k in keys}
    for table, model in RECORD_MODELS.items():
        for r in s.execute(select(model.id, model.rev, model.org_id, model.visibility).where(model.rev > 0)):
            key = scope_key(r.org_id, r.visibility, role)
            if key in lines:
                lines[key].append(f"{table}/{r.id}/{r.rev}")
    return {k: scope_digest(v) for k, v in lines.items()}
