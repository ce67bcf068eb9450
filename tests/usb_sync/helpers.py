"""A device that never connects after enrolment, and what a test compares before and after a refusal."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import select

from pan_desktop.core.models import RECORD_MODELS, OutboxEntry, SyncLink
from pan_desktop.core.sync.usb_device import UsbDevice
from pan_desktop.hub.models import Counter, DeviceOp, HubRow
from pan_desktop.hub.usb import export_down_pack, import_up_pack


def round_trip(network, device, tmp: Path, tag: str = "") -> tuple:
    """Device → stick → hub → stick → device; returns the hub's import and the device's import."""
    up = tmp / f"{device.name}{tag}-up.pansync"
    down = tmp / f"{device.name}{tag}-down.pansync"
    UsbDevice(device.services).export(up)
    hub_result = import_up_pack(network.hub.store, up)
    export_down_pack(network.hub.store, device.id, down)
    return hub_result, UsbDevice(device.services).import_pack(down)


def device_state(device) -> str:
    """A digest of every record, outbox entry and the cursors of a device."""
    h = hashlib.sha256()
    with device.services.db.session() as s:
        for model in RECORD_MODELS.values():
            for r in s.execute(select(model.__table__).order_by(model.id)).all():
                h.update(repr(tuple(r)).encode())
        for e in s.scalars(select(OutboxEntry).order_by(OutboxEntry.device_seq)):
            h.update(f"{e.device_seq}{e.status}{e.hash}".encode())
        link = s.get(SyncLink, 1)
        h.update(repr(sorted((link.cursors or {}).items())).encode())
    return h.hexdigest()


def hub_state(hub) -> tuple:
    with hub.store.read() as s:
        return (s.execute(select(Counter.value)).scalar_one(),
                len(list(s.scalars(select(DeviceOp)))), len(list(s.scalars(select(HubRow)))))
