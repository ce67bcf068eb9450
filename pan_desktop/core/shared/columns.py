"""Column sets declared once and used by both databases: the naming convention and a logged conflict.

The hub keeps the conflicts it logs (``hub.models.Conflict``); a device keeps the copies it pulled
(``core.models.SyncConflict``, which adds the choice made here). Both declare these columns through
:class:`ConflictColumns`, and the wire form (:class:`~pan_desktop.core.shared.protocol.ConflictRow`)
is converted to and from them here.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from pan_desktop.core.shared.protocol import ConflictRow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class ConflictColumns:
    """A true concurrent edit of one field: ``kept`` won, ``other`` lost and is kept here so nothing is lost."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))
    base: Mapped[Any] = mapped_column(JSON, nullable=True)
    kept: Mapped[Any] = mapped_column(JSON, nullable=True)
    other: Mapped[Any] = mapped_column(JSON, nullable=True)
    kept_by: Mapped[str] = mapped_column(String(120), default="")
    kept_hlc: Mapped[str] = mapped_column(String(64), default="")
    other_by: Mapped[str] = mapped_column(String(120), default="")
    other_hlc: Mapped[str] = mapped_column(String(64), default="")
    org_id: Mapped[str] = mapped_column(String(36))
    visibility: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[str] = mapped_column(String(32))
    server_seq: Mapped[int] = mapped_column(Integer, default=0)
    resolution: Mapped[str] = mapped_column(String(12), default="")  # "" while open; keep | use_other | value
    resolved_by: Mapped[str] = mapped_column(String(120), default="")
    resolved_at: Mapped[str] = mapped_column(String(32), default="")


def conflict_to_wire(c: ConflictColumns) -> ConflictRow:
    return ConflictRow(c.id, c.table_name, c.record_id, c.field, c.base, c.kept, c.other, c.kept_by, c.kept_hlc,
                       c.other_by, c.other_hlc, c.org_id, c.visibility, c.created_at, c.server_seq, c.resolution,
                       c.resolved_by, c.resolved_at)


def conflict_columns(c: ConflictRow) -> dict[str, Any]:
    """The column values (all but ``id``) of a conflict received on the wire."""
    return {"table_name": c.table, "record_id": c.record_id, "field": c.field, "base": c.base, "kept": c.kept,
            "other": c.other, "kept_by": c.kept_by, "kept_hlc": c.kept_hlc, "other_by": c.other_by,
            "other_hlc": c.other_hlc, "org_id": c.org, "visibility": c.visibility, "created_at": c.created_at,
            "server_seq": c.server_seq, "resolution": c.resolution, "resolved_by": c.resolved_by,
            "resolved_at": c.resolved_at}
