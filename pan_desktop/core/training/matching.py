"""One person, one participant: a person enrolled again is found by folded name plus the same phone
or year of birth. A match is a suggestion the trainer confirms; it is never merged silently."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pan_desktop.core.models import Participant
from pan_desktop.core.text import fold

_NOT_DIGIT = re.compile(r"\D")


@dataclass(frozen=True)
class Candidate:
    """A stored participant who may be the person being entered, and what matched."""

    id: str
    name: str
    phone: str
    birth_year: int | None
    organization: str
    matched_on: str  # "phone" or "birth_year"


def name_key(name: str) -> str:
    """``Nguyễn  Thị Hoa`` and ``nguyen thi hoa`` give the same key."""
    return " ".join(fold(name).split())


def phone_key(phone: str) -> str:
    """Digits only, a Vietnamese ``+84``/``84`` prefix read as the leading 0."""
    digits = _NOT_DIGIT.sub("", phone or "")
    if digits.startswith("84") and len(digits) >= 11:
        digits = "0" + digits[2:]
    return digits


def find_candidates(s: Session, name: str, phone: str = "", birth_year: int | None = None) -> list[Candidate]:
    key = name_key(name)
    if not key:
        return []
    wanted_phone = phone_key(phone)
    rows = s.execute(select(Participant.id, Participant.name, Participant.phone, Participant.birth_year,
                            Participant.organization)
                     .where(alive(Participant.deleted), Participant.sort_key == key[:200])).all()
    out = []
    for r in rows:
        if wanted_phone and phone_key(r.phone) == wanted_phone:
            out.append(Candidate(r.id, r.name, r.phone, r.birth_year, r.organization, "phone"))
        elif birth_year is not None and r.birth_year is not None and int(r.birth_year) == int(birth_year):
            out.append(Candidate(r.id, r.name, r.phone, r.birth_year, r.organization, "birth_year"))
    return out


def alive(column):
    """``deleted`` is false, written so SQLite does not pick the ``deleted`` index (nearly every row is
    live, so it would scan them all) over the selective index of the rest of the condition."""
    return func.coalesce(column, False).is_(False)
