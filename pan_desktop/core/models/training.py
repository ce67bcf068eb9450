"""Training sessions, their participants and enrolments (scores). Participants and enrolments are
personal data: ``org`` visibility only, erased on delete (core/shared/privacy.py)."""

from __future__ import annotations

from sqlalchemy import Boolean, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pan_desktop.core.models.base import Base, SyncColumns


class TrainingSession(SyncColumns, Base):
    __tablename__ = "training_sessions"

    title: Mapped[str] = mapped_column(String(500), default="")
    module_id: Mapped[str] = mapped_column(String(120), default="", index=True)
    lessons: Mapped[list[str]] = mapped_column(default=list)
    start_date: Mapped[str | None] = mapped_column(String(10), index=True)
    end_date: Mapped[str | None] = mapped_column(String(10))
    provinces: Mapped[list[str]] = mapped_column(default=list)
    place: Mapped[str] = mapped_column(String(300), default="")
    venue: Mapped[str] = mapped_column(String(300), default="")
    organization: Mapped[str] = mapped_column(String(300), default="")
    facilitators: Mapped[list[str]] = mapped_column(default=list)
    audiences: Mapped[list[str]] = mapped_column(default=list)
    pass_mark: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str] = mapped_column(Text, default="")


class Participant(SyncColumns, Base):
    __tablename__ = "participants"

    name: Mapped[str] = mapped_column(String(200), default="")
    sex: Mapped[str] = mapped_column(String(20), default="")
    birth_year: Mapped[int | None] = mapped_column(Integer)
    age_band: Mapped[str] = mapped_column(String(20), default="")
    role: Mapped[str] = mapped_column(String(30), default="")
    organization: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_date: Mapped[str | None] = mapped_column(String(10))


class Enrolment(SyncColumns, Base):
    __tablename__ = "enrolments"

    session_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    participant_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    attended: Mapped[bool] = mapped_column(Boolean, default=False)
    pre_score: Mapped[float | None] = mapped_column(Float)
    post_score: Mapped[float | None] = mapped_column(Float)
    oral: Mapped[bool] = mapped_column(Boolean, default=False)
