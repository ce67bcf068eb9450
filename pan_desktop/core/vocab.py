"""Controlled vocabularies with Vietnamese and English labels: statuses, types, themes, audiences.

Stored values are codes; imports accept a code or either label, with or without diacritics. A theme or
audience outside the list is kept as written (members name their own), the others must be in the list.
"""

from __future__ import annotations

from dataclasses import dataclass

from pan_desktop.core.text import slug


@dataclass(frozen=True)
class Term:
    code: str
    vi: str
    en: str
    aliases: tuple[str, ...] = ()  # other names people write for it (imports accept them too)

    def label(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en


def _terms(*rows: tuple[str, str, str]) -> dict[str, Term]:
    return {code: Term(code, vi, en) for code, vi, en in rows}


INITIATIVE_STATUS = _terms(
    ("planned", "Dự kiến", "Planned"),
    ("ongoing", "Đang thực hiện", "Ongoing"),
    ("completed", "Đã hoàn thành", "Completed"),
)
INITIATIVE_KIND = _terms(
    ("initiative", "Sáng kiến", "Initiative"),
    ("programme", "Chương trình", "Programme"),
    ("project", "Dự án", "Project"),
    ("activity", "Hoạt động", "Activity"),
    ("campaign", "Chiến dịch", "Campaign"),
)
POLICY_STATUS = _terms(
    ("draft", "Dự thảo", "Draft"),
    ("proposed", "Đề xuất", "Proposed"),
    ("in_force", "Đang có hiệu lực", "In force"),
    ("adopted", "Đã thông qua", "Adopted"),
    ("expired", "Hết hiệu lực", "Expired"),
)
POLICY_TYPE = _terms(
    ("law", "Luật", "Law"),
    ("decree", "Nghị định", "Decree"),
    ("decision", "Quyết định", "Decision"),
    ("circular", "Thông tư", "Circular"),
    ("resolution", "Nghị quyết", "Resolution"),
    ("strategy", "Chiến lược", "Strategy"),
    ("plan", "Kế hoạch", "Action plan"),
    ("declaration", "Tuyên bố", "Declaration"),
    ("framework", "Khung hành động", "Framework"),
    ("guideline", "Hướng dẫn kỹ thuật", "Technical guideline"),
    ("recommendation", "Khuyến nghị", "Recommendation"),
)
ORG_TYPE = _terms(
    ("network", "Mạng lưới", "Network"),
    ("ngo", "Tổ chức phi chính phủ Việt Nam", "Vietnamese NGO"),
    ("international_ngo", "Tổ chức phi chính phủ quốc tế", "International NGO"),
    ("government", "Cơ quan nhà nước", "Government agency"),
    ("intergovernmental", "Tổ chức liên chính phủ", "Intergovernmental organisation"),
    ("association", "Hiệp hội", "Association"),
    ("business", "Doanh nghiệp", "Business"),
    ("recycler", "Doanh nghiệp tái chế", "Recycling company"),
    ("research", "Viện, trường, trung tâm nghiên cứu", "Research or academic institution"),
    ("foundation", "Quỹ tài trợ", "Foundation / funder"),
    ("youth_group", "Nhóm thanh niên", "Youth group"),
    ("other", "Khác", "Other"),
)
EVENT_TYPE = _terms(
    ("meeting", "Cuộc họp", "Meeting"),
    ("seminar", "Hội thảo chuyên đề", "Seminar"),
    ("workshop", "Hội thảo tham vấn", "Workshop"),
    ("training", "Tập huấn", "Training"),
    ("conference", "Hội nghị", "Conference"),
    ("milestone", "Sự kiện", "Milestone"),
    ("other", "Khác", "Other"),
)
THEMES = _terms(
    ("3r", "3R (giảm thiểu, tái sử dụng, tái chế)", "3R (reduce, reuse, recycle)"),
    ("circular-economy", "Kinh tế tuần hoàn", "Circular economy"),
    ("plastic-waste", "Rác thải nhựa", "Plastic waste"),
    ("marine-plastic", "Rác thải nhựa đại dương", "Marine plastic"),
    ("waste-separation", "Phân loại rác tại nguồn", "Waste separation at source"),
    ("waste-collection", "Thu gom rác thải", "Waste collection"),
    ("single-use-plastic", "Nhựa dùng một lần", "Single-use plastic"),
    ("packaging", "Bao bì", "Packaging"),
    ("e-commerce", "Thương mại điện tử", "E-commerce"),
    ("pellet-leakage", "Rò rỉ nhựa và hạt nhựa nguyên sinh", "Plastic and resin-pellet leakage"),
    ("informal-sector", "Khu vực tái chế phi chính thức", "Informal recycling sector"),
    ("awareness", "Nâng cao nhận thức", "Awareness raising"),
    ("capacity-building", "Nâng cao năng lực", "Capacity building"),
    ("knowledge-sharing", "Chia sẻ kiến thức", "Knowledge sharing"),
    ("policy-advocacy", "Vận động chính sách", "Policy advocacy"),
    ("research", "Nghiên cứu, khảo sát", "Research and surveys"),
    ("ecosystems", "Bảo vệ hệ sinh thái", "Ecosystem protection"),
    ("tourism", "Du lịch", "Tourism"),
)
AUDIENCES = _terms(
    ("households", "Hộ gia đình", "Households"),
    ("communities", "Cộng đồng dân cư", "Communities"),
    ("consumers", "Người tiêu dùng", "Consumers"),
    ("tourists", "Khách du lịch", "Tourists"),
    ("businesses", "Doanh nghiệp", "Businesses"),
    ("retailers", "Nhà bán lẻ, người bán hàng trực tuyến", "Retailers and online sellers"),
    ("delivery", "Đơn vị giao hàng chặng cuối", "Last-mile delivery"),
    ("factories", "Nhà máy sản xuất nhựa", "Plastic factories"),
    ("junk-shops", "Vựa phế liệu, cơ sở tái chế nhỏ", "Junk shops and small recyclers"),
    ("students", "Sinh viên", "University students"),
    ("lecturers", "Giảng viên đại học", "University lecturers"),
    ("researchers", "Tổ chức nghiên cứu", "Research organisations"),
    ("government", "Cán bộ cơ quan nhà nước", "Government officers"),
    ("policymakers", "Cơ quan xây dựng chính sách, pháp luật", "Policy and law makers"),
    ("network-members", "Thành viên mạng lưới", "Network members"),
    ("youth", "Thanh niên", "Youth"),
    ("trainers", "Giảng viên, người điều phối tập huấn", "Trainers and facilitators"),
    ("outreach-workers", "Cán bộ tiếp cận cộng đồng, cơ sở", "Outreach workers"),
)


_INDEXES: dict[int, tuple[dict[str, Term], dict[str, str]]] = {}


def _index(terms: dict[str, Term]) -> dict[str, str]:
    cached = _INDEXES.get(id(terms))
    if cached is None or cached[0] is not terms:
        index: dict[str, str] = {}
        for t in terms.values():
            for name in (*t.aliases, t.en, t.vi, t.code):  # a code wins over a label that slugs the same
                index[slug(name)] = t.code
        cached = _INDEXES[id(terms)] = (terms, index)
    return cached[1]


def match_term(terms: dict[str, Term], value: str) -> str | None:
    """The code of ``value`` given as a code or a label in either language, with or without marks."""
    return _index(terms).get(slug(value))


def label(terms: dict[str, Term], code: str, lang: str) -> str:
    """The label of a code, or the value itself for free text."""
    t = terms.get(code)
    return t.label(lang) if t else code
