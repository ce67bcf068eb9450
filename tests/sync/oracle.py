"""Test network of devices around one hub, and the G1–G5 check every scenario ends with."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from pan_desktop.core.ids import uuid7
from pan_desktop.core.models import RECORD_MODELS, DeviceState, OutboxEntry, SyncConflict, SyncLink, SyncQuarantine
from pan_desktop.core.services import Services
from pan_desktop.core.sync.engine import SyncEngine
from pan_desktop.core.shared.protocol import scope_key
from pan_desktop.core.shared.schema import TABLES
from pan_desktop.hub.models import Conflict, Counter, DeviceOp, HubRow
from pan_desktop.hub.pull import readable
from pan_desktop.hub.auth import Caller


@dataclass
class Device:
    name: str
    services: Services
    engine: SyncEngine
    seen_cursors: dict = field(default_factory=dict)
    seen_hlc: str = ""
    seen_seqs: set = field(default_factory=set)  # every edit number ever seen here: the G1 oracle
    seen_revs: dict = field(default_factory=dict)  # the hub version of each row held here (G5)

    def sync(self, **kw):
        return self.engine.run(**kw)

    @property
    def id(self) -> str:
        return self.services.device_id

    def link(self) -> SyncLink:
        return self.engine.link()


class Network:
    """Devices made by copying the migrated template data dir (fast), each enrolled on ``hub``."""

    def __init__(self, hub, tmp_path: Path, template: Path):
        self.hub, self.tmp, self.template = hub, tmp_path, template
        self.devices: list[Device] = []
        self.orgs: dict[str, str] = {}
        self.hub_seq_seen = 0

    def org(self, name: str, secretariat: bool = False) -> str:
        if name not in self.orgs:
            self.orgs[name] = self.hub.store.add_org(name, secretariat)
        return self.orgs[name]

    def device(self, name: str, org: str | None, role: str = "contributor", client_factory=None, enrol=True) -> Device:
        path = self.tmp / f"dev-{name}"
        shutil.copytree(self.template, path)
        con = sqlite3.connect(path / "pan.db")
        with con:
            con.execute("UPDATE device_state SET device_id = ?", (uuid7(),))
        con.close()
        svc = Services.open(path)
        svc.settings.user_name = name
        kw = {"client_factory": client_factory} if client_factory else {}
        dev = Device(name, svc, svc.sync_engine(**kw))
        if enrol:
            org_id = self.org(org, secretariat=(role == "secretariat"))
            dev.engine.enrol(self.hub.url, self.hub.store.invite(org_id, role), name)
        self.devices.append(dev)
        return dev

    def open_device(self, name: str, path: Path, client_factory=None) -> Device:
        """A device over an existing (already enrolled) data dir."""
        svc = Services.open(path)
        svc.settings.user_name = name
        kw = {"client_factory": client_factory} if client_factory else {}
        dev = Device(name, svc, svc.sync_engine(**kw))
        self.devices.append(dev)
        return dev

    def sync_all(self, rounds: int | None = None) -> None:
        """Sync every device ``rounds`` times, or (``None``) until settled: each device has synced
        after the hub's last change and has nothing waiting. Skipping devices that are already up to
        date keeps the suite fast without weakening G2 (checked against the hub afterwards)."""
        if rounds is not None:
            for _ in range(rounds):
                for d in self.devices:
                    d.sync()
            return
        synced_at: dict[str, int] = {}
        for _ in range(6):
            todo = [d for d in self.devices if synced_at.get(d.name) != self.hub_counter() or d.services.pending_outbox()]
            if not todo:
                return
            for d in todo:
                d.sync()
                synced_at[d.name] = self.hub_counter()
        raise AssertionError("the network did not settle in 6 rounds")

    def hub_counter(self) -> int:
        with self.hub.store.read() as s:
            return s.execute(select(Counter.value)).scalar_one()

    def close(self) -> None:
        for d in self.devices:
            d.services.close()

    # -- the guarantees -------------------------------------------------------------------------------
    def check(self, converged: bool = True, devices: list[Device] | None = None) -> None:
        """G1–G5 (G2 only when ``converged``: everyone synced after the last edit)."""
        devices = self.devices if devices is None else devices
        with self.hub.store.read() as hs:
            rows = {(r.table_name, r.id): r for r in hs.scalars(select(HubRow))}
            conflicts = {c.id: c for c in hs.scalars(select(Conflict))}
            ops = {(o.device_id, o.device_seq): o for o in hs.scalars(select(DeviceOp))}
            seq = hs.execute(select(Counter.value)).scalar_one()
        assert seq >= self.hub_seq_seen, "G5: the hub's sequence went back"
        self.hub_seq_seen = seq
        for d in devices:
            self._check_device(d, rows, conflicts, ops, converged)

    def _check_device(self, d: Device, rows, conflicts, ops, converged: bool) -> None:
        with d.services.db.session() as s:
            link = s.get(SyncLink, 1)
            outbox = list(s.scalars(select(OutboxEntry)))
            quarantine = list(s.scalars(select(SyncQuarantine)))
            local_conflicts = {c.id: c for c in s.scalars(select(SyncConflict))}
            state = s.get(DeviceState, 1)
            local_rows = {}
            for table, model in RECORD_MODELS.items():
                for r in s.execute(select(model.__table__)).mappings():
                    local_rows[(table, r["id"])] = dict(r)
        caller = Caller(d.id, link.org_id if link else "", link.role if link else "viewer")
        # G1: every edit is pending, applied on the hub, held, quarantined, or a kept conflict value.
        refused = {q.device_seq for q in quarantine}
        lost = d.seen_seqs - {e.device_seq for e in outbox} - refused
        assert not lost, f"G1: {d.name}'s edits {sorted(lost)} are neither in the outbox nor quarantined"
        d.seen_seqs |= {e.device_seq for e in outbox}
        for e in outbox:
            if e.status in ("pending", "held"):
                continue
            op = ops.get((d.id, e.device_seq))
            assert op is not None or e.device_seq in refused, f"G1: {d.name} edit {e.device_seq} acked but unknown to the hub"
            if op is None or op.status != "applied" or e.table_name not in RECORD_MODELS:
                continue
            row = rows.get((e.table_name, e.record_id))
            assert row is not None, f"G1: {d.name} edit {e.device_seq} applied but its record is missing"
            for name, change in e.fields.items():
                erased = row.deleted or local_rows.get((e.table_name, e.record_id), {}).get("deleted")
                if name == "deleted" or (erased and name in TABLES[e.table_name].personal):
                    continue  # erased on purpose, here or on the hub: a purging tombstone (core/shared/privacy.py)
                here = row.data.get(name) == change["new"]
                later = (row.field_revs or {}).get(name, "") > e.hlc
                logged = any(c.record_id == e.record_id and c.field == name and change["new"] in (c.kept, c.other)
                             for c in conflicts.values())
                assert here or later or logged, f"G1: {d.name}'s value for {name} of {e.record_id} was lost"
        # G3: everything at or below the cursors is applied here (same rev or newer).
        cursors = dict(link.cursors or {}) if link else {}
        for (table, rid), r in rows.items():
            if not readable(caller, r.org_id, r.visibility):
                assert (table, rid) not in local_rows or local_rows[(table, rid)]["rev"] == 0, \
                    f"scope: {d.name} holds a row outside its read scope"
                continue
            key = scope_key(r.org_id, r.visibility, caller.role)
            if r.server_seq <= cursors.get(key, 0):
                mine = local_rows.get((table, rid))
                assert mine is not None and mine["rev"] >= r.rev, f"G3: {d.name}'s cursor passed {table}/{rid}"
        # G5: cursors and the clock never go back.
        for k, v in d.seen_cursors.items():
            assert cursors.get(k, 0) >= v, f"G5: {d.name}'s cursor {k} went back"
        assert (state.last_hlc or "") >= d.seen_hlc, f"G5: {d.name}'s clock went back"
        for key, rev in d.seen_revs.items():
            assert key in local_rows and local_rows[key]["rev"] >= rev, f"G5: {d.name}'s copy of {key} went back"
        d.seen_revs = {k: r["rev"] for k, r in local_rows.items() if r["rev"] > 0}
        d.seen_cursors, d.seen_hlc = cursors, state.last_hlc or ""
        if not converged:
            return
        # G2: rows in scope equal the hub's; every conflict in scope is here too.
        pending = {e.record_id for e in outbox if e.status in ("pending", "held")}
        assert not pending, f"G2: {d.name} still has edits waiting"
        for (table, rid), r in rows.items():
            if not readable(caller, r.org_id, r.visibility):
                continue
            mine = local_rows.get((table, rid))
            assert mine is not None, f"G2: {d.name} lacks {table}/{rid}"
            here, there = (mine["rev"], bool(mine["deleted"])), (r.rev, r.deleted)
            assert here == there, f"G2: {d.name} {table}/{rid} (rev, deleted) {here} != the hub's {there}"
            for name, value in r.data.items():
                assert mine[name] == value, f"G2: {d.name} {table}/{rid}.{name}: {mine[name]!r} != {value!r}"
        for cid, c in conflicts.items():
            if readable(caller, c.org_id, c.visibility):
                assert cid in local_conflicts, f"G2: conflict {cid} not visible on {d.name}"
                assert local_conflicts[cid].resolution == c.resolution
            else:
                assert cid not in local_conflicts
