"""Pull pages and verification: what a device may read, in server_seq order, up to a high-water mark."""

from __future__ import annotations

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from pan_desktop.core.shared.columns import conflict_to_wire
from pan_desktop.core.shared.protocol import (
    CONFLICTS_TABLE, PUBLIC_ORG, ConflictRow, PullPage, PullRequest, Row, VerifyRequest, scope_digest, scope_key,
)
from pan_desktop.hub.auth import Caller
from pan_desktop.hub.models import ChangeRow, Conflict, Counter, HubRow

MAX_PAGE = 1000
ALL_ORGS = "*"


def scopes_for(caller: Caller) -> list[str]:
    """Cursor keys of a device: ``net`` plus its own org (the secretariat: ``*``, every org)."""
    return ["net", ALL_ORGS if caller.role == "secretariat" else caller.org_id]


def readable(caller: Caller, org_id: str, visibility: str) -> bool:
    """Whether a row may reach this device: ``org`` rows stay in their org and the secretariat."""
    return caller.role == "secretariat" or org_id in (caller.org_id, PUBLIC_ORG) or visibility in ("network", "public")


def _scope_clause(key: str):
    if key == "net":
        return ChangeRow.scope == "net"
    if key == ALL_ORGS:
        return ChangeRow.scope != "net"
    return ChangeRow.scope == key


def current_seq(s: Session) -> int:
    return s.execute(select(Counter.value).where(Counter.id == 1)).scalar_one()


def pull_page(s: Session, caller: Caller, req: PullRequest, fresh_hwm: bool = False) -> PullPage:
    """One page of whole rows changed after the device's cursors, never past the high-water mark."""
    top = current_seq(s)
    hwm = top if fresh_hwm or req.hwm <= 0 else min(req.hwm, top)
    keys = scopes_for(caller)
    cursors = {k: min(top, max(0, int(req.cursors.get(k, 0)))) for k in keys}  # a cursor past the top is the top
    limit = max(1, min(int(req.limit or MAX_PAGE), MAX_PAGE))
    cond = or_(*(and_(_scope_clause(k), ChangeRow.server_seq > c) for k, c in cursors.items()))
    changes = s.execute(select(ChangeRow.server_seq, ChangeRow.table_name, ChangeRow.record_id)
                        .where(ChangeRow.server_seq <= hwm, cond).order_by(ChangeRow.server_seq).limit(limit)).all()
    if len(changes) < limit:
        has_more, reached = False, hwm
    else:
        reached = changes[-1].server_seq
        has_more = reached < hwm
    next_cursors = {k: max(c, reached) for k, c in cursors.items()}
    wanted: dict[str, set[str]] = {}
    for ch in changes:
        wanted.setdefault(ch.table_name, set()).add(ch.record_id)
    rows: list[Row] = []
    conflicts: list[ConflictRow] = []
    for table, ids in wanted.items():
        for chunk in _chunks(sorted(ids), 500):
            if table == CONFLICTS_TABLE:
                for c in s.scalars(select(Conflict).where(Conflict.id.in_(chunk))):
                    if readable(caller, c.org_id, c.visibility):
                        conflicts.append(conflict_to_wire(c))
            else:
                for r in s.scalars(select(HubRow).where(HubRow.table_name == table, HubRow.id.in_(chunk))):
                    if readable(caller, r.org_id, r.visibility):
                        rows.append(wire_row(r))
    rows.sort(key=lambda r: r.server_seq)
    conflicts.sort(key=lambda c: c.server_seq)
    return PullPage(rows, conflicts, next_cursors, has_more, hwm)


def wire_row(r: HubRow) -> Row:
    return Row(r.table_name, r.id, r.org_id, r.visibility, r.rev, r.server_seq, r.updated_hlc, r.updated_by,
               r.field_revs, r.deleted, r.created_at, r.updated_at, r.data)


def verify(s: Session, caller: Caller, req: VerifyRequest) -> list[str]:
    """The scope keys whose rows differ between the device and the hub."""
    keys = scopes_for(caller)
    lines: dict[str, list[str]] = {k: [] for k in keys}
    for r in s.execute(select(HubRow.table_name, HubRow.id, HubRow.rev, HubRow.org_id, HubRow.visibility)):
        key = scope_key(r.org_id, r.visibility, caller.role)
        if key in lines:
            lines[key].append(f"{r.table_name}/{r.id}/{r.rev}")
    return [k for k in keys if req.scopes.get(k) != scope_digest(lines[k])]


def _chunks(items: list[str], n: int):
    for i in range(0, len(items), n):
        yield items[i:i + n]
