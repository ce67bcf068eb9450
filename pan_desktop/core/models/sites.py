"""Site assessments: sites, their owners' contacts (``org`` visibility), assessments, answers, the audit
log of answer changes and photos. Fields are declared in :mod:`pan_desktop.core.sites.schema`."""

from __future__ import annotations

from sqlalchemy import Boolean, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pan_desktop.core.models.base import Base, SyncColumns


class Site(SyncColumns, Base):
    __tablename__ = "sites"

    name: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(20), default="")
    provinces: Mapped[list[str]] = mapped_column(default=list)
    address: Mapped[str] = mapped_column(String(500), default="")
    org: Mapped[str] = mapped_column(String(300), default="")
    lat: Mapped[str] = mapped_column(String(20), default="")
    lon: Mapped[str] = mapped_column(String(20), default="")


class SiteContact(SyncColumns, Base):
    __tablename__ = "site_contacts"

    site_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    owner: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")


class Assessment(SyncColumns, Base):
    __tablename__ = "assessments"

    site_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    date: Mapped[str | None] = mapped_column(String(10))
    assessor: Mapped[str] = mapped_column(String(200), default="")
    guideline: Mapped[str] = mapped_column(String(120), default="")
    guideline_version: Mapped[str] = mapped_column(String(40), default="")
    checklist: Mapped[str] = mapped_column(String(60), default="")
    checklist_hash: Mapped[str] = mapped_column(String(64), default="")
    items: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="")
    version: Mapped[str] = mapped_column(String(6), default="")
    previous_id: Mapped[str] = mapped_column(String(36), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    finalized_at: Mapped[str] = mapped_column(String(32), default="")
    next_visit: Mapped[str | None] = mapped_column(String(10))


class AssessmentAnswer(SyncColumns, Base):
    __tablename__ = "assessment_answers"
    __table_args__ = (Index("ix_assessment_answers_item", "assessment_id", "item_id"),)  # an item's answer, at once

    assessment_id: Mapped[str] = mapped_column(String(36), default="")
    item_id: Mapped[str] = mapped_column(String(60), default="")
    aspect: Mapped[str] = mapped_column(String(20), default="")
    answer: Mapped[str] = mapped_column(String(10), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    action_what: Mapped[str] = mapped_column(String(500), default="")
    action_who: Mapped[str] = mapped_column(String(200), default="")
    action_due: Mapped[str | None] = mapped_column(String(10))
    action_done: Mapped[bool] = mapped_column(Boolean, default=False)


class AssessmentAudit(SyncColumns, Base):
    __tablename__ = "assessment_audit"

    assessment_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    item_id: Mapped[str] = mapped_column(String(60), default="")
    field: Mapped[str] = mapped_column(String(20), default="")
    old: Mapped[str] = mapped_column(Text, default="")
    new: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(String(500), default="")


class SitePhoto(SyncColumns, Base):
    __tablename__ = "site_photos"

    sha256: Mapped[str] = mapped_column(String(64), default="", index=True)
    assessment_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    item_id: Mapped[str] = mapped_column(String(60), default="")
    file_name: Mapped[str] = mapped_column(String(255), default="")
    taken_at: Mapped[str] = mapped_column(String(32), default="")
    lat: Mapped[str] = mapped_column(String(20), default="")
    lon: Mapped[str] = mapped_column(String(20), default="")
    distance_m: Mapped[str] = mapped_column(String(12), default="")
    far: Mapped[bool] = mapped_column(Boolean, default=False)
    size: Mapped[str] = mapped_column(String(12), default="")


SITE_MODELS = (Site, SiteContact, Assessment, AssessmentAnswer, AssessmentAudit, SitePhoto)
