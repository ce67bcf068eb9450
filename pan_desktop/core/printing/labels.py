"""The fixed words printed on the printables, in Vietnamese and English (``lang`` ``both`` shows both)."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    "page": ("Trang {n}/{total}", "Page {n}/{total}"),
    "printed": ("In {date}", "Printed {date}"),
    "version": ("bản {version}", "version {version}"),
    "record_rev": ("cập nhật {date}", "updated {date}"),
    "handout": ("Tài liệu phát tay", "Handout"),
    "objectives": ("Mục tiêu", "Objectives"),
    "audience": ("Đối tượng", "Audience"),
    "duration": ("Thời lượng", "Duration"),
    "minutes": ("{n} phút", "{n} minutes"),
    "lesson": ("Bài {n}", "Lesson {n}"),
    "contents": ("Nội dung", "Contents"),
    "check_yourself": ("Tự kiểm tra", "Check yourself"),
    "answer_key": ("Đáp án", "Answer key"),
    "question": ("Câu {n}", "Question {n}"),
    "authors": ("Biên soạn", "Authors"),
    "licence": ("Giấy phép", "Licence"),
    "image_missing": ("[không có hình: {name}]", "[image not found: {name}]"),
    "checklist": ("Phiếu kiểm tra tại cơ sở", "Site checklist"),
    "site_factory": ("Nhà máy", "Factory"),
    "site_junk_shop": ("Cơ sở thu mua phế liệu", "Junk shop"),
    "site_name": ("Tên cơ sở", "Site name"),
    "address": ("Địa chỉ", "Address"),
    "date": ("Ngày", "Date"),
    "visitor": ("Người kiểm tra", "Visitor"),
    "site_contact": ("Đại diện cơ sở", "Site representative"),
    "signature": ("Chữ ký", "Signature"),
    "yes": ("Có", "Yes"),
    "no": ("Không", "No"),
    "na": ("K.áp dụng", "N/A"),
    "notes": ("Ghi chú", "Notes"),
    "look_for": ("Quan sát", "Look for"),
    "item": ("Nội dung kiểm tra", "Item"),
    "general_notes": ("Nhận xét chung và việc cần làm", "General remarks and follow-up"),
    "factsheet": ("Thông tin sáng kiến", "Initiative factsheet"),
    "policy_brief": ("Tóm tắt chính sách", "Policy brief"),
    "summary": ("Tóm tắt", "Summary"),
    "description": ("Mô tả", "Description"),
    "outputs": ("Kết quả đầu ra", "Outputs"),
    "lessons_learned": ("Bài học kinh nghiệm", "Lessons learned"),
    "sources": ("Nguồn", "Sources"),
    "scan_source": ("Quét để xem nguồn", "Scan for the source"),
    "period": ("Thời gian", "Period"),
    "related_initiatives": ("Sáng kiến liên quan", "Related initiatives"),
    "attendance": ("Danh sách tham dự", "Attendance sheet"),
    "venue": ("Địa điểm", "Venue"),
    "facilitator": ("Người hướng dẫn", "Facilitator"),
    "no_": ("STT", "No."),
    "full_name": ("Họ và tên", "Full name"),
    "organisation": ("Tổ chức", "Organisation"),
    "contact": ("Điện thoại / Email", "Phone / email"),
    "certificate": ("Giấy chứng nhận", "Certificate"),
    "of_participation": ("tham gia khóa tập huấn", "of participation"),
    "certifies": ("Chứng nhận", "This certifies that"),
    "took_part": ("đã tham gia học phần", "took part in the training module"),
    "representative": ("Đại diện tổ chức", "For the organisers"),
    "newsletter": ("Bản tin thành viên", "Member e-newsletter"),
    "network": ("Mạng lưới Hành động về Nhựa", "Plastic Action Network"),
    "month_of": ("Tháng {month}/{year}", "{month_name} {year}"),
    "new_initiatives": ("Sáng kiến mới", "New initiatives"),
    "updated_initiatives": ("Sáng kiến được cập nhật", "Updated initiatives"),
    "events": ("Sự kiện", "Events"),
    "policies": ("Chính sách", "Policies"),
    "module_updates": ("Học phần mới và cập nhật", "New and updated training modules"),
    "nothing_new": ("Không có thay đổi nào được ghi nhận trong tháng này.",
                    "No changes were recorded this month."),
    "in_this_issue": ("Trong số này", "In this issue"),
    "about_pan": ("Về mạng lưới PAN", "About the PAN network"),
    "join": ("Cùng tham gia", "Join us"),
}

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")


def label(key: str, lang: str, **params) -> str:
    """The label in ``lang`` (``vi``, ``en``, or ``both`` as "vi / en"), with ``{params}`` filled in."""
    vi, en = LABELS[key]
    if lang == "both":
        a, b = vi.format(**params), en.format(**params)
        return a if a == b else f"{a} / {b}"
    return (en if lang == "en" else vi).format(**params)
