"""Small content packs written to a folder in the on-disk format, for the printing tests and benchmark."""

from __future__ import annotations

import json
from pathlib import Path

LESSON_VI = """## Mục tiêu

**Giữ hạt nhựa trong cơ sở** và *không bao giờ* đốt nhựa ngoài trời. Đường đi của rác: R&D <b>không</b> phải thẻ.

- Che kín máy băm, máy nghiền.
- Quét dọn hằng ngày; thu gom bụi vào bao kín.

1. Bước một: kiểm tra cống rãnh.
2. Bước hai: ghi chép lại.

| Công đoạn | Rủi ro |
| --- | --- |
| Băm, nghiền | bụi mịn |
| Rửa nhựa | nước thải |

> Nhắc nhở: an toàn là trên hết.

![Sơ đồ](media/diagram.png)

::: facilitator
Ghi chú cho người hướng dẫn: không in trong tài liệu phát tay.
:::
"""

LESSON_EN = """## Objective

**Keep pellets inside the site** and *never* burn plastic in the open.

- Enclose shredders and grinders.
- Sweep every day.
"""


def _q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def write_pack(root: Path, pack_id: str = "module-test", kind: str = "module", lessons: int = 2,
               lesson_vi: str = LESSON_VI, lesson_en: str = LESSON_EN, title_vi: str = "Giảm rác thải nhựa tại cộng đồng",
               version: str = "1.2.0", updated: str = "2025-06-01", checklists: bool = False) -> Path:
    """Write a pack folder under ``root`` and return it."""
    folder = root / pack_id
    (folder / "lessons").mkdir(parents=True, exist_ok=True)
    (folder / "media").mkdir(exist_ok=True)
    _png(folder / "media" / "diagram.png")
    lines = [f"id: {pack_id}", f"version: {version}", f"kind: {kind}",
             f"title: {{vi: {_q(title_vi)}, en: \"Reducing plastic waste in the community\"}}",
             "summary: {vi: \"Học phần ngắn về phân loại rác tại nguồn.\", en: \"A short module on sorting waste at source.\"}",
             "audience: [communities]", "duration_minutes: 90",
             "objectives: {vi: [\"Hiểu vì sao cần phân loại rác.\"], en: [\"Understand why sorting matters.\"]}",
             "authors: [\"Plastic Action Network (PAN)\"]", "licence: \"CC BY 4.0\"", f"updated: {updated}",
             "languages: [vi, en]", "lessons:"]
    aspects = ["air", "siting", "land-soil", "litter", "water"]
    checks = []
    for n in range(1, lessons + 1):
        lid = f"{n:02d}-lesson"
        aspect = f", aspect: {aspects[(n - 1) % 5]}" if kind == "guideline" else ""
        lines.append(f"  - {{id: {lid}, duration_minutes: 30{aspect}, title: {{vi: \"Bài học số {n}: Đường đi của rác\", en: \"Lesson {n}: where waste goes\"}}}}")
        (folder / "lessons" / f"{lid}.vi.md").write_text(lesson_vi, encoding="utf-8")
        (folder / "lessons" / f"{lid}.en.md").write_text(lesson_en, encoding="utf-8")
        checks.append(f"- id: q{n}\n  lesson: {lid}\n  question: {{vi: \"Câu hỏi {n}: nên làm gì với rác nhựa?\", en: \"Question {n}: what to do with plastic waste?\"}}\n"
                      f"  choices:\n    - {{vi: \"Đốt ngoài trời\", en: \"Burn it\"}}\n    - {{vi: \"Phân loại và tái chế\", en: \"Sort and recycle\"}}\n"
                      f"  answer: 1\n  explanation: {{vi: \"Đốt rác tạo khói độc.\", en: \"Burning makes toxic smoke.\"}}\n")
    (folder / "pack.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "checks.yaml").write_text("".join(checks) or "[]\n", encoding="utf-8")
    items = []
    if checklists:
        for site in ("factory", "junk-shop"):
            items.append(f"- id: {site}\n  title: {{vi: \"Bảng kiểm {site}\", en: \"Checklist {site}\"}}\n  items:\n" + "".join(
                f"    - {{id: {site}-{a}, aspect: {a}, text: {{vi: \"Máy băm được che kín ({a})\", en: \"Shredder enclosed ({a})\"}}, "
                f"look_for: {{vi: \"Bụi quanh máy\", en: \"Dust around the machine\"}}}}\n" for a in aspects))
    (folder / "checklists.yaml").write_text("".join(items) or "[]\n", encoding="utf-8")
    (folder / "glossary.yaml").write_text("[]\n", encoding="utf-8")
    return folder


def _png(path: Path) -> None:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (240, 120), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([10, 10, 230, 110], outline="black", width=3)
    d.line([10, 10, 230, 110], fill="black", width=3)
    img.save(path)
