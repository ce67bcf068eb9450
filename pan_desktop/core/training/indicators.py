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

from sqlalchemy import func, literal_column, select

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


def _ROWID(table):  # noqa: N802 (a column, named like one)
    return literal_column(f"{table.name}.rowid")


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
        sessions = {r[0]: r for r in s.execute(select(_ROWID(st), st.c.start_date, st.c.provinces, st.c.pass_mark).where(*conds))}
        # One join, read as plain tuples: (session, person, attended, pre, post, sex, role, birth year, band);
        # rowids stand for the ids (integers: far cheaper to read and count than UUID texts).
        rows = s.execute(select(_ROWID(st), _ROWID(pt), et.c.attended, et.c.pre_score, et.c.post_score,
                                pt.c.sex, pt.c.role, pt.c.birth_year, pt.c.age_band)
                         .join(pt, pt.c.id == et.c.participant_id).join(st, st.c.id == et.c.session_id)
                         .where(*conds, et.c.deleted.is_(False), pt.c.deleted.is_(False))).all()
    return _figures(sessions, rows)


def _figures(sessions: dict, rows: list) -> dict[str, Any]:
    enrolled, attended, completed = set(), set(), set()
    pre, post, gain = [], [], []
    by_province: dict[str, set] = defaultdict(set)
    person: dict[str, tuple] = {}
    first_year: dict[str, int] = {}
    marks = {sid: (DEFAULT_PASS_MARK if r[3] is None else r[3], int((r[1] or "0")[:4] or 0), r[2] or [UNSPECIFIED])
             for sid, r in sessions.items()}
    for sid, pid, was_there, pre_score, post_score, sex, role, birth_year, band in rows:
        enrolled.add(pid)
        if not was_there:
            continue
        mark, year, provinces = marks[sid]
        attended.add(pid)
        person[pid] = (sex, role, birth_year, band)
        if year and year < first_year.get(pid, 10_000):
            first_year[pid] = year
        if post_score is not None:
            post.append(post_score)
            if post_score >= mark:
                completed.add(pid)
            if pre_score is not None:
                gain.append(post_score - pre_score)
        if pre_score is not None:
            pre.append(pre_score)
        for province in provinces:
            by_province[province].add(pid)
    by_sex: dict[str, int] = defaultdict(int)
    by_role: dict[str, int] = defaultdict(int)
    by_age: dict[str, int] = defaultdict(int)
    for pid, (sex, role, birth_year, band) in person.items():
        by_sex[sex or UNSPECIFIED] += 1
        by_role[role or UNSPECIFIED] += 1
        by_age[_band(birth_year, band, first_year.get(pid))] += 1
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


def _band(birth_year, band: str, year: int | None) -> str:
    if birth_year is not None and year:
        return age_band(year - int(birth_year))
    return band or UNKNOWN_BAND


def _mean(values: list[float]) -> float | None:
    return round(fmean(values), 1) if values else None


def _sorted(counts: dict[str, int]) -> dict[str, int]:
    """Largest first, then by name: the order a chart and a table show."""
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
