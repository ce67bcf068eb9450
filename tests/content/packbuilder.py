"""Builds small content packs on disk for tests: a good one, then each test breaks it in one way."""

from __future__ import annotations

import zipfile
from pathlib import Path

PACK_YAML = """\
id: test-pack
version: 1.0.0
kind: module
title: {vi: "Gói thử", en: "Test pack"}
summary: {vi: "Tóm tắt", en: "Summary"}
audience: [communities]
duration_minutes: 60
objectives: {vi: ["Mục tiêu"], en: ["Objective"]}
authors: [PAN]
licence: CC BY 4.0
updated: 2025-01-02
languages: [vi, en]
lessons:
  - id: 01-intro
    title: {vi: "Mở đầu", en: "Introduction"}
    duration_minutes: 30
  - id: 02-more
    title: {vi: "Tiếp theo", en: "More"}
"""
LESSON = "## {title}\n\nText with an image ![diagram](media/diagram.png).\n\n::: facilitator\n{notes}\n:::\n"
CHECKS = """\
- id: c1
  lesson: 01-intro
  question: {vi: "Hỏi?", en: "Question?"}
  choices:
    - {vi: "Sai", en: "Wrong"}
    - {vi: "Đúng", en: "Right"}
  answer: 1
  explanation: {vi: "Vì vậy.", en: "Because."}
"""
GLOSSARY = """\
- id: plastic-bag
  vi: túi ni lông
  en: plastic bag
  definition: {vi: "Túi mỏng.", en: "A thin bag."}
  aliases_vi: [túi nilon]
  aliases_en: [carrier bag]
"""
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
       b"\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82")


def make_pack(root: Path, version: str = "1.0.0", pack_id: str = "test-pack") -> Path:
    """A valid two-lesson module at ``root`` (created)."""
    (root / "lessons").mkdir(parents=True)
    (root / "media").mkdir()
    (root / "pack.yaml").write_text(PACK_YAML.replace("1.0.0", version).replace("test-pack", pack_id), encoding="utf-8")
    for lesson in ("01-intro", "02-more"):
        (root / "lessons" / f"{lesson}.vi.md").write_text(LESSON.format(title="Bài", notes="Ghi chú cho người điều phối"), encoding="utf-8")
        (root / "lessons" / f"{lesson}.en.md").write_text(LESSON.format(title="Lesson", notes="Notes for the facilitator"), encoding="utf-8")
    (root / "checks.yaml").write_text(CHECKS, encoding="utf-8")
    (root / "glossary.yaml").write_text(GLOSSARY, encoding="utf-8")
    (root / "media" / "diagram.png").write_bytes(PNG)
    return root


def zip_pack(folder: Path, target: Path, top: str | None = "test-pack") -> Path:
    """``folder`` as a .panpack zip, inside a single top folder ``top`` (or at the root when None)."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                rel = path.relative_to(folder).as_posix()
                zf.write(path, f"{top}/{rel}" if top else rel)
    return target


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
