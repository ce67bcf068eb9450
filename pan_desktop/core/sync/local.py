"""The device's side of one exchange, each step one local transaction: read the entries to push;
then ack the results, apply the pulled page and move the cursors together (G3).

Pulled rows are written with origin ``pulled``: they feed the change log (the indexer) but never the
outbox. Fields that still have an unacknowledged local edit keep the local value until the hub's
answer to that edit comes back, so a pull never hides an edit a person just made.
"""

from __future__ import annotations

import time
from collections import defaultdict
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from pan_desktop.core.shared.clock import Stamp, observe_stamp
from pan_desktop.core.shared.clock import utcnow
from pan_desktop.core.models import RECORD_MODELS, ChangeLogEntry, DeviceState, OutboxEntry, SyncConflict, SyncLink, SyncQuarantine
from pan_desktop.core.services.changes import derived
from pan_desktop.core.shared.columns import conflict_columns
from pan_desktop.core.shared.protocol import entry_hash
from pan_desktop.core.shared.schema import TABLES
from pan_desktop.core.shared.protocol import (
    CONFLICTS_TABLE, LOCAL_ORG, ConflictRow, Entry, EntryResult, PushResponse, Row, ScopeDigest, scope_digest,
    scope_key, to_wire,
)

UNACKED = ("pending", "held")
SYNC_META = ("org_id", "visibility", "rev", "server_seq", "updated_hlc", "updated_by", "field_revs", "deleted",
             "created_at", "updated_at")


def get_link(s: Session) -> SyncLink | None:
    return s.get(SyncLink, 1)


# -- enrolment ---------------------------------------------------------------------------------------
def adopt_org(s: Session, org_id: str) -> int:
    """Records made before enrolment (org ``local``) take the device's org, and so do their unsent
    outbox entries (whose hashes are recomputed). Returns how many records moved."""
    moved = 0
    for model in RECORD_MODELS.values():
        moved += s.execute(update(model).where(model.org_id == LOCAL_ORG).values(org_id=org_id)).rowcount
    for e in s.scalars(select(OutboxEntry).where(OutboxEntry.org_id == LOCAL_ORG, OutboxEntry.status == "pending")):
        e.org_id = org_id
        e.hash = entry_hash(e.kind, e.table_name, e.record_id, e.org_id, e.base_rev, e.fields, e.hlc, e.user)
    s.get(DeviceState, 1).org_id = org_id
    return moved


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


def count_unacked(s: Session) -> dict[str, int]:
    rows = s.execute(select(OutboxEntry.status, OutboxEntry.device_seq).where(OutboxEntry.status.in_(UNACKED))).all()
    return {"pending": sum(1 for r in rows if r.status == "pending"), "held": sum(1 for r in rows if r.status == "held")}


# -- one response ------------------------------------------------------------------------------------
def apply_response(s: Session, resp: PushResponse, sent: list[Entry]) -> dict[str, int]:
    """Everything one hub answer changes here, in the caller's single transaction."""
    link = get_link(s)
    state = s.get(DeviceState, 1)
    counts = defaultdict(int)
    if resp.epoch != link.epoch:
        if resp.epoch < link.epoch:  # epochs are UUIDv7: an older one is a stale answer (G4, G5)
            return {}
        _new_epoch(s, link, resp)
        counts["new_epoch"] = 1
    _ack(s, resp.results, {e.device_seq: e for e in sent}, counts)
    link.device_high = max(link.device_high, resp.device_high)
    # Edit numbers never go below what the hub has recorded (a device restored from a backup).
    s.execute(text("UPDATE sqlite_sequence SET seq = :h WHERE name = 'outbox' AND seq < :h"), {"h": resp.device_high})
    state.clock_offset_ms = resp.server_time_ms - int(time.time() * 1000)
    page = resp.page
    if page is not None and not counts.get("new_epoch"):  # a page cut from old cursors: pull afresh
        counts["pulled"] += apply_rows(s, page.rows, state, resp.server_time_ms)
        counts["conflicts"] += apply_conflicts(s, page.conflicts)
        cursors = dict(link.cursors or {})
        for key, value in page.cursors.items():
            cursors[key] = max(int(cursors.get(key, 0)), int(value))
        link.cursors = cursors
    return dict(counts)


def _new_epoch(s: Session, link: SyncLink, resp: PushResponse) -> None:
    """The hub was restored from a backup: re-push what it no longer has, pull everything again.

    Versions held here came from the hub's lost timeline and may be higher than the restored hub's,
    so synced rows drop to version 1 and conflicts to sequence 0: the full pull that follows then
    replaces them with the hub's own versions (rather than being refused as stale)."""
    s.execute(update(OutboxEntry).where(OutboxEntry.status == "acked", OutboxEntry.device_seq > resp.device_high)
              .values(status="pending"))
    for model in RECORD_MODELS.values():
        s.execute(update(model).where(model.rev > 1).values(rev=1))
    s.execute(update(SyncConflict).values(server_seq=0))
    link.epoch = resp.epoch
    link.cursors = {}
    link.last_verify_at = ""


def _ack(s: Session, results: list[EntryResult], sent: dict[int, Entry], counts: dict) -> None:
    """Record the hub's result for each sent entry that is still unacknowledged here; an answer that
    arrives twice or late never moves an acknowledged entry back or quarantines it again (G4)."""
    refused: list[tuple[EntryResult, Entry]] = []
    open_seqs = set()
    for chunk in _chunks(list(sent), 500):
        open_seqs.update(s.scalars(select(OutboxEntry.device_seq).where(
            OutboxEntry.device_seq.in_(chunk), OutboxEntry.status.in_(UNACKED))))
    for r in results:
        entry = sent.get(r.device_seq)
        if entry is None or r.device_seq not in open_seqs:
            continue
        if r.status in ("applied", "duplicate"):
            s.execute(update(OutboxEntry).where(OutboxEntry.device_seq == r.device_seq).values(status="acked"))
            counts["pushed"] += 1
        elif r.status == "held":
            s.execute(update(OutboxEntry).where(OutboxEntry.device_seq == r.device_seq).values(status="held"))
            counts["held"] += 1
        else:
            refused.append((r, entry))
    for r, entry in sorted(refused, key=lambda x: -x[0].device_seq):
        s.add(SyncQuarantine(device_seq=r.device_seq, status="open", result=r.status, reason=r.reason or r.status,
                             entry=to_wire(entry), at=utcnow()))
        s.execute(delete(OutboxEntry).where(OutboxEntry.device_seq == r.device_seq))
        _revert(s, entry)
        counts["quarantined"] += 1


def _revert(s: Session, e: Entry) -> None:
    """Undo a refused edit here so this device shows what the hub holds; the edit stays in quarantine."""
    model = RECORD_MODELS.get(e.table)
    if model is None:
        if e.table == CONFLICTS_TABLE:
            s.execute(update(SyncConflict).where(SyncConflict.id == e.id).values(local_choice=""))
        return
    tbl = model.__table__
    row = s.execute(select(tbl).where(tbl.c.id == e.id)).mappings().first()
    if row is None:
        return
    if e.kind == "create" and row["rev"] == 0:
        s.execute(delete(model).where(model.id == e.id))
        _log(s, e.table, e.id, "delete")
        return
    back = {n: d.get("old") for n, d in e.fields.items() if n in tbl.c and row[n] == d.get("new")}
    if "deleted" in back:
        back["deleted"] = bool(back["deleted"])
    if back:
        values = {**dict(row), **back}
        s.execute(update(model).where(model.id == e.id).values(**back, **derived(TABLES[e.table], values)))
        _log(s, e.table, e.id, "update")


def _log(s: Session, table: str, record_id: str, kind: str) -> None:
    s.execute(insert(ChangeLogEntry), [{"table_name": table, "record_id": record_id, "kind": kind,
                                        "origin": "pulled", "at": utcnow()}])


def apply_rows(s: Session, rows: list[Row], state: DeviceState, server_ms: int) -> int:
    """Write pulled rows (origin ``pulled``: change log yes, outbox no); returns how many."""
    by_table: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        if r.table in RECORD_MODELS:
            by_table[r.table].append(r)
    ids = [r.id for r in rows]
    keep_local: dict[str, set[str]] = defaultdict(set)
    for chunk in _chunks(ids, 500):
        for rid, fields in s.execute(select(OutboxEntry.record_id, OutboxEntry.fields).where(
                OutboxEntry.record_id.in_(chunk), OutboxEntry.status.in_(UNACKED))):
            keep_local[rid].update(fields)
    log: list[dict] = []
    newest = ""
    now = utcnow()
    for table, items in by_table.items():
        spec, model = TABLES[table], RECORD_MODELS[table]
        tbl = model.__table__
        existing = {}
        for chunk in _chunks([r.id for r in items], 500):
            existing.update({m["id"]: dict(m) for m in s.execute(select(tbl).where(tbl.c.id.in_(chunk))).mappings()})
        inserts, updates = [], []
        for r in items:
            local = existing.get(r.id)
            if local is not None and local["rev"] > r.rev:
                continue  # a late or replayed page: this device already holds a newer version (G4)
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
            log.append({"table_name": table, "record_id": r.id, "origin": "pulled", "at": now,
                        "kind": "create" if local is None else ("delete" if full["deleted"] else "update")})
            if r.updated_hlc > newest and _plausible(r.updated_hlc, server_ms):
                newest = r.updated_hlc
        if inserts:
            s.execute(insert(model), inserts)
        if updates:
            # One executemany: far cheaper than an UPDATE statement per row.
            cols = [k for k in updates[0] if k != "id"]
            stmt = update(model).where(tbl.c.id == bindparam("b_id")).values({c: bindparam(f"b_{c}") for c in cols})
            s.connection().execute(stmt, [{f"b_{k}": v for k, v in u.items()} for u in updates])
    if log:
        s.execute(insert(ChangeLogEntry), log)
    if newest:
        device = state.device_id.replace("-", "")[-12:]
        state.last_hlc = observe_stamp(state.last_hlc or None, newest, device, offset_ms=state.clock_offset_ms)
    return len(log)


def _plausible(hlc: str, server_ms: int) -> bool:
    """Only stamps not ahead of the hub's clock move ours: a skewed laptop never drags the network."""
    try:
        return Stamp.parse(hlc).wall_ms <= server_ms + 5 * 60 * 1000
    except (ValueError, AttributeError):
        return False


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
        for chunk in _chunks(ids, 500):
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


def _chunks(items: list[Any], n: int):
    for i in range(0, len(items), n):
        yield items[i:i + n]
