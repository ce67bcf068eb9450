"""Member organisations and the other organisations records refer to (funders, partners)."""

from __future__ import annotations

from sqlalchemy import Boolean, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pan_desktop.core.models.base import Base, SyncColumns


class Organization(SyncColumns, Base):
    __tablename__ = "organizations"

    name_vi: Mapped[str] = mapped_column(String(300), default="")
    name_en: Mapped[str] = mapped_column(String(300), default="")
    short_name: Mapped[str] = mapped_column(String(80), default="")
    aliases: Mapped[list[str]] = mapped_column(default=list)  # other names records use for it
    org_type: Mapped[str] = mapped_column(String(30), default="")
    description_vi: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    provinces: Mapped[list[str]] = mapped_column(default=list)
    website: Mapped[str] = mapped_column(String(500), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    is_core_member: Mapped[bool] = mapped_column(Boolean, default=False)
    member_since: Mapped[str | None] = mapped_column(String(10))
    sources: Mapped[list[str]] = mapped_column(default=list)
