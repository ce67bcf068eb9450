"""The composition of the core: one data dir, its database, the device identity and every service.

``Services`` is the facade the UI and the CLI use; each service it holds receives only what it uses
(the database, the person's name), and every write is announced once by the database itself
(``services.changed`` is ``db.changed``)."""

from __future__ import annotations

import logging
from functools import cached_property
from pathlib import Path

from sqlalchemy import func, select

from pan_desktop.core.db import Database
from pan_desktop.core.errors import NotFound
from pan_desktop.core.events import DataChanged, Observer
from pan_desktop.core.ids import uuid7
from pan_desktop.core.models import RECORD_MODELS, DeviceState, OutboxEntry
from pan_desktop.core.paths import ensure_data_dir
from pan_desktop.core.services.records import Record, RecordService, _check_id, record_from_row
from pan_desktop.core.settings import Settings
from pan_desktop.core.shared.schema import TABLES
from pan_desktop.core.sync.conflicts import ConflictService

log = logging.getLogger(__name__)


class Services:
    """Everything the UI, the CLI and sync may do to the data. Safe to share across threads: each call
    opens its own session."""

    def __init__(self, data_dir: Path, db: Database):
        self.data_dir = data_dir
        self.db = db
        self.read_only = db.read_only  # browse, search, read and print; nothing can be saved
        self.changed: Observer[DataChanged] = db.changed
        self.settings = Settings.load(data_dir)
        self.records = {t: RecordService(db, t, self._user) for t in TABLES}
        self.conflicts = ConflictService(db, self._user)
        self.device_id = self._read_device() if self.read_only else self._ensure_device()

    @classmethod
    def open(cls, data_dir: Path) -> "Services":
        """Open (creating and migrating if needed) the data dir."""
        data_dir = ensure_data_dir(Path(data_dir))
        refuse_emptied_database(data_dir)
        return cls(data_dir, Database.in_dir(data_dir))

    @classmethod
    def open_read_only(cls, data_dir: Path) -> "Services":
        """Open the database of a data dir that cannot be written (a write-protected USB stick): nothing is
        created, migrated or saved; a database at an older or newer schema raises DataDirError."""
        return cls(Path(data_dir), Database.in_dir(data_dir, read_only=True))

    def close(self) -> None:
        self.db.dispose()

    @property
    def user(self) -> str:
        return self.settings.user_name

    def _user(self) -> str:
        return self.settings.user_name

    @property
    def initiatives(self) -> RecordService:
        return self.records["initiatives"]

    @property
    def organizations(self) -> RecordService:
        return self.records["organizations"]

    @property
    def policies(self) -> RecordService:
        return self.records["policies"]

    @property
    def events(self) -> RecordService:
        return self.records["events"]

    def _ensure_device(self) -> str:
        with self.db.write() as s:
            state = s.get(DeviceState, 1)
            if state is None:
                state = DeviceState(id=1, device_id=uuid7(), last_hlc="", clock_offset_ms=0, org_id="")
                s.add(state)
                log.info("new device id %s", state.device_id)
            return state.device_id

    def _read_device(self) -> str:
        with self.db.session() as s:
            state = s.get(DeviceState, 1)
            return state.device_id if state is not None else ""

    def find(self, record_id: str, include_deleted: bool = False) -> Record:
        """A record of any area by id."""
        record_id = _check_id(record_id)
        with self.db.session() as s:
            for table, model in RECORD_MODELS.items():
                tbl = model.__table__
                row = s.execute(select(tbl).where(tbl.c.id == record_id)).mappings().first()
                if row is not None and (include_deleted or not row["deleted"]):
                    return record_from_row(table, row)
        raise NotFound(f"No record with id {record_id}.")

    def counts(self) -> dict[str, int]:
        """Live records per area."""
        return {t: svc.count() for t, svc in self.records.items()}

    def pending_outbox(self) -> int:
        with self.db.session() as s:
            return s.execute(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.status == "pending")).scalar_one()

    @cached_property
    def interchange(self):
        from pan_desktop.core.services.interchange import Interchange

        return Interchange(self.db, self._user, self.initiatives)

    @cached_property
    def training(self):
        from pan_desktop.core.training.service import TrainingService

        return TrainingService(self.db, self._user)

    def sync_engine(self, **options):
        """A :class:`~pan_desktop.core.sync.engine.SyncEngine` for this data dir (``options``: its
        client factory, progress and cancel callbacks, ``run_write``)."""
        from pan_desktop.core.sync.engine import SyncEngine

        return SyncEngine(self.db, self.data_dir, self.device_id, **options)

    def save_settings(self) -> None:
        self.settings.save(self.data_dir)


def refuse_emptied_database(data_dir: Path) -> None:
    """A zero-byte database beside this computer's sync key is damage (a crash, a full disk, a bad copy),
    not a new computer: say so rather than start an empty one that would join the hub as someone else."""
    from pan_desktop.core.db import DB_FILENAME
    from pan_desktop.core.errors import DataDirError
    from pan_desktop.core.sync.identity import Identity

    db = data_dir / DB_FILENAME
    if db.is_file() and db.stat().st_size == 0 and Identity(data_dir).key_path.exists():
        raise DataDirError(f"The database {db} is empty although this computer has joined the network's hub: it "
                           "was damaged. Move it out of the data folder and put back one of the backups beside it; "
                           "the computer's sync key is kept.", code="data_dir.damaged", path=str(db))
