"""Vocabularies of the training records: a participant's sex, role and age band (codes stored, labels
in both languages). Kept in the shared layer: the hub validates pushed values with them."""

from __future__ import annotations

from pan_desktop.core.vocab import Term


def _terms(*rows: tuple[str, str, str]) -> dict[str, Term]:
    return {code: Term(code, vi, en) for code, vi, en in rows}


SEX = _terms(
    ("female", "Nữ", "Female"),
    ("male", "Nam", "Male"),
    ("other", "Khác", "Other"),
    ("unspecified", "Không nêu", "Not stated"),
)
ROLES = _terms(
    ("waste-picker", "Người nhặt rác", "Waste picker"),
    ("junk-shop-owner", "Chủ vựa phế liệu", "Junk-shop owner"),
    ("junk-shop-worker", "Công nhân vựa phế liệu", "Junk-shop worker"),
    ("factory-staff", "Nhân viên nhà máy", "Factory staff"),
    ("household-member", "Thành viên hộ gia đình", "Household member"),
    ("student", "Học sinh, sinh viên", "Student"),
    ("teacher", "Giáo viên", "Teacher"),
    ("official", "Cán bộ", "Official"),
    ("other", "Khác", "Other"),
)
AGE_BANDS = _terms(
    ("under-18", "Dưới 18", "Under 18"),
    ("18-29", "18–29", "18–29"),
    ("30-44", "30–44", "30–44"),
    ("45-59", "45–59", "45–59"),
    ("60-plus", "60 trở lên", "60 and over"),
)
UNKNOWN_BAND = "unknown"


def age_band(age: int) -> str:
    """The band code of an age in whole years."""
    if age < 18:
        return "under-18"
    if age < 30:
        return "18-29"
    if age < 45:
        return "30-44"
    if age < 60:
        return "45-59"
    return "60-plus"
