"""The hub's side of USB sync: ``pan-hub sync import`` applies a device's up-pack exactly as an online
push (ledger, backlog, permissions, quarantine, conflicts: :class:`BatchApplier`), and ``pan-hub sync
export`` writes a down-pack — everything in the device's scope after the cursors its last up-pack
carried, with the ledger's answers to its edits — signed by the hub and sealed to the device.

Every pack imported or exported is logged in ``usb_packs``: importing the same pack again returns the
stored result and changes nothing; a pack older than one already imported from that device is refused.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Integer, String, func, select
from sqlalchemy.orm import Mapped, mapped_column

from pan_desktop.core.ids import uuid7
from pan_desktop.core.shared import protocol as p
from pan_desktop.core.shared.clock import utcnow
from pan_desktop.core.sync.usb_pack import ACK_HASH_CHARS, Manifest, PackError, pack_path, read_pack, write_pack
from pan_desktop.hub.auth import Auth, Caller
from pan_desktop.hub.merge import MAX_BATCH, BatchApplier
from pan_desktop.hub.models import Backlog, Device, DeviceOp, HubBase
from pan_desktop.hub.pull import MAX_PAGE, pull_page
from pan_desktop.hub.store import HubStore

MAX_PAGES = 100_000


class UsbPack(HubBase):
    """A pack the hub imported (``up``) or wrote (``down``), and what came of it."""

    __tablename__ = "usb_packs"
    pack_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(4))
    number: Mapped[int] = mapped_column(Integer)
    at: Mapped[str] = mapped_column(String(32))
    cursors: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # up: the device's pull cursors
    first_unacked: Mapped[int] = mapped_column(Integer, default=1)  # up: its oldest unacknowledged edit
    result: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


def ensure_table(store: HubStore) -> None:
    """The table exists in hubs initialised before USB sync existed too."""
    UsbPack.__table__.create(store.engine, checkfirst=True)


@dataclass
class HubImport:
    pack_id: str
    device_id: str
    entries: int
    already_imported: bool = False
    results: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _device_key(store: HubStore):
    def key(device_id: str) -> str:
        with store.read() as s:
            dev = s.get(Device, device_id)
        if dev is None:
            raise PackError("This pack comes from a device this hub does not know; nothing was imported.",
                            code="usb.unknown_sender")
        if dev.revoked:
            raise PackError("This pack comes from a device whose access was revoked; nothing was imported.",
                            code="usb.revoked")
        return dev.public_key
    return key


def import_up_pack(store: HubStore, path: Path) -> HubImport:
    """Verify a device's up-pack and apply its edits as an online push would."""
    ensure_table(store)
    auth = Auth(store)
    opened = read_pack(Path(path), "up", store.hub_id, auth.signing_key(), _device_key(store))
    m, body = opened.manifest, opened.payload
    try:
        if body.get("device_id") != m.sender:
            raise ValueError("device id")
        entries = p.from_wire(list[p.Entry], body["entries"])
        cursors = {str(k): int(v) for k, v in dict(body.get("cursors") or {}).items()}
        first = int(body.get("first_unacked") or 1)
    except (KeyError, TypeError, ValueError) as exc:
        raise PackError("This pack's contents cannot be read; nothing was imported.", code="usb.damaged") from exc
    with store.read() as s:
        seen = s.get(UsbPack, m.pack_id)
        newest = s.execute(select(func.max(UsbPack.number)).where(
            UsbPack.device_id == m.sender, UsbPack.kind == "up")).scalar()
    if seen is not None:
        return HubImport(m.pack_id, m.sender, len(entries), True, dict(seen.result))
    if newest is not None and m.number <= newest:
        raise PackError("This pack is older than one already imported from this device; nothing was imported "
                        "(its edits came with the newer pack).", code="usb.stale")
    counts = dict.fromkeys(p.RESULTS, 0)
    entries.sort(key=lambda e: e.device_seq)
    for i in range(0, len(entries), MAX_BATCH):
        with store.read() as s:
            dev = s.get(Device, m.sender)
        results, _high = BatchApplier(store, Caller(dev.id, dev.org_id, dev.role, dev.next_seq)).run(entries[i:i + MAX_BATCH])
        for r in results:
            counts[r.status] = counts.get(r.status, 0) + 1
    with store.write() as s:
        s.add(UsbPack(pack_id=m.pack_id, device_id=m.sender, kind="up", number=m.number, at=utcnow(),
                      cursors=cursors, first_unacked=first, result=counts))
    return HubImport(m.pack_id, m.sender, len(entries), False, counts)


@dataclass
class HubExport:
    file: str
    pack_id: str
    device_id: str
    rows: int
    conflicts: int
    acknowledgements: int
    bytes: int

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def export_down_pack(store: HubStore, device_id: str, out: Path) -> HubExport:
    """Write the pack that brings ``device_id`` up to date: rows after the cursors of its last up-pack
    (from the start when none came yet), and the ledger's result for each of its unacknowledged edits."""
    ensure_table(store)
    auth = Auth(store)
    with store.read() as s:
        dev = s.get(Device, device_id)
        if dev is None:
            raise PackError(f"No device with id {device_id}. List them with: pan-hub --db URL devices",
                            code="usb.unknown_device", device=device_id)
        if dev.revoked:
            raise PackError("This device's access was revoked; no pack is made for it.", code="usb.revoked")
        last_up = s.execute(select(UsbPack).where(UsbPack.device_id == device_id, UsbPack.kind == "up")
                            .order_by(UsbPack.number.desc()).limit(1)).scalar()
        number = (s.execute(select(func.max(UsbPack.number)).where(
            UsbPack.device_id == device_id, UsbPack.kind == "down")).scalar() or 0) + 1
        cursors = dict(last_up.cursors) if last_up is not None else {}
        first = last_up.first_unacked if last_up is not None else 1
        caller = Caller(dev.id, dev.org_id, dev.role, dev.next_seq)
        rows, conflicts, hwm = [], [], 0
        for _ in range(MAX_PAGES):
            page = pull_page(s, caller, p.PullRequest(cursors, hwm, MAX_PAGE))
            rows += page.rows
            conflicts += page.conflicts
            cursors, hwm = page.cursors, page.hwm
            if not page.has_more:
                break
        ops = list(s.scalars(select(DeviceOp).where(DeviceOp.device_id == device_id, DeviceOp.device_seq >= first)))
        held = list(s.scalars(select(Backlog).where(Backlog.device_id == device_id, Backlog.device_seq >= first)))
        device_high = dev.next_seq - 1
        public_key = dev.public_key
    results = [p.EntryResult(o.device_seq, o.status, o.reason) for o in ops]
    results += [p.EntryResult(b.device_seq, "held", "waiting for an earlier edit") for b in held]
    hashes = {str(o.device_seq): o.hash[:ACK_HASH_CHARS] for o in ops}
    hashes |= {str(b.device_seq): b.hash[:ACK_HASH_CHARS] for b in held}
    pack_id = uuid7()
    page = p.PullPage(rows, conflicts, cursors, False, hwm)
    payload = {"pack_id": pack_id, "device_id": device_id, "results": p.to_wire(results), "hashes": hashes,
               "device_high": device_high, "server_time_ms": int(time.time() * 1000), "page": p.to_wire(page)}
    manifest = Manifest(pack_id, "down", store.hub_id, device_id, store.hub_id, store.epoch, number, utcnow(),
                        summary={"rows": len(rows), "conflicts": len(conflicts), "acknowledgements": len(results)})
    out = pack_path(out)
    size = write_pack(out, manifest, payload, auth.signing_key(), public_key)
    with store.write() as s:
        s.add(UsbPack(pack_id=pack_id, device_id=device_id, kind="down", number=number, at=utcnow(),
                      result=manifest.summary))
    return HubExport(str(out), pack_id, device_id, len(rows), len(conflicts), len(results), size)
