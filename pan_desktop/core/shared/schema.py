"""What each synced record table holds, field by field: kind, limits, labels. Validation, forms, the CLI,
the interchange format, the change writer and the hub all read it, so a field is described once.

A new synced table is declared here (a :class:`TableSpec` in ``TABLES``), as a model on ``SyncColumns``
(core/models) and in a migration; the write path, sync and the hub take it from there.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from pan_desktop.core import vocab
from pan_desktop.core.shared import training_terms
from pan_desktop.core.vocab import Term

TEXT_MAX = 500
LONG_TEXT_MAX = 100_000
LIST_ITEM_MAX = 500
LIST_MAX_ITEMS = 200
_EMPTY = {"text": "", "longtext": "", "list": [], "date": None, "choice": "", "bool": False, "ids": [], "number": None}


def empty_value(kind: str) -> Any:
    """The stored value of a field of ``kind`` that holds nothing (a fresh list each time)."""
    value = _EMPTY[kind]
    return list(value) if isinstance(value, list) else value


@dataclass(frozen=True)
class FieldSpec:
    """One stored field.

    ``kind``: ``text`` (one line), ``longtext``, ``list`` (of short texts), ``date`` (``YYYY``,
    ``YYYY-MM`` or ``YYYY-MM-DD``), ``choice`` (a code of ``terms``), ``bool``, ``ids`` (record UUIDs).
    For a ``list`` with ``terms``, known labels become codes and other values are kept as written.
    An ``ids`` field refers to records of ``target``; with ``names_field`` it is the link to organisations
    whose free-text companion (that field) keeps only the names of organisations not in the database.
    """

    name: str
    kind: str
    label_vi: str
    label_en: str
    max_len: int = TEXT_MAX
    terms: dict[str, Term] | None = None
    target: str = "initiatives"
    names_field: str = ""
    low: float | None = None
    high: float | None = None

    def label(self, lang: str) -> str:
        return self.label_vi if lang == "vi" else self.label_en


@dataclass(frozen=True)
class TableSpec:
    """A record area: its fields, which of them are its title, and its labels."""

    table: str
    singular_en: str
    plural_vi: str
    plural_en: str
    fields: tuple[FieldSpec, ...]
    title_fields: tuple[str, str]  # (vi, en); at least one is required
    date_fields: tuple[str, str] | None = None  # (start, end) for year filters and ordering
    type_field: str | None = None  # the choice field the "type" filter and facet read
    org_only: bool = False  # personal data: always ``org`` visibility, never leaves its organisation
    personal: tuple[str, ...] = ()  # fields erased on every device when the record is deleted (privacy.py)

    def field(self, name: str) -> FieldSpec:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @cached_property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def empty_values(self) -> dict[str, Any]:
        """Every field, holding nothing."""
        return {f.name: empty_value(f.kind) for f in self.fields}

    @cached_property
    def org_links(self) -> tuple[tuple[str, str], ...]:
        """``(ids field, free-text names field)`` of each link to organisations."""
        return tuple((f.name, f.names_field) for f in self.fields if f.kind == "ids" and f.names_field)


def _f(name, kind, vi, en, **kw) -> FieldSpec:
    return FieldSpec(name, kind, vi, en, **kw)


_SOURCES = _f("sources", "list", "Nguồn", "Sources")
_PROVINCES = _f("provinces", "list", "Tỉnh/thành", "Provinces")
_THEMES = _f("themes", "list", "Chủ đề", "Themes", terms=vocab.THEMES)
_AUDIENCES = _f("audiences", "list", "Đối tượng", "Audiences", terms=vocab.AUDIENCES)

INITIATIVES = TableSpec(
    "initiatives", "initiative", "Sáng kiến", "Initiatives",
    (
        _f("title_vi", "text", "Tên (tiếng Việt)", "Title (Vietnamese)"),
        _f("title_en", "text", "Tên (tiếng Anh)", "Title (English)"),
        _f("kind", "choice", "Loại", "Kind", terms=vocab.INITIATIVE_KIND),
        _f("summary_vi", "longtext", "Tóm tắt (tiếng Việt)", "Summary (Vietnamese)", max_len=5000),
        _f("summary_en", "longtext", "Tóm tắt (tiếng Anh)", "Summary (English)", max_len=5000),
        _f("description_vi", "longtext", "Mô tả (tiếng Việt)", "Description (Vietnamese)", max_len=LONG_TEXT_MAX),
        _f("description_en", "longtext", "Mô tả (tiếng Anh)", "Description (English)", max_len=LONG_TEXT_MAX),
        _f("organization_ids", "ids", "Mã tổ chức thực hiện", "Organisation ids", target="organizations",
           names_field="organizations"),
        _f("organizations", "list", "Tổ chức thực hiện", "Organisations"),
        _f("funder_ids", "ids", "Mã nhà tài trợ", "Funder ids", target="organizations", names_field="funders"),
        _f("funders", "list", "Nhà tài trợ", "Funders"),
        _PROVINCES, _THEMES, _AUDIENCES,
        _f("outputs", "list", "Kết quả đầu ra", "Outputs"),
        _SOURCES,
        _f("start_date", "date", "Bắt đầu", "Start"),
        _f("end_date", "date", "Kết thúc", "End"),
        _f("status", "choice", "Trạng thái", "Status", terms=vocab.INITIATIVE_STATUS),
        _f("lessons_vi", "longtext", "Bài học kinh nghiệm (tiếng Việt)", "Lessons learned (Vietnamese)", max_len=LONG_TEXT_MAX),
        _f("lessons_en", "longtext", "Bài học kinh nghiệm (tiếng Anh)", "Lessons learned (English)", max_len=LONG_TEXT_MAX),
    ),
    ("title_vi", "title_en"),
    ("start_date", "end_date"),
    type_field="kind",
)

ORGANIZATIONS = TableSpec(
    "organizations", "organisation", "Tổ chức", "Organisations",
    (
        _f("name_vi", "text", "Tên (tiếng Việt)", "Name (Vietnamese)"),
        _f("name_en", "text", "Tên (tiếng Anh)", "Name (English)"),
        _f("short_name", "text", "Tên viết tắt", "Short name", max_len=80),
        _f("aliases", "list", "Tên gọi khác", "Other names"),
        _f("org_type", "choice", "Loại hình", "Type", terms=vocab.ORG_TYPE),
        _f("description_vi", "longtext", "Giới thiệu (tiếng Việt)", "About (Vietnamese)", max_len=LONG_TEXT_MAX),
        _f("description_en", "longtext", "Giới thiệu (tiếng Anh)", "About (English)", max_len=LONG_TEXT_MAX),
        _PROVINCES,
        _f("website", "text", "Trang web", "Website"),
        _f("email", "text", "Thư điện tử", "Email", max_len=200),
        _f("phone", "text", "Điện thoại", "Phone", max_len=60),
        _f("is_core_member", "bool", "Thành viên nòng cốt", "Core member"),
        _f("member_since", "date", "Thành viên từ", "Member since"),
        _SOURCES,
    ),
    ("name_vi", "name_en"),
    ("member_since", "member_since"),
    type_field="org_type",
)

POLICIES = TableSpec(
    "policies", "policy", "Chính sách", "Policies",
    (
        _f("title_vi", "text", "Tên (tiếng Việt)", "Title (Vietnamese)"),
        _f("title_en", "text", "Tên (tiếng Anh)", "Title (English)"),
        _f("policy_type", "choice", "Loại văn bản", "Type", terms=vocab.POLICY_TYPE),
        _f("issuer_ids", "ids", "Mã cơ quan ban hành", "Issuing body ids", target="organizations",
           names_field="issuing_body"),
        _f("issuing_body", "text", "Cơ quan ban hành", "Issuing body", max_len=300),
        _f("number", "text", "Số hiệu", "Number", max_len=80),
        _f("issued_date", "date", "Ngày ban hành", "Issued"),
        _f("effective_date", "date", "Ngày hiệu lực", "In force from"),
        _f("status", "choice", "Tình trạng", "Status", terms=vocab.POLICY_STATUS),
        _f("summary_vi", "longtext", "Tóm tắt (tiếng Việt)", "Summary (Vietnamese)", max_len=LONG_TEXT_MAX),
        _f("summary_en", "longtext", "Tóm tắt (tiếng Anh)", "Summary (English)", max_len=LONG_TEXT_MAX),
        _PROVINCES, _THEMES,
        _f("initiative_ids", "ids", "Sáng kiến liên quan", "Related initiatives"),
        _SOURCES,
    ),
    ("title_vi", "title_en"),
    ("issued_date", "effective_date"),
    type_field="policy_type",
)

EVENTS = TableSpec(
    "events", "event", "Sự kiện", "Events",
    (
        _f("title_vi", "text", "Tên (tiếng Việt)", "Title (Vietnamese)"),
        _f("title_en", "text", "Tên (tiếng Anh)", "Title (English)"),
        _f("event_type", "choice", "Loại sự kiện", "Type", terms=vocab.EVENT_TYPE),
        _f("start_date", "date", "Bắt đầu", "Start"),
        _f("end_date", "date", "Kết thúc", "End"),
        _f("location", "text", "Địa điểm", "Location", max_len=300),
        _PROVINCES,
        _f("organization_ids", "ids", "Mã tổ chức", "Organisation ids", target="organizations",
           names_field="organizations"),
        _f("organizations", "list", "Tổ chức", "Organisations"),
        _f("summary_vi", "longtext", "Tóm tắt (tiếng Việt)", "Summary (Vietnamese)", max_len=LONG_TEXT_MAX),
        _f("summary_en", "longtext", "Tóm tắt (tiếng Anh)", "Summary (English)", max_len=LONG_TEXT_MAX),
        _f("lessons_vi", "longtext", "Bài học kinh nghiệm (tiếng Việt)", "Lessons learned (Vietnamese)", max_len=LONG_TEXT_MAX),
        _f("lessons_en", "longtext", "Bài học kinh nghiệm (tiếng Anh)", "Lessons learned (English)", max_len=LONG_TEXT_MAX),
        _THEMES, _AUDIENCES,
        _f("initiative_ids", "ids", "Sáng kiến liên quan", "Related initiatives"),
        _SOURCES,
    ),
    ("title_vi", "title_en"),
    ("start_date", "end_date"),
    type_field="event_type",
)

_PERCENT = {"low": 0, "high": 100}

TRAINING_SESSIONS = TableSpec(
    "training_sessions", "training session", "Khóa tập huấn", "Training sessions",
    (
        _f("title", "text", "Tên khóa tập huấn", "Title"),
        _f("module_id", "text", "Học phần", "Module", max_len=120),
        _f("lessons", "list", "Bài học", "Lessons"),
        _f("start_date", "date", "Bắt đầu", "Start"),
        _f("end_date", "date", "Kết thúc", "End"),
        _PROVINCES,
        _f("place", "text", "Xã/phường", "Commune or ward", max_len=300),
        _f("venue", "text", "Địa điểm", "Venue", max_len=300),
        _f("organization", "text", "Tổ chức thực hiện", "Organising organisation", max_len=300),
        _f("facilitators", "list", "Giảng viên", "Facilitators"),
        _f("audiences", "list", "Đối tượng", "Intended audience", terms=training_terms.ROLES),
        _f("pass_mark", "number", "Điểm đạt (%)", "Pass mark (%)", **_PERCENT),
        _f("notes", "longtext", "Ghi chú", "Notes", max_len=LONG_TEXT_MAX),
    ),
    ("title", "title"),
    ("start_date", "end_date"),
)

_PARTICIPANT_FIELDS = (
    _f("name", "text", "Họ và tên", "Name", max_len=200),
    _f("sex", "choice", "Giới tính", "Sex", terms=training_terms.SEX),
    _f("birth_year", "number", "Năm sinh", "Year of birth", low=1900, high=2100),
    _f("age_band", "choice", "Nhóm tuổi", "Age band", terms=training_terms.AGE_BANDS),
    _f("role", "choice", "Vai trò", "Role", terms=training_terms.ROLES),
    _f("organization", "text", "Tổ chức hoặc nơi làm việc", "Organisation or workplace", max_len=300),
    _f("phone", "text", "Điện thoại", "Phone", max_len=40),
    _f("consent", "bool", "Đồng ý cho lưu thông tin", "Consent given"),
    _f("consent_date", "date", "Ngày đồng ý", "Consent date"),
)
PARTICIPANTS = TableSpec(
    "participants", "participant", "Học viên", "Participants", _PARTICIPANT_FIELDS, ("name", "name"),
    org_only=True, personal=tuple(f.name for f in _PARTICIPANT_FIELDS),
)
ENROLMENTS = TableSpec(
    "enrolments", "enrolment", "Ghi danh", "Enrolments",
    (
        _f("session_id", "text", "Khóa tập huấn", "Training session", max_len=36),
        _f("participant_id", "text", "Học viên", "Participant", max_len=36),
        _f("attended", "bool", "Có tham dự", "Attended"),
        _f("pre_score", "number", "Điểm trước (%)", "Pre-test (%)", **_PERCENT),
        _f("post_score", "number", "Điểm sau (%)", "Post-test (%)", **_PERCENT),
        _f("oral", "bool", "Kiểm tra miệng", "Taken orally"),
    ),
    ("participant_id", "participant_id"),
    org_only=True, personal=("attended", "pre_score", "post_score", "oral"),
)

TABLES: dict[str, TableSpec] = {t.table: t for t in (INITIATIVES, ORGANIZATIONS, POLICIES, EVENTS, TRAINING_SESSIONS,
                                                     PARTICIPANTS, ENROLMENTS)}

from pan_desktop.core.sites.schema import SITE_TABLES  # noqa: E402 - declared on the specs above

TABLES.update({t.table: t for t in SITE_TABLES})


def table_spec(name: str) -> TableSpec:
    """The spec of a table, accepting the singular and British spellings people type."""
    key = name.strip().lower().replace("organisation", "organization")
    for spec in TABLES.values():
        if key in (spec.table, spec.table.rstrip("s"), spec.singular_en.replace("organisation", "organization")):
            return spec
    if key in ("policy", "policies"):
        return POLICIES
    raise KeyError(name)
