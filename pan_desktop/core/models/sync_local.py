"""Device-side sync tables: the hub link and cursors, conflicts pulled from the hub, refused edits."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pan_desktop.core.models.base import Base
from pan_desktop.core.shared.columns import ConflictColumns


class SyncLink(Base):
    """The enrolment and the pull position (one row, ``id = 1``). ``cursors`` move in the same
    transaction as the rows they cover (G3)."""

    __tablename__ = "sync_link"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hub_url: Mapped[str] = mapped_column(String(500))
    hub_id: Mapped[str] = mapped_column(String(36))
    epoch: Mapped[str] = mapped_column(String(36))
    org_id: Mapped[str] = mapped_column(String(36))
    org_name: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[str] = mapped_column(String(12))
    cursors: Mapped[dict[str, Any]] = mapped_column(default=dict)
    device_high: Mapped[int] = mapped_column(Integer, default=0)
    enrolled_at: Mapped[str] = mapped_column(String(32))
    last_sync_at: Mapped[str] = mapped_column(String(32), default="")
    last_verify_at: Mapped[str] = mapped_column(String(32), default="")
    last_error: Mapped[str] = mapped_column(Text, default="")
    last_report: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # How the last run ended (core.sync.status Stage / Outcome), and its error as code + params.
    last_stage: Mapped[str] = mapped_column(String(12), default="")
    last_outcome: Mapped[str] = mapped_column(String(12), default="")
    last_error_code: Mapped[str] = mapped_column(String(60), default="")
    last_error_params: Mapped[dict[str, Any]] = mapped_column(default=dict)


class SyncConflict(ConflictColumns, Base):
    """A conflict as the hub logged it; ``local_choice`` is set when a person resolved it here and the
    resolution has not come back from the hub yet."""

    __tablename__ = "sync_conflicts"

    local_choice: Mapped[str] = mapped_column(String(12), default="")


class SyncQuarantine(Base):
    """An edit the hub refused, kept whole with the reason until a person re-sends or dismisses it."""

    __tablename__ = "sync_quarantine"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_seq: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), default="open")  # open | resent | dismissed
    result: Mapped[str] = mapped_column(String(12))  # quarantined | mismatch
    reason: Mapped[str] = mapped_column(Text)
    entry: Mapped[dict[str, Any]] = mapped_column()
    at: Mapped[str] = mapped_column(String(32))
