"""Vocabularies of the training records: a participant's sex, role and age band (codes stored, labels
in both languages). Kept in the shared layer: the hub validates pushed values with them."""

from __future__ import annotations

from pan_desktop.core.vocab import Term


def _terms(*rows: tuple) -> dict[str, Term]:
    """Rows of (code, vi, en[, aliases]): aliases are the short names written on a paper list."""
    return {row[0]: Term(*row[:3], tuple(row[3]) if len(row) > 3 else ()) for row in rows}


SEX = _terms(
    ("female", "Nữ", "Female"),
    ("male", "Nam", "Male"),
    ("other", "Khác", "Other"),
    ("unspecified", "Không nêu", "Not stated", ("không rõ", "unknown")),
)
ROLES = _terms(
    ("waste-picker", "Người nhặt rác", "Waste picker",
     ("nhặt rác", "người nhặt ve chai", "nhặt ve chai", "người thu gom rác", "waste collector")),
    ("junk-shop-owner", "Chủ vựa phế liệu", "Junk-shop owner", ("chủ vựa", "chủ vựa ve chai", "chủ cơ sở phế liệu")),
    ("junk-shop-worker", "Công nhân vựa phế liệu", "Junk-shop worker",
     ("công nhân vựa", "nhân viên vựa", "nhân viên vựa phế liệu", "junk shop worker")),
    ("factory-staff", "Nhân viên nhà máy", "Factory staff", ("công nhân nhà máy", "công nhân", "factory worker")),
    ("household-member", "Thành viên hộ gia đình", "Household member", ("hộ gia đình", "người dân", "household")),
    ("student", "Học sinh, sinh viên", "Student", ("học sinh", "sinh viên")),
    ("teacher", "Giáo viên", "Teacher", ("giảng viên", "lecturer")),
    ("official", "Cán bộ", "Official", ("cán bộ nhà nước", "công chức", "cán bộ xã", "cán bộ phường")),
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
