"""Policies, legal documents and the network's recommendations to government."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pan_desktop.core.models.base import Base, SyncColumns


class Policy(SyncColumns, Base):
    __tablename__ = "policies"

    title_vi: Mapped[str] = mapped_column(String(500), default="")
    title_en: Mapped[str] = mapped_column(String(500), default="")
    policy_type: Mapped[str] = mapped_column(String(30), default="")
    issuer_ids: Mapped[list[str]] = mapped_column(default=list)  # the relation; issuing_body: only an unknown one
    issuing_body: Mapped[str] = mapped_column(String(300), default="")
    number: Mapped[str] = mapped_column(String(80), default="")
    issued_date: Mapped[str | None] = mapped_column(String(10))
    effective_date: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(12), default="", index=True)
    summary_vi: Mapped[str] = mapped_column(Text, default="")
    summary_en: Mapped[str] = mapped_column(Text, default="")
    provinces: Mapped[list[str]] = mapped_column(default=list)
    themes: Mapped[list[str]] = mapped_column(default=list)
    initiative_ids: Mapped[list[str]] = mapped_column(default=list)
    sources: Mapped[list[str]] = mapped_column(default=list)
