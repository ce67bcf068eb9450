"""The hub's tables, on their own metadata (the hub never shares the desktop database)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, Index, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from pan_desktop.core.shared.columns import NAMING_CONVENTION, ConflictColumns


class HubBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, Any: JSON}


class Meta(HubBase):
    """Key/value settings: hub_id, epoch, signing key, token secret."""

    __tablename__ = "hub_meta"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Counter(HubBase):
    """The server_seq counter. Taking its row lock first makes sequence numbers commit-ordered."""

    __tablename__ = "hub_counter"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class Org(HubBase):
    __tablename__ = "orgs"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    secretariat: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[str] = mapped_column(String(32))


class Invite(HubBase):
    __tablename__ = "invites"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    org_id: Mapped[str] = mapped_column(String(36))
    role: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[str] = mapped_column(String(32))
    expires_at: Mapped[str] = mapped_column(String(32))
    used_by: Mapped[str] = mapped_column(String(36), default="")


class Device(HubBase):
    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(64))
    org_id: Mapped[str] = mapped_column(String(36))
    role: Mapped[str] = mapped_column(String(12))
    label: Mapped[str] = mapped_column(String(200), default="")
    enrolled_at: Mapped[str] = mapped_column(String(32))
    expires_at: Mapped[str] = mapped_column(String(32))
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    next_seq: Mapped[int] = mapped_column(Integer, default=1)  # the device_seq the hub applies next
    last_seen: Mapped[str] = mapped_column(String(32), default="")


class UsedChallenge(HubBase):
    """A challenge already exchanged for a token: each is single-use (kept until it would expire anyway)."""

    __tablename__ = "used_challenges"
    nonce: Mapped[str] = mapped_column(String(40), primary_key=True)
    issued: Mapped[int] = mapped_column(Integer)


class HubRow(HubBase):
    """A record as the hub holds it; ``data`` has the fields, ``field_by`` who wrote each last."""

    __tablename__ = "rows"
    # An id is unique across tables: the hub looks ids up without their table when a record is created.
    __table_args__ = (Index("ix_hub_rows_id", "id"),)
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    org_id: Mapped[str] = mapped_column(String(36), index=True)
    visibility: Mapped[str] = mapped_column(String(10))
    rev: Mapped[int] = mapped_column(Integer)
    server_seq: Mapped[int] = mapped_column(Integer)
    updated_hlc: Mapped[str] = mapped_column(String(64))
    updated_by: Mapped[str] = mapped_column(String(120), default="")
    field_revs: Mapped[dict[str, Any]] = mapped_column(default=dict)
    field_by: Mapped[dict[str, Any]] = mapped_column(default=dict)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted_by: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ChangeRow(HubBase):
    """The change log devices pull from. ``scope`` is ``net`` (every device reads it) or an org id
    (rows with ``org`` visibility: that organisation and the secretariat only)."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_record", "table_name", "record_id", "rev"),)
    server_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    scope: Mapped[str] = mapped_column(String(36), index=True)
    org_id: Mapped[str] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    rev: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))
    device_id: Mapped[str] = mapped_column(String(36), default="")


class DeviceOp(HubBase):
    """The ledger: what became of each device_seq (so a replay gets the same answer)."""

    __tablename__ = "device_ops"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str] = mapped_column(Text, default="")


class Backlog(HubBase):
    """Entries that arrived before an earlier device_seq; applied in order once the gap fills."""

    __tablename__ = "backlog"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    hash: Mapped[str] = mapped_column(String(64))
    entry: Mapped[dict[str, Any]] = mapped_column()
    received_at: Mapped[str] = mapped_column(String(32))


class Conflict(ConflictColumns, HubBase):
    __tablename__ = "conflicts"


class Quarantine(HubBase):
    """Entries the hub refused, with the reason (the device keeps its own copy for the person)."""

    __tablename__ = "quarantine"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    device_seq: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    entry: Mapped[dict[str, Any]] = mapped_column()
    at: Mapped[str] = mapped_column(String(32))
