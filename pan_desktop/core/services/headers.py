"""Which field a column heading means: the field names, the app's Vietnamese and English labels, and
common synonyms, compared without regard to case, diacritics, spaces or punctuation."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

from pan_desktop.core.shared.schema import INITIATIVES, TableSpec
from pan_desktop.core.text import fold

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")

# Headings spreadsheets commonly use besides the field names and the app's labels (schema.py).
INITIATIVE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("Mã", "Mã bản ghi", "Mã số", "ID", "UUID", "Record id"),
    "title_vi": ("Tên", "Tên dự án", "Tên sáng kiến", "Tên chương trình", "Tên hoạt động", "Tiêu đề",
                 "Tên tiếng Việt", "Tên dự án (tiếng Việt)", "Tên sáng kiến (tiếng Việt)", "Tiêu đề (tiếng Việt)",
                 "Vietnamese title", "Title (VI)"),
    "title_en": ("Title", "Name", "Tên tiếng Anh", "Tên dự án (tiếng Anh)", "Tên sáng kiến (tiếng Anh)",
                 "Tiêu đề (tiếng Anh)", "English title", "Project name", "Project title", "Initiative", "Title (EN)"),
    "kind": ("Loại hình", "Type", "Kind of initiative"),
    "summary_vi": ("Tóm tắt", "Mô tả ngắn", "Tóm tắt tiếng Việt"),
    "summary_en": ("Summary", "Abstract", "Tóm tắt tiếng Anh", "English summary"),
    "description_vi": ("Mô tả", "Nội dung", "Mô tả chi tiết", "Mô tả tiếng Việt"),
    "description_en": ("Description", "Details", "Mô tả tiếng Anh", "English description"),
    "organizations": ("Tổ chức", "Đơn vị thực hiện", "Cơ quan thực hiện", "Tổ chức chủ trì", "Đơn vị chủ trì",
                      "Organisation", "Organization", "Implementing organisations", "Implementing organizations",
                      "Lead organisation", "Lead organization", "Implementer"),
    "funders": ("Nhà tài trợ", "Đơn vị tài trợ", "Tài trợ", "Funder", "Donor", "Donors", "Funded by"),
    "provinces": ("Tỉnh", "Tỉnh thành", "Tỉnh/thành phố", "Địa bàn", "Địa bàn thực hiện", "Địa phương", "Địa điểm",
                  "Province", "Provinces/cities", "Location", "Locations", "Place", "Places"),
    "themes": ("Lĩnh vực", "Chủ đề chính", "Theme", "Topic", "Topics"),
    "audiences": ("Đối tượng hưởng lợi", "Đối tượng mục tiêu", "Nhóm đối tượng", "Audience", "Target audience",
                  "Target audiences", "Target group", "Target groups", "Beneficiaries"),
    "outputs": ("Kết quả", "Kết quả chính", "Đầu ra", "Output", "Results", "Achievements"),
    "sources": ("Nguồn tham khảo", "Nguồn thông tin", "Tài liệu tham khảo", "Liên kết", "Source", "References",
                "Link", "Links"),
    "start_date": ("Ngày bắt đầu", "Năm bắt đầu", "Thời gian bắt đầu", "Từ", "Từ năm", "Start date", "Start year",
                   "Begin", "From"),
    "end_date": ("Ngày kết thúc", "Năm kết thúc", "Thời gian kết thúc", "Đến", "Đến năm", "End date", "End year",
                 "Finish", "To", "Until"),
    "status": ("Tình trạng", "Tiến độ", "State"),
    "lessons_vi": ("Bài học kinh nghiệm", "Bài học", "Bài học kinh nghiệm tiếng Việt"),
    "lessons_en": ("Lessons learned", "Lessons learnt", "Lessons", "Bài học kinh nghiệm tiếng Anh"),
}


@dataclass(frozen=True)
class Column:
    """One column of the file: its position, its heading as written, and the field it means (or None)."""

    index: int
    heading: str
    field: str | None

    @property
    def letter(self) -> str:
        return column_letter(self.index)


def column_letter(index: int) -> str:
    """Spreadsheet letters of a 0-based column index: 0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def heading_key(text: str) -> str:
    """``Tỉnh/thành`` -> ``tinhthanh``: what two headings must share to mean the same thing."""
    return _NOT_ALNUM.sub("", fold(text.strip()))


@dataclass(frozen=True)
class KnownNames:
    """Every heading that names a field of one table, by key: ``{key: (field, heading as shown)}``."""

    by_key: dict[str, tuple[str, str]]

    @classmethod
    def build(cls, spec: TableSpec, synonyms: dict[str, tuple[str, ...]]) -> "KnownNames":
        by_key: dict[str, tuple[str, str]] = {}
        for name in ("id", *spec.names):
            f = spec.field(name) if name != "id" else None
            for heading in (name, *((f.label_vi, f.label_en) if f else ()), *synonyms.get(name, ())):
                key = heading_key(heading)
                if by_key.setdefault(key, (name, heading))[0] != name:
                    raise ValueError(f"heading {heading!r} would mean both {by_key[key][0]} and {name}")
        return cls(by_key)

    def field_of(self, heading: str) -> str | None:
        hit = self.by_key.get(heading_key(heading))
        return hit[0] if hit else None

    def closest(self, heading: str) -> str:
        """The known heading nearest to ``heading`` (spelling-wise), as it is usually written."""
        key = heading_key(heading) or heading.strip().lower()
        best = difflib.get_close_matches(key, self.by_key, n=1, cutoff=0.0)
        return self.by_key[best[0]][1] if best else ""

    def columns(self, headings: list[str]) -> list[Column]:
        return [Column(i, h.strip(), self.field_of(h) if h.strip() else None) for i, h in enumerate(headings)]


@lru_cache(maxsize=1)
def initiative_names() -> KnownNames:
    return KnownNames.build(INITIATIVES, INITIATIVE_SYNONYMS)
