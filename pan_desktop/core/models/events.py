"""Events: network meetings, seminars, workshops, trainings, with their lessons learned."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pan_desktop.core.models.base import Base, SyncColumns


class Event(SyncColumns, Base):
    __tablename__ = "events"

    title_vi: Mapped[str] = mapped_column(String(500), default="")
    title_en: Mapped[str] = mapped_column(String(500), default="")
    event_type: Mapped[str] = mapped_column(String(20), default="")
    start_date: Mapped[str | None] = mapped_column(String(10), index=True)
    end_date: Mapped[str | None] = mapped_column(String(10))
    location: Mapped[str] = mapped_column(String(300), default="")
    provinces: Mapped[list[str]] = mapped_column(default=list)
    organization_ids: Mapped[list[str]] = mapped_column(default=list)  # the relation; names: only the unknown
    organizations: Mapped[list[str]] = mapped_column(default=list)
    summary_vi: Mapped[str] = mapped_column(Text, default="")
    summary_en: Mapped[str] = mapped_column(Text, default="")
    lessons_vi: Mapped[str] = mapped_column(Text, default="")
    lessons_en: Mapped[str] = mapped_column(Text, default="")
    themes: Mapped[list[str]] = mapped_column(default=list)
    audiences: Mapped[list[str]] = mapped_column(default=list)
    initiative_ids: Mapped[list[str]] = mapped_column(default=list)
    sources: Mapped[list[str]] = mapped_column(default=list)
