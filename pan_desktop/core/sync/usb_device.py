"""A device's side of USB sync: ``sync export`` writes an up-pack, ``sync import`` applies a down-pack.

The up-pack holds every edit the hub has not acknowledged (so a lost stick loses nothing) and the pull
cursors, which tell the hub where this device's next down-pack starts. A down-pack is applied as one
online answer is, through :func:`local.apply_response` in one write transaction: acknowledgements,
pulled rows (through the change writer), conflicts and cursors together, announced once. An
acknowledgement counts only for the very edit the hub recorded (same number and same hash).

The numbers of the packs made and the last one imported live in ``<data dir>/sync/usb.json``; a pack
already imported is a no-op and an older one is refused, before anything is written.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pan_desktop.core.errors import Interrupted
from pan_desktop.core.files import write_atomic
from pan_desktop.core.ids import uuid7
from pan_desktop.core.shared import protocol as p
from pan_desktop.core.shared.clock import utcnow
from pan_desktop.core.sync import local
from pan_desktop.core.sync.client import SyncError
from pan_desktop.core.sync.identity import Identity
from pan_desktop.core.sync.usb_pack import ACK_HASH_CHARS, Manifest, PackError, pack_path, read_pack, write_pack

T = TypeVar("T")
STATE_FILE = "usb.json"


@dataclass
class ExportReport:
    file: str
    pack_id: str
    entries: int
    first_seq: int
    last_seq: int
    bytes: int

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class ImportReport:
    file: str
    pack_id: str
    already_imported: bool = False
    acknowledged: int = 0
    pulled: int = 0
    conflicts: int = 0
    held: int = 0
    quarantined: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        out = {k: v for k, v in self.__dict__.items() if k != "extra"}
        out.update(self.extra)
        return out


class UsbDevice:
    """USB sync for one data dir (``services``: its database, data dir and device id). ``run_write(fn)``
    runs the database write (the window passes its single write thread); ``cancelled`` is polled
    between steps, never after the write has started."""

    def __init__(self, services, run_write: Callable[[Callable[[], T]], T] | None = None,
                 cancelled: Callable[[], bool] | None = None):
        self.services = services
        self.identity = Identity(services.data_dir)
        self.run_write = run_write or (lambda fn: fn())
        self.cancelled = cancelled or (lambda: False)

    # -- state --------------------------------------------------------------------------------------
    @property
    def state_path(self) -> Path:
        return self.identity.dir / STATE_FILE

    def _state(self) -> dict[str, Any]:
        try:
            data = json.loads(self.state_path.read_text("utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _save_state(self, state: dict[str, Any]) -> None:
        self.identity.dir.mkdir(parents=True, exist_ok=True)
        write_atomic(self.state_path, json.dumps(state).encode("utf-8"))

    def _link(self):
        with self.services.db.session() as s:
            link = local.get_link(s)
        if link is None or self.identity.certificate() is None:
            raise SyncError("This computer is not enrolled with a hub yet, so it has no key to exchange packs with. "
                            "Enrol it once (pan-desktop sync enroll --hub URL --code CODE); after that, USB "
                            "packs work without a connection.", code="sync.not_enrolled")
        return link

    def hub_public_key(self) -> str:
        """The hub key pinned at enrolment (kept with the certificate)."""
        data = json.loads((self.identity.dir / "certificate.json").read_text("utf-8"))
        return data["hub_public_key"]

    def _check_cancel(self) -> None:
        if self.cancelled():
            raise Interrupted("Stopped; nothing was changed.")

    # -- export -------------------------------------------------------------------------------------
    def export(self, out: Path) -> ExportReport:
        """Write an up-pack to ``out``: every unacknowledged edit and the pull cursors."""
        link = self._link()
        with self.services.db.session() as s:
            entries = local.entries_to_push(s, 10**9)
            cursors = dict(local.get_link(s).cursors or {})
            first = local.first_unsent_seq(s)
        self._check_cancel()
        state = self._state()
        number = int(state.get("up_number", 0)) + 1
        pack_id = uuid7()
        payload = {"pack_id": pack_id, "device_id": self.services.device_id, "entries": p.to_wire(entries),
                   "cursors": cursors, "first_unacked": first}
        manifest = Manifest(pack_id, "up", self.services.device_id, link.hub_id, link.hub_id, link.epoch, number,
                            utcnow(), summary={"entries": len(entries)})
        out = pack_path(out)
        size = write_pack(out, manifest, payload, self.identity.signing_key(), self.hub_public_key())
        state["up_number"] = number
        self._save_state(state)
        seqs = [e.device_seq for e in entries]
        return ExportReport(str(out), pack_id, len(entries), min(seqs, default=0), max(seqs, default=0), size)

    # -- import -------------------------------------------------------------------------------------
    def import_pack(self, path: Path, confirm_deletes: bool = False) -> ImportReport:
        """Verify a down-pack and apply it as one online answer; nothing is written when it is refused."""
        from pan_desktop.core.sync.engine import SyncLock

        with SyncLock(self.identity.dir / "sync.lock"):  # one sync at a time, whatever its transport
            return self._import(Path(path), confirm_deletes)

    def _import(self, path: Path, confirm_deletes: bool) -> ImportReport:
        from pan_desktop.core.sync.engine import MASS_DELETE_MIN, MASS_DELETE_SHARE, MassDeleteHeld

        link = self._link()
        hub_key = self.hub_public_key()

        def sender_key(sender: str) -> str:
            if sender != link.hub_id:
                raise PackError("This pack comes from another hub than the one this computer is enrolled with; "
                                "nothing was imported.", code="usb.other_hub")
            return hub_key

        opened = read_pack(path, "down", self.services.device_id, self.identity.signing_key(), sender_key)
        m, body = opened.manifest, opened.payload
        state = self._state()
        last = state.get("down") or {}
        report = ImportReport(str(path), m.pack_id)
        if last.get("pack_id") == m.pack_id:
            report.already_imported = True
            return report
        # Pack numbers start again with a restored hub (a new epoch); an older epoch is always stale.
        same_epoch = last.get("epoch") == m.epoch
        if m.epoch < (link.epoch or "") or (same_epoch and m.number <= int(last.get("number", 0))):
            raise PackError("This pack is older than one already imported here; nothing was imported "
                            "(an old pack never takes this computer back).", code="usb.stale")
        try:
            resp = p.PushResponse(p.from_wire(list[p.EntryResult], body["results"]), int(body["device_high"]),
                                  m.hub_id, m.epoch, int(body["server_time_ms"]), p.from_wire(p.PullPage, body["page"]))
            hashes = {int(k): str(v) for k, v in dict(body.get("hashes") or {}).items()}
        except (KeyError, TypeError, ValueError) as exc:
            raise PackError("This pack's contents cannot be read; nothing was imported.", code="usb.damaged") from exc
        self._check_cancel()

        def apply() -> dict[str, int]:
            with self.services.db.write() as s:
                unacked = {e.device_seq: e for e in local.entries_to_push(s, 10**9)}
                # Only the edit the hub recorded is acknowledged: same number and same content.
                sent = [e for seq, e in unacked.items() if hashes.get(seq) == e.content_hash()[:ACK_HASH_CHARS]]
                if not confirm_deletes:
                    deleting, live = local.deletions(s, resp.page.rows), local.live_records(s)
                    if deleting > MASS_DELETE_MIN and deleting > MASS_DELETE_SHARE * (live + deleting):
                        raise MassDeleteHeld(deleting, live)
                counts = local.apply_response(s, resp, sent)
                local.get_link(s).last_sync_at = utcnow()  # a pack from the hub is a sync, however it came
                return counts

        counts = self.run_write(apply)
        state["down"] = {"pack_id": m.pack_id, "number": m.number, "epoch": m.epoch, "imported_at": utcnow()}
        self._save_state(state)
        report.acknowledged, report.pulled = counts.get("pushed", 0), counts.get("pulled", 0)
        report.conflicts, report.held = counts.get("conflicts", 0), counts.get("held", 0)
        report.quarantined = counts.get("quarantined", 0)
        if counts.get("new_epoch"):
            report.extra["new_epoch"] = True
        return report
