"""Initiatives, programmes and projects of members and partners."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pan_desktop.core.models.base import Base, SyncColumns


class Initiative(SyncColumns, Base):
    __tablename__ = "initiatives"

    title_vi: Mapped[str] = mapped_column(String(500), default="")
    title_en: Mapped[str] = mapped_column(String(500), default="")
    kind: Mapped[str] = mapped_column(String(20), default="initiative")
    summary_vi: Mapped[str] = mapped_column(Text, default="")
    summary_en: Mapped[str] = mapped_column(Text, default="")
    description_vi: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    # Organisations by id (the relation); the names lists keep only organisations not in the database.
    organization_ids: Mapped[list[str]] = mapped_column(default=list)
    organizations: Mapped[list[str]] = mapped_column(default=list)
    funder_ids: Mapped[list[str]] = mapped_column(default=list)
    funders: Mapped[list[str]] = mapped_column(default=list)
    provinces: Mapped[list[str]] = mapped_column(default=list)
    themes: Mapped[list[str]] = mapped_column(default=list)
    audiences: Mapped[list[str]] = mapped_column(default=list)
    outputs: Mapped[list[str]] = mapped_column(default=list)
    sources: Mapped[list[str]] = mapped_column(default=list)
    start_date: Mapped[str | None] = mapped_column(String(10), index=True)
    end_date: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(12), default="", index=True)
    lessons_vi: Mapped[str] = mapped_column(Text, default="")
    lessons_en: Mapped[str] = mapped_column(Text, default="")
