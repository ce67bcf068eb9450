"""Applying a pushed batch (SYNC.md "Hub"): the device ledger, the backlog, permissions and the
per-field merge with its conflict log. One batch is one write transaction."""

from __future__ import annotations

import dataclasses
import math
import re
import time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pan_desktop.core.shared.clock import Stamp, utcnow
from pan_desktop.core.ids import uuid7
from pan_desktop.core.shared.privacy import erased_values, purges, visibility_for
from pan_desktop.core.shared.schema import TABLES
from pan_desktop.core.shared.validation import clean_field, clean_values
from pan_desktop.core.sync.faults import fault_point
from pan_desktop.core.shared.protocol import CONFLICTS_TABLE, KINDS, PUBLIC_ORG, Entry, EntryResult, from_wire, to_wire
from pan_desktop.hub.auth import Caller
from pan_desktop.hub.site_rules import locked_assessment
from pan_desktop.hub.models import Backlog, ChangeRow, Conflict, Counter, Device, DeviceOp, HubRow, Quarantine
from pan_desktop.hub.org_links import PushLinks
from pan_desktop.hub.store import HubStore

CLAMP_MS = 5 * 60 * 1000  # incoming stamps count as at most the hub's time + 5 minutes
MAX_BATCH = 2000
MAX_INT = 2**62  # integers the hub stores (edit numbers, versions, cursors) stay well inside 64 bits
MAX_JSON_INT = 2**53  # integers inside field values: exact in every JSON reader
UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class Refused(Exception):
    """An entry the hub will not apply (quarantined with this reason; the rest of the batch applies)."""


def scope_of(org_id: str, visibility: str) -> str:
    """``net`` for rows every device reads; the org id for ``org``-visibility rows."""
    return "net" if visibility in ("network", "public") or org_id == PUBLIC_ORG else org_id


def check_value(value: Any, where: str, depth: int = 0) -> None:
    """Refuse what the hub could store but not send back as JSON every reader takes: strings that are
    not valid Unicode (lone surrogates), NaN and infinities, integers beyond 2**53, deep nesting."""
    if depth > 20:
        raise Refused(f"{where}: nested too deeply")
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise Refused(f"{where}: the text is not valid Unicode") from None
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int):
        if abs(value) > MAX_JSON_INT:
            raise Refused(f"{where}: the number is out of range")
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise Refused(f"{where}: the number is not finite")
    elif isinstance(value, list):
        for v in value:
            check_value(v, where, depth + 1)
    elif isinstance(value, dict):
        for k, v in value.items():
            check_value(k, where, depth + 1)
            check_value(v, where, depth + 1)


def check_entry(e: Entry) -> None:
    """What every entry must be before the hub looks further: canonical ids, a stamp it can read, numbers
    in range, text that is valid Unicode. Raises :class:`Refused` (the entry is quarantined)."""
    for name in ("table", "id", "org", "hlc", "user", "visibility", "kind"):
        check_value(getattr(e, name), name)
    if not UUID_RE.fullmatch(e.id):
        raise Refused("the record id is not a UUID in canonical lower case")
    if not 0 <= e.base_rev <= MAX_INT:
        raise Refused("the base version is out of range")
    try:
        Stamp.parse(e.hlc)
    except (ValueError, AttributeError, TypeError):
        raise Refused("the edit's time stamp cannot be read") from None
    check_value(e.fields, "fields")


def _unledgerable(e: Entry) -> str:
    """Why an entry cannot even be recorded in the ledger, or ""."""
    return "" if 1 <= e.device_seq <= MAX_INT else "the edit number is out of range"


def ledger_hash(e: Entry) -> str:
    """The entry's content hash; for text that is not valid Unicode (which no device of ours sends, and
    which is then refused) a hash of its escaped form, so it is still recorded in the ledger."""
    try:
        return e.content_hash()
    except UnicodeEncodeError:
        import hashlib
        import json

        return hashlib.sha256(json.dumps(to_wire(e), sort_keys=True).encode()).hexdigest()


def stored_stamp(hlc: str, now_ms: int) -> str:
    """The stamp as stored: its wall time at most the hub's time + 5 minutes, so a laptop whose clock ran
    far ahead cannot win every later comparison with a stamp from the future."""
    st = Stamp.parse(hlc)
    return hlc if st.wall_ms <= now_ms + CLAMP_MS else str(Stamp(now_ms + CLAMP_MS, st.counter, st.device))


def clamp(hlc: str, now_ms: int) -> tuple:
    """A sortable key for a stamp, with the wall time clamped to ``now + 5 min``; ties break on device."""
    try:
        st = Stamp.parse(hlc)
    except (ValueError, AttributeError):
        return (0, 0, "")
    return (min(st.wall_ms, now_ms + CLAMP_MS), st.counter, st.device)


class BatchApplier:
    """Applies one device's batch; ``run`` returns a result per entry and the device's high seq."""

    def __init__(self, store: HubStore, caller: Caller):
        self.store = store
        self.caller = caller
        self.now_ms = int(time.time() * 1000)
        self.now = utcnow()
        self.s: Session
        self.counter: Counter
        self.dev: Device

    def run(self, entries: list[Entry]) -> tuple[list[EntryResult], int]:
        by_seq: dict[int, Entry] = {}
        out_of_range = []
        for e in entries[:MAX_BATCH]:
            reason = _unledgerable(e)
            if reason:  # cannot be kept in the ledger: refused, never stored (no device of ours sends it)
                out_of_range.append(EntryResult(e.device_seq, "quarantined", reason))
                continue
            by_seq.setdefault(e.device_seq, e)
        with self.store.write() as s:
            self.s = s
            self.counter = self.store.lock_counter(s)
            self.links = PushLinks(s)
            self.dev = s.get(Device, self.caller.device_id)
            ledger = {op.device_seq: op for op in s.scalars(select(DeviceOp).where(
                DeviceOp.device_id == self.dev.id, DeviceOp.device_seq.in_(list(by_seq))))}
            self._has_backlog = s.execute(select(Backlog.device_seq).where(Backlog.device_id == self.dev.id).limit(1)).first() is not None
            self._preload_rows(by_seq.values())
            results = []
            for k, seq in enumerate(sorted(by_seq)):
                if k == len(by_seq) // 2:
                    fault_point("hub.mid_batch")
                results.append(self._one(by_seq[seq], ledger))
            self.links.finish(self._next_seq)
            self.dev.last_seen = self.now
            high = self.dev.next_seq - 1
        fault_point("hub.after_commit")
        return out_of_range + results, high

    def _preload_rows(self, entries) -> None:
        """One query by id (indexed) per 500 ids puts the batch's rows in the session, so each entry finds
        its row there, and notes the table of every id seen (an id is unique across tables)."""
        self._rows: dict[tuple[str, str], HubRow] = {}
        self._known = {(e.table, e.id) for e in entries}
        self._id_table: dict[str, str] = {}
        every = sorted({e.id for e in entries})
        for i in range(0, len(every), 500):
            for row in self.s.scalars(select(HubRow).where(HubRow.id.in_(every[i:i + 500]))):
                self._id_table[row.id] = row.table_name
                if (row.table_name, row.id) in self._known:
                    self._rows[(row.table_name, row.id)] = row

    # -- ledger and backlog ---------------------------------------------------------------------------
    def _one(self, e: Entry, ledger: dict[int, DeviceOp]) -> EntryResult:
        seq, h = e.device_seq, ledger_hash(e)
        if getattr(self, "_refused", False) and seq >= self.dev.next_seq:
            reason = "refused with its batch: an earlier edit number in it collided with a different edit"
            return self._record(e, h, "quarantined", reason)
        if seq < self.dev.next_seq:
            op = ledger.get(seq) or self.s.get(DeviceOp, (self.dev.id, seq))
            if op is not None and op.hash == h:
                return EntryResult(seq, "duplicate" if op.status == "applied" else op.status, op.reason)
            self._refused = True
            return EntryResult(seq, "mismatch", "the hub already has a different edit with this number "
                                                "(was this device restored from a backup?)")
        if seq > self.dev.next_seq:
            held = self.s.get(Backlog, (self.dev.id, seq))
            if held is None:
                self._has_backlog = True
                self.s.add(Backlog(device_id=self.dev.id, device_seq=seq, hash=h, entry=to_wire(e), received_at=self.now))
            elif held.hash != h:
                self._refused = True
                return EntryResult(seq, "mismatch", "a different edit with this number is waiting in the hub backlog")
            return EntryResult(seq, "held", f"waiting for edit {self.dev.next_seq}")
        result = self._apply(e, h)
        self._drain()
        return result

    def _drain(self) -> None:
        if not self._has_backlog:
            return
        while (held := self.s.get(Backlog, (self.dev.id, self.dev.next_seq))) is not None:
            entry = from_wire(Entry, held.entry)
            self.s.delete(held)
            self._apply(entry, held.hash)

    def _apply(self, e: Entry, h: str) -> EntryResult:
        try:
            self._apply_entry(e)
            return self._record(e, h, "applied", "")
        except Refused as exc:
            return self._record(e, h, "quarantined", str(exc))

    def _record(self, e: Entry, h: str, status: str, reason: str) -> EntryResult:
        self.s.add(DeviceOp(device_id=self.dev.id, device_seq=e.device_seq, hash=h, status=status, reason=reason))
        if status == "quarantined":
            self.s.add(Quarantine(device_id=self.dev.id, device_seq=e.device_seq, reason=reason, entry=to_wire(e), at=self.now))
        self.dev.next_seq = max(self.dev.next_seq, e.device_seq + 1)
        return EntryResult(e.device_seq, status, reason)

    # -- one entry ------------------------------------------------------------------------------------
    def _apply_entry(self, e: Entry) -> None:
        if e.kind not in KINDS:
            raise Refused(f"unknown kind of edit '{e.kind}'")
        check_entry(e)
        e = dataclasses.replace(e, hlc=stored_stamp(e.hlc, self.now_ms))
        if e.kind == "resolve":
            return self._resolve(e)
        spec = TABLES.get(e.table)
        if spec is None:
            raise Refused(f"unknown table '{e.table}'")
        fields = self._clean_fields(e)
        key = (e.table, e.id)
        row = self._rows.get(key) if key in self._known else self.s.get(HubRow, key)  # drained: not preloaded
        self._check_write(row.org_id if row else e.org)
        if locked := locked_assessment(self.s, e, row, fields):
            raise Refused(locked)
        fields = self.links.before(e.table, fields, row)
        if row is None:
            if e.kind != "create":
                raise Refused("the record is not on the hub (its creation never arrived)")
            elsewhere = self._id_table.get(e.id) if key in self._known else self.s.execute(
                select(HubRow.table_name).where(HubRow.id == e.id).limit(1)).scalar()
            if elsewhere not in (None, e.table):
                raise Refused("this id already belongs to a record of another kind")
            self._insert(e, fields)
        else:
            self._merge(row, e, fields)
        self.links.after(self._rows.get(key) or row, self.now_ms, self.now, self._next_seq)

    def _clean_fields(self, e: Entry) -> dict[str, dict[str, Any]]:
        spec = TABLES[e.table]
        out = {}
        for name, change in e.fields.items():
            if not isinstance(change, dict) or "new" not in change:
                raise Refused(f"field '{name}': an edit must give its old and new value")
            if name == "deleted":
                if not isinstance(change["new"], bool):
                    raise Refused("field 'deleted' must be true or false")
                out[name] = change
                continue
            if name not in spec.names:
                raise Refused(f"unknown field '{name}' for {e.table}")
            try:
                new = clean_field(spec.field(name), change["new"])
            except ValueError as exc:
                raise Refused(f"field '{name}': {exc}") from None
            out[name] = {"old": change.get("old"), "new": new}
        return out

    def _check_write(self, org_id: str) -> None:
        role = self.dev.role
        if role == "secretariat":
            return
        if role != "contributor":
            raise Refused("this device may read but not change records (viewer); ask the secretariat for contributor access")
        if org_id != self.dev.org_id:
            who = "the network's public records" if org_id == PUBLIC_ORG else "another organisation"
            raise Refused(f"this record belongs to {who}; only its members or the secretariat can change it")

    def _insert(self, e: Entry, fields: dict) -> None:
        spec = TABLES[e.table]
        user = self._who(e)
        data = spec.empty_values()
        data.update({n: d["new"] for n, d in fields.items() if n != "deleted"})
        set_fields = [n for n in fields if n != "deleted"]
        visibility = visibility_for(spec, e.visibility if e.visibility in ("network", "org", "public") else "network")
        if spec.org_only and e.org == PUBLIC_ORG:
            raise Refused("personal data cannot belong to the network's public records")
        if e.org == PUBLIC_ORG:
            visibility = "public"
        row = HubRow(table_name=e.table, id=e.id, org_id=e.org, visibility=visibility, rev=1,
                     server_seq=self._next_seq(), updated_hlc=e.hlc, updated_by=user,
                     field_revs={n: e.hlc for n in set_fields}, field_by={n: user for n in set_fields},
                     deleted=bool(fields.get("deleted", {}).get("new", False)), deleted_by="",
                     created_at=self.now, updated_at=self.now, data=data)
        self.s.add(row)
        self._rows[(e.table, e.id)] = row
        self._id_table[e.id] = e.table
        self._log(row.server_seq, row.org_id, row.visibility, e.table, e.id, 1, "create")

    def _merge(self, row: HubRow, e: Entry, fields: dict) -> None:
        user = self._who(e)
        if purges(TABLES[row.table_name]) and (row.deleted or fields.get("deleted", {}).get("new") is True):
            return self._purge(row, e, user)
        data, revs, by = dict(row.data), dict(row.field_revs), dict(row.field_by)
        mine = clamp(e.hlc, self.now_ms)
        changed, conflicts = False, []
        edits = {n: d for n, d in fields.items() if n != "deleted"}
        for name, d in edits.items():
            old, new, stored = d.get("old"), d["new"], data.get(name)
            theirs = revs.get(name, "")
            if stored == new:
                if mine > clamp(theirs, self.now_ms):  # the same value, written later: the field is this edit's now
                    revs[name], by[name], changed = e.hlc, user, True
                continue
            if stored == old and (mine >= clamp(theirs, self.now_ms) or not self._changed_by_others(row, e.base_rev)):
                data[name], revs[name], by[name], changed = new, e.hlc, user, True
                continue
            if mine > clamp(theirs, self.now_ms):
                conflicts.append((name, old, new, user, e.hlc, stored, by.get(name, ""), theirs))
                data[name], revs[name], by[name], changed = new, e.hlc, user, True
            else:
                conflicts.append((name, old, stored, by.get(name, ""), theirs, new, user, e.hlc))
        if row.deleted and edits:
            # Edit beats delete: the row comes back and the delete is logged as the losing side.
            conflicts.append(("deleted", False, False, user, e.hlc, True, row.deleted_by, revs.get("deleted", "")))
            row.deleted, changed = False, True
        elif "deleted" in fields and bool(fields["deleted"]["new"]) != row.deleted:
            if not fields["deleted"]["new"]:
                row.deleted, changed = False, True
            elif self._changed_by_others(row, e.base_rev):
                # Delete against a changed row: keep the row, log the delete as the losing side.
                conflicts.append(("deleted", False, False, row.updated_by, row.updated_hlc, True, user, e.hlc))
            else:
                row.deleted, row.deleted_by, revs["deleted"], changed = True, user, e.hlc, True
        if not changed and not conflicts:
            return
        # Bumped even when only a losing conflict was logged, so the losing device pulls the kept row back.
        row.data, row.field_revs, row.field_by = data, revs, by
        row.rev += 1
        row.server_seq = self._next_seq()
        if changed:
            row.updated_hlc = max(row.updated_hlc, e.hlc, key=lambda h: clamp(h, self.now_ms))
            row.updated_by, row.updated_at = user, self.now
        self._log(row.server_seq, row.org_id, row.visibility, row.table_name, row.id, row.rev,
                  "delete" if row.deleted else "update")
        for c in conflicts:
            self._conflict(row, *c)

    def _purge(self, row: HubRow, e: Entry, user: str) -> None:
        """Delete a personal record for good: its personal fields and logged conflicts are erased, and an
        edit of an erased record changes nothing (the version moves so the editing device pulls it back)."""
        spec = TABLES[row.table_name]
        row.data = {**row.data, **erased_values(spec)}
        row.field_revs = {n: r for n, r in row.field_revs.items() if n not in spec.personal}
        row.field_by = {n: b for n, b in row.field_by.items() if n not in spec.personal}
        if not row.deleted:
            row.deleted, row.deleted_by, row.updated_by, row.updated_at = True, user, user, self.now
            row.field_revs = {**row.field_revs, "deleted": e.hlc}
        row.rev += 1
        row.server_seq = self._next_seq()
        self._log(row.server_seq, row.org_id, row.visibility, row.table_name, row.id, row.rev, "delete")
        for c in self.s.scalars(select(Conflict).where(Conflict.table_name == row.table_name, Conflict.record_id == row.id)):
            c.base = c.kept = c.other = None
            c.server_seq = self._next_seq()
            self._log(c.server_seq, c.org_id, c.visibility, CONFLICTS_TABLE, c.id, 0, "update")

    def _changed_by_others(self, row: HubRow, base_rev: int) -> bool:
        q = select(ChangeRow.server_seq).where(
            ChangeRow.table_name == row.table_name, ChangeRow.record_id == row.id, ChangeRow.rev > base_rev,
            ChangeRow.device_id != self.dev.id, ChangeRow.device_id != "").limit(1)
        return self.s.execute(q).first() is not None

    def _conflict(self, row: HubRow, name, base, kept, kept_by, kept_hlc, other, other_by, other_hlc) -> None:
        c = Conflict(id=uuid7(), table_name=row.table_name, record_id=row.id, field=name, base=base, kept=kept,
                     other=other, kept_by=kept_by, kept_hlc=kept_hlc, other_by=other_by, other_hlc=other_hlc,
                     org_id=row.org_id, visibility=row.visibility, created_at=self.now, server_seq=self._next_seq(),
                     resolution="", resolved_by="", resolved_at="")
        self.s.add(c)
        self._log(c.server_seq, c.org_id, c.visibility, CONFLICTS_TABLE, c.id, 0, "create")

    def _resolve(self, e: Entry) -> None:
        c = self.s.get(Conflict, e.id)
        if c is None:
            raise Refused("the conflict being resolved is not on the hub")
        self._check_write(c.org_id)
        if c.resolution:
            return  # the first resolution stands; a later one changes nothing
        resolution = e.fields.get("resolution")
        choice = resolution.get("new") if isinstance(resolution, dict) else None
        if isinstance(choice, dict):
            choice = choice.get("choice")
        if choice not in ("keep", "use_other", "value"):
            raise Refused("a resolution must be keep, use_other or value")
        c.resolution, c.resolved_by, c.resolved_at = choice, self._who(e), self.now
        c.server_seq = self._next_seq()
        self._log(c.server_seq, c.org_id, c.visibility, CONFLICTS_TABLE, c.id, 0, "resolve")

    def _who(self, e: Entry) -> str:
        """Who made an edit, as people read it: the person's name, else the name given to the computer
        when it joined, else the end of its id."""
        return e.user or (self.dev.label or "").strip()[:80] or self.dev.id[-12:]

    # -- sequence and log -----------------------------------------------------------------------------
    def _next_seq(self) -> int:
        self.counter.value += 1
        return self.counter.value

    def _log(self, seq: int, org_id: str, visibility: str, table: str, record_id: str, rev: int, kind: str) -> None:
        self.s.add(ChangeRow(server_seq=seq, scope=scope_of(org_id, visibility), org_id=org_id, table_name=table,
                             record_id=record_id, rev=rev, kind=kind, device_id=self.dev.id))


def load_seed_rows(store: HubStore, records: dict[str, list[dict[str, Any]]], seed_hlc: str) -> int:
    """Insert bundled records (fixed ids, ``SEED_HLC``) as ``public`` rows; ones present are left alone."""
    added = 0
    now = utcnow()
    with store.write() as s:
        counter = store.lock_counter(s)
        for table, items in records.items():
            spec = TABLES[table]
            for item in items:
                if s.get(HubRow, (table, item["id"])) is not None:
                    continue
                data = spec.empty_values()
                data.update(clean_values(spec, {k: v for k, v in item.items() if k != "id"}))
                counter.value += 1
                s.add(HubRow(table_name=table, id=item["id"], org_id=PUBLIC_ORG, visibility="public", rev=1,
                             server_seq=counter.value, updated_hlc=seed_hlc, updated_by="PAN",
                             field_revs={n: seed_hlc for n, v in data.items() if v not in ("", [], None, False)},
                             field_by={}, deleted=False, deleted_by="", created_at=now, updated_at=now, data=data))
                s.add(ChangeRow(server_seq=counter.value, scope="net", org_id=PUBLIC_ORG, table_name=table,
                                record_id=item["id"], rev=1, kind="create", device_id=""))
                added += 1
    return added

