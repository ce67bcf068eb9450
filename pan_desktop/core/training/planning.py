"""What a session planned from a module takes from the pack: its title, intended audience (the pack's
audience codes read as participant roles) and duration (as an end date). All of it stays editable."""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Any

from pan_desktop.core.content.model import Pack

TRAINING_DAY_MINUTES = 8 * 60  # a module longer than one working day runs over several days

# The packs' audiences (core/vocab.AUDIENCES) as the roles a participant is recorded with; an audience
# with no matching role (tourists, businesses, researchers...) is "other".
ROLES_OF_AUDIENCE: dict[str, tuple[str, ...]] = {
    "households": ("household-member",),
    "communities": ("household-member",),
    "consumers": ("household-member",),
    "junk-shops": ("junk-shop-owner", "junk-shop-worker"),
    "factories": ("factory-staff",),
    "students": ("student",),
    "youth": ("student",),
    "lecturers": ("teacher",),
    "trainers": ("teacher",),
    "government": ("official",),
    "policymakers": ("official",),
}


def audience_roles(audience: tuple[str, ...] | list[str]) -> list[str]:
    """The participant roles for a pack's audience codes, in order, each once."""
    roles: list[str] = []
    for code in audience:
        for role in ROLES_OF_AUDIENCE.get(code, ("other",)):
            if role not in roles:
                roles.append(role)
    return roles


def session_days(duration_minutes: int | None) -> int:
    """Working days a module of ``duration_minutes`` takes (one when the pack does not say)."""
    return max(1, math.ceil((duration_minutes or 0) / TRAINING_DAY_MINUTES))


def module_defaults(pack: Pack, lang: str = "vi") -> dict[str, Any]:
    """The values a new session takes from ``pack``: title, module id, audiences and ``days``."""
    return {"title": pack.title.get(lang) or pack.title.get("vi"), "module_id": pack.id,
            "audiences": audience_roles(pack.audience), "days": session_days(pack.duration_minutes)}


def end_date(start: str, days: int) -> str:
    """The last day of a session of ``days`` days starting on ``start`` (YYYY-MM-DD)."""
    return (date.fromisoformat(start) + timedelta(days=max(1, days) - 1)).isoformat()
