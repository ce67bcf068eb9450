"""Words and colours the Sites area shows for stored codes: kinds, answers, aspects, scores."""

from __future__ import annotations

from PySide6.QtGui import QColor

from pan_desktop.core.content.model import ASPECTS
from pan_desktop.core.sites.schema import ANSWER, SITE_KIND, STATUS
from pan_desktop.core.sites.scores import ASPECT_KEYS
from pan_desktop.ui.text import number

SCORE_ASPECTS = tuple(ASPECT_KEYS.items())  # (pack aspect code, score key) in the guideline's order


def kind_label(code: str, lang: str) -> str:
    term = SITE_KIND.get(code)
    return term.label(lang) if term else code


def answer_label(code: str | None, lang: str) -> str:
    term = ANSWER.get(code or "")
    return term.label(lang) if term else ""


def status_label(code: str, lang: str) -> str:
    term = STATUS.get(code)
    return term.label(lang) if term else code


def aspect_label(code: str, lang: str) -> str:
    text = ASPECTS.get(code)
    return (text.vi if lang == "vi" else text.en) if text else code


def score_text(value: float | None) -> str:
    return "—" if value is None else f"{number(value, 1)} %"


def score_colour(value: float | None) -> QColor | None:
    """A light background for a score: red under 50 %, amber under 80 %, green from 80 %."""
    if value is None:
        return None
    return QColor("#f8d7d3") if value < 50 else QColor("#fbeacb") if value < 80 else QColor("#d7eed8")


def day_text(value: str | None) -> str:
    """``2026-11-20`` as 20/11/2026, the way dates are written in Vietnam (and on the app's printouts)."""
    parts = (value or "").split("-")
    return "/".join(reversed(parts)) if len(parts) == 3 else (value or "")
