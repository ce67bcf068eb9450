"""Declarative base, naming convention and the columns every synced table shares (SYNC.md)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from pan_desktop.core.shared.columns import NAMING_CONVENTION


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON}


class SyncColumns:
    """Columns shared by every synced record.

    ``rev`` is the hub's version (0 = never synced); ``updated_hlc`` the hybrid-logical-clock stamp of
    the last change and ``field_revs`` the stamp per field, so two devices editing different fields
    both keep their edit. Rows are tombstoned (``deleted``), never hard-deleted.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    org_id: Mapped[str] = mapped_column(String(36), default="public", index=True)
    visibility: Mapped[str] = mapped_column(String(10), default="network")
    rev: Mapped[int] = mapped_column(Integer, default=0)
    server_seq: Mapped[int] = mapped_column(Integer, default=0)
    updated_hlc: Mapped[str] = mapped_column(String(64), default="")
    updated_by: Mapped[str] = mapped_column(String(120), default="")
    field_revs: Mapped[dict[str, Any]] = mapped_column(default=dict)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    # Derived on every write: folded title for sorting, and province filter keys (see core.provinces).
    sort_key: Mapped[str] = mapped_column(String(200), default="", index=True)
    province_keys: Mapped[str] = mapped_column(String(2000), default="")


SYNC_COLUMNS = (
    "id", "org_id", "visibility", "rev", "server_seq", "updated_hlc", "updated_by", "field_revs",
    "deleted", "created_at", "updated_at",
)
DERIVED_COLUMNS = ("sort_key", "province_keys")
