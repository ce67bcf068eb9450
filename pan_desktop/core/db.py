"""The SQLite database: engine, sessions, pragmas, and migrations on open (after a backup).

Reads use :meth:`Database.session`; writes use :meth:`Database.write`, which takes SQLite's write lock
at ``BEGIN IMMEDIATE`` so two writers (threads or processes) queue instead of failing half-way, and
announces through :attr:`Database.changed` what each transaction changed once it committed.
"""

from __future__ import annotations

import json
import logging
import re
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from pan_desktop.core.errors import DataDirError, PanError
from pan_desktop.core.events import ChangeSet, DataChanged, Observer, attach_changes, changes_of, detach_changes
from pan_desktop.core.shared.schema import TABLES
from pan_desktop.core.text import fold

log = logging.getLogger(__name__)
DB_FILENAME = "pan.db"
BACKUPS_KEPT = 5
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _on_connect(dbapi_conn, _record) -> None:
    dbapi_conn.isolation_level = None  # SQLAlchemy's begin event below issues BEGIN itself
    dbapi_conn.create_function("pan_fold", 1, _sql_fold, deterministic=True)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def _on_connect_read_only(dbapi_conn, _record) -> None:
    """A read-only connection sets no journal mode (that would write) and never waits for a lock."""
    dbapi_conn.isolation_level = None
    dbapi_conn.create_function("pan_fold", 1, _sql_fold, deterministic=True)
    dbapi_conn.execute("PRAGMA foreign_keys=ON")


def _sql_fold(value):
    return fold(value) if isinstance(value, str) else value


def _json_dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _on_begin(conn) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("immediate") else "BEGIN")


def _on_execute(conn, _cursor, _statement, _params, context, _executemany) -> None:
    """Inside ``Database.write``: note each table a statement inserts into, updates or deletes from."""
    changes = changes_of(conn)
    if changes is not None and context is not None and (context.isinsert or context.isupdate or context.isdelete):
        table = getattr(context.compiled.statement, "table", None)
        if table is not None:
            changes.wrote(table.name)


def _create_private(path: Path) -> None:
    """Create a new database file owner-only (0600; SQLite gives its -wal and -shm files the same mode):
    it holds the organisation's records, private ones included. An existing file keeps its mode."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))


def make_engine(path: Path, read_only: bool = False) -> Engine:
    """The engine over ``path``. ``read_only`` opens it with SQLite's ``mode=ro``, and ``immutable=1`` when
    its folder cannot be written (a write-protected USB stick: no -wal or -shm file can be made there)."""
    if not read_only:
        _create_private(Path(path))
        engine = create_engine(f"sqlite:///{path}", json_serializer=_json_dumps)
        event.listen(engine, "connect", _on_connect)
        event.listen(engine, "begin", _on_begin)
        event.listen(engine, "before_cursor_execute", _on_execute)
        return engine
    uri = "file:" + quote(str(Path(path).resolve())) + "?mode=ro"
    if not os.access(Path(path).parent, os.W_OK):
        uri += "&immutable=1"
    # the pool a file database gets: the URL "sqlite://" would otherwise choose the in-memory database's
    # one-connection-per-thread pool, which closes a thread's connection while that thread still reads
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
                           poolclass=QueuePool, json_serializer=_json_dumps)
    event.listen(engine, "connect", _on_connect_read_only)
    event.listen(engine, "begin", _on_begin)
    return engine


class Database:
    """One SQLite file; migrated to the current schema when opened."""

    def __init__(self, path: Path, migrate: bool = True, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        self.engine = make_engine(self.path, read_only)
        self.changed: Observer[DataChanged] = Observer()
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self.engine.execution_options(immediate=True), expire_on_commit=False)
        if migrate:
            self.migrate()

    @classmethod
    def in_dir(cls, data_dir: Path, migrate: bool = True, read_only: bool = False) -> "Database":
        return cls(Path(data_dir) / DB_FILENAME, migrate=migrate, read_only=read_only)

    def session(self) -> Session:
        """A session for reading; use as ``with db.session() as s: ...``."""
        return self._read()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one write transaction, committed on success and rolled back on any error.

        After the commit, :attr:`changed` emits one :class:`DataChanged` (on this thread) describing
        what the transaction changed. A transaction that wrote a record table without the change
        writer (core/services/changes.py) is refused: that is the only way in.
        """
        changes = ChangeSet()
        with self._read_only_refused(), self._write() as s:
            attach_changes(s, changes)
            with s.begin():
                conn = s.connection()
                attach_changes(conn, changes)
                try:
                    yield s
                    for flush in changes.before_commit:
                        flush()
                    s.flush()
                    if bypassed := changes.unlogged(TABLES.keys()):
                        raise RuntimeError(f"{', '.join(sorted(bypassed))} written without the change writer; "
                                           "every write to a record table goes through ChangeWriter")
                finally:
                    detach_changes(conn)
        announcement = changes.announcement()
        if announcement is not None:
            self.changed.emit(announcement)

    @contextmanager
    def _read_only_refused(self) -> Iterator[None]:
        """SQLite's "readonly database" (the file, or the disk, cannot be written) as a clear refusal."""
        try:
            yield
        except DatabaseError as exc:
            if "readonly database" not in str(exc.orig):
                raise
            raise PanError(f"{self.path} is read-only, so nothing can be saved: copy the data folder to a place "
                           "you can write, or give your account write permission on the file", code="read_only",
                           path=str(self.path)) from exc

    def dispose(self) -> None:
        self.engine.dispose()

    # -- migrations -------------------------------------------------------------------------------
    def migrate(self) -> None:
        """Bring the schema to head; copy the database beside itself first when it already holds data."""
        if self._at_head_quickly():
            return
        from alembic import command
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory

        cfg = alembic_config()
        head = ScriptDirectory.from_config(cfg).get_current_head()
        try:
            with self.engine.connect() as conn:
                current = MigrationContext.configure(conn).get_current_revision()
                has_tables = bool(inspect(conn).get_table_names())
        except DatabaseError as exc:
            raise DataDirError(
                f"The database {self.path} is damaged or is not a PAN Desktop database ({exc.orig}). "
                "Move it out of the data folder (keep it: it may be recoverable) and start again, "
                "or restore one of the backups beside it.", code="data_dir.damaged", path=str(self.path)
            ) from exc
        if current == head:
            return
        known = {s.revision for s in ScriptDirectory.from_config(cfg).walk_revisions()}
        if current is not None and current not in known:
            raise DataDirError(
                f"The database {self.path} was written by a newer version of PAN Desktop "
                f"(schema {current}). Install the newer version to open it.", code="data_dir.newer", path=str(self.path)
            )
        if self.read_only:
            raise DataDirError(f"The database {self.path} was written by an older version of PAN Desktop and cannot be "
                               "updated in a read-only folder. Copy the folder to this computer and open the copy.",
                               code="data_dir.read_only_old", path=str(self.path))
        if has_tables:
            backup = self.backup(suffix=f"before-{head}")
            log.info("database backed up to %s before migrating %s -> %s", backup, current, head)
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def _at_head_quickly(self) -> bool:
        """True when the database already records the newest script, found without importing Alembic (which
        costs ~0.25 s of every start-up). Anything unusual answers False and Alembic decides as before."""
        head = script_head()
        if head is None or not self.path.exists():
            return False
        try:
            with self.engine.connect() as conn:
                stored = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars().all()
        except DatabaseError:
            return False
        return stored == [head]

    def backup(self, suffix: str = "backup") -> Path:
        """A consistent copy (SQLite online backup, WAL included) beside the database; keeps the newest few."""
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
        target = self.path.with_name(f"{self.path.stem}.{stamp}.{suffix}.bak")
        src = sqlite3.connect(self.path)
        try:
            dst = sqlite3.connect(target)
            with dst:
                src.backup(dst)
            dst.close()
        finally:
            src.close()
        old = sorted(self.path.parent.glob(f"{self.path.stem}.*.bak"))
        for stale in old[:-BACKUPS_KEPT]:
            stale.unlink(missing_ok=True)
        return target


_REVISION = re.compile(r"""^(revision|down_revision)\s*(?::[^=]*)?=\s*['"]([^'"]+)['"]""", re.MULTILINE)


def script_head() -> str | None:
    """The one head of the migration scripts, read from their ``revision`` / ``down_revision`` lines;
    None when they are not a plain chain (a merge, a branch, an unreadable line): then ask Alembic."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = dict(_REVISION.findall(path.read_text(encoding="utf-8")))
        if "revision" not in found:
            return None
        revisions.add(found["revision"])
        parents.update([found["down_revision"]] if "down_revision" in found else [])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg
