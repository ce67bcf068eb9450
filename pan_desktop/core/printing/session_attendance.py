"""A planned session's attendance sheet: its date, venue and facilitators filled in, the enrolled people
on the first rows (name, sex, year of birth, role, workplace — never their phone), blank rows after."""

from __future__ import annotations

from pathlib import Path

from pan_desktop.core.errors import NotFound
from pan_desktop.core.printing.attendance import ROLES as LEGEND, Prefill, build_attendance
from pan_desktop.core.printing.document import PrintResult, ProgressFn
from pan_desktop.core.printing.options import PrintOptions
from pan_desktop.core.printing.record_parts import fmt_date
from pan_desktop.core.shared.training_terms import SEX

# Participant roles -> their number in the sheet's role legend (attendance.ROLES, 1-based).
ROLE_NUMBER = {"waste-picker": "role_waste_picker", "junk-shop-owner": "role_junk_shop",
               "junk-shop-worker": "role_junk_shop", "factory-staff": "role_factory",
               "household-member": "role_household", "student": "role_student", "official": "role_official",
               "teacher": "role_other", "other": "role_other"}


def session_attendance(services, session_id: str, out: Path | str, options: PrintOptions, rows: int = 0,
                       progress: ProgressFn | None = None) -> PrintResult:
    detail = services.training.session(session_id)
    s = detail.session
    if not s["module_id"]:
        raise NotFound("This session names no training module; choose its module first, then print the sheet.",
                       code="training.no_module")
    from pan_desktop.core.content.loader import Library

    pack = Library(services.data_dir).get(s["module_id"])
    lang = options.primary
    start, end = s["start_date"], s["end_date"]
    when = fmt_date(start, lang) + (f" – {fmt_date(end, lang)}" if end and end != start else "") if start else ""
    venue = ", ".join(filter(None, [s["venue"], s["place"], *s["provinces"]]))
    people = tuple((p["name"], SEX[p["sex"]].label(lang) if p["sex"] in ("female", "male", "other") else "",
                    "" if p["birth_year"] is None else str(p["birth_year"]),
                    str(LEGEND.index(ROLE_NUMBER[p["role"]]) + 1) if p["role"] in ROLE_NUMBER else "", p["organization"])
                   for p in (a.participant for a in detail.attendees))
    prefill = Prefill(when, venue, ", ".join(s["facilitators"]), people)
    return build_attendance(pack, out, options, rows, progress, prefill=prefill)
