"""The synced tables of site assessments, declared for the one write path (registered in
``core.shared.schema.TABLES``). DB-free and Qt-free: the hub validates edits with these specs.

Personal data (a site's owner and phone) lives in its own table, ``site_contacts``, declared ``org_only``
with personal fields (``core.shared.privacy``): the hub stores it with ``org`` visibility whatever a device
asks and hands it only to the organisation that follows the site, and deleting it erases the owner and
phone on every device, while the site itself may be visible to the whole network.
"""

from __future__ import annotations

from pan_desktop.core.shared.schema import FieldSpec, TableSpec
from pan_desktop.core.vocab import Term

SITE_KIND = {code: Term(code, vi, en) for code, vi, en in (
    ("junk-shop", "Vựa phế liệu", "Junk shop"),
    ("factory", "Nhà máy", "Factory"),
    ("collection-point", "Điểm thu gom", "Collection point"),
    ("other", "Khác", "Other"),
)}
ANSWER = {code: Term(code, vi, en) for code, vi, en in (
    ("yes", "Có", "Yes"),
    ("partly", "Một phần", "Partly"),
    ("no", "Không", "No"),
    ("na", "Không áp dụng", "Not applicable"),
)}
STATUS = {code: Term(code, vi, en) for code, vi, en in (
    ("draft", "Bản nháp", "Draft"),
    ("finalized", "Đã chốt", "Finalized"),
)}


def _f(name, kind, vi, en, **kw) -> FieldSpec:
    return FieldSpec(name, kind, vi, en, **kw)


def _ref(name, vi, en) -> FieldSpec:
    """The id of a record in another site table (checked by the service that writes it)."""
    return _f(name, "text", vi, en, max_len=36)


SITES = TableSpec(
    "sites", "site", "Cơ sở", "Sites",
    (
        _f("name", "text", "Tên cơ sở", "Name", max_len=300),
        _f("kind", "choice", "Loại cơ sở", "Kind", terms=SITE_KIND),
        _f("provinces", "list", "Tỉnh/thành", "Province"),
        _f("address", "text", "Địa chỉ", "Address"),
        _f("org", "text", "Tổ chức theo dõi", "Followed by", max_len=300),
        _f("lat", "text", "Vĩ độ", "Latitude", max_len=20),
        _f("lon", "text", "Kinh độ", "Longitude", max_len=20),
    ),
    ("name", "name"),
    type_field="kind",
)

SITE_CONTACTS = TableSpec(
    "site_contacts", "site contact", "Chủ cơ sở", "Site contacts",
    (
        _ref("site_id", "Cơ sở", "Site"),
        _f("owner", "text", "Chủ cơ sở hoặc người liên hệ", "Owner or contact", max_len=200),
        _f("phone", "text", "Điện thoại", "Phone", max_len=60),
    ),
    ("owner", "phone"),
    org_only=True, personal=("owner", "phone"),
)

ASSESSMENTS = TableSpec(
    "assessments", "assessment", "Đánh giá cơ sở", "Site assessments",
    (
        _ref("site_id", "Cơ sở", "Site"),
        _f("date", "date", "Ngày đánh giá", "Date"),
        _f("assessor", "text", "Người đánh giá", "Assessor", max_len=200),
        _f("guideline", "text", "Bộ hướng dẫn", "Guideline", max_len=120),
        _f("guideline_version", "text", "Phiên bản hướng dẫn", "Guideline version", max_len=40),
        _f("checklist", "text", "Bảng kiểm", "Checklist", max_len=60),
        _f("checklist_hash", "text", "Mã băm bảng kiểm", "Checklist hash", max_len=64),
        # The checklist's items as JSON ([{id, aspect, text_vi, text_en}]): an assessment reads the same
        # after the pack changes.
        _f("items", "longtext", "Các mục kiểm", "Items", max_len=60_000),
        _f("status", "choice", "Trạng thái", "Status", terms=STATUS),
        _f("version", "text", "Phiên bản", "Version", max_len=6),
        _ref("previous_id", "Phiên bản trước", "Previous version"),
        _f("reason", "longtext", "Lý do sửa", "Reason for revision", max_len=2000),
        _f("finalized_at", "text", "Chốt lúc", "Finalized at", max_len=32),
        _f("next_visit", "date", "Lần thăm tới", "Next visit"),
    ),
    ("date", "date"),
    ("date", "date"),
)

ASSESSMENT_ANSWERS = TableSpec(
    "assessment_answers", "assessment answer", "Câu trả lời", "Assessment answers",
    (
        _ref("assessment_id", "Đánh giá", "Assessment"),
        _f("item_id", "text", "Mục", "Item", max_len=60),
        _f("aspect", "text", "Khía cạnh", "Aspect", max_len=20),
        _f("answer", "choice", "Trả lời", "Answer", terms=ANSWER),
        _f("note", "longtext", "Ghi chú", "Note", max_len=2000),
        _f("action_what", "text", "Việc cần làm", "Action"),
        _f("action_who", "text", "Ai làm", "Who", max_len=200),
        _f("action_due", "date", "Hạn", "By when"),
        _f("action_done", "bool", "Đã làm", "Done"),
    ),
    ("item_id", "item_id"),
)

ASSESSMENT_AUDIT = TableSpec(
    "assessment_audit", "answer change", "Nhật ký sửa", "Answer changes",
    (
        _ref("assessment_id", "Đánh giá", "Assessment"),
        _f("item_id", "text", "Mục", "Item", max_len=60),
        _f("field", "text", "Trường", "Field", max_len=20),
        _f("old", "longtext", "Giá trị cũ", "Old", max_len=2000),
        _f("new", "longtext", "Giá trị mới", "New", max_len=2000),
        _f("reason", "text", "Lý do", "Reason"),
    ),
    ("item_id", "item_id"),
)

SITE_PHOTOS = TableSpec(
    "site_photos", "site photo", "Ảnh", "Site photos",
    (
        _f("sha256", "text", "Mã SHA-256", "SHA-256", max_len=64),
        _ref("assessment_id", "Đánh giá", "Assessment"),
        _f("item_id", "text", "Mục", "Item", max_len=60),
        _f("file_name", "text", "Tên tệp", "File name", max_len=255),
        _f("taken_at", "text", "Chụp lúc", "Taken at", max_len=32),
        _f("lat", "text", "Vĩ độ", "Latitude", max_len=20),
        _f("lon", "text", "Kinh độ", "Longitude", max_len=20),
        _f("distance_m", "text", "Cách cơ sở (m)", "Distance from site (m)", max_len=12),
        _f("far", "bool", "Xa cơ sở", "Far from the site"),
        _f("size", "text", "Dung lượng (byte)", "Size (bytes)", max_len=12),
    ),
    ("sha256", "sha256"),
)

SITE_TABLES = (SITES, SITE_CONTACTS, ASSESSMENTS, ASSESSMENT_ANSWERS, ASSESSMENT_AUDIT, SITE_PHOTOS)
