"""Local bookkeeping: the sync outbox, the change log that feeds the indexer, the device clock."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from pan_desktop.core.models.base import Base


class OutboxEntry(Base):
    """One local edit waiting for (or already given to) the hub. ``device_seq`` is contiguous.

    ``fields`` maps each changed field to ``{"old": ..., "new": ...}``. Sent entries are immutable.
    """

    __tablename__ = "outbox"
    __table_args__ = {"sqlite_autoincrement": True}

    device_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(10))  # create | update | delete | resolve
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    org_id: Mapped[str] = mapped_column(String(36))
    base_rev: Mapped[int] = mapped_column(Integer, default=0)
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    hlc: Mapped[str] = mapped_column(String(64))
    user: Mapped[str] = mapped_column(String(120), default="")
    hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(12), default="pending", index=True)  # pending | sent | acked
    created_at: Mapped[str] = mapped_column(String(32))


class ChangeLogEntry(Base):
    """Every change applied to a data table, whatever its origin; the search indexer follows it."""

    __tablename__ = "change_log"
    __table_args__ = {"sqlite_autoincrement": True}

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(10))
    origin: Mapped[str] = mapped_column(String(10))  # local | import | seed | pulled
    at: Mapped[str] = mapped_column(String(32))


class DeviceState(Base):
    """This install's identity and clock (a single row, ``id = 1``)."""

    __tablename__ = "device_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    org_id: Mapped[str] = mapped_column(String(36), default="")  # set by enrolment; "" = not enrolled
    last_hlc: Mapped[str] = mapped_column(String(64), default="")
    clock_offset_ms: Mapped[int] = mapped_column(Integer, default=0)
