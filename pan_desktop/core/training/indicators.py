"""The figures donors ask for, from the sessions in a period (issue 14 defines each one):

- ``sessions``: sessions whose start date is in range (and match the province, module, organisation);
- ``participants``: distinct people enrolled in them; ``attended``: those who attended;
- ``completed``: those who attended with a post-test score at or above the session's pass mark;
- ``pass_rate`` = completed / attended;
- ``pre_mean`` / ``post_mean``: mean score over attendances with that score; ``mean_gain``: mean of
  post − pre (percentage points) over attendances with both;
- ``by_sex``, ``by_role``, ``by_province``, ``by_age_band``: distinct attendees per value (a person who
  attended in two provinces counts once in each; the age band is the person's age in the year of their
  first attended session, from the year of birth, else the recorded band).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from statistics import fmean
from typing import Any

from sqlalchemy import func, select

from pan_desktop.core.db import Database
from pan_desktop.core.models import Enrolment, Participant, TrainingSession
from pan_desktop.core.provinces import filter_key
from pan_desktop.core.shared.training_terms import UNKNOWN_BAND, age_band
from pan_desktop.core.text import fold

KEYS = ("sessions", "participants", "attended", "completed", "by_sex", "by_role", "by_province", "by_age_band",
        "pre_mean", "post_mean", "mean_gain", "pass_rate")
DEFAULT_PASS_MARK = 70
UNSPECIFIED = "unspecified"


@dataclass(frozen=True)
class ReportFilter:
    """Empty means any. Dates are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` and compare on the session's start."""

    date_from: str = ""
    date_to: str = ""
    province: str = ""
    module: str = ""
    org: str = ""


def training_report(db: Database, f: ReportFilter = ReportFilter()) -> dict[str, Any]:
    """The indicators as the JSON of ``report training`` (keys in the order of ``KEYS``)."""
    st, et, pt = TrainingSession.__table__, Enrolment.__table__, Participant.__table__
    conds = [st.c.deleted.is_(False)]
    if f.date_from:
        conds.append(func.substr(st.c.start_date, 1, len(f.date_from)) >= f.date_from)
    if f.date_to:
        conds.append(func.substr(st.c.start_date, 1, len(f.date_to)) <= f.date_to)
    if f.province.strip():
        conds.append(st.c.province_keys.contains(filter_key(f.province), autoescape=True))
    if f.module.strip():
        conds.append(st.c.module_id == f.module.strip())
    if f.org.strip():
        conds.append(func.pan_fold(st.c.organization).like(f"%{fold(f.org.strip())}%"))
    with db.session() as s:
        sessions = {r.id: r for r in s.execute(select(st.c.id, st.c.start_date, st.c.provinces, st.c.pass_mark).where(*conds))}
        rows = []
        ids = list(sessions)
        for i in range(0, len(ids), 500):
            rows += s.execute(select(et.c.session_id, et.c.participant_id, et.c.attended, et.c.pre_score, et.c.post_score,
                                     pt.c.sex, pt.c.role, pt.c.birth_year, pt.c.age_band)
                              .join(pt, pt.c.id == et.c.participant_id)
                              .where(et.c.session_id.in_(ids[i:i + 500]), et.c.deleted.is_(False),
                                     pt.c.deleted.is_(False))).all()
    return _figures(sessions, rows)


def _figures(sessions: dict, rows: list) -> dict[str, Any]:
    enrolled, attended, completed = set(), set(), set()
    pre, post, gain = [], [], []
    by_province: dict[str, set] = defaultdict(set)
    person: dict[str, Any] = {}
    first_year: dict[str, int] = {}
    for r in rows:
        enrolled.add(r.participant_id)
        if not r.attended:
            continue
        session = sessions[r.session_id]
        attended.add(r.participant_id)
        person[r.participant_id] = r
        year = int((session.start_date or "0")[:4] or 0)
        if year and (r.participant_id not in first_year or year < first_year[r.participant_id]):
            first_year[r.participant_id] = year
        mark = DEFAULT_PASS_MARK if session.pass_mark is None else session.pass_mark
        if r.post_score is not None and r.post_score >= mark:
            completed.add(r.participant_id)
        if r.pre_score is not None:
            pre.append(r.pre_score)
        if r.post_score is not None:
            post.append(r.post_score)
        if r.pre_score is not None and r.post_score is not None:
            gain.append(r.post_score - r.pre_score)
        for province in session.provinces or [UNSPECIFIED]:
            by_province[province].add(r.participant_id)
    by_sex: dict[str, int] = defaultdict(int)
    by_role: dict[str, int] = defaultdict(int)
    by_age: dict[str, int] = defaultdict(int)
    for pid, r in person.items():
        by_sex[r.sex or UNSPECIFIED] += 1
        by_role[r.role or UNSPECIFIED] += 1
        by_age[_band(r, first_year.get(pid))] += 1
    return {
        "sessions": len(sessions),
        "participants": len(enrolled),
        "attended": len(attended),
        "completed": len(completed),
        "by_sex": _sorted(by_sex),
        "by_role": _sorted(by_role),
        "by_province": _sorted({k: len(v) for k, v in by_province.items()}),
        "by_age_band": _sorted(by_age),
        "pre_mean": _mean(pre),
        "post_mean": _mean(post),
        "mean_gain": _mean(gain),
        "pass_rate": round(len(completed) / len(attended), 3) if attended else None,
    }


def _band(r, year: int | None) -> str:
    if r.birth_year is not None and year:
        return age_band(year - int(r.birth_year))
    return r.age_band or UNKNOWN_BAND


def _mean(values: list[float]) -> float | None:
    return round(fmean(values), 1) if values else None


def _sorted(counts: dict[str, int]) -> dict[str, int]:
    """Largest first, then by name: the order a chart and a table show."""
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
