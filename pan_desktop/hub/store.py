"""The hub database: engine, transactions, identity (hub_id, epoch, keys), orgs, invites, devices.

SQLite by default (one writer: writes start with ``BEGIN IMMEDIATE``), PostgreSQL by URL. Every write
transaction that hands out ``server_seq`` numbers first locks the counter row, so numbers are given in
commit order on both.
"""

from __future__ import annotations

import base64
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from pan_desktop.core.shared.clock import utcnow
from pan_desktop.core.errors import NotFound, PanError
from pan_desktop.core.ids import uuid7
from pan_desktop.core.shared.protocol import ROLES
from pan_desktop.hub.models import Counter, Device, HubBase, Invite, Meta, Org

INVITE_DAYS = 14
CERT_DAYS = 365
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


class HubError(PanError):
    """A hub administration mistake (unknown org, bad role...)."""


def sqlite_url(path: str) -> str:
    return f"sqlite:///{path}"


def _private_sqlite_file(url: str) -> None:
    """Create a hub's SQLite file owner-only (0600; SQLite gives its WAL and shared-memory files the same
    mode) in an owner-only folder when it makes that folder: the file holds the hub's signing key and
    token secret. An existing file is left as the operator set it."""
    from sqlalchemy.engine import make_url

    database = make_url(url).database
    if not database or database == ":memory:" or os.path.exists(database):
        return
    folder = os.path.dirname(os.path.abspath(database))
    if not os.path.isdir(folder):
        os.makedirs(folder, mode=0o700, exist_ok=True)
    os.close(os.open(database, os.O_WRONLY | os.O_CREAT, 0o600))


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        _private_sqlite_file(url)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _rec):
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn):
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("immediate") else "BEGIN")

        return engine
    return create_engine(url, pool_pre_ping=True)


def later(days: int) -> str:
    return (datetime.now(timezone.utc) + timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class HubStore:
    """One hub database. Thread-safe: every call opens its own session."""

    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self.engine.execution_options(immediate=True), expire_on_commit=False)
        self._meta_cache: dict[str, str] = {}

    def dispose(self) -> None:
        self.engine.dispose()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as s:
            yield s

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (committed on success). Call :meth:`lock_counter` before handing out seqs."""
        with self._write() as s, s.begin():
            yield s

    # -- identity -------------------------------------------------------------------------------------
    def ensure_tables(self) -> None:
        """Create any table or index a newer version added (an existing hub keeps its data)."""
        HubBase.metadata.create_all(self.engine)
        with self.engine.begin() as conn:
            for table in HubBase.metadata.sorted_tables:
                for index in table.indexes:
                    index.create(conn, checkfirst=True)

    def init(self) -> bool:
        """Create the tables and the hub identity; False when the hub was already initialised."""
        self.ensure_tables()
        with self.write() as s:
            if s.get(Meta, "hub_id") is not None:
                return False
            from nacl.signing import SigningKey

            key = SigningKey.generate()
            for k, v in {
                "hub_id": uuid7(), "epoch": uuid7(),
                "signing_key": base64.b64encode(bytes(key)).decode(),
                "token_secret": secrets.token_hex(32),
            }.items():
                s.add(Meta(key=k, value=v))
            s.add(Counter(id=1, value=0))
        return True

    def meta(self, key: str) -> str:
        if key not in self._meta_cache:
            with self.read() as s:
                row = s.get(Meta, key)
            if row is None:
                raise HubError(f"The hub database {self.url} is not initialised. Run: pan-hub --db URL init")
            self._meta_cache[key] = row.value
        return self._meta_cache[key]

    @property
    def hub_id(self) -> str:
        return self.meta("hub_id")

    @property
    def epoch(self) -> str:
        return self.meta("epoch")

    def new_epoch(self) -> str:
        """Renew the epoch (after restoring the hub database from a backup): devices re-push and re-verify."""
        value = uuid7()
        with self.write() as s:
            s.get(Meta, "epoch").value = value
        self._meta_cache.pop("epoch", None)
        return value

    @staticmethod
    def lock_counter(s: Session) -> Counter:
        """The counter row, locked until commit (FOR UPDATE on PostgreSQL; SQLite holds its write lock)."""
        return s.execute(select(Counter).where(Counter.id == 1).with_for_update()).scalar_one()

    # -- administration -------------------------------------------------------------------------------
    def add_org(self, name: str, secretariat: bool = False) -> str:
        name = name.strip()
        if not name:
            raise HubError("An organisation needs a name.")
        org_id = uuid7()
        with self.write() as s:
            s.add(Org(id=org_id, name=name, secretariat=secretariat, created_at=utcnow()))
        return org_id

    def orgs(self) -> list[Org]:
        with self.read() as s:
            return list(s.scalars(select(Org).order_by(Org.created_at)))

    def invite(self, org_id: str, role: str) -> str:
        """A single-use invite code for one device to join ``org_id`` with ``role``."""
        if role not in ROLES:
            raise HubError(f"Unknown role '{role}': use one of {', '.join(ROLES)}.")
        with self.write() as s:
            org = s.get(Org, org_id)
            if org is None:
                raise NotFound(f"No organisation with id {org_id}. List them with: pan-hub --db URL org list")
            if role == "secretariat" and not org.secretariat:
                raise HubError("Only the secretariat organisation can invite secretariat devices "
                               "(create it with: pan-hub org add NAME --secretariat).")
            raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
            code = "-".join(raw[i:i + 4] for i in range(0, 12, 4))
            s.add(Invite(code=code, org_id=org_id, role=role, created_at=utcnow(), expires_at=later(INVITE_DAYS)))
        return code

    def devices(self) -> list[Device]:
        with self.read() as s:
            return list(s.scalars(select(Device).order_by(Device.enrolled_at)))

    def revoke(self, device_id: str) -> None:
        with self.write() as s:
            dev = s.get(Device, device_id)
            if dev is None:
                raise NotFound(f"No device with id {device_id}. List them with: pan-hub --db URL devices")
            dev.revoked = True

    def set_role(self, device_id: str, role: str) -> None:
        """Change a device's role (takes effect on its next push)."""
        if role not in ROLES:
            raise HubError(f"Unknown role '{role}': use one of {', '.join(ROLES)}.")
        with self.write() as s:
            dev = s.get(Device, device_id)
            if dev is None:
                raise NotFound(f"No device with id {device_id}.")
            dev.role = role
